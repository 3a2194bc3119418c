/* h_incident.c: the incident log on the web (store/prep.h): declare an incident, append
 * observations, decisions, tasks and notifications as they happen, with the clocks of
 * the duties to notify running at the top, and download the log for the after-action
 * review. Entries are only appended; a correction is a new entry. */
#include <stdio.h>
#include <string.h>

#include "app/breach_run.h"
#include "app/impact.h"
#include "app/prep_docs.h"
#include "render/breach.h"
#include "store/tenant.h"
#include "model/prep.h"
#include "render/html.h"
#include "render/incident.h"
#include "render/markdown.h"
#include "render/page.h"
#include "store/prep.h"
#include "util/date.h"
#include "web/handlers.h"
#include "web/h_prep.h"
#include "web/view.h"

/* A time from a form (a browser's datetime-local is Oslo time) as a UTC timestamp; now
 * when empty; NULL when it is not a time. */
static const char *form_time(struct req *r, const char *given)
{
	return !given || !*given ? r->now : date_local_timestamp(r->a, given);
}

/* The list and the form to declare one, on the preparedness page. */
void h_prep_incidents(struct req *r, const struct page_frame *pg)
{
	struct incident *all;
	size_t n;
	if (store_incident_list(r->db, r->a, r->user.tenant_id, &all, &n, &r->err) < 0)
		return;
	struct incident_view v = { .a = r->a, .lang = r->lang, .pg = pg, .editor = h_prep_editor(r) };
	incident_list_section(&r->out, &v, all, n);
}

void h_incident_declare(struct req *r)
{
	struct store_stamp st = req_stamp(r);
	struct incident x = { .title = req_field(r, "hendelse-tittel"), .personal_data = req_field(r, "personopplysninger") != NULL,
			      .essential = req_field(r, "samfunnsviktig") != NULL };
	const char *kjent = req_field(r, "kjent");
	if (kjent && *kjent && !(x.aware_at = form_time(r, kjent))) {
		h_prep_page(r, 400, T("Tidspunktet for når kommunen ble kjent med det, er ikke gyldig."));
		return;
	}
	if (store_incident_declare(r->db, r->user.tenant_id, &x, &st, &r->err) < 0) {
		h_prep_page(r, 400, r->err.msg);
		return;
	}
	req_flash(r, arena_printf(r->a, T("Hendelse H-%d er erklært; loggen er startet."), x.no));
	resp_redirect(r, arena_printf(r->a, "/beredskap/hendelser/%d", x.no));
}

static bool load(struct req *r, struct incident *x)
{
	int no;
	if (view_number(r->param, &no) < 0 || store_incident_get(r->db, r->a, r->user.tenant_id, no, x, &r->err) < 0) {
		resp_error(r, 404, T("Hendelsen finnes ikke."));
		return false;
	}
	return true;
}

static void incident_page(struct req *r, int status, const struct incident *x, const char *error)
{
	struct prep_clock c[2];
	struct page_frame pg = view_page(r, arena_printf(r->a, "H-%d %s", x->no, x->title), "beredskap");
	pg.error = error;
	prep_incident_state(r->a, x, r->epoch, c);
	struct incident_view v = { .a = r->a, .lang = r->lang, .pg = &pg, .editor = h_prep_editor(r) };
	page_begin(&r->out, &pg);
	incident_page_body(&r->out, &v, x, c);
	page_end(&r->out, &pg);
	resp_html(r, status);
}

void h_incident_get(struct req *r)
{
	struct incident x;
	if (load(r, &x))
		incident_page(r, 200, &x, NULL);
}

void h_incident_append(struct req *r)
{
	struct incident x;
	struct store_stamp st = req_stamp(r);
	if (!load(r, &x))
		return;
	if (store_incident_append(r->db, r->a, r->user.tenant_id, x.no, req_field(r, "innforing-type"),
				  req_field(r, "innforing"), &st, &r->err) < 0) {
		incident_page(r, 400, &x, r->err.msg);
		return;
	}
	resp_redirect(r, arena_printf(r->a, "/beredskap/hendelser/%d", x.no));
}

