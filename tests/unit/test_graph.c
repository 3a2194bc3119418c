/* Unit tests: the dependency analyses on small graphs worked out by hand.
 *
 *   Journal (service, crit 5, MTD 4h)  -> EPJ (runs on), AD (authentication)
 *   Barnevern (service, crit 4, 24h)   -> Fagsystem BV
 *   E-post (service, crit 3, 48h)      -> AD
 *   EPJ (RTO 8)      -> Nett 1 | Nett 2   (alternatives: either line is enough)
 *   Fagsystem BV (6) -> Leverandør X (vendor support), AD (authentication), EPJ (data flow)
 *   AD (RTO 12), Nett 1 (2), Nett 2 (24), Leverandør X (48)
 */
#include "test.h"

#include <string.h>

#include "model/graph.h"

enum { JOURNAL, BARNEVERN, EPOST, AD, EPJ, BV, NET1, NET2, VENDOR, N };

static struct ros_node nodes[N] = {
	[JOURNAL] = { ROS_SERVICE, 1, "Journal", 5, 4, ROS_UNKNOWN, true, true, NULL },
	[BARNEVERN] = { ROS_SERVICE, 2, "Barnevern", 4, 24, ROS_UNKNOWN, true, false, NULL },
	[EPOST] = { ROS_SERVICE, 3, "E-post", 3, 48, ROS_UNKNOWN, false, false, NULL },
	[AD] = { ROS_SYSTEM, 4, "AD", 0, ROS_UNKNOWN, 12, false, false, "AD intern" },
	[EPJ] = { ROS_SYSTEM, 5, "EPJ", 0, ROS_UNKNOWN, 8, false, false, "AD intern" },
	[BV] = { ROS_SYSTEM, 6, "Fagsystem BV", 0, ROS_UNKNOWN, 6, false, false, "leverandør" },
	[NET1] = { ROS_SYSTEM, 7, "Nett 1", 0, ROS_UNKNOWN, 2, false, false, NULL },
	[NET2] = { ROS_SYSTEM, 8, "Nett 2", 0, ROS_UNKNOWN, 24, false, false, NULL },
	[VENDOR] = { ROS_VENDOR, 9, "Leverandør X", 0, ROS_UNKNOWN, 48, false, false, NULL },
};

/* from, to, data flow, alternative group, trust (runs on, signs in through) */
static const struct ros_edge_in edges[] = {
	{ JOURNAL, EPJ, false, 0, true }, { JOURNAL, AD, false, 0, true },
	{ BARNEVERN, BV, false, 0, true }, { EPOST, AD, false, 0, true },
	{ EPJ, NET1, false, 1, false }, { EPJ, NET2, false, 1, false },
	{ BV, VENDOR, false, 0, false }, { BV, AD, false, 0, true }, { BV, EPJ, true, 0, false },
};

static struct arena a;
static struct err e;
static struct ros_graph g;
static struct ros_work w;

static int setup(void **state)
{
	(void)state;
	arena_init(&a, 0);
	err_init(&e, LANG_NB);
	if (ros_graph_build(&a, nodes, N, edges, sizeof(edges) / sizeof(edges[0]), &g, &e) < 0)
		return -1;
	return ros_work_init(&a, &g, &w, &e);
}

static int teardown(void **state)
{
	(void)state;
	arena_release(&a);
	return 0;
}

/* The hit for node; a hit that matches no expectation when the node is not down. */
static const struct ros_hit *hit(const struct ros_hit *h, size_t n, size_t node)
{
	static const struct ros_hit none = { .node = (size_t)-1, .recovery = -999, .exceeded = -999 };
	for (size_t i = 0; i < n; i++)
		if (h[i].node == node)
			return &h[i];
	return &none;
}

/* The graph of one service: what it rests on, both alternatives included, data flow not. */
static void one_service(void **state)
{
	bool below[N] = { 0 };
	size_t q[N];
	(void)state;
	assert_int_equal(ros_below(&g, BARNEVERN, below, q), 4);
	assert_true(below[BARNEVERN] && below[BV] && below[VENDOR] && below[AD]);
	assert_false(below[EPJ]);      /* BV only receives data from EPJ */
	memset(below, 0, sizeof(below));
	assert_int_equal(ros_below(&g, JOURNAL, below, q), 5);
	assert_true(below[EPJ] && below[AD] && below[NET1] && below[NET2]);
	assert_false(below[EPOST]);
}

