/* dot.c: see dot.h. */
#include "render/dot.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util/spawn.h"
#include "util/limits.h"

/* A DOT string literal: backslash and quote escaped, newlines as \n, control characters
 * dropped; dot itself escapes for SVG. */
static void quoted(struct buf *b, const char *s)
{
	buf_putc(b, '"');
	for (; s && *s; s++) {
		if (*s == '"' || *s == '\\')
			buf_putc(b, '\\');
		if (*s == '\n')
			buf_puts(b, "\\n");
		else if ((unsigned char)*s >= 0x20)
			buf_putc(b, *s);
	}
	buf_putc(b, '"');
}

/* One node's definition: its shape, its label with the mark in words, its colours. */
static void node_def(struct buf *b, const struct ros_graph *g, size_t v, const unsigned char *mark, enum lang lang)
{
	const struct ros_node *nd = &g->nodes[v];
	const char *shape = nd->kind == ROS_SERVICE ? "box" : nd->kind == ROS_SYSTEM ? "ellipse" : "house";
	unsigned m = mark ? mark[v] : DOT_PLAIN;
	buf_printf(b, "  n%zu [shape=%s, label=", v, shape);
	struct buf label;
	buf_init(&label, LIMIT_DOT_LABEL);
	buf_puts(&label, nd->name);
	if (m == DOT_FAILED)
		buf_puts(&label, lang == LANG_EN ? "\n(failed)" : "\n(faller ut)");
	else if (m == DOT_AFFECTED)
		buf_puts(&label, lang == LANG_EN ? "\n(affected)" : "\n(rammet)");
	quoted(b, label.data);
	buf_release(&label);
	if (m == DOT_FAILED)
		buf_puts(b, ", fillcolor=\"#f4c7c3\", color=\"#a4161a\", penwidth=2");
	else if (m == DOT_AFFECTED)
		buf_puts(b, ", fillcolor=\"#fde7c8\", color=\"#8a4b00\", penwidth=2");
	buf_puts(b, "];\n");
}

/* A node's name in the DOT text, through its fold: "n12" or "f3". */
static void node_ref(struct buf *b, const struct dot_layout *L, size_t v)
{
	if (L && L->fold && L->fold[v] >= 0)
		buf_printf(b, "f%d", L->fold[v]);
	else
		buf_printf(b, "n%zu", v);
}

static bool drawn(const struct dot_layout *L, size_t v)
{
	return !L || !L->fold || L->fold[v] < 0;
}

static int cmp_u64(const void *x, const void *y)
{
	uint64_t a = *(const uint64_t *)x, b = *(const uint64_t *)y;
	return (a > b) - (a < b);
}

/* The nodes of one cluster (c), or of none (c = -1), and the boxes folded there. */
static void cluster_nodes(struct buf *b, const struct ros_graph *g, const bool *show, const unsigned char *mark,
			  enum lang lang, const struct dot_layout *L, int c)
{
	for (size_t v = 0; v < g->n; v++)
		if ((!show || show[v]) && drawn(L, v) && (L ? L->cluster[v] : -1) == c)
			node_def(b, g, v, mark, lang);
	for (size_t k = 0; L && k < L->n_folds; k++)
		if (L->fold_cluster[k] == c) {
			buf_printf(b, "  f%zu [shape=folder, fillcolor=\"#eef2f6\", label=", k);
			quoted(b, L->fold_labels[k]);
			buf_puts(b, "];\n");
		}
}

