/* cmd_assess.c: beredt assess start|set|show|list|history|close|approve. */
#include <jansson.h>
#include <stdio.h>
#include <string.h>

#include "app/answers.h"
#include "cli/options.h"
#include "app/checks.h"
#include "model/readiness.h"
#include "render/evidence_html.h"
#include "store/answer.h"
#include "store/catalog.h"
#include "store/round.h"
#include "util/buf.h"
#include "util/file.h"
#include "util/valid.h"

static const char help[] = N_(
	"Bruk: beredt assess start [--catalog ID] [--title TITTEL]\n"
	"       beredt assess set TILTAK [--status S] [--owner NAVN] [--due ÅÅÅÅ-MM-DD|none]\n"
	"                         [--evidence TEKST | --evidence-file FIL]\n"
	"                         [--plan TEKST | --plan-file FIL]\n"
	"       beredt assess show [--round N | --catalog ID] [--format text|json]\n"
	"       beredt assess list [--format text|json]\n"
	"       beredt assess history TILTAK [--round N]\n"
	"       beredt assess close [--round N | --catalog ID] [--approved-by NAVN] [--yes]\n"
	"       beredt assess approve [--round N | --catalog ID]\n"
	"\n"
	"En vurderingsrunde har ett svar per tiltak i katalogen. Status er ja, delvis, nei,\n"
	"ukjent eller ikke-relevant (yes, partial, no, unknown, not-applicable). Dokumentasjon\n"
	"og plan er Markdown. Hver endring lagres som en ny versjon; ingenting overskrives.\n"
	"Svarene delvis og nei gir en oppgave i handlingsplanen. En ny runde starter med svarene\n"
	"fra den forrige av samme katalog. En lukket runde kan ikke endres. Å lukke er\n"
	"endelig: står noen tiltak som ukjent, trengs --yes. Én runde per katalog kan være\n"
	"åpen (KS-tiltakene og NSMs grunnprinsipper side om side); et svar går til runden\n"
	"der katalogen har tiltaket, og uten --round og --catalog gjelder show, close og\n"
	"approve KS-runden.\n");

struct opts {
	const char *catalog, *title, *status, *owner, *due, *evidence, *evidence_file, *plan,
		*plan_file, *approved_by;
	int round;
	bool json, yes;
};

static int start(struct cli *cli, const struct tenant *t, const struct opts *o)
{
	struct round r;
	struct store_stamp s = cli_stamp(cli);
	const char *title = o->title;
	if (!title) {
		char day[DATE_TEXT];
		date_format(cli->today, day);
		title = arena_printf(&cli->arena, T("Gjennomgang av KS-tiltakene %.4s"), day);
	}
	if (store_round_start(cli->db, &cli->arena, t->id, o->catalog ? o->catalog : "ks-2021", title,
			      &s, &r, &cli->err) < 0)
		return cli_fail(cli);
	printf(T("Startet runde %d: %s (katalog %s).\n"), r.no, r.title, r.catalog_id);
	return EXIT_OK;
}

/* Read --x or --x-file into *out (arena); NULL when neither was given. */
static int text_or_file(struct cli *cli, const char *text, const char *file, const char *name,
			const char **out)
{
	*out = text;
	if (text && file)
		return err_set(&cli->err, "Bruk enten --%s eller --%s-file, ikke begge.", name, name);
	if (!file)
		return 0;
	struct buf b;
	buf_init(&b, 0);
	if (file_read(file, VALID_TEXT_MAX, &b, &cli->err) < 0) {
		buf_release(&b);
		return -1;
	}
	*out = arena_strndup(&cli->arena, b.data, b.len);
	if (strlen(*out) != b.len) {
		buf_release(&b);
		return err_set(&cli->err, "%s inneholder NUL-tegn; det er ikke en tekstfil.", file);
	}
	buf_release(&b);
	return 0;
}

/* The round a command works on: --round N; else the latest of --catalog; else the one an
 * answer to 'measure' goes into (NSM's "2.6" into an open NSM round); else the latest. */
static int pick(struct cli *cli, const struct tenant *t, const struct opts *o, const char *measure, struct round *r)
{
	if (!o->round && o->catalog)
		return store_round_of(cli->db, &cli->arena, t->id, o->catalog, r, &cli->err);
	return store_round_for(cli->db, &cli->arena, t->id, o->round, measure, r, &cli->err);
}

