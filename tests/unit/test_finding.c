/* Unit tests: each rule fires and does not fire; a run's hits against the findings
 * there are; the follow-up transitions. */
#include "test.h"

#include <string.h>

#include "model/finding.h"
#include "model/ros.h"
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

#define SYS(i_, n_, exp_, life_, end_, rel_, kev_, rw_, ex_) \
	{ .id = i_, .name = n_, .internet_exposed = exp_, .life = life_, .life_end = end_, .release = rel_, \
	  .kev = { .confirmed = kev_, .confirmed_ransomware = rw_, .confirmed_example = ex_ }, .posture = &good, \
	  .rto_hours = ROS_UNKNOWN }

/* A system described as it should be: two-factor, a protected and tested backup,
 * monitored around the clock, tested by someone outside this year. */
static struct posture good;

static void good_posture(void)
{
	posture_unknown(&good, 0);
	good.auth = AUTH_SSO_TOFAKTOR;
	good.backup_offline = true;
	good.restore_tested = today - 30;
	good.restore_result = RESTORE_OK;
	good.restore_hours = 4;
	good.logs_collected = true;
	good.alert_receiver = "SOC";
	good.watch = WATCH_DOGNET;
	good.last_pentest = today - 100;
}

static void rules_fire_and_do_not(void **state)
{
	good_posture();
	struct check_system s[] = {
		SYS(1, "Gammel", false, LIFE_UNSUPPORTED, 0, "Windows Server 2012 R2", 0, 0, NULL),
		SYS(2, "Gammel ute", true, LIFE_UNSUPPORTED, LIFE_ENDED, "FortiOS 6.0", 2, 1, "CVE-1"),
		SYS(3, "Snart", false, LIFE_ENDING, 0, "Windows Server 2016", 0, 0, NULL),
		SYS(4, "Ny", true, LIFE_SUPPORTED, LIFE_NEVER, "Windows Server 2025", 0, 0, NULL),
		SYS(5, "Ukjent", true, LIFE_UNKNOWN, LIFE_NEVER, "Fagsystem 1", 1, 0, "CVE-2"),
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
	struct check_input in = { .systems = s, .n_systems = 5, .actions = x, .n_actions = 4, .today = today };
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

/* What the catalog only may say of a version is its own, lower finding that says what to
 * check; with no version registered it asks for one. */
static void possible_kev_is_lower_and_says_what_to_check(void **state)
{
	good_posture();
	struct check_system s[] = {
		SYS(1, "DC01", false, LIFE_SUPPORTED, LIFE_NEVER, "Windows Server 2016", 1, 1, "CVE-2020-1472"),
		SYS(2, "Uten versjon", false, LIFE_UNKNOWN, LIFE_NEVER, "Windows Server ", 0, 0, NULL),
	};
	(void)state;
	s[0].version = "2016";
	s[0].weight = 5;           /* a domain controller: everything rests on it */
	s[0].kev.confirmed_fix = "sikkerhetsoppdateringen fra august 2020";
	s[0].kev.possible = 150;
	s[0].kev.possible_ransomware = 20;
	s[0].kev.possible_example = "CVE-2021-36942";
	s[1].kev.possible = 1;
	s[1].kev.possible_example = "CVE-2017-0144";
	s[1].kev.possible_fix = "MS17-010";
	struct check_input in = { .systems = s, .n_systems = 2, .today = today };
	struct finding_hit *h;
	size_t n;
	enum severity sev = SEV_LAV;
	assert_int_equal(check_run(&a, &in, &h, &n, &e), 0);
	assert_int_equal(count(h, n, "kjent-utnyttet", &sev), 1);
	assert_int_equal(sev, SEV_KRITISK);
	assert_int_equal(count(h, n, "kjent-utnyttet-mulig", &sev), 2);
	for (size_t i = 0; i < n; i++) {
		/* lower than confirmed; lowest where nothing critical rests on it and nobody outside reaches it */
		if (strcmp(h[i].rule, "kjent-utnyttet-mulig") == 0)
			assert_int_equal(h[i].severity, strcmp(h[i].object, "system:1") == 0 ? SEV_MIDDELS : SEV_LAV);
		if (strcmp(h[i].rule, "kjent-utnyttet") == 0)
			assert_non_null(strstr(h[i].detail, "1 kjent utnyttet sårbarhet gjelder denne versjonen (for eksempel "
							    "CVE-2020-1472, rettet med sikkerhetsoppdateringen fra august 2020)"));
		if (strcmp(h[i].rule, "kjent-utnyttet-mulig") == 0 && strcmp(h[i].object, "system:1") == 0)
			assert_non_null(strstr(h[i].detail, "150 kjente utnyttede sårbarheter gjelder produktet, men beredt vet "
							    "ikke om versjon 2016 er berørt (20 brukt av løsepengevirus). Sjekk "
							    "om versjon 2016 har rettelsen for CVE-2021-36942"));
		if (strcmp(h[i].rule, "kjent-utnyttet-mulig") == 0 && strcmp(h[i].object, "system:2") == 0)
			assert_non_null(strstr(h[i].detail, "ingen versjon er registrert. Registrer versjonen, eller sjekk at "
							    "rettelsen for CVE-2017-0144 (rettet i MS17-010)"));
	}
	assert_string_equal(finding_rule("kjent-utnyttet")->confidence, "bekreftet");
	assert_string_equal(finding_rule("kjent-utnyttet-mulig")->confidence, "mulig");
	assert_null(finding_rule("ustottet-produkt")->confidence);
}

/* Run the rules over one system and say how often 'rule' fired, with what severity. */
static size_t one(struct check_system *s, const struct check_settings *set, const char *rule, enum severity *sev)
{
	struct finding_hit *h;
	size_t n;
	struct check_input in = { .systems = s, .n_systems = 1, .today = today, .settings = set };
	assert_int_equal(check_run(&a, &in, &h, &n, &e), 0);
	return count(h, n, rule, sev);
}

static void posture_rules(void **state)
{
	enum severity sev = SEV_LAV;
	struct posture p;
	struct check_settings set;
	(void)state;
	good_posture();
	check_settings_default(&set);
	struct check_system s = SYS(9, "VPN", true, LIFE_SUPPORTED, LIFE_NEVER, "VPN 1", 0, 0, NULL);
	s.weight = 5;
	s.rto_hours = 8;
	p = good;
	s.posture = &p;
	/* described as it should be: nothing fires */
	struct finding_hit *h;
	size_t n;
	struct check_input in = { .systems = &s, .n_systems = 1, .today = today };
	assert_int_equal(check_run(&a, &in, &h, &n, &e), 0);
	assert_int_equal(n, 0);

	/* two-factor: password only on the internet is critical; unknown is high; inside, nothing */
	p.auth = AUTH_PASSORD;
	assert_int_equal(one(&s, NULL, "uten-tofaktor", &sev), 1);
	assert_int_equal(sev, SEV_KRITISK);
	p.auth = AUTH_UKJENT;
	assert_int_equal(one(&s, NULL, "uten-tofaktor", &sev), 1);
	assert_int_equal(sev, SEV_HOY);
	/* nobody has described it: one finding asking for the description, not one per field */
	s.posture = NULL;
	assert_int_equal(one(&s, NULL, "uten-tofaktor", &sev), 0);
	assert_int_equal(one(&s, NULL, "profil-mangler", &sev), 1);
	assert_int_equal(sev, SEV_HOY);                 /* critical and exposed */
	s.weight = 1;
	assert_int_equal(one(&s, NULL, "profil-mangler", &sev), 1);
	assert_int_equal(sev, SEV_MIDDELS);             /* exposed only */
	s.internet_exposed = false;
	assert_int_equal(one(&s, NULL, "profil-mangler", &sev), 0);   /* neither: not asked for */
	s.weight = 5;
	s.posture = &p;
	p.auth = AUTH_PASSORD;
	assert_int_equal(one(&s, NULL, "uten-tofaktor", &sev), 0);
	s.internet_exposed = true;
	s.posture = &p;
	p = good;

	/* backup: a critical system needs an offline/immutable or separate-domain copy */
	p.backup_offline = false;
	assert_int_equal(one(&s, NULL, "backup-ubeskyttet", &sev), 1);
	assert_int_equal(sev, SEV_KRITISK);
	p.backup_separate = true;
	assert_int_equal(one(&s, NULL, "backup-ubeskyttet", &sev), 0);
	p.backup_separate = false;
	s.kind = "nettverk";               /* a network line is not restored from a backup */
	assert_int_equal(one(&s, NULL, "backup-ubeskyttet", &sev), 0);
	s.kind = NULL;
	s.weight = 3;                      /* not critical: below the level */
	assert_int_equal(one(&s, NULL, "backup-ubeskyttet", &sev), 0);
	set.critical_level = 3;            /* unless the municipality says so */
	assert_int_equal(one(&s, &set, "backup-ubeskyttet", &sev), 1);
	check_settings_default(&set);
	s.weight = 5;
	p = good;

	/* restore tests: never, stale (the interval is a setting), failed */
	p.restore_tested = DATE_NONE;
	p.restore_result = RESTORE_UKJENT;
	assert_int_equal(one(&s, NULL, "gjenoppretting-utestet", &sev), 1);
	p.restore_tested = today - 400;
	assert_int_equal(one(&s, NULL, "gjenoppretting-utestet", &sev), 1);
	set.restore_days = 500;
	assert_int_equal(one(&s, &set, "gjenoppretting-utestet", &sev), 0);
	p.restore_tested = today - 10;
	p.restore_result = RESTORE_FEILET;
	assert_int_equal(one(&s, NULL, "gjenoppretting-utestet", &sev), 1);
	assert_int_equal(sev, SEV_KRITISK);
	p = good;

	/* slower than the RTO; at the RTO is fine; unknown RTO says nothing */
	p.restore_hours = 9;
	assert_int_equal(one(&s, NULL, "gjenoppretting-treg", &sev), 1);
	p.restore_hours = 8;
	assert_int_equal(one(&s, NULL, "gjenoppretting-treg", &sev), 0);
	p.restore_hours = 9;
	s.rto_hours = ROS_UNKNOWN;
	assert_int_equal(one(&s, NULL, "gjenoppretting-treg", &sev), 0);
	s.rto_hours = 8;
	p = good;

	/* monitoring: logs and a receiver, and someone watching */
	p.alert_receiver = NULL;
	assert_int_equal(one(&s, NULL, "uten-overvaking", &sev), 1);
	p = good;
	p.watch = WATCH_INGEN;
	assert_int_equal(one(&s, NULL, "uten-overvaking", &sev), 1);
	p = good;
	p.logs_collected = false;
	s.internet_exposed = false;
	s.weight = 1;                      /* neither exposed nor critical: not required */
	assert_int_equal(one(&s, NULL, "uten-overvaking", &sev), 0);
	s.internet_exposed = true;
	s.weight = 5;
	p = good;

	/* penetration tests: exposed systems, once a year */
	p.last_pentest = today - 366;
	assert_int_equal(one(&s, NULL, "pentest-gammel", &sev), 1);
	p.last_pentest = today - 365;
	assert_int_equal(one(&s, NULL, "pentest-gammel", &sev), 0);
	p = good;

	/* a support end typed in counts where the catalog does not know the product */
	s.life = LIFE_UNKNOWN;
	p.support_end = today - 1;
	assert_int_equal(one(&s, NULL, "ustottet-produkt", &sev), 1);
	p.support_end = today + 100;
	assert_int_equal(one(&s, NULL, "stotte-slutter", &sev), 1);
	p.support_end = today + 400;
	assert_int_equal(one(&s, NULL, "stotte-slutter", &sev) + one(&s, NULL, "ustottet-produkt", &sev), 0);
}

static void ports(void **state)
{
	struct check_port p[] = {
		{ .host = "10.0.0.5", .port = 3389, .proto = "tcp", .system_id = 3, .system_name = "Terminalserver",
		  .internet_exposed = true },
		{ .host = "10.0.0.6", .port = 3389, .proto = "tcp" },             /* inside: one lower */
		{ .host = "10.0.0.6", .port = 443, .proto = "tcp" },              /* not risky */
		{ .host = "10.0.0.6", .port = 3389, .proto = "udp" },             /* not the same service */
	};
	struct finding_hit *h;
	size_t n;
	enum severity sev = SEV_LAV;
	(void)state;
	struct check_input in = { .ports = p, .n_ports = 4, .today = today };
	assert_int_equal(check_run(&a, &in, &h, &n, &e), 0);
	assert_int_equal(count(h, n, "risikabel-port", &sev), 2);
	assert_int_equal(n, 2);
	assert_int_equal(h[0].severity, SEV_KRITISK);
	assert_string_equal(h[0].object, "port:10.0.0.5:3389/tcp");
	assert_non_null(strstr(h[0].object_name, "Terminalserver"));
	assert_non_null(strstr(h[0].detail, "RDP"));
	assert_int_equal(h[1].severity, SEV_HOY);
}

static void settings_and_figures(void **state)
{
	struct check_settings set;
	struct finding_figures fig;
	(void)state;
	check_settings_default(&set);
	assert_int_equal(check_settings_check(&set, &e), 0);
	assert_int_equal(severity_days(&set, SEV_KRITISK), 7);
	set.days[SEV_KRITISK] = 60;        /* longer than high: refused */
	assert_int_equal(check_settings_check(&set, &e), -1);
	set.days[SEV_KRITISK] = 0;
	assert_int_equal(check_settings_check(&set, &e), -1);
	check_settings_default(&set);
	set.critical_level = 6;
	assert_int_equal(check_settings_check(&set, &e), -1);

	struct finding f[] = {
		{ .severity = SEV_KRITISK, .status = FINDING_NY, .first_seen = today - 10, .due = today - 3,
		  .acknowledged_on = DATE_NONE, .closed_on = DATE_NONE },
		{ .severity = SEV_HOY, .status = FINDING_KVITTERT, .first_seen = today - 10, .due = today + 20,
		  .acknowledged_on = today - 8, .closed_on = DATE_NONE },
		{ .severity = SEV_HOY, .status = FINDING_RESOLVED, .first_seen = today - 20, .due = today,
		  .acknowledged_on = today - 16, .closed_on = today - 5 },
		{ .severity = SEV_LAV, .status = FINDING_RESOLVED, .first_seen = today - 30, .due = today,
		  .acknowledged_on = today - 24, .closed_on = today - 5 },
	};
	assert_int_equal(finding_figures(&a, f, 4, today, &fig, &e), 0);
	assert_int_equal(fig.open[SEV_KRITISK], 1);
	assert_int_equal(fig.open[SEV_HOY], 1);
	assert_int_equal(fig.open[SEV_LAV], 0);
	assert_int_equal(fig.overdue, 1);
	assert_int_equal(fig.median_ack_days, 4);       /* 2, 4, 6 */
	assert_int_equal(fig.median_resolve_days, 20);  /* 15 and 25 */
	assert_int_equal(finding_figures(&a, f, 0, today, &fig, &e), 0);
	assert_int_equal(fig.median_ack_days, -1);
}

static void reconcile(void **state)
{
	struct finding have[] = {
		{ .no = 1, .rule = "r", .object = "system:1", .status = FINDING_KVITTERT },
		{ .no = 2, .rule = "r", .object = "system:2", .status = FINDING_RESOLVED },
		{ .no = 3, .rule = "r", .object = "system:3", .status = FINDING_AKSEPTERT },
		{ .no = 4, .rule = "r", .object = "system:4", .status = FINDING_AKSEPTERT },
		{ .no = 5, .rule = "r", .object = "system:5", .status = FINDING_PAGAR },
		{ .no = 6, .rule = "r", .object = "system:6", .status = FINDING_RESOLVED },
	};
	struct finding_hit hits[] = {
		{ "r", "system:1", "A", SEV_HOY, "", NULL, NULL }, { "r", "system:2", "B", SEV_KRITISK, "", NULL, NULL },
		{ "r", "system:3", "C", SEV_HOY, "", NULL, NULL }, { "r", "system:4", "D", SEV_HOY, "", NULL, NULL },
		{ "q", "system:1", "A", SEV_LAV, "", NULL, NULL },
	};
	struct finding_change *c;
	size_t n;
	(void)state;
	have[2].accepted_until = today + 10;    /* still accepted */
	have[3].accepted_until = today - 1;     /* ran out */
	assert_int_equal(finding_reconcile(&a, have, 6, hits, 5, today, NULL, &c, &n, &e), 0);
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
	f.status = FINDING_RESOLVED;
	assert_int_equal(finding_transition(&f, FINDING_PAGAR, NULL, DATE_NONE, today, &e), -1);
	f.status = FINDING_AKSEPTERT;    /* an accepted risk may be resolved after all */
	assert_int_equal(finding_transition(&f, FINDING_RESOLVED, NULL, DATE_NONE, today, &e), 0);
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
		cmocka_unit_test(possible_kev_is_lower_and_says_what_to_check),
		cmocka_unit_test(posture_rules),
		cmocka_unit_test(ports),
		cmocka_unit_test(settings_and_figures),
		cmocka_unit_test(reconcile),
		cmocka_unit_test(transitions),
	};
	return cmocka_run_group_tests_name("finding", tests, setup, teardown);
}
