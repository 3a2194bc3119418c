/* cmd_finding.c: beredt finding: the findings of the checks, and their follow-up. */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/options.h"
#include "model/finding.h"
#include "app/checks.h"
#include "store/finding.h"
#include "util/date.h"

static const char help[] = N_(
	"Bruk: beredt finding list [--all] [--format text|json]\n"
	"       beredt finding show F-N\n"
	"       beredt finding ack|start|resolve F-N [--reason TEKST]\n"
	"       beredt finding accept F-N --reason TEKST --until ÅÅÅÅ-MM-DD\n"
	"       beredt finding assign F-N ... --owner NAVN [--ack]\n"
	"       beredt finding figures [--format text|json]\n"
	"       beredt finding settings [--critical DAGER] [--high DAGER] [--medium DAGER]\n"
	"                               [--low DAGER] [--restore DAGER] [--pentest DAGER]\n"
	"                               [--critical-from KRITIKALITET] [--contacts DAGER]\n"
	"                               [--exercises DAGER]\n"
	"\n"
	"Funnene fra kontrollene (beredt check). list viser de åpne (med --all også løste og\n"
	"aksepterte), alvorligste først. ack kvitterer for at funnet er sett, start at arbeidet\n"
	"er i gang, resolve at det er løst; kontrollen gjenåpner funnet hvis det finnes igjen.\n"
	"accept godtar risikoen til en dato, med en begrunnelse (lederens beslutning).\n"
	"assign setter hvem som skal rette ett eller flere funn, alle eller ingen (med --ack\n"
	"kvitteres de nye også). figures viser åpne funn etter alvorlighet, hvor mange som er\n"
	"over fristen og median tid til kvittering og til løsning.\n"
	"settings viser eller endrer fristene per alvorlighet, hvor gamle gjenopprettingstester\n"
	"og penetrasjonstester kan være, og fra hvilken kritikalitet et system regnes som kritisk.\n");

static int number(const char *s, int *no)
{
	if (s && (s[0] == 'F' || s[0] == 'f') && s[1] == '-')
		s += 2;
	return cli_number(s, no);
}

static int cmp(const void *x, const void *y)
{
	const struct finding *a = x, *b = y;
	if (a->severity != b->severity)
		return (int)b->severity - (int)a->severity;
	return a->no - b->no;
}

static int list(struct cli *cli, const struct tenant *t, bool all, bool json)
{
	struct finding *f;
	size_t n, shown = 0;
	if (store_finding_list(cli->db, &cli->arena, t->id, &f, &n, &cli->err) < 0)
		return cli_fail(cli);
	if (n)
		qsort(f, n, sizeof(*f), cmp);
	json_t *arr = json ? json_array() : NULL;
	for (size_t i = 0; i < n; i++) {
		if (!all && !finding_open(f[i].status))
			continue;
		shown++;
		if (arr) {
			json_array_append_new(arr, json_pack("{s:i, s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:b}",
				"no", f[i].no, "rule", f[i].rule, "object", f[i].object_name, "severity",
				severity_code(f[i].severity), "status", finding_status_code(f[i].status),
				"detail", finding_detail(&f[i], cli->lang), "first_seen", date_text(&cli->arena, f[i].first_seen, "-"), "due",
				date_text(&cli->arena, f[i].due, "-"), "last_seen", date_text(&cli->arena, f[i].last_seen, "-"),
				"overdue", finding_open(f[i].status) && f[i].due < cli->today));
			json_t *last = json_array_get(arr, json_array_size(arr) - 1);
			const struct finding_rule *rule = finding_rule(f[i].rule);
			if (f[i].owner)
				json_object_set_new(last, "owner", json_string(f[i].owner));
			if (rule && rule->confidence)
				json_object_set_new(last, "confidence", json_string(rule->confidence));
			continue;
		}
		printf("F-%-4d %s %s %s %s%s%s: %s%s\n", f[i].no, cli_col(cli, T(severity_code(f[i].severity)), 8),
		       cli_col(cli, T(finding_status_code(f[i].status)), 10), date_text(&cli->arena, f[i].due, "-"),
		       f[i].object_name, f[i].owner ? " → " : "", f[i].owner ? f[i].owner : "", finding_detail(&f[i], cli->lang), finding_open(f[i].status) && f[i].due < cli->today ? T(" (over fristen)") : "");
	}
	if (arr)
		return cli_print_json(cli, arr) < 0 ? cli_fail(cli) : EXIT_OK;
	if (!shown)
		puts(T("Ingen åpne funn."));
	return EXIT_OK;
}

