/* h_actions.c: the action plan in the browser: the list with filters, adding an
 * action by hand, and changing one. Rejecting an action accepts a risk, so only a
 * leader may do it. */
#include <string.h>

#include "render/html.h"
#include "render/report_text.h"
#include "store/action.h"
#include "web/handlers.h"
#include "web/view.h"

static const char *const status_codes[] = { "åpen", "pågår", "utført", "avvist" };
static const char *const priority_codes[] = { "lav", "middels", "høy" };

static void labels(struct req *r, const char *const *codes, int n, const char **out,
		   bool priorities)
{
	struct err ignored;
	err_init(&ignored, r->lang);
	for (int i = 0; i < n; i++) {
		if (priorities) {
			enum priority pr;
			priority_parse(codes[i], &pr, &ignored);
			out[i] = V(priority_label(pr));
		} else {
			enum action_status st;
			action_status_parse(codes[i], &st, &ignored);
			out[i] = V(action_status_label(st));
		}
	}
}

void h_actions(struct req *r)
{
	struct report rep;
	struct action *all;
	size_t n;
	struct buf *b = &r->out;
	const char *want = req_query(r, "status");
	const char *late = req_query(r, "forfalt");
	enum action_status ws = ACTION_APEN;
	bool filter = want && *want && action_status_parse(want, &ws, &r->err) == 0;
	struct page p = view_page(r, V("Tiltaksplan"), "tiltak");
	bool have_report = view_report(r, 0, &rep) == 0;

	if (store_action_list(r->db, r->a, r->user.tenant_id, &all, &n, &r->err) < 0) {
		resp_store_error(r);
		return;
	}
	page_begin(b, &p);
	/* the filter is a GET form: it changes nothing, and works without JavaScript */
	HTML_LIT(b, "<form method=\"get\" action=\"/tiltak\" class=\"actions-row\">");
	const char *codes[5] = { "", "åpen", "pågår", "utført", "avvist" }, *names[5];
	names[0] = V("Alle");
	labels(r, status_codes, 4, names + 1, false);
	page_select(b, "status", V("Status"), codes, names, 5, want);
	HTML_LIT(b, "<div class=\"field\"><input type=\"checkbox\" id=\"forfalt\" name=\"forfalt\" value=\"1\"");
	if (late)
		HTML_LIT(b, " checked");
	HTML_LIT(b, "> <label for=\"forfalt\" class=\"inline\">");
	html_text(b, V("Bare forfalte"));
	HTML_LIT(b, "</label></div>");
	page_button(b, V("Vis"), NULL, NULL, true);
	HTML_LIT(b, "</form>");
	{
		const char *const cols[] = { V("Nr."), V("Tiltak"), V("Ansvarlig"), V("Frist"), V("Prioritet"), V("Status") };
		page_thead(b, cols, 6);
	}
	size_t shown = 0;
	for (size_t i = 0; i < n; i++) {
		const struct action *x = &all[i];
		bool overdue = action_is_overdue(x, r->today);
		if ((filter && x->status != ws) || (late && !overdue))
			continue;
		shown++;
		HTML_LIT(b, "<tr><td>");
		page_link(b, arena_printf(r->a, "/tiltak/%d", x->no), report_action_ref(r->a, x));
		HTML_LIT(b, "</td><td>");
		html_text(b, have_report ? report_action_title(&rep, r->lang, x)
					 : x->title ? x->title : x->measure_id);
		HTML_LIT(b, "</td><td>");
		html_text(b, x->owner);
		HTML_LIT(b, "</td><td class=\"date\">");
		html_text(b, report_date(r->a, x->due));
		if (overdue) {
			HTML_LIT(b, " ");
			page_badge(b, "overdue", V("forfalt"));
		}
		HTML_LIT(b, "</td><td>");
		html_text(b, V(priority_label(x->priority)));
		HTML_LIT(b, "</td><td>");
		page_badge(b, action_status_code(x->status), V(action_status_label(x->status)));
		HTML_LIT(b, "</td></tr>");
	}
	page_table_end(b);
	if (!shown) {
		HTML_LIT(b, "<p>");
		html_text(b, V("Ingen tiltak passer."));
		HTML_LIT(b, "</p>");
	}
	if (role_allows(r->user.role, ROLE_REDAKTOR)) {
		const char *pn[3];
		labels(r, priority_codes, 3, pn, true);
		HTML_LIT(b, "<h2>");
		html_text(b, V("Legg til et tiltak"));
		HTML_LIT(b, "</h2>");
		page_form(b, &p, "/tiltak");
		page_input(b, "title", V("Tittel"), "text", NULL, true, NULL, "off");
		page_input(b, "owner", V("Ansvarlig"), "text", NULL, false, NULL, "off");
		page_input(b, "due", V("Frist"), "date", NULL, false, NULL, "off");
		page_select(b, "priority", V("Prioritet"), priority_codes, pn, 3, "middels");
		page_button(b, V("Legg til"), NULL, NULL, false);
		page_form_end(b);
	}
	page_end(b, &p);
	resp_html(r, 200);
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
	    store_action_add(r->db, r->user.tenant_id, &x, &s, &r->err) < 0) {
		resp_error(r, 400, r->err.msg);
		return;
	}
	req_flash(r, arena_printf(r->a, V("La til tiltak T-%d."), x.no));
	resp_redirect(r, "/tiltak");
}

