/* cmd_plan.c: beredt plan and beredt kit: the contingency plan (measure 4a) and the
 * offline crisis kit made from it. */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/kit.h"
#include "app/prep_docs.h"
#include "cli/options.h"
#include "io/prep_json.h"
#include "model/assess.h"
#include "util/buf.h"
#include "util/date.h"
#include "util/file.h"
#include "util/limits.h"

static const char plan_help[] = N_(
	"Bruk: beredt plan show [--format text|json]\n"
	"       beredt plan init\n"
	"       beredt plan import FIL\n"
	"       beredt plan card SCENARIO\n"
	"       beredt plan reviewed [--leader-report]\n"
	"\n"
	"Beredskapsplanen for et dataangrep eller tap av IKT: når den aktiveres og av hvem,\n"
	"kriseorganisasjonen med stedfortredere, og tiltakskort per scenario (første time,\n"
	"hvem gjør hva, varsling med frister, hva som sies til ansatte og innbyggere). init\n"
	"lager planen fra malen (løsepengevirus, datalekkasje, tap av AD, e-post, telefoni\n"
	"eller Helsenett, kompromittert leverandør). import leser hele planen som JSON (som\n"
	"show --format json skriver). reviewed sier at planen er gjennomgått i dag;\n"
	"--leader-report at sikkerhets- og personvernrapporten er lagt fram for ledelsen (5b).\n"
	"Hver endring er en ny versjon; ingen versjon overskrives.\n");

static int show(struct cli *cli, const struct prep_all *p, bool json)
{
	if (json)
		return cli_print_json(cli, prep_plan_json(&p->plan)) < 0 ? cli_fail(cli) : EXIT_OK;
	if (!p->version[PREP_PLAN]) {
		puts(T("Kommunen har ingen beredskapsplan ennå. Lag en fra malen med beredt plan init."));
		return EXIT_OK;
	}
	char d[DATE_TEXT] = "-";
	if (p->plan.reviewed_on != DATE_NONE)
		date_format(p->plan.reviewed_on, d);
	printf(T("Beredskapsplan, versjon %d; gjennomgått %s.\n\n"), p->version[PREP_PLAN], d);
	if (p->plan.activation)
		printf("%s\n\n", p->plan.activation);
	for (size_t i = 0; i < p->plan.n_roles; i++)
		printf("  %s %s (%s %s)\n", cli_col(cli, p->plan.roles[i].role, 26),
		       p->plan.roles[i].person ? p->plan.roles[i].person : "-", T("stedfortreder"),
		       p->plan.roles[i].deputy ? p->plan.roles[i].deputy : "-");
	puts("");
	for (size_t i = 0; i < p->plan.n_cards; i++)
		printf("  %s %s\n", cli_col(cli, p->plan.cards[i].scenario, 26), p->plan.cards[i].title);
	return EXIT_OK;
}

static int card(struct cli *cli, const struct prep_all *p, const char *scenario)
{
	struct prep_plan tmpl;
	const struct prep_plan *plan = &p->plan;
	if (!p->version[PREP_PLAN]) {
		if (prep_plan_template(&cli->arena, &tmpl) < 0)
			return cli_fail(cli);
		plan = &tmpl;
	}
	const struct prep_card *c = prep_card_find(plan, scenario);
	if (!c)
		return cli_usage(cli, "beredt plan card SCENARIO", "Ingen tiltakskort for «%s».", scenario);
	printf("# %s\n\n", c->title);
	const struct { const char *h, *t; } parts[] = {
		{ N_("Første time"), c->first_hour }, { N_("Hvem gjør hva"), c->who },
		{ N_("Varsling: hvem og innen når"), c->notify }, { N_("Til de ansatte"), c->staff },
		{ N_("Til innbyggerne"), c->public_text },
	};
	for (size_t i = 0; i < sizeof(parts) / sizeof(parts[0]); i++)
		if (parts[i].t)
			printf("## %s\n\n%s\n\n", T(parts[i].h), parts[i].t);
	return EXIT_OK;
}

