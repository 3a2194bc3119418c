/* graph.c: see graph.h. Every analysis is linear in what it touches: failures propagate
 * by counting the down targets of each requirement group, and cycles are found with an
 * iterative version of Tarjan's algorithm (no recursion, so deep chains cannot exhaust
 * the stack). */
#include "model/graph.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

static int32_t add_hours(int32_t a, int32_t b)
{
	if (a == ROS_REC_UNKNOWN || b == ROS_REC_UNKNOWN)
		return ROS_REC_UNKNOWN;
	int64_t s = (int64_t)a + b;
	return s >= ROS_REC_UNKNOWN ? ROS_REC_UNKNOWN - 1 : (int32_t)s;
}

static int32_t rto_of(const struct ros_node *n)
{
	return n->rto_hours == ROS_UNKNOWN ? ROS_REC_UNKNOWN : n->rto_hours;
}

/* ---- building ---- */

struct sort_edge {
	size_t from;
	long key;        /* the group: alt_group, or a unique negative number for alt 0 */
	size_t i;
};

static int cmp_edge(const void *x, const void *y)
{
	const struct sort_edge *a = x, *b = y;
	if (a->from != b->from)
		return a->from < b->from ? -1 : 1;
	if (a->key != b->key)
		return a->key < b->key ? -1 : 1;
	return a->i < b->i ? -1 : a->i > b->i;
}

int ros_graph_build(struct arena *a, const struct ros_node *nodes, size_t n,
		    const struct ros_edge_in *edges, size_t m, struct ros_graph *g, struct err *e)
{
	struct sort_edge *se = malloc((m + 1) * sizeof(*se));
	int rc = -1;

	memset(g, 0, sizeof(*g));
	g->n = n;
	g->nodes = nodes;
	if (!se)
		return err_set(e, "Tom for minne.");
	for (size_t i = 0; i < m; i++) {
		if (edges[i].from >= n || edges[i].to >= n) {
			err_set(e, "En avhengighet viser til en node som ikke finnes.");
			goto out;
		}
		if (edges[i].from == edges[i].to) {
			err_set(e, "«%s» kan ikke være avhengig av seg selv.", nodes[edges[i].from].name);
			goto out;
		}
		se[i].from = edges[i].from;
		se[i].key = edges[i].alt_group > 0 ? edges[i].alt_group : -(long)i - 1;
		se[i].i = i;
	}
	/* data-flow edges go to their own reverse list; the rest form requirement groups */
	size_t md = 0, mr = 0;
	for (size_t i = 0; i < m; i++)
		md += edges[i].dataflow;
	g->dstart = arena_alloc(a, (n + 2) * sizeof(size_t));
	g->dfrom = arena_alloc(a, (md + 1) * sizeof(size_t));
	if (!g->dstart || !g->dfrom) {
		err_set(e, "Tom for minne.");
		goto out;
	}
	for (size_t i = 0; i < m; i++)
		if (edges[i].dataflow)
			g->dstart[edges[i].to + 2]++;
	for (size_t v = 0; v < n; v++)
		g->dstart[v + 2] += g->dstart[v + 1];
	for (size_t i = 0; i < m; i++)
		if (edges[i].dataflow)
			g->dfrom[g->dstart[edges[i].to + 1]++] = edges[i].from;
	/* trust edges, reversed: whose data rest on each node */
	size_t mu = 0;
	for (size_t i = 0; i < m; i++)
		mu += edges[i].trust && !edges[i].dataflow;
	g->ustart = arena_alloc(a, (n + 2) * sizeof(size_t));
	g->ufrom = arena_alloc(a, (mu + 1) * sizeof(size_t));
	if (!g->ustart || !g->ufrom) {
		err_set(e, "Tom for minne.");
		goto out;
	}
	for (size_t i = 0; i < m; i++)
		if (edges[i].trust && !edges[i].dataflow)
			g->ustart[edges[i].to + 2]++;
	for (size_t v = 0; v < n; v++)
		g->ustart[v + 2] += g->ustart[v + 1];
	for (size_t i = 0; i < m; i++)
		if (edges[i].trust && !edges[i].dataflow)
			g->ufrom[g->ustart[edges[i].to + 1]++] = edges[i].from;
	for (size_t i = 0; i < m; i++)
		if (!edges[i].dataflow)
			se[mr++] = se[i];
	m = mr;
	qsort(se, m, sizeof(*se), cmp_edge);

	g->gstart = arena_alloc(a, (n + 1) * sizeof(size_t));
	g->tstart = arena_alloc(a, (m + 1) * sizeof(size_t));
	g->owner = arena_alloc(a, (m + 1) * sizeof(size_t));
	g->targets = arena_alloc(a, (m + 1) * sizeof(size_t));
	g->rstart = arena_alloc(a, (n + 2) * sizeof(size_t));
	g->rgroups = arena_alloc(a, (m + 1) * sizeof(size_t));
	if (!g->gstart || !g->tstart || !g->owner || !g->targets || !g->rstart || !g->rgroups) {
		err_set(e, "Tom for minne.");
		goto out;
	}
	/* groups in edge order; gstart counts them per node */
	for (size_t i = 0; i < m; i++) {
		bool fresh = i == 0 || se[i].from != se[i - 1].from || se[i].key != se[i - 1].key;
		if (fresh) {
			g->owner[g->ngroups] = se[i].from;
			g->tstart[g->ngroups] = i;
			g->gstart[se[i].from + 1]++;
			g->ngroups++;
		}
		g->targets[i] = edges[se[i].i].to;
	}
	g->tstart[g->ngroups] = m;
	for (size_t v = 0; v < n; v++)
		g->gstart[v + 1] += g->gstart[v];
	/* reverse: which groups each node appears in */
	for (size_t grp = 0; grp < g->ngroups; grp++)
		for (size_t p = g->tstart[grp]; p < g->tstart[grp + 1]; p++)
			g->rstart[g->targets[p] + 2]++;
	for (size_t v = 0; v < n; v++)
		g->rstart[v + 2] += g->rstart[v + 1];
	for (size_t grp = 0; grp < g->ngroups; grp++)
		for (size_t p = g->tstart[grp]; p < g->tstart[grp + 1]; p++)
			g->rgroups[g->rstart[g->targets[p] + 1]++] = grp;
	rc = 0;
out:
	free(se);
	return rc;
}

