/* risk.h: the risk matrix as an SVG heat map (probability A–E against consequence 1–5),
 * with the unwanted events placed in their cells (H1, H2, ... as in the table beside
 * it). The labels and colours are the municipality's scales (model/scales.h); each cell
 * also says its level in words for screen readers. */
#ifndef BEREDT_RISK_H
#define BEREDT_RISK_H

#include <stddef.h>

#include "model/scales.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/i18n.h"

void render_risk_matrix(struct buf *b, struct arena *a, const struct ros_scales *sc,
			const struct ros_event *events, size_t n, enum lang lang);

#endif
