/* graph.h: the dependency graph of a municipality and the analyses on it. Pure: the
 * caller builds the graph from the registers and passes everything in.
 *
 * A node (service, system, vendor) has requirement groups: it is down when every target
 * of some group is down. A plain dependency is a group of one; alternatives (two
 * internet lines, a reserve site) share a group. Data-flow dependencies are kept apart:
 * data arriving from a system does not stop the receiver from running, but makes its
 * data untrustworthy when the source's is; they count for ros_untrusted only. Recovery time along a failing chain:
 * a failed node needs its own recovery time (RTO) after the groups it waits for are
 * back; a node that only went down because of others is back as soon as they are; a
 * fully failed group is back when its fastest member is. Nodes in a cycle are restored
 * together (their times add up), and the cycle is reported. An unknown RTO makes every
 * time that depends on it unknown (ROS_REC_UNKNOWN).
 */
#ifndef BEREDT_GRAPH_H
#define BEREDT_GRAPH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "model/ros.h"
#include "util/arena.h"
#include "util/err.h"

#define ROS_REC_UNKNOWN INT32_MAX

struct ros_node {
	enum ros_node_kind kind;
	int64_t id;
	const char *name;
	int criticality;          /* services: 1..5; else 0 */
	int mtd_hours;            /* services; ROS_UNKNOWN */
	int rto_hours;            /* systems and vendors; ROS_UNKNOWN */
	bool personal_data;
	bool special_categories;
	const char *admin_domain; /* systems */
};

struct ros_edge_in {
	size_t from, to;          /* node indices */
	bool dataflow;
	int alt_group;            /* 0: a group of its own */
	bool trust;               /* from's data rest on to: it runs on it, signs in through it, or
				   * to is the vendor that hosts it; untrust follows it */
};

struct ros_graph {
	size_t n;
	const struct ros_node *nodes;
	size_t *gstart;           /* n+1: groups of node i are [gstart[i], gstart[i+1]) */
	size_t ngroups;
	size_t *tstart;           /* ngroups+1: targets of group g are targets[tstart[g]..] */
	size_t *targets;
	size_t *owner;            /* node owning group g */
	size_t *rstart;           /* n+1: groups containing node t are rgroups[rstart[t]..] */
	size_t *rgroups;
	size_t *dstart;           /* n+1: nodes receiving data from t are dfrom[dstart[t]..] */
	size_t *dfrom;
	size_t *ustart;           /* n+1: nodes whose data rest on t (trust edges) are ufrom[ustart[t]..] */
	size_t *ufrom;
};

/* Build the graph (everything in the arena). Edges to or from a node index out of range,
 * and a node depending on itself, are refused. */
MUST_CHECK int ros_graph_build(struct arena *a, const struct ros_node *nodes, size_t n,
		    const struct ros_edge_in *edges, size_t m, struct ros_graph *g, struct err *e);

/* Working memory for repeated queries on one graph, so a query costs what it touches. */
struct ros_work {
	const struct ros_graph *g;
	bool *down;
	bool *failed;
	uint32_t *count;          /* per group: targets down */
	size_t *queue;            /* the nodes down, in the order they went down */
	size_t ndown;
	int32_t *rec;             /* recovery hours per down node */
	/* Tarjan's strongly connected components over the down nodes */
	int32_t *index, *low;
	size_t *stack, *call, *iter;
	bool *on_stack;
	bool cycle_seen;
};

MUST_CHECK int ros_work_init(struct arena *a, const struct ros_graph *g, struct ros_work *w, struct err *e);

/* Fail the given nodes and propagate: afterwards w->queue[0..ndown) are the nodes down
 * and w->rec their recovery hours. Resets what the previous query touched. */
void ros_fail(struct ros_work *w, const size_t *failed, size_t nfailed, bool with_recovery);

/* One service hit by a failure. */
struct ros_hit {
	size_t node;
	int32_t recovery;         /* hours, or ROS_REC_UNKNOWN */
	int32_t exceeded;         /* hours past the maximum tolerable downtime; 0 within;
				     -1 when either is unknown */
	int criticality;          /* copied from the node, for sorting */
	const char *name;
};

/* The services down after the failure in w, most critical and worst first; in the arena. */
MUST_CHECK int ros_hits(struct arena *a, const struct ros_work *w, struct ros_hit **out, size_t *n);

/* Untrusted data: the nodes affected when 'compromised' holds manipulated or leaked
 * data, followed on from every affected node: what runs on it, signs in through it or is
 * hosted by it (trust edges: a manipulated database makes the systems on it untrusted, a
 * compromised domain every system that trusts it for sign-in, and the services on those
 * systems with them), and what receives data from it (data flow). A network or a vendor's
 * support carries no untrust: they stop things, they do not change their data. affected[] is
 * set per node. */
void ros_untrusted(const struct ros_graph *g, const size_t *compromised, size_t n, bool *affected,
		   size_t *queue);

/* Everything node 'from' rests on: the targets of its requirement groups, followed on
 * (data flow is not a requirement and is not followed). below[] is set per node, from
 * included; queue needs room for g->n. Returns how many. */
size_t ros_below(const struct ros_graph *g, size_t from, bool *below, size_t *queue);

/* A node's neighbourhood: every node within 'steps' dependencies of 'from', either way (what
 * it rests on and what rests on it, data flow included), from included. near[] is set per
 * node (cleared first); queue and dist need room for g->n. Returns how many. */
size_t ros_near(const struct ros_graph *g, size_t from, int steps, bool *near, size_t *queue, int *dist);

/* Single points of failure and recovery-time gaps, from one pass that fails each system
 * and vendor alone. */
struct ros_spof {
	size_t node;
	const char *name;
	int weight;               /* the sum of the criticality of the services it takes down */
	int services;             /* how many */
};

struct ros_gap {
	size_t service;
	int32_t worst;            /* the longest RTO among its single points of failure */
	size_t culprit;           /* the node with that RTO */
	bool unknown;             /* some single point of failure has no RTO */
};

MUST_CHECK int ros_single_failures(struct arena *a, struct ros_work *w, struct ros_spof **spof,
			size_t *nspof, struct ros_gap **gaps, size_t *ngaps, struct err *e);

/* The order in which to bring systems and vendors back: what others depend on first,
 * ties broken by the criticality of the services that depend on them (then by name).
 * cycle[i] is 0, or the same number for nodes that depend on each other. */
struct ros_order {
	size_t node;
	const char *name;
	int weight;               /* the highest criticality of a service depending on it */
	int cycle;
};

MUST_CHECK int ros_recovery_order(struct arena *a, const struct ros_graph *g, struct ros_order **out,
		       size_t *n, int *cycles, struct err *e);

#endif
