/* h_findings.c: the findings of the checks (docs/findings.md) and their follow-up on the
 * web: everyone sees them; redaktør and above acknowledge, start and resolve; accepting a
 * risk is a leader's decision. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/assess.h"
#include "render/html.h"
#include "render/page.h"
#include "app/checks.h"
#include "io/nmap_xml.h"
#include "store/finding.h"
#include "store/refdata.h"
#include "util/date.h"
#include "web/handlers.h"
#include "web/view.h"

static int cmp(const void *x, const void *y)
{
	const struct finding *a = x, *b = y;
	if (finding_open(a->status) != finding_open(b->status))
		return finding_open(a->status) ? -1 : 1;
	if (a->severity != b->severity)
		return (int)b->severity - (int)a->severity;
	return a->no - b->no;
}

/* The buttons a user may press on one finding. */
static void moves(struct req *r, const struct page *p, const struct finding *f)
{
	struct buf *b = &r->out;
	static const struct { const char *path, *label; enum finding_status to; } m[] = {
		{ "kvitter", N_("Kvitter"), FINDING_KVITTERT }, { "start", N_("Start"), FINDING_PAGAR },
		{ "los", N_("Løst"), FINDING_RESOLVED },
	};
	if (!role_allows(r->user.role, ROLE_REDAKTOR) || !finding_open(f->status))
		return;
	for (size_t i = 0; i < sizeof(m) / sizeof(m[0]); i++) {
		if ((m[i].to == FINDING_KVITTERT && f->status != FINDING_NY) || m[i].to == f->status)
			continue;
		page_form(b, p, arena_printf(r->a, "/funn/%d/%s", f->no, m[i].path));
		page_button(b, V(m[i].label), NULL, NULL, true);
		page_form_end(b);
	}
	page_form(b, p, arena_printf(r->a, "/funn/%d/ansvarlig", f->no));
	page_input(b, arena_printf(r->a, "ansvarlig-%d", f->no), arena_printf(r->a, V("Ansvarlig for F-%d"), f->no), "text",
		   f->owner, true, NULL, "off");
	page_button(b, V("Sett ansvarlig"), NULL, NULL, true);
	page_form_end(b);
	if (!role_allows(r->user.role, ROLE_LEDER))
		return;
	/* accepting the risk: a reason and a date, both required */
	page_form(b, p, arena_printf(r->a, "/funn/%d/aksepter", f->no));
	page_input(b, arena_printf(r->a, "grunn-%d", f->no), V("Begrunnelse for å akseptere risikoen"), "text",
		   NULL, true, NULL, "off");
	page_input(b, arena_printf(r->a, "til-%d", f->no), V("Akseptert til"), "date", NULL, true, NULL, "off");
	page_button(b, V("Aksepter risikoen"), NULL, NULL, true);
	page_form_end(b);
}

