/* test_vulnmatch.c: matching known exploited vulnerabilities to what a municipality runs,
 * against the catalogs beredt ships (data/). Each case is a real product, version and
 * CVE with the answer the vendor's advisory gives: confirmed when the version is known to
 * be affected, possible when it cannot be told from what is registered, none when the
 * version is known to be outside. Every alias is checked against the catalogs. */
#include "test.h"

#include <stdio.h>
#include <string.h>

#include "app/checks.h"
#include "io/refdata_json.h"
#include "model/vulnmatch.h"
#include "util/embed.h"

static struct arena a;
static struct err e;
static struct eol_catalog eol;
static struct kev_catalog kev;

static int setup(void **state)
{
	(void)state;
	arena_init(&a, (size_t)256 << 20);
	int loaded = 0;
	for (const struct embedded_file *f = embedded_refdata; f->name; f++) {
		if (strcmp(f->name, "endoflife-date.json") == 0)
			loaded += eol_json_read(&a, f->data, f->len, f->name, &eol, &e) == 0;
		if (strcmp(f->name, "known_exploited_vulnerabilities.json") == 0)
			loaded += kev_json_read(&a, f->data, f->len, f->name, &kev, &e) == 0;
	}
	/* the aliases and facts after the catalogs they point into, as checks_refdata does */
	for (const struct embedded_file *f = embedded_refdata; f->name; f++) {
		if (strcmp(f->name, "aliases.json") == 0)
			loaded += aliases_json_read(&a, f->data, f->len, f->name, &eol, &e) == 0;
		if (strcmp(f->name, "kev-facts.json") == 0)
			loaded += kev_facts_json_read(&a, f->data, f->len, f->name, &kev, &e) == 0;
	}
	return loaded == 4 ? 0 : -1;
}

static int teardown(void **state)
{
	(void)state;
	arena_release(&a);
	return 0;
}

enum { NONE = KEV_NOT_AFFECTED, MULIG = KEV_POSSIBLE, BEKREFTET = KEV_CONFIRMED };

struct kcase {
	const char *product, *version, *cve;
	int want;
};

/* The answer for one case: the confidence of the CVE among the system's hits, NONE when
 * it is not among them. */
static int verdict(const struct kcase *c)
{
	struct ros_system s = { .name = "x", .product = c->product, .version = c->version };
	struct checks_system_life life;
	if (checks_system_life(&a, 20000, &eol, &kev, &s, &life, &e) < 0)
		return -1;
	for (long i = 0; i < life.n_kev; i++)
		if (strcmp(life.kev[i].entry->cve, c->cve) == 0)
			return life.kev[i].confidence;
	return NONE;
}

