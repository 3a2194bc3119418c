/* cmd_action.c: beredt action list|show|add|set: the action plan. */
#include <jansson.h>
#include <stdio.h>
#include <string.h>

#include "cli/options.h"
#include "app/report_run.h"
#include "render/actions_xlsx.h"
#include "render/report_text.h"
#include "store/action.h"
#include "store/catalog.h"
#include "store/round.h"
#include "util/buf.h"
#include "util/file.h"

static const char help[] = N_(
	"Bruk: beredt action list [--status S] [--overdue] [--format text|json]\n"
	"       beredt action show T-N [--format text|json]\n"
	"       beredt action add --title TITTEL [--measure TILTAK] [--owner NAVN]\n"
	"                         [--due ÅÅÅÅ-MM-DD] [--priority lav|middels|høy] [--plan TEKST]\n"
	"                         [--cost KRONER] [--year ÅR]\n"
	"       beredt action set T-N [--status S] [--reason TEKST] [--owner NAVN]\n"
	"                         [--due ÅÅÅÅ-MM-DD|none] [--priority P] [--title T] [--plan TEKST]\n"
	"                         [--cost KRONER|none] [--year ÅR|none]\n"
	"       beredt action export --out FIL.xlsx\n"
	"\n"
	"Handlingsplanen har én oppgave for hvert svar som er delvis eller nei, og oppgaver lagt\n"
	"til for hånd. Status er åpen, pågår, utført eller avvist (open, in-progress, done,\n"
	"rejected); å avvise krever en begrunnelse (--reason). En oppgave er forfalt når den\n"
	"er åpen eller pågår og fristen er passert (dato i Europe/Oslo). Hver endring\n"
	"lagres som en ny versjon. --cost er anslått kostnad i hele kroner (250000, «250 000»,\n"
	"«1,5 mill»), --year budsjettåret (ellers fristens år); sammendraget for politikerne\n"
	"summerer dem per beslutning. export skriver hele planen som en Excel-arbeidsbok, med\n"
	"prioritet og status som verdilister.\n");

struct opts {
	const char *status, *reason, *owner, *due, *priority, *title, *plan, *measure, *cost, *year;
	const char *out;
	bool overdue, json;
};

static json_t *opt_str(const char *s)
{
	return s && *s ? json_string(s) : json_null();
}

static json_t *to_json(struct cli *cli, const struct action *x)
{
	json_t *j = json_pack("{s:s, s:i, s:o, s:o, s:s, s:o, s:o, s:o, s:o, s:s, s:s, s:o, s:b, s:i, s:s, s:s}",
			 "ref", arena_printf(&cli->arena, "T-%d", x->no), "no", x->no,
			 "catalog", opt_str(x->catalog_id), "measure", opt_str(x->measure_id),
			 "origin", x->origin, "title", opt_str(x->title), "plan", opt_str(x->plan),
			 "owner", opt_str(x->owner), "due", opt_str(date_text(&cli->arena, x->due, "")),
			 "priority", priority_code(x->priority), "status", action_status_code(x->status),
			 "reason", opt_str(x->reason), "overdue", action_is_overdue(x, cli->today),
			 "version", x->version, "changed_by", x->changed_by, "changed_at", x->changed_at);
	json_object_set_new(j, "cost_nok", x->cost_nok ? json_integer(x->cost_nok) : json_null());
	json_object_set_new(j, "cost_year", x->cost_year ? json_integer(x->cost_year) : json_null());
	return j;
}

/* The action's own title, or the title of the measure it serves. */
static const char *title_of(struct cli *cli, const struct action *x)
{
	struct catalog *c;
	struct err ignored;
	if (x->title && *x->title)
		return x->title;
	if (!x->measure_id)
		return "";
	err_init(&ignored, cli->lang);
	if (x->catalog_id && store_catalog_get(cli->db, &cli->arena, x->catalog_id, &c, &ignored) == 0) {
		const struct catalog_item *it = catalog_item_find(c, x->measure_id);
		if (it)
			return text2_get(&it->title, cli->lang);
	}
	return x->measure_id;
}

