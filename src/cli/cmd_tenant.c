/* cmd_tenant.c: beredt tenant add|list: the municipalities in this database. */
#include <jansson.h>
#include <stdio.h>
#include <string.h>

#include "cli/options.h"
#include "store/tenant.h"

static const char help[] = N_(
	"Bruk: beredt tenant add --kommune NNNN --name NAVN --orgnr ORGNR\n"
	"       beredt tenant list [--format text|json]\n"
	"\n"
	"En kommune er en leietaker: alt som registreres, hører til én kommune. Én database\n"
	"kan ha mange (et interkommunalt IKT-samarbeid kan drifte én installasjon for alle).\n"
	"Kommunenummeret må ha fire sifre og et gyldig fylkesnummer; organisasjonsnummeret\n"
	"må ha ni sifre med riktig kontrollsiffer (modulus 11).\n");

static int add(struct cli *cli, struct tenant t)
{
	struct store_stamp s = cli_stamp(cli);
	if (!t.kommunenr || !t.name || !t.orgnr)
		return cli_usage(cli, "beredt tenant add --kommune NNNN --name NAVN --orgnr ORGNR",
				 "--kommune, --name og --orgnr må alle oppgis.");
	if (store_tenant_add(cli->db, &t, &s, &cli->err) < 0)
		return cli_fail(cli);
	printf(T("Registrerte %s (%s).\n"), t.name, t.kommunenr);
	return EXIT_OK;
}

static int list(struct cli *cli, bool json)
{
	struct tenant *all;
	size_t n;
	if (store_tenant_list(cli->db, &cli->arena, &all, &n, &cli->err) < 0)
		return cli_fail(cli);
	size_t k = 0;   /* the cooperations are listed by coop list */
	for (size_t i = 0; i < n; i++)
		if (!all[i].cooperation)
			all[k++] = all[i];
	n = k;
	if (json) {
		json_t *arr = json_array();
		for (size_t i = 0; i < n; i++)
			json_array_append_new(arr, json_pack("{s:s, s:s, s:s}", "kommunenr",
							     all[i].kommunenr, "name", all[i].name,
							     "orgnr", all[i].orgnr));
		return cli_print_json(cli, arr) < 0 ? cli_fail(cli) : EXIT_OK;
	}
	if (!n)
		puts(T("Ingen kommuner er registrert."));
	for (size_t i = 0; i < n; i++)
		printf("%s  %-30s  %s %s\n", all[i].kommunenr, all[i].name, T("org.nr."), all[i].orgnr);
	return EXIT_OK;
}

int cmd_tenant(struct cli *cli, int argc, char **argv)
{
	struct tenant t = { .kommunenr = cli->kommune };
	bool json = false;
	static const struct cli_sub subs[] = { { "add", 0, 0 }, { "list", 0, 0 } };
	const struct cli_opt opts[] = {
		{ "kommune", CLI_OPT_TEXT, &t.kommunenr, "NNNN" }, { "name", CLI_OPT_TEXT, &t.name, "NAVN" },
		{ "orgnr", CLI_OPT_TEXT, &t.orgnr, "ORGNR" }, { "format", CLI_OPT_FORMAT, &json, NULL },
	};
	const struct cli_spec spec = { "tenant", help, subs, CLI_COUNT(subs), opts, CLI_COUNT(opts) };
	struct cli_args args;
	if (cli_parse(cli, &spec, argc, argv, &args) < 0)
		return args.exit;
	return strcmp(args.sub, "add") == 0 ? add(cli, t) : list(cli, json);
}
