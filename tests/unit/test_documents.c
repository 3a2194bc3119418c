/* test_documents.c: the pure parts of the documents for the people who decide: what a
 * public text may say, when an action was completed, the breach notice's deadline, and what
 * the insurance dossier says stood at a moment. */
#include "test.h"

#include <string.h>

#include "model/annual.h"
#include "model/breach.h"
#include "model/dossier.h"
#include "model/register.h"
#include "model/report.h"
#include "model/report_public.h"
#include "util/date.h"

static struct err e;

static void a_public_text_names_nothing_of_the_installation(void **state)
{
	(void)state;
	struct ros_system sys[] = { { .name = "EPJ helse", .product = "Gerica", .vendor = "Tieto", .version = "5.2",
				      .hosts = "epj01.granheim.local 10.20.0.5" } };
	struct ros_vendor ven[] = { { .name = "Sikkerhetsdrift AS" } };
	struct ros_register reg = { .systems = sys, .n_systems = 1, .vendors = ven, .n_vendors = 1 };
	struct report_input in = { .reg = &reg };
	assert_true(report_public_safe(&in, "Løsepengevirus krypterer servere og sikkerhetskopier"));
	assert_true(report_public_safe(&in, "Lekkasje av barnevernssaker"));   /* a word, not a name inside it */
	assert_false(report_public_safe(&in, "Sårbarhet CVE-2023-1234 utnyttes"));
	assert_false(report_public_safe(&in, "Gammel versjon 5.2 i drift"));
	assert_false(report_public_safe(&in, "Angrep mot gerica"));             /* a product, any case */
	assert_false(report_public_safe(&in, "Tieto rammet"));                  /* a vendor of a system */
	assert_false(report_public_safe(&in, "Sikkerhetsdrift AS har brudd"));  /* a vendor */
	assert_false(report_public_safe(&in, "Innbrudd på epj01.granheim.local")); /* a host */
	assert_false(report_public_safe(&in, "Nedetid for EPJ helse"));         /* a system */
	assert_true(report_public_safe(&in, NULL));
}

static void an_action_is_done_from_its_last_run_of_done(void **state)
{
	(void)state;
	struct action v[] = {
		{ .status = ACTION_APEN, .changed_at = "2026-01-10T09:00:00Z" },
		{ .status = ACTION_UTFORT, .changed_at = "2026-02-01T09:00:00Z" },
		{ .status = ACTION_APEN, .changed_at = "2026-03-01T09:00:00Z" },   /* reopened */
		{ .status = ACTION_UTFORT, .changed_at = "2026-04-15T09:00:00Z" },
		{ .status = ACTION_UTFORT, .changed_at = "2026-05-20T09:00:00Z" }, /* the owner changed, still done */
	};
	assert_int_equal(annual_done_on(v, 5), date_from_ymd(2026, 4, 15));
	assert_int_equal(annual_done_on(v, 3), DATE_NONE);
	assert_int_equal(annual_done_on(v, 0), DATE_NONE);
}

static void the_year_counts_its_own_deviations(void **state)
{
	(void)state;
	struct prep_exercise xs[] = { { .no = 1, .date = date_from_ymd(2025, 9, 1), .held = true },
				      { .no = 2, .date = date_from_ymd(2026, 3, 1), .held = false },
				      { .no = 3, .date = date_from_ymd(2027, 3, 1), .held = false } };
	struct prep_exercises ex = { xs, 3 };
	struct action acts[] = { { .no = 1, .status = ACTION_APEN, .due = date_from_ymd(2026, 6, 1) },
				 { .no = 2, .status = ACTION_APEN, .due = date_from_ymd(2027, 6, 1) } };
	struct annual_input in = { .year = 2026, .today = date_from_ymd(2026, 11, 28), .actions = acts, .n_actions = 2,
				   .exercises = &ex };
	struct annual y;
	struct arena a;
	arena_init(&a, 0);
	assert_int_equal(annual_build(&a, &in, &y, &e), 0);
	assert_true(y.partial);
	assert_int_equal(y.until, in.today);
	assert_int_equal(y.n_held, 0);
	assert_true(y.no_exercise);
	assert_int_equal(y.n_missed, 1);          /* Ø-2 was planned in March and not held */
	assert_int_equal(y.missed[0]->no, 2);
	assert_int_equal(y.n_ahead, 1);
	assert_int_equal(y.n_overdue, 1);
	assert_int_equal(y.overdue[0]->no, 1);
	assert_int_equal(y.n_planned, 1);
	assert_true(y.plan_not_revised);
	assert_int_equal(y.deviations, 1 + 1 + 1 + 1);   /* overdue, missed, no exercise, plan */
	arena_release(&a);
}

