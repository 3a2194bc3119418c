/* risk.h: the risk matrix as an SVG heat map (probability A–E against consequence 1–5),
 * with the unwanted events placed in their cells (H1, H2, ... as in the table beside
 * it). The labels and colours are the municipality's scales (model/scales.h); each cell
 * also says its level in words for screen readers. */
#ifndef BEREDT_RISK_H
#define BEREDT_RISK_H

#include <stdbool.h>
#include <stddef.h>

#include "model/scales.h"
#include "render/page.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/i18n.h"

void render_risk_matrix(struct buf *b, struct arena *a, const struct ros_scales *sc,
			const struct ros_event *events, size_t n, enum lang lang);

/* A scales form's field names: p1-navn, p1-tekst, ... k5-tekst (the cells are c-A1 ... c-E5). */
const char *risk_scales_field(struct arena *a, char axis, int i, const char *what);
/* The scales page below its heading: what they are, the matrix, and the levels as a table,
 * or for an editor as the form that changes them. */
void risk_scales_section(struct buf *b, struct arena *a, enum lang lang, const struct page_frame *pg,
			 const struct ros_scales *s, bool editor);

#endif
