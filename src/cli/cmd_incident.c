/* cmd_incident.c: beredt incident: the log of a declared crisis, with the clocks of the
 * duties to notify. Entries are only appended; a correction is a new entry. */
#include <stdio.h>
#include <string.h>

#include "cli/options.h"
#include "app/breach_run.h"
#include "app/impact.h"
#include "app/prep_docs.h"
#include "render/breach.h"
#include "util/file.h"
#include "model/prep.h"
#include "store/prep.h"
#include "util/date.h"

static const char help[] = N_(
	"Bruk: beredt incident declare TITTEL [--scenario S] [--personal-data] [--essential] [--aware TID]\n"
	"       beredt incident log H-N --kind observasjon|beslutning|oppgave|varsling|korrigering|avsluttet TEKST\n"
	"       beredt incident notify H-N --to MOTTAKER [--contact NAVN] [--at TID] [--ref REFERANSE]\n"
	"       beredt incident aware H-N --at TID\n"
	"       beredt incident show H-N\n"
	"       beredt incident list\n"
	"       beredt incident notice H-N --to datatilsynet [--systems NAVN,NAVN] [--format pdf|docx|html]\n"
	"                              [--lang nb|en] [--out FIL]\n"
	"\n"
	"Hendelsesloggen når en krise er erklært: tidsstemplede observasjoner, beslutninger (med\n"
	"hvem som bestemte), oppgaver og varsler, med klokkene for fristene: Datatilsynet innen 72\n"
	"timer når personopplysninger er rammet (--personal-data), NSM innen 24 timer for\n"
	"samfunnsviktige tjenester (--essential), regnet fra da kommunen ble kjent med hendelsen\n"
	"(--aware; ellers erklæringen). Bare en registrert varsling (notify) stopper klokken, aldri\n"
	"teksten i en innføring. Mottakere: datatilsynet, nsm, politiet, kommunecert, forsikring,\n"
	"statsforvalteren, kontakt (med --contact). TID er norsk tid, ÅÅÅÅ-MM-DD TT:MM, eller UTC\n"
	"med Z; uten --at er det nå. Loggen kan bare utvides; en rettelse er en ny innføring.\n"
	"avsluttet lukker den.\n"
	"notice lager utkastet til meldingen om brudd på personopplysningssikkerheten til\n"
	"Datatilsynet, med fristen (72 timer fra da kommunen ble kjent med bruddet) på første\n"
	"linje, fylt ut fra loggen, beredskapsplanens personvernombud og, for systemene som er\n"
	"rammet (--systems), tjenestene med personopplysninger; det en person må skrive er merket.\n");

/* The draft breach notification of incident no. */
static int notice(struct cli *cli, const struct tenant *t, int no, const char *to, const char *systems,
		  const char *format, const char *lang_text, const char *out)
{
	enum report_format fmt = REPORT_PDF;
	enum lang lang = cli->lang;
	const char *names[IMPACT_NAMES_MAX];
	size_t n = 0;
	struct breach_notice bn;
	struct buf b;
	if (!to || strcmp(to, "datatilsynet") != 0)
		return cli_usage(cli, "beredt incident notice H-N --to datatilsynet", "Utkastet lages for Datatilsynet: "
				 "bruk --to datatilsynet.");
	if ((format && report_format_parse(format, &fmt, &cli->err) < 0))
		return cli_fail(cli);
	if (lang_text && i18n_parse(lang_text, &lang) < 0)
		return cli_usage(cli, "beredt incident notice H-N --lang nb|en", "Ukjent språk «%s».", lang_text);
	n = breach_names(&cli->arena, systems, names, IMPACT_NAMES_MAX);
	if (breach_run(cli->db, &cli->arena, t, no, names, n, cli->now, lang, &bn, &cli->err) < 0)
		return cli_fail(cli);
	buf_init(&b, 0);
	if (breach_render(&cli->arena, &bn, fmt, lang, cli->settings->report_marking, cli->settings->path, &b,
			  &cli->err) < 0 ||
	    file_write(out ? out : "-", b.data, b.len, &cli->err) < 0) {
		buf_release(&b);
		return cli_fail(cli);
	}
	buf_release(&b);
	if (out && strcmp(out, "-") != 0)
		fprintf(stderr, T("Skrev utkastet til %s; fristen er %s.\n"), out, breach_deadline_text(&cli->arena, &bn));
	return EXIT_OK;
}

