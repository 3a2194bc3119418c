/* Unit tests: statuses and the derivation of actions from answers. */
#include "test.h"

#include <string.h>

#include "model/action.h"
#include "model/assess.h"
#include "util/date.h"
#include "util/valid.h"

static struct err e;

static struct answer ans(enum status s, const char *owner, int32_t due, const char *plan)
{
	struct answer a = { .measure_id = "3a", .status = s, .owner = owner, .due = due, .plan = plan };
	return a;
}

static void gap_without_action_creates_one(void **state)
{
	(void)state;
	struct action next;
	struct answer a = ans(STATUS_NEI, "Kari", 20000, "Innføre MFA");
	assert_int_equal(action_derive(NULL, &a, NULL, &next), DERIVE_CREATE);
	assert_string_equal(next.measure_id, "3a");
	assert_string_equal(next.origin, ACTION_ORIGIN_ANSWER);
	assert_string_equal(next.owner, "Kari");
	assert_int_equal(next.due, 20000);
	assert_int_equal(next.priority, PRIORITY_HOY);
	assert_int_equal(next.status, ACTION_APEN);
	a.status = STATUS_DELVIS;
	assert_int_equal(action_derive(NULL, &a, NULL, &next), DERIVE_CREATE);
	assert_int_equal(next.priority, PRIORITY_MIDDELS);
}

static void no_gap_no_action(void **state)
{
	(void)state;
	struct action next;
	for (enum status s = STATUS_UKJENT; s < STATUS_COUNT; s++) {
		struct answer a = ans(s, NULL, DATE_NONE, NULL);
		if (!status_is_gap(s))
			assert_int_equal(action_derive(NULL, &a, NULL, &next), DERIVE_NONE);
	}
}

static void follows_the_answer_while_open(void **state)
{
	(void)state;
	struct action next;
	struct answer a = ans(STATUS_DELVIS, "Kari", 20000, NULL);
	struct action have = { .measure_id = "3a", .origin = "svar", .owner = "Kari", .due = 20000,
			       .priority = PRIORITY_MIDDELS, .status = ACTION_PAGAR };
	/* nothing new: nothing to store */
	assert_int_equal(action_derive(&a, &a, &have, &next), DERIVE_NONE);
	/* new owner and deadline follow */
	a.owner = "Per";
	a.due = 20100;
	assert_int_equal(action_derive(&a, &a, &have, &next), DERIVE_UPDATE);
	assert_string_equal(next.owner, "Per");
	assert_int_equal(next.due, 20100);
	assert_int_equal(next.status, ACTION_PAGAR);      /* status is not touched */
	/* nei raises priority; delvis never lowers one a person raised */
	have.priority = PRIORITY_HOY;
	a = ans(STATUS_DELVIS, "Kari", 20000, NULL);
	assert_int_equal(action_derive(&a, &a, &have, &next), DERIVE_NONE);
	have.priority = PRIORITY_LAV;
	a.status = STATUS_NEI;
	assert_int_equal(action_derive(&a, &a, &have, &next), DERIVE_UPDATE);
	assert_int_equal(next.priority, PRIORITY_HOY);
}

static void in_place_closes_it(void **state)
{
	(void)state;
	struct action next;
	struct action have = { .measure_id = "3a", .origin = "svar", .priority = PRIORITY_HOY,
			       .status = ACTION_APEN, .due = DATE_NONE };
	struct answer a = ans(STATUS_JA, NULL, DATE_NONE, NULL);
	assert_int_equal(action_derive(&a, &a, &have, &next), DERIVE_UPDATE);
	assert_int_equal(next.status, ACTION_UTFORT);
	assert_non_null(next.reason);
	a.status = STATUS_IKKE_RELEVANT;
	assert_int_equal(action_derive(&a, &a, &have, &next), DERIVE_UPDATE);
	assert_int_equal(next.status, ACTION_AVVIST);
	assert_int_equal(action_check(&next, &e), 0);      /* a rejection with a reason */
	/* unknown keeps it open */
	a.status = STATUS_UKJENT;
	assert_int_equal(action_derive(&a, &a, &have, &next), DERIVE_NONE);
}

