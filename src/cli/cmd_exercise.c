/* cmd_exercise.c: beredt exercise: exercises of the contingency plan (measure 4d), their
 * lessons, which become actions, and the calendar. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/prep_docs.h"
#include "cli/options.h"
#include "io/prep_json.h"
#include "io/vcard.h"
#include "model/assess.h"
#include "store/action.h"
#include "util/buf.h"
#include "util/date.h"
#include "util/file.h"
#include "util/limits.h"

static const char help[] = N_(
	"Bruk: beredt exercise list [--format text|json]\n"
	"       beredt exercise add --date ÅÅÅÅ-MM-DD --kind diskusjon|spill|funksjon|fullskala\n"
	"              --scenario TEKST [--held] [--participants TEKST] [--observations TEKST]\n"
	"       beredt exercise lesson Ø-N TEKST\n"
	"       beredt exercise action Ø-N LÆRINGSPUNKT\n"
	"       beredt exercise calendar --out FIL.ics\n"
	"       beredt exercise suggest\n"
	"\n"
	"Øvelser i beredskapsplanen: planlagte og gjennomførte, med type (DSBs\n"
	"øvelsesveileder), scenario, deltakere, observasjoner og læringspunkter. action gjør et\n"
	"læringspunkt til en oppgave i handlingsplanen. calendar skriver øvelsene, neste\n"
	"gjennomgang av planen og fristene for åpne oppgaver som iCalendar (RFC 5545). suggest\n"
	"foreslår scenarioer fra ROS-analysen: de største risikoene og enkeltpunktene for svikt.\n");

static int number(const char *s, int *no)
{
	if (s && (strncmp(s, "Ø-", 3) == 0 || strncmp(s, "ø-", 3) == 0))
		s += 3;
	return cli_number(s, no);
}

static int list(struct cli *cli, const struct prep_exercises *x, bool json)
{
	if (json)
		return cli_print_json(cli, prep_exercises_json(x)) < 0 ? cli_fail(cli) : EXIT_OK;
	if (!x->n)
		puts(T("Ingen øvelser ennå."));
	for (size_t i = 0; i < x->n; i++) {
		char d[DATE_TEXT];
		date_format(x->items[i].date, d);
		printf("Ø-%-3d %s %s %s %s\n", x->items[i].no, d, cli_col(cli, x->items[i].kind, 10),
		       cli_col(cli, x->items[i].held ? T("gjennomført") : T("planlagt"), 12), x->items[i].scenario);
		for (size_t k = 0; k < x->items[i].n_lessons; k++) {
			printf("      %zu. %s", k + 1, x->items[i].lessons[k].text);
			if (x->items[i].lessons[k].action_no)
				printf(" → T-%d", x->items[i].lessons[k].action_no);
			putchar('\n');
		}
	}
	return EXIT_OK;
}

int cmd_exercise(struct cli *cli, int argc, char **argv)
{
	const char *out = NULL;
	struct prep_exercise x = { .date = DATE_NONE };
	bool json = false;
	struct tenant t;
	struct prep_all p;
	int no;
	static const struct cli_sub subs[] = { { "list", 0, 0 }, { "add", 0, 0 }, { "lesson", 2, 2 }, { "action", 2, 2 }, { "calendar", 0, 0 }, { "suggest", 0, 0 } };
	const struct cli_opt opts[] = {
		{ "date", CLI_OPT_DATE, &x.date, NULL }, { "kind", CLI_OPT_TEXT, &x.kind, "diskusjon|spill|funksjon|fullskala" },
		{ "scenario", CLI_OPT_TEXT, &x.scenario, "TEKST" }, { "held", CLI_OPT_FLAG, &x.held, NULL },
		{ "participants", CLI_OPT_TEXT, &x.participants, "TEKST" },
		{ "observations", CLI_OPT_TEXT, &x.observations, "TEKST" }, { "out", CLI_OPT_TEXT, &out, "FIL.ics" },
		{ "format", CLI_OPT_FORMAT, &json, NULL },
	};
	const struct cli_spec spec = { "exercise", help, subs, CLI_COUNT(subs), opts, CLI_COUNT(opts) };
	struct cli_args args;
	if (cli_parse(cli, &spec, argc, argv, &args) < 0)
		return args.exit;
	if (cli_tenant(cli, &t) < 0 || prep_load(cli->db, &cli->arena, t.id, cli->today, &p, &cli->err) < 0)
		return cli_fail(cli);
	struct store_stamp st = cli_stamp(cli);
	struct prep_exercises *xs = &p.exercises;
	int v = p.version[PREP_EXERCISES];
	if (strcmp(args.sub, "list") == 0)
		return list(cli, xs, json);
	if (strcmp(args.sub, "suggest") == 0) {
		struct prep_scenario *sc;
		size_t ns;
		if (prep_scenarios(cli->db, &cli->arena, t.id, &sc, &ns, &cli->err) < 0)
			return cli_fail(cli);
		if (!ns)
			puts(T("ROS-analysen har ingen hendelser eller avhengigheter å foreslå fra ennå."));
		for (size_t i = 0; i < ns; i++)
			if (sc[i].spof)
				printf(i18n_n(cli->lang, "Bortfall av %s (tar alene ned %d tjeneste)\n", "Bortfall av %s (tar alene ned %d tjenester)\n", (unsigned long)sc[i].services), sc[i].title, sc[i].services);
			else
				printf(T("%s (sannsynlighet %c, konsekvens %d)\n"), sc[i].title, sc[i].probability, sc[i].consequence);
		return EXIT_OK;
	}
	if (strcmp(args.sub, "calendar") == 0 && out) {
		struct action *acts;
		size_t na, nd = 0;
		struct buf b;
		if (store_action_list(cli->db, &cli->arena, t.id, &acts, &na, &cli->err) < 0)
			return cli_fail(cli);
		struct ical_deadline *d = arena_alloc(&cli->arena, (na + 2) * sizeof(*d));
		if (!d)
			return cli_fail(cli);
		int32_t due = prep_plan_due(&p.plan);
		if (due != DATE_NONE)
			d[nd++] = (struct ical_deadline){ T("Gjennomgang av beredskapsplanen"), due,
							  arena_printf(&cli->arena, "%s-plan@beredt", t.kommunenr) };
		for (size_t i = 0; i < na; i++)
			if (acts[i].due != DATE_NONE && (acts[i].status == ACTION_APEN || acts[i].status == ACTION_PAGAR))
				d[nd++] = (struct ical_deadline){
					arena_printf(&cli->arena, "T-%d %s", acts[i].no,
						     acts[i].title ? acts[i].title : acts[i].measure_id ? acts[i].measure_id : ""),
					acts[i].due, arena_printf(&cli->arena, "%s-tiltak-%d@beredt", t.kommunenr, acts[i].no) };
		buf_init(&b, LIMIT_CALENDAR);
		int rc = ical_write(&b, t.kommunenr, cli->now, xs, d, nd) < 0 ||
			 file_write(out, b.data, b.len, &cli->err) < 0;
		buf_release(&b);
		if (rc)
			return cli_fail(cli);
		printf(T("Skrev %zu øvelser og %zu frister til %s.\n"), xs->n, nd, out);
		return EXIT_OK;
	}
	struct prep_exercises next = *xs;
	const char *summary;
	if (strcmp(args.sub, "add") == 0) {
		if (x.date == DATE_NONE || !x.kind || !x.scenario)
			return cli_usage(cli, args.usage, "Oppgi --date, --kind og --scenario.");
		x.no = prep_exercise_next_no(xs);
		next.items = arena_copy(&cli->arena, xs->items, xs->n, 1, sizeof(*next.items));
		if (!next.items)
			return cli_fail(cli);
		next.items[next.n++] = x;
		summary = arena_printf(&cli->arena, "ny: Ø-%d", x.no);
	} else if (strcmp(args.sub, "lesson") == 0 || strcmp(args.sub, "action") == 0) {
		struct prep_exercise *o = NULL;
		if (number(args.rest[0], &no) < 0)
			return cli_usage(cli, args.usage, "Oppgi en øvelse, for eksempel Ø-1.");
		for (size_t i = 0; i < xs->n; i++)
			if (xs->items[i].no == no)
				o = &xs->items[i];
		if (!o)
			return cli_usage(cli, args.usage, "Øvelsen Ø-%d finnes ikke.", no);
		if (strcmp(args.sub, "action") == 0) {
			int k, act;
			if (cli_number(args.rest[1], &k) < 0 || k < 1)
				return cli_usage(cli, args.usage, "Oppgi nummeret på læringspunktet, for eksempel 1.");
			if (prep_lesson_to_action(cli->db, &cli->arena, t.id, no, (size_t)k - 1, &st, &act, &cli->err) < 0)
				return cli_fail(cli);
			printf(T("Læringspunkt %d fra Ø-%d er nå oppgave T-%d.\n"), k, no, act);
			return EXIT_OK;
		}
		struct prep_lesson *ls = arena_copy(&cli->arena, o->lessons, o->n_lessons, 1, sizeof(*ls));
		if (!ls)
			return cli_fail(cli);
		ls[o->n_lessons] = (struct prep_lesson){ args.rest[1], 0 };
		o->lessons = ls;
		o->n_lessons++;
		summary = arena_printf(&cli->arena, "Ø-%d: læringspunkt %zu", no, o->n_lessons);
	} else {
		return cli_usage(cli, args.usage, "Ukjent underkommando «%s» eller feil antall argumenter.", args.sub);
	}
	if (prep_save_exercises(cli->db, &cli->arena, t.id, &next, v, summary, &st, &cli->err) < 0)
		return cli_fail(cli);
	printf(T("Øvelsene er lagret (%s).\n"), summary);
	return EXIT_OK;
}