static int list(struct cli *cli, const struct tenant *t, const struct opts *o)
{
	struct action *all;
	enum action_status want = ACTION_APEN;
	size_t n;
	if (o->status && action_status_parse(o->status, &want, &cli->err) < 0)
		return cli_fail(cli);
	if (store_action_list(cli->db, &cli->arena, t->id, &all, &n, &cli->err) < 0)
		return cli_fail(cli);
	json_t *arr = o->json ? json_array() : NULL;
	size_t shown = 0;
	for (size_t i = 0; i < n; i++) {
		const struct action *x = &all[i];
		if ((o->status && x->status != want) || (o->overdue && !action_is_overdue(x, cli->today)))
			continue;
		shown++;
		if (arr) {
			json_array_append_new(arr, to_json(cli, x));
			continue;
		}
		printf("T-%-4d ", x->no);
		cli_pad(action_status_code(x->status), 8);
		cli_pad(priority_code(x->priority), 9);
		cli_pad(x->due == DATE_NONE ? "-" : date_text(&cli->arena, x->due, ""), 11);
		cli_pad(x->measure_id ? x->measure_id : "-", 5);
		printf("%s%s%s\n", title_of(cli, x), x->owner ? "  — " : "", x->owner ? x->owner : "");
	}
	if (arr)
		return cli_print_json(cli, arr) < 0 ? cli_fail(cli) : EXIT_OK;
	if (!shown)
		puts(T("Ingen oppgaver passer."));
	return EXIT_OK;
}

static int parse_due(struct cli *cli, const char *s, int32_t *out)
{
	if (strcmp(s, "none") == 0 || strcmp(s, "ingen") == 0) {
		*out = DATE_NONE;
		return 0;
	}
	if (date_parse(s, out) < 0)
		return err_set(&cli->err, "Fristen «%s» er ikke en gyldig dato. Skriv den som "
			       "ÅÅÅÅ-MM-DD, for eksempel 2027-03-31.", s);
	return 0;
}

static int add(struct cli *cli, const struct tenant *t, const struct opts *o)
{
	struct action x = { .origin = ACTION_ORIGIN_MANUAL, .due = DATE_NONE,
			    .priority = PRIORITY_MIDDELS, .status = ACTION_APEN };
	struct store_stamp s = cli_stamp(cli);
	if (!o->title)
		return cli_usage(cli, "beredt action add --title TITTEL ...", "--title må oppgis.");
	if (o->status || o->reason)
		return cli_usage(cli, "beredt action add --title TITTEL ...",
				 "En ny oppgave er åpen; endre status etterpå med beredt action set.");
	x.title = o->title;
	x.owner = o->owner;
	x.plan = o->plan;
	if (o->due && parse_due(cli, o->due, &x.due) < 0)
		return cli_fail(cli);
	if (o->priority && priority_parse(o->priority, &x.priority, &cli->err) < 0)
		return cli_fail(cli);
	if (action_cost_set(&x, o->cost, o->year, &cli->err) < 0)
		return cli_fail(cli);
	if (o->measure) {
		/* link to a measure of the catalog of the latest round */
		struct round r;
		struct catalog *c;
		if (store_round_get(cli->db, &cli->arena, t->id, 0, &r, &cli->err) < 0 ||
		    store_catalog_get(cli->db, &cli->arena, r.catalog_id, &c, &cli->err) < 0)
			return cli_fail(cli);
		if (!catalog_item_find(c, o->measure)) {
			err_missing(&cli->err, "Ukjent tiltak «%s» i katalogen «%s». Se beredt catalog show %s.",
				o->measure, c->id, c->id);
			return cli_fail(cli);
		}
		x.catalog_id = c->id;
		x.measure_id = o->measure;
	}
	if (store_action_add(cli->db, t->id, &x, &s, &cli->err) < 0)
		return cli_fail(cli);
	printf(T("La til oppgave T-%d.\n"), x.no);
	return EXIT_OK;
}

