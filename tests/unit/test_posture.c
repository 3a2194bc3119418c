/* Unit tests: a system's security posture as people type it, and what the registers say
 * about each measure. */
#include "test.h"

#include <string.h>

#include "model/evidence.h"
#include "model/posture.h"
#include "model/ros.h"
#include "render/evidence_html.h"
#include "util/date.h"

static struct arena a;
static struct err e;
static int32_t today;

static int32_t day_of(const char *s)
{
	int32_t d = DATE_NONE;
	date_parse(s, &d);
	return d;
}

static void fields(void **state)
{
	struct posture p;
	(void)state;
	posture_unknown(&p, 7);
	assert_int_equal(p.auth, AUTH_UKJENT);
	assert_int_equal(p.restore_tested, DATE_NONE);
	assert_int_equal(posture_set_field(&p, "innlogging", "two-factor", &e), 0);    /* English alias */
	assert_int_equal(p.auth, AUTH_TOFAKTOR);
	assert_int_equal(posture_set_field(&p, "backup-offline", "ja", &e), 0);
	assert_true(p.backup_offline);
	assert_int_equal(posture_set_field(&p, "gjenoppretting-testet", "2026-10-01", &e), 0);
	assert_int_equal(posture_set_field(&p, "gjenoppretting-timer", "6", &e), 0);
	assert_int_equal(posture_set_field(&p, "oppfolging", "24/7", &e), 0);
	assert_int_equal(p.watch, WATCH_DOGNET);
	assert_int_equal(posture_set_field(&p, "varselmottaker", "SOC", &e), 0);
	assert_int_equal(posture_check(&p, today, &e), 0);
	assert_true(posture_two_factor(&p) && posture_backup_protected(&p));
	assert_false(posture_monitored(&p));              /* no logs collected */
	/* bad input: a clear message naming the field, nothing changed */
	assert_int_equal(posture_set_field(&p, "innlogging", "ja", &e), -1);
	assert_non_null(strstr(e.msg, "gyldige er"));
	assert_int_equal(p.auth, AUTH_TOFAKTOR);
	assert_int_equal(posture_set_field(&p, "backup-offline", "kanskje", &e), -1);
	assert_int_equal(posture_set_field(&p, "pentest", "01.02.2026", &e), -1);
	assert_non_null(strstr(e.msg, "ÅÅÅÅ-MM-DD"));
	assert_int_equal(posture_set_field(&p, "backup-timer", "0", &e), -1);
	assert_int_equal(p.backup_hours, ROS_UNKNOWN);    /* a refused value changes nothing */
	assert_int_equal(posture_set_field(&p, "gjenoppretting-testet", "i fjor", &e), -1);
	assert_int_equal(p.restore_tested, day_of("2026-10-01"));
	assert_int_equal(posture_set_field(&p, "farge", "blå", &e), -1);
	/* empty means unknown or never */
	assert_int_equal(posture_set_field(&p, "gjenoppretting-timer", "", &e), 0);
	assert_int_equal(p.restore_hours, ROS_UNKNOWN);
	/* dates ahead and a result without a test are refused by the check */
	assert_int_equal(posture_set_field(&p, "pentest", "2027-01-01", &e), 0);
	assert_int_equal(posture_check(&p, today, &e), -1);
	assert_non_null(strstr(e.msg, "fram i tid"));
	p.last_pentest = DATE_NONE;
	p.restore_tested = DATE_NONE;
	p.restore_result = RESTORE_OK;
	assert_int_equal(posture_check(&p, today, &e), -1);
	for (int i = 0; i < POSTURE_FIELDS; i++)
		assert_non_null(posture_field_name(i));
	assert_null(posture_field_name(POSTURE_FIELDS));
}

