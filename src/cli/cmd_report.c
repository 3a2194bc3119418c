/* cmd_report.c: beredt report: the leadership report. */
#include <stdio.h>
#include <string.h>

#include "app/coop.h"
#include "app/annual_run.h"
#include "app/report_run.h"
#include "render/annual.h"
#include "render/inspection.h"
#include "util/date.h"
#include "render/coop_report.h"
#include "cli/options.h"
#include "render/report_format.h"
#include "render/report_public.h"
#include "util/file.h"

static const char help[] = N_(
	"Bruk: beredt report [--round N] [--format html|md|json|pdf|docx] [--lang nb|en] [--out FIL]\n"
	"       beredt report --for politikere [--round N] [--format html|pdf|docx] [--lang nb|en] [--out FIL]\n"
	"       beredt report --kind internkontroll [--year ÅR] [--format html|pdf|docx] [--lang nb|en] [--out FIL]\n"
	"       beredt report --kind tilsyn [--format pdf|docx|html] [--lang nb|en] [--out FIL]\n"
	"\n"
	"Lager lederrapporten for siste runde (eller runde N): hvor kommunen står per område\n"
	"(i ord og tall), hvert tiltak som ikke er på plass med plan, ansvarlig og frist,\n"
	"forfalte oppgaver, hva som er endret siden forrige runde, og beslutningene\n"
	"kommunedirektøren bes om å ta. HTML er én selvstendig fil som kan skrives ut på A4.\n"
	"PDF (WeasyPrint) har merkingen øverst på hver side og «side N av M» nederst; Word\n"
	"(pandoc) har overskriftene som Words egne, så teksten kan flyttes inn i kommunens mal.\n"
	"Merkingen er innstillingen [report] marking (BEREDT_REPORT_MARKING).\n"
	"--for politikere lager sammendraget for formannskap og kommunestyre: høyst tre sider\n"
	"på vanlig bokmål, med vedtakene som foreslås og pengene oppgavene er anslått å koste\n"
	"(summert per budsjettår og område), og uten produktnavn, versjoner, maskinnavn eller\n"
	"CVE-numre, så det kan offentliggjøres. --for ledelse (standard) er den administrative\n"
	"rapporten med teknisk vedlegg.\n"
	"--kind internkontroll lager kommunedirektørens årlige rapport om internkontroll\n"
	"(kommuneloven § 25-2) for informasjonssikkerhet og beredskap for året (standard: i år):\n"
	"hva som ble undersøkt, avvikene, hva som ble gjort og hva som er planlagt.\n"
	"--kind tilsyn lager dokumentasjonen til Statsforvalterens tilsyn med beredskapsplikten:\n"
	"helhetlig ROS, beredskapsplanen og revisjonene av den, øvelser og evaluering,\n"
	"godkjenninger og bevisene, som én PDF med innholdsfortegnelse og filene lagt ved.\n"
	"Uten --out skrives rapporten til standard ut.\n");

/* Write a finished document to path ("-": standard output). */
static int write_out(struct cli *cli, struct buf *b, const char *path)
{
	int rc = file_write(path, b->data, b->len, &cli->err);
	buf_release(b);
	if (rc < 0)
		return cli_fail(cli);
	if (strcmp(path, "-") != 0)
		fprintf(stderr, T("Skrev rapporten til %s.\n"), path);
	return EXIT_OK;
}

/* The yearly report on internal control (year 0: this year's). */
static int annual(struct cli *cli, const struct tenant *t, enum report_format fmt, enum lang lang, int year,
		  const char *out, const char *usage)
{
	struct annual y;
	struct buf b;
	int ty, tm, td;
	if (t->cooperation)
		return cli_usage(cli, usage, "Internkontrollrapporten lages for en kommune, ikke et samarbeid.");
	date_to_ymd(cli->today, &ty, &tm, &td);
	if (annual_run(cli->db, &cli->arena, t, year ? year : ty, cli->today, cli->now, &y, &cli->err) < 0)
		return cli_fail(cli);
	buf_init(&b, 0);
	if (annual_render(&cli->arena, &y, fmt, lang, cli->settings->report_marking, cli->settings->path, &b,
			  &cli->err) < 0) {
		buf_release(&b);
		return cli_fail(cli);
	}
	return write_out(cli, &b, out);
}

