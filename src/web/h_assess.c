/* h_assess.c: the assessment in the browser: the round with every measure, one
 * measure's answer (with a preview of the Markdown before saving), starting a round and
 * closing it. */
#include <string.h>

#include "app/answers.h"
#include "app/checks.h"
#include "app/oscal.h"
#include "render/assess_html.h"
#include "render/evidence_html.h"
#include "render/html.h"
#include "render/report_text.h"
#include "store/answer.h"
#include "store/catalog.h"
#include "store/round.h"
#include "store/tenant.h"
#include "app/attach.h"
#include "web/handlers.h"
#include "web/view.h"

/* What the registers say about measures 1b and 3a–3d; false (and nothing shown) when
 * they cannot be read, so the assessment itself still works. */
static bool evidence(struct req *r, struct evidence ev[EV_COUNT])
{
	struct err e;
	err_init(&e, r->lang);
	return checks_evidence(r->db, r->a, r->user.tenant_id, r->today, ev, &e) == 0;
}

/* The assessment page of round no: /vurdering for the round shown by default (the latest of
 * KS's measures), with ?runde=N for another. */
static const char *round_url(struct req *r, int no)
{
	struct round def;
	struct err ignored;
	err_init(&ignored, r->lang);
	if (store_round_get(r->db, r->a, r->user.tenant_id, 0, &def, &ignored) == 0 && def.no == no)
		return "/vurdering";
	return arena_printf(r->a, "/vurdering?runde=%d", no);
}

/* The catalogs a measure's mappings name, those this installation has (arena). */
static size_t mapped_catalogs(struct req *r, const struct catalog_item *it, struct catalog **out)
{
	size_t n = 0;
	*out = arena_alloc(r->a, (it->n_mappings + 1) * sizeof(**out));
	for (size_t i = 0; *out && i < it->n_mappings; i++) {
		const char *colon = strchr(it->mappings[i], ':');
		const char *id = colon ? arena_printf(r->a, "%.*s", (int)(colon - it->mappings[i]), it->mappings[i]) : NULL;
		bool have = !id;
		for (size_t k = 0; k < n && !have; k++)
			have = strcmp((*out)[k].id, id) == 0;
		struct catalog *c;
		struct err ignored;
		err_init(&ignored, r->lang);
		if (!have && store_catalog_get(r->db, r->a, id, &c, &ignored) == 0)
			(*out)[n++] = *c;
	}
	return n;
}

/* The start form, when the user may start a round, with the catalogs to choose from. */
static void start_form(struct req *r, const struct page_frame *p)
{
	struct catalog *cs = NULL;
	size_t n = 0;
	if (!role_allows(r->user.role, ROLE_REDAKTOR))
		return;
	if (store_catalog_list(r->db, r->a, &cs, &n, &r->err) < 0)
		n = 0;
	assess_start_form(&r->out, r->a, r->lang, p, r->today, cs, n);
}

void h_assess(struct req *r)
{
	struct report rep;
	struct page_frame p = view_page(r, T("Vurdering"), "vurdering");
	struct buf *b = &r->out;
	const char *which = req_query(r, "runde");
	int no = 0;
	if (which && view_number(which, &no) < 0)
		no = 0;
	page_begin(b, &p);
	if (view_report(r, no, &rep) < 0) {
		HTML_LIT(b, "<p>");
		html_text(b, T("Kommunen har ingen vurderingsrunde ennå."));
		HTML_LIT(b, "</p>");
		start_form(r, &p);
		page_end(b, &p);
		resp_html(r, 200);
		return;
	}
	struct round *rounds = NULL;
	struct catalog *cs = NULL;
	size_t n_rounds = 0, n_cs = 0;
	bool can_start = role_allows(r->user.role, ROLE_REDAKTOR);
	if (store_round_list(r->db, r->a, r->user.tenant_id, &rounds, &n_rounds, &r->err) < 0)
		n_rounds = 0;
	if (can_start && store_catalog_list(r->db, r->a, &cs, &n_cs, &r->err) < 0)
		n_cs = 0;
	const struct assess_overview v = { .rep = &rep, .pg = &p, .rounds = rounds, .n_rounds = n_rounds,
					   .catalogs = cs, .n_catalogs = n_cs, .today = r->today, .can_start = can_start,
					   .can_close = role_allows(r->user.role, ROLE_LEDER) };
	assess_overview(b, r->a, r->lang, &v);
	page_end(b, &p);
	resp_html(r, 200);
}

void h_assess_start(struct req *r)
{
	struct round rd;
	struct store_stamp s = req_stamp(r);
	const char *title = req_field(r, "title"), *catalog = req_field(r, "catalog");
	if (store_round_start(r->db, r->a, r->user.tenant_id, catalog && *catalog ? catalog : ASSESS_MAIN_CATALOG,
			      title ? title : "", &s, &rd, &r->err) < 0) {
		resp_store_error(r);
		return;
	}
	req_flash(r, arena_printf(r->a, T("Startet runde %d."), rd.no));
	resp_redirect(r, round_url(r, rd.no));
}

