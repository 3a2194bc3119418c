/* render/findings.c: see findings.h. */
#include "render/findings.h"

#include "model/assess.h"
#include "render/html.h"
#include "util/date.h"

#define I18N_LANG lang

/* The buttons a user may press on one finding. */
static void moves(struct buf *b, const struct findings_view *v, const struct finding *f)
{
	enum lang lang = v->lang;
	static const struct { const char *path, *label; enum finding_status to; } m[] = {
		{ "kvitter", N_("Kvitter"), FINDING_KVITTERT }, { "start", N_("Start"), FINDING_PAGAR },
		{ "los", N_("Løst"), FINDING_RESOLVED },
	};
	if (!v->editor || !finding_open(f->status))
		return;
	for (size_t i = 0; i < sizeof(m) / sizeof(m[0]); i++) {
		if ((m[i].to == FINDING_KVITTERT && f->status != FINDING_NY) || m[i].to == f->status)
			continue;
		page_form(b, v->pg, arena_printf(v->a, "/funn/%d/%s", f->no, m[i].path));
		page_button(b, T(m[i].label), NULL, NULL, true);
		page_form_end(b);
	}
	page_form(b, v->pg, arena_printf(v->a, "/funn/%d/ansvarlig", f->no));
	page_input(b, arena_printf(v->a, "ansvarlig-%d", f->no), arena_printf(v->a, T("Ansvarlig for F-%d"), f->no), "text",
		   f->owner, true, NULL, "off");
	page_button(b, T("Sett ansvarlig"), NULL, NULL, true);
	page_form_end(b);
	if (!v->leader)
		return;
	/* accepting the risk: a reason and a date, both required */
	page_form(b, v->pg, arena_printf(v->a, "/funn/%d/aksepter", f->no));
	page_input(b, arena_printf(v->a, "grunn-%d", f->no), T("Begrunnelse for å akseptere risikoen"), "text",
		   NULL, true, NULL, "off");
	page_input(b, arena_printf(v->a, "til-%d", f->no), T("Akseptert til"), "date", NULL, true, NULL, "off");
	page_button(b, T("Aksepter risikoen"), NULL, NULL, true);
	page_form_end(b);
}