static int set(struct cli *cli, const struct tenant *t, const struct opts *o, const char *measure)
{
	struct answer_patch p = { .measure_id = measure };
	struct store_stamp s = cli_stamp(cli);
	struct round r;
	struct catalog *c;
	bool changed;

	if (o->status) {
		if (status_parse(o->status, &p.status, &cli->err) < 0)
			return cli_fail(cli);
		p.has_status = true;
	}
	if (o->due) {
		p.has_due = true;
		if (strcmp(o->due, "none") == 0 || strcmp(o->due, "ingen") == 0)
			p.due = DATE_NONE;
		else if (date_parse(o->due, &p.due) < 0) {
			err_set(&cli->err, "Fristen «%s» er ikke en gyldig dato. Skriv den som "
				"ÅÅÅÅ-MM-DD, for eksempel 2027-03-31, eller none for å fjerne den.", o->due);
			return cli_fail(cli);
		}
	}
	p.owner = o->owner;
	if (text_or_file(cli, o->evidence, o->evidence_file, "evidence", &p.evidence) < 0 ||
	    text_or_file(cli, o->plan, o->plan_file, "plan", &p.plan) < 0)
		return cli_fail(cli);
	if (!p.has_status && !p.has_due && !p.owner && !p.evidence && !p.plan)
		return cli_usage(cli, "beredt assess set TILTAK --status S ...",
				 "Ingenting å endre: oppgi minst ett av --status, --owner, --due, "
				 "--evidence og --plan.");
	if (pick(cli, t, o, measure, &r) < 0 ||
	    store_catalog_get(cli->db, &cli->arena, r.catalog_id, &c, &cli->err) < 0 ||
	    answers_set(cli->db, t->id, r.no, c, &p, &s, &changed, &cli->err) < 0)
		return cli_fail(cli);
	if (changed)
		printf(T("Lagret svaret på %s i runde %d.\n"), measure, r.no);
	else
		printf(T("Svaret på %s var allerede slik; ingenting er endret.\n"), measure);
	return EXIT_OK;
}

static json_t *opt_str(const char *s)
{
	return s && *s ? json_string(s) : json_null();
}

