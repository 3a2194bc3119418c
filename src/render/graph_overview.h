/* render/graph_overview.h: the layout of a whole municipality's dependency picture
 * (render/dot.h): services clustered by service area (their sector) and each system with
 * the area its services are in ("shared" when more than one), or systems clustered by
 * administrative domain; the systems of a cluster that rest on nothing folded into one
 * box. What makes 150 systems a picture that can be read. */
#ifndef BEREDT_RENDER_GRAPH_OVERVIEW_H
#define BEREDT_RENDER_GRAPH_OVERVIEW_H

#include <stdbool.h>

#include "model/graph.h"
#include "model/register.h"
#include "render/dot.h"
#include "util/arena.h"
#include "util/i18n.h"

enum graph_group { GRAPH_GROUP_NONE, GRAPH_GROUP_AREA, GRAPH_GROUP_DOMAIN };

/* The layout (arena) for the nodes with show[] set (NULL: all). -1 when out of memory. */
int graph_overview(struct arena *a, const struct ros_graph *g, const struct ros_register *reg, const bool *show,
		   enum graph_group by, bool fold, enum lang lang, struct dot_layout *out);

/* The nodes of one service area: its services and everything they rest on (show[], which
 * the caller sizes g->n). How many. */
size_t graph_area(const struct ros_graph *g, const struct ros_register *reg, const char *sector, bool *show,
		  size_t *queue);

#endif