static void ad_encrypted(void **state)
{
	(void)state;
	struct ros_hit *h;
	size_t n, f = AD;
	ros_fail(&w, &f, 1, true);
	assert_int_equal(ros_hits(&a, &w, &h, &n), 0);
	assert_int_equal(n, 3);                          /* every service falls with AD */
	assert_int_equal(h[0].node, JOURNAL);            /* most critical first */
	assert_int_equal(h[0].recovery, 12);
	assert_int_equal(h[0].exceeded, 8);              /* 12 h against 4 h tolerable */
	assert_int_equal(hit(h, n, BARNEVERN)->recovery, 12);
	assert_int_equal(hit(h, n, BARNEVERN)->exceeded, 0);
	assert_false(w.down[EPJ]);                       /* EPJ does not need AD */
	assert_true(w.down[BV]);
}

static void alternatives(void **state)
{
	(void)state;
	struct ros_hit *h;
	size_t n, one = NET1, both[] = { NET1, NET2 };
	ros_fail(&w, &one, 1, true);
	assert_int_equal(ros_hits(&a, &w, &h, &n), 0);
	assert_int_equal(n, 0);                          /* the other line carries it */
	assert_false(w.down[EPJ]);
	ros_fail(&w, both, 2, true);
	assert_int_equal(ros_hits(&a, &w, &h, &n), 0);
	assert_true(w.down[EPJ]);
	assert_int_equal(w.rec[EPJ], 2);                 /* back when the fastest line is */
	assert_int_equal(hit(h, n, JOURNAL)->recovery, 2);
	assert_int_equal(hit(h, n, JOURNAL)->exceeded, 0);
	assert_int_equal(hit(h, n, EPOST)->node, (size_t)-1);
	assert_false(w.down[BV]);       /* data from EPJ does not stop BV from running */
	assert_int_equal(hit(h, n, BARNEVERN)->node, (size_t)-1);
}

static void chains_add_up(void **state)
{
	(void)state;
	struct ros_hit *h;
	size_t n, f[] = { AD, BV };
	ros_fail(&w, f, 2, true);
	assert_int_equal(ros_hits(&a, &w, &h, &n), 0);
	assert_int_equal(w.rec[BV], 18);                 /* AD first (12), then BV (6) */
	assert_int_equal(hit(h, n, BARNEVERN)->recovery, 18);
	assert_int_equal(hit(h, n, BARNEVERN)->exceeded, 0);
	size_t g2[] = { AD, EPJ };
	ros_fail(&w, g2, 2, true);
	assert_int_equal(ros_hits(&a, &w, &h, &n), 0);
	assert_int_equal(hit(h, n, JOURNAL)->recovery, 12);   /* in parallel */
}

static void unknown_recovery(void **state)
{
	(void)state;
	struct ros_hit *h;
	size_t n, f = AD;
	nodes[AD].rto_hours = ROS_UNKNOWN;
	ros_fail(&w, &f, 1, true);
	assert_int_equal(ros_hits(&a, &w, &h, &n), 0);
	nodes[AD].rto_hours = 12;
	assert_int_equal(hit(h, n, JOURNAL)->recovery, ROS_REC_UNKNOWN);
	assert_int_equal(hit(h, n, JOURNAL)->exceeded, -1);   /* never reported as fine */
}

static void untrusted(void **state)
{
	(void)state;
	bool affected[N] = { 0 };
	size_t queue[N], f = EPJ;
	ros_untrusted(&g, &f, 1, affected, queue);
	assert_true(affected[JOURNAL]);                  /* runs on EPJ */
	assert_true(affected[BV]);                       /* receives data from EPJ */
	assert_true(affected[BARNEVERN]);                /* runs on BV, whose data came from EPJ */
	assert_false(affected[EPOST]);
	assert_false(affected[AD]);
	assert_false(affected[NET1]);                    /* what EPJ rests on is not changed by it */
}

/* A compromised domain: everything that signs in through it, and what runs on that. */
static void untrusted_domain(void **state)
{
	(void)state;
	bool affected[N] = { 0 };
	size_t queue[N], f = AD;
	ros_untrusted(&g, &f, 1, affected, queue);
	assert_true(affected[JOURNAL] && affected[EPOST] && affected[BV]);
	assert_true(affected[BARNEVERN]);                /* on BV, which trusts AD for sign-in */
	assert_false(affected[EPJ]);                     /* EPJ does not sign in through AD */
}

/* A network or a vendor's support carries no untrust: it stops things, it does not change
 * their data. */
static void untrusted_network_and_support(void **state)
{
	(void)state;
	bool affected[N] = { 0 };
	size_t queue[N], f[2] = { NET1, VENDOR };
	ros_untrusted(&g, f, 2, affected, queue);
	for (int i = 0; i < N; i++)
		assert_true(affected[i] == (i == NET1 || i == VENDOR));
}