/* ---- Tarjan's strongly connected components, iteratively ---- */

struct tarjan {
	const struct ros_graph *g;
	int32_t *index, *low;
	size_t *stack, *call, *iter;
	bool *on_stack;
	size_t sp, cp;
	int32_t next;
	bool (*use_group)(void *ctx, size_t grp);
	void (*emit)(void *ctx, const size_t *members, size_t k);
	void *ctx;
};

static void strongconnect(struct tarjan *t, size_t root)
{
	const struct ros_graph *g = t->g;
	t->call[t->cp++] = root;
	t->index[root] = t->low[root] = t->next++;
	t->iter[root] = g->tstart[g->gstart[root]];
	t->stack[t->sp++] = root;
	t->on_stack[root] = true;
	while (t->cp) {
		size_t v = t->call[t->cp - 1];
		size_t end = g->tstart[g->gstart[v + 1]];
		bool descended = false;
		while (t->iter[v] < end) {
			size_t p = t->iter[v]++;
			/* the group of target entry p: groups of v are contiguous */
			size_t grp = g->gstart[v];
			while (g->tstart[grp + 1] <= p)
				grp++;
			if (t->use_group && !t->use_group(t->ctx, grp))
				continue;
			size_t w = g->targets[p];
			if (t->index[w] < 0) {
				t->index[w] = t->low[w] = t->next++;
				t->iter[w] = g->tstart[g->gstart[w]];
				t->stack[t->sp++] = w;
				t->on_stack[w] = true;
				t->call[t->cp++] = w;
				descended = true;
				break;
			}
			if (t->on_stack[w] && t->index[w] < t->low[v])
				t->low[v] = t->index[w];
		}
		if (descended)
			continue;
		t->cp--;
		if (t->cp && t->low[v] < t->low[t->call[t->cp - 1]])
			t->low[t->call[t->cp - 1]] = t->low[v];
		if (t->low[v] == t->index[v]) {
			size_t k = 0;
			while (t->stack[t->sp - 1 - k] != v)
				k++;
			k++;
			const size_t *members = &t->stack[t->sp - k];
			t->emit(t->ctx, members, k);     /* while they are still on the stack */
			for (size_t i = 0; i < k; i++)
				t->on_stack[members[i]] = false;
			t->sp -= k;
		}
	}
}

