/* render/graph_overview.c: see graph_overview.h. */
#include "render/graph_overview.h"

#include <string.h>

#define I18N_LANG lang
#define FOLD_NAMES 3     /* names written in a folded box before "…" */

/* The cluster named 'name', made when new: its index, or -1 out of memory. */
static int cluster_of(struct arena *a, const char ***names, size_t *n, size_t *cap, const char *name)
{
	for (size_t i = 0; i < *n; i++)
		if (strcmp((*names)[i], name) == 0)
			return (int)i;
	const char **slot = arena_push(a, (void **)names, n, cap, sizeof(**names));
	if (!slot)
		return -1;
	*slot = name;
	return (int)(*n - 1);
}

int graph_overview(struct arena *a, const struct ros_graph *g, const struct ros_register *reg, const bool *show,
		   enum graph_group by, bool fold, enum lang lang, struct dot_layout *out)
{
	size_t n = g->n, ns = reg->n_services, ny = reg->n_systems;
	int *cluster = arena_alloc(a, (n + 1) * sizeof(*cluster)), *folded = arena_alloc(a, (n + 1) * sizeof(*folded));
	const char **area = arena_alloc(a, (n + 1) * sizeof(*area));
	bool *below = arena_alloc(a, (n + 1) * sizeof(*below));
	size_t *queue = arena_alloc(a, (n + 1) * sizeof(*queue));
	const char **names = NULL;
	size_t n_names = 0, cap = 0;
	if (!cluster || !folded || !area || !below || !queue)
		return -1;
	memset(out, 0, sizeof(*out));
	for (size_t v = 0; v < n; v++) {
		cluster[v] = -1;
		folded[v] = -1;
		area[v] = NULL;
	}
	if (by == GRAPH_GROUP_AREA) {
		/* a system's area: the one its services are in, or "shared" where they are in several */
		const char *shared = T("Felles for flere tjenesteområder");
		for (size_t s = 0; s < ns; s++) {
			const char *label = T(ros_code_label(reg->services[s].sector));
			memset(below, 0, n * sizeof(*below));
			size_t k = ros_below(g, s, below, queue);
			for (size_t i = 0; i < k; i++) {
				size_t v = queue[i];
				area[v] = !area[v] || strcmp(area[v], label) == 0 ? label : shared;
			}
		}
	}
	for (size_t v = 0; v < n; v++) {
		if (show && !show[v])
			continue;
		const char *name = NULL;
		if (v >= ns + ny)
			name = T("Leverandører");
		else if (by == GRAPH_GROUP_AREA)
			name = area[v] ? area[v] : T("Hviler ingen tjeneste på");
		else if (by == GRAPH_GROUP_DOMAIN)
			name = v < ns ? T("Tjenester")
			       : reg->systems[v - ns].admin_domain && *reg->systems[v - ns].admin_domain
				       ? reg->systems[v - ns].admin_domain
				       : T("Uten administrativt domene");
		if (name && by != GRAPH_GROUP_NONE && (cluster[v] = cluster_of(a, &names, &n_names, &cap, name)) < 0)
			return -1;
	}
	out->cluster = cluster;
	out->cluster_names = names;
	out->n_clusters = n_names;
	out->fold = folded;
	if (!fold || by == GRAPH_GROUP_NONE)
		return 0;
	/* in one box per cluster, two or more of them: the systems of one service area alone (only
	 * what several areas share is drawn for itself), and elsewhere those that rest on nothing */
	const char *shared = T("Felles for flere tjenesteområder");
	int *fold_cluster = arena_alloc(a, (n_names + 1) * sizeof(*fold_cluster));
	const char **labels = arena_alloc(a, (n_names + 1) * sizeof(*labels));
	size_t *count = arena_alloc(a, (n_names + 1) * sizeof(*count));
	if (!fold_cluster || !labels || !count)
		return -1;
	memset(count, 0, (n_names + 1) * sizeof(*count));
#define FOLDS(v) ((!show || show[v]) && cluster[v] >= 0 &&                                          \
		  (g->gstart[v] == g->gstart[v + 1] || (by == GRAPH_GROUP_AREA && area[v] && strcmp(area[v], shared) != 0)))
	for (size_t v = ns; v < ns + ny; v++)
		if (FOLDS(v))
			count[cluster[v]]++;
	size_t nf = 0;
	for (size_t c = 0; c < n_names; c++) {
		if (count[c] < 2)
			continue;
		const char *label = arena_printf(a, i18n_n(lang, "%zu system:", "%zu systemer:", count[c]), count[c]);
		size_t named = 0;
		for (size_t v = ns; v < ns + ny; v++) {
			if (!FOLDS(v) || cluster[v] != (int)c)
				continue;
			folded[v] = (int)nf;
			if (named++ < FOLD_NAMES)
				label = arena_printf(a, "%s\n%s", label, g->nodes[v].name);
		}
		if (named > FOLD_NAMES)
			label = arena_printf(a, "%s\n…", label);
		fold_cluster[nf] = (int)c;
		labels[nf++] = label;
	}
#undef FOLDS
	out->fold_cluster = fold_cluster;
	out->fold_labels = labels;
	out->n_folds = nf;
	return 0;
}

size_t graph_area(const struct ros_graph *g, const struct ros_register *reg, const char *sector, bool *show,
		  size_t *queue)
{
	size_t k = 0;
	memset(show, 0, g->n * sizeof(*show));
	for (size_t s = 0; s < reg->n_services; s++)
		if (reg->services[s].sector && strcmp(reg->services[s].sector, sector) == 0)
			k += ros_below(g, s, show, queue);
	return k;
}
