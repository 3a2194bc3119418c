/* risk.c: see risk.h. */
#include "render/risk.h"

#include <stdio.h>

#include "render/html.h"
#include "render/page.h"
#include "util/limits.h"

#define I18N_LANG lang

static const char *const fills[3] = { "#cfe8d0", "#fff0b3", "#f4c7c3" };

void render_risk_matrix(struct buf *b, struct arena *a, const struct ros_scales *sc,
			const struct ros_event *events, size_t n, enum lang lang)
{
	const int cw = 96, ch = 58, left = 120, top = 10;
	buf_printf(b, "<figure><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" "
		   "width=\"100%%\" role=\"img\" aria-labelledby=\"risk-title\">", left + 5 * cw + 10,
		   top + 5 * ch + 50);
	HTML_LIT(b, "<title id=\"risk-title\">");
	html_text(b, T("Risikomatrise: sannsynlighet mot konsekvens, med de uønskede hendelsene plassert"));
	HTML_LIT(b, "</title>");
	for (int p = 4; p >= 0; p--) {
		int y = top + (4 - p) * ch;
		buf_printf(b, "<text x=\"0\" y=\"%d\">", y + ch / 2 + 5);
		html_text(b, arena_printf(a, "%c %s", 'A' + p, T(sc->prob[p].label)));
		HTML_LIT(b, "</text>");
		for (int c = 0; c < 5; c++) {
			int x = left + c * cw, lvl = sc->cell[p][c];
			buf_printf(b, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\" "
				   "stroke=\"#555\"><title>", x, y, cw, ch, fills[lvl]);
			html_text(b, arena_printf(a, "%c%d: %s", 'A' + p, c + 1, T(ros_risk_label((enum ros_risk)lvl))));
			HTML_LIT(b, "</title></rect>");
			/* the events in this cell */
			struct buf ids;
			buf_init(&ids, LIMIT_SMALL_TEXT);
			for (size_t i = 0; i < n; i++)
				if (events[i].probability == 'A' + p && ros_event_consequence(&events[i]) == c + 1)
					buf_printf(&ids, "%sH%zu", ids.len ? " " : "", i + 1);
			if (ids.len) {
				buf_printf(b, "<text x=\"%d\" y=\"%d\" font-weight=\"bold\">", x + 6, y + ch / 2 + 5);
				html_text(b, ids.data);
				HTML_LIT(b, "</text>");
			}
			buf_release(&ids);
		}
	}
	for (int c = 0; c < 5; c++) {
		buf_printf(b, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">", left + c * cw + cw / 2, top + 5 * ch + 18);
		html_text(b, arena_printf(a, "%d %s", c + 1, T(sc->cons[c].label)));
		HTML_LIT(b, "</text>");
	}
	buf_printf(b, "<text x=\"%d\" y=\"%d\">", left, top + 5 * ch + 40);
	html_text(b, T("Konsekvens (den høyeste av de fem typene)"));
	HTML_LIT(b, "</text></svg><figcaption>");
	html_text(b, T("Grønt: akseptabel risiko. Gult: vurder tiltak. Rødt: tiltak nødvendig. Konsekvensen er "
		       "den høyeste av liv og helse, natur og kultur, økonomi, samfunnsstabilitet og "
		       "styringsevne."));
	HTML_LIT(b, "</figcaption></figure>");
}

const char *risk_scales_field(struct arena *a, char axis, int i, const char *what)
{
	return arena_printf(a, "%c%d-%s", axis, i + 1, what);
}

static void level_inputs(struct buf *b, struct arena *a, enum lang lang, char axis, const struct ros_level *lv)
{
	for (int i = 0; i < ROS_LEVELS; i++) {
		const char *name = axis == 'p' ? arena_printf(a, "%c", 'A' + i) : arena_printf(a, "%d", i + 1);
		HTML_LIT(b, "<div class=\"level\">");
		page_input(b, risk_scales_field(a, axis, i, "navn"), arena_printf(a, T("Nivå %s: navn"), name), "text",
			   T(lv[i].label), true, NULL, "off");
		page_input(b, risk_scales_field(a, axis, i, "tekst"), arena_printf(a, T("Nivå %s: hva det betyr"), name),
			   "text", lv[i].text ? T(lv[i].text) : "", false, NULL, "off");
		HTML_LIT(b, "</div>");
	}
}

