/* h_ros.c: the ROS registers in the browser: the registers and their import from CSV
 * files, the what-if page (fail nodes or an admin domain, or distrust a system's data;
 * see what stops, and on the graph), the dependency graph, and the risk matrix. */
#include <stdio.h>
#include <string.h>

#include "io/ros_csv.h"
#include "io/ros_json.h"
#include "app/impact.h"
#include "app/import.h"
#include "io/csv_text.h"
#include "render/dot.h"
#include "render/impact_html.h"
#include "render/registers.h"
#include "store/action.h"
#include "store/ros.h"
#include "store/scales.h"
#include "io/ros_xlsx.h"
#include "render/graph_overview.h"
#include "web/handlers.h"
#include "web/view.h"
#include "util/limits.h"


static int load(struct req *r, struct ros_register *reg, struct ros_graph *g)
{
	if (store_ros_graph(r->db, r->a, r->user.tenant_id, reg, g, &r->err) < 0) {
		resp_store_error(r);
		return -1;
	}
	return 0;
}

static void ros_page(struct req *r, int status, const char *error)
{
	struct ros_register reg;
	struct ros_graph g;
	struct buf *b = &r->out;
	struct page_frame p = view_page(r, T("Risiko og sårbarhet (ROS)"), "ros");
	p.error = error;
	if (load(r, &reg, &g) < 0)
		return;
	page_begin(b, &p);
	struct registers_filter f = { .text = req_query(r, "sok"), .kind = req_query(r, "type"),
				      .hosting = req_query(r, "drift"), .domain = req_query(r, "domene"),
				      .sector = req_query(r, "sektor") };
	static const char *const pages[RP_LISTS] = { "side-tjenester", "side-systemer", "side-leverandorer" };
	const char *crit = req_query(r, "kritikalitet");
	if (crit && *crit && (view_number(crit, &f.min_criticality) < 0 || f.min_criticality > 5))
		f.min_criticality = 0;
	for (int k = 0; k < RP_LISTS; k++) {
		const char *pg = req_query(r, pages[k]);
		if (pg && (view_number(pg, &f.page[k]) < 0 || f.page[k] > 100000))
			f.page[k] = 1;
	}
	registers_overview(b, r->a, r->lang, &reg, role_allows(r->user.role, ROLE_REDAKTOR) ? p.csrf : NULL, &f);
	page_end(b, &p);
	resp_html(r, status);
}

void h_ros(struct req *r)
{
	ros_page(r, 200, NULL);
}

/* The preview of what src would do, with the form that confirms it; status 200, or 400
 * with error (a confirmation missing). */
static void preview_page(struct req *r, int status, const struct import_preview *p, const char *const *texts,
			 const char *error)
{
	struct buf *b = &r->out;
	struct page_frame pg = view_page(r, T("Forhåndsvisning av importen"), "ros");
	pg.error = error;
	page_begin(b, &pg);
	registers_preview(b, r->a, r->lang, pg.csrf, p->given, p->table, texts);
	page_end(b, &pg);
	resp_html(r, status);
}