static int show(struct cli *cli, const struct tenant *t, const struct opts *o)
{
	struct round r;
	struct catalog *c;
	struct answer *ans;
	size_t n;
	if (pick(cli, t, o, NULL, &r) < 0 ||
	    store_catalog_get(cli->db, &cli->arena, r.catalog_id, &c, &cli->err) < 0 ||
	    store_answers_load(cli->db, &cli->arena, t->id, r.id, &ans, &n, &cli->err) < 0)
		return cli_fail(cli);
	struct readiness *per = arena_alloc(&cli->arena, (c->n_groups + 1) * sizeof(*per)), all;
	if (!per)
		return cli_fail(cli);
	readiness_compute(c, ans, n, per, &all);
	/* what the registers say, beside KS's measures they speak to */
	struct evidence ev[EV_COUNT];
	bool have_ev = strcmp(r.catalog_id, "ks-2021") == 0 &&
		       checks_evidence(cli->db, &cli->arena, t->id, cli->today, ev, &cli->err) == 0;

	if (o->json) {
		json_t *measures = json_array(), *areas = json_array();
		for (size_t i = 0; i < c->n_items; i++) {
			const struct catalog_item *it = &c->items[i];
			const struct answer *a = answer_find(ans, n, it->id);
			json_array_append_new(measures, json_pack("{s:s, s:s, s:s, s:s, s:o, s:o, s:o, s:o, s:i}",
				"id", it->id, "area", it->group_id, "title", text2_get(&it->title, cli->lang),
				"status", status_code(a ? a->status : STATUS_UKJENT),
				"owner", opt_str(a ? a->owner : NULL),
				"due", opt_str(a ? date_text(&cli->arena, a->due, "") : NULL),
				"evidence", opt_str(a ? a->evidence : NULL),
				"plan", opt_str(a ? a->plan : NULL), "version", a ? a->version : 0));
			json_t *m = json_array_get(measures, json_array_size(measures) - 1), *pr = json_array();
			for (size_t k = 0; k < it->n_mappings; k++)
				json_array_append_new(pr, json_string(it->mappings[k]));
			json_object_set_new(m, "principles", pr);
			int k = have_ev ? evidence_index(it->id) : -1;
			if (k >= 0)
				json_object_set_new(m, "registers", json_pack("{s:s, s:s}", "suggested",
					status_code(ev[k].suggest), "text", evidence_text(&cli->arena, cli->lang, &ev[k])));
		}
		for (size_t g = 0; g < c->n_groups; g++)
			json_array_append_new(areas, json_pack("{s:s, s:s, s:o}", "id", c->groups[g].id,
				"title", text2_get(&c->groups[g].title, cli->lang), "percent",
				per[g].percent < 0 ? json_null() : json_integer(per[g].percent)));
		return cli_print_json(cli, json_pack("{s:i, s:s, s:s, s:b, s:o, s:o, s:o}",
			"round", r.no, "title", r.title, "catalog", r.catalog_id,
			"closed", round_is_closed(&r),
			"readiness", all.percent < 0 ? json_null() : json_integer(all.percent),
			"areas", areas, "measures", measures)) < 0 ? cli_fail(cli) : EXIT_OK;
	}

	printf(T("%s: runde %d, %s (%s)\n"), t->name, r.no, r.title,
	       round_is_closed(&r) ? T("lukket") : T("åpen"));
	printf(T("Samlet beredskap: %d %% (%s)\n"), all.percent,
	       T(readiness_level_name(readiness_level(all.percent))));
	for (size_t g = 0; g < c->n_groups; g++) {
		printf("\n%s  %s: %d %% (%s)\n", c->groups[g].id, text2_get(&c->groups[g].title, cli->lang),
		       per[g].percent, T(readiness_level_name(readiness_level(per[g].percent))));
		for (size_t i = 0; i < c->n_items; i++) {
			const struct catalog_item *it = &c->items[i];
			if (strcmp(it->group_id, c->groups[g].id) != 0)
				continue;
			const struct answer *a = answer_find(ans, n, it->id);
			printf("  %-4s %-15s %s", it->id, status_code(a ? a->status : STATUS_UKJENT),
			       text2_get(&it->title, cli->lang));
			if (a && a->owner)
				printf(T("  [ansvarlig: %s]"), a->owner);
			if (a && a->due != DATE_NONE)
				printf(T("  [frist: %s]"), date_text(&cli->arena, a->due, ""));
			if (!a)
				printf("  (%s)", T("ikke besvart"));
			putchar('\n');
			int k = have_ev ? evidence_index(it->id) : -1;
			if (k >= 0)
				printf(T("       registrene: %s Forslag: %s.\n"), evidence_text(&cli->arena, cli->lang, &ev[k]),
				       T(status_label(ev[k].suggest)));
		}
	}
	return EXIT_OK;
}

static int list(struct cli *cli, const struct tenant *t, const struct opts *o)
{
	struct round *all;
	size_t n;
	if (store_round_list(cli->db, &cli->arena, t->id, &all, &n, &cli->err) < 0)
		return cli_fail(cli);
	if (o->json) {
		json_t *arr = json_array();
		for (size_t i = 0; i < n; i++)
			json_array_append_new(arr, json_pack("{s:i, s:s, s:s, s:s, s:o, s:o}", "no", all[i].no,
				"title", all[i].title, "catalog", all[i].catalog_id,
				"started", date_text(&cli->arena, all[i].started, ""), "closed_at",
				opt_str(all[i].closed_at), "approved_by", opt_str(all[i].approved_by)));
		return cli_print_json(cli, arr) < 0 ? cli_fail(cli) : EXIT_OK;
	}
	if (!n)
		puts(T("Ingen vurderingsrunder ennå. Start en med beredt assess start."));
	for (size_t i = 0; i < n; i++)
		printf("%3d  %s %s  %-20s %s\n", all[i].no, cli_col(cli, all[i].title, 40),
		       date_text(&cli->arena, all[i].started, ""), all[i].catalog_id,
		       round_is_closed(&all[i]) ? T("lukket") : T("åpen"));
	return EXIT_OK;
}