static void findings_page(struct req *r, int status, const char *error)
{
	struct finding *f;
	struct refdata_info *ref;
	size_t n, n_ref, open = 0, overdue = 0, by_sev[SEV_COUNT] = { 0 };
	bool all = req_query(r, "alle") != NULL;
	struct buf *b = &r->out;
	struct page p = view_page(r, V("Funn"), "funn");
	p.error = error;
	if (store_finding_list(r->db, r->a, r->user.tenant_id, &f, &n, &r->err) < 0 ||
	    store_refdata_list(r->db, r->a, &ref, &n_ref, &r->err) < 0) {
		resp_store_error(r);
		return;
	}
	if (n)
		qsort(f, n, sizeof(*f), cmp);
	for (size_t i = 0; i < n; i++)
		if (finding_open(f[i].status)) {
			open++;
			by_sev[f[i].severity]++;
			overdue += f[i].due < r->today;
		}
	page_begin(b, &p);
	HTML_LIT(b, "<p>");
	html_text(b, arena_printf(r->a, V("%zu åpne funn: %zu kritiske, %zu høye, %zu middels, %zu lave; %zu over fristen."),
				  open, by_sev[SEV_KRITISK], by_sev[SEV_HOY], by_sev[SEV_MIDDELS], by_sev[SEV_LAV], overdue));
	HTML_LIT(b, "</p><p>");
	html_text(b, V("Funnene kommer fra kontrollene over registrene (beredt check, hver time). Et funn som "
		       "ikke lenger finnes, lukkes av seg selv; et løst funn som finnes igjen, gjenåpnes."));
	for (size_t i = 0; i < n_ref; i++) {
		HTML_LIT(b, " ");
		html_text(b, arena_printf(r->a, V("Referansedata %s: versjon %s, data fra %s (%d dager gamle)."),
					  ref[i].name, ref[i].version, date_text(r->a, ref[i].data_date, "–"),
					  ref[i].data_date == DATE_NONE ? -1 : (int)(r->today - ref[i].data_date)));
	}
	HTML_LIT(b, "</p><p>");
	{
		struct finding_figures fig;
		if (finding_figures(r->a, f, n, r->today, &fig, &r->err) == 0) {
			html_text(b, fig.median_ack_days < 0 ? V("Ingen funn er kvittert for ennå.")
				  : arena_printf(r->a, V("Median tid til kvittering: %d dager."), fig.median_ack_days));
			HTML_LIT(b, " ");
			html_text(b, fig.median_resolve_days < 0 ? V("Ingen funn er løst ennå.")
				  : arena_printf(r->a, V("Median tid til løst: %d dager."), fig.median_resolve_days));
		}
	}
	HTML_LIT(b, "</p><p>");
	if (role_allows(r->user.role, ROLE_LEDER)) {
		page_link(b, "/funn/innstillinger", V("Frister, intervaller og hvem som får varsel"));
		HTML_LIT(b, " · ");
	}
	page_link(b, all ? "/funn" : "/funn?alle=1", all ? V("Vis bare åpne") : V("Vis også løste og aksepterte"));
	HTML_LIT(b, "</p>");
	{
		const char *const cols[] = { V("Nr."), V("Alvorlighet"), V("Gjelder"), V("Funn"), V("Frist"),
					     V("Status"), V("Oppfølging") };
		page_thead(b, cols, 7);
	}
	for (size_t i = 0; i < n; i++) {
		if (!all && !finding_open(f[i].status))
			continue;
		const struct finding_rule *rule = finding_rule(f[i].rule);
		buf_printf(b, "<tr><td>F-%d</td><td>", f[i].no);
		page_badge(b, severity_code(f[i].severity), V(severity_code(f[i].severity)));
		HTML_LIT(b, "</td><td>");
		html_text(b, f[i].object_name);
		if (f[i].owner) {
			HTML_LIT(b, "<br><span class=\"muted\">");
			html_text(b, arena_printf(r->a, V("Ansvarlig: %s"), f[i].owner));
			HTML_LIT(b, "</span>");
		}
		HTML_LIT(b, "</td><td><strong>");
		html_text(b, rule ? V(rule->title) : f[i].rule);
		HTML_LIT(b, "</strong>");
		if (rule && rule->confidence) {
			/* how sure the catalog match is: bekreftet (the version is affected) or mulig */
			HTML_LIT(b, " ");
			page_badge(b, rule->confidence, V(rule->confidence));
		}
		HTML_LIT(b, "<br>");
		html_text(b, f[i].detail);
		if (rule) {
			HTML_LIT(b, "<br>");
			html_text(b, V(rule->todo));
		}
		HTML_LIT(b, "</td><td>");
		html_text(b, date_text(r->a, f[i].due, "–"));
		if (finding_open(f[i].status) && f[i].due < r->today) {
			HTML_LIT(b, " ");
			page_badge(b, "overdue", V("over fristen"));
		}
		HTML_LIT(b, "</td><td>");
		html_text(b, V(finding_status_code(f[i].status)));
		if (f[i].note) {
			HTML_LIT(b, ": ");
			html_text(b, f[i].note);
		}
		if (f[i].status == FINDING_AKSEPTERT) {
			HTML_LIT(b, " ");
			html_text(b, arena_printf(r->a, V("(til %s)"), date_text(r->a, f[i].accepted_until, "–")));
		}
		HTML_LIT(b, "</td><td>");
		moves(r, &p, &f[i]);
		HTML_LIT(b, "</td></tr>");
	}
	page_table_end(b);
	if (role_allows(r->user.role, ROLE_REDAKTOR)) {
		HTML_LIT(b, "<h2>");
		html_text(b, V("Les inn en nettverksskanning"));
		HTML_LIT(b, "</h2><p>");
		html_text(b, V("En nmap-rapport (nmap -oX fil.xml). Vertene kobles til systemene som har adressen "
			       "eller navnet i feltet verter; åpne porter for fjernskrivebord, fildeling, databaser og "
			       "lignende blir funn med en gang."));
		HTML_LIT(b, "</p><form method=\"post\" action=\"/funn/nmap\" enctype=\"multipart/form-data\">");
		page_hidden(b, "csrf", p.csrf);
		HTML_LIT(b, "<div class=\"field\"><label for=\"nmap\">");
		html_text(b, V("nmap-rapport (XML)"));
		HTML_LIT(b, "</label><input type=\"file\" id=\"nmap\" name=\"nmap\" accept=\".xml,text/xml\"></div>");
		page_button(b, V("Les inn"), NULL, NULL, false);
		HTML_LIT(b, "</form>");
	}
	page_end(b, &p);
	resp_html(r, status);
}

