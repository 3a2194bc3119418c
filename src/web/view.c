/* view.c: see view.h. */
#include "web/view.h"

#include "app/attach.h"
#include "render/attachments.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/report_run.h"
#include "render/dot.h"
#include "render/registers.h"
#include "util/limits.h"
#include "store/membership.h"
#include "store/prep.h"
#include "store/tenant.h"

struct page_frame view_page(struct req *r, const char *title, const char *active)
{
	struct page_frame p = { .lang = r->lang, .title = title, .active = active,
			  .logged_in = r->logged_in, .role = r->user.role,
			  .tenant = r->logged_in ? r->tenant_name : NULL,
			  .tenant_code = r->logged_in ? r->tenant_code : NULL,
			  .cooperation = r->logged_in && r->tenant_cooperation };
	if (r->logged_in) {
		struct err ignored;
		err_init(&ignored, r->lang);
		p.user = r->user.name && *r->user.name ? r->user.name : r->user.email;
		p.csrf = r->session.csrf;
		struct membership *all = NULL;
		if (store_membership_list(r->db, r->a, r->user.id, &all, &p.n_tenants, &ignored) < 0)
			fprintf(stderr, "beredt: the account's tenants could not be read for the switcher: %s\n", ignored.msg);
		p.tenants = all;
		if (store_incident_active(r->db, r->a, r->user.tenant_id, &p.incident, &p.incident_title, &ignored) < 0)
			fprintf(stderr, "beredt: the open incident could not be read for the banner: %s\n", ignored.msg);
	} else if (r->has_session) {
		p.csrf = r->session.csrf;
	}
	if (r->has_session && r->session.flash && !r->post) {
		p.flash = r->session.flash;
		struct err ignored;
		err_init(&ignored, r->lang);
		if (store_session_flash(r->db, r->sid, NULL, &ignored) < 0)
			fprintf(stderr, "beredt: a shown message could not be cleared: %s\n", ignored.msg);
	}
	return p;
}

int view_report(struct req *r, int no, struct report *out)
{
	struct tenant *t = arena_alloc(r->a, sizeof(*t));
	if (!t)
		return err_set(&r->err, "Tom for minne.");
	/* the report still shows without what the registers say, should they fail to load */
	if (store_tenant_by_id(r->db, r->a, r->user.tenant_id, t, &r->err) < 0)
		return -1;
	return report_run(r->db, r->a, t, no, r->today, r->now, false, out, &r->err);
}

int view_number(const char *s, int *out)
{
	char *end;
	if (!s || *s < '0' || *s > '9')
		return -1;
	long v = strtol(s, &end, 10);
	if (*end || v <= 0 || v > 1000000000)
		return -1;
	*out = (int)v;
	return 0;
}

void view_picture(struct req *r, const char *id, const struct ros_graph *g, const bool *show,
		  const unsigned char *mark)
{
	view_picture_into(r, &r->out, id, g, show, mark);
}

static void picture(struct req *r, struct buf *out, const char *id, const struct ros_graph *g, const bool *show,
		    const unsigned char *mark, const struct dot_layout *layout)
{
	struct buf dot, svg;
	buf_init(&dot, LIMIT_DOT_SOURCE);
	buf_init(&svg, LIMIT_DOT_OUTPUT + 1);
	dot_write_layout(&dot, g, show, mark, id, r->lang, layout);
	bool drawn = dot_svg(dot.data, dot.len, r->srv->settings ? r->srv->settings->path : NULL, &svg, &r->err) == 0;
	registers_graph_figure(out, r->lang, drawn ? svg.data : NULL, svg.len, r->err.msg);
	buf_release(&dot);
	buf_release(&svg);
}

void view_picture_into(struct req *r, struct buf *out, const char *id, const struct ros_graph *g, const bool *show,
		       const unsigned char *mark)
{
	picture(r, out, id, g, show, mark, NULL);
}

void view_picture_layout(struct req *r, const char *id, const struct ros_graph *g, const bool *show,
			 const struct dot_layout *layout)
{
	picture(r, &r->out, id, g, show, NULL, layout);
}

bool view_impact_query(struct req *r, const char **picked, struct impact_query *q)
{
	size_t np = req_query_all(r, "n", picked, IMPACT_NAMES_MAX + 1);
	const char *mode = req_query(r, "modus"), *domain = req_query(r, "domene");
	*q = (struct impact_query){ .names = picked, .n_names = np, .domain = domain,
				    .untrusted = mode && strcmp(mode, "utrygg") == 0 };
	return np || (domain && *domain);
}

void view_attachments(struct req *r, const struct page_frame *p, const char *target)
{
	struct attachment *xs;
	struct attach_view v = { .lang = r->lang, .a = r->a, .csrf = p->csrf,
				 .editor = role_allows(r->user.role, ROLE_REDAKTOR), .target = target };
	if (attach_list(r->db, r->a, r->user.tenant_id, target, &xs, &v.n, &r->err) < 0)
		return;
	v.xs = xs;
	attach_section(&r->out, &v);
}

void view_document(struct req *r, enum report_format fmt, const char *name)
{
	r->status = 200;
	r->content_type = report_format_type(fmt);
	r->csp = r->srv->report_csp;
	r->disposition = arena_printf(r->a, "attachment; filename=\"%s.%s\"", name, report_format_ext(fmt));
}

void view_document_failed(struct req *r, enum report_format fmt)
{
	resp_error(r, fmt == REPORT_PDF || fmt == REPORT_DOCX ? 500 : 400, r->err.msg);
}
