/* cmd_finding.c: beredt finding: the findings of the checks, and their follow-up. */
#include <getopt.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "model/finding.h"
#include "store/finding.h"
#include "util/date.h"

static const char help[] = N_(
	"Bruk: beredt finding list [--all] [--format text|json]\n"
	"       beredt finding show F-N\n"
	"       beredt finding ack|start|resolve F-N [--reason TEKST]\n"
	"       beredt finding accept F-N --reason TEKST --until ÅÅÅÅ-MM-DD\n"
	"\n"
	"Funnene fra kontrollene (beredt check). list viser de åpne (med --all også løste og\n"
	"aksepterte), alvorligste først. ack kvitterer for at funnet er sett, start at arbeidet\n"
	"er i gang, resolve at det er løst; kontrollen gjenåpner funnet hvis det finnes igjen.\n"
	"accept godtar risikoen til en dato, med en begrunnelse (lederens beslutning).\n");

static int number(const char *s, int *no)
{
	if (s && (s[0] == 'F' || s[0] == 'f') && s[1] == '-')
		s += 2;
	return cli_number(s, no);
}

static const char *day(struct cli *cli, int32_t d)
{
	char *t = arena_alloc(&cli->arena, DATE_TEXT);
	if (!t || d == DATE_NONE)
		return "-";
	date_format(d, t);
	return t;
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
				"detail", f[i].detail, "first_seen", day(cli, f[i].first_seen), "due",
				day(cli, f[i].due), "last_seen", day(cli, f[i].last_seen),
				"overdue", finding_open(f[i].status) && f[i].due < cli->today));
			continue;
		}
		printf("F-%-4d %s %s %s %s: %s%s\n", f[i].no, cli_col(cli, T(severity_code(f[i].severity)), 8),
		       cli_col(cli, T(finding_status_code(f[i].status)), 10), day(cli, f[i].due),
		       f[i].object_name, f[i].detail, finding_open(f[i].status) && f[i].due < cli->today ? T(" (over fristen)") : "");
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
	printf("  %-14s %s\n", T("Frist:"), day(cli, f.due));
	printf("  %-14s %s / %s\n", T("Sett:"), day(cli, f.first_seen), day(cli, f.last_seen));
	if (f.status == FINDING_AKSEPTERT)
		printf("  %-14s %s\n", T("Akseptert til:"), day(cli, f.accepted_until));
	printf("\n  %s\n", f.detail);
	if (r)
		printf(T("\n  Hvorfor: %s\n  Hva gjøres: %s\n  KS-tiltak: %s\n"), T(r->why), T(r->todo),
		       *r->measures ? r->measures : "-");
	return EXIT_OK;
}

int cmd_finding(struct cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "all", no_argument, NULL, 'a' }, { "reason", required_argument, NULL, 'r' },
		{ "until", required_argument, NULL, 'u' }, { "format", required_argument, NULL, 'f' },
		{ "help", no_argument, NULL, 'h' }, { 0, 0, 0, 0 },
	};
	const char *usage = "beredt finding list|show|ack|start|resolve|accept", *reason = NULL;
	bool all = false, json = false;
	int32_t until = DATE_NONE;
	struct tenant t;
	int c, no;
	if (argc >= 2 && cli_is_help(argv[1]))
		return cli_help(cli, help);
	if (argc < 2)
		return cli_usage(cli, usage, "Mangler underkommando.");
	while ((c = getopt_long(argc - 1, argv + 1, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'a': all = true; break;
		case 'r': reason = optarg; break;
		case 'u':
			if (date_parse(optarg, &until) < 0)
				return cli_usage(cli, "--until ÅÅÅÅ-MM-DD", "«%s» er ikke en dato.", optarg);
			break;
		case 'f':
			if (cli_format(cli, optarg, &json) < 0)
				return cli_fail(cli);
			break;
		case 'h': return cli_help(cli, help);
		default: return cli_usage(cli, usage, "Ukjent valg.");
		}
	}
	const char *sub = argv[1], *arg = optind + 1 < argc ? argv[optind + 1] : NULL;
	int n = argc - 1 - optind;
	if (cli_tenant(cli, &t) < 0)
		return cli_fail(cli);
	if (strcmp(sub, "list") == 0 && n == 0)
		return list(cli, &t, all, json);
	if (n != 1 || number(arg, &no) < 0)
		return cli_usage(cli, usage, "Oppgi ett funn, for eksempel F-3.");
	if (strcmp(sub, "show") == 0)
		return show(cli, &t, no);
	static const struct { const char *name; enum finding_status to; } moves[] = {
		{ "ack", FINDING_KVITTERT }, { "start", FINDING_PAGAR }, { "resolve", FINDING_LOST },
		{ "accept", FINDING_AKSEPTERT },
	};
	for (size_t i = 0; i < sizeof(moves) / sizeof(moves[0]); i++) {
		if (strcmp(sub, moves[i].name) != 0)
			continue;
		struct store_stamp st = cli_stamp(cli);
		if (store_finding_set(cli->db, &cli->arena, t.id, no, moves[i].to, reason, until, &st, &cli->err) < 0)
			return cli_fail(cli);
		printf(T("F-%d er nå %s.\n"), no, T(finding_status_code(moves[i].to)));
		return EXIT_OK;
	}
	return cli_usage(cli, usage, "Ukjent underkommando «%s».", sub);
}
