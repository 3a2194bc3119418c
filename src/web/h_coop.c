/* h_coop.c: the cooperation's pages: its members side by side with what rests on each
 * shared system, the what-if across members, a new member and invitations to members.
 * Only for a cooperation: for a municipality these pages do not exist. */
#include <stdio.h>
#include <string.h>

#include "app/coop.h"
#include "app/coop_onboard.h"
#include "render/coop_html.h"
#include "render/mail.h"
#include "render/impact_html.h"
#include "store/audit.h"
#include "store/coop.h"
#include "store/ros.h"
#include "store/tenant.h"
#include "web/handlers.h"
#include "util/limits.h"
#include "web/view.h"

#define COOP_PICTURES_MAX 5   /* members drawn at once on the what-if */

/* The active tenant as the cooperation, or a 404 for a municipality. */
static int coop_of(struct req *r, struct tenant *t)
{
	if (!r->tenant_cooperation) {
		resp_error(r, 404, T("Siden gjelder et IKT-samarbeid. Bytt til samarbeidet i toppen av siden."));
		return -1;
	}
	if (store_tenant_by_id(r->db, r->a, r->user.tenant_id, t, &r->err) < 0) {
		resp_store_error(r);
		return -1;
	}
	return 0;
}

/* The part of the page that is the same for everyone in the cooperation: the members side
 * by side and what rests on each shared system. Cached like the dashboard (web/cache.h). */
static int coop_body(struct req *r, const struct tenant *t, struct buf *b)
{
	struct coop_row *rows;
	struct coop_dependants *deps;
	size_t n, nd;
	if (coop_overview(r->db, r->a, t->id, r->today, &rows, &n, &r->err) < 0 ||
	    coop_dependants_run(r->db, r->a, t->id, &deps, &nd, &r->err) < 0)
		return -1;
	coop_members_chart(b, r->a, r->lang, rows, n);
	coop_members_table(b, r->a, r->lang, rows, n);
	coop_whatif_link(b, r->lang);
	coop_dependants_section(b, r->a, r->lang, deps, nd);
	return 0;
}

static void coop_page(struct req *r, int status, const char *error, const char *link, const char *link_to)
{
	struct tenant t;
	struct coop_member *members;
	size_t nm;
	if (coop_of(r, &t) < 0)
		return;
	struct page_frame p = view_page(r, arena_printf(r->a, T("Medlemmene i %s"), t.name), "samarbeid");
	p.error = error;
	struct cache_key key = { .tenant = t.id, .lang = r->lang, .today = r->today, .kind = 2 };
	bool cacheable = store_audit_head(r->db, &key.seq, &r->err) == 0;
	struct cache_ticket ticket = { .render = 0 };
	struct buf body;
	buf_init(&body, LIMIT_DASHBOARD);
	if (!cacheable || cache_begin(&r->srv->cache, &key, &body, &ticket) == CACHE_RENDER) {
		int rc = coop_body(r, &t, &body);
		if (cacheable)
			cache_done(&r->srv->cache, &ticket, rc == 0 && !body.failed ? (body.data ? body.data : "") : NULL,
				   body.len);
		if (rc < 0) {
			buf_release(&body);
			resp_store_error(r);
			return;
		}
	}
	/* the members list, for the form to invite to one */
	if (store_coop_members(r->db, r->a, t.id, false, &members, &nm, &r->err) < 0) {
		buf_release(&body);
		resp_store_error(r);
		return;
	}
	struct buf *b = &r->out;
	page_begin(b, &p);
	if (link)
		coop_link_shown(b, r->a, r->lang, link, link_to, mailer_ready(&r->srv->mailer));
	coop_switches_fill(b, r->a, &p, body.data ? body.data : "", body.len, p.tenants, p.n_tenants);
	buf_release(&body);
	if (role_allows(r->user.role, ROLE_ADMIN))
		coop_admin_forms(b, &p, members, nm);
	page_end(b, &p);
	resp_html(r, status);
}

void h_coop(struct req *r)
{
	coop_page(r, 200, NULL, NULL, NULL);
}

/* The question as one text, for the cache: the names, the mode, the domain and the graph
 * asked for, each field ended by a byte no field can hold. */