static int show(struct cli *cli, const struct tenant *t, int no)
{
	struct finding f;
	if (store_finding_get(cli->db, &cli->arena, t->id, no, &f, &cli->err) < 0)
		return cli_fail(cli);
	const struct finding_rule *r = finding_rule(f.rule);
	printf("F-%d  %s\n", f.no, r ? T(r->title) : f.rule);
	printf("  %-14s %s\n", T("Gjelder:"), f.object_name);
	printf("  %-14s %s\n", T("Alvorlighet:"), T(severity_code(f.severity)));
	printf("  %-14s %s%s%s\n", T("Status:"), T(finding_status_code(f.status)), f.note ? ": " : "",
	       f.note ? f.note : "");
	printf("  %-14s %s\n", T("Frist:"), date_text(&cli->arena, f.due, "-"));
	printf("  %-14s %s\n", T("Ansvarlig:"), f.owner ? f.owner : "-");
	printf("  %-14s %s / %s\n", T("Sett:"), date_text(&cli->arena, f.first_seen, "-"), date_text(&cli->arena, f.last_seen, "-"));
	if (f.status == FINDING_AKSEPTERT)
		printf("  %-14s %s\n", T("Akseptert til:"), date_text(&cli->arena, f.accepted_until, "-"));
	printf("\n  %s\n", finding_detail(&f, cli->lang));
	if (r)
		printf(T("\n  Hvorfor: %s\n  Hva gjøres: %s\n  KS-tiltak: %s\n"), T(r->why), T(r->todo),
		       *r->measures ? r->measures : "-");
	return EXIT_OK;
}

static int figures(struct cli *cli, const struct tenant *t, bool json)
{
	struct finding *f;
	struct finding_figures fig;
	size_t n;
	if (store_finding_list(cli->db, &cli->arena, t->id, &f, &n, &cli->err) < 0 ||
	    finding_figures(&cli->arena, f, n, cli->today, &fig, &cli->err) < 0)
		return cli_fail(cli);
	if (json)
		return cli_print_json(cli, json_pack("{s:{s:i, s:i, s:i, s:i}, s:i, s:o, s:o}", "open",
			"kritisk", fig.open[SEV_KRITISK], "høy", fig.open[SEV_HOY], "middels", fig.open[SEV_MIDDELS],
			"lav", fig.open[SEV_LAV], "overdue", fig.overdue,
			"median_days_to_acknowledge", fig.median_ack_days < 0 ? json_null() : json_integer(fig.median_ack_days),
			"median_days_to_resolve", fig.median_resolve_days < 0 ? json_null() : json_integer(fig.median_resolve_days)))
			< 0 ? cli_fail(cli) : EXIT_OK;
	printf(T("Åpne funn: %d kritiske, %d høye, %d middels, %d lave; %d over fristen.\n"), fig.open[SEV_KRITISK],
	       fig.open[SEV_HOY], fig.open[SEV_MIDDELS], fig.open[SEV_LAV], fig.overdue);
	if (fig.median_ack_days >= 0)
		printf(i18n_n(cli->lang, "Median tid til kvittering: %d dag.\n", "Median tid til kvittering: %d dager.\n", (unsigned long)fig.median_ack_days), fig.median_ack_days);
	else
		puts(T("Ingen funn er kvittert for ennå."));
	if (fig.median_resolve_days >= 0)
		printf(i18n_n(cli->lang, "Median tid til løst: %d dag.\n", "Median tid til løst: %d dager.\n", (unsigned long)fig.median_resolve_days), fig.median_resolve_days);
	else
		puts(T("Ingen funn er løst ennå."));
	return EXIT_OK;
}

