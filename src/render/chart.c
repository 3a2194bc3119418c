/* chart.c: see chart.h. */
#include "render/chart.h"

#include "render/html.h"

#define I18N_LANG lang

const char *render_level_colour(enum readiness_level l)
{
	switch (l) {
	case READINESS_CRITICAL: return "#a4161a";
	case READINESS_WEAK: return "#b36200";
	case READINESS_GOOD: return "#2e7d32";
	case READINESS_STRONG: return "#1b5e20";
	case READINESS_UNDEFINED: break;
	}
	return "#767676";
}

/* Horizontal bars per area: the area's name above its bar, the figure and the level
 * in words beside it, so the chart reads without colour. */
void render_readiness_chart(struct buf *b, struct arena *a, const struct report *r, enum lang lang)
{
	const int row = 46, bar_w = 400;
	int h = (int)(r->n_groups + 1) * row + 6;
	buf_printf(b, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 640 %d\" "
		   "width=\"100%%\" role=\"img\" aria-labelledby=\"chart-title\">", h);
	HTML_LIT(b, "<title id=\"chart-title\">");
	html_text(b, T("Beredskap per område i prosent"));
	HTML_LIT(b, "</title>");
	for (size_t i = 0; i <= r->n_groups; i++) {
		const struct readiness *rd = i < r->n_groups ? &r->groups[i].now : &r->overall;
		const char *label = i < r->n_groups ? text2_get(&r->groups[i].group->title, lang)
						    : T("Samlet");
		int y = (int)i * row;
		int w = rd->percent > 0 ? rd->percent * bar_w / 100 : 0;
		buf_printf(b, "<text x=\"0\" y=\"%d\"%s>", y + 15,
			   i == r->n_groups ? " font-weight=\"bold\"" : "");
		html_text(b, label);
		buf_printf(b, "</text><rect x=\"0\" y=\"%d\" width=\"%d\" height=\"20\" fill=\"#e6e6e6\"/>",
			   y + 21, bar_w);
		buf_printf(b, "<rect x=\"0\" y=\"%d\" width=\"%d\" height=\"20\" fill=\"", y + 21, w);
		html_attr(b, render_level_colour(readiness_level(rd->percent)));
		buf_printf(b, "\"/><text x=\"%d\" y=\"%d\">", bar_w + 10, y + 36);
		html_text(b, arena_printf(a, "%s %s", (rd->percent < 0 ? "–" : arena_printf(a, "%d %%", rd->percent)),
					  T(readiness_level_name(readiness_level(rd->percent)))));
		HTML_LIT(b, "</text>");
	}
	HTML_LIT(b, "</svg>");
}

