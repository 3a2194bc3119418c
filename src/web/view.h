/* view.h: what handlers share for building pages: the page frame for the request's
 * user, the flash message (shown once), and the report model of the current round. */
#ifndef BEREDT_VIEW_H
#define BEREDT_VIEW_H

#include "app/impact.h"
#include "model/report.h"
#include "render/dot.h"
#include "render/page.h"
#include "render/report_format.h"
#include "web/req.h"

#define I18N_LANG (r->lang)

/* The frame for a page titled 'title' (translated) with navigation item 'active'.
 * Takes the session's flash message, which is then cleared. */
struct page_frame view_page(struct req *r, const char *title, const char *active);

/* The report model of round no (0: latest) for the user's municipality; -1 with r->err
 * (no round yet, say). */
int view_report(struct req *r, int no, struct report *out);

/* Parse a positive number from a URL segment; -1 if it is not one. */
int view_number(const char *s, int *out);

/* The document in r->out answered as a download in fmt, named name (the extension added),
 * under the reports' narrow CSP. */
void view_document(struct req *r, enum report_format fmt, const char *name);
/* A document that could not be written (r->err): 500 for PDF and Word (a program failed),
 * else 400 (a format the document is not made in). */
void view_document_failed(struct req *r, enum report_format fmt);

/* The graph's picture (render/dot.h) as a figure on the page: the nodes with show[] set,
 * marked by mark[]; id (NULL: none) keeps the ids of several pictures on a page apart. */
void view_picture(struct req *r, const char *id, const struct ros_graph *g, const bool *show,
		  const unsigned char *mark);
/* The same with a layout (render/dot.h: clusters and folded boxes). */
void view_picture_layout(struct req *r, const char *id, const struct ros_graph *g, const bool *show,
			 const struct dot_layout *layout);
/* The same into another buffer (a part that is cached). */
void view_picture_into(struct req *r, struct buf *out, const char *id, const struct ros_graph *g, const bool *show,
		       const unsigned char *mark);

/* The section of files attached to target ("action:12", model/attachment.h) onto the page,
 * with the form to add one for an editor; nothing when they cannot be read (the page
 * rather than none). */
void view_attachments(struct req *r, const struct page_frame *p, const char *target);

/* The what-if form's question from the query (?n=...&modus=utrygg&domene=...); picked
 * holds IMPACT_NAMES_MAX + 1 names. True when anything was asked. */
bool view_impact_query(struct req *r, const char **picked, struct impact_query *q);

#endif
