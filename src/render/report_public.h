/* render/report_public.h: the summary for the elected bodies (model/report_public.h) as a
 * document: HTML for print, PDF and Word made from it, at most three A4 pages. */
#ifndef BEREDT_RENDER_REPORT_PUBLIC_H
#define BEREDT_RENDER_REPORT_PUBLIC_H

#include "model/report_public.h"
#include "render/report_format.h"

/* Append the summary of p in fmt (html, pdf, docx) and lang to out; PDF and Word by the
 * programs of render/doc_convert.h, found in path. -1 with e set (a format it is not made
 * in, a program that failed, out's ceiling). */
int report_public_render(struct arena *a, const struct report_public *p, enum report_format fmt, enum lang lang,
			 const char *path, struct buf *out, struct err *e);

#endif
