/* chart.h: readiness per area as an SVG bar chart, for the report and the dashboard.
 * Each bar has the area's name above it and the figure and level written beside it,
 * so the chart reads without colour; the SVG has a title for screen readers. */
#ifndef BEREDT_CHART_H
#define BEREDT_CHART_H

#include "model/report.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/i18n.h"

void render_readiness_chart(struct buf *b, struct arena *a, const struct report *r, enum lang lang);

/* The fill colour for a readiness level. */
const char *render_level_colour(enum readiness_level l);

#endif
