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

/* What the overview says beyond the measures: the findings, preparedness, and for a
 * municipality just begun, how far along its first day it is. */
struct dashboard_facts {
	size_t services, systems, deps, contacts;
	bool plan, kit_made, round;
	size_t open_findings, by_severity[4];   /* enum severity */
	int32_t plan_reviewed, last_exercise;    /* DATE_NONE: never */
	const char *kit_written;                 /* UTC timestamp of the last kit, or NULL */
};

/* The overview of 'rep' as of 'today'; rep NULL: the municipality has no round yet, and the
 * way to start one. f: the facts above (NULL: left out). */
void dashboard_render(struct buf *b, struct arena *a, enum lang lang, int32_t today, const struct report *rep,
		      const struct dashboard_facts *f);

#endif
