/* risk.h: the risk matrix as an SVG heat map (probability A–E against consequence 1–5),
 * with the unwanted events placed in their cells (H1, H2, ... as in the table beside
 * it). The colours are a table of data (risk_levels in risk.c, the defaults of a
 * common 5×5 matrix); each cell also says its level in words for screen readers. */
#ifndef BEREDT_RISK_H
#define BEREDT_RISK_H

#include <stddef.h>

#include "model/ros.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/i18n.h"

void render_risk_matrix(struct buf *b, struct arena *a, const struct ros_event *events, size_t n,
			enum lang lang);

#endif
