/* cmd_competence.c: beredt competence: who can handle an incident, restore systems, do
 * forensics and handle personal data breaches (measure 4c), inside or by agreement. */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "app/prep.h"
#include "cli/cli.h"
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
	"action gjør et slikt gap til et tiltak i tiltaksplanen.\n");

int cmd_competence(struct cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "agreement", no_argument, NULL, 'a' }, { "trained", required_argument, NULL, 't' },
		{ "format", required_argument, NULL, 'f' }, { "help", no_argument, NULL, 'h' }, { 0, 0, 0, 0 },
	};
	const char *usage = "beredt competence list|add|remove|action";
	struct prep_competence x = { .trained_on = DATE_NONE };
	bool json = false;
	struct tenant t;
	struct prep_all p;
	int c;
	if (argc >= 2 && cli_is_help(argv[1]))
		return cli_help(cli, help);
	if (argc < 2)
		return cli_usage(cli, usage, "Mangler underkommando.");
	while ((c = getopt_long(argc - 1, argv + 1, "h", opts, NULL)) != -1) {
		if (c == 'a')
			x.agreement = true;
		else if (c == 't') {
			if (date_parse(optarg, &x.trained_on) < 0)
				return cli_usage(cli, "--trained ÅÅÅÅ-MM-DD", "«%s» er ikke en dato.", optarg);
		} else if (c == 'f') {
			if (cli_format(cli, optarg, &json) < 0)
				return cli_fail(cli);
		} else {
			return c == 'h' ? cli_help(cli, help) : cli_usage(cli, usage, "Ukjent valg.");
		}
	}
	const char *sub = argv[1];
	char **rest = argv + 1 + optind;
	int n = argc - 1 - optind;
	if (cli_tenant(cli, &t) < 0 || prep_load(cli->db, &cli->arena, t.id, cli->today, &p, &cli->err) < 0)
		return cli_fail(cli);
	struct prep_competences *cs = &p.competence;
	if (strcmp(sub, "list") == 0 && n == 0) {
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
	if (strcmp(sub, "action") == 0 && n == 1) {
		struct store_stamp st = cli_stamp(cli);
		int act;
		if (prep_gap_to_action(cli->db, &cli->arena, t.id, rest[0], &st, &act, &cli->err) < 0)
			return cli_fail(cli);
		printf(T("Gapet er nå tiltak T-%d i tiltaksplanen.\n"), act);
		return EXIT_OK;
	}
	struct prep_competences next = *cs;
	const char *summary;
	if (strcmp(sub, "add") == 0 && n == 2) {
		x.area = rest[0];
		x.who = rest[1];
		next.items = arena_copy(&cli->arena, cs->items, cs->n, 1, sizeof(x));
		if (!next.items)
			return cli_fail(cli);
		next.items[next.n++] = x;
		summary = arena_printf(&cli->arena, "ny: %s, %s", x.area, x.who);
	} else if (strcmp(sub, "remove") == 0 && n == 2) {
		size_t k = cs->n;
		for (size_t i = 0; i < cs->n; i++)
			if (strcmp(cs->items[i].area, rest[0]) == 0 && strcmp(cs->items[i].who, rest[1]) == 0)
				k = i;
		if (k == cs->n)
			return cli_usage(cli, usage, "Ingen oppføring for %s, %s.", rest[0], rest[1]);
		if (k + 1 < cs->n)
			memmove(&cs->items[k], &cs->items[k + 1], (cs->n - k - 1) * sizeof(*cs->items));
		next.n = cs->n - 1;
		summary = arena_printf(&cli->arena, "fjernet: %s, %s", rest[0], rest[1]);
	} else {
		return cli_usage(cli, usage, "Ukjent underkommando «%s» eller feil antall argumenter.", sub);
	}
	struct store_stamp st = cli_stamp(cli);
	if (prep_save_competence(cli->db, &cli->arena, t.id, &next, p.version[PREP_COMPETENCE], summary, &st, &cli->err) < 0)
		return cli_fail(cli);
	printf(T("Kompetansen er lagret (%s).\n"), summary);
	return EXIT_OK;
}