/* ---- failures ---- */

int ros_work_init(struct arena *a, const struct ros_graph *g, struct ros_work *w, struct err *e)
{
	size_t n = g->n + 1;
	memset(w, 0, sizeof(*w));
	w->g = g;
	w->down = arena_alloc(a, n * sizeof(bool));
	w->failed = arena_alloc(a, n * sizeof(bool));
	w->count = arena_alloc(a, (g->ngroups + 1) * sizeof(uint32_t));
	w->queue = arena_alloc(a, n * sizeof(size_t));
	w->rec = arena_alloc(a, n * sizeof(int32_t));
	w->index = arena_alloc(a, n * sizeof(int32_t));
	w->low = arena_alloc(a, n * sizeof(int32_t));
	w->stack = arena_alloc(a, n * sizeof(size_t));
	w->call = arena_alloc(a, n * sizeof(size_t));
	w->iter = arena_alloc(a, n * sizeof(size_t));
	w->on_stack = arena_alloc(a, n * sizeof(bool));
	if (!w->down || !w->failed || !w->count || !w->queue || !w->rec || !w->index || !w->low ||
	    !w->stack || !w->call || !w->iter || !w->on_stack)
		return err_set(e, "Tom for minne.");
	for (size_t i = 0; i < n; i++)
		w->index[i] = -1;
	return 0;
}

static bool group_down(void *ctx, size_t grp)
{
	const struct ros_work *w = ctx;
	return w->count[grp] == w->g->tstart[grp + 1] - w->g->tstart[grp];
}

/* The recovery time of one strongly connected set of down nodes, whose dependencies
 * (outside the set) already have theirs. */
static void emit_recovery(void *ctx, const size_t *members, size_t k)
{
	struct ros_work *w = ctx;
	const struct ros_graph *g = w->g;
	int32_t own = 0, wait = 0;
	if (k > 1)
		w->cycle_seen = true;
	for (size_t i = 0; i < k; i++) {
		size_t v = members[i];
		if (w->failed[v])
			own = add_hours(own, rto_of(&g->nodes[v]));
		for (size_t grp = g->gstart[v]; grp < g->gstart[v + 1]; grp++) {
			if (!group_down(w, grp))
				continue;
			int32_t best = ROS_REC_UNKNOWN;
			bool inside = false;
			for (size_t p = g->tstart[grp]; p < g->tstart[grp + 1]; p++) {
				size_t t = g->targets[p];
				if (w->on_stack[t])
					inside = true;   /* in this set: restored with it */
				else if (w->rec[t] < best)
					best = w->rec[t];
			}
			if (inside)
				continue;
			if (best == ROS_REC_UNKNOWN || wait == ROS_REC_UNKNOWN)
				wait = ROS_REC_UNKNOWN;
			else if (best > wait)
				wait = best;
		}
	}
	int32_t rec = add_hours(own, wait);
	for (size_t i = 0; i < k; i++)
		w->rec[members[i]] = rec;
}