static void a_persons_close_stands(void **state)
{
	(void)state;
	struct action next;
	struct action have = { .measure_id = "3a", .origin = "svar", .status = ACTION_AVVIST,
			       .reason = "Risiko akseptert", .due = DATE_NONE };
	struct answer before = ans(STATUS_NEI, NULL, DATE_NONE, NULL);
	struct answer a = ans(STATUS_NEI, "Ny", 30000, NULL);
	assert_int_equal(action_derive(&before, &a, &have, &next), DERIVE_NONE);
	before.status = STATUS_DELVIS;        /* still a gap: the rejection stands */
	assert_int_equal(action_derive(&before, &a, &have, &next), DERIVE_NONE);
}

static void reopens_when_the_gap_returns(void **state)
{
	(void)state;
	struct action next;
	struct action have = { .measure_id = "3a", .origin = "svar", .status = ACTION_UTFORT,
			       .reason = "Lukket automatisk", .priority = PRIORITY_MIDDELS,
			       .due = DATE_NONE };
	struct answer before = ans(STATUS_JA, NULL, DATE_NONE, NULL);
	struct answer a = ans(STATUS_NEI, "Kari", 30000, NULL);
	assert_int_equal(action_derive(&before, &a, &have, &next), DERIVE_UPDATE);
	assert_int_equal(next.status, ACTION_APEN);
	assert_null(next.reason);
	assert_int_equal(next.priority, PRIORITY_HOY);
	assert_string_equal(next.owner, "Kari");
	before.status = STATUS_UKJENT;        /* from unknown into a gap: also new */
	assert_int_equal(action_derive(&before, &a, &have, &next), DERIVE_UPDATE);
}

static void overdue_uses_today(void **state)
{
	(void)state;
	struct action x = { .status = ACTION_APEN, .due = 100 };
	assert_false(action_is_overdue(&x, 100));   /* due today is not late */
	assert_true(action_is_overdue(&x, 101));
	x.status = ACTION_UTFORT;
	assert_false(action_is_overdue(&x, 101));
	x.status = ACTION_PAGAR;
	x.due = DATE_NONE;
	assert_false(action_is_overdue(&x, 101));
}

static void parse_and_check(void **state)
{
	(void)state;
	enum action_status s;
	enum priority p;
	enum status st;
	assert_int_equal(action_status_parse("pågår", &s, &e), 0);
	assert_int_equal(s, ACTION_PAGAR);
	assert_int_equal(action_status_parse("done", &s, &e), 0);
	assert_int_equal(s, ACTION_UTFORT);
	assert_int_equal(action_status_parse("ferdig", &s, &e), -1);
	assert_int_equal(priority_parse("HIGH", &p, &e), 0);
	assert_int_equal(p, PRIORITY_HOY);
	assert_int_equal(status_parse("not-applicable", &st, &e), 0);
	assert_int_equal(st, STATUS_IKKE_RELEVANT);
	assert_int_equal(status_parse("kanskje", &st, &e), -1);
	assert_non_null(strstr(e.msg, "kanskje"));

	struct action x = { .title = "T", .status = ACTION_AVVIST, .due = DATE_NONE };
	assert_int_equal(action_check(&x, &e), -1);
	assert_non_null(strstr(e.msg, "begrunnelse"));
	x.reason = "Ikke aktuelt";
	assert_int_equal(action_check(&x, &e), 0);
	x.title = NULL;                       /* a manual action needs a title */
	assert_int_equal(action_check(&x, &e), -1);
}

/* A patch leaves what it does not name, clears a text given as "", and says whether
 * anything changed: a patch that changes nothing writes no new version. */
