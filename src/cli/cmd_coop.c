/* cmd_coop.c: beredt coop add|list|show|member: IT cooperations and their members. */
#include <jansson.h>
#include <stdio.h>
#include <string.h>

#include "app/coop.h"
#include "cli/options.h"
#include "io/coop_json.h"
#include "util/date.h"
#include "store/coop.h"
#include "store/tenant.h"

static const char help[] = N_(
	"Bruk: beredt coop add --id ID --name NAVN --orgnr ORGNR\n"
	"       beredt coop list [--format text|json]\n"
	"       beredt coop show ID [--format text|json]\n"
	"       beredt coop member add|remove ID KOMMUNENR\n"
	"\n"
	"Et interkommunalt IKT-samarbeid er en leietaker med egne registre og brukere, og med\n"
	"medlemskommuner. En kommune hører til ett samarbeid om gangen; en utmelding avslutter\n"
	"medlemskapet, og historikken blir stående (show viser tidligere medlemmer). Id-en har\n"
	"små bokstaver, sifre og bindestrek (ikt-fjell). Velg samarbeidet i andre kommandoer med\n"
	"--coop ID (eller --kommune ID).\n");

static int add(struct cli *cli, struct tenant t)
{
	struct store_stamp s = cli_stamp(cli);
	if (!t.kommunenr || !t.name || !t.orgnr)
		return cli_usage(cli, "beredt coop add --id ID --name NAVN --orgnr ORGNR",
				 "--id, --name og --orgnr må alle oppgis.");
	t.cooperation = true;
	if (store_tenant_add(cli->db, &t, &s, &cli->err) < 0)
		return cli_fail(cli);
	printf(T("Registrerte samarbeidet %s (%s).\n"), t.name, t.kommunenr);
	return EXIT_OK;
}

static int list(struct cli *cli, bool json)
{
	struct tenant *all;
	int *members;
	size_t n;
	if (store_coop_list(cli->db, &cli->arena, &all, &members, &n, &cli->err) < 0)
		return cli_fail(cli);
	if (json) {
		json_t *arr = json_array();
		for (size_t i = 0; i < n; i++)
			json_array_append_new(arr, json_pack("{s:s, s:s, s:s, s:i}", "id", all[i].kommunenr, "name",
							     all[i].name, "orgnr", all[i].orgnr, "members", members[i]));
		return cli_print_json(cli, arr) < 0 ? cli_fail(cli) : EXIT_OK;
	}
	if (!n)
		puts(T("Ingen samarbeid er registrert."));
	for (size_t i = 0; i < n; i++)
		printf(i18n_n(cli->lang, "%-20s  %-30s  %d medlem\n", "%-20s  %-30s  %d medlemmer\n", (unsigned long)members[i]),
		       all[i].kommunenr, all[i].name, members[i]);
	return EXIT_OK;
}

static int show(struct cli *cli, const char *id, bool json)
{
	struct tenant c;
	struct coop_member *m;
	size_t n;
	if (store_coop_get(cli->db, &cli->arena, id, &c, &cli->err) < 0 ||
	    store_coop_members(cli->db, &cli->arena, c.id, true, &m, &n, &cli->err) < 0)
		return cli_fail(cli);
	if (json) {
		json_t *now = json_array(), *before = json_array();
		for (size_t i = 0; i < n; i++)
			json_array_append_new(m[i].left_at ? before : now,
					      json_pack("{s:s, s:s, s:s, s:s, s:s?}", "kommunenr", m[i].member.kommunenr,
							"name", m[i].member.name, "orgnr", m[i].member.orgnr, "joined_at",
							m[i].joined_at, "left_at", m[i].left_at));
		return cli_print_json(cli, json_pack("{s:s, s:s, s:s, s:o, s:o}", "id", c.kommunenr, "name", c.name,
						     "orgnr", c.orgnr, "members", now, "former_members", before)) < 0
			       ? cli_fail(cli) : EXIT_OK;
	}
	printf("%s (%s), %s %s\n", c.name, c.kommunenr, T("org.nr."), c.orgnr);
	size_t current = 0;
	for (size_t i = 0; i < n; i++)
		current += !m[i].left_at;
	printf(i18n_n(cli->lang, "%zu medlem:\n", "%zu medlemmer:\n", (unsigned long)current), current);
	for (size_t i = 0; i < n; i++) {
		if (m[i].left_at && (i == 0 || !m[i - 1].left_at))
			puts(T("Tidligere medlemmer:"));
		printf("  %s  %-30s  %s %.10s%s%.10s\n", m[i].member.kommunenr, m[i].member.name, T("fra"),
		       m[i].joined_at, m[i].left_at ? T(" til ") : "", m[i].left_at ? m[i].left_at : "");
	}
	return EXIT_OK;
}