void h_ros_import(struct req *r)
{
	static const struct { const char *field; enum ros_table t; } files[] = {
		{ "leverandorer", ROS_T_VENDORS }, { "systemer", ROS_T_SYSTEMS },
		{ "tjenester", ROS_T_SERVICES }, { "hendelser", ROS_T_EVENTS },
		{ "avhengigheter", ROS_T_DEPENDENCIES },
	};
	struct store_stamp s = req_stamp(r);
	struct import_source src = { 0 };
	struct import_preview p;
	struct ros_register done;
	const char *texts[ROS_T_COUNT + 1] = { 0 };
	const char *json = req_field(r, "register"), *confirm = req_field(r, "bekreft"), *remove = req_field(r, "fjern");
	if (json && *json) {
		src.json = (struct import_text){ json, strlen(json), "register.json" };
		texts[ROS_T_COUNT] = json;
	}
	for (size_t i = 0; i < sizeof(files) / sizeof(files[0]); i++) {
		const char *given, *name;
		size_t len = 0;
		const char *data = req_file(r, files[i].field, &len, &given);
		if (!data) {     /* the confirming form carries the texts, as fields */
			data = req_field(r, files[i].field);
			len = data ? strlen(data) : 0;
		}
		if (!len)
			continue;
		/* as UTF-8 from here on (a Windows-1252 file too), so that the preview's form carries
		 * it on unchanged */
		name = arena_printf(r->a, "%s.csv", ros_table_name(files[i].t));
		if (csv_text_prepare(r->a, &data, &len, name, &r->err) < 0) {
			ros_page(r, 400, r->err.msg);
			return;
		}
		src.csv[files[i].t] = (struct import_text){ data, len, name };
		texts[files[i].t] = arena_strndup(r->a, data, len);
	}
	/* first what it would do, nothing changed; the import itself once that is confirmed, and
	 * a register that would lose more than half its rows only when that is confirmed too */
	if (import_preview(r->db, r->a, r->user.tenant_id, &src, &p, &r->err) < 0) {
		ros_page(r, 400, r->err.msg);
		return;
	}
	bool most = false;
	for (int t = 0; t < ROS_T_COUNT; t++)
		most |= p.given[t] && ros_change_removes_most(&p.table[t]);
	if (!confirm || strcmp(confirm, "ja") != 0) {
		preview_page(r, 200, &p, texts, NULL);
		return;
	}
	if (most && (!remove || strcmp(remove, "ja") != 0)) {
		preview_page(r, 400, &p, texts, T("Importen fjerner mer enn halvparten av et register. Kryss av for at "
						  "det er det du vil, og importer igjen."));
		return;
	}
	if (import_register(r->db, r->a, r->user.tenant_id, &src, &s, &done, &r->err) < 0) {
		ros_page(r, 400, r->err.msg);
		return;
	}
	req_flash(r, arena_printf(r->a, T("Importerte %s."), ros_register_counts(r->a, r->lang, &done)));
	resp_redirect(r, "/ros");
}

/* A register's file as a download: CSV or a workbook, named after the register. */
static void table_file(struct req *r, enum ros_table t, bool xlsx, const char *prefix)
{
	r->status = 200;
	r->content_type = xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
			       : "text/csv; charset=utf-8";
	r->disposition = arena_printf(r->a, "attachment; filename=\"%s%s.%s\"", prefix, ros_table_name(t),
				      xlsx ? "xlsx" : "csv");
}

void h_ros_export(struct req *r)
{
	struct ros_register reg;
	if (strcmp(r->param, "register") == 0) {
		json_t *doc;
		struct ros_scales sc;
		if (store_ros_load_own(r->db, r->a, r->user.tenant_id, &reg, &r->err) < 0 ||
		    store_scales_load(r->db, r->a, r->user.tenant_id, &sc, &r->err) < 0) {
			resp_store_error(r);
			return;
		}
		if (!(doc = ros_json_write(&reg, &sc))) {
			resp_error(r, 500, "");
			return;
		}
		resp_json(r, 200, doc);
		r->disposition = "attachment; filename=\"register.json\"";
		return;
	}
	size_t n = strlen(r->param);
	bool xlsx = n > 5 && strcmp(r->param + n - 5, ".xlsx") == 0;
	int k = ros_table_parse(xlsx ? arena_strndup(r->a, r->param, n - 5) : r->param);
	if (k < 0) {
		resp_error(r, 404, T("Siden finnes ikke."));
		return;
	}
	if (store_ros_load_own(r->db, r->a, r->user.tenant_id, &reg, &r->err) < 0) {
		resp_store_error(r);
		return;
	}
	buf_reset(&r->out);
	if ((xlsx ? ros_xlsx_write((enum ros_table)k, &reg, r->srv->settings->tmpdir, &r->out, &r->err)
		  : ros_csv_write((enum ros_table)k, &reg, &r->out, &r->err)) < 0) {
		resp_error(r, 500, r->err.msg);
		return;
	}
	table_file(r, (enum ros_table)k, xlsx, "");
}

/* GET /ros/mal/systemer.csv or .xlsx: a register's template, its header and an example row
 * (the Excel one with the value lists). */