void ros_fail(struct ros_work *w, const size_t *failed, size_t nfailed, bool with_recovery)
{
	const struct ros_graph *g = w->g;
	/* undo what the last query touched */
	for (size_t i = 0; i < w->ndown; i++) {
		size_t v = w->queue[i];
		w->down[v] = w->failed[v] = w->on_stack[v] = false;
		w->index[v] = -1;
		for (size_t r = g->rstart[v]; r < g->rstart[v + 1]; r++)
			w->count[g->rgroups[r]] = 0;
	}
	w->ndown = 0;
	w->cycle_seen = false;
	for (size_t i = 0; i < nfailed; i++) {
		size_t f = failed[i];
		if (f >= g->n || w->down[f])
			continue;
		w->down[f] = w->failed[f] = true;
		w->queue[w->ndown++] = f;
	}
	for (size_t head = 0; head < w->ndown; head++) {
		size_t t = w->queue[head];
		for (size_t r = g->rstart[t]; r < g->rstart[t + 1]; r++) {
			size_t grp = g->rgroups[r];
			if (++w->count[grp] == g->tstart[grp + 1] - g->tstart[grp]) {
				size_t o = g->owner[grp];
				if (!w->down[o]) {
					w->down[o] = true;
					w->queue[w->ndown++] = o;
				}
			}
		}
	}
	if (!with_recovery)
		return;
	struct tarjan t = { .g = g, .index = w->index, .low = w->low, .stack = w->stack,
			    .call = w->call, .iter = w->iter, .on_stack = w->on_stack,
			    .use_group = group_down, .emit = emit_recovery, .ctx = w };
	for (size_t i = 0; i < w->ndown; i++)
		if (w->index[w->queue[i]] < 0)
			strongconnect(&t, w->queue[i]);
}

static int cmp_hit(const void *x, const void *y)
{
	const struct ros_hit *a = x, *b = y;
	if (a->criticality != b->criticality)
		return b->criticality - a->criticality;
	if (a->exceeded != b->exceeded)
		return a->exceeded > b->exceeded ? -1 : 1;
	return strcmp(a->name, b->name);
}

int ros_hits(struct arena *a, const struct ros_work *w, struct ros_hit **out, size_t *n)
{
	const struct ros_graph *g = w->g;
	*n = 0;
	*out = arena_alloc(a, (w->ndown + 1) * sizeof(**out));
	if (!*out)
		return -1;
	for (size_t i = 0; i < w->ndown; i++) {
		size_t v = w->queue[i];
		const struct ros_node *node = &g->nodes[v];
		if (node->kind != ROS_SERVICE)
			continue;
		struct ros_hit *h = &(*out)[(*n)++];
		h->node = v;
		h->criticality = node->criticality;
		h->name = node->name;
		h->recovery = w->rec[v];
		if (h->recovery == ROS_REC_UNKNOWN || node->mtd_hours == ROS_UNKNOWN)
			h->exceeded = -1;
		else
			h->exceeded = h->recovery > node->mtd_hours ? h->recovery - node->mtd_hours : 0;
	}
	qsort(*out, *n, sizeof(**out), cmp_hit);
	return 0;
}

/* ---- untrusted data ---- */

void ros_untrusted(const struct ros_graph *g, const size_t *compromised, size_t n, bool *affected,
		   size_t *queue)
{
	size_t len = 0;
	for (size_t i = 0; i < n; i++) {
		if (compromised[i] < g->n && !affected[compromised[i]]) {
			affected[compromised[i]] = true;
			queue[len++] = compromised[i];
		}
	}
	/* each node enters the queue once: the walk is linear in the edges */
	for (size_t head = 0; head < len; head++) {
		size_t t = queue[head];
		for (size_t u = g->ustart[t]; u < g->ustart[t + 1]; u++)
			if (!affected[g->ufrom[u]]) {
				affected[g->ufrom[u]] = true;
				queue[len++] = g->ufrom[u];
			}
		for (size_t d = g->dstart[t]; d < g->dstart[t + 1]; d++)
			if (!affected[g->dfrom[d]]) {
				affected[g->dfrom[d]] = true;
				queue[len++] = g->dfrom[d];
			}
	}
}

