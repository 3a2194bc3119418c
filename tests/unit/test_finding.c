/* Unit tests: each rule fires and does not fire; a run's hits against the findings
 * there are; the follow-up transitions. */
#include "test.h"

#include <string.h>

#include "model/finding.h"
#include "util/date.h"

static struct arena a;
static struct err e;
static int32_t today;

static int32_t day(const char *s)
{
	int32_t d;
	assert_int_equal(date_parse(s, &d), 0);
	return d;
}

static size_t count(const struct finding_hit *h, size_t n, const char *rule, enum severity *sev)
{
	size_t c = 0;
	for (size_t i = 0; i < n; i++)
		if (strcmp(h[i].rule, rule) == 0) {
			c++;
			*sev = h[i].severity;
		}
	return c;
}

static void rules_fire_and_do_not(void **state)
{
	struct check_system s[] = {
		{ 1, "Gammel", false, LIFE_UNSUPPORTED, 0, "Windows Server 2012 R2", 0, 0, NULL },
		{ 2, "Gammel ute", true, LIFE_UNSUPPORTED, LIFE_ENDED, "FortiOS 6.0", 2, 1, "CVE-1" },
		{ 3, "Snart", false, LIFE_ENDING, 0, "Windows Server 2016", 0, 0, NULL },
		{ 4, "Ny", true, LIFE_SUPPORTED, LIFE_NEVER, "Windows Server 2025", 0, 0, NULL },
		{ 5, "Ukjent", true, LIFE_UNKNOWN, LIFE_NEVER, "Fagsystem 1", 1, 0, "CVE-2" },
	};
	struct action x[] = {
		{ .no = 1, .due = 0, .status = ACTION_APEN, .priority = PRIORITY_HOY, .title = "Forfalt" },
		{ .no = 2, .due = 0, .status = ACTION_UTFORT, .title = "Utført" },
		{ .no = 3, .due = DATE_NONE, .status = ACTION_APEN, .title = "Uten frist" },
		{ .no = 4, .due = 0, .status = ACTION_PAGAR, .title = "I dag" },
	};
	struct finding_hit *h;
	size_t n;
	enum severity sev = SEV_LAV;
	(void)state;
	s[0].life_end = day("2023-10-10");
	s[2].life_end = day("2027-01-12");
	x[0].due = today - 1;
	x[1].due = today - 10;
	x[3].due = today;          /* due today is not overdue */
	struct check_input in = { s, 5, x, 4, today };
	assert_int_equal(check_run(&a, &in, &h, &n, &e), 0);
	assert_int_equal(count(h, n, "ustottet-produkt", &sev), 2);
	assert_int_equal(count(h, n, "stotte-slutter", &sev), 1);
	assert_int_equal(sev, SEV_MIDDELS);
	assert_int_equal(count(h, n, "kjent-utnyttet", &sev), 2);
	assert_int_equal(count(h, n, "tiltak-forfalt", &sev), 1);
	assert_int_equal(sev, SEV_HOY);          /* a high-priority action */
	assert_int_equal(n, 6);
	for (size_t i = 0; i < n; i++) {
		/* exposed and unsupported is critical; so is a KEV entry used by ransomware */
		if (strcmp(h[i].object, "system:2") == 0)
			assert_int_equal(h[i].severity, SEV_KRITISK);
		if (strcmp(h[i].object, "system:1") == 0)
			assert_non_null(strstr(h[i].detail, "sluttet 2023-10-10"));
		if (strcmp(h[i].object, "system:5") == 0)
			assert_int_equal(h[i].severity, SEV_HOY);
		assert_true(strcmp(h[i].object, "system:4") != 0);
	}
}