static int settings(struct cli *cli, const struct tenant *t, const int given[9])
{
	struct check_settings s;
	if (store_check_settings_load(cli->db, t->id, &s, &cli->err) < 0)
		return cli_fail(cli);
	int *field[9] = { &s.days[SEV_KRITISK], &s.days[SEV_HOY], &s.days[SEV_MIDDELS], &s.days[SEV_LAV],
			  &s.restore_days, &s.pentest_days, &s.critical_level, &s.contact_days, &s.exercise_days };
	bool change = false;
	for (int i = 0; i < 9; i++)
		if (given[i] >= 0) {
			*field[i] = given[i];
			change = true;
		}
	if (change) {
		struct store_stamp st = cli_stamp(cli);
		if (store_check_settings_save(cli->db, &cli->arena, t->id, &s, &st, &cli->err) < 0)
			return cli_fail(cli);
	}
	printf(T("Frister: kritisk %d, høy %d, middels %d, lav %d dager.\n"), s.days[SEV_KRITISK], s.days[SEV_HOY],
	       s.days[SEV_MIDDELS], s.days[SEV_LAV]);
	printf(T("Gjenopprettingstest eldst %d dager, penetrasjonstest eldst %d dager.\n"), s.restore_days,
	       s.pentest_days);
	printf(T("Kritiske systemer: de som tjenester med kritikalitet %d eller mer hviler på.\n"), s.critical_level);
	printf(T("Kontakter bekreftes minst hver %d. dag; beredskapsplanen øves minst hver %d. dag.\n"), s.contact_days,
	       s.exercise_days);
	return EXIT_OK;
}

/* An owner for one or more findings, and with ack each new one acknowledged: all or none. */
static int assign(struct cli *cli, const struct tenant *t, char *const *args, size_t n, const char *owner, bool ack)
{
	struct store_stamp st = cli_stamp(cli);
	int *nos = arena_alloc(&cli->arena, (n + 1) * sizeof(*nos));
	size_t acked;
	if (!nos)
		return err_set(&cli->err, "Tom for minne."), cli_fail(cli);
	if ((!owner || !*owner) && !ack)
		return cli_usage(cli, "beredt finding assign F-N ... --owner NAVN [--ack]", "Ansvarlig mangler: oppgi --owner NAVN (eller --ack for å kvittere).");
	for (size_t i = 0; i < n; i++)
		if (number(args[i], &nos[i]) < 0)
			return cli_usage(cli, "beredt finding assign F-N ... --owner NAVN [--ack]",
					 "«%s» er ikke et funn (for eksempel F-3).", args[i]);
	if (store_finding_many(cli->db, &cli->arena, t->id, nos, n, owner, ack, &st, &acked, &cli->err) < 0)
		return cli_fail(cli);
	for (size_t i = 0; owner && *owner && i < n; i++)
		printf(T("F-%d: ansvarlig er nå %s.\n"), nos[i], owner);
	if (ack)
		printf(i18n_n(cli->lang, "%zu nytt funn er kvittert for.\n", "%zu nye funn er kvittert for.\n",
			      (unsigned long)acked), acked);
	return EXIT_OK;
}