static int history(struct cli *cli, const struct tenant *t, const struct opts *o, const char *m)
{
	struct round r;
	struct answer *v;
	size_t n;
	if (pick(cli, t, o, m, &r) < 0 ||
	    store_answer_history(cli->db, &cli->arena, t->id, r.id, m, &v, &n, &cli->err) < 0)
		return cli_fail(cli);
	if (!n)
		printf(T("%s er ikke besvart i runde %d.\n"), m, r.no);
	for (size_t i = 0; i < n; i++)
		printf("v%-3d %s  %-20s %-14s %s %s\n", v[i].version, v[i].changed_at, v[i].changed_by,
		       status_code(v[i].status), v[i].owner ? v[i].owner : "-",
		       date_text(&cli->arena, v[i].due, ""));
	return EXIT_OK;
}

int cmd_assess(struct cli *cli, int argc, char **argv)
{
	struct opts o = { 0 };
	struct tenant t;
	static const struct cli_sub subs[] = { { "start", 0, 0 }, { "set", 1, 1 }, { "show", 0, 0 }, { "list", 0, 0 }, { "history", 1, 1 }, { "close", 0, 0 }, { "approve", 0, 0 } };
	const struct cli_opt opts[] = {
		{ "catalog", CLI_OPT_TEXT, &o.catalog, "ID" }, { "title", CLI_OPT_TEXT, &o.title, "TITTEL" },
		{ "status", CLI_OPT_TEXT, &o.status, "STATUS" }, { "owner", CLI_OPT_TEXT, &o.owner, "NAVN" },
		{ "due", CLI_OPT_TEXT, &o.due, "ÅÅÅÅ-MM-DD" }, { "evidence", CLI_OPT_TEXT, &o.evidence, "TEKST" },
		{ "evidence-file", CLI_OPT_TEXT, &o.evidence_file, "FIL" }, { "plan", CLI_OPT_TEXT, &o.plan, "TEKST" },
		{ "plan-file", CLI_OPT_TEXT, &o.plan_file, "FIL" }, { "approved-by", CLI_OPT_TEXT, &o.approved_by, "NAVN" },
		{ "yes", CLI_OPT_FLAG, &o.yes, NULL }, { "round", CLI_OPT_NUMBER, &o.round, "N" },
		{ "format", CLI_OPT_FORMAT, &o.json, NULL },
	};
	const struct cli_spec spec = { "assess", help, subs, CLI_COUNT(subs), opts, CLI_COUNT(opts) };
	struct cli_args args;
	if (cli_parse(cli, &spec, argc, argv, &args) < 0)
		return args.exit;
	if (cli_tenant(cli, &t) < 0)
		return cli_fail(cli);
	struct store_stamp s = cli_stamp(cli);
	if (strcmp(args.sub, "start") == 0)
		return start(cli, &t, &o);
	if (strcmp(args.sub, "set") == 0)
		return set(cli, &t, &o, args.rest[0]);
	if (strcmp(args.sub, "show") == 0)
		return show(cli, &t, &o);
	if (strcmp(args.sub, "list") == 0)
		return list(cli, &t, &o);
	if (strcmp(args.sub, "history") == 0)
		return history(cli, &t, &o, args.rest[0]);
	if (strcmp(args.sub, "close") == 0) {
		struct round r;
		if (pick(cli, &t, &o, NULL, &r) < 0 ||
		    store_round_close(cli->db, t.id, r.no, o.approved_by,
				      o.yes ? ROUND_UNKNOWN_ANY : ROUND_UNKNOWN_NONE, &s, &cli->err) < 0) {
			if (cli->err.kind == ERR_CONFIRM)
				fputs(T("Lukk likevel med --yes, om de skal stå som ukjent.\n"), stderr);
			return cli_fail(cli);
		}
		printf(o.approved_by ? T("Lukket og godkjente runde %d.\n") : T("Lukket runde %d.\n"), r.no);
		return EXIT_OK;
	}
	if (strcmp(args.sub, "approve") == 0) {
		struct round r;
		if (pick(cli, &t, &o, NULL, &r) < 0 ||
		    store_round_approve(cli->db, t.id, r.no, &s, &cli->err) < 0)
			return cli_fail(cli);
		printf(T("Godkjente runde %d.\n"), r.no);
		return EXIT_OK;
	}
	return cli_usage(cli, args.usage, "Ukjent underkommando «%s» eller feil antall argumenter.", args.sub);
}
