/* ros_bench.c: the dependency analyses at national scale, beside igraph (the C library)
 * on the same graph and the same question, in the same run. NetworkX runs after, from
 * the files this writes (ros_networkx.py), and checks its answers against ours.
 *
 * The graph: 357 municipalities, each with 30 services and 300 systems (100 specialised
 * applications on 200 infrastructure systems), 36 IT cooperations of ~10 municipalities
 * sharing 50 systems each, and 400 vendors shared nationally. The question is the one
 * every peer can answer: plain reachability (no alternatives): which services go down
 * when one system or vendor fails.
 *
 * usage: ros_bench OUTDIR [DB_URL KOMMUNE]   (with a database: also time loading its graph)
 */
#include <igraph/igraph.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "model/graph.h"
#include "store/ros.h"
#include "store/tenant.h"

#define MUNI 357
#define SERVICES 30
#define APPS 100
#define INFRA 200
#define COOPS 36
#define COOP_SYSTEMS 50
#define VENDORS 400
#define SAMPLE 1000

/* xorshift64: a fixed, portable sequence, so every run builds the same graph */
static size_t pick_from(uint64_t *rng, size_t n)
{
	*rng ^= *rng << 13;
	*rng ^= *rng >> 7;
	*rng ^= *rng << 17;
	return (size_t)(*rng % n);
}
#define pick(n) pick_from(&rng, (n))

static double now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec + t.tv_nsec / 1e9;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