/* POST /beredskap/hendelser/N/varsling: a notification, as a record of its own. */
void h_incident_notify(struct req *r)
{
	struct incident x;
	struct store_stamp st = req_stamp(r);
	if (!load(r, &x))
		return;
	int no = x.no;
	struct incident_notice n = { .receiver = req_field(r, "mottaker"), .contact = req_field(r, "kontakt"),
				     .notified_at = form_time(r, req_field(r, "varslet")), .reference = req_field(r, "referanse") };
	if (n.contact && !*n.contact)
		n.contact = NULL;
	if (!n.notified_at) {
		incident_page(r, 400, &x, T("Tidspunktet for varslingen er ikke gyldig."));
		return;
	}
	if (store_incident_notify(r->db, r->a, r->user.tenant_id, no, &n, &st, &r->err) < 0) {
		incident_page(r, 400, &x, r->err.msg);
		return;
	}
	req_flash(r, T("Varslingen er registrert."));
	resp_redirect(r, arena_printf(r->a, "/beredskap/hendelser/%d", no));
}

/* POST /beredskap/hendelser/N/kjent: when the municipality became aware of it. */
void h_incident_aware(struct req *r)
{
	struct incident x;
	struct store_stamp st = req_stamp(r);
	if (!load(r, &x))
		return;
	int no = x.no;
	const char *at = form_time(r, req_field(r, "kjent"));
	if (!at || !req_field(r, "kjent") || !*req_field(r, "kjent")) {
		incident_page(r, 400, &x, T("Oppgi når kommunen ble kjent med hendelsen."));
		return;
	}
	if (store_incident_aware(r->db, r->a, r->user.tenant_id, no, at, &st, &r->err) < 0) {
		incident_page(r, 400, &x, r->err.msg);
		return;
	}
	req_flash(r, T("Fristene regnes nå fra det nye tidspunktet."));
	resp_redirect(r, arena_printf(r->a, "/beredskap/hendelser/%d", no));
}

/* GET /beredskap/hendelser/N/logg.md: the log as Markdown, for the after-action review. */
void h_incident_export(struct req *r)
{
	struct incident x;
	if (!load(r, &x))
		return;
	struct buf *b = &r->out;
	incident_markdown(b, r->a, r->lang, &x);
	r->status = 200;
	r->content_type = "text/markdown; charset=utf-8";
	r->disposition = arena_printf(r->a, "attachment; filename=\"hendelseslogg-H-%d.md\"", x.no);
}

/* GET /beredskap/hendelser/N/melding?systemer=A,B&format=pdf: the draft breach notification. */
void h_incident_breach(struct req *r)
{
	struct tenant t;
	struct breach_notice bn;
	enum report_format fmt = REPORT_PDF;
	const char *f = req_query(r, "format"), *systems = req_query(r, "systemer");
	const char *names[IMPACT_NAMES_MAX];
	size_t n = 0;
	int no;
	if (view_number(r->param, &no) < 0) {
		resp_error(r, 404, T("Hendelsen finnes ikke."));
		return;
	}
	if (f && report_format_parse(f, &fmt, &r->err) < 0) {
		resp_error(r, 400, r->err.msg);
		return;
	}
	n = breach_names(r->a, systems, names, IMPACT_NAMES_MAX);
	if (store_tenant_by_id(r->db, r->a, r->user.tenant_id, &t, &r->err) < 0) {
		resp_store_error(r);
		return;
	}
	buf_reset(&r->out);
	if (breach_run(r->db, r->a, &t, no, names, n, r->now, r->lang, &bn, &r->err) < 0) {
		if (r->err.kind == ERR_INTERNAL)
			resp_store_error(r);
		else
			resp_error(r, r->err.kind == ERR_NOT_FOUND ? 404 : 400, r->err.msg);
		return;
	}
	if (breach_render(r->a, &bn, fmt, r->lang, r->srv->settings->report_marking, r->srv->settings->path, &r->out,
			  &r->err) < 0) {
		view_document_failed(r, fmt);
		return;
	}
	view_document(r, fmt, arena_printf(r->a, "%s-H-%d", r->lang == LANG_EN ? "breach-notification" : "melding-datatilsynet",
					   no));
}
