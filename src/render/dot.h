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

/* A whole municipality's picture made readable: nodes drawn in clusters (a service area,
 * an administrative domain), and systems that rest on nothing folded into one box per
 * cluster ("12 systemer: ..."). Arrays per node of the graph; folds numbered from 0. */
struct dot_layout {
	const int *cluster;               /* per node: its cluster, or -1 */
	const char *const *cluster_names;
	size_t n_clusters;
	const int *fold;                  /* per node: the box it is folded into, or -1 */
	const int *fold_cluster;          /* per box: its cluster */
	const char *const *fold_labels;
	size_t n_folds;
};

/* dot_write with a layout (NULL: none); an edge to or from a folded node goes to its box,
 * once. */
void dot_write_layout(struct buf *b, const struct ros_graph *g, const bool *show, const unsigned char *mark,
		      const char *id, enum lang lang, const struct dot_layout *layout);

/* The SVG of a DOT text, without XML prolog (ready to put inside a page). -1 with a
 * message when dot is missing, too slow (5 s) or its output too large (8 MiB). */
int dot_svg(const char *dot, size_t len, const char *path, struct buf *svg, struct err *e);

#endif
