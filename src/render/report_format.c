/* render/report_format.c: format dispatch (see report_format.h). */
#include "render/report_format.h"

#include <strings.h>

int report_format_parse(const char *s, enum report_format *out, struct err *e)
{
	if (s && strcasecmp(s, "html") == 0)
		*out = REPORT_HTML;
	else if (s && (strcasecmp(s, "md") == 0 || strcasecmp(s, "markdown") == 0))
		*out = REPORT_MARKDOWN;
	else if (s && strcasecmp(s, "json") == 0)
		*out = REPORT_JSON;
	else
		return err_set(e, "Ukjent rapportformat «%s». Bruk html, md eller json.", s ? s : "");
	return 0;
}

int report_render(struct arena *a, const struct report *r, enum report_format fmt,
		  enum lang lang, struct buf *out, struct err *e)
{
	int rc;
	switch (fmt) {
	case REPORT_MARKDOWN: rc = report_render_markdown(a, r, lang, out); break;
	case REPORT_JSON: rc = report_render_json(a, r, lang, out); break;
	case REPORT_HTML:
	default: rc = report_render_html(a, r, lang, out); break;
	}
	if (rc < 0 || out->failed)
		return err_set(e, "Rapporten ble for stor.");
	return 0;
}
