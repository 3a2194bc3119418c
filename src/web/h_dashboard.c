/* h_dashboard.c: the overview (readiness per area as a chart and in words, overdue
 * actions, deadlines in the next 30 days, decisions waiting) and the static files. */
#include <string.h>

#include "render/chart.h"
#include "render/html.h"
#include "render/report_text.h"
#include "store/audit.h"
#include "web/handlers.h"
#include "web/view.h"
#include "util/limits.h"

#define SOON_DAYS 30

static void action_rows(struct req *r, struct buf *b, const struct report *rep, bool overdue)
{
	size_t shown = 0;
	for (size_t i = 0; i < rep->n_open; i++) {
		const struct action *x = rep->open[i];
		bool late = action_is_overdue(x, r->today);
		bool soon = !late && x->due != DATE_NONE && x->due <= r->today + SOON_DAYS;
		if (overdue ? !late : !soon)
			continue;
		if (!shown++) {
			{
				const char *const cols[] = { V("Nr."), V("Tiltak"), V("Ansvarlig"), V("Frist") };
				page_thead(b, cols, 4);
			}
		}
		HTML_LIT(b, "<tr><td>");
		page_link(b, arena_printf(r->a, "/tiltak/%d", x->no), report_action_ref(r->a, x));
		HTML_LIT(b, "</td><td>");
		html_text(b, report_action_title(rep, r->lang, x));
		HTML_LIT(b, "</td><td>");
		html_text(b, x->owner);
		HTML_LIT(b, "</td><td class=\"date\">");
		html_text(b, report_date(r->a, x->due));
		if (late) {
			HTML_LIT(b, " ");
			page_badge(b, "overdue", V("forfalt"));
		}
		HTML_LIT(b, "</td></tr>");
	}
	if (shown) {
		page_table_end(b);
	} else {
		HTML_LIT(b, "<p>");
		html_text(b, overdue ? V("Ingen tiltak er forfalt.")
				     : V("Ingen frister de neste 30 dagene."));
		HTML_LIT(b, "</p>");
	}
}

static void card(struct req *r, struct buf *b, const char *title, const char *value,
		 const char *text)
{
	HTML_LIT(b, "<div class=\"card\"><h2>");
	html_text(b, title);
	HTML_LIT(b, "</h2><p class=\"big\">");
	html_text(b, value);
	HTML_LIT(b, "</p><p>");
	html_text(b, text);
	HTML_LIT(b, "</p></div>");
}

/* The dashboard's content: everything below the heading. Depends only on the
 * municipality's data, the language and the day, so it is cached (web/cache.h). */
static void dashboard_body(struct req *r, struct buf *b)
{
	struct report rep;
	if (view_report(r, 0, &rep) < 0) {
		HTML_LIT(b, "<p>");
		html_text(b, V("Kommunen har ingen vurderingsrunde ennå."));
		HTML_LIT(b, " ");
		page_link(b, "/vurdering", V("Start gjennomgangen av de 15 tiltakene."));
		HTML_LIT(b, "</p>");
		return;
	}
	enum readiness_level lvl = readiness_level(rep.overall.percent);
	HTML_LIT(b, "<div class=\"cards\">");
	card(r, b, V("Samlet beredskap"),
	     rep.overall.percent < 0 ? "–" : arena_printf(r->a, "%d %%", rep.overall.percent),
	     V(readiness_level_name(lvl)));
	card(r, b, V("Åpne tiltak"), arena_printf(r->a, "%zu", rep.n_open),
	     arena_printf(r->a, V("%zu av dem forfalt"), rep.n_overdue));
	card(r, b, V("Beslutninger som venter"), arena_printf(r->a, "%zu", rep.n_decisions),
	     V("Se rapporten for ledelsen"));
	HTML_LIT(b, "</div><h2>");
	html_text(b, V("Beredskap per område"));
	HTML_LIT(b, "</h2><p>");
	html_text(b, arena_printf(r->a, V("Runde %d: %s, %s"), rep.in->round->no, rep.in->round->title,
				  report_round_state(r->a, r->lang, rep.in->round)));
	HTML_LIT(b, "</p><figure>");
	render_readiness_chart(b, r->a, &rep, r->lang);
	HTML_LIT(b, "</figure><ul>");
	for (size_t g = 0; g < rep.n_groups; g++) {
		const struct report_group *rg = &rep.groups[g];
		HTML_LIT(b, "<li><strong>");
		html_text(b, text2_get(&rg->group->title, r->lang));
		HTML_LIT(b, ":</strong> ");
		html_text(b, V(readiness_level_text(readiness_level(rg->now.percent))));
		HTML_LIT(b, "</li>");
	}
	HTML_LIT(b, "</ul><h2>");
	html_text(b, V("Forfalte tiltak"));
	HTML_LIT(b, "</h2>");
	action_rows(r, b, &rep, true);
	HTML_LIT(b, "<h2>");
	html_text(b, V("Frister de neste 30 dagene"));
	HTML_LIT(b, "</h2>");
	action_rows(r, b, &rep, false);
	HTML_LIT(b, "<h2>");
	html_text(b, V("Beslutninger kommunedirektøren bes om å ta"));
	HTML_LIT(b, "</h2><ol>");
	for (size_t i = 0; i < rep.n_decisions; i++) {
		HTML_LIT(b, "<li>");
		html_text(b, report_decision_text(r->a, r->lang, &rep, &rep.decisions[i]));
		HTML_LIT(b, "</li>");
	}
	HTML_LIT(b, "</ol>");
}

void h_dashboard(struct req *r)
{
	struct page p = view_page(r, V("Oversikt"), "oversikt");
	struct cache_key key = { .tenant = r->user.tenant_id, .lang = r->lang, .today = r->today,
				 .kind = 1 };
	bool cacheable = store_audit_head(r->db, &key.seq, &r->err) == 0;

	struct cache_ticket t = { .render = 0 };
	page_begin(&r->out, &p);
	if (!cacheable || cache_begin(&r->srv->cache, &key, &r->out, &t) == CACHE_RENDER) {
		struct buf body;
		buf_init(&body, LIMIT_DASHBOARD);
		dashboard_body(r, &body);
		cache_done(&r->srv->cache, &t, body.failed ? NULL : body.data ? body.data : "", body.len);
		buf_append(&r->out, body.data ? body.data : "", body.len);
		buf_release(&body);
	}
	page_end(&r->out, &p);
	resp_html(r, 200);
}

void h_static(struct req *r)
{
	size_t len;
	const char *css = page_stylesheet(&len);
	if (strcmp(r->param, "style.css") != 0) {
		resp_error(r, 404, V("Siden finnes ikke."));
		return;
	}
	buf_append(&r->out, css, len);
	r->status = 200;
	r->content_type = "text/css; charset=utf-8";
}
