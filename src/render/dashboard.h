/* render/dashboard.h: the overview below its heading: readiness in all and per area (a
 * chart and in words), open actions, the overdue ones and those due within 30 days, and the
 * decisions waiting for the municipal director. */
#ifndef BEREDT_RENDER_DASHBOARD_H
#define BEREDT_RENDER_DASHBOARD_H

#include <stdint.h>

#include "model/report.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/i18n.h"

/* The overview of 'rep' as of 'today'; rep NULL: the municipality has no round yet, and the
 * way to start one. */
void dashboard_render(struct buf *b, struct arena *a, enum lang lang, int32_t today, const struct report *rep);

#endif
