/* h_actions.c: the action plan in the browser: the list with filters, adding an
 * action by hand, and changing one. Rejecting an action accepts a risk, so only a
 * leader may do it. */
#include <string.h>

#include "render/actions.h"
#include "render/actions_xlsx.h"
#include "render/report_text.h"
#include "store/action.h"
#include "web/handlers.h"
#include "web/view.h"

void h_actions(struct req *r)
{
	struct report rep;
	struct action *all;
	size_t n;
	const char *want = req_query(r, "status");
	struct actions_filter f = { .status_code = want, .status = ACTION_APEN, .overdue_only = req_query(r, "forfalt") != NULL };
	f.by_status = want && *want && action_status_parse(want, &f.status, &r->err) == 0;
	struct page_frame p = view_page(r, T("Handlingsplan"), "tiltak");
	bool have_report = view_report(r, 0, &rep) == 0;

	if (store_action_list(r->db, r->a, r->user.tenant_id, &all, &n, &r->err) < 0) {
		resp_store_error(r);
		return;
	}
	struct actions_view v = { .a = r->a, .lang = r->lang, .pg = &p, .today = r->today,
				  .editor = role_allows(r->user.role, ROLE_REDAKTOR), .rep = have_report ? &rep : NULL };
	page_begin(&r->out, &p);
	actions_list(&r->out, &v, all, n, &f);
	page_end(&r->out, &p);
	resp_html(r, 200);
}

/* GET /tiltak/handlingsplan.xlsx: the whole action plan as a workbook. */
void h_actions_xlsx(struct req *r)
{
	struct report rep;
	struct action *all;
	size_t n;
	bool have_report = view_report(r, 0, &rep) == 0;
	if (store_action_list(r->db, r->a, r->user.tenant_id, &all, &n, &r->err) < 0) {
		resp_store_error(r);
		return;
	}
	buf_reset(&r->out);
	if (actions_xlsx(have_report ? &rep : NULL, r->lang, all, n, r->srv->settings->tmpdir, &r->out, &r->err) < 0) {
		resp_error(r, 500, r->err.msg);
		return;
	}
	r->status = 200;
	r->content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
	r->disposition = "attachment; filename=\"handlingsplan.xlsx\"";
}

/* Read the date field; -1 with r->err for a bad one. */
static int form_due(struct req *r, int32_t *due)
{
	const char *s = req_field(r, "due");
	*due = DATE_NONE;
	if (s && *s && date_parse(s, due) < 0)
		return err_set(&r->err, "Fristen «%s» er ikke en gyldig dato. Skriv den som ÅÅÅÅ-MM-DD, "
			       "for eksempel 2027-03-31.", s);
	return 0;
}

void h_action_add(struct req *r)
{
	struct action x = { .origin = ACTION_ORIGIN_MANUAL, .status = ACTION_APEN,
			    .priority = PRIORITY_MIDDELS };
	struct store_stamp s = req_stamp(r);
	const char *pri = req_field(r, "priority");
	x.title = req_field(r, "title");
	x.owner = req_field(r, "owner");
	if ((x.owner && !*x.owner))
		x.owner = NULL;
	if (form_due(r, &x.due) < 0 || (pri && priority_parse(pri, &x.priority, &r->err) < 0) ||
	    action_cost_set(&x, req_field(r, "cost"), req_field(r, "cost_year"), &r->err) < 0 ||
	    store_action_add(r->db, r->user.tenant_id, &x, &s, &r->err) < 0) {
		resp_error(r, 400, r->err.msg);
		return;
	}
	req_flash(r, arena_printf(r->a, T("La til oppgave T-%d."), x.no));
	resp_redirect(r, "/tiltak");
}

static void action_page(struct req *r, int status, const struct action *x, const char *error)
{
	struct report rep;
	struct action *hist = NULL;
	size_t n = 0;
	bool have = view_report(r, 0, &rep) == 0;
	const char *title = have ? report_action_title(&rep, r->lang, x) : x->title;
	struct page_frame p = view_page(r, arena_printf(r->a, "T-%d %s", x->no, title ? title : ""), "tiltak");
	p.error = error;
	if (store_action_history(r->db, r->a, r->user.tenant_id, x->no, &hist, &n, &r->err) < 0)
		n = 0;   /* the page without its history rather than none */
	struct actions_view v = { .a = r->a, .lang = r->lang, .pg = &p, .today = r->today,
				  .editor = role_allows(r->user.role, ROLE_REDAKTOR), .rep = have ? &rep : NULL };
	page_begin(&r->out, &p);
	actions_one(&r->out, &v, x, hist, n);
	view_attachments(r, &p, arena_printf(r->a, "action:%d", x->no));
	page_end(&r->out, &p);
	resp_html(r, status);
}

static int get(struct req *r, struct action *x)
{
	int no;
	if (view_number(r->param, &no) < 0 ||
	    store_action_get(r->db, r->a, r->user.tenant_id, no, x, &r->err) < 0) {
		resp_error(r, 404, T("Siden finnes ikke."));
		return -1;
	}
	return 0;
}

void h_action_get(struct req *r)
{
	struct action x;
	if (get(r, &x) == 0)
		action_page(r, 200, &x, NULL);
}

void h_action_post(struct req *r)
{
	struct action x, was;
	struct store_stamp s = req_stamp(r);
	const char *st = req_field(r, "status"), *pri = req_field(r, "priority");
	const char *version = req_field(r, "version"), *text;
	int v;
	if (get(r, &x) < 0)
		return;
	was = x;
	if (version && view_number(version, &v) == 0)
		x.version = v;       /* refused by the store if someone changed it since */
	if ((text = req_field(r, "title")))
		x.title = *text ? text : NULL;
	if ((text = req_field(r, "owner")))
		x.owner = *text ? text : NULL;
	if ((text = req_field(r, "reason")))
		x.reason = *text ? text : NULL;
	if ((text = req_field(r, "plan")))
		x.plan = *text ? text : NULL;
	if (form_due(r, &x.due) < 0 || (st && action_status_parse(st, &x.status, &r->err) < 0) ||
	    (pri && priority_parse(pri, &x.priority, &r->err) < 0) ||
	    action_cost_set(&x, req_field(r, "cost"), req_field(r, "cost_year"), &r->err) < 0) {
		action_page(r, 400, &was, r->err.msg);
		return;
	}
	if (action_change_is_leaders(was.status, was.reason, &x) && r->user.role != ROLE_LEDER) {
		resp_error(r, 403, T("Å avvise en oppgave er å akseptere en risiko; bare en leder kan avvise, "
				     "gjenåpne eller endre begrunnelsen."));
		return;
	}
	if (store_action_update(r->db, r->user.tenant_id, &x, &s, &r->err) < 0) {
		action_page(r, 400, &was, r->err.msg);
		return;
	}
	req_flash(r, arena_printf(r->a, T("Oppdaterte oppgave T-%d."), x.no));
	resp_redirect(r, "/tiltak");
}