static const char *question_text(struct req *r, const struct impact_query *q, const char *draw)
{
	const char *s = arena_printf(r->a, "%c\x1f%s\x1f%s\x1f", q->untrusted ? 'u' : 'd', q->domain ? q->domain : "",
				     draw ? draw : "");
	for (size_t i = 0; s && i < q->n_names; i++)
		s = arena_printf(r->a, "%s%s\x1f", s, q->names[i] ? q->names[i] : "");
	return s ? s : "";
}

/* The answer below the form: the order to restore across members, then per member what
 * stops there, drawn on its own graph; with many members only the one asked for is drawn
 * (dot takes its time per graph). */
static void whatif_answer(struct req *r, struct buf *b, const struct coop_impact *res, const struct impact_query *q,
			  const char *draw)
{
	bool all = res->n_members <= COOP_PICTURES_MAX;
	coop_impact_section(b, r->a, r->lang, res);
	for (size_t k = 0; k < res->n_members; k++) {
		const struct impact_result *x = &res->results[k];
		bool *show = arena_alloc(r->a, (x->g.n + 1) * sizeof(bool));
		unsigned char *mark = arena_alloc(r->a, x->g.n + 1);
		if (!show || !mark)
			break;
		coop_member_heading(b, r->a, r->lang, &res->members[k], x->n);
		if (!x->n)
			continue;
		impact_section(b, r->a, r->lang, x, show, mark);
		if (all || (draw && strcmp(draw, res->members[k].kommunenr) == 0))
			view_picture_into(r, b, arena_printf(r->a, "m%s", res->members[k].kommunenr), &x->g, show, mark);
		else
			coop_graph_link(b, r->a, r->lang, q, &res->members[k]);
	}
}

void h_coop_whatif(struct req *r)
{
	struct tenant t;
	struct ros_register reg;
	struct ros_graph g;
	const char *picked[IMPACT_NAMES_MAX + 1];
	struct impact_query q;
	bool asked = view_impact_query(r, picked, &q);
	const char *draw = req_query(r, "graf");
	struct coop_impact res;
	if (coop_of(r, &t) < 0)
		return;
	struct page_frame p = view_page(r, T("Hva hvis, på tvers av medlemmene?"), "samarbeid");
	/* the same question asked again while nothing changed is answered from the cache */
	struct cache_key key = { .tenant = t.id, .lang = r->lang, .today = r->today, .kind = 3 };
	bool cacheable = cache_variant(&key, asked ? question_text(r, &q, draw) : "") &&
			 store_audit_head(r->db, &key.seq, &r->err) == 0;
	struct cache_ticket ticket = { .render = 0 };
	struct buf body;
	buf_init(&body, LIMIT_DASHBOARD);
	if (cacheable && cache_begin(&r->srv->cache, &key, &body, &ticket) == CACHE_HIT) {
		page_begin(&r->out, &p);
		buf_append(&r->out, body.data ? body.data : "", body.len);
		buf_release(&body);
		page_end(&r->out, &p);
		resp_html(r, 200);
		return;
	}
	/* the same use case, with the same refusals, as the CLI */
	int rc = asked ? coop_impact_run(r->db, r->a, t.id, &q, &res, &r->err) : 0;
	if (rc < 0 || store_ros_graph(r->db, r->a, t.id, &reg, &g, &r->err) < 0) {
		cache_done(&r->srv->cache, &ticket, NULL, 0);
		buf_release(&body);
		if (r->err.kind != ERR_NOT_FOUND && r->err.kind != ERR_INPUT) {
			resp_store_error(r);
			return;
		}
		/* a refused question: the form again, with why */
		p.error = r->err.msg;
		if (store_ros_graph(r->db, r->a, t.id, &reg, &g, &r->err) < 0) {
			resp_store_error(r);
			return;
		}
		page_begin(&r->out, &p);
		impact_form(&r->out, "/samarbeid/hva-hvis", r->lang, &reg, &g, picked, q.n_names, q.domain, q.untrusted);
		page_end(&r->out, &p);
		resp_html(r, r->err.kind == ERR_NOT_FOUND ? 404 : 400);
		return;
	}
	impact_form(&body, "/samarbeid/hva-hvis", r->lang, &reg, &g, picked, q.n_names, q.domain, q.untrusted);
	if (asked)
		whatif_answer(r, &body, &res, &q, draw);
	cache_done(&r->srv->cache, &ticket, body.failed ? NULL : body.data ? body.data : "", body.len);
	page_begin(&r->out, &p);
	buf_append(&r->out, body.data ? body.data : "", body.len);
	buf_release(&body);
	page_end(&r->out, &p);
	resp_html(r, 200);
}