void h_ros_template(struct req *r)
{
	size_t n = strlen(r->param);
	bool xlsx = n > 5 && strcmp(r->param + n - 5, ".xlsx") == 0, csv = n > 4 && strcmp(r->param + n - 4, ".csv") == 0;
	int k = xlsx || csv ? ros_table_parse(arena_strndup(r->a, r->param, n - (xlsx ? 5 : 4))) : -1;
	if (k < 0) {
		resp_error(r, 404, T("Siden finnes ikke."));
		return;
	}
	buf_reset(&r->out);
	if (ros_template(r->a, (enum ros_table)k, xlsx, r->srv->settings->tmpdir, &r->out, &r->err) < 0) {
		resp_error(r, 500, r->err.msg);
		return;
	}
	table_file(r, (enum ros_table)k, xlsx, "mal-");
}

/* The graph picture, or a sentence saying why there is none. */

/* The whole municipality's graph, or with ?tjeneste=NAVN one service and what it rests on
 * (named by name: no database key in a URL). */
void h_ros_graph(struct req *r)
{
	struct ros_register reg;
	struct ros_graph g;
	struct buf *b = &r->out;
	const char *group = req_query(r, "gruppe");
	struct graph_choice c = { .service = req_query(r, "tjeneste"), .system = req_query(r, "system"),
				  .area = req_query(r, "omrade"), .group = GRAPH_GROUP_AREA };
	bool *show = NULL;
	struct page_frame p = view_page(r, T("Avhengighetsgrafen"), "ros");
	if (group && strcmp(group, "ingen") == 0)
		c.group = GRAPH_GROUP_NONE;
	else if (group && strcmp(group, "domene") == 0)
		c.group = GRAPH_GROUP_DOMAIN;
	if (load(r, &reg, &g) < 0)
		return;
	show = arena_alloc(r->a, (g.n + 1) * sizeof(bool));
	size_t *q = arena_alloc(r->a, (g.n + 1) * sizeof(size_t));
	int *dist = arena_alloc(r->a, (g.n + 1) * sizeof(int));
	if (!show || !q || !dist) {
		resp_error(r, 500, T("Tom for minne."));
		return;
	}
	const char *picked = c.service && *c.service ? c.service : c.system && *c.system ? c.system : NULL;
	bool one = false;
	if (picked) {
		/* one service and what it rests on, or one system's neighbourhood: as they are */
		size_t v = ros_register_find(&reg, picked);
		bool service = picked == c.service;
		if (v == (size_t)-1 || g.nodes[v].kind != (service ? ROS_SERVICE : ROS_SYSTEM)) {
			resp_error(r, 404, arena_printf(r->a, service ? T("«%s» er ikke en tjeneste i registeret.")
								      : T("«%s» er ikke et system i registeret."), picked));
			return;
		}
		memset(show, 0, g.n * sizeof(bool));
		if (service)
			ros_below(&g, v, show, q);
		else
			ros_near(&g, v, 2, show, q, dist);
		one = true;
	} else if (c.area && *c.area) {
		graph_area(&g, &reg, c.area, show, q);
	} else {
		for (size_t v = 0; v < g.n; v++)
			show[v] = true;
	}
	page_begin(b, &p);
	registers_graph_picker(b, r->a, r->lang, &reg, &c);
	struct dot_layout layout;
	if (one || c.group == GRAPH_GROUP_NONE || graph_overview(r->a, &g, &reg, show, (enum graph_group)c.group, true,
								  r->lang, &layout) < 0)
		view_picture(r, NULL, &g, show, NULL);
	else
		view_picture_layout(r, NULL, &g, show, &layout);
	page_end(b, &p);
	resp_html(r, 200);
}