static void a_patch_changes_only_what_it_names(void **state)
{
	(void)state;
	struct answer cur = { .measure_id = "3b", .status = STATUS_DELVIS, .evidence = "Kopi hver natt", .owner = "Kari",
			      .plan = "Frakoblet kopi", .due = 20000, .version = 2 };
	struct answer out;
	struct answer_patch same = { .measure_id = "3b", .has_status = true, .status = STATUS_DELVIS, .owner = "Kari" };
	assert_false(answer_patch_apply(&cur, &same, &out));
	assert_string_equal(out.evidence, "Kopi hver natt");
	struct answer_patch clear = { .measure_id = "3b", .plan = "" };
	assert_true(answer_patch_apply(&cur, &clear, &out));
	assert_null(out.plan);
	assert_string_equal(out.owner, "Kari");
	assert_int_equal(out.status, STATUS_DELVIS);
	struct answer_patch due = { .measure_id = "3b", .has_due = true, .due = DATE_NONE };
	assert_true(answer_patch_apply(&cur, &due, &out));
	assert_int_equal(out.due, DATE_NONE);
	/* never answered: unknown, so even an empty patch is a first version */
	struct answer_patch none = { .measure_id = "1a" };
	assert_true(answer_patch_apply(NULL, &none, &out));
	assert_int_equal(out.status, STATUS_UKJENT);
	assert_string_equal(out.measure_id, "1a");
	/* a text over its limit is refused, naming the field */
	char big[VALID_TEXT_MAX + 2];
	memset(big, 'x', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	struct err why;
	err_init(&why, LANG_NB);
	struct answer_patch huge = { .measure_id = "3b", .evidence = big };
	assert_int_equal(answer_patch_check(&huge, &why), -1);
	assert_non_null(strstr(why.msg, "Dokumentasjon"));
}

/* A cost as a person writes it in a form, a spreadsheet or the command line. */
static void cost_as_people_write_it(void **state)
{
	(void)state;
	static const struct { const char *text; long long nok; } ok[] = {
		{ "250000", 250000 }, { "250 000", 250000 }, { "250.000", 250000 }, { "kr 250 000,-", 250000 },
		{ "NOK 1 200 000", 1200000 }, { "1,5 mill", 1500000 }, { "2 millioner", 2000000 },
		{ "3 mill.", 3000000 }, { "250\xc2\xa0" "000", 250000 }, { "", 0 }, { "ingen", 0 }, { "none", 0 },
	};
	for (size_t i = 0; i < sizeof(ok) / sizeof(ok[0]); i++) {
		int64_t v = -1;
		assert_int_equal(action_cost_parse(ok[i].text, &v, &e), 0);
		assert_int_equal(v, ok[i].nok);
	}
	static const char *const bad[] = { "mange penger", "250,50", "-5", "0", "1.5 mill x", "250.00",
					   "999999999999999", "1,5" };
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		int64_t v = 7;
		assert_int_equal(action_cost_parse(bad[i], &v, &e), -1);
		assert_non_null(strstr(e.msg, "hele kroner"));
	}
	int y = -1;
	assert_int_equal(action_year_parse("2027", &y, &e), 0);
	assert_int_equal(y, 2027);
	assert_int_equal(action_year_parse("", &y, &e), 0);
	assert_int_equal(y, 0);
	assert_int_equal(action_year_parse("27", &y, &e), -1);
	assert_int_equal(action_year_parse("3000", &y, &e), -1);
	/* a year without a cost is refused; the year falls back to the deadline's */
	struct action x = { .title = "Kurs", .status = ACTION_APEN, .due = date_from_ymd(2027, 3, 31), .cost_year = 2027 };
	assert_int_equal(action_check(&x, &e), -1);
	assert_non_null(strstr(e.msg, "kostnaden"));
	x.cost_nok = 40000;
	assert_int_equal(action_check(&x, &e), 0);
	x.cost_year = 0;
	assert_int_equal(action_cost_year(&x), 2027);
}

int main(void)
{
	err_init(&e, LANG_NB);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(gap_without_action_creates_one),
		cmocka_unit_test(no_gap_no_action),
		cmocka_unit_test(follows_the_answer_while_open),
		cmocka_unit_test(in_place_closes_it),
		cmocka_unit_test(a_persons_close_stands),
		cmocka_unit_test(reopens_when_the_gap_returns),
		cmocka_unit_test(overdue_uses_today),
		cmocka_unit_test(parse_and_check),
		cmocka_unit_test(a_patch_changes_only_what_it_names),
		cmocka_unit_test(cost_as_people_write_it),
	};
	return cmocka_run_group_tests_name("action", tests, NULL, NULL);
}
