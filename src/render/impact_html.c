/* render/impact_html.c: see impact_html.h. */
#include "render/impact_html.h"

#include <string.h>

#include "model/ros.h"
#include "render/dot.h"
#include "render/html.h"
#include "render/page.h"

#define I18N_LANG lang

const char *impact_hours(struct arena *a, enum lang lang, int32_t h)
{
	return h == ROS_UNKNOWN || h == ROS_REC_UNKNOWN ? T("ukjent") : arena_printf(a, "%d t", h);
}

static void option(struct buf *b, const char *value, bool selected)
{
	HTML_LIT(b, "<option value=\"");
	html_attr(b, value);
	if (selected)
		HTML_LIT(b, "\" selected>");
	else
		HTML_LIT(b, "\">");
	html_text(b, value);
	HTML_LIT(b, "</option>");
}

static void radio(struct buf *b, const char *id, const char *value, bool checked, const char *label)
{
	HTML_LIT(b, "<input type=\"radio\" id=\"");
	html_attr(b, id);
	HTML_LIT(b, "\" name=\"modus\" value=\"");
	html_attr(b, value);
	if (checked)
		HTML_LIT(b, "\" checked> <label for=\"");
	else
		HTML_LIT(b, "\"> <label for=\"");
	html_attr(b, id);
	HTML_LIT(b, "\">");
	html_text(b, label);
	HTML_LIT(b, "</label> ");
}

void impact_form(struct buf *b, const char *action, enum lang lang, const struct ros_register *reg,
		 const struct ros_graph *g, const char *const *picked, size_t n_picked, const char *domain,
		 bool untrusted)
{
	HTML_LIT(b, "<form method=\"get\" action=\"");
	html_attr(b, action);
	HTML_LIT(b, "\"><div class=\"field\"><label for=\"n\">");
	html_text(b, T("Systemer og leverandører som faller ut (velg én eller flere)"));
	HTML_LIT(b, "</label><select id=\"n\" name=\"n\" multiple size=\"10\">");
	for (size_t v = 0; v < g->n; v++) {
		bool sel = false;
		for (size_t i = 0; i < n_picked && !sel; i++)
			sel = strcmp(picked[i], g->nodes[v].name) == 0;
		if (g->nodes[v].kind != ROS_SERVICE)
			option(b, g->nodes[v].name, sel);
	}
	HTML_LIT(b, "</select></div><fieldset><legend>");
	html_text(b, T("Hva skjer"));
	HTML_LIT(b, "</legend>");
	radio(b, "modus-ute", "ute", !untrusted, T("Utilgjengelig (kryptert, nede)"));
	radio(b, "modus-utrygg", "utrygg", untrusted, T("Kan ikke stoles på (data manipulert eller på avveie)"));
	HTML_LIT(b, "</fieldset><div class=\"field\"><label for=\"domene\">");
	html_text(b, T("Eller: et administrativt domene er kompromittert"));
	HTML_LIT(b, "</label><select id=\"domene\" name=\"domene\"><option value=\"\">–</option>");
	for (size_t i = 0; i < reg->n_systems; i++) {
		const char *d = reg->systems[i].admin_domain;
		bool dup = !d;
		for (size_t k = 0; !dup && k < i; k++)
			dup = reg->systems[k].admin_domain && strcmp(reg->systems[k].admin_domain, d) == 0;
		if (!dup)
			option(b, d, domain && strcmp(domain, d) == 0);
	}
	HTML_LIT(b, "</select></div>");
	page_button(b, T("Vis konsekvensene"), NULL, NULL, false);
	HTML_LIT(b, "</form>");
}

static void cell(struct buf *b, const char *text)
{
	HTML_LIT(b, "<td>");
	html_text(b, text);
	HTML_LIT(b, "</td>");
}

void impact_section(struct buf *b, struct arena *a, enum lang lang, const struct impact_result *r, bool *show,
		    unsigned char *mark)
{
	const struct ros_graph *g = &r->g;
	page_h2(b, T("Konsekvenser"));
	if (r->untrusted) {
		const char *const cols[] = { T("Tjeneste"), T("Kritikalitet"), T("Personopplysninger") };
		HTML_LIT(b, "<div class=\"table-wrap\">");
		page_thead(b, cols, 3);
	} else {
		const char *const cols[] = { T("Tjeneste"), T("Kritikalitet"), T("Tilbake om"), T("Tålbar nedetid"),
					     T("Overskridelse") };
		HTML_LIT(b, "<p>");
		html_text(b, arena_printf(a, i18n_n(I18N_LANG, "%zu tjeneste stopper.", "%zu tjenester stopper.", (unsigned long)r->n), r->n));
		HTML_LIT(b, "</p><div class=\"table-wrap\">");
		page_thead(b, cols, 5);
	}
	for (size_t i = 0; i < r->n; i++) {
		const struct impact_service *s = &r->services[i];
		HTML_LIT(b, "<tr>");
		cell(b, s->name);
		cell(b, arena_printf(a, "%d", s->criticality));
		if (r->untrusted) {
			cell(b, s->special_categories ? T("ja, særlige kategorier: varsle Datatilsynet innen 72 timer")
				: s->personal_data ? T("ja: varsle Datatilsynet innen 72 timer") : T("nei"));
			HTML_LIT(b, "</tr>");
			continue;
		}
		cell(b, impact_hours(a, lang, s->recovery));
		cell(b, impact_hours(a, lang, s->mtd_hours));
		HTML_LIT(b, "<td>");
		if (s->exceeded > 0)
			page_badge(b, "overdue", arena_printf(a, T("%d t over"), s->exceeded));
		else
			html_text(b, s->exceeded < 0 ? T("kan ikke vurderes") : T("innenfor"));
		HTML_LIT(b, "</td></tr>");
	}
	page_table_end(b);
	HTML_LIT(b, "</div>");
	for (size_t v = 0; v < g->n; v++) {
		if (r->untrusted) {
			show[v] = r->affected[v];
			mark[v] = r->affected[v] ? DOT_AFFECTED : DOT_PLAIN;
		} else {
			show[v] = r->w.down[v];
			mark[v] = r->w.failed[v] ? DOT_FAILED : r->w.down[v] ? DOT_AFFECTED : DOT_PLAIN;
		}
	}
	for (size_t i = 0; r->untrusted && i < r->n_failed; i++)
		mark[r->failed[i]] = DOT_FAILED;
	if (!r->untrusted && r->cycles) {
		HTML_LIT(b, "<p>");
		html_text(b, T("Noen av systemene er avhengige av hverandre i ring; de må gjenopprettes samlet."));
		HTML_LIT(b, "</p>");
	}
}
