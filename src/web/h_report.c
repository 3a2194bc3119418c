/* h_report.c: the leadership report in the browser: a page with the summary and the
 * downloads, the stand-alone HTML shown under its own narrow CSP, and the files. */
#include <string.h>

#include "app/annual_run.h"
#include "app/inspection.h"
#include "app/coop.h"
#include "render/annual.h"
#include "render/inspection.h"
#include "render/coop_html.h"
#include "render/coop_report.h"
#include "render/report_format.h"
#include "render/report_public.h"
#include "store/tenant.h"
#include "web/handlers.h"
#include "web/view.h"

void h_report(struct req *r)
{
	struct report rep;
	struct buf *b = &r->out;
	struct page_frame p = view_page(r, r->tenant_cooperation ? T("Rapport til representantskapet")
					   : T("Rapport til ledelsen"), "rapport");
	page_begin(b, &p);
	if (r->tenant_cooperation)
		coop_report_page(b, r->lang);
	else
	{
		int y, m, d;
		date_to_ymd(r->today, &y, &m, &d);
		report_html_page(b, r->lang, view_report(r, 0, &rep) == 0, y);
	}
	page_end(b, &p);
	resp_html(r, 200);
}

/* The cooperation's report to its board into r->out; -1 answered with an error. */
static int render_coop(struct req *r, enum report_format fmt, enum lang lang)
{
	struct tenant t;
	struct coop_report cr;
	if (store_tenant_by_id(r->db, r->a, r->user.tenant_id, &t, &r->err) < 0 ||
	    coop_report_run(r->db, r->a, &t, r->today, r->now, &cr, &r->err) < 0) {
		resp_store_error(r);
		return -1;
	}
	if (coop_report_render(r->a, &cr, fmt, lang, &r->out, &r->err) < 0) {
		resp_error(r, 500, r->err.msg);
		return -1;
	}
	return 0;
}

/* Render the report (public: the summary for the elected bodies) into r->out in fmt and
 * lang; -1 answered with an error. */
static int render(struct req *r, enum report_format fmt, enum lang lang, bool public)
{
	struct report rep;
	struct report_public pub;
	buf_reset(&r->out);
	if (r->tenant_cooperation)
		return render_coop(r, fmt, lang);
	if (view_report(r, 0, &rep) < 0) {
		resp_store_error(r);
		return -1;
	}
	if (public) {
		if (report_public_build(r->a, &rep, &pub, &r->err) < 0 ||
		    report_public_render(r->a, &pub, fmt, lang, r->srv->settings->path, &r->out, &r->err) < 0) {
			resp_error(r, fmt == REPORT_PDF || fmt == REPORT_DOCX ? 500 : 400, r->err.msg);
			return -1;
		}
		return 0;
	}
	if (report_render_document(r->a, &rep, fmt, lang, r->srv->settings->report_marking, r->srv->settings->path,
				   &r->out, &r->err) < 0) {
		resp_error(r, 500, r->err.msg);
		return -1;
	}
	return 0;
}

void h_report_view(struct req *r)
{
	if (render(r, REPORT_HTML, r->lang, false) < 0)
		return;
	r->csp = r->srv->report_csp;
	resp_html(r, 200);
}

/* GET /rapport/last-ned?kind=internkontroll&year=ÅR: the yearly internal-control report. */
static void annual_download(struct req *r, enum report_format fmt, enum lang lang)
{
	struct tenant t;
	struct annual y;
	const char *ys = req_query(r, "year");
	int ty, tm, td, year;
	date_to_ymd(r->today, &ty, &tm, &td);
	year = ty;
	if (ys && view_number(ys, &year) < 0) {
		resp_error(r, 400, T("Året må være et tall, for eksempel 2026."));
		return;
	}
	buf_reset(&r->out);
	if (store_tenant_by_id(r->db, r->a, r->user.tenant_id, &t, &r->err) < 0) {
		resp_store_error(r);
		return;
	}
	if (annual_run(r->db, r->a, &t, year, r->today, r->now, &y, &r->err) < 0) {
		if (r->err.kind == ERR_INTERNAL)
			resp_store_error(r);
		else
			resp_error(r, 400, r->err.msg);
		return;
	}
	if (annual_render(r->a, &y, fmt, lang, r->srv->settings->report_marking, r->srv->settings->path, &r->out,
			  &r->err) < 0) {
		view_document_failed(r, fmt);
		return;
	}
	view_document(r, fmt, arena_printf(r->a, "%s-%d", lang == LANG_EN ? "internal-control" : "internkontroll", year));
}

