/* cmd_scan.c: beredt scan: read what scanners found into the registers' view of the
 * network, and run the checks on it. */
#include <stdio.h>
#include <string.h>

#include "app/checks.h"
#include "cli/options.h"
#include "io/cyclonedx.h"
#include "io/nmap_xml.h"
#include "io/openvas_xml.h"
#include "util/buf.h"
#include "util/file.h"

static const char help[] = N_(
	"Bruk: beredt scan import --nmap FIL\n"
	"       beredt scan import --cyclonedx FIL --system SYSTEM\n"
	"       beredt scan import --openvas FIL\n"
	"\n"
	"Leser en nmap-rapport (nmap -oX FIL) og kjører kontrollene. Vertene kobles til\n"
	"systemene som har adressen eller navnet i feltet verter; åpne porter for tjenester\n"
	"angripere ofte bruker (fjernskrivebord, SMB, telnet, databaser ...) blir funn. Hver\n"
	"vert i rapporten erstatter det som var kjent om den fra før, så en port som er\n"
	"stengt ved neste skanning, lukker funnet. --cyclonedx leser en SBOM (CycloneDX JSON)\n"
	"for ett system: komponentene erstatter systemets forrige, og hver sjekkes mot\n"
	"katalogene over slutt på støtte og kjente utnyttede sårbarheter. --openvas leser en\n"
	"rapport fra Greenbone/OpenVAS (XML): hver sårbarhet blir et funn med alvorlighet fra\n"
	"CVSS, hevet når CISA har sett CVE-en utnyttet.\n");

int cmd_scan(struct cli *cli, int argc, char **argv)
{
	const char *usage = "beredt scan import --nmap FIL | --openvas FIL | --cyclonedx FIL --system SYSTEM",
		   *path = NULL, *sbom = NULL, *system = NULL, *ov = NULL;
	struct eol_catalog eol;
	struct kev_catalog kev;
	struct tenant t;
	struct buf b;
	int rc = EXIT_OK;
	static const struct cli_sub subs[] = { { "import", 0, 0 } };
	const struct cli_opt opts[] = {
		{ "nmap", CLI_OPT_TEXT, &path, "FIL" }, { "cyclonedx", CLI_OPT_TEXT, &sbom, "FIL" },
		{ "openvas", CLI_OPT_TEXT, &ov, "FIL" }, { "system", CLI_OPT_TEXT, &system, "SYSTEM" },
	};
	const struct cli_spec spec = { "scan", help, subs, CLI_COUNT(subs), opts, CLI_COUNT(opts) };
	struct cli_args args;
	if (cli_parse(cli, &spec, argc, argv, &args) < 0)
		return args.exit;
	if ((!!path + !!sbom + !!ov) != 1 || (sbom && !system))
		return cli_usage(cli, usage, "Oppgi import og --nmap FIL, --openvas FIL, eller --cyclonedx FIL og --system SYSTEM.");
	if (cli_tenant(cli, &t) < 0 || cli_refdata_load(cli, &eol, &kev) < 0)
		return cli_fail(cli);
	int counts[4];
	size_t hosts, ports, matched, open;
	struct store_stamp st = cli_stamp(cli);
	if (sbom) {
		size_t n;
		buf_init(&b, SBOM_MAX);
		if (file_read(sbom, SBOM_MAX, &b, &cli->err) < 0 ||
		    checks_sbom_import(cli->db, &cli->arena, t.id, system, b.data, b.len, sbom, &eol, &kev, &st, &n, counts,
				       &open, &cli->err) < 0)
			rc = cli_fail(cli);
		else
			printf(T("%s: %zu komponenter for %s. Kontrollene: %d nye funn, %d lukket; %zu åpne funn.\n"), sbom, n,
			       system, counts[FC_NEW], counts[FC_CLOSE], open);
		buf_release(&b);
		return rc;
	}
	if (ov) {
		size_t results;
		buf_init(&b, OPENVAS_MAX);
		if (file_read(ov, OPENVAS_MAX, &b, &cli->err) < 0 ||
		    checks_openvas_import(cli->db, &cli->arena, t.id, b.data, b.len, ov, &eol, &kev, &st, &hosts, &results,
					  &matched, counts, &open, &cli->err) < 0)
			rc = cli_fail(cli);
		else
			printf(T("%s: %zu verter (%zu koblet til systemer), %zu sårbarheter. Kontrollene: %d nye funn, %d lukket; "
				 "%zu åpne funn.\n"), ov, hosts, matched, results, counts[FC_NEW], counts[FC_CLOSE], open);
		buf_release(&b);
		return rc;
	}
	buf_init(&b, NMAP_MAX);
	if (file_read(path, NMAP_MAX, &b, &cli->err) < 0) {
		buf_release(&b);
		return cli_fail(cli);
	}
	if (checks_nmap_import(cli->db, &cli->arena, t.id, b.data, b.len, path, &eol, &kev, &st, &hosts, &ports,
			       &matched, counts, &open, &cli->err) < 0)
		rc = cli_fail(cli);
	else
		printf(T("%s: %zu verter (%zu koblet til systemer), %zu åpne porter. Kontrollene: %d nye funn, "
			 "%d lukket; %zu åpne funn.\n"), path, hosts, matched, ports, counts[FC_NEW], counts[FC_CLOSE], open);
	buf_release(&b);
	return rc;
}
