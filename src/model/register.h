/* register.h: one municipality's ROS registers as a whole, and the graph built from
 * them. Pure. */
#ifndef BEREDT_REGISTER_H
#define BEREDT_REGISTER_H

#include <stddef.h>

#include "model/graph.h"
#include "model/ros.h"
#include "util/arena.h"
#include "util/i18n.h"

struct ros_register {
	struct ros_service *services;
	size_t n_services;
	struct ros_system *systems;
	size_t n_systems;
	struct ros_vendor *vendors;
	size_t n_vendors;
	struct ros_dependency *deps;
	size_t n_deps;
	struct ros_event *events;
	size_t n_events;
};

/* "3 leverandører, 1 system, 4 tjenester, 1 hendelse og 18 avhengigheter" (and in English),
 * each count with its own plural form. In the arena. */
const char *ros_register_counts(struct arena *a, enum lang lang, const struct ros_register *r);

/* What an import would do to one register (the preview before an import): the rows it adds
 * and changes by their names, and those it removes (the dependencies, which a file replaces). */
struct ros_change {
	const char **added, **changed, **removed;
	size_t n_added, n_changed, n_removed, n_same;
	size_t before;            /* rows of the register now */
};

/* Whether it removes more than half of what is there: a file cut short, or only a header. */
bool ros_change_removes_most(const struct ros_change *c);

/* The graph of the register: services first, then systems, then vendors, in register
 * order (so node i of kind k is easy to find). Dependencies on ids not in the register
 * are refused. nodes and the graph live in the arena. */
int ros_register_graph(struct arena *a, const struct ros_register *r, struct ros_graph *g,
		       struct err *e);

/* The node index of a register entry, or (size_t)-1. */
size_t ros_register_node(const struct ros_register *r, enum ros_node_kind kind, int64_t id);

/* The node of a name of any kind (services, then systems, then vendors); (size_t)-1. */
size_t ros_register_find(const struct ros_register *r, const char *name);

#endif
