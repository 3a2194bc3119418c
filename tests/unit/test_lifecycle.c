/* Unit tests: matching systems to the end-of-life and KEV catalogs, on small catalogs
 * written by hand. */
#include "test.h"

#include <string.h>

#include "model/assess.h"
#include "io/refdata_json.h"
#include "model/lifecycle.h"
#include "util/date.h"

static struct arena a;

static int32_t day(const char *s)
{
	int32_t d;
	assert_int_equal(date_parse(s, &d), 0);
	return d;
}

static void products_and_releases(void **state)
{
	struct eol_release ws[] = {
		{ "2025", NULL, 0, DATE_NONE, DATE_NONE }, { "2012-r2", NULL, 0, DATE_NONE, DATE_NONE },
	}, sql[] = {
		{ "13.0", "2016", 0, DATE_NONE, DATE_NONE }, { "13.0-sp3", "2016-sp3", 0, DATE_NONE, DATE_NONE },
		{ "15.0", "2019", 0, DATE_NONE, DATE_NONE },
	}, esxi[] = { { "7.0", NULL, 0, DATE_NONE, DATE_NONE }, { "7", NULL, 0, DATE_NONE, DATE_NONE } };
	ws[0].eol = day("2034-11-14");
	ws[1].eol = day("2023-10-10");
	sql[0].eol = day("2018-01-09");
	sql[1].eol = day("2026-07-14");
	sql[2].eol = day("2030-01-08");
	esxi[0].eol = day("2025-10-02");
	esxi[1].eol = LIFE_NEVER;
	struct eol_product p[] = {
		{ "windows-server", "Microsoft Windows Server", ws, 2, { 0 } },
		{ "mssqlserver", "Microsoft SQL Server", sql, 3, { 0 } },
		{ "vmware-esxi", "VMware ESXi", esxi, 2, { 0 } },
	};
	struct eol_catalog c = { .products = p, .n = 3, .version = "test", .newest = DATE_NONE };
	(void)state;
	assert_int_equal(eol_prepare(&a, &c), 0);
	/* by id, by title, by title without the maker */
	assert_ptr_equal(eol_find_product(&a, &c, "windows-server"), &p[0]);
	assert_ptr_equal(eol_find_product(&a, &c, "Microsoft Windows Server"), &p[0]);
	assert_ptr_equal(eol_find_product(&a, &c, "windows  server"), &p[0]);
	assert_ptr_equal(eol_find_product(&a, &c, "SQL Server"), &p[1]);
	assert_null(eol_find_product(&a, &c, "Windows"));
	assert_null(eol_find_product(&a, &c, "Server"));
	assert_null(eol_find_product(&a, &c, ""));
	/* the cycle itself, with spaces; a patch level inside a cycle; the longest cycle */
	assert_ptr_equal(eol_find_release(&a, &p[0], "2012 R2"), &ws[1]);
	assert_ptr_equal(eol_find_release(&a, &p[2], "7.0.3"), &esxi[0]);
	assert_ptr_equal(eol_find_release(&a, &p[2], "7.0u3"), &esxi[0]);     /* an update letter */
	assert_ptr_equal(eol_find_release(&a, &p[2], "7.01"), &esxi[1]);       /* in 7, not in 7.0 */
	assert_ptr_equal(eol_find_release(&a, &p[2], "7.0"), &esxi[0]);
	assert_null(eol_find_release(&a, &p[0], "2019"));
	assert_null(eol_find_release(&a, &p[2], "70"));
	/* by label: "2016" is the 2016 release supported longest (SP3), not 2016 RTM */
	assert_ptr_equal(eol_find_release(&a, &p[1], "2016"), &sql[1]);
	assert_ptr_equal(eol_find_release(&a, &p[1], "2019"), &sql[2]);
	assert_null(eol_find_release(&a, &p[1], "201"));
}

