/* Unit tests: nmap reports, as nmap writes them and as an attacker might; CycloneDX SBOMs. */
#include "test.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "io/cyclonedx.h"
#include "io/nmap_xml.h"
#include "io/openvas_xml.h"
#include "util/buf.h"
#include "util/file.h"

static struct arena a;
static struct err e;

static int read(const char *s, struct nmap_report *r)
{
	err_init(&e, LANG_NB);
	return nmap_xml_read(&a, s, strlen(s), "test.xml", r, &e);
}

/* A report from a real run of nmap 7.93 (-sT -sV) against loopback with three listeners. */
static void real_report(void **state)
{
	struct buf b;
	struct nmap_report r;
	(void)state;
	buf_init(&b, NMAP_MAX);
	assert_int_equal(file_read(FIXTURES "/nmap/loopback-sV.xml", NMAP_MAX, &b, &e), 0);
	assert_int_equal(nmap_xml_read(&a, b.data, b.len, "loopback-sV.xml", &r, &e), 0);
	buf_release(&b);
	assert_string_equal(r.version, "7.93");
	assert_int_equal(r.n_hosts, 1);
	assert_string_equal(r.hosts[0].addr, "127.0.0.1");
	assert_string_equal(r.hosts[0].name, "localhost");
	assert_int_equal(r.n_ports, 3);                 /* 3389, 5432, 8443 open; 22 and 445 closed */
	assert_int_equal(r.ports[0].port, 3389);
	assert_string_equal(r.ports[0].proto, "tcp");
	assert_string_equal(r.ports[0].service, "ms-wbt-server");
	assert_string_equal(r.ports[0].host, "127.0.0.1");
}

static void hosts_that_were_down_and_mac_addresses(void **state)
{
	struct nmap_report r;
	(void)state;
	assert_int_equal(read("<nmaprun version=\"7.93\">"
			      "<host><status state=\"down\"/><address addr=\"10.0.0.9\" addrtype=\"ipv4\"/>"
			      "<ports><port protocol=\"tcp\" portid=\"23\"><state state=\"open\"/></port></ports></host>"
			      "<host><status state=\"up\"/><address addr=\"aa:bb:cc:dd:ee:ff\" addrtype=\"mac\"/>"
			      "<address addr=\"10.0.0.5\" addrtype=\"ipv4\"/>"
			      "<ports><port protocol=\"udp\" portid=\"161\"><state state=\"open\"/>"
			      "<service name=\"snmp\"/></port>"
			      "<port protocol=\"tcp\" portid=\"80\"><state state=\"filtered\"/></port></ports></host>"
			      "</nmaprun>", &r), 0);
	assert_int_equal(r.n_hosts, 1);                  /* the host that was down told nothing */
	assert_string_equal(r.hosts[0].addr, "10.0.0.5");  /* the IP address, not the MAC */
	assert_int_equal(r.n_ports, 1);                  /* filtered is not open */
	assert_string_equal(r.ports[0].proto, "udp");
	assert_string_equal(r.ports[0].host, "10.0.0.5");
}

