/* render/inspection.h: the inspection pack (app/inspection.h) as one document with an index:
 * as PDF with the evidence files embedded in it, as Word, or as HTML. */
#ifndef BEREDT_RENDER_INSPECTION_H
#define BEREDT_RENDER_INSPECTION_H

#include "app/inspection.h"
#include "render/report_format.h"

/* Append the pack of tenant t in fmt and lang to out, marked on every page (marking NULL or
 * "": none); PDF and Word by the programs found in path, the files for the PDF written under
 * tmpdir. -1 with e set. */
int inspection_render(struct arena *a, const struct inspection *x, enum report_format fmt, enum lang lang,
		      const char *marking, const char *path, const char *tmpdir, struct buf *out, struct err *e);

#endif