static void action_page(struct req *r, int status, const struct action *x, const char *error)
{
	struct buf *b = &r->out;
	struct report rep;
	struct action *hist;
	size_t n = 0;
	bool have = view_report(r, 0, &rep) == 0;
	const char *title = have ? report_action_title(&rep, r->lang, x) : x->title;
	struct page p = view_page(r, arena_printf(r->a, "T-%d %s", x->no, title ? title : ""), "tiltak");
	p.error = error;
	page_begin(b, &p);
	HTML_LIT(b, "<p><a href=\"/tiltak\">");
	html_text(b, V("Tilbake til tiltaksplanen"));
	HTML_LIT(b, "</a></p>");
	if (x->measure_id) {
		HTML_LIT(b, "<p>");
		html_text(b, V("Gjelder tiltak"));
		HTML_LIT(b, " ");
		page_link(b, arena_printf(r->a, "/vurdering/%s", x->measure_id), x->measure_id);
		HTML_LIT(b, "</p>");
	}
	if (role_allows(r->user.role, ROLE_REDAKTOR)) {
		const char *sn[4], *pn[3];
		labels(r, status_codes, 4, sn, false);
		labels(r, priority_codes, 3, pn, true);
		page_form(b, &p, arena_printf(r->a, "/tiltak/%d", x->no));
		page_hidden(b, "version", arena_printf(r->a, "%d", x->version));
		page_input(b, "title", V("Tittel"), "text", x->title, !x->measure_id,
			   x->measure_id ? V("Tom: tittelen på tiltaket i katalogen brukes.") : NULL, "off");
		page_input(b, "owner", V("Ansvarlig"), "text", x->owner, false, NULL, "off");
		page_input(b, "due", V("Frist"), "date", report_date(r->a, x->due), false, NULL, "off");
		page_select(b, "priority", V("Prioritet"), priority_codes, pn, 3, priority_code(x->priority));
		page_select(b, "status", V("Status"), status_codes, sn, 4, action_status_code(x->status));
		page_textarea(b, "reason", V("Begrunnelse"), x->reason, 3,
			      V("Påkrevd for å avvise et tiltak (bare ledere kan avvise)."));
		page_textarea(b, "plan", V("Plan"), x->plan, 4, NULL);
		page_button(b, V("Lagre"), NULL, NULL, false);
		page_form_end(b);
	}
	if (store_action_history(r->db, r->a, r->user.tenant_id, x->no, &hist, &n, &r->err) == 0 && n) {
		HTML_LIT(b, "<h2>");
		html_text(b, V("Historikk"));
		HTML_LIT(b, "</h2>");
		{
			const char *const cols[] = { V("Versjon"), V("Endret"), V("Av"), V("Status") };
			page_thead(b, cols, 4);
		}
		for (size_t i = n; i-- > 0;) {
			HTML_LIT(b, "<tr><td>");
			buf_printf(b, "%d", hist[i].version);
			HTML_LIT(b, "</td><td>");
			html_text(b, hist[i].changed_at);
			HTML_LIT(b, "</td><td>");
			html_text(b, hist[i].changed_by);
			HTML_LIT(b, "</td><td>");
			html_text(b, V(action_status_label(hist[i].status)));
			HTML_LIT(b, "</td></tr>");
		}
		page_table_end(b);
	}
	page_end(b, &p);
	resp_html(r, status);
}

static int get(struct req *r, struct action *x)
{
	int no;
	if (view_number(r->param, &no) < 0 ||
	    store_action_get(r->db, r->a, r->user.tenant_id, no, x, &r->err) < 0) {
		resp_error(r, 404, V("Siden finnes ikke."));
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
	    (pri && priority_parse(pri, &x.priority, &r->err) < 0)) {
		action_page(r, 400, &was, r->err.msg);
		return;
	}
	if (action_change_is_leaders(was.status, was.reason, &x) && r->user.role != ROLE_LEDER) {
		resp_error(r, 403, V("Å avvise et tiltak er å akseptere en risiko; bare en leder kan avvise, "
				     "gjenåpne eller endre begrunnelsen."));
		return;
	}
	if (store_action_update(r->db, r->user.tenant_id, &x, &s, &r->err) < 0) {
		action_page(r, 400, &was, r->err.msg);
		return;
	}
	req_flash(r, arena_printf(r->a, V("Oppdaterte tiltak T-%d."), x.no));
	resp_redirect(r, "/tiltak");
}