static void status(void **state)
{
	int32_t today = day("2026-11-28"), end;
	struct eol_release r = { "x", NULL, 0, DATE_NONE, DATE_NONE };
	(void)state;
	r.eol = day("2029-01-09");
	assert_int_equal(life_status(&r, today, &end), LIFE_SUPPORTED);
	assert_int_equal(end, r.eol);
	r.eol = today + LIFE_SOON_DAYS;                 /* within six months */
	assert_int_equal(life_status(&r, today, &end), LIFE_ENDING);
	r.eol = today + LIFE_SOON_DAYS + 1;
	assert_int_equal(life_status(&r, today, &end), LIFE_SUPPORTED);
	r.eol = today;                                  /* ends today: no longer supported */
	assert_int_equal(life_status(&r, today, &end), LIFE_UNSUPPORTED);
	r.eol = LIFE_ENDED;
	assert_int_equal(life_status(&r, today, &end), LIFE_UNSUPPORTED);
	r.eol = LIFE_NEVER;
	assert_int_equal(life_status(&r, today, &end), LIFE_SUPPORTED);
	assert_int_equal(life_status(NULL, today, &end), LIFE_UNKNOWN);
}

static void known_exploited(void **state)
{
	struct kev_entry e[] = {
		{ .cve = "CVE-1", .vendor = "Ivanti", .product = "Connect Secure, Policy Secure, and ZTA Gateways",
		  .ransomware = true },
		{ .cve = "CVE-2", .vendor = "VMware", .product = "ESXi and Workstation" },
		{ .cve = "CVE-3", .vendor = "Microsoft", .product = "Windows" },
		{ .cve = "CVE-4", .vendor = "Fortinet", .product = "FortiOS" },
	};
	struct kev_catalog c = { .entries = e, .n = 4, .version = "test" };
	const struct kev_entry **hits;
	(void)state;
	assert_int_equal(kev_prepare(&a, &c), 0);
	assert_int_equal(kev_match(&a, &c, "Ivanti Connect Secure", &hits), 1);
	assert_string_equal(hits[0]->cve, "CVE-1");
	assert_true(hits[0]->ransomware);
	assert_int_equal(kev_match(&a, &c, "Policy Secure", &hits), 1);
	assert_int_equal(kev_match(&a, &c, "ZTA Gateways", &hits), 1);
	assert_int_equal(kev_match(&a, &c, "VMware ESXi", &hits), 1);
	assert_int_equal(kev_match(&a, &c, "workstation", &hits), 1);
	assert_int_equal(kev_match(&a, &c, "FortiOS", &hits), 1);
	/* no match on a part of a name, or a bigger product */
	assert_int_equal(kev_match(&a, &c, "Windows Server", &hits), 0);
	assert_int_equal(kev_match(&a, &c, "Secure", &hits), 0);
	assert_int_equal(kev_match(&a, &c, "", &hits), 0);
	/* preparing again (the reader already prepares) rebuilds, it does not add twice
	 * (fuzz_refdata found a write past the names when it did) */
	assert_int_equal(kev_prepare(&a, &c), 0);
	assert_int_equal(e[0].n_names, 6);
	assert_int_equal(kev_match(&a, &c, "Ivanti Connect Secure", &hits), 1);
	assert_int_equal(kev_match(&a, &c, "ESXi", &hits), 1);
}

static void aliases(void **state)
{
	struct eol_catalog c = { .version = "test" };
	struct err e;
	err_init(&e, LANG_NB);
	const char *json = "{\"aliases\": [{\"name\": \"FortiGate\", \"eol\": \"fortios\", \"kev\": \"Fortinet FortiOS\"}, "
			   "{\"name\": \"Pulse Secure\", \"kev\": \"Pulse Connect Secure\"}]}";
	(void)state;
	assert_int_equal(aliases_json_read(&a, json, strlen(json), "aliases.json", &c, &e), 0);
	assert_int_equal(c.n_aliases, 2);
	const struct life_alias *al = life_alias_find(&a, &c, "fortigate");       /* case does not matter */
	assert_non_null(al);
	assert_string_equal(al->eol, "fortios");
	al = life_alias_find(&a, &c, "Pulse  Secure");
	assert_non_null(al);
	assert_null(al->eol);
	assert_null(life_alias_find(&a, &c, "Windows Server"));
	const char *bad = "{\"aliases\": [{\"name\": \"X\"}]}";
	assert_int_equal(aliases_json_read(&a, bad, strlen(bad), "a.json", &c, &e), -1);
	assert_non_null(strstr(e.msg, "alias 1"));
}

static int setup(void **state)
{
	(void)state;
	arena_init(&a, 0);
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
		cmocka_unit_test(aliases),
		cmocka_unit_test(products_and_releases),
		cmocka_unit_test(status),
		cmocka_unit_test(known_exploited),
	};
	return cmocka_run_group_tests_name("lifecycle", tests, setup, teardown);
}
