/* cmd_report.c: beredt report: the leadership report. */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "app/checks.h"
#include "app/prep.h"
#include "store/finding.h"
#include "cli/cli.h"
#include "render/report.h"
#include "store/report.h"
#include "util/file.h"

static const char help[] = N_(
	"Bruk: beredt report [--round N] [--format html|md|json] [--lang nb|en] [--out FIL]\n"
	"\n"
	"Lager lederrapporten for siste runde (eller runde N): hvor kommunen står per område\n"
	"(i ord og tall), hvert tiltak som ikke er på plass med plan, ansvarlig og frist,\n"
	"forfalte tiltak, hva som er endret siden forrige runde, og beslutningene\n"
	"kommunedirektøren bes om å ta. HTML er én selvstendig fil som kan skrives ut på A4.\n"
	"Uten --out skrives rapporten til standard ut.\n");

int cmd_report(struct cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "round", required_argument, NULL, 'r' }, { "format", required_argument, NULL, 'f' },
		{ "lang", required_argument, NULL, 'l' }, { "out", required_argument, NULL, 'o' },
		{ "help", no_argument, NULL, 'h' }, { 0, 0, 0, 0 },
	};
	const char *usage = "beredt report [--round N] [--format html|md|json] [--lang nb|en] [--out FIL]";
	enum report_format fmt = REPORT_HTML;
	enum lang lang = cli->lang;
	const char *out = "-";
	int no = 0, c;
	struct tenant t;
	struct report_input in;
	struct evidence ev[EV_COUNT];
	struct report rep;
	struct buf b;

	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'r':
			if (cli_number(optarg, &no) < 0)
				return cli_usage(cli, usage, "«%s» er ikke et rundenummer.", optarg);
			break;
		case 'f':
			if (report_format_parse(optarg, &fmt, &cli->err) < 0)
				return cli_fail(cli);
			break;
		case 'l':
			if (i18n_parse(optarg, &lang) < 0)
				return cli_usage(cli, usage, "Ukjent språk «%s».", optarg);
			break;
		case 'o': out = optarg; break;
		case 'h': return cli_help(cli, help);
		default: return cli_usage(cli, usage, "Ukjent valg.");
		}
	}
	if (optind < argc)
		return cli_usage(cli, usage, "report tar ingen argumenter utenom valgene.");
	if (cli_tenant(cli, &t) < 0 ||
	    store_report_input(cli->db, &cli->arena, &t, no, cli->today, cli->now, &in, &cli->err) < 0 ||
	    checks_evidence(cli->db, &cli->arena, t.id, cli->today, ev, &cli->err) < 0)
		return cli_fail(cli);
	in.evidence = ev;
	struct report_prep rp;
	struct check_settings set;
	if (store_check_settings_load(cli->db, t.id, &set, &cli->err) < 0 ||
	    prep_report(cli->db, &cli->arena, t.id, cli->today, set.contact_days, &rp, &cli->err) < 0)
		return cli_fail(cli);
	in.prep = &rp;
	if (report_build(&cli->arena, &in, &rep, &cli->err) < 0)
		return cli_fail(cli);
	buf_init(&b, 0);
	if (report_render(&cli->arena, &rep, fmt, lang, &b, &cli->err) < 0 ||
	    file_write(out, b.data, b.len, &cli->err) < 0) {
		buf_release(&b);
		return cli_fail(cli);
	}
	buf_release(&b);
	if (strcmp(out, "-") != 0)
		fprintf(stderr, T("Skrev rapporten til %s.\n"), out);
	return EXIT_OK;
}