void h_findings_nmap(struct req *r)
{
	struct eol_catalog eol;
	struct kev_catalog kev;
	struct store_stamp st = req_stamp(r);
	const char *data = req_field(r, "nmap");
	int counts[4];
	size_t hosts, ports, matched, open;
	if (!data || !*data) {
		findings_page(r, 400, V("Velg en nmap-rapport å lese inn."));
		return;
	}
	if (checks_refdata(r->db, r->a, &eol, &kev, &r->err) < 0 ||
	    checks_nmap_import(r->db, r->a, r->user.tenant_id, data, strlen(data), "nmap.xml", &eol, &kev, &st,
			       &hosts, &ports, &matched, counts, &open, &r->err) < 0) {
		findings_page(r, 400, r->err.msg);
		return;
	}
	req_flash(r, arena_printf(r->a, V("Leste inn %zu verter (%zu koblet til systemer) og %zu åpne porter: %d nye funn, "
					  "%d lukket."), hosts, matched, ports, counts[FC_NEW], counts[FC_CLOSE]));
	resp_redirect(r, "/funn");
}

void h_findings(struct req *r)
{
	findings_page(r, 200, NULL);
}

/* POST /funn/N/kvitter|start|los|aksepter */
void h_finding_post(struct req *r)
{
	static const struct { const char *path; enum finding_status to; } m[] = {
		{ "kvitter", FINDING_KVITTERT }, { "start", FINDING_PAGAR }, { "los", FINDING_RESOLVED },
		{ "aksepter", FINDING_AKSEPTERT },
	};
	struct store_stamp st = req_stamp(r);
	const char *verb = strrchr(r->path, '/');
	int no;
	for (size_t i = 0; i < sizeof(m) / sizeof(m[0]); i++) {
		if (!verb || strcmp(verb + 1, m[i].path) != 0 || view_number(r->param, &no) < 0)
			continue;
		const char *reason = NULL;
		int32_t until = DATE_NONE;
		if (m[i].to == FINDING_AKSEPTERT) {
			const char *d = req_field(r, arena_printf(r->a, "til-%d", no));
			if (!role_allows(r->user.role, ROLE_LEDER)) {
				resp_error(r, 403, V("Bare en leder kan akseptere en risiko."));
				return;
			}
			reason = req_field(r, arena_printf(r->a, "grunn-%d", no));
			if (d && *d && date_parse(d, &until) < 0) {
				findings_page(r, 400, V("Datoen må skrives ÅÅÅÅ-MM-DD."));
				return;
			}
		}
		if (store_finding_set(r->db, r->a, r->user.tenant_id, no, m[i].to, reason, until, &st, &r->err) < 0) {
			/* another municipality's number is simply not found */
			if (r->err.kind == ERR_NOT_FOUND)
				resp_error(r, 404, r->err.msg);
			else
				findings_page(r, 400, r->err.msg);
			return;
		}
		req_flash(r, arena_printf(r->a, V("F-%d er nå %s."), no, V(finding_status_code(m[i].to))));
		resp_redirect(r, "/funn");
		return;
	}
	resp_error(r, 404, V("Siden finnes ikke."));
}