static int set(struct cli *cli, const struct tenant *t, const struct opts *o, const char *ref)
{
	struct action x;
	struct store_stamp s = cli_stamp(cli);
	int no;
	if (cli_number(ref, &no) < 0)
		return cli_usage(cli, "beredt action set T-N ...", "«%s» er ikke et tiltaksnummer (T-3 "
				 "eller 3).", ref);
	if (store_action_get(cli->db, &cli->arena, t->id, no, &x, &cli->err) < 0)
		return cli_fail(cli);
	if (!o->status && !o->reason && !o->owner && !o->due && !o->priority && !o->title && !o->plan && !o->cost &&
	    !o->year)
		return cli_usage(cli, "beredt action set T-N --status S ...", "Ingenting å endre.");
	if (o->status && action_status_parse(o->status, &x.status, &cli->err) < 0)
		return cli_fail(cli);
	if (o->priority && priority_parse(o->priority, &x.priority, &cli->err) < 0)
		return cli_fail(cli);
	if (o->due && parse_due(cli, o->due, &x.due) < 0)
		return cli_fail(cli);
	if (action_cost_set(&x, o->cost, o->year, &cli->err) < 0)
		return cli_fail(cli);
	if (o->reason)
		x.reason = o->reason;
	if (o->owner)
		x.owner = *o->owner ? o->owner : NULL;
	if (o->title)
		x.title = *o->title ? o->title : NULL;
	if (o->plan)
		x.plan = *o->plan ? o->plan : NULL;
	if (store_action_update(cli->db, t->id, &x, &s, &cli->err) < 0)
		return cli_fail(cli);
	printf(T("Oppdaterte oppgave T-%d (versjon %d).\n"), x.no, x.version);
	return EXIT_OK;
}

static int show(struct cli *cli, const struct tenant *t, const struct opts *o, const char *ref)
{
	struct action *v;
	size_t n;
	int no;
	if (cli_number(ref, &no) < 0)
		return cli_usage(cli, "beredt action show T-N", "«%s» er ikke et tiltaksnummer.", ref);
	if (store_action_history(cli->db, &cli->arena, t->id, no, &v, &n, &cli->err) < 0)
		return cli_fail(cli);
	if (!n) {
		err_missing(&cli->err, "Oppgave T-%d finnes ikke for denne kommunen. Se beredt action list.", no);
		return cli_fail(cli);
	}
	const struct action *x = &v[n - 1];
	if (o->json) {
		json_t *j = to_json(cli, x), *h = json_array();
		for (size_t i = 0; i < n; i++)
			json_array_append_new(h, to_json(cli, &v[i]));
		json_object_set_new(j, "history", h);
		return cli_print_json(cli, j) < 0 ? cli_fail(cli) : EXIT_OK;
	}
	printf("T-%d  %s\n", x->no, title_of(cli, x));
	printf("  %-12s %s\n", T("Status:"), T(action_status_label(x->status)));
	printf("  %-12s %s\n", T("Prioritet:"), T(priority_label(x->priority)));
	printf("  %-12s %s\n", T("Ansvarlig:"), x->owner ? x->owner : "-");
	printf("  %-12s %s%s\n", T("Frist:"), date_text(&cli->arena, x->due, ""),
	       action_is_overdue(x, cli->today) ? T(" (forfalt)") : "");
	if (x->measure_id)
		printf("  %-12s %s %s\n", T("Gjelder:"), x->catalog_id, x->measure_id);
	if (x->cost_nok)
		printf("  %-12s %s\n", T("Kostnad:"), report_money(&cli->arena, cli->lang, x->cost_nok, action_cost_year(x)));
	if (x->reason)
		printf("  %-12s %s\n", T("Begrunnelse:"), x->reason);
	if (x->plan)
		printf("  %-12s %s\n", T("Plan:"), x->plan);
	printf("  %s\n", T("Historikk:"));
	for (size_t i = 0; i < n; i++)
		printf("    v%-3d %s  %-20s %s\n", v[i].version, v[i].changed_at, v[i].changed_by,
		       action_status_code(v[i].status));
	return EXIT_OK;
}