/* The inspection pack (PDF unless another format is asked for). */
static int inspection(struct cli *cli, const struct tenant *t, enum report_format fmt, enum lang lang, const char *out,
		      const char *usage)
{
	struct inspection x;
	struct buf b;
	if (t->cooperation)
		return cli_usage(cli, usage, "Tilsynsdokumentasjonen lages for en kommune, ikke et samarbeid.");
	if (inspection_run(cli->db, &cli->arena, t, cli->today, cli->now, &x, &cli->err) < 0)
		return cli_fail(cli);
	buf_init(&b, 0);
	if (inspection_render(&cli->arena, &x, fmt, lang, cli->settings->report_marking, cli->settings->path,
			      cli->settings->tmpdir, &b, &cli->err) < 0) {
		buf_release(&b);
		return cli_fail(cli);
	}
	return write_out(cli, &b, out);
}

int cmd_report(struct cli *cli, int argc, char **argv)
{
	enum report_format fmt = REPORT_HTML;
	enum lang lang = cli->lang;
	const char *out = "-", *format = NULL, *lang_text = NULL, *audience = NULL, *kind = NULL;
	int no = 0, year = 0;
	struct tenant t;
	struct report rep;
	struct buf b;

	const struct cli_opt opts[] = {
		{ "round", CLI_OPT_NUMBER, &no, "N" }, { "format", CLI_OPT_TEXT, &format, "html|md|json|pdf|docx" },
		{ "lang", CLI_OPT_TEXT, &lang_text, "nb|en" }, { "out", CLI_OPT_TEXT, &out, "FIL" },
		{ "for", CLI_OPT_TEXT, &audience, "politikere|ledelse" },
		{ "kind", CLI_OPT_TEXT, &kind, "lederrapport|internkontroll|tilsyn" }, { "year", CLI_OPT_NUMBER, &year, "ÅR" },
	};
	const struct cli_spec spec = { "report", help, NULL, 0, opts, CLI_COUNT(opts) };
	struct cli_args args;
	if (cli_parse(cli, &spec, argc, argv, &args) < 0)
		return args.exit;
	if (args.n)
		return cli_usage(cli, args.usage, "report tar ingen argumenter utenom valgene.");
	if (format && report_format_parse(format, &fmt, &cli->err) < 0)
		return cli_fail(cli);
	if (lang_text && i18n_parse(lang_text, &lang) < 0)
		return cli_usage(cli, args.usage, "Ukjent språk «%s».", lang_text);
	bool public = false;
	if (audience && strcmp(audience, "politikere") != 0 && strcmp(audience, "politicians") != 0 &&
	    strcmp(audience, "ledelse") != 0 && strcmp(audience, "leadership") != 0)
		return cli_usage(cli, args.usage, "Ukjent mottaker «%s»: bruk politikere eller ledelse.", audience);
	public = audience && (strcmp(audience, "politikere") == 0 || strcmp(audience, "politicians") == 0);
	if (cli_tenant(cli, &t) < 0)
		return cli_fail(cli);
	if (kind && strcmp(kind, "internkontroll") == 0)
		return annual(cli, &t, fmt, lang, year, out, args.usage);
	if (kind && strcmp(kind, "tilsyn") == 0)
		return inspection(cli, &t, format ? fmt : REPORT_PDF, lang, out, args.usage);
	if (kind && strcmp(kind, "lederrapport") != 0)
		return cli_usage(cli, args.usage, "Ukjent rapport «%s»: bruk lederrapport, internkontroll eller tilsyn.",
				 kind);
	if (public && t.cooperation)
		return cli_usage(cli, args.usage, "Sammendraget for folkevalgte lages for en kommune, ikke et samarbeid.");
	if (t.cooperation && (fmt == REPORT_PDF || fmt == REPORT_DOCX))
		return cli_usage(cli, args.usage, "Samarbeidets rapport finnes som html, md og json.");
	/* a cooperation reports to its board: its members side by side and the shared risks */
	struct coop_report cr;
	if (t.cooperation ? coop_report_run(cli->db, &cli->arena, &t, cli->today, cli->now, &cr, &cli->err) < 0
	    : report_run(cli->db, &cli->arena, &t, no, cli->today, cli->now, true, &rep, &cli->err) < 0)
		return cli_fail(cli);
	struct report_public pub;
	buf_init(&b, 0);
	if ((public ? (report_public_build(&cli->arena, &rep, &pub, &cli->err) < 0
		       ? -1 : report_public_render(&cli->arena, &pub, fmt, lang, cli->settings->path, &b, &cli->err))
	     : t.cooperation ? coop_report_render(&cli->arena, &cr, fmt, lang, &b, &cli->err)
	     : report_render_document(&cli->arena, &rep, fmt, lang, cli->settings->report_marking, cli->settings->path,
				      &b, &cli->err)) < 0) {
		buf_release(&b);
		return cli_fail(cli);
	}
	return write_out(cli, &b, out);
}