void h_ros_whatif(struct req *r)
{
	struct ros_register reg;
	struct ros_graph g;
	const char *picked[IMPACT_NAMES_MAX + 1];
	struct impact_query q;
	bool asked = view_impact_query(r, picked, &q);
	struct impact_result res;
	struct page_frame p = view_page(r, T("Hva hvis?"), "ros");
	/* asked: the same use case, with the same refusals, as the API and the CLI */
	int rc = asked ? impact_run(r->db, r->a, r->user.tenant_id, &q, &res, &r->err) : 0;
	if (!asked && load(r, &reg, &g) < 0)
		return;
	if (rc < 0 && r->err.kind != ERR_NOT_FOUND && r->err.kind != ERR_INPUT) {
		resp_store_error(r);
		return;
	}
	if (rc < 0) {
		p.error = r->err.msg;
		if (load(r, &reg, &g) < 0)
			return;
	}
	page_begin(&r->out, &p);
	impact_form(&r->out, "/ros/hva-hvis", r->lang, asked && rc == 0 ? &res.reg : &reg, asked && rc == 0 ? &res.g : &g,
		    picked, q.n_names, q.domain, q.untrusted);
	if (asked && rc == 0) {
		bool *show = arena_alloc(r->a, (res.g.n + 1) * sizeof(bool));
		unsigned char *mark = arena_alloc(r->a, res.g.n + 1);
		if (show && mark) {
			impact_section(&r->out, r->a, r->lang, &res, show, mark);
			view_picture(r, NULL, &res.g, show, mark);
		}
	}
	page_end(&r->out, &p);
	resp_html(r, rc < 0 ? (r->err.kind == ERR_NOT_FOUND ? 404 : 400) : 200);
}

void h_ros_risk(struct req *r)
{
	struct ros_register reg;
	struct buf *b = &r->out;
	struct ros_scales sc;
	struct page_frame p = view_page(r, T("Risikomatrisen"), "ros");
	if (store_ros_load(r->db, r->a, r->user.tenant_id, &reg, &r->err) < 0 ||
	    store_scales_load(r->db, r->a, r->user.tenant_id, &sc, &r->err) < 0) {
		resp_store_error(r);
		return;
	}
	page_begin(b, &p);
	registers_risk(b, r->a, r->lang, &p, &sc, &reg, role_allows(r->user.role, ROLE_REDAKTOR));
	page_end(b, &p);
	resp_html(r, 200);
}

/* An unwanted event's proposed measures become an action in the action plan, its
 * priority from the event's place in the matrix. */
void h_ros_event_action(struct req *r)
{
	struct ros_register reg;
	struct ros_scales sc;
	struct store_stamp s = req_stamp(r);
	int no;
	const char *title = req_field(r, "tittel");
	if (view_number(r->param, &no) < 0 ||
	    store_ros_load(r->db, r->a, r->user.tenant_id, &reg, &r->err) < 0 ||
	    store_scales_load(r->db, r->a, r->user.tenant_id, &sc, &r->err) < 0) {
		resp_error(r, 404, T("Siden finnes ikke."));
		return;
	}
	/* H-N is the event's place in the register; the title says it is still the same one */
	for (size_t i = (size_t)no - 1; i < reg.n_events && i == (size_t)no - 1; i++) {
		const struct ros_event *v = &reg.events[i];
		if (title && strcmp(title, v->title) != 0) {
			resp_error(r, 409, T("Hendelsene er endret i mellomtiden. Last siden på nytt og prøv igjen."));
			return;
		}
		if (!v->measures || !*v->measures) {
			resp_error(r, 400, T("Hendelsen har ingen forslag til tiltak."));
			return;
		}
		/* the priority is the colour of the event's cell in the municipality's matrix */
		enum ros_risk risk = ros_event_risk(&sc, v);
		struct action x = { .origin = ACTION_ORIGIN_MANUAL, .status = ACTION_APEN, .due = DATE_NONE,
				    .priority = risk == ROS_RISK_ACT ? PRIORITY_HOY
					      : risk == ROS_RISK_CONSIDER ? PRIORITY_MIDDELS : PRIORITY_LAV,
				    .title = arena_printf(r->a, "ROS: %.150s", v->title), .plan = v->measures };
		if (store_action_add(r->db, r->user.tenant_id, &x, &s, &r->err) < 0) {
			resp_error(r, 400, r->err.msg);
			return;
		}
		req_flash(r, arena_printf(r->a, T("La til oppgave T-%d."), x.no));
		resp_redirect(r, "/tiltak");
		return;
	}
	resp_error(r, 404, T("Siden finnes ikke."));
}
