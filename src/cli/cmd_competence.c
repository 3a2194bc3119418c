/* cmd_competence.c: beredt competence: who can handle an incident, restore systems, do
 * forensics and handle personal data breaches (measure 4c), inside or by agreement. */
#include <stdio.h>
#include <string.h>

#include "app/prep_docs.h"
#include "cli/options.h"
#include "io/prep_json.h"
#include "model/assess.h"
#include "util/date.h"

static const char help[] = N_(
	"Bruk: beredt competence list [--format text|json]\n"
	"       beredt competence add OMRÅDE HVEM [--agreement] [--trained ÅÅÅÅ-MM-DD]\n"
	"       beredt competence remove OMRÅDE HVEM\n"
	"       beredt competence action OMRÅDE\n"
	"\n"
	"Kompetansen til å håndtere et angrep og gjenopprette (tiltak 4c), per område:\n"
	"hendelseshandtering, gjenoppretting, etterforskning og personvernbrudd; egne folk eller\n"
	"etter avtale, med dato for siste opplæring. list viser også områdene ingen dekker;\n"
	"action gjør et slikt gap til en oppgave i handlingsplanen.\n");

int cmd_competence(struct cli *cli, int argc, char **argv)
{
	struct prep_competence x = { .trained_on = DATE_NONE };
	bool json = false;
	struct tenant t;
	struct prep_all p;
	static const struct cli_sub subs[] = { { "list", 0, 0 }, { "add", 2, 2 }, { "remove", 2, 2 }, { "action", 1, 1 } };
	const struct cli_opt opts[] = {
		{ "agreement", CLI_OPT_FLAG, &x.agreement, NULL }, { "trained", CLI_OPT_DATE, &x.trained_on, NULL },
		{ "format", CLI_OPT_FORMAT, &json, NULL },
	};
	const struct cli_spec spec = { "competence", help, subs, CLI_COUNT(subs), opts, CLI_COUNT(opts) };
	struct cli_args args;
	if (cli_parse(cli, &spec, argc, argv, &args) < 0)
		return args.exit;
	if (cli_tenant(cli, &t) < 0 || prep_load(cli->db, &cli->arena, t.id, cli->today, &p, &cli->err) < 0)
		return cli_fail(cli);
	struct prep_competences *cs = &p.competence;
	if (strcmp(args.sub, "list") == 0) {
		if (json)
			return cli_print_json(cli, prep_competences_json(cs)) < 0 ? cli_fail(cli) : EXIT_OK;
		for (int k = 0; k < PREP_AREAS; k++) {
			const char *area = prep_area_code(k);
			size_t found = 0;
			for (size_t i = 0; i < cs->n; i++) {
				if (strcmp(cs->items[i].area, area) != 0)
					continue;
				char d[DATE_TEXT] = "-";
				if (cs->items[i].trained_on != DATE_NONE)
					date_format(cs->items[i].trained_on, d);
				printf("%s %s %s %s\n", cli_col(cli, area, 20), cli_col(cli, cs->items[i].who, 30),
				       cli_col(cli, cs->items[i].agreement ? T("avtale") : T("egen"), 8), d);
				found++;
			}
			if (!found)
				printf("%s %s\n", cli_col(cli, area, 20), T("(ingen: et gap som bør bli et tiltak)"));
		}
		return EXIT_OK;
	}
	if (strcmp(args.sub, "action") == 0) {
		struct store_stamp st = cli_stamp(cli);
		int act;
		if (prep_gap_to_action(cli->db, &cli->arena, t.id, args.rest[0], &st, &act, &cli->err) < 0)
			return cli_fail(cli);
		printf(T("Gapet er nå oppgave T-%d i handlingsplanen.\n"), act);
		return EXIT_OK;
	}
	struct prep_competences next = *cs;
	const char *summary;
	if (strcmp(args.sub, "add") == 0) {
		x.area = args.rest[0];
		x.who = args.rest[1];
		next.items = arena_copy(&cli->arena, cs->items, cs->n, 1, sizeof(x));
		if (!next.items)
			return cli_fail(cli);
		next.items[next.n++] = x;
		summary = arena_printf(&cli->arena, "ny: %s, %s", x.area, x.who);
	} else if (strcmp(args.sub, "remove") == 0) {
		size_t k = cs->n;
		for (size_t i = 0; i < cs->n; i++)
			if (strcmp(cs->items[i].area, args.rest[0]) == 0 && strcmp(cs->items[i].who, args.rest[1]) == 0)
				k = i;
		if (k == cs->n)
			return cli_usage(cli, args.usage, "Ingen oppføring for %s, %s.", args.rest[0], args.rest[1]);
		if (k + 1 < cs->n)
			memmove(&cs->items[k], &cs->items[k + 1], (cs->n - k - 1) * sizeof(*cs->items));
		next.n = cs->n - 1;
		summary = arena_printf(&cli->arena, "fjernet: %s, %s", args.rest[0], args.rest[1]);
	} else {
		return cli_usage(cli, args.usage, "Ukjent underkommando «%s» eller feil antall argumenter.", args.sub);
	}
	struct store_stamp st = cli_stamp(cli);
	if (prep_save_competence(cli->db, &cli->arena, t.id, &next, p.version[PREP_COMPETENCE], summary, &st, &cli->err) < 0)
		return cli_fail(cli);
	printf(T("Kompetansen er lagret (%s).\n"), summary);
	return EXIT_OK;
}
