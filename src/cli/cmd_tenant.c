/* cmd_tenant.c: beredt tenant add|list: the municipalities in this database. */
#include <getopt.h>
#include <jansson.h>
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "store/tenant.h"

static const char help[] = N_(
	"Bruk: beredt tenant add --kommune NNNN --name NAVN --orgnr ORGNR\n"
	"       beredt tenant list [--format text|json]\n"
	"\n"
	"En kommune er en leietaker: alt som registreres, hører til én kommune. Én database\n"
	"kan ha mange (et interkommunalt IKT-samarbeid kan drifte én installasjon for alle).\n"
	"Kommunenummeret må ha fire sifre og et gyldig fylkesnummer; organisasjonsnummeret\n"
	"må ha ni sifre med riktig kontrollsiffer (modulus 11).\n");

static int add(struct cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "kommune", required_argument, NULL, 'k' }, { "name", required_argument, NULL, 'n' },
		{ "orgnr", required_argument, NULL, 'o' }, { "help", no_argument, NULL, 'h' },
		{ 0, 0, 0, 0 },
	};
	struct tenant t = { .kommunenr = cli->kommune };
	struct store_stamp s = cli_stamp(cli);
	int c;
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'k': t.kommunenr = optarg; break;
		case 'n': t.name = optarg; break;
		case 'o': t.orgnr = optarg; break;
		case 'h': return cli_help(cli, help);
		default: return cli_usage(cli, "beredt tenant add --kommune NNNN --name NAVN --orgnr ORGNR",
					  "Ukjent valg.");
		}
	}
	if (!t.kommunenr || !t.name || !t.orgnr)
		return cli_usage(cli, "beredt tenant add --kommune NNNN --name NAVN --orgnr ORGNR",
				 "--kommune, --name og --orgnr må alle oppgis.");
	if (store_tenant_add(cli->db, &t, &s, &cli->err) < 0)
		return cli_fail(cli);
	printf(T("Registrerte %s (%s).\n"), t.name, t.kommunenr);
	return EXIT_OK;
}

static int list(struct cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "format", required_argument, NULL, 'f' }, { "help", no_argument, NULL, 'h' },
		{ 0, 0, 0, 0 },
	};
	struct tenant *all;
	size_t n;
	bool json = false;
	int c;
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		if (c == 'h')
			return cli_help(cli, help);
		if (c != 'f')
			return cli_usage(cli, "beredt tenant list [--format text|json]", "Ukjent valg.");
		if (cli_format(cli, optarg, &json) < 0)
			return cli_fail(cli);
	}
	if (store_tenant_list(cli->db, &cli->arena, &all, &n, &cli->err) < 0)
		return cli_fail(cli);
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
	if (argc >= 2 && cli_is_help(argv[1]))
		return cli_help(cli, help);
	if (argc < 2)
		return cli_usage(cli, "beredt tenant add|list", "Mangler underkommando.");
	if (strcmp(argv[1], "add") == 0)
		return add(cli, argc - 1, argv + 1);
	if (strcmp(argv[1], "list") == 0)
		return list(cli, argc - 1, argv + 1);
	return cli_usage(cli, "beredt tenant add|list", "Ukjent underkommando «%s».", argv[1]);
}