static int number(const char *s, int *no)
{
	if (s && (s[0] == 'H' || s[0] == 'h') && s[1] == '-')
		s += 2;
	return cli_number(s, no);
}

/* A time from the command line (Oslo time or UTC, util/date.h) as a UTC timestamp; now
 * when not given. */
static const char *when(struct cli *cli, const char *given, const char *now)
{
	const char *ts = given ? date_local_timestamp(&cli->arena, given) : now;
	if (!ts)
		err_set(&cli->err, "«%s» er ikke et tidspunkt; skriv ÅÅÅÅ-MM-DD TT:MM (norsk tid) eller "
			"ÅÅÅÅ-MM-DDTTT:MM:SSZ (UTC).", given);
	return ts;
}

static const char *local(struct cli *cli, const char *ts)
{
	return date_local_text(&cli->arena, ts);
}

static int show(struct cli *cli, int64_t tenant, int no)
{
	struct incident x;
	struct prep_clock clk[2];
	int64_t now;
	if (store_incident_get(cli->db, &cli->arena, tenant, no, &x, &cli->err) < 0 ||
	    date_timestamp_parse(cli->now, &now) < 0)
		return cli_fail(cli);
	prep_incident_state(&cli->arena, &x, now, clk);
	printf("H-%d %s%s\n", x.no, x.title, x.closed ? T(" (avsluttet)") : "");
	printf(T("Erklært %s av %s.\n"), local(cli, x.declared_at), x.declared_by);
	printf(T("Kommunen ble kjent med hendelsen %s; fristene regnes fra da.\n"), local(cli, x.aware_at));
	for (int k = 0; k < 2; k++) {
		if (!clk[k].applies)
			continue;
		if (clk[k].done)
			printf(T("  %s (%d timer): varslet.\n"), clk[k].to, clk[k].hours);
		else if (clk[k].left_minutes >= 0)
			printf(T("  %s (%d timer): %lld t %02lld min igjen.\n"), clk[k].to, clk[k].hours,
			       clk[k].left_minutes / 60, clk[k].left_minutes % 60);
		else
			printf(T("  %s (%d timer): FRISTEN ER PASSERT for %lld t %02lld min siden.\n"), clk[k].to,
			       clk[k].hours, -clk[k].left_minutes / 60, -clk[k].left_minutes % 60);
	}
	for (size_t i = 0; i < x.n_notices; i++) {
		const struct incident_notice *v = &x.notices[i];
		int r = prep_receiver_parse(v->receiver, &cli->err);
		printf(T("  Varslet %s %s%s%s (ført av %s).\n"), v->contact ? v->contact : T(prep_receiver_label(r)),
		       local(cli, v->notified_at), v->reference ? T(", referanse ") : "", v->reference ? v->reference : "",
		       v->recorded_by);
	}
	putchar('\n');
	for (size_t i = 0; i < x.n_entries; i++)
		printf("%s %s %s %s\n", local(cli, x.entries[i].at), cli_col(cli, x.entries[i].kind, 12),
		       cli_col(cli, x.entries[i].by, 14), x.entries[i].text);
	return EXIT_OK;
}