/* GET /rapport/last-ned?kind=tilsyn: the inspection pack (PDF unless asked otherwise). */
static void inspection_download(struct req *r, enum report_format fmt, enum lang lang)
{
	struct tenant t;
	struct inspection x;
	buf_reset(&r->out);
	if (store_tenant_by_id(r->db, r->a, r->user.tenant_id, &t, &r->err) < 0 ||
	    inspection_run(r->db, r->a, &t, r->today, r->now, &x, &r->err) < 0) {
		resp_store_error(r);
		return;
	}
	if (inspection_render(r->a, &x, fmt, lang, r->srv->settings->report_marking, r->srv->settings->path,
			      r->srv->settings->tmpdir, &r->out, &r->err) < 0) {
		view_document_failed(r, fmt);
		return;
	}
	char day[DATE_TEXT];
	date_format(r->today, day);
	view_document(r, fmt, arena_printf(r->a, "%s-%s", lang == LANG_EN ? "inspection" : "tilsyn", day));
}

void h_report_download(struct req *r)
{
	enum report_format fmt = REPORT_HTML;
	enum lang lang = r->lang;
	const char *f = req_query(r, "format"), *l = req_query(r, "lang"), *to = req_query(r, "for");
	bool public = to && strcmp(to, "politikere") == 0;
	if (to && !public && strcmp(to, "ledelse") != 0) {
		resp_error(r, 400, T("Ukjent mottaker: bruk for=politikere eller for=ledelse."));
		return;
	}
	if ((f && report_format_parse(f, &fmt, &r->err) < 0)) {
		resp_error(r, 400, r->err.msg);
		return;
	}
	if (l && i18n_parse(l, &lang) < 0) {
		resp_error(r, 400, T("Ukjent språk."));
		return;
	}
	if (r->tenant_cooperation && (fmt == REPORT_PDF || fmt == REPORT_DOCX)) {
		resp_error(r, 400, T("Samarbeidets rapport finnes som HTML, Markdown og JSON."));
		return;
	}
	const char *kind = req_query(r, "kind");
	if (kind && strcmp(kind, "internkontroll") == 0 && !r->tenant_cooperation) {
		annual_download(r, fmt, lang);
		return;
	}
	if (kind && strcmp(kind, "tilsyn") == 0 && !r->tenant_cooperation) {
		inspection_download(r, f ? fmt : REPORT_PDF, lang);
		return;
	}
	if (kind && strcmp(kind, "lederrapport") != 0) {
		resp_error(r, 400, T("Ukjent rapport: bruk kind=lederrapport, kind=internkontroll eller kind=tilsyn."));
		return;
	}
	if (public && r->tenant_cooperation) {
		resp_error(r, 400, T("Sammendraget for folkevalgte lages for en kommune, ikke et samarbeid."));
		return;
	}
	if (render(r, fmt, lang, public) < 0)
		return;
	char day[DATE_TEXT];
	date_format(r->today, day);
	view_document(r, fmt, arena_printf(r->a, "%s-%s",
					   r->tenant_cooperation ? (lang == LANG_EN ? "board-report" : "representantskapet")
					   : public ? (lang == LANG_EN ? "summary-for-councillors" : "sammendrag-folkevalgte")
					   : lang == LANG_EN ? "leadership-report" : "lederrapport", day));
}