static void single_points_of_failure_and_gaps(void **state)
{
	(void)state;
	struct ros_spof *s;
	struct ros_gap *gp;
	size_t ns, ng;
	assert_int_equal(ros_single_failures(&a, &w, &s, &ns, &gp, &ng, &e), 0);
	assert_int_equal(ns, 4);                         /* the lines never fail alone */
	assert_int_equal(s[0].node, AD);
	assert_int_equal(s[0].weight, 12);               /* 5 + 4 + 3 */
	assert_int_equal(s[0].services, 3);
	assert_int_equal(s[1].node, EPJ);
	assert_int_equal(s[2].node, BV);                 /* ties broken by name */
	assert_int_equal(s[3].node, VENDOR);
	assert_int_equal(ng, 2);
	assert_int_equal(gp[0].service, JOURNAL);        /* AD's 12 h > 4 h */
	assert_int_equal(gp[0].worst, 12);
	assert_int_equal(gp[0].culprit, AD);
	assert_int_equal(gp[1].service, BARNEVERN);      /* the vendor's 48 h > 24 h */
	assert_int_equal(gp[1].culprit, VENDOR);
}

static void recovery_order(void **state)
{
	(void)state;
	struct ros_order *o;
	size_t n;
	int cycles;
	assert_int_equal(ros_recovery_order(&a, &g, &o, &n, &cycles, &e), 0);
	assert_int_equal(n, 6);
	assert_int_equal(cycles, 0);
	static const size_t want[] = { AD, NET1, NET2, EPJ, VENDOR, BV };
	for (size_t i = 0; i < 6; i++)
		assert_int_equal(o[i].node, want[i]);
	assert_int_equal(o[0].weight, 5);
	assert_int_equal(o[4].weight, 4);
}

static void cycles(void **state)
{
	(void)state;
	/* S -> A, A -> B, B -> A: restored together */
	struct ros_node c[] = {
		{ ROS_SERVICE, 1, "S", 3, 10, ROS_UNKNOWN, false, false, NULL },
		{ ROS_SYSTEM, 2, "A", 0, ROS_UNKNOWN, 3, false, false, NULL },
		{ ROS_SYSTEM, 3, "B", 0, ROS_UNKNOWN, 5, false, false, NULL },
	};
	struct ros_edge_in ce[] = { { 0, 1, false, 0, false }, { 1, 2, false, 0, false }, { 2, 1, false, 0, false } };
	struct ros_graph cg;
	struct ros_work cw;
	struct ros_order *o;
	size_t n, one = 1, both[] = { 1, 2 };
	int cyc;
	assert_int_equal(ros_graph_build(&a, c, 3, ce, 3, &cg, &e), 0);
	assert_int_equal(ros_work_init(&a, &cg, &cw, &e), 0);
	ros_fail(&cw, &one, 1, true);
	assert_true(cw.down[2] && cw.down[0]);
	assert_int_equal(cw.rec[0], 3);
	assert_true(cw.cycle_seen);
	ros_fail(&cw, both, 2, true);
	assert_int_equal(cw.rec[0], 8);                  /* both restored: 3 + 5 */
	assert_int_equal(ros_recovery_order(&a, &cg, &o, &n, &cyc, &e), 0);
	assert_int_equal(cyc, 1);
	assert_int_equal(n, 2);
	assert_int_equal(o[0].cycle, 1);
	assert_int_equal(o[1].cycle, 1);
}

static void bad_graphs(void **state)
{
	(void)state;
	struct ros_graph bad;
	struct ros_edge_in self[] = { { AD, AD, false, 0, false } }, far[] = { { AD, 99, false, 0, false } };
	assert_int_equal(ros_graph_build(&a, nodes, N, self, 1, &bad, &e), -1);
	assert_non_null(strstr(e.msg, "seg selv"));
	assert_int_equal(ros_graph_build(&a, nodes, N, far, 1, &bad, &e), -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(ad_encrypted),
		cmocka_unit_test(alternatives),
		cmocka_unit_test(chains_add_up),
		cmocka_unit_test(unknown_recovery),
		cmocka_unit_test(untrusted),
		cmocka_unit_test(untrusted_domain),
		cmocka_unit_test(untrusted_network_and_support),
		cmocka_unit_test(single_points_of_failure_and_gaps),
		cmocka_unit_test(recovery_order),
		cmocka_unit_test(cycles),
		cmocka_unit_test(bad_graphs),
		cmocka_unit_test(one_service),
	};
	return cmocka_run_group_tests_name("graph", tests, setup, teardown);
}