static void evidence(void **state)
{
	struct posture good, pw;
	(void)state;
	posture_unknown(&good, 1);
	good.auth = AUTH_SSO_TOFAKTOR;
	good.backup_offline = true;
	good.restore_tested = today - 10;
	good.restore_result = RESTORE_OK;
	good.logs_collected = true;
	good.alert_receiver = "SOC";
	good.watch = WATCH_DOGNET;
	good.last_pentest = today - 10;
	pw = good;
	pw.auth = AUTH_PASSORD;
	pw.backup_offline = false;
	struct check_system s[] = {
		{ .id = 1, .name = "A", .internet_exposed = true, .posture = &good, .weight = 5, .rto_hours = ROS_UNKNOWN },
		{ .id = 2, .name = "B", .internet_exposed = true, .posture = &pw, .weight = 1, .rto_hours = ROS_UNKNOWN },
		{ .id = 3, .name = "C", .internet_exposed = true, .posture = NULL, .weight = 0, .rto_hours = ROS_UNKNOWN },
		{ .id = 4, .name = "D", .internet_exposed = false, .posture = &pw, .weight = 4, .rto_hours = ROS_UNKNOWN },
		{ .id = 5, .name = "Linje", .internet_exposed = false, .posture = NULL, .weight = 5, .kind = "nettverk",
		  .rto_hours = ROS_UNKNOWN },
	};
	struct finding f[] = {
		{ .rule = "ustottet-produkt", .status = FINDING_NY, .due = today + 5, .first_seen = today - 3,
		  .acknowledged_on = DATE_NONE },
		{ .rule = "kjent-utnyttet", .status = FINDING_KVITTERT, .due = today - 1, .first_seen = today - 9,
		  .acknowledged_on = today - 7 },
		{ .rule = "ustottet-produkt", .status = FINDING_RESOLVED, .due = today, .first_seen = today - 9,
		  .acknowledged_on = DATE_NONE },
	};
	struct check_input in = { .systems = s, .n_systems = 5, .today = today };
	struct evidence ev[EV_COUNT];
	evidence_from_checks(&in, NULL, f, 3, ev);
	/* 3a: one of three exposed systems has two-factor, one password only, one unknown */
	assert_int_equal(ev[EV_3A].n[0], 3);
	assert_int_equal(ev[EV_3A].n[1], 1);
	assert_int_equal(ev[EV_3A].n[2], 1);
	assert_int_equal(ev[EV_3A].n[3], 1);
	assert_int_equal(ev[EV_3A].suggest, STATUS_DELVIS);
	/* 3b: critical systems holding data are A and D (the network line is not counted) */
	assert_int_equal(ev[EV_3B].n[0], 2);
	assert_int_equal(ev[EV_3B].n[1], 1);
	assert_int_equal(ev[EV_3B].suggest, STATUS_DELVIS);
	/* 3c: one open unsupported finding (the resolved one does not count) */
	assert_int_equal(ev[EV_3C].n[1], 1);
	assert_int_equal(ev[EV_3C].suggest, STATUS_DELVIS);
	/* 3d: exposed or critical: A, B, C, D, the line; monitored: A, B, D; one overdue */
	assert_int_equal(ev[EV_3D].n[0], 5);
	assert_int_equal(ev[EV_3D].n[1], 3);
	assert_int_equal(ev[EV_3D].n[4], 1);
	assert_int_equal(ev[EV_3D].n[5], 2);
	/* 1b: two of three exposed penetration-tested, one known exploited open */
	assert_int_equal(ev[EV_1B].n[1], 2);
	assert_int_equal(ev[EV_1B].n[3], 1);
	assert_int_equal(ev[EV_1B].suggest, STATUS_DELVIS);
	assert_non_null(strstr(evidence_text(&a, LANG_NB, &ev[EV_3A]), "1 av 3 systemer som er eksponert mot internett, har tofaktor"));
	assert_int_equal(evidence_index("3b"), EV_3B);
	assert_int_equal(evidence_index("2a"), EV_2A);
	assert_int_equal(evidence_index("9z"), -1);

	/* everything in order: the suggestion is yes; nothing to judge: unknown */
	struct check_system all_good[] = {
		{ .id = 1, .name = "A", .internet_exposed = true, .posture = &good, .weight = 5, .rto_hours = ROS_UNKNOWN },
	};
	in = (struct check_input){ .systems = all_good, .n_systems = 1, .today = today };
	evidence_from_checks(&in, NULL, NULL, 0, ev);
	const int from_posture[] = { EV_1B, EV_3A, EV_3B, EV_3C, EV_3D };
	for (int i = 0; i < 5; i++)
		assert_int_equal(ev[from_posture[i]].suggest, STATUS_JA);
	/* without the other registers, what they speak to is unknown, not no */
	assert_int_equal(ev[EV_4A].suggest, STATUS_UKJENT);
	in.n_systems = 0;
	evidence_from_checks(&in, NULL, NULL, 0, ev);
	assert_int_equal(ev[EV_3A].suggest, STATUS_UKJENT);
	assert_int_equal(ev[EV_3B].suggest, STATUS_UKJENT);
}