int cmd_incident(struct cli *cli, int argc, char **argv)
{
	const char *kind = NULL, *aware = NULL, *systems = NULL, *format = NULL, *lang = NULL, *out = NULL;
	const char *at = NULL;
	struct incident_notice nt = { 0 };
	struct incident x = { 0 };
	struct tenant t;
	int no;
	static const struct cli_sub subs[] = { { "declare", 1, 1 }, { "log", 2, 2 }, { "notify", 1, 1 }, { "aware", 1, 1 }, { "show", 1, 1 }, { "list", 0, 0 },
					       { "notice", 1, 1 } };
	const struct cli_opt opts[] = {
		{ "scenario", CLI_OPT_TEXT, &x.scenario, "SCENARIO" }, { "personal-data", CLI_OPT_FLAG, &x.personal_data, NULL },
		{ "essential", CLI_OPT_FLAG, &x.essential, NULL }, { "kind", CLI_OPT_TEXT, &kind, "TYPE" },
		{ "aware", CLI_OPT_TEXT, &aware, "TID" }, { "to", CLI_OPT_TEXT, &nt.receiver, "MOTTAKER" },
		{ "contact", CLI_OPT_TEXT, &nt.contact, "NAVN" }, { "at", CLI_OPT_TEXT, &at, "TID" },
		{ "ref", CLI_OPT_TEXT, &nt.reference, "REF" }, { "systems", CLI_OPT_TEXT, &systems, "NAVN,NAVN" },
		{ "format", CLI_OPT_TEXT, &format, "pdf|docx|html" }, { "lang", CLI_OPT_TEXT, &lang, "nb|en" },
		{ "out", CLI_OPT_TEXT, &out, "FIL" },
	};
	const struct cli_spec spec = { "incident", help, subs, CLI_COUNT(subs), opts, CLI_COUNT(opts) };
	struct cli_args args;
	if (cli_parse(cli, &spec, argc, argv, &args) < 0)
		return args.exit;
	if (cli_tenant(cli, &t) < 0)
		return cli_fail(cli);
	struct store_stamp st = cli_stamp(cli);
	if (strcmp(args.sub, "declare") == 0) {
		x.title = args.rest[0];
		if ((aware && !(x.aware_at = when(cli, aware, st.at))) ||
		    store_incident_declare(cli->db, t.id, &x, &st, &cli->err) < 0)
			return cli_fail(cli);
		printf(T("Hendelse H-%d er erklært; loggen er startet.\n"), x.no);
		return EXIT_OK;
	}
	if (strcmp(args.sub, "list") == 0) {
		struct incident *all;
		size_t na;
		if (store_incident_list(cli->db, &cli->arena, t.id, &all, &na, &cli->err) < 0)
			return cli_fail(cli);
		for (size_t i = 0; i < na; i++)
			printf("H-%-3d %s %s%s\n", all[i].no, local(cli, all[i].declared_at), all[i].title,
			       all[i].closed ? T(" (avsluttet)") : "");
		if (!na)
			puts(T("Ingen hendelser er erklært."));
		return EXIT_OK;
	}
	if (args.n < 1 || number(args.rest[0], &no) < 0)
		return cli_usage(cli, args.usage, "Oppgi en hendelse, for eksempel H-1.");
	if (strcmp(args.sub, "show") == 0)
		return show(cli, t.id, no);
	if (strcmp(args.sub, "notice") == 0)
		return notice(cli, &t, no, nt.receiver, systems, format, lang, out);
	if (strcmp(args.sub, "log") == 0) {
		if (store_incident_append(cli->db, &cli->arena, t.id, no, kind ? kind : "observasjon", args.rest[1], &st,
					  &cli->err) < 0)
			return cli_fail(cli);
		printf(T("Ført i loggen for H-%d.\n"), no);
		return EXIT_OK;
	}
	if (strcmp(args.sub, "notify") == 0) {
		if (!nt.receiver)
			return cli_usage(cli, "beredt incident notify H-N --to MOTTAKER", "--to må oppgis.");
		if (!(nt.notified_at = when(cli, at, st.at)) ||
		    store_incident_notify(cli->db, &cli->arena, t.id, no, &nt, &st, &cli->err) < 0)
			return cli_fail(cli);
		printf(T("Varslingen er registrert for H-%d.\n"), no);
		return EXIT_OK;
	}
	if (strcmp(args.sub, "aware") == 0) {
		const char *ts;
		if (!at)
			return cli_usage(cli, "beredt incident aware H-N --at TID", "--at må oppgis.");
		if (!(ts = when(cli, at, st.at)) || store_incident_aware(cli->db, &cli->arena, t.id, no, ts, &st, &cli->err) < 0)
			return cli_fail(cli);
		printf(T("H-%d: fristene regnes nå fra %s.\n"), no, local(cli, ts));
		return EXIT_OK;
	}
	return cli_usage(cli, args.usage, "Ukjent underkommando «%s» eller feil antall argumenter.", args.sub);
}
