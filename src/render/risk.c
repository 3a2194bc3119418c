/* risk.c: see risk.h. */
#include "render/risk.h"

#include "render/html.h"
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
