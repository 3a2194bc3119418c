/* render/annual.h: the yearly report on internal control (model/annual.h) as a document for
 * the kommunestyre: HTML for print, PDF and Word made from it. */
#ifndef BEREDT_RENDER_ANNUAL_H
#define BEREDT_RENDER_ANNUAL_H

#include "model/annual.h"
#include "render/report_format.h"

/* Append the report in fmt (html, pdf, docx) and lang to out, marked on every page with
 * marking (NULL or "": none); PDF and Word by the programs found in path. -1 with e set. */
int annual_render(struct arena *a, const struct annual *y, enum report_format fmt, enum lang lang, const char *marking,
		  const char *path, struct buf *out, struct err *e);

#endif
