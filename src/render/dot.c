/* dot.c: see dot.h. */
#include "render/dot.h"

#include <stdint.h>
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

void dot_write(struct buf *b, const struct ros_graph *g, const bool *show, const unsigned char *mark,
	       const char *id, enum lang lang)
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
	for (size_t v = 0; v < g->n; v++) {
		if (show && !show[v])
			continue;
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
	for (size_t grp = 0; grp < g->ngroups; grp++) {
		size_t from = g->owner[grp];
		bool alt = g->tstart[grp + 1] - g->tstart[grp] > 1;
		for (size_t p = g->tstart[grp]; p < g->tstart[grp + 1]; p++) {
			size_t to = g->targets[p];
			if (show && (!show[from] || !show[to]))
				continue;
			buf_printf(b, "  n%zu -> n%zu%s;\n", from, to, alt ? " [style=dashed]" : "");
		}
	}
	for (size_t t = 0; t < g->n; t++)
		for (size_t d = g->dstart[t]; d < g->dstart[t + 1]; d++) {
			size_t from = g->dfrom[d];
			if (show && (!show[from] || !show[t]))
				continue;
			buf_printf(b, "  n%zu -> n%zu [style=dotted, color=\"#0b4f8a\"];\n", from, t);
		}
	buf_puts(b, "}\n");
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