static void table(void **state)
{
	static const struct kcase cases[] = {
		/* Zerologon: a domain controller, the heart of the Østre Toten pattern */
		{ "Windows Server", "2016", "CVE-2020-1472", BEKREFTET },
		{ "Microsoft Windows Server", "2019", "CVE-2020-1472", BEKREFTET },
		{ "Windows Server", "2012 R2", "CVE-2020-1472", BEKREFTET },
		{ "Windows Server", "2022", "CVE-2020-1472", NONE },
		{ "Windows Server", NULL, "CVE-2020-1472", MULIG },
		{ "Windows Server", "2016", "CVE-2017-0144", BEKREFTET },      /* EternalBlue, filed as SMBv1 */
		{ "Windows Server", "2019", "CVE-2017-0144", NONE },
		{ "Windows Server", "2008 R2", "CVE-2019-0708", BEKREFTET },   /* BlueKeep */
		{ "Windows Server", "2012 R2", "CVE-2019-0708", NONE },
		{ "Windows Server", "2016", "CVE-2021-34527", BEKREFTET },     /* PrintNightmare, filed as Windows */
		{ "Windows Server", "2016", "CVE-2021-36942", MULIG },         /* PetitPotam: no facts shipped */
		/* Heartbleed is in 1.0.1 to 1.0.1f only */
		{ "OpenSSL", "1.1.1w", "CVE-2014-0160", NONE },
		{ "OpenSSL", "1.0.1f", "CVE-2014-0160", BEKREFTET },
		{ "OpenSSL", "1.0.1g", "CVE-2014-0160", NONE },
		{ "OpenSSL", "1.0.2k", "CVE-2014-0160", NONE },
		{ "OpenSSL", "0.9.8zh", "CVE-2014-0160", NONE },
		{ "OpenSSL", "1.0.1", "CVE-2014-0160", MULIG },                /* which 1.0.1? */
		/* SQL Server Reporting Services: 2012, 2014 and 2016 */
		{ "Microsoft SQL Server", "2019", "CVE-2020-0618", NONE },
		{ "SQL Server", "2017", "CVE-2020-0618", NONE },
		{ "MS SQL", "2016 SP2", "CVE-2020-0618", BEKREFTET },
		{ "Microsoft SQL Server", "2012", "CVE-2020-0618", BEKREFTET },
		/* Exchange: ProxyLogon is not in 2010; the validation key flaw is */
		{ "Exchange Server", "2016", "CVE-2021-26855", BEKREFTET },
		{ "Microsoft Exchange", "2010", "CVE-2021-26855", NONE },
		{ "Exchange", "2010", "CVE-2020-0688", BEKREFTET },
		{ "Exchange Server", "2019", "CVE-2022-41040", BEKREFTET },
		/* Citrix: by build */
		{ "Citrix ADC", "13.0-47.22", "CVE-2019-19781", BEKREFTET },
		{ "Citrix ADC", "13.0-47.24", "CVE-2019-19781", NONE },
		{ "NetScaler", "13.1-37.38", "CVE-2019-19781", NONE },
		{ "NetScaler ADC", "13.1-49.14", "CVE-2023-4966", BEKREFTET },
		{ "NetScaler", "14.1-8.50", "CVE-2023-4966", NONE },
		{ "Citrix Gateway", "13.0", "CVE-2023-4966", MULIG },          /* which build? */
		{ "NetScaler", "14.1-4.42", "CVE-2023-3519", NONE },
		/* Fortinet, including an entry filed as "Multiple Products" */
		{ "FortiGate", "6.0.4", "CVE-2018-13379", BEKREFTET },
		{ "FortiOS", "6.0.5", "CVE-2018-13379", NONE },
		{ "FortiOS", "5.6.2", "CVE-2018-13379", NONE },
		{ "FortiOS", "7.2.1", "CVE-2022-40684", BEKREFTET },
		{ "FortiOS", "6.4.9", "CVE-2022-40684", NONE },
		{ "FortiOS", "7.0.11", "CVE-2023-27997", BEKREFTET },
		{ "FortiOS", "7.4.0", "CVE-2023-27997", NONE },
		{ "Fortinet FortiGate", "7.4.2", "CVE-2024-21762", BEKREFTET },
		{ "FortiOS", "7.6.0", "CVE-2024-21762", NONE },
		/* Apache HTTP Server: two from facts, one from the catalog's own text */
		{ "Apache HTTP Server", "2.4.49", "CVE-2021-41773", BEKREFTET },
		{ "Apache HTTP Server", "2.4.50", "CVE-2021-41773", NONE },
		{ "Apache httpd", "2.4.50", "CVE-2021-42013", BEKREFTET },
		{ "Apache HTTP Server", "2.4.48", "CVE-2021-40438", BEKREFTET },
		{ "Apache HTTP Server", "2.4.51", "CVE-2021-40438", NONE },
		/* Log4Shell: 2.x before 2.15.0 with the Java 6/7 backports; not 1.x */
		{ "Apache Log4j", "2.14.1", "CVE-2021-44228", BEKREFTET },
		{ "log4j", "2.17.1", "CVE-2021-44228", NONE },
		{ "log4j", "2.12.2", "CVE-2021-44228", NONE },
		{ "Log4j", "1.2.17", "CVE-2021-44228", NONE },
		{ "Apache Tomcat", "9.0.30", "CVE-2020-1938", BEKREFTET },     /* Ghostcat */
		{ "Tomcat", "9.0.31", "CVE-2020-1938", NONE },
		{ "Tomcat", "10.1.0", "CVE-2020-1938", NONE },
		{ "Exim", "4.91", "CVE-2019-10149", BEKREFTET },
		{ "Exim", "4.92", "CVE-2019-10149", NONE },
		{ "Exim", "4.69", "CVE-2010-4344", BEKREFTET },                /* "Exim before 4.70" */
		{ "Exim", "4.96", "CVE-2010-4344", NONE },
		{ "Sudo", "1.9.5p1", "CVE-2021-3156", BEKREFTET },             /* Baron Samedit */
		{ "Sudo", "1.9.5p2", "CVE-2021-3156", NONE },
		{ "Sudo", "1.8.31p2", "CVE-2021-3156", BEKREFTET },
		{ "Veeam Backup & Replication", "12.1.2.172", "CVE-2024-40711", BEKREFTET },
		{ "Veeam", "12.2.0.334", "CVE-2024-40711", NONE },
		{ "Pulse Secure", "9.0R3.3", "CVE-2019-11510", BEKREFTET },
		{ "Pulse Connect Secure", "9.1R1", "CVE-2019-11510", NONE },
		{ "vCenter", "6.7 U3k", "CVE-2021-21972", BEKREFTET },
		{ "VMware vCenter Server", "8.0", "CVE-2021-21972", NONE },
		{ "vCenter", "6.7", "CVE-2021-21985", MULIG },
		{ "BIG-IP", "16.1.1", "CVE-2022-1388", BEKREFTET },
		{ "F5 BIG-IP", "17.0.0", "CVE-2022-1388", NONE },
		/* no facts: the product matches, the version may be affected */
		{ "PAN-OS", "11.1.2", "CVE-2024-3400", MULIG },
		{ "Ivanti Connect Secure", "22.7", "CVE-2023-46805", MULIG },
		{ "Ivanti Connect Secure", "22.7R2.3", "CVE-2025-0282", BEKREFTET },
		{ "Ivanti Connect Secure", "22.7R2.5", "CVE-2025-0282", NONE },
		{ "Ivanti Connect Secure", "22.7R2.5", "CVE-2025-22457", BEKREFTET },
		{ "Ivanti Connect Secure", "22.7R2.6", "CVE-2025-22457", NONE },
		{ "Ivanti Connect Secure", "22.7", "CVE-2025-0282", MULIG },
	};
	size_t n = sizeof(cases) / sizeof(cases[0]), wrong = 0;
	(void)state;
	assert_true(n >= 40);
	for (size_t i = 0; i < n; i++) {
		int got = verdict(&cases[i]);
		if (got != cases[i].want) {
			printf("# %s %s, %s: %d, expected %d\n", cases[i].product, cases[i].version ? cases[i].version : "(none)",
			       cases[i].cve, got, cases[i].want);
			wrong++;
		}
	}
	assert_int_equal(wrong, 0);
}