void findings_list(struct buf *b, const struct findings_view *v, const struct finding *f, size_t n,
		   const struct refdata_info *ref, size_t n_ref, const struct finding_figures *fig)
{
	enum lang lang = v->lang;
	size_t open = 0, overdue = 0, by_sev[SEV_COUNT] = { 0 };
	for (size_t i = 0; i < n; i++)
		if (finding_open(f[i].status)) {
			open++;
			by_sev[f[i].severity]++;
			overdue += f[i].due < v->today;
		}
	HTML_LIT(b, "<p>");
	html_text(b, arena_printf(v->a, T("%zu åpne funn: %zu kritiske, %zu høye, %zu middels, %zu lave; %zu over fristen."),
				  open, by_sev[SEV_KRITISK], by_sev[SEV_HOY], by_sev[SEV_MIDDELS], by_sev[SEV_LAV], overdue));
	HTML_LIT(b, "</p><p>");
	html_text(b, T("Funnene kommer fra kontrollene over registrene (beredt check, hver time). Et funn som "
		       "ikke lenger finnes, lukkes av seg selv; et løst funn som finnes igjen, gjenåpnes."));
	for (size_t i = 0; i < n_ref; i++) {
		HTML_LIT(b, " ");
		html_text(b, arena_printf(v->a, T("Referansedata %s: versjon %s, data fra %s (%d dager gamle)."),
					  ref[i].name, ref[i].version, date_text(v->a, ref[i].data_date, "–"),
					  ref[i].data_date == DATE_NONE ? -1 : (int)(v->today - ref[i].data_date)));
	}
	HTML_LIT(b, "</p><p>");
	if (fig) {
		html_text(b, fig->median_ack_days < 0 ? T("Ingen funn er kvittert for ennå.")
			  : arena_printf(v->a, T("Median tid til kvittering: %d dager."), fig->median_ack_days));
		HTML_LIT(b, " ");
		html_text(b, fig->median_resolve_days < 0 ? T("Ingen funn er løst ennå.")
			  : arena_printf(v->a, T("Median tid til løst: %d dager."), fig->median_resolve_days));
	}
	HTML_LIT(b, "</p><p>");
	if (v->leader) {
		page_link(b, "/funn/innstillinger", T("Frister, intervaller og hvem som får varsel"));
		HTML_LIT(b, " · ");
	}
	page_link(b, v->all ? "/funn" : "/funn?alle=1", v->all ? T("Vis bare åpne") : T("Vis også løste og aksepterte"));
	HTML_LIT(b, "</p>");
	{
		const char *const cols[] = { T("Nr."), T("Alvorlighet"), T("Gjelder"), T("Funn"), T("Frist"),
					     T("Status"), T("Oppfølging") };
		page_thead(b, cols, 7);
	}
	for (size_t i = 0; i < n; i++) {
		if (!v->all && !finding_open(f[i].status))
			continue;
		const struct finding_rule *rule = finding_rule(f[i].rule);
		buf_printf(b, "<tr><td>F-%d</td><td>", f[i].no);
		page_badge(b, severity_code(f[i].severity), T(severity_code(f[i].severity)));
		HTML_LIT(b, "</td><td>");
		html_text(b, f[i].object_name);
		if (f[i].owner) {
			HTML_LIT(b, "<br><span class=\"muted\">");
			html_text(b, arena_printf(v->a, T("Ansvarlig: %s"), f[i].owner));
			HTML_LIT(b, "</span>");
		}
		HTML_LIT(b, "</td><td><strong>");
		html_text(b, rule ? T(rule->title) : f[i].rule);
		HTML_LIT(b, "</strong>");
		if (rule && rule->confidence) {
			/* how sure the catalog match is: bekreftet (the version is affected) or mulig */
			HTML_LIT(b, " ");
			page_badge(b, rule->confidence, T(rule->confidence));
		}
		HTML_LIT(b, "<br>");
		html_text(b, f[i].detail);
		if (rule) {
			HTML_LIT(b, "<br>");
			html_text(b, T(rule->todo));
		}
		HTML_LIT(b, "</td><td>");
		html_text(b, date_text(v->a, f[i].due, "–"));
		if (finding_open(f[i].status) && f[i].due < v->today) {
			HTML_LIT(b, " ");
			page_badge(b, "overdue", T("over fristen"));
		}
		HTML_LIT(b, "</td><td>");
		html_text(b, T(finding_status_code(f[i].status)));
		if (f[i].note) {
			HTML_LIT(b, ": ");
			html_text(b, f[i].note);
		}
		if (f[i].status == FINDING_AKSEPTERT) {
			HTML_LIT(b, " ");
			html_text(b, arena_printf(v->a, T("(til %s)"), date_text(v->a, f[i].accepted_until, "–")));
		}
		HTML_LIT(b, "</td><td>");
		moves(b, v, &f[i]);
		HTML_LIT(b, "</td></tr>");
	}
	page_table_end(b);
	if (v->editor) {
		HTML_LIT(b, "<h2>");
		html_text(b, T("Les inn en nettverksskanning"));
		HTML_LIT(b, "</h2><p>");
		html_text(b, T("En nmap-rapport (nmap -oX fil.xml). Vertene kobles til systemene som har adressen "
			       "eller navnet i feltet verter; åpne porter for fjernskrivebord, fildeling, databaser og "
			       "lignende blir funn med en gang."));
		HTML_LIT(b, "</p><form method=\"post\" action=\"/funn/nmap\" enctype=\"multipart/form-data\">");
		page_hidden(b, "csrf", v->pg->csrf);
		HTML_LIT(b, "<div class=\"field\"><label for=\"nmap\">");
		html_text(b, T("nmap-rapport (XML)"));
		HTML_LIT(b, "</label><input type=\"file\" id=\"nmap\" name=\"nmap\" accept=\".xml,text/xml\"></div>");
		page_button(b, T("Les inn"), NULL, NULL, false);
		HTML_LIT(b, "</form>");
	}
}