/* ---- single points of failure and recovery-time gaps ---- */

static int cmp_spof(const void *x, const void *y)
{
	const struct ros_spof *a = x, *b = y;
	if (a->weight != b->weight)
		return b->weight - a->weight;
	if (a->services != b->services)
		return b->services - a->services;
	return strcmp(a->name, b->name);
}

int ros_single_failures(struct arena *a, struct ros_work *w, struct ros_spof **spof,
			size_t *nspof, struct ros_gap **gaps, size_t *ngaps, struct err *e)
{
	const struct ros_graph *g = w->g;
	int32_t *worst = arena_alloc(a, (g->n + 1) * sizeof(int32_t));
	size_t *culprit = arena_alloc(a, (g->n + 1) * sizeof(size_t));
	bool *unknown = arena_alloc(a, (g->n + 1) * sizeof(bool));
	*spof = arena_alloc(a, (g->n + 1) * sizeof(**spof));
	*gaps = arena_alloc(a, (g->n + 1) * sizeof(**gaps));
	*nspof = *ngaps = 0;
	if (!worst || !culprit || !unknown || !*spof || !*gaps)
		return err_set(e, "Tom for minne.");
	for (size_t f = 0; f < g->n; f++) {
		const struct ros_node *fn = &g->nodes[f];
		if (fn->kind == ROS_SERVICE)
			continue;
		ros_fail(w, &f, 1, false);
		int weight = 0, services = 0;
		for (size_t i = 1; i < w->ndown; i++) {
			size_t s = w->queue[i];
			if (g->nodes[s].kind != ROS_SERVICE)
				continue;
			weight += g->nodes[s].criticality;
			services++;
			if (fn->rto_hours == ROS_UNKNOWN) {
				unknown[s] = true;
			} else if (fn->rto_hours > worst[s]) {
				worst[s] = fn->rto_hours;
				culprit[s] = f;
			}
		}
		if (services) {
			struct ros_spof *x = &(*spof)[(*nspof)++];
			x->node = f;
			x->name = fn->name;
			x->weight = weight;
			x->services = services;
		}
	}
	qsort(*spof, *nspof, sizeof(**spof), cmp_spof);
	for (size_t s = 0; s < g->n; s++) {
		const struct ros_node *sn = &g->nodes[s];
		if (sn->kind != ROS_SERVICE)
			continue;
		bool over = sn->mtd_hours != ROS_UNKNOWN && worst[s] > sn->mtd_hours;
		if (over || unknown[s]) {
			struct ros_gap *x = &(*gaps)[(*ngaps)++];
			x->service = s;
			x->worst = worst[s];
			x->culprit = culprit[s];
			x->unknown = unknown[s] && !over;
		}
	}
	return 0;
}

/* ---- recovery order ---- */

struct order_ctx {
	const struct ros_graph *g;
	int32_t *scc;            /* per node: its component */
	int32_t nscc;
	int *weight;             /* per node, then per component */
};

static void emit_scc(void *ctx, const size_t *members, size_t k)
{
	struct order_ctx *o = ctx;
	for (size_t i = 0; i < k; i++)
		o->scc[members[i]] = o->nscc;
	o->nscc++;
}

/* A binary heap of components: the highest weight first, then the smallest name. */
struct heap {
	int32_t *items;
	size_t n;
	const int *weight;
	const char **name;
};

static bool before(const struct heap *h, int32_t x, int32_t y)
{
	if (h->weight[x] != h->weight[y])
		return h->weight[x] > h->weight[y];
	return strcmp(h->name[x] ? h->name[x] : "", h->name[y] ? h->name[y] : "") < 0;
}

static void heap_push(struct heap *h, int32_t x)
{
	size_t i = h->n++;
	h->items[i] = x;
	while (i && before(h, h->items[i], h->items[(i - 1) / 2])) {
		int32_t t = h->items[i];
		h->items[i] = h->items[(i - 1) / 2];
		h->items[(i - 1) / 2] = t;
		i = (i - 1) / 2;
	}
}

