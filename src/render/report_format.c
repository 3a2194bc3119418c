/* render/report_format.c: format dispatch (see report_format.h). */
#include "render/report_format.h"

#include <strings.h>

#include "render/doc_convert.h"

int report_format_parse(const char *s, enum report_format *out, struct err *e)
{
	if (s && strcasecmp(s, "html") == 0)
		*out = REPORT_HTML;
	else if (s && (strcasecmp(s, "md") == 0 || strcasecmp(s, "markdown") == 0))
		*out = REPORT_MARKDOWN;
	else if (s && strcasecmp(s, "json") == 0)
		*out = REPORT_JSON;
	else if (s && strcasecmp(s, "pdf") == 0)
		*out = REPORT_PDF;
	else if (s && (strcasecmp(s, "docx") == 0 || strcasecmp(s, "word") == 0))
		*out = REPORT_DOCX;
	else
		return err_set(e, "Ukjent rapportformat «%s». Bruk html, md, json, pdf eller docx.", s ? s : "");
	return 0;
}

int report_render(struct arena *a, const struct report *r, enum report_format fmt,
		  enum lang lang, struct buf *out, struct err *e)
{
	int rc;
	switch (fmt) {
	case REPORT_MARKDOWN: rc = report_render_markdown(a, r, lang, out); break;
	case REPORT_JSON: rc = report_render_json(a, r, lang, out); break;
	case REPORT_PDF:
	case REPORT_DOCX: return err_set(e, "PDF og Word lages av report_render_document.");
	case REPORT_HTML:
	default: rc = report_render_html(a, r, lang, out); break;
	}
	if (rc < 0 || out->failed)
		return err_set(e, "Rapporten ble for stor.");
	return 0;
}

const char *report_format_ext(enum report_format fmt)
{
	static const char *const ext[] = { "html", "md", "json", "pdf", "docx" };
	return (unsigned)fmt < 5 ? ext[fmt] : "html";
}

const char *report_format_type(enum report_format fmt)
{
	static const char *const type[] = { "text/html; charset=utf-8", "text/markdown; charset=utf-8",
					    "application/json; charset=utf-8", "application/pdf",
					    "application/vnd.openxmlformats-officedocument.wordprocessingml.document" };
	return (unsigned)fmt < 5 ? type[fmt] : type[0];
}

int report_render_document(struct arena *a, const struct report *r, enum report_format fmt, enum lang lang,
			   const char *marking, const char *path, struct buf *out, struct err *e)
{
	if (fmt != REPORT_PDF && fmt != REPORT_DOCX)
		return report_render(a, r, fmt, lang, out, e);
	struct buf html;
	buf_init(&html, out->max);
	int rc = report_render_html_print(a, r, lang, marking, &html) < 0 ? err_set(e, "Rapporten ble for stor.")
		 : report_document_finish(fmt, "", &html, path, out, e);
	buf_release(&html);
	return rc;
}

int report_document_finish(enum report_format fmt, const char *what, const struct buf *html, const char *path,
			   struct buf *out, struct err *e)
{
	if (html->failed)
		return err_set(e, "Rapporten ble for stor.");
	switch (fmt) {
	case REPORT_HTML:
		buf_append(out, html->data, html->len);
		return out->failed ? err_set(e, "Rapporten ble for stor.") : 0;
	case REPORT_PDF:
		return doc_pdf(html->data, html->len, path, out, e);
	case REPORT_DOCX:
		return doc_docx(html->data, html->len, path, out, e);
	default:
		return err_set(e, "%s finnes som html, pdf og docx.", what);
	}
}
