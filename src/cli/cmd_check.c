/* cmd_check.c: beredt check: run the rules over the registers once (for cron or a
 * systemd timer) and bring the findings up to date. */
#include <jansson.h>
#include <stdio.h>
#include <string.h>

#include "app/checks.h"
#include "cli/options.h"
#include "store/tenant.h"

static const char help[] = N_(
	"Bruk: beredt check [--kommune NNNN] [--format text|json]\n"
	"\n"
	"Kjører kontrollene én gang over registrene (alle kommuner, eller den ene) og\n"
	"oppdaterer funnene: nye funn åpnes, funn som ikke lenger finnes lukkes, og løste funn\n"
	"som finnes igjen gjenåpnes. Reglene og livsløpet er beskrevet i docs/findings.md.\n");

int cmd_check(struct cli *cli, int argc, char **argv)
{
	struct eol_catalog eol;
	struct kev_catalog kev;
	struct tenant *all;
	size_t n;
	bool json = false;
	const struct cli_opt opts[] = {
		{ "format", CLI_OPT_FORMAT, &json, NULL },
	};
	const struct cli_spec spec = { "check", help, NULL, 0, opts, CLI_COUNT(opts) };
	struct cli_args args;
	if (cli_parse(cli, &spec, argc, argv, &args) < 0)
		return args.exit;
	if (args.n)
		return cli_usage(cli, "beredt check", "check tar ingen argumenter.");
	if (cli_refdata_load(cli, &eol, &kev) < 0)
		return cli_fail(cli);
	if (cli_tenants(cli, &all, &n) < 0)
		return cli_fail(cli);
	json_t *arr = json ? json_array() : NULL;
	for (size_t i = 0; i < n; i++) {
		int counts[4] = { 0 };
		size_t open = 0;
		struct store_stamp st = cli_stamp(cli);
		if (checks_tenant(cli->db, &cli->arena, all[i].id, &eol, &kev, &st, counts, &open, &cli->err) < 0)
			return cli_fail(cli);
		if (arr) {
			json_array_append_new(arr, json_pack("{s:s, s:i, s:i, s:i, s:i, s:i}", "kommune",
				all[i].kommunenr, "new", counts[FC_NEW], "reopened", counts[FC_REOPEN], "closed",
				counts[FC_CLOSE], "still", counts[FC_SEEN], "open", (int)open));
			continue;
		}
		printf(T("%s %s: %d nye, %d gjenåpnet, %d lukket; %zu åpne funn.\n"), all[i].kommunenr,
		       all[i].name, counts[FC_NEW], counts[FC_REOPEN], counts[FC_CLOSE], open);
	}
	return arr ? (cli_print_json(cli, arr) < 0 ? cli_fail(cli) : EXIT_OK) : EXIT_OK;
}
