/* app/impact.c: see impact.h. */
#include "app/impact.h"

#include <string.h>

#include "store/ros.h"

/* The nodes the question fails: by name, or every node the domain runs. */
static int failed_nodes(const struct impact_result *r, const struct impact_query *q, size_t *failed, size_t *n,
			struct err *e)
{
	bool domain = q->domain && *q->domain;
	*n = 0;
	if (domain && q->n_names)
		return err_set(e, "Oppgi systemer og leverandører eller et domene, ikke begge.");
	if (!domain && !q->n_names)
		return err_set(e, "Oppgi et system, en leverandør eller et administrativt domene.");
	if (q->n_names > IMPACT_NAMES_MAX)
		return err_set(e, "Høyst %d systemer og leverandører om gangen.", IMPACT_NAMES_MAX);
	if (domain) {
		for (size_t v = 0; v < r->g.n; v++)
			if (r->g.nodes[v].admin_domain && strcmp(r->g.nodes[v].admin_domain, q->domain) == 0)
				failed[(*n)++] = v;
		return *n ? 0 : err_missing(e, "Ingen systemer administreres fra domenet «%s».", q->domain);
	}
	for (size_t i = 0; i < q->n_names; i++) {
		size_t v = q->names[i] ? ros_register_find(&r->reg, q->names[i]) : (size_t)-1;
		if (v == (size_t)-1 || r->g.nodes[v].kind == ROS_SERVICE)
			return err_missing(e, "«%s» er ikke et system eller en leverandør i registeret.",
					   q->names[i] ? q->names[i] : "");
		failed[(*n)++] = v;
	}
	return 0;
}

int impact_run(struct db *db, struct arena *a, int64_t tenant, const struct impact_query *q,
	       struct impact_result *out, struct err *e)
{
	struct ros_register reg;
	if (store_ros_load(db, a, tenant, &reg, e) < 0)
		return -1;
	return impact_answer(a, &reg, q, out, e);
}

int impact_answer(struct arena *a, const struct ros_register *reg, const struct impact_query *q,
		  struct impact_result *out, struct err *e)
{
	size_t cap = 0;
	memset(out, 0, sizeof(*out));
	out->untrusted = q->untrusted;
	out->reg = *reg;
	if (ros_register_graph(a, &out->reg, &out->g, e) < 0 || ros_work_init(a, &out->g, &out->w, e) < 0)
		return -1;
	const struct ros_graph *g = &out->g;
	size_t *failed = arena_alloc(a, (g->n + IMPACT_NAMES_MAX + 1) * sizeof(*failed));
	if (!failed)
		return err_set(e, "Tom for minne.");
	if (failed_nodes(out, q, failed, &out->n_failed, e) < 0)
		return -1;
	out->failed = failed;
	if (q->untrusted) {
		size_t *queue = arena_alloc(a, (g->n + 1) * sizeof(*queue));
		out->affected = arena_alloc(a, (g->n + 1) * sizeof(bool));
		if (!queue || !out->affected)
			return err_set(e, "Tom for minne.");
		ros_untrusted(g, failed, out->n_failed, out->affected, queue);
		for (size_t v = 0; v < g->n; v++) {
			if (!out->affected[v] || g->nodes[v].kind != ROS_SERVICE)
				continue;
			struct impact_service *s = arena_push(a, (void **)&out->services, &out->n, &cap, sizeof(*s));
			if (!s)
				return err_set(e, "Tom for minne.");
			*s = (struct impact_service){ v, g->nodes[v].name, g->nodes[v].criticality, ROS_REC_UNKNOWN,
						      g->nodes[v].mtd_hours, -1, g->nodes[v].personal_data,
						      g->nodes[v].special_categories };
		}
		return 0;
	}
	struct ros_hit *h;
	size_t n;
	ros_fail(&out->w, failed, out->n_failed, true);
	if (ros_hits(a, &out->w, &h, &n) < 0)
		return err_set(e, "Tom for minne.");
	out->cycles = out->w.cycle_seen;
	out->services = arena_alloc(a, (n + 1) * sizeof(*out->services));
	if (!out->services)
		return err_set(e, "Tom for minne.");
	for (size_t i = 0; i < n; i++) {
		const struct ros_node *s = &g->nodes[h[i].node];
		out->services[i] = (struct impact_service){ h[i].node, s->name, s->criticality, h[i].recovery,
							    s->mtd_hours, h[i].exceeded, s->personal_data,
							    s->special_categories };
	}
	out->n = n;
	return 0;
}
