/* render/coop_report.h: the cooperation's report to its board (app/coop.h, struct
 * coop_report) as one self-contained HTML file (the leadership report's style and CSP),
 * Markdown or JSON, all three saying the same. */
#ifndef BEREDT_RENDER_COOP_REPORT_H
#define BEREDT_RENDER_COOP_REPORT_H

#include "app/coop.h"
#include "render/report_format.h"
#include "util/buf.h"

/* Append it to out; -1 when out's ceiling is hit. */
int coop_report_render(struct arena *a, const struct coop_report *r, enum report_format fmt, enum lang lang,
		       struct buf *out, struct err *e);

#endif