static int32_t heap_pop(struct heap *h)
{
	int32_t top = h->items[0];
	h->items[0] = h->items[--h->n];
	for (size_t i = 0;;) {
		size_t l = 2 * i + 1, r = l + 1, m = i;
		if (l < h->n && before(h, h->items[l], h->items[m]))
			m = l;
		if (r < h->n && before(h, h->items[r], h->items[m]))
			m = r;
		if (m == i)
			break;
		int32_t t = h->items[i];
		h->items[i] = h->items[m];
		h->items[m] = t;
		i = m;
	}
	return top;
}

static int cmp_order(const void *x, const void *y)
{
	const struct ros_order *a = x, *b = y;
	if (a->weight != b->weight)
		return b->weight - a->weight;
	return strcmp(a->name, b->name);
}

int ros_recovery_order(struct arena *a, const struct ros_graph *g, struct ros_order **out,
		       size_t *n, int *cycles, struct err *e)
{
	size_t nn = g->n + 1;
	struct order_ctx o = { .g = g };
	struct tarjan t = { .g = g, .emit = emit_scc, .ctx = &o };
	t.index = arena_alloc(a, nn * sizeof(int32_t));
	t.low = arena_alloc(a, nn * sizeof(int32_t));
	t.stack = arena_alloc(a, nn * sizeof(size_t));
	t.call = arena_alloc(a, nn * sizeof(size_t));
	t.iter = arena_alloc(a, nn * sizeof(size_t));
	t.on_stack = arena_alloc(a, nn * sizeof(bool));
	o.scc = arena_alloc(a, nn * sizeof(int32_t));
	o.weight = arena_alloc(a, nn * sizeof(int));
	int *cweight = arena_alloc(a, nn * sizeof(int));
	const char **cname = arena_alloc(a, nn * sizeof(char *));
	int32_t *size = arena_alloc(a, nn * sizeof(int32_t)), *cycle_no = arena_alloc(a, nn * sizeof(int32_t));
	size_t *indeg = arena_alloc(a, nn * sizeof(size_t)), *byscc = arena_alloc(a, nn * sizeof(size_t));
	size_t *sstart = arena_alloc(a, (nn + 1) * sizeof(size_t));
	struct heap h = { .items = arena_alloc(a, nn * sizeof(int32_t)), .weight = cweight, .name = cname };
	*out = arena_alloc(a, nn * sizeof(**out));
	*n = 0;
	*cycles = 0;
	if (!t.index || !t.low || !t.stack || !t.call || !t.iter || !t.on_stack || !o.scc ||
	    !o.weight || !cweight || !cname || !size || !cycle_no || !indeg || !byscc || !sstart ||
	    !h.items || !*out)
		return err_set(e, "Tom for minne.");
	for (size_t v = 0; v < g->n; v++)
		t.index[v] = -1;
	for (size_t v = 0; v < g->n; v++)
		if (t.index[v] < 0)
			strongconnect(&t, v);
	/* Components come out dependencies first; weights flow from dependents (later
	 * components) to their dependencies (earlier ones). */
	for (size_t v = 0; v < g->n; v++) {
		size_t c = (size_t)o.scc[v];
		size[c]++;
		if (g->nodes[v].criticality > cweight[c])
			cweight[c] = g->nodes[v].criticality;
	}
	for (int32_t c = 0; c <= o.nscc; c++)
		sstart[c + 1] = sstart[c] + (size_t)size[c];
	{
		size_t *fill = arena_alloc(a, nn * sizeof(size_t));
		if (!fill)
			return err_set(e, "Tom for minne.");
		memcpy(fill, sstart, nn * sizeof(size_t));
		for (size_t v = 0; v < g->n; v++)
			byscc[fill[o.scc[v]]++] = v;
	}
	for (int32_t c = o.nscc - 1; c >= 0; c--)
		for (size_t i = sstart[c]; i < sstart[c + 1]; i++) {
			size_t v = byscc[i];
			for (size_t p = g->tstart[g->gstart[v]]; p < g->tstart[g->gstart[v + 1]]; p++) {
				int32_t d = o.scc[g->targets[p]];
				if (d != c && cweight[c] > cweight[d])
					cweight[d] = cweight[c];
			}
		}
	for (int32_t c = 0; c < o.nscc; c++) {
		if (size[c] > 1)
			cycle_no[c] = ++*cycles;
		for (size_t i = sstart[c]; i < sstart[c + 1]; i++) {
			size_t v = byscc[i];
			if (g->nodes[v].kind != ROS_SERVICE &&
			    (!cname[c] || strcmp(g->nodes[v].name, cname[c]) < 0))
				cname[c] = g->nodes[v].name;
			for (size_t p = g->tstart[g->gstart[v]]; p < g->tstart[g->gstart[v + 1]]; p++)
				if (o.scc[g->targets[p]] != c)
					indeg[c]++;
		}
	}
	for (int32_t c = 0; c < o.nscc; c++)
		if (!indeg[c])
			heap_push(&h, c);
	while (h.n) {
		int32_t c = heap_pop(&h);
		size_t first = *n;
		for (size_t i = sstart[c]; i < sstart[c + 1]; i++) {
			size_t v = byscc[i];
			if (g->nodes[v].kind != ROS_SERVICE) {
				struct ros_order *x = &(*out)[(*n)++];
				x->node = v;
				x->name = g->nodes[v].name;
				x->weight = cweight[c];
				x->cycle = cycle_no[c];
			}
			for (size_t r = g->rstart[v]; r < g->rstart[v + 1]; r++) {
				int32_t d = o.scc[g->owner[g->rgroups[r]]];
				if (d != c && --indeg[d] == 0)
					heap_push(&h, d);
			}
		}
		qsort(*out + first, *n - first, sizeof(**out), cmp_order);
	}
	return 0;
}

