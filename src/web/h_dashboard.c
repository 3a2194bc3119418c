/* h_dashboard.c: the overview (readiness per area as a chart and in words, overdue
 * actions, deadlines in the next 30 days, decisions waiting) and the static files. */
#include <string.h>

#include "app/prep_docs.h"
#include "render/dashboard.h"
#include "store/finding.h"
#include "store/prep.h"
#include "store/ros.h"
#include "util/date.h"
#include "store/audit.h"
#include "web/handlers.h"
#include "web/view.h"
#include "util/limits.h"

/* The dashboard's content: everything below the heading. Depends only on the
 * municipality's data, the language and the day, so it is cached (web/cache.h). */
/* The findings, preparedness and first-day steps of the overview; -1 when they cannot be
 * read (the overview is shown without them). */
static int facts(struct req *r, bool round, struct dashboard_facts *f)
{
	struct ros_register reg;
	struct prep_all prep;
	struct finding *fs;
	size_t n;
	int64_t kit_head, head;
	struct err ignored;
	err_init(&ignored, r->lang);
	memset(f, 0, sizeof(*f));
	if (store_ros_load_own(r->db, r->a, r->user.tenant_id, &reg, &ignored) < 0 ||
	    prep_load(r->db, r->a, r->user.tenant_id, r->today, &prep, &ignored) < 0 ||
	    store_finding_list(r->db, r->a, r->user.tenant_id, &fs, &n, &ignored) < 0 ||
	    store_kit_state(r->db, r->user.tenant_id, &kit_head, &head, &f->kit_written, r->a, &ignored) < 0)
		return -1;
	f->services = reg.n_services;
	f->systems = reg.n_systems;
	f->deps = reg.n_deps;
	f->contacts = prep.contacts.n;
	f->plan = prep.version[PREP_PLAN] > 0;
	f->kit_made = f->kit_written != NULL;
	f->round = round;
	f->plan_reviewed = prep.plan.reviewed_on;
	const struct prep_exercise *last = prep_last_exercise(&prep.exercises);
	f->last_exercise = last ? last->date : DATE_NONE;
	for (size_t i = 0; i < n; i++)
		if (finding_open(fs[i].status)) {
			f->open_findings++;
			f->by_severity[fs[i].severity]++;
		}
	return 0;
}

static void dashboard_body(struct req *r, struct buf *b)
{
	struct report rep;
	struct dashboard_facts f;
	bool have = view_report(r, 0, &rep) == 0;
	bool known = facts(r, have, &f) == 0;
	dashboard_render(b, r->a, r->lang, r->today, have ? &rep : NULL, known ? &f : NULL);
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