void dot_write_layout(struct buf *b, const struct ros_graph *g, const bool *show, const unsigned char *mark,
		      const char *id, enum lang lang, const struct dot_layout *L)
{
	buf_puts(b, "digraph beredt {\n");
	if (id) {   /* dot prefixes every id in the SVG with it: several graphs on one page */
		buf_puts(b, "  id=");
		quoted(b, id);
		buf_puts(b, ";\n");
	}
	buf_puts(b, "  graph [rankdir=LR, fontname=\"DejaVu Sans\", bgcolor=white];\n"
		    "  node [fontname=\"DejaVu Sans\", fontsize=11, style=filled, fillcolor=\"#ffffff\"];\n"
		    "  edge [color=\"#555555\"];\n");
	for (size_t c = 0; L && c < L->n_clusters; c++) {
		buf_printf(b, "  subgraph cluster_%zu {\n  label=", c);
		quoted(b, L->cluster_names[c]);
		buf_puts(b, "; style=rounded; color=\"#8a97a6\"; fontname=\"DejaVu Sans\";\n");
		cluster_nodes(b, g, show, mark, lang, L, (int)c);
		buf_puts(b, "  }\n");
	}
	cluster_nodes(b, g, show, mark, lang, L, -1);
	/* the edges, each once: a folded box takes the edges of all it holds */
	size_t cap = g->ngroups + 1, ne = 0;
	for (size_t grp = 0; grp < g->ngroups; grp++)
		cap += g->tstart[grp + 1] - g->tstart[grp];
	cap += g->dstart[g->n];
	uint64_t *seen = malloc(cap * sizeof(*seen));
	for (size_t grp = 0; grp < g->ngroups; grp++) {
		size_t from = g->owner[grp];
		bool alt = g->tstart[grp + 1] - g->tstart[grp] > 1;
		for (size_t p = g->tstart[grp]; p < g->tstart[grp + 1]; p++) {
			size_t to = g->targets[p];
			if (show && (!show[from] || !show[to]))
				continue;
			if (!drawn(L, from) || !drawn(L, to)) {
				/* into (or out of) a box: once per pair of ends, never a box to itself */
				uint64_t kf = drawn(L, from) ? from : g->n + (uint64_t)L->fold[from];
				uint64_t kt = drawn(L, to) ? to : g->n + (uint64_t)L->fold[to];
				if (kf == kt || !seen)
					continue;
				seen[ne++] = kf * (2 * (uint64_t)g->n + 1) + kt;
				continue;
			}
			buf_printf(b, "  n%zu -> n%zu%s;\n", from, to, alt ? " [style=dashed]" : "");
		}
	}
	if (seen && ne) {
		qsort(seen, ne, sizeof(*seen), cmp_u64);
		uint64_t w = 2 * (uint64_t)g->n + 1;
		for (size_t i = 0; i < ne; i++) {
			if (i && seen[i] == seen[i - 1])
				continue;
			uint64_t kf = seen[i] / w, kt = seen[i] % w;
			buf_puts(b, "  ");
			if (kf < g->n)
				node_ref(b, L, (size_t)kf);
			else
				buf_printf(b, "f%llu", (unsigned long long)(kf - g->n));
			buf_puts(b, " -> ");
			if (kt < g->n)
				node_ref(b, L, (size_t)kt);
			else
				buf_printf(b, "f%llu", (unsigned long long)(kt - g->n));
			buf_puts(b, ";\n");
		}
	}
	free(seen);
	for (size_t t = 0; t < g->n; t++)
		for (size_t d = g->dstart[t]; d < g->dstart[t + 1]; d++) {
			size_t from = g->dfrom[d];
			if (show && (!show[from] || !show[t]))
				continue;
			if (!drawn(L, from) || !drawn(L, t))
				continue;      /* data flow from or to a folded system: the box says there is more */
			buf_printf(b, "  n%zu -> n%zu [style=dotted, color=\"#0b4f8a\"];\n", from, t);
		}
	buf_puts(b, "}\n");
}

void dot_write(struct buf *b, const struct ros_graph *g, const bool *show, const unsigned char *mark,
	       const char *id, enum lang lang)
{
	dot_write_layout(b, g, show, mark, id, lang, NULL);
}

int dot_svg(const char *dot, size_t len, const char *path, struct buf *svg, struct err *e)
{
	const struct spawn_limits lim = { .timeout_ms = LIMIT_DOT_MS, .max_output = LIMIT_DOT_OUTPUT,
					  .max_memory = LIMIT_DOT_MEMORY, .max_cpu_seconds = LIMIT_DOT_CPU, .path = path,
					  .sandbox = SANDBOX_HELPER, .package = "graphviz" };
	char *argv[] = { (char *)(uintptr_t)"dot", (char *)(uintptr_t)"-Tsvg", NULL };
	struct buf raw;
	buf_init(&raw, lim.max_output + 1);
	if (spawn_run(argv, dot, len, &lim, &raw, e) < 0) {
		buf_release(&raw);
		return -1;
	}
	const char *start = raw.data ? strstr(raw.data, "<svg") : NULL;
	if (!start) {
		buf_release(&raw);
		return err_set(e, "dot laget ikke SVG.");
	}
	buf_puts(svg, start);
	buf_release(&raw);
	return 0;
}