/* Every alias names an end-of-life product that exists and KEV products that are in the
 * catalog: a misspelt alias finds nothing and says nothing. */
static void every_alias_is_in_the_catalogs(void **state)
{
	size_t bad = 0;
	(void)state;
	assert_true(eol.n_aliases > 40);
	for (size_t i = 0; i < eol.n_aliases; i++) {
		const struct life_alias *al = &eol.aliases[i];
		if (al->eol && !eol_find_product(&a, &eol, al->eol)) {
			printf("# alias %s: no end-of-life product %s\n", al->name, al->eol);
			bad++;
		}
		for (size_t k = 0; k < al->n_kev; k++) {
			const struct kev_entry **m;
			if (kev_match(&a, &kev, al->kev[k], &m) <= 0) {
				printf("# alias %s: no KEV entry for %s\n", al->name, al->kev[k]);
				bad++;
			}
		}
	}
	assert_int_equal(bad, 0);
	/* and every fact is about a CVE in the catalog */
	for (size_t i = 0; i < kev.n_facts; i++)
		if (!kev_find(&kev, kev.facts[i].cve)) {
			printf("# fact %s: not in the catalog\n", kev.facts[i].cve);
			bad++;
		}
	assert_int_equal(bad, 0);
}

static void versions_in_order(void **state)
{
	(void)state;
	assert_int_equal(vuln_version_order("1.0.1f", "1.0.1g"), VO_LESS);
	assert_int_equal(vuln_version_order("1.0.1g", "1.0.1"), VO_GREATER);
	assert_int_equal(vuln_version_order("1.0.1", "1.0.1g"), VO_SHORTER);
	assert_int_equal(vuln_version_order("13.1-49.14", "13.1-49.15"), VO_LESS);
	assert_int_equal(vuln_version_order("9.0R3.4", "9.0r3.4"), VO_EQUAL);
	assert_int_equal(vuln_version_order("10.1.0", "9.0.31"), VO_GREATER);     /* numbers, not text */
	assert_int_equal(vuln_version_order("2.0-beta9", "2.0"), VO_LESS);
	assert_int_equal(vuln_version_order("2016", "10.0"), VO_UNKNOWN);         /* another numbering */
	assert_int_equal(vuln_version_order("Datacenter", "10.0"), VO_UNKNOWN);
	assert_int_equal(vuln_version_order("007", "7"), VO_EQUAL);
	assert_int_equal(vuln_version_order("99999999999999999999999", "1"), VO_UNKNOWN);
}

