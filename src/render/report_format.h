/* render/report_format.h: the leadership report written as HTML (one self-contained file that
 * prints on A4), Markdown or JSON. All three present the same struct report. */
#ifndef BEREDT_RENDER_REPORT_FORMAT_H
#define BEREDT_RENDER_REPORT_FORMAT_H

#include <stdbool.h>

#include "model/report.h"
#include "util/buf.h"
#include "util/i18n.h"

enum report_format { REPORT_HTML, REPORT_MARKDOWN, REPORT_JSON, REPORT_PDF, REPORT_DOCX };

/* Parse "html", "md"/"markdown", "json", "pdf", "docx"/"word"; -1 with a message. */
int report_format_parse(const char *s, enum report_format *out, struct err *e);

/* Append the report to out. 'a' holds temporary strings. -1 when out's ceiling is hit.
 * REPORT_PDF and REPORT_DOCX are written by report_render_document. */
int report_render(struct arena *a, const struct report *r, enum report_format fmt,
		  enum lang lang, struct buf *out, struct err *e);

int report_render_html(struct arena *a, const struct report *r, enum lang lang, struct buf *b);
/* The same for print (PDF, Word): the paged style, and the marking on top of the first page
 * and of every page's head (NULL or "": none). */
int report_render_html_print(struct arena *a, const struct report *r, enum lang lang, const char *marking,
			     struct buf *b);

/* The report in any format, PDF and Word made from the print HTML by the programs of
 * render/doc_convert.h (found in path). */
int report_render_document(struct arena *a, const struct report *r, enum report_format fmt, enum lang lang,
			   const char *marking, const char *path, struct buf *out, struct err *e);

/* A document written as print HTML (html, html_len) made into fmt in out: the HTML itself,
 * or PDF and Word by the programs of render/doc_convert.h (found in path). -1 with e set for
 * another format (what names the document says which it is made in) or a failed program. */
int report_document_finish(enum report_format fmt, const char *what, const struct buf *html, const char *path,
			   struct buf *out, struct err *e);

/* The file name's extension and the MIME type of a format. */
const char *report_format_ext(enum report_format fmt);
const char *report_format_type(enum report_format fmt);
/* The decisions the municipal director is asked to take, as a list: the report's and the
 * dashboard's one section. */
void report_html_decisions(struct buf *b, struct arena *a, enum lang lang, const struct report *r);
/* The report's page in the application: what the report says and the links to it and its
 * downloads, the internal-control report for year and the four before; have_round false:
 * there is nothing to report yet. */
void report_html_page(struct buf *b, enum lang lang, bool have_round, int year);
/* The links to the stand-alone report and its downloads (the report page's, and the
 * cooperation's). */
void report_html_links(struct buf *b, enum lang lang);
int report_render_markdown(struct arena *a, const struct report *r, enum lang lang,
			   struct buf *b);
int report_render_json(struct arena *a, const struct report *r, enum lang lang, struct buf *b);
/* Append a JSON document (indented, in its own order) and a newline; takes root's reference.
 * -1 when it cannot be written or out's ceiling is hit. */
struct json_t;
int report_json_append(struct buf *b, struct json_t *root);

/* The paged style of a printed document (append inside <style>): A4, tenant on the left of
 * every page's head, the marking (NULL or "": none) on the right, "side N av M" at the foot. */
void report_paged_style(struct buf *b, const char *tenant, enum lang lang, const char *marking);

/* The style sheet of the stand-alone reports (one, so one CSP hash allows it). */
const char *report_html_style(void);

/* The Content-Security-Policy under which the stand-alone HTML report may be shown:
 * nothing but its own style sheet, allowed by hash. */
void report_style_csp(char *out, size_t n);

#endif