static void reconcile(void **state)
{
	struct finding have[] = {
		{ .no = 1, .rule = "r", .object = "system:1", .status = FINDING_KVITTERT },
		{ .no = 2, .rule = "r", .object = "system:2", .status = FINDING_LOST },
		{ .no = 3, .rule = "r", .object = "system:3", .status = FINDING_AKSEPTERT },
		{ .no = 4, .rule = "r", .object = "system:4", .status = FINDING_AKSEPTERT },
		{ .no = 5, .rule = "r", .object = "system:5", .status = FINDING_PAGAR },
		{ .no = 6, .rule = "r", .object = "system:6", .status = FINDING_LOST },
	};
	struct finding_hit hits[] = {
		{ "r", "system:1", "A", SEV_HOY, "" }, { "r", "system:2", "B", SEV_KRITISK, "" },
		{ "r", "system:3", "C", SEV_HOY, "" }, { "r", "system:4", "D", SEV_HOY, "" },
		{ "q", "system:1", "A", SEV_LAV, "" },
	};
	struct finding_change *c;
	size_t n;
	(void)state;
	have[2].accepted_until = today + 10;    /* still accepted */
	have[3].accepted_until = today - 1;     /* ran out */
	assert_int_equal(finding_reconcile(&a, have, 6, hits, 5, today, &c, &n, &e), 0);
	assert_int_equal(n, 6);
	assert_int_equal(c[0].kind, FC_SEEN);                    /* still firing */
	assert_int_equal(c[1].kind, FC_REOPEN);                  /* resolved but firing */
	assert_int_equal(c[1].due, today + 7);                   /* critical: a week */
	assert_int_equal(c[2].kind, FC_SEEN);                    /* accepted, in date */
	assert_int_equal(c[3].kind, FC_REOPEN);                  /* acceptance ran out */
	assert_int_equal(c[4].kind, FC_NEW);                     /* another rule, same system */
	assert_int_equal(c[4].due, today + 180);
	assert_int_equal(c[5].kind, FC_CLOSE);                   /* F-5 no longer fires */
	assert_int_equal(c[5].finding, 4);                       /* and F-6, resolved, is left alone */
}

static void transitions(void **state)
{
	struct finding f = { .no = 7, .status = FINDING_NY };
	(void)state;
	assert_int_equal(finding_transition(&f, FINDING_KVITTERT, NULL, DATE_NONE, today, &e), 0);
	assert_int_equal(finding_transition(&f, FINDING_NY, NULL, DATE_NONE, today, &e), -1);
	assert_int_equal(finding_transition(&f, FINDING_AKSEPTERT, "", today + 30, today, &e), -1);
	assert_int_equal(finding_transition(&f, FINDING_AKSEPTERT, "Grunn", today, today, &e), -1);
	assert_int_equal(finding_transition(&f, FINDING_AKSEPTERT, "Grunn", today + 400, today, &e), -1);
	assert_int_equal(finding_transition(&f, FINDING_AKSEPTERT, "Grunn", today + 30, today, &e), 0);
	f.status = FINDING_KVITTERT;
	assert_int_equal(finding_transition(&f, FINDING_KVITTERT, NULL, DATE_NONE, today, &e), -1);
	assert_int_equal(finding_transition(&f, FINDING_PAGAR, NULL, DATE_NONE, today, &e), 0);
	f.status = FINDING_LOST;
	assert_int_equal(finding_transition(&f, FINDING_PAGAR, NULL, DATE_NONE, today, &e), -1);
	f.status = FINDING_AKSEPTERT;    /* an accepted risk may be resolved after all */
	assert_int_equal(finding_transition(&f, FINDING_LOST, NULL, DATE_NONE, today, &e), 0);
	assert_int_equal(finding_transition(&f, FINDING_KVITTERT, NULL, DATE_NONE, today, &e), -1);
}

static int setup(void **state)
{
	(void)state;
	arena_init(&a, 0);
	err_init(&e, LANG_NB);
	today = day("2026-11-28");
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	arena_release(&a);
	return 0;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(rules_fire_and_do_not),
		cmocka_unit_test(reconcile),
		cmocka_unit_test(transitions),
	};
	return cmocka_run_group_tests_name("finding", tests, setup, teardown);
}