/* Closing is final, so it is asked twice: this page says so, names every measure that
 * stands as unknown and, when any do, needs a box ticked for them (the count goes with the
 * form and the store checks it again in the closing transaction). */
static void close_confirm(struct req *r, const struct round *rd, bool approving, int status, const char *error)
{
	struct catalog *c;
	struct answer *all;
	size_t n;
	const struct catalog_item *unknown[64];
	struct buf *b = &r->out;
	if (store_catalog_get(r->db, r->a, rd->catalog_id, &c, &r->err) < 0 ||
	    store_answers_load(r->db, r->a, r->user.tenant_id, rd->id, &all, &n, &r->err) < 0) {
		resp_store_error(r);
		return;
	}
	size_t k = assess_unknown(c, all, n, unknown, 64);
	struct page_frame p = view_page(r, arena_printf(r->a, T("Lukke runde %d?"), rd->no), "vurdering");
	p.error = error;
	page_begin(b, &p);
	assess_close_confirm(b, r->a, r->lang, &p, rd, approving, unknown, k);
	page_end(b, &p);
	resp_html(r, status);
}

void h_assess_close(struct req *r)
{
	struct round rd;
	struct store_stamp s = req_stamp(r);
	const char *approve = req_field(r, "approve"), *confirm = req_field(r, "confirm");
	const char *seen = req_field(r, "unknown-ok");
	const char *who = r->user.name && *r->user.name ? r->user.name : r->user.email;
	bool approving = approve && strcmp(approve, "1") == 0;
	int unknown_seen = ROUND_UNKNOWN_NONE;
	/* approval is the leader's own: an administrator who is not leder cannot give it */
	if (approving && r->user.role != ROLE_LEDER) {
		resp_error(r, 403, T("Bare en leder kan godkjenne en runde."));
		return;
	}
	const char *which = req_field(r, "runde");
	int no = 0;
	if (which && view_number(which, &no) < 0)
		no = 0;
	if (store_round_get(r->db, r->a, r->user.tenant_id, no, &rd, &r->err) < 0) {
		resp_store_error(r);
		return;
	}
	if (!confirm || strcmp(confirm, "1") != 0) {
		close_confirm(r, &rd, approving, 200, NULL);
		return;
	}
	if (seen && view_number(seen, &unknown_seen) < 0)
		unknown_seen = ROUND_UNKNOWN_NONE;
	if (store_round_close(r->db, r->user.tenant_id, rd.no, approving ? who : NULL, unknown_seen, &s,
			      &r->err) < 0) {
		if (r->err.kind == ERR_CONFIRM)
			close_confirm(r, &rd, approving, 400, r->err.msg);
		else
			resp_store_error(r);
		return;
	}
	req_flash(r, arena_printf(r->a, T("Runde %d er lukket."), rd.no));
	resp_redirect(r, round_url(r, rd.no));
}

/* The measure, the round and the current answer for the page; -1 answered already. */
static int load(struct req *r, struct round *rd, struct catalog **c, const struct catalog_item **it,
		const struct answer **cur)
{
	struct answer *all;
	size_t n;
	const char *which = r->post ? req_field(r, "runde") : req_query(r, "runde");
	int no = 0;
	if (which && view_number(which, &no) < 0)
		no = 0;
	if (store_round_for(r->db, r->a, r->user.tenant_id, no, r->param, rd, &r->err) < 0 ||
	    store_catalog_get(r->db, r->a, rd->catalog_id, c, &r->err) < 0 ||
	    store_answers_load(r->db, r->a, r->user.tenant_id, rd->id, &all, &n, &r->err) < 0) {
		resp_store_error(r);
		return -1;
	}
	*it = catalog_item_find(*c, r->param);
	if (!*it) {
		resp_error(r, 404, T("Siden finnes ikke."));
		return -1;
	}
	*cur = answer_find(all, n, r->param);
	return 0;
}

#define HISTORY_PAGE 20

/* The newest HISTORY_PAGE versions, or those before ?eldre=N, with a link further back. */
/* The measure's page; 'shown' holds the values in the form (the saved answer, or what
 * was just typed for a preview or after an error). */
