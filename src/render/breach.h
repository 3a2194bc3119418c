/* render/breach.h: the draft breach notification (model/breach.h) as a document: the
 * deadline on its first line, every field of Datatilsynet's form, and the ones a person must
 * write marked so. HTML for print, PDF and Word. */
#ifndef BEREDT_RENDER_BREACH_H
#define BEREDT_RENDER_BREACH_H

#include "model/breach.h"
#include "render/report_format.h"

int breach_render(struct arena *a, const struct breach_notice *n, enum report_format fmt, enum lang lang,
		  const char *marking, const char *path, struct buf *out, struct err *e);

/* The deadline as people read it, "2026-12-04 13:00 (UTC+01:00)" (arena). */
const char *breach_deadline_text(struct arena *a, const struct breach_notice *n);

#endif