int cmd_finding(struct cli *cli, int argc, char **argv)
{
	const char *reason = NULL, *owner = NULL;
	int given[9] = { -1, -1, -1, -1, -1, -1, -1, -1, -1 };
	bool all = false, json = false, ack = false;
	int32_t until = DATE_NONE;
	struct tenant t;
	int no;
	static const struct cli_sub subs[] = { { "list", 0, 0 }, { "show", 1, 1 }, { "ack", 1, 1 }, { "start", 1, 1 }, { "resolve", 1, 1 }, { "accept", 1, 1 }, { "assign", 1, -1 }, { "figures", 0, 0 }, { "settings", 0, 0 } };
	const struct cli_opt opts[] = {
		{ "all", CLI_OPT_FLAG, &all, NULL }, { "reason", CLI_OPT_TEXT, &reason, "TEKST" },
		{ "until", CLI_OPT_DATE, &until, NULL }, { "format", CLI_OPT_FORMAT, &json, NULL },
		{ "owner", CLI_OPT_TEXT, &owner, "NAVN" }, { "ack", CLI_OPT_FLAG, &ack, NULL }, { "critical", CLI_OPT_NUMBER, &given[0], "DAGER" },
		{ "high", CLI_OPT_NUMBER, &given[1], "DAGER" }, { "medium", CLI_OPT_NUMBER, &given[2], "DAGER" },
		{ "low", CLI_OPT_NUMBER, &given[3], "DAGER" }, { "restore", CLI_OPT_NUMBER, &given[4], "DAGER" },
		{ "pentest", CLI_OPT_NUMBER, &given[5], "DAGER" }, { "critical-from", CLI_OPT_NUMBER, &given[6], "N" },
		{ "contacts", CLI_OPT_NUMBER, &given[7], "DAGER" }, { "exercises", CLI_OPT_NUMBER, &given[8], "DAGER" },
	};
	const struct cli_spec spec = { "finding", help, subs, CLI_COUNT(subs), opts, CLI_COUNT(opts) };
	struct cli_args args;
	if (cli_parse(cli, &spec, argc, argv, &args) < 0)
		return args.exit;
	const char *arg = args.n ? args.rest[0] : NULL;
	if (cli_tenant(cli, &t) < 0)
		return cli_fail(cli);
	if (strcmp(args.sub, "list") == 0)
		return list(cli, &t, all, json);
	if (strcmp(args.sub, "figures") == 0)
		return figures(cli, &t, json);
	if (strcmp(args.sub, "settings") == 0)
		return settings(cli, &t, given);
	if (strcmp(args.sub, "assign") == 0)
		return assign(cli, &t, args.rest, args.n, owner, ack);
	if (args.n != 1 || number(arg, &no) < 0)
		return cli_usage(cli, args.usage, "Oppgi ett funn, for eksempel F-3.");
	if (strcmp(args.sub, "show") == 0)
		return show(cli, &t, no);
	static const struct { const char *name; enum finding_status to; } moves[] = {
		{ "ack", FINDING_KVITTERT }, { "start", FINDING_PAGAR }, { "resolve", FINDING_RESOLVED },
		{ "accept", FINDING_AKSEPTERT },
	};
	for (size_t i = 0; i < sizeof(moves) / sizeof(moves[0]); i++) {
		if (strcmp(args.sub, moves[i].name) != 0)
			continue;
		struct store_stamp st = cli_stamp(cli);
		/* the pages ask first; here it is said, for scripts that resolve in bulk */
		struct finding f;
		bool still = false;
		const char *detail = NULL;
		if (moves[i].to == FINDING_RESOLVED &&
		    checks_still_found(cli->db, &cli->arena, t.id, st.today, no, &f, &still, &detail, &cli->err) < 0)
			return cli_fail(cli);
		if (store_finding_set(cli->db, &cli->arena, t.id, no, moves[i].to, reason, until, &st, &cli->err) < 0)
			return cli_fail(cli);
		printf(T("F-%d har nå status «%s».\n"), no, T(finding_status_code(moves[i].to)));
		if (still)
			fprintf(stderr, T("Advarsel: kontrollene finner fortsatt dette (%s), så neste kontroll gjenåpner "
					  "F-%d. Endre registeret eller sikkerhetsprofilen.\n"), detail ? detail : "", no);
		return EXIT_OK;
	}
	return cli_usage(cli, args.usage, "Ukjent underkommando «%s».", args.sub);
}