static void hostile_and_wrong(void **state)
{
	struct nmap_report r;
	(void)state;
	/* the billion laughs: refused at the first entity declaration */
	assert_int_equal(read("<?xml version=\"1.0\"?><!DOCTYPE nmaprun [<!ENTITY a \"aaaaaaaaaa\">"
			      "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
			      "<nmaprun><host><address addr=\"&c;\"/></host></nmaprun>", &r), -1);
	assert_non_null(strstr(e.msg, "entiteter"));
	assert_int_equal(r.n_hosts, 0);
	/* an external entity is never fetched */
	assert_int_equal(read("<?xml version=\"1.0\"?><!DOCTYPE nmaprun [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
			      "<nmaprun><host><address addr=\"&x;\"/></host></nmaprun>", &r), -1);
	assert_int_equal(read("<report><host/></report>", &r), -1);
	assert_non_null(strstr(e.msg, "nmaprun"));
	assert_int_equal(read("<nmaprun><host><address addr=\"1.2.3.4\"/><ports>"
			      "<port protocol=\"tcp\" portid=\"99999\"/></ports></host></nmaprun>", &r), -1);
	assert_non_null(strstr(e.msg, "portnummer"));
	assert_int_equal(read("<nmaprun><host><address addr=\"1.2.3.4\"/>", &r), -1);   /* cut off */
	assert_non_null(strstr(e.msg, "linje 1"));
	assert_int_equal(read("", &r), -1);
	/* nesting deeper than any report */
	char deep[32 * 8 + 64] = "<nmaprun>";
	for (int i = 0; i < 40; i++)
		strcat(deep, "<a>");
	assert_int_equal(read(deep, &r), -1);
	assert_non_null(strstr(e.msg, "dypt"));
	/* too big to be read at all */
	assert_int_equal(nmap_xml_read(&a, "<nmaprun/>", NMAP_MAX + 1, "stor.xml", &r, &e), -1);
	assert_non_null(strstr(e.msg, "større enn"));
}

static void sbom(void **state)
{
	struct buf b;
	struct sbom_component *c;
	size_t n;
	(void)state;
	buf_init(&b, SBOM_MAX);
	assert_int_equal(file_read(FIXTURES "/sbom/vpn.cdx.json", SBOM_MAX, &b, &e), 0);
	assert_int_equal(cyclonedx_read(&a, b.data, b.len, "vpn.cdx.json", &c, &n, &e), 0);
	buf_release(&b);
	assert_int_equal(n, 5);                         /* the nested zlib is flattened in */
	assert_string_equal(c[0].name, "Connect Secure");
	assert_string_equal(c[0].supplier, "Ivanti");   /* supplier.name */
	assert_string_equal(c[2].name, "zlib");
	assert_string_equal(c[4].supplier, "org.example");   /* group */
	const char *wrong = "{\"bomFormat\": \"SPDX\", \"components\": []}";
	assert_int_equal(cyclonedx_read(&a, wrong, strlen(wrong), "x.json", &c, &n, &e), -1);
	assert_non_null(strstr(e.msg, "ikke en CycloneDX"));
	const char *noname = "{\"bomFormat\": \"CycloneDX\", \"components\": [{\"version\": \"1\"}]}";
	assert_int_equal(cyclonedx_read(&a, noname, strlen(noname), "x.json", &c, &n, &e), -1);
	assert_non_null(strstr(e.msg, "komponent 1 mangler «name»"));
	assert_int_equal(n, 0);
	assert_int_equal(cyclonedx_read(&a, "{", 1, "x.json", &c, &n, &e), -1);
}

static void openvas(void **state)
{
	struct buf b;
	struct openvas_report r;
	(void)state;
	buf_init(&b, OPENVAS_MAX);
	assert_int_equal(file_read(FIXTURES "/openvas/granheim.xml", OPENVAS_MAX, &b, &e), 0);
	assert_int_equal(openvas_xml_read(&a, b.data, b.len, "granheim.xml", &r, &e), 0);
	buf_release(&b);
	assert_int_equal(r.n, 3);                        /* the log result (severity 0) is left out */
	assert_string_equal(r.results[0].host, "10.20.0.15");
	assert_string_equal(r.results[0].port, "3389/tcp");
	assert_string_equal(r.results[0].oid, "1.3.6.1.4.1.25623.1.0.108611");
	assert_string_equal(r.results[0].cves, "CVE-2019-0708");   /* <refs><ref type="cve"> */
	assert_int_equal(r.results[0].severity10, 98);
	assert_null(r.results[1].cves);                  /* NOCVE */
	assert_string_equal(r.results[2].cves, "CVE-2024-6387");   /* the older <cve> element */
	assert_int_equal(r.n_hosts, 3);
	assert_string_equal(r.hosts[0].name, "ts01.granheim.local");
	const char *laughs = "<?xml version=\"1.0\"?><!DOCTYPE report [<!ENTITY a \"aa\"><!ENTITY b \"&a;&a;\">]>"
			     "<report><results><result id=\"1\"><host>&b;</host></result></results></report>";
	assert_int_equal(openvas_xml_read(&a, laughs, strlen(laughs), "x.xml", &r, &e), -1);
	assert_non_null(strstr(e.msg, "entiteter"));
	assert_int_equal(openvas_xml_read(&a, "<nmaprun/>", 10, "x.xml", &r, &e), -1);
	assert_non_null(strstr(e.msg, "Greenbone"));
}

