/* register.c: see register.h. */
#include "model/register.h"

#include <string.h>

#include "util/i18n.h"

size_t ros_register_node(const struct ros_register *r, enum ros_node_kind kind, int64_t id)
{
	/* registers are read in id order, so a binary search finds the entry */
	size_t lo = 0, hi, base;
	switch (kind) {
	case ROS_SERVICE: hi = r->n_services; base = 0; break;
	case ROS_SYSTEM: hi = r->n_systems; base = r->n_services; break;
	default: hi = r->n_vendors; base = r->n_services + r->n_systems; break;
	}
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int64_t at = kind == ROS_SERVICE ? r->services[mid].id
			   : kind == ROS_SYSTEM ? r->systems[mid].id : r->vendors[mid].id;
		if (at == id)
			return base + mid;
		if (at < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return (size_t)-1;
}

size_t ros_register_find(const struct ros_register *r, const char *name)
{
	for (size_t i = 0; i < r->n_services; i++)
		if (strcmp(r->services[i].name, name) == 0)
			return i;
	for (size_t i = 0; i < r->n_systems; i++)
		if (strcmp(r->systems[i].name, name) == 0)
			return r->n_services + i;
	for (size_t i = 0; i < r->n_vendors; i++)
		if (strcmp(r->vendors[i].name, name) == 0)
			return r->n_services + r->n_systems + i;
	return (size_t)-1;
}

/* Whether the system is run by its vendor (SaaS or hosted). */
static bool hosted(const struct ros_register *r, int64_t system)
{
	for (size_t i = 0; i < r->n_systems; i++)
		if (r->systems[i].id == system)
			return r->systems[i].hosting && strcmp(r->systems[i].hosting, "leverandor") == 0;
	return false;
}

int ros_register_graph(struct arena *a, const struct ros_register *r, struct ros_graph *g,
		       struct err *e)
{
	size_t n = r->n_services + r->n_systems + r->n_vendors;
	struct ros_node *nodes = arena_alloc(a, (n + 1) * sizeof(*nodes));
	struct ros_edge_in *edges = arena_alloc(a, (r->n_deps + 1) * sizeof(*edges));
	if (!nodes || !edges)
		return err_set(e, "Tom for minne.");
	size_t k = 0;
	for (size_t i = 0; i < r->n_services; i++, k++) {
		const struct ros_service *s = &r->services[i];
		nodes[k] = (struct ros_node){ .kind = ROS_SERVICE, .id = s->id, .name = s->name,
					      .criticality = s->criticality, .mtd_hours = s->mtd_hours,
					      .rto_hours = ROS_UNKNOWN, .personal_data = s->personal_data,
					      .special_categories = s->special_categories };
	}
	for (size_t i = 0; i < r->n_systems; i++, k++) {
		const struct ros_system *s = &r->systems[i];
		nodes[k] = (struct ros_node){ .kind = ROS_SYSTEM, .id = s->id, .name = s->name,
					      .mtd_hours = ROS_UNKNOWN, .rto_hours = s->rto_hours,
					      .admin_domain = s->admin_domain };
	}
	for (size_t i = 0; i < r->n_vendors; i++, k++) {
		const struct ros_vendor *v = &r->vendors[i];
		nodes[k] = (struct ros_node){ .kind = ROS_VENDOR, .id = v->id, .name = v->name,
					      .mtd_hours = ROS_UNKNOWN, .rto_hours = v->rto_hours };
	}
	for (size_t i = 0; i < r->n_deps; i++) {
		const struct ros_dependency *d = &r->deps[i];
		edges[i].from = ros_register_node(r, d->from_kind, d->from_id);
		edges[i].to = ros_register_node(r, d->to_kind, d->to_id);
		edges[i].dataflow = d->kind && strcmp(d->kind, "dataflyt") == 0;
		/* untrust follows what a system's data rest on: the host it runs on, the domain it
		 * signs in through, and the vendor that hosts it (a self-hosted system's vendor only
		 * supports it) */
		edges[i].trust = d->kind && (strcmp(d->kind, "kjorer-pa") == 0 || strcmp(d->kind, "autentisering") == 0 ||
					     (strcmp(d->kind, "leverandorstotte") == 0 && d->from_kind == ROS_SYSTEM &&
					      hosted(r, d->from_id)));
		edges[i].alt_group = d->alt_group;
		if (edges[i].from == (size_t)-1 || edges[i].to == (size_t)-1)
			return err_set(e, "En avhengighet viser til noe som ikke finnes i registeret.");
	}
	return ros_graph_build(a, nodes, n, edges, r->n_deps, g, e);
}

bool ros_change_removes_most(const struct ros_change *c)
{
	return c->n_removed * 2 > c->before;
}

const char *ros_register_counts(struct arena *a, enum lang lang, const struct ros_register *r)
{
	const char *v = arena_printf(a, i18n_n(lang, "%zu leverandør", "%zu leverandører", (unsigned long)r->n_vendors),
				     r->n_vendors);
	const char *sy = arena_printf(a, i18n_n(lang, "%zu system", "%zu systemer", (unsigned long)r->n_systems),
				      r->n_systems);
	const char *sv = arena_printf(a, i18n_n(lang, "%zu tjeneste", "%zu tjenester", (unsigned long)r->n_services),
				      r->n_services);
	const char *ev = arena_printf(a, i18n_n(lang, "%zu hendelse", "%zu hendelser", (unsigned long)r->n_events),
				      r->n_events);
	const char *dp = arena_printf(a, i18n_n(lang, "%zu avhengighet", "%zu avhengigheter", (unsigned long)r->n_deps),
				      r->n_deps);
	/* TRANSLATORS: the five counts of the registers, each already with its plural form */
	return arena_printf(a, i18n_tr(lang, "%s, %s, %s, %s og %s"), v, sy, sv, ev, dp);
}