size_t ros_below(const struct ros_graph *g, size_t from, bool *below, size_t *queue)
{
	size_t len = 0;
	if (from >= g->n)
		return 0;
	below[from] = true;
	queue[len++] = from;
	for (size_t head = 0; head < len; head++) {
		size_t v = queue[head];
		for (size_t gr = g->gstart[v]; gr < g->gstart[v + 1]; gr++)
			for (size_t t = g->tstart[gr]; t < g->tstart[gr + 1]; t++) {
				size_t x = g->targets[t];
				if (!below[x]) {
					below[x] = true;
					queue[len++] = x;
				}
			}
	}
	return len;
}

size_t ros_near(const struct ros_graph *g, size_t from, int steps, bool *near, size_t *queue, int *dist)
{
	size_t len = 0;
	for (size_t v = 0; v < g->n; v++)
		near[v] = false;
	if (from >= g->n)
		return 0;
	near[from] = true;
	dist[from] = 0;
	queue[len++] = from;
#define VISIT(x)                                    \
	do {                                        \
		size_t x_ = (x);                    \
		if (!near[x_]) {                    \
			near[x_] = true;            \
			dist[x_] = dist[v] + 1;     \
			queue[len++] = x_;          \
		}                                   \
	} while (0)
	for (size_t head = 0; head < len; head++) {
		size_t v = queue[head];
		if (dist[v] >= steps)
			continue;
		for (size_t gr = g->gstart[v]; gr < g->gstart[v + 1]; gr++)          /* what it rests on */
			for (size_t t = g->tstart[gr]; t < g->tstart[gr + 1]; t++)
				VISIT(g->targets[t]);
		for (size_t r = g->rstart[v]; r < g->rstart[v + 1]; r++)             /* what rests on it */
			VISIT(g->owner[g->rgroups[r]]);
		for (size_t d = g->dstart[v]; d < g->dstart[v + 1]; d++)             /* who receives its data */
			VISIT(g->dfrom[d]);
	}
#undef VISIT
	return len;
}
