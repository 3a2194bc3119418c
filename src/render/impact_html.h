/* render/impact_html.h: the page sections of the impact question (app/impact.h): the form
 * that asks it, and the answer as a table, with the marks for the graph's picture. */
#ifndef BEREDT_RENDER_IMPACT_HTML_H
#define BEREDT_RENDER_IMPACT_HTML_H

#include <stdbool.h>

#include "app/impact.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/i18n.h"

/* "12 t", or "ukjent" (in lang) for ROS_UNKNOWN / ROS_REC_UNKNOWN. In the arena. */
const char *impact_hours(struct arena *a, enum lang lang, int32_t h);

/* The form (a GET to action: it changes nothing): the systems and vendors to fail, named
 * by name, with 'picked' selected; down or untrusted; or an administrative domain. */
void impact_form(struct buf *b, const char *action, enum lang lang, const struct ros_register *reg,
		 const struct ros_graph *g, const char *const *picked, size_t n_picked, const char *domain,
		 bool untrusted);

/* The answer: the services that stop (or whose data can't be trusted) as a table. show[]
 * and mark[] (g.n each) are filled for the picture (render/dot.h). */
void impact_section(struct buf *b, struct arena *a, enum lang lang, const struct impact_result *r, bool *show,
		    unsigned char *mark);

#endif