/* The ROS and preparedness registers beside measures 1a, 2a–2c, 4a–4d, 5a and 5b. */
static void evidence_beside_every_measure(void **state)
{
	(void)state;
	struct posture good;
	posture_unknown(&good, 1);
	good.auth = AUTH_SSO_TOFAKTOR;
	good.last_pentest = today - 10;
	struct posture audited = good;
	audited.last_audit = today - 100;
	struct check_system sys[] = {
		{ .id = 1, .name = "A", .internet_exposed = true, .posture = &audited, .weight = 5, .rto_hours = 4 },
		{ .id = 2, .name = "B", .internet_exposed = false, .posture = &good, .weight = 4, .rto_hours = 4 },
	};
	struct check_input in = { .systems = sys, .n_systems = 2, .today = today };
	struct evidence_more m = {
		.services = 10, .services_rated = 10, .critical = 4, .critical_mapped = 3, .critical_gaps = 1,
		.events = 5, .events_assessed = 5, .has_plan = true, .plan_due = today - 1, .contacts = 8,
		.contacts_fresh = 8, .last_exercise = today - 200, .exercises_planned = 1, .policies = 0, .offers = 1,
		.areas_1a = 1, .covered_1a = 1, .areas_4c = 4, .covered_4c = 3, .areas_5b = 2, .covered_5b = 0,
	};
	struct evidence ev[EV_COUNT];
	evidence_from_checks(&in, &m, NULL, 0, ev);
	assert_int_equal(ev[EV_1A].n[0], 2);
	assert_int_equal(ev[EV_1A].n[1], 1);
	assert_int_equal(ev[EV_1A].suggest, STATUS_DELVIS);           /* one of two audited */
	assert_int_equal(ev[EV_2A].suggest, STATUS_JA);
	assert_int_equal(ev[EV_2B].suggest, STATUS_DELVIS);           /* 3 of 4 critical mapped */
	assert_int_equal(ev[EV_2C].suggest, STATUS_DELVIS);           /* 2 of 3 recoverable in time */
	assert_int_equal(ev[EV_4A].suggest, STATUS_DELVIS);           /* the review is overdue */
	assert_int_equal(ev[EV_4B].suggest, STATUS_JA);
	assert_int_equal(ev[EV_4C].suggest, STATUS_DELVIS);
	assert_int_equal(ev[EV_4D].suggest, STATUS_JA);               /* within two years */
	assert_int_equal(ev[EV_5A].suggest, STATUS_DELVIS);           /* an offer is not cover */
	assert_int_equal(ev[EV_5B].suggest, STATUS_NEI);
	for (int i = 0; i < EV_COUNT; i++)
		assert_non_null(evidence_text(&a, LANG_NB, &ev[i]));
	assert_non_null(strstr(evidence_text(&a, LANG_NB, &ev[EV_2C]), "2 av 3 kritiske tjenester"));
	assert_non_null(strstr(evidence_text(&a, LANG_NB, &ev[EV_4A]), "skulle vært gjennomgått"));
	assert_non_null(strstr(evidence_text(&a, LANG_NB, &ev[EV_5A]), "1 tilbud"));
	/* nothing registered: no plan is no, no contact is no, no exercise is no, no policy unknown */
	struct evidence_more none = { .plan_due = DATE_NONE, .last_exercise = DATE_NONE, .areas_1a = 1, .areas_4c = 4,
				      .areas_5b = 2 };
	evidence_from_checks(&in, &none, NULL, 0, ev);
	assert_int_equal(ev[EV_4A].suggest, STATUS_NEI);
	assert_int_equal(ev[EV_4B].suggest, STATUS_NEI);
	assert_int_equal(ev[EV_4D].suggest, STATUS_NEI);
	assert_int_equal(ev[EV_5A].suggest, STATUS_UKJENT);
	assert_int_equal(ev[EV_2A].suggest, STATUS_UKJENT);
	assert_int_equal(ev[EV_1A].suggest, STATUS_DELVIS);           /* audited, but nobody to audit */
}

static void hosts(void **state)
{
	(void)state;
	assert_true(ros_hosts_match("ts01.granheim.local 10.20.0.15", "10.20.0.15"));
	assert_true(ros_hosts_match("TS01.granheim.local, 10.20.0.15", "ts01.granheim.local"));
	assert_false(ros_hosts_match("10.20.0.150", "10.20.0.15"));
	assert_false(ros_hosts_match(NULL, "10.20.0.15"));
	assert_false(ros_hosts_match("10.20.0.15", ""));
}

static int setup(void **state)
{
	(void)state;
	arena_init(&a, 0);
	err_init(&e, LANG_NB);
	date_parse("2026-11-28", &today);
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
		cmocka_unit_test(evidence_beside_every_measure),
		cmocka_unit_test(fields),
		cmocka_unit_test(evidence),
		cmocka_unit_test(hosts),
	};
	return cmocka_run_group_tests_name("posture", tests, setup, teardown);
}
