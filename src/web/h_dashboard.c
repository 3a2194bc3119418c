/* h_dashboard.c: the overview (readiness per area as a chart and in words, overdue
 * actions, deadlines in the next 30 days, decisions waiting) and the static files. */
#include <string.h>

#include "render/dashboard.h"
#include "store/audit.h"
#include "web/handlers.h"
#include "web/view.h"
#include "util/limits.h"

/* The dashboard's content: everything below the heading. Depends only on the
 * municipality's data, the language and the day, so it is cached (web/cache.h). */
static void dashboard_body(struct req *r, struct buf *b)
{
	struct report rep;
	bool have = view_report(r, 0, &rep) == 0;
	dashboard_render(b, r->a, r->lang, r->today, have ? &rep : NULL);
}

void h_dashboard(struct req *r)
{
	struct page_frame p = view_page(r, T("Oversikt"), "oversikt");
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
		resp_error(r, 404, T("Siden finnes ikke."));
		return;
	}
	buf_append(&r->out, css, len);
	r->status = 200;
	r->content_type = "text/css; charset=utf-8";
}