int cmd_plan(struct cli *cli, int argc, char **argv)
{
	bool json = false, leader = false;
	struct tenant t;
	struct prep_all p;
	static const struct cli_sub subs[] = { { "show", 0, 0 }, { "init", 0, 0 }, { "import", 1, 1 }, { "card", 1, 1 }, { "reviewed", 0, 0 } };
	const struct cli_opt opts[] = {
		{ "format", CLI_OPT_FORMAT, &json, NULL }, { "leader-report", CLI_OPT_FLAG, &leader, NULL },
	};
	const struct cli_spec spec = { "plan", plan_help, subs, CLI_COUNT(subs), opts, CLI_COUNT(opts) };
	struct cli_args args;
	if (cli_parse(cli, &spec, argc, argv, &args) < 0)
		return args.exit;
	const char *arg = args.n ? args.rest[0] : NULL;
	if (cli_tenant(cli, &t) < 0 || prep_load(cli->db, &cli->arena, t.id, cli->today, &p, &cli->err) < 0)
		return cli_fail(cli);
	struct store_stamp st = cli_stamp(cli);
	if (strcmp(args.sub, "show") == 0)
		return show(cli, &p, json);
	if (strcmp(args.sub, "card") == 0)
		return card(cli, &p, arg);
	if (strcmp(args.sub, "init") == 0) {
		struct prep_plan tmpl;
		if (p.version[PREP_PLAN])
			return cli_usage(cli, args.usage, "Kommunen har allerede en beredskapsplan (versjon %d).", p.version[PREP_PLAN]);
		if (prep_plan_template(&cli->arena, &tmpl) < 0 ||
		    prep_save_plan(cli->db, &cli->arena, t.id, &tmpl, 0, "fra malen", &st, &cli->err) < 0)
			return cli_fail(cli);
		printf(T("Beredskapsplanen er laget fra malen med %zu roller og %zu tiltakskort. Tilpass den.\n"),
		       tmpl.n_roles, tmpl.n_cards);
		return EXIT_OK;
	}
	if (strcmp(args.sub, "import") == 0) {
		struct buf b;
		struct prep_plan plan;
		buf_init(&b, PREP_JSON_MAX);
		int rc = file_read(arg, PREP_JSON_MAX, &b, &cli->err) < 0 ||
			 prep_plan_read(&cli->arena, b.data, &plan, &cli->err) < 0 ||
			 prep_save_plan(cli->db, &cli->arena, t.id, &plan, p.version[PREP_PLAN], arg, &st, &cli->err) < 0;
		buf_release(&b);
		if (rc)
			return cli_fail(cli);
		printf(T("Beredskapsplanen er lagret som versjon %d.\n"), p.version[PREP_PLAN] + 1);
		return EXIT_OK;
	}
	if (strcmp(args.sub, "reviewed") == 0) {
		if (!p.version[PREP_PLAN])
			return cli_usage(cli, args.usage, "Kommunen har ingen beredskapsplan ennå (beredt plan init).");
		if (leader)
			p.plan.leader_report_on = cli->today;
		else
			p.plan.reviewed_on = cli->today;
		if (prep_save_plan(cli->db, &cli->arena, t.id, &p.plan, p.version[PREP_PLAN],
				   leader ? "rapport til ledelsen" : "gjennomgått", &st, &cli->err) < 0)
			return cli_fail(cli);
		puts(leader ? T("Rapporten til ledelsen er registrert i dag.") : T("Planen er registrert som gjennomgått i dag."));
		return EXIT_OK;
	}
	return cli_usage(cli, args.usage, "Ukjent underkommando «%s» eller feil antall argumenter.", args.sub);
}

static const char kit_help[] = N_(
	"Bruk: beredt kit --out FIL [--passphrase-file FIL] [--lang nb|en]\n"
	"\n"
	"Lager beredskapspakken: én HTML-fil uten noe utenfra, med beredskapsplanen,\n"
	"tiltakskortene, kontaktene, gjenopprettingsrekkefølgen og de manuelle rutinene fra\n"
	"ROS-registeret, systemene med leverandørenes støttelinjer og blanke sider til en\n"
	"hendelseslogg på papir. Den skrives godt ut på A4. Med en passordfrase (fra filen, eller\n"
	"BEREDT_KIT_PASSPHRASE) krypteres den med AES-256-GCM og en nøkkel fra PBKDF2-SHA256\n"
	"(600 000 iterasjoner); en vanlig nettleser åpner den uten nett etter at frasen er skrevet.\n");

int cmd_kit(struct cli *cli, int argc, char **argv)
{
	const char *usage = "beredt kit --out FIL [--passphrase-file FIL]", *out = NULL, *pfile = NULL, *sha;
	const char *pass = cli->settings->kit_passphrase;
	struct tenant t;
	struct buf b, pb;
	const struct cli_opt opts[] = {
		{ "out", CLI_OPT_TEXT, &out, "FIL" }, { "passphrase-file", CLI_OPT_TEXT, &pfile, "FIL" },
	};
	const struct cli_spec spec = { "kit", kit_help, NULL, 0, opts, CLI_COUNT(opts) };
	struct cli_args args;
	if (cli_parse(cli, &spec, argc, argv, &args) < 0)
		return args.exit;
	if (!out || args.n)
		return cli_usage(cli, usage, "Oppgi --out FIL.");
	buf_init(&pb, LIMIT_SMALL_TEXT);
	if (pfile) {
		if (file_read(pfile, LIMIT_SMALL_TEXT, &pb, &cli->err) < 0)
			return cli_fail(cli);
		/* the first line of the file, without its line break */
		pb.data[strcspn(pb.data, "\r\n")] = '\0';
		pass = pb.data;
	}
	if (pass && !*pass)
		pass = NULL;
	if (cli_tenant(cli, &t) < 0) {
		buf_release(&pb);
		return cli_fail(cli);
	}
	buf_init(&b, LIMIT_KIT);
	struct store_stamp st = cli_stamp(cli);
	int rc = kit_make(cli->db, &cli->arena, &t, cli->lang, pass, cli->settings->audit_key, &st, &b, &sha, &cli->err) < 0 ||
		 file_write(out, b.data, b.len, &cli->err) < 0;
	buf_release(&b);
	buf_release(&pb);
	if (rc)
		return cli_fail(cli);
	printf(T("Skrev beredskapspakken til %s (%s; SHA-256 av innholdet %s).\n"), out,
	       pass ? T("kryptert") : T("ikke kryptert"), sha);
	return EXIT_OK;
}