/* What fuzzing found: a severity cast to int before any check (8e22, nan: undefined), and a
 * linear search per result for its host (80,000 hosts took 22 s). */
static void openvas_hostile(void **state)
{
	struct openvas_report r;
	(void)state;
	static const char *const bad[] = { "8e22", "nan", "inf", "-inf", "11", "7.5x", "", "1e-400000x" };
	for (size_t i = 0; i < sizeof(bad) / sizeof(*bad); i++) {
		const char *x = arena_printf(&a, "<report><results><result id=\"1\"><host>10.0.0.1</host>"
					     "<severity>%s</severity></result></results></report>", bad[i]);
		int rc = openvas_xml_read(&a, x, strlen(x), "x.xml", &r, &e);
		if (*bad[i]) {
			assert_int_equal(rc, -1);
			assert_non_null(strstr(e.msg, "ikke et tall fra 0 til 10"));
		} else {
			assert_int_equal(rc, 0);        /* no severity: not a finding */
			assert_int_equal(r.n, 0);
		}
	}
	const char *fp = "<report><results><result id=\"1\"><host>10.0.0.1</host><severity>-1.0</severity>"
			 "</result><result id=\"2\"><host>10.0.0.2</host><severity>10</severity></result></results></report>";
	assert_int_equal(openvas_xml_read(&a, fp, strlen(fp), "x.xml", &r, &e), 0);
	assert_int_equal(r.n, 1);                        /* a false positive (-1) is no finding */
	assert_int_equal(r.results[0].severity10, 100);

	struct buf x;
	enum { HOSTS = 80000 };
	buf_init(&x, 0);
	buf_puts(&x, "<report><results>");
	for (int i = 0; i < HOSTS + 1000; i++) {
		int h = i < HOSTS ? HOSTS - 1 - i : i - HOSTS;      /* then 1000 repeats */
		buf_printf(&x, "<result id=\"%d\"><host>10.%d.%d.%d<hostname>h%d</hostname></host>"
			   "<severity>5.0</severity></result>", i, h >> 16, (h >> 8) & 255, h & 255, h);
	}
	buf_puts(&x, "</results></report>");
	assert_int_equal(openvas_xml_read(&a, x.data, x.len, "big.xml", &r, &e), 0);
	buf_release(&x);
	assert_int_equal(r.n, HOSTS + 1000);
	assert_int_equal(r.n_hosts, HOSTS);             /* each once */
	assert_string_equal(r.hosts[0].addr, arena_printf(&a, "10.%d.%d.%d", (HOSTS - 1) >> 16,
							  ((HOSTS - 1) >> 8) & 255, (HOSTS - 1) & 255));
	assert_string_equal(r.hosts[0].name, arena_printf(&a, "h%d", HOSTS - 1));   /* in first-seen order */
	assert_string_equal(r.hosts[HOSTS - 1].addr, "10.0.0.0");
}

static int setup(void **state)
{
	(void)state;
	arena_init(&a, 0);
	err_init(&e, LANG_NB);
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
		cmocka_unit_test(real_report),
		cmocka_unit_test(hosts_that_were_down_and_mac_addresses),
		cmocka_unit_test(hostile_and_wrong),
		cmocka_unit_test(sbom),
		cmocka_unit_test(openvas),
		cmocka_unit_test(openvas_hostile),
	};
	return cmocka_run_group_tests_name("nmap", tests, setup, teardown);
}