static void catalog_text_bounds(void **state)
{
	struct kev_range r;
	(void)state;
	assert_true(vuln_text_bound(&a, "Heap-based buffer overflow in Exim before 4.70 allows remote attackers.", &r));
	assert_string_equal(r.before, "4.70");
	assert_true(vuln_text_bound(&a, "This issue affects Apache HTTP Server 2.4.48 and earlier.", &r));
	assert_string_equal(r.through, "2.4.48");
	assert_true(vuln_text_bound(&a, "in the admin web console in versions prior to 5.0.2, which can", &r));
	assert_string_equal(r.before, "5.0.2");
	/* two bounds (several branches) say nothing; neither do words that are not versions */
	assert_false(vuln_text_bound(&a, "ServiceDesk Plus before 11306, ServiceDesk Plus MSP before 10530", &r));
	assert_false(vuln_text_bound(&a, "improperly validating input before loading libraries", &r));
	assert_false(vuln_text_bound(&a, "Microsoft Office and earlier allows", &r));
	assert_false(vuln_text_bound(&a, NULL, &r));
}

/* A fact that a product is affected by a CVE the catalog files under another name
 * brings the entry; an unknown product brings nothing; the confirmed come first. */
static void assess_orders_and_extends(void **state)
{
	(void)state;
	struct ros_system s = { .name = "DC01", .product = "Windows Server", .version = "2016" };
	struct checks_system_life life;
	assert_int_equal(checks_system_life(&a, 20000, &eol, &kev, &s, &life, &e), 0);
	assert_true(life.n_kev > 100);                     /* Windows and its components */
	assert_int_equal(life.kev[0].confidence, KEV_CONFIRMED);
	assert_true(life.tally.confirmed >= 3 && life.tally.possible > 100);
	assert_non_null(life.tally.confirmed_fix);
	for (long i = 1; i < life.n_kev; i++)
		assert_true(life.kev[i - 1].confidence >= life.kev[i].confidence);
	struct ros_system f = { .name = "fw", .product = "FortiOS", .version = "7.2.1" };
	assert_int_equal(checks_system_life(&a, 20000, &eol, &kev, &f, &life, &e), 0);
	bool multiple = false;
	for (long i = 0; i < life.n_kev; i++)
		multiple |= strcmp(life.kev[i].entry->cve, "CVE-2022-40684") == 0;
	assert_true(multiple);
	struct ros_system u = { .name = "u", .product = "Fagsystem 1", .version = "3.0" };
	assert_int_equal(checks_system_life(&a, 20000, &eol, &kev, &u, &life, &e), 0);
	assert_int_equal(life.n_kev, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(table),
		cmocka_unit_test(every_alias_is_in_the_catalogs),
		cmocka_unit_test(versions_in_order),
		cmocka_unit_test(catalog_text_bounds),
		cmocka_unit_test(assess_orders_and_extends),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