static void stats(const char *who, double *t, size_t n, double *median, double *p99)
{
	qsort(t, n, sizeof(*t), cmp_double);
	*median = t[n / 2] * 1e6;
	*p99 = t[(size_t)(n * 0.99)] * 1e6;
	(void)who;
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		fprintf(stderr, "usage: ros_bench OUTDIR [DB_URL KOMMUNE]\n");
		return 2;
	}
	const char *dir = argv[1];
	uint64_t rng = 88172645463325252ull;
	struct arena a;
	struct err e;
	arena_init(&a, (size_t)4 << 30);
	err_init(&e, LANG_NB);

	/* ---- the graph ---- */
	size_t per = SERVICES + APPS + INFRA;
	size_t n = VENDORS + COOPS * COOP_SYSTEMS + MUNI * per;
	size_t cap = (size_t)MUNI * (SERVICES * 6 + APPS * 5 + INFRA * 5) + COOPS * COOP_SYSTEMS * 2;
	struct ros_node *nodes = arena_alloc(&a, n * sizeof(*nodes));
	struct ros_edge_in *edges = arena_alloc(&a, cap * sizeof(*edges));
	size_t m = 0;
	char name[64];
	for (size_t v = 0; v < n; v++) {
		bool vendor = v < VENDORS, coop = !vendor && v < VENDORS + COOPS * COOP_SYSTEMS;
		size_t local = vendor || coop ? 0 : (v - VENDORS - COOPS * COOP_SYSTEMS) % per;
		nodes[v].kind = vendor ? ROS_VENDOR : (!coop && local < SERVICES) ? ROS_SERVICE : ROS_SYSTEM;
		nodes[v].id = (int64_t)v + 1;
		snprintf(name, sizeof(name), "n%zu", v);
		nodes[v].name = arena_strdup(&a, name);
		nodes[v].criticality = nodes[v].kind == ROS_SERVICE ? 1 + (int)pick(5) : 0;
		nodes[v].mtd_hours = ROS_UNKNOWN;
		nodes[v].rto_hours = 1 + (int)pick(96);
	}
	for (size_t c = 0; c < COOPS * COOP_SYSTEMS; c++) {     /* shared systems need vendors */
		size_t v = VENDORS + c;
		edges[m++] = (struct ros_edge_in){ v, pick(VENDORS), false, 0, false };
		if (c % COOP_SYSTEMS)
			edges[m++] = (struct ros_edge_in){ v, VENDORS + c - 1 - pick(c % COOP_SYSTEMS), false, 0, false };
	}
	for (size_t k = 0; k < MUNI; k++) {
		size_t base = VENDORS + COOPS * COOP_SYSTEMS + k * per;
		size_t coop = VENDORS + (k % COOPS) * COOP_SYSTEMS;
		for (size_t s = 0; s < SERVICES; s++)
			for (int d = 0; d < 6; d++)
				edges[m++] = (struct ros_edge_in){ base + s, base + SERVICES + pick(APPS), false, 0, false };
		for (size_t j = 0; j < APPS; j++) {
			size_t v = base + SERVICES + j;
			edges[m++] = (struct ros_edge_in){ v, pick(VENDORS), false, 0, false };
			for (int d = 0; d < 4; d++)
				edges[m++] = (struct ros_edge_in){ v, base + SERVICES + APPS + pick(INFRA), false, 0, false };
		}
		for (size_t j = 0; j < INFRA; j++) {
			size_t v = base + SERVICES + APPS + j;
			edges[m++] = (struct ros_edge_in){ v, pick(VENDORS), false, 0, false };
			edges[m++] = (struct ros_edge_in){ v, coop + pick(COOP_SYSTEMS), false, 0, false };
			for (int d = 0; d < 3 && j + 1 < INFRA; d++)    /* infrastructure below it: a DAG */
				edges[m++] = (struct ros_edge_in){ v, v + 1 + pick(INFRA - j - 1), false, 0, false };
		}
	}
	printf("graph: %zu nodes (%d municipalities), %zu dependencies\n", n, MUNI, m);

	/* ---- beredt ---- */
	struct ros_graph g;
	struct ros_work w;
	double t0 = now();
	if (ros_graph_build(&a, nodes, n, edges, m, &g, &e) < 0 || ros_work_init(&a, &g, &w, &e) < 0) {
		fprintf(stderr, "%s\n", e.msg);
		return 1;
	}
	double build = now() - t0;
	size_t sample[SAMPLE], ns = 0;
	while (ns < SAMPLE) {
		size_t v = pick(n);
		if (nodes[v].kind != ROS_SERVICE)
			sample[ns++] = v;
	}
	double tb[SAMPLE], ti[SAMPLE];
	int cb[SAMPLE], ci[SAMPLE];
	for (size_t i = 0; i < SAMPLE; i++) {
		double s0 = now();
		ros_fail(&w, &sample[i], 1, false);
		int c = 0;
		for (size_t q = 0; q < w.ndown; q++)
			c += nodes[w.queue[q]].kind == ROS_SERVICE;
		tb[i] = now() - s0;
		cb[i] = c;
	}
	struct ros_spof *sp;
	struct ros_gap *gp;
	size_t nsp, ngp;
	t0 = now();
	ros_single_failures(&a, &w, &sp, &nsp, &gp, &ngp, &e);
	double rank_b = now() - t0;
	int *rank_cb = calloc(n, sizeof(int));
	for (size_t i = 0; i < nsp; i++)
		rank_cb[sp[i].node] = sp[i].services;

	/* ---- igraph: dependents of v are the vertices that reach v (IGRAPH_IN) ---- */
	igraph_vector_int_t ev, res;
	igraph_t ig;
	igraph_vector_int_init(&ev, (igraph_integer_t)(2 * m));
	for (size_t i = 0; i < m; i++) {
		VECTOR(ev)[2 * i] = (igraph_integer_t)edges[i].from;
		VECTOR(ev)[2 * i + 1] = (igraph_integer_t)edges[i].to;
	}
	t0 = now();
	igraph_create(&ig, &ev, (igraph_integer_t)n, IGRAPH_DIRECTED);
	double build_i = now() - t0;
	igraph_vector_int_init(&res, 0);
	for (size_t i = 0; i < SAMPLE; i++) {
		double s0 = now();
		igraph_subcomponent(&ig, &res, (igraph_integer_t)sample[i], IGRAPH_IN);
		int c = 0;
		for (igraph_integer_t k = 0; k < igraph_vector_int_size(&res); k++)
			c += nodes[VECTOR(res)[k]].kind == ROS_SERVICE;
		ti[i] = now() - s0;
		ci[i] = c;
	}
	int *rank_ci = calloc(n, sizeof(int));
	t0 = now();
	for (size_t v = 0; v < n; v++) {
		if (nodes[v].kind == ROS_SERVICE)
			continue;
		igraph_subcomponent(&ig, &res, (igraph_integer_t)v, IGRAPH_IN);
		int c = 0;
		for (igraph_integer_t k = 0; k < igraph_vector_int_size(&res); k++)
			c += nodes[VECTOR(res)[k]].kind == ROS_SERVICE;
		rank_ci[v] = c;
	}
	double rank_i = now() - t0;

	/* ---- the answers must agree ---- */
	size_t diff_single = 0, diff_rank = 0;
	for (size_t i = 0; i < SAMPLE; i++)
		diff_single += cb[i] != ci[i];
	for (size_t v = 0; v < n; v++)
		diff_rank += rank_cb[v] != rank_ci[v];

	double mb, pb, mi, pi;
	stats("beredt", tb, SAMPLE, &mb, &pb);
	stats("igraph", ti, SAMPLE, &mi, &pi);
	printf("\n%-34s %14s %14s %8s\n", "", "beredt", "igraph", "ratio");
	printf("%-34s %12.1f ms %12.1f ms %8.2f\n", "build the graph in memory", build * 1e3, build_i * 1e3, build / build_i);
	printf("%-34s %12.1f us %12.1f us %8.2f\n", "one failure: median", mb, mi, mb / mi);
	printf("%-34s %12.1f us %12.1f us %8.2f\n", "one failure: p99", pb, pi, pb / pi);
	printf("%-34s %12.2f s  %12.2f s  %8.2f\n", "full single-point-of-failure ranking", rank_b, rank_i, rank_b / rank_i);
	printf("answers: %zu of %d single queries and %zu of %zu ranking entries differ between beredt and igraph\n",
	       diff_single, SAMPLE, diff_rank, n);

	/* ---- files for NetworkX ---- */
	char path[4096];
	snprintf(path, sizeof(path), "%s/graph.txt", dir);
	FILE *f = fopen(path, "w");
	fprintf(f, "%zu %zu\n", n, m);
	for (size_t v = 0; v < n; v++)
		fprintf(f, "%d\n", nodes[v].kind == ROS_SERVICE);
	for (size_t i = 0; i < m; i++)
		fprintf(f, "%zu %zu\n", edges[i].from, edges[i].to);
	fclose(f);
	snprintf(path, sizeof(path), "%s/answers.txt", dir);
	f = fopen(path, "w");
	for (size_t i = 0; i < SAMPLE; i++)
		fprintf(f, "%zu %d\n", sample[i], cb[i]);
	fprintf(f, "rank %.6f\n", rank_b);
	for (size_t v = 0; v < n; v++)
		fprintf(f, "%d\n", rank_cb[v]);
	fprintf(f, "single %.3f %.3f\n", mb, pb);
	fclose(f);

	/* ---- loading a large city's graph from the database ---- */
	if (argc >= 4) {
		struct db *db;
		struct tenant t;
		struct ros_register reg;
		struct ros_graph lg;
		if (db_open(argv[2], &db, &e) < 0 || store_tenant_get(db, &a, argv[3], &t, &e) < 0) {
			fprintf(stderr, "%s\n", e.msg);
			return 1;
		}
		double best = 1e9;
		for (int r = 0; r < 5; r++) {
			struct arena la;
			arena_init(&la, 0);
			t0 = now();
			if (store_ros_graph(db, &la, t.id, &reg, &lg, &e) < 0) {
				fprintf(stderr, "%s\n", e.msg);
				return 1;
			}
			double d = now() - t0;
			if (d < best)
				best = d;
			if (r == 0)
				printf("\nlarge city in SQLite: %zu services, %zu systems, %zu vendors, %zu dependencies\n",
				       reg.n_services, reg.n_systems, reg.n_vendors, reg.n_deps);
			arena_release(&la);
		}
		printf("load its registers and build the graph: %.1f ms (best of 5)\n", best * 1e3);
		db_close(db);
	}
	igraph_destroy(&ig);
	igraph_vector_int_destroy(&ev);
	igraph_vector_int_destroy(&res);
	free(rank_cb);
	free(rank_ci);
	arena_release(&a);
	return (diff_single || diff_rank) ? 1 : 0;
}