static void the_breach_deadline_is_72_hours_from_awareness(void **state)
{
	(void)state;
	struct tenant t = { .name = "Granheim kommune", .orgnr = "944990011" };
	struct incident x = { .no = 4, .title = "Lekkasje", .personal_data = true, .aware_at = "2026-11-27T08:30:00Z",
			      .declared_at = "2026-11-27T10:00:00Z" };
	int64_t now;
	assert_int_equal(date_timestamp_parse("2026-11-28T08:30:00Z", &now), 0);
	struct breach_input in = { .tenant = &t, .incident = &x, .now_epoch = now };
	struct breach_notice n;
	struct arena a;
	arena_init(&a, 0);
	assert_int_equal(breach_build(&a, LANG_NB, &in, &n, &e), 0);
	assert_int_equal(n.deadline_epoch - n.aware_epoch, 72 * 3600);
	assert_int_equal(n.left_minutes, 48 * 60);
	assert_false(n.notified);
	assert_null(n.fields[BF_NUMBER].text);            /* a person writes it */
	assert_non_null(n.fields[BF_CONTROLLER].text);
	x.personal_data = false;                           /* and no service with personal data */
	assert_int_equal(breach_build(&a, LANG_NB, &in, &n, &e), -1);
	arena_release(&a);
}

static void the_dossier_shows_what_stood_then(void **state)
{
	(void)state;
	struct prep_condition c = { "Frakoblet sikkerhetskopi", "3b", "backup-ubeskyttet" };
	struct prep_insurance p = { .name = "Polise", .conditions = &c, .n_conditions = 1 };
	struct answer v[] = {
		{ .measure_id = "3b", .status = STATUS_NEI, .changed_at = "2026-01-05T09:00:00Z" },
		{ .measure_id = "3b", .status = STATUS_JA, .changed_at = "2026-03-01T09:00:00Z" },
		{ .measure_id = "3b", .status = STATUS_JA, .changed_at = "2026-04-01T09:00:00Z" },
		{ .measure_id = "3b", .status = STATUS_NEI, .changed_at = "2026-10-01T09:00:00Z" },  /* after the day */
	};
	struct attachment files[] = {
		{ .id = 1, .name = "test.pdf", .added_at = "2026-02-01T09:00:00Z" },
		{ .id = 2, .name = "ny.pdf", .replaces = 1, .added_at = "2026-09-01T09:00:00Z" },   /* later */
		{ .id = 3, .name = "borte.pdf", .added_at = "2026-02-01T09:00:00Z", .removed_at = "2026-05-01T09:00:00Z" },
	};
	struct finding f[] = { { .no = 7, .rule = "backup-ubeskyttet", .status = FINDING_RESOLVED,
				 .first_seen = date_from_ymd(2026, 1, 2), .closed_on = date_from_ymd(2026, 3, 10) } };
	struct dossier_condition_input in = { &c, v, 4, files, 3 };
	struct dossier d;
	struct arena a;
	arena_init(&a, 0);
	assert_int_equal(dossier_build(&a, &p, "2026-06-30T21:59:59Z", date_from_ymd(2026, 6, 30), &in, 1, f, 1, &d, &e), 0);
	assert_int_equal(d.met, 1);
	assert_true(d.conditions[0].met);
	/* ja since 1 March, the finding fixed on 10 March: met since the later */
	assert_string_equal(d.conditions[0].since, "2026-03-10T00:00:00Z");
	assert_int_equal(d.conditions[0].n_files, 1);
	assert_int_equal(d.conditions[0].files[0]->id, 1);
	/* in February the answer was nei and the finding open */
	assert_int_equal(dossier_build(&a, &p, "2026-02-15T22:59:59Z", date_from_ymd(2026, 2, 15), &in, 1, f, 1, &d, &e), 0);
	assert_false(d.conditions[0].met);
	assert_int_equal(d.conditions[0].n_open, 1);
	assert_null(d.conditions[0].since);
	arena_release(&a);
}

int main(void)
{
	err_init(&e, LANG_NB);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(a_public_text_names_nothing_of_the_installation),
		cmocka_unit_test(an_action_is_done_from_its_last_run_of_done),
		cmocka_unit_test(the_year_counts_its_own_deviations),
		cmocka_unit_test(the_breach_deadline_is_72_hours_from_awareness),
		cmocka_unit_test(the_dossier_shows_what_stood_then),
	};
	return cmocka_run_group_tests_name("documents", tests, NULL, NULL);
}
