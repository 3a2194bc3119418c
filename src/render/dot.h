/* dot.h: dependency graphs drawn with Graphviz: the DOT text (every label escaped) and
 * the SVG that `dot -Tsvg` makes of it, run as a child process with limits. */
#ifndef BEREDT_DOT_H
#define BEREDT_DOT_H

#include <stdbool.h>

#include "model/graph.h"
#include "util/buf.h"
#include "util/i18n.h"

enum dot_mark { DOT_PLAIN = 0, DOT_FAILED, DOT_AFFECTED };

/* The DOT text of the nodes with show[i] set (all when show is NULL), marked by
 * mark[i] (may be NULL). Services are boxes, systems ellipses, vendors houses; the
 * marks are also written in the labels, so colour is not the only cue. id (NULL: none)
 * prefixes the ids of the SVG made of it, so several graphs can share a page. */
void dot_write(struct buf *b, const struct ros_graph *g, const bool *show, const unsigned char *mark,
	       const char *id, enum lang lang);

/* The SVG of a DOT text, without XML prolog (ready to put inside a page). -1 with a
 * message when dot is missing, too slow (5 s) or its output too large (8 MiB). */
int dot_svg(const char *dot, size_t len, const char *path, struct buf *svg, struct err *e);

#endif
