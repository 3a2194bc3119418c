/* coop_bench.c: the what-if across a cooperation's members, timed: the whole question as
 * the page and the CLI ask it (app/coop.h: every member's register read from the database
 * and its graph built), and the model alone on graphs already read (what the question
 * costs once the registers are in memory), beside the same question for one member in the
 * same run. Prints p50 and p99 in milliseconds and the ratios; never fails on a timing.
 *
 * usage: coop_bench DB_URL COOP_ID [SAMPLE]
 * Aim (issue 13): the what-if across 20 members under 5 ms in the model.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "app/coop.h"
#include "model/ros.h"
#include "store/coop.h"
#include "store/migrate.h"
#include "model/register.h"
#include "store/ros.h"

static double now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec + t.tv_nsec / 1e9;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

static void stats(const char *what, double *ms, size_t n, double *p50)
{
	qsort(ms, n, sizeof(*ms), cmp_double);
	*p50 = ms[n / 2];
	printf("%-46s %10.3f %10.3f\n", what, ms[n / 2], ms[(n * 99) / 100 < n ? (n * 99) / 100 : n - 1]);
}

int main(int argc, char **argv)
{
	struct db *db;
	struct err e;
	struct arena a;
	struct tenant coop;
	struct coop_member *m;
	struct ros_register own;
	size_t nm, sample = argc > 3 ? (size_t)atoi(argv[3]) : 200;
	if (argc < 3 || !sample) {
		fprintf(stderr, "usage: coop_bench DB_URL COOP_ID [SAMPLE]\n");
		return 2;
	}
	arena_init(&a, (size_t)2 << 30);
	err_init(&e, LANG_NB);
	if (db_open(argv[1], &db, &e) < 0 || store_require_schema(db, &e) < 0 ||
	    store_coop_get(db, &a, argv[2], &coop, &e) < 0 || store_coop_members(db, &a, coop.id, false, &m, &nm, &e) < 0 ||
	    store_ros_load_own(db, &a, coop.id, &own, &e) < 0 || !nm || !own.n_systems) {
		fprintf(stderr, "coop_bench: %s\n", e.msg[0] ? e.msg : "no members or no shared systems");
		return 1;
	}
	double *full = calloc(sample, sizeof(double)), *model = calloc(sample, sizeof(double));
	double *single = calloc(sample, sizeof(double));
	struct ros_register *reg = calloc(nm, sizeof(*reg));
	struct ros_graph *g = calloc(nm, sizeof(*g));
	struct ros_work *w = calloc(nm, sizeof(*w));
	if (!full || !model || !single || !reg || !g || !w)
		return 1;
	/* the whole question, database included */
	for (size_t i = 0; i < sample; i++) {
		struct arena q;
		struct coop_impact res;
		const char *name = own.systems[i % own.n_systems].name;
		struct impact_query iq = { .names = &name, .n_names = 1 };
		arena_init(&q, 0);
		double t0 = now();
		if (coop_impact_run(db, &q, coop.id, &iq, &res, &e) < 0) {
			fprintf(stderr, "coop_bench: %s\n", e.msg);
			return 1;
		}
		full[i] = (now() - t0) * 1000;
		arena_release(&q);
	}
	/* the model alone: every member's graph read once (five queries for them all) */
	int64_t *ids = calloc(nm, sizeof(*ids));
	if (!ids)
		return 1;
	for (size_t k = 0; k < nm; k++)
		ids[k] = m[k].member.id;
	double t0 = now();
	if (store_ros_load_members(db, &a, coop.id, &own, ids, nm, reg, &e) < 0) {
		fprintf(stderr, "coop_bench: %s\n", e.msg);
		return 1;
	}
	for (size_t k = 0; k < nm; k++)
		if (ros_register_graph(&a, &reg[k], &g[k], &e) < 0 || ros_work_init(&a, &g[k], &w[k], &e) < 0) {
			fprintf(stderr, "coop_bench: %s\n", e.msg);
			return 1;
		}
	double load = (now() - t0) * 1000;
	size_t hits_total = 0;
	for (size_t i = 0; i < sample; i++) {
		struct arena q;
		const char *name = arena_printf(&a, ROS_SHARED "%s", own.systems[i % own.n_systems].name);
		arena_init(&q, 0);
		double t1 = now();
		for (size_t k = 0; k < nm; k++) {
			size_t v = ros_register_find(&reg[k], name), nh;
			struct ros_hit *h;
			if (v == (size_t)-1)
				continue;
			ros_fail(&w[k], &v, 1, true);
			if (ros_hits(&q, &w[k], &h, &nh) < 0)
				return 1;
			hits_total += nh;
			if (k == 0)
				single[i] = (now() - t1) * 1000;
		}
		model[i] = (now() - t1) * 1000;
		arena_release(&q);
	}
	size_t systems = 0;
	for (size_t k = 0; k < nm; k++)
		systems += reg[k].n_systems;
	printf("What-if across %zu members of %s (%zu systems in their registers, %zu shared), %zu questions\n\n", nm,
	       coop.name, systems, own.n_systems, sample);
	printf("%-46s %10s %10s\n", "", "p50 ms", "p99 ms");
	double p_full, p_model, p_single;
	stats("across members, from the database", full, sample, &p_full);
	stats("across members, the model (graphs in memory)", model, sample, &p_model);
	stats("one member, the model (the peer)", single, sample, &p_single);
	printf("\nreading every member's register and building its graph: %.1f ms; services hit per question: %.0f\n", load,
	       (double)hits_total / (double)sample);
	printf("across members / one member (model, p50): %.1f\n", p_single > 0 ? p_model / p_single : 0);
	printf("aim: the model under 5 ms: %s\n", p_model < 5 ? "met" : "NOT met");
	db_close(db);
	return 0;
}