static void measure_page(struct req *r, int status, const struct round *rd,
			 const struct catalog_item *it, const struct answer *shown, bool preview,
			 const char *error)
{
	struct page_frame p = view_page(r, arena_printf(r->a, "%s %s", it->id, text2_get(&it->title, r->lang)),
				  "vurdering");
	struct evidence ev[EV_COUNT];
	struct assess_measure v = { .pg = &p, .round = rd, .item = it, .shown = shown, .preview = preview,
				    .can_edit = !round_is_closed(rd) && role_allows(r->user.role, ROLE_REDAKTOR) };
	const char *older = req_query(r, "eldre");
	int k = evidence_index(it->id);
	p.error = error;
	if (k >= 0 && strcmp(rd->catalog_id, ASSESS_MAIN_CATALOG) == 0 && evidence(r, ev))
		v.evidence = &ev[k];
	v.n_others = mapped_catalogs(r, it, &v.others);
	/* the newest HISTORY_PAGE versions, or those before ?eldre=N */
	if (older && view_number(older, &v.before) < 0)
		v.before = 0;
	if (store_answer_history_page(r->db, r->a, r->user.tenant_id, rd->id, it->id, v.before, HISTORY_PAGE,
				      &v.history, &v.n_history, &v.more, &r->err) < 0)
		v.n_history = 0;
	struct attach_view files = { .lang = r->lang, .a = r->a, .csrf = p.csrf,
				     .editor = role_allows(r->user.role, ROLE_REDAKTOR),
				     .target = arena_printf(r->a, "measure:%s", it->id) };
	struct attachment *xs;
	if (attach_list(r->db, r->a, r->user.tenant_id, files.target, &xs, &files.n, &r->err) == 0) {
		files.xs = xs;
		v.files = &files;
	}
	page_begin(&r->out, &p);
	assess_measure(&r->out, r->a, r->lang, &v);
	page_end(&r->out, &p);
	resp_html(r, status);
}

void h_measure_get(struct req *r)
{
	struct round rd;
	struct catalog *c;
	const struct catalog_item *it;
	const struct answer *cur;
	if (load(r, &rd, &c, &it, &cur) == 0)
		measure_page(r, 200, &rd, it, cur, false, NULL);
}

void h_measure_post(struct req *r)
{
	struct round rd;
	struct catalog *c;
	const struct catalog_item *it;
	const struct answer *cur;
	struct answer typed = { .measure_id = r->param, .due = DATE_NONE };
	struct answer_patch p = { .measure_id = r->param };
	const char *op = req_field(r, "op"), *status = req_field(r, "status"), *due = req_field(r, "due");
	struct store_stamp s = req_stamp(r);

	if (load(r, &rd, &c, &it, &cur) < 0)
		return;
	if (!status || status_parse(status, &typed.status, &r->err) < 0) {
		if (!status)
			err_set(&r->err, "Velg en status.");
		measure_page(r, 400, &rd, it, cur, false, r->err.msg);
		return;
	}
	typed.owner = req_field(r, "owner");
	typed.evidence = req_field(r, "evidence");
	typed.plan = req_field(r, "plan");
	if (due && *due && date_parse(due, &typed.due) < 0) {
		measure_page(r, 400, &rd, it, &typed, false,
			     arena_printf(r->a, T("Fristen «%s» er ikke en gyldig dato. Skriv den som "
						  "ÅÅÅÅ-MM-DD, for eksempel 2027-03-31."), due));
		return;
	}
	if (op && strcmp(op, "preview") == 0) {
		measure_page(r, 200, &rd, it, &typed, true, NULL);
		return;
	}
	p.has_status = true;
	p.status = typed.status;
	p.owner = typed.owner ? typed.owner : "";
	p.evidence = typed.evidence ? typed.evidence : "";
	p.plan = typed.plan ? typed.plan : "";
	p.has_due = true;
	p.due = typed.due;
	if (answers_set(r->db, r->user.tenant_id, rd.no, c, &p, &s, NULL, &r->err) < 0) {
		measure_page(r, 400, &rd, it, &typed, false, r->err.msg);
		return;
	}
	req_flash(r, arena_printf(r->a, T("Lagret svaret på %s."), it->id));
	resp_redirect(r, round_url(r, rd.no));
}

/* A closed round as OSCAL assessment results (?runde=N; the newest closed KS round when
 * not given), for the page's link and the API alike. */
void h_assess_oscal(struct req *r)
{
	struct tenant t;
	const char *which = req_query(r, "runde");
	int no = 0;
	if (which && view_number(which, &no) < 0) {
		resp_error(r, 400, T("«runde» må være et rundenummer."));
		return;
	}
	if (store_tenant_by_id(r->db, r->a, r->user.tenant_id, &t, &r->err) < 0 ||
	    oscal_round_export(r->db, r->a, r->lang, &t, no, r->today, r->now, &r->out, &r->err) < 0) {
		buf_reset(&r->out);
		if (r->err.kind == ERR_NOT_FOUND)
			resp_error(r, 404, r->err.msg);
		else
			resp_error(r, 409, r->err.msg);
		return;
	}
	r->status = 200;
	r->content_type = "application/json; charset=utf-8";
	r->disposition = arena_printf(r->a, "attachment; filename=\"oscal-vurdering-%s-runde-%d.json\"", t.kommunenr,
				      no);
}