static void matrix_inputs(struct buf *b, enum lang lang, const struct ros_scales *s)
{
	const char *codes[] = { "0", "1", "2" };
	const char *labels[] = { T(ros_risk_label(ROS_RISK_OK)), T(ros_risk_label(ROS_RISK_CONSIDER)),
				 T(ros_risk_label(ROS_RISK_ACT)) };
	HTML_LIT(b, "<table class=\"matrix\"><caption>");
	html_text(b, T("Risikonivå per rute: sannsynlighet (rader) mot konsekvens (kolonner)"));
	HTML_LIT(b, "</caption><thead><tr><td></td>");
	for (int c = 0; c < ROS_LEVELS; c++)
		buf_printf(b, "<th scope=\"col\">%d</th>", c + 1);
	HTML_LIT(b, "</tr></thead><tbody>");
	for (int p = ROS_LEVELS - 1; p >= 0; p--) {
		buf_printf(b, "<tr><th scope=\"row\">%c</th>", 'A' + p);
		for (int c = 0; c < ROS_LEVELS; c++) {
			char id[8];
			snprintf(id, sizeof(id), "c-%c%d", 'A' + p, c + 1);
			buf_printf(b, "<td><select id=\"%s\" name=\"%s\" aria-label=\"%c%d\">", id, id, 'A' + p, c + 1);
			for (int k = 0; k < 3; k++) {
				buf_printf(b, "<option value=\"%s\"%s>", codes[k], s->cell[p][c] == k ? " selected" : "");
				html_text(b, labels[k]);
				HTML_LIT(b, "</option>");
			}
			HTML_LIT(b, "</select></td>");
		}
		HTML_LIT(b, "</tr>");
	}
	HTML_LIT(b, "</tbody></table>");
}

static void levels_table(struct buf *b, enum lang lang, const char *title, char axis, const struct ros_level *lv)
{
	const char *cols[] = { T("Nivå"), T("Navn"), T("Hva det betyr") };
	page_h2(b, title);
	page_thead(b, cols, 3);
	for (int i = 0; i < ROS_LEVELS; i++) {
		if (axis == 'p')
			buf_printf(b, "<tr><td>%c</td><td>", 'A' + i);
		else
			buf_printf(b, "<tr><td>%d</td><td>", i + 1);
		html_text(b, T(lv[i].label));
		HTML_LIT(b, "</td><td>");
		html_text(b, lv[i].text ? T(lv[i].text) : "");
		HTML_LIT(b, "</td></tr>");
	}
	page_table_end(b);
}

void risk_scales_section(struct buf *b, struct arena *a, enum lang lang, const struct page_frame *pg,
			 const struct ros_scales *s, bool editor)
{
	HTML_LIT(b, "<p>");
	html_text(b, T("Skalaene for sannsynlighet og konsekvens i DSBs metode, og hvilket risikonivå hver rute "
		       "i risikomatrisen har. Konsekvensgrensene er ikke fastsatt nasjonalt for kommuner: skriv "
		       "inn det dere har vedtatt. Endringer gjelder risikomatrisen, tiltakene som lages av "
		       "hendelser og lederrapporten."));
	HTML_LIT(b, "</p>");
	render_risk_matrix(b, a, s, NULL, 0, lang);
	if (!editor) {
		levels_table(b, lang, T("Sannsynlighet"), 'p', s->prob);
		levels_table(b, lang, T("Konsekvens"), 'k', s->cons);
		return;
	}
	page_form(b, pg, "/ros/skalaer");
	HTML_LIT(b, "<fieldset><legend>");
	html_text(b, T("Sannsynlighet (A–E)"));
	HTML_LIT(b, "</legend>");
	level_inputs(b, a, lang, 'p', s->prob);
	HTML_LIT(b, "</fieldset><fieldset><legend>");
	html_text(b, T("Konsekvens (1–5)"));
	HTML_LIT(b, "</legend>");
	level_inputs(b, a, lang, 'k', s->cons);
	HTML_LIT(b, "</fieldset>");
	matrix_inputs(b, lang, s);
	page_button(b, T("Lagre skalaene"), NULL, NULL, false);
	page_form_end(b);
}