void h_coop_member_add(struct req *r)
{
	struct tenant t, m = { .kommunenr = req_field(r, "kommunenr"), .name = req_field(r, "navn"),
			       .orgnr = req_field(r, "orgnr") };
	struct store_stamp s = req_stamp(r);
	if (coop_of(r, &t) < 0)
		return;
	if (coop_member_new(r->db, r->a, &t, &m, r->user.id, &s, &r->err) < 0) {
		if (r->err.kind == ERR_INTERNAL)
			resp_store_error(r);
		else
			coop_page(r, err_http_status(r->err.kind), r->err.msg, NULL, NULL);
		return;
	}
	req_flash(r, arena_printf(r->a, T("%s (%s) er medlem av %s, med en første runde og de felles systemene i "
					  "registeret. Du er administrator der."), m.name, m.kommunenr, t.name));
	resp_redirect(r, "/samarbeid");
}

/* Queue each person's mail; the links are shown once on the answer as well, in case mail
 * is not set up or does not arrive. */
static void invited(struct req *r, const struct tenant *t, struct coop_person *p, size_t n)
{
	struct buf links;
	buf_init(&links, 0);
	for (size_t i = 0; i < n; i++) {
		const char *link = arena_printf(r->a, "%s/enroll?token=%s", r->srv->base_url, p[i].token), *subject, *text;
		mail_invite(r->a, LANG_NB, t->name, p[i].member->name, p[i].name, p[i].role, link, &subject, &text);
		if (mailer_post(&r->srv->mailer, p[i].email, subject, text) < 0 && mailer_ready(&r->srv->mailer))
			fprintf(stderr, "beredt: the mail queue is full; the invitation to %s is shown on the page only\n",
				p[i].email);
		buf_printf(&links, "%s%s", i ? "\n" : "", link);
	}
	const char *to = n == 1 ? p[0].email : arena_printf(r->a, i18n_n(r->lang, "%zu person", "%zu personer",
									    (unsigned long)n), n);
	coop_page(r, 200, NULL, links.data ? arena_strdup(r->a, links.data) : "", to);
	buf_release(&links);
}

void h_coop_invite(struct req *r)
{
	struct tenant t;
	struct store_stamp s = req_stamp(r);
	struct coop_person one = { .name = req_field(r, "name"), .email = req_field(r, "email"),
				   .kommunenr = req_field(r, "medlem") };
	const char *role = req_field(r, "role");
	if (coop_of(r, &t) < 0)
		return;
	if (!role || role_parse(role, &one.role, &r->err) < 0 ||
	    coop_invite(r->db, r->a, &t, &one, 1, &s, &r->err) < 0) {
		coop_page(r, r->err.kind == ERR_INTERNAL ? 500 : err_http_status(r->err.kind), r->err.msg, NULL, NULL);
		return;
	}
	invited(r, &t, &one, 1);
}

void h_coop_invite_csv(struct req *r)
{
	struct tenant t;
	struct store_stamp s = req_stamp(r);
	struct coop_person *p;
	size_t n;
	const char *data = req_field(r, "personer");
	if (coop_of(r, &t) < 0)
		return;
	if (!data || !*data) {
		coop_page(r, 400, T("Velg en CSV-fil med personer."), NULL, NULL);
		return;
	}
	if (coop_people_csv(r->a, data, strlen(data), &p, &n, &r->err) < 0 ||
	    coop_invite(r->db, r->a, &t, p, n, &s, &r->err) < 0) {
		coop_page(r, r->err.kind == ERR_INTERNAL ? 500 : err_http_status(r->err.kind), r->err.msg, NULL, NULL);
		return;
	}
	invited(r, &t, p, n);
}