/* The whole plan as a workbook, with the measures' titles from the latest round. */
static int export_xlsx(struct cli *cli, const struct tenant *t, const char *path)
{
	struct report rep;
	struct action *all;
	size_t n;
	struct buf b;
	if (!path)
		return cli_usage(cli, "beredt action export --out FIL.xlsx", "Oppgi --out FIL.");
	bool have = report_run(cli->db, &cli->arena, t, 0, cli->today, cli->now, false, &rep, &cli->err) == 0;
	if (store_action_list(cli->db, &cli->arena, t->id, &all, &n, &cli->err) < 0)
		return cli_fail(cli);
	buf_init(&b, 0);
	int rc = actions_xlsx(have ? &rep : NULL, cli->lang, all, n, cli->settings->tmpdir, &b, &cli->err);
	if (rc == 0)
		rc = file_write(path, b.data, b.len, &cli->err);
	buf_release(&b);
	if (rc < 0)
		return cli_fail(cli);
	printf(i18n_n(cli->lang, "%zu tiltak skrevet til %s.\n", "%zu tiltak skrevet til %s.\n", n), n, path);
	return EXIT_OK;
}

int cmd_action(struct cli *cli, int argc, char **argv)
{
	struct opts o = { 0 };
	struct tenant t;
	static const struct cli_sub subs[] = { { "list", 0, 0 }, { "show", 1, 1 }, { "add", 0, 0 }, { "set", 1, 1 }, { "export", 0, 0 } };
	const struct cli_opt opts[] = {
		{ "status", CLI_OPT_TEXT, &o.status, "S" }, { "reason", CLI_OPT_TEXT, &o.reason, "TEKST" },
		{ "owner", CLI_OPT_TEXT, &o.owner, "NAVN" }, { "due", CLI_OPT_TEXT, &o.due, "ÅÅÅÅ-MM-DD|none" },
		{ "priority", CLI_OPT_TEXT, &o.priority, "lav|middels|høy" }, { "title", CLI_OPT_TEXT, &o.title, "TITTEL" },
		{ "plan", CLI_OPT_TEXT, &o.plan, "TEKST" }, { "measure", CLI_OPT_TEXT, &o.measure, "TILTAK" },
		{ "overdue", CLI_OPT_FLAG, &o.overdue, NULL }, { "format", CLI_OPT_FORMAT, &o.json, NULL },
		{ "out", CLI_OPT_TEXT, &o.out, "FIL" }, { "cost", CLI_OPT_TEXT, &o.cost, "KRONER" },
		{ "year", CLI_OPT_TEXT, &o.year, "ÅR" },
	};
	const struct cli_spec spec = { "action", help, subs, CLI_COUNT(subs), opts, CLI_COUNT(opts) };
	struct cli_args args;
	if (cli_parse(cli, &spec, argc, argv, &args) < 0)
		return args.exit;
	if (cli_tenant(cli, &t) < 0)
		return cli_fail(cli);
	if (strcmp(args.sub, "list") == 0)
		return list(cli, &t, &o);
	if (strcmp(args.sub, "show") == 0)
		return show(cli, &t, &o, args.rest[0]);
	if (strcmp(args.sub, "add") == 0)
		return add(cli, &t, &o);
	if (strcmp(args.sub, "set") == 0)
		return set(cli, &t, &o, args.rest[0]);
	if (strcmp(args.sub, "export") == 0)
		return export_xlsx(cli, &t, o.out);
	return cli_usage(cli, args.usage, "Ukjent underkommando «%s» eller feil antall argumenter.", args.sub);
}