static int member(struct cli *cli, char **rest)
{
	struct store_stamp s = cli_stamp(cli);
	struct tenant c;
	bool joining = strcmp(rest[0], "add") == 0;
	if (!joining && strcmp(rest[0], "remove") != 0)
		return cli_usage(cli, "beredt coop member add|remove ID KOMMUNENR", "Ukjent handling «%s».", rest[0]);
	if (store_coop_get(cli->db, &cli->arena, rest[1], &c, &cli->err) < 0)
		return cli_fail(cli);
	if (joining) {
		if (store_coop_join(cli->db, &cli->arena, &c, rest[2], &s, &cli->err) < 0)
			return cli_fail(cli);
		printf(T("Kommune %s er nå medlem av %s.\n"), rest[2], c.name);
		return EXIT_OK;
	}
	bool found;
	if (store_coop_leave(cli->db, &cli->arena, &c, rest[2], &s, &found, &cli->err) < 0)
		return cli_fail(cli);
	if (!found) {
		err_missing(&cli->err, "Kommune %s er ikke medlem av %s.", rest[2], c.name);
		return cli_fail(cli);
	}
	printf(T("Kommune %s er meldt ut av %s; historikken er tatt vare på.\n"), rest[2], c.name);
	return EXIT_OK;
}

int cmd_coop(struct cli *cli, int argc, char **argv)
{
	struct tenant t = { 0 };
	bool json = false;
	static const struct cli_sub subs[] = { { "add", 0, 0 }, { "list", 0, 0 }, { "show", 1, 1 }, { "member", 3, 3 } };
	const struct cli_opt opts[] = {
		{ "id", CLI_OPT_TEXT, &t.kommunenr, "ID" }, { "name", CLI_OPT_TEXT, &t.name, "NAVN" },
		{ "orgnr", CLI_OPT_TEXT, &t.orgnr, "ORGNR" }, { "format", CLI_OPT_FORMAT, &json, NULL },
	};
	const struct cli_spec spec = { "coop", help, subs, CLI_COUNT(subs), opts, CLI_COUNT(opts) };
	struct cli_args args;
	if (cli_parse(cli, &spec, argc, argv, &args) < 0)
		return args.exit;
	if (strcmp(args.sub, "add") == 0)
		return add(cli, t);
	if (strcmp(args.sub, "list") == 0)
		return list(cli, json);
	if (strcmp(args.sub, "show") == 0)
		return show(cli, args.rest[0], json);
	return member(cli, args.rest);
}

static const char help_overview[] = N_(
	"Bruk: beredt --coop ID overview [--format text|json]\n"
	"\n"
	"Medlemmene i samarbeidet side om side: beredskap i alt og per område, forfalte\n"
	"tiltak, åpne kritiske og høye funn, hvor gammel beredskapspakken er, siste øvelse\n"
	"og hvor runden står.\n");

int cmd_overview(struct cli *cli, int argc, char **argv)
{
	struct tenant t;
	struct coop_row *rows;
	size_t n;
	bool json = false;
	const struct cli_opt opts[] = { { "format", CLI_OPT_FORMAT, &json, NULL } };
	const struct cli_spec spec = { "overview", help_overview, NULL, 0, opts, CLI_COUNT(opts) };
	struct cli_args args;
	if (cli_parse(cli, &spec, argc, argv, &args) < 0)
		return args.exit;
	if (args.n)
		return cli_usage(cli, args.usage, "overview tar ingen argumenter.");
	if (cli_tenant(cli, &t) < 0)
		return cli_fail(cli);
	if (!t.cooperation) {
		err_set(&cli->err, "%s er en kommune; overview gjelder et samarbeid (--coop ID).", t.name);
		return cli_fail(cli);
	}
	if (coop_overview(cli->db, &cli->arena, t.id, cli->today, &rows, &n, &cli->err) < 0)
		return cli_fail(cli);
	if (json)
		return cli_print_json(cli, coop_overview_json(rows, n, cli->lang)) < 0 ? cli_fail(cli) : EXIT_OK;
	printf("%-4s %-22s %9s %8s %5s %9s %11s %-9s\n", T("Nr"), T("Kommune"), T("Beredskap"), T("Forfalte"),
	       T("Funn"), T("Pakke"), T("Øvelse"), T("Runde"));
	for (size_t i = 0; i < n; i++) {
		const struct coop_row *r = &rows[i];
		if (!r->have) {
			printf("%-4s %-22s %s\n", r->member.kommunenr, cli_col(cli, r->member.name, 22), T("ingen runde ennå"));
			continue;
		}
		char ex[DATE_TEXT] = "-";
		if (r->last_exercise != DATE_NONE)
			date_format(r->last_exercise, ex);
		printf("%-4s %-22s %8d%% %8zu %5zu %9s %11s %-9s\n", r->member.kommunenr, cli_col(cli, r->member.name, 22),
		       r->overall.percent, r->overdue, r->critical_high,
		       r->kit_age_days < 0 ? T("aldri") : arena_printf(&cli->arena, T("%d d"), r->kit_age_days), ex,
		       T(r->round_state));
	}
	return EXIT_OK;
}
