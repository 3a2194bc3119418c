/* app/impact.h: the use case "what stops if these fail, or can't be trusted?", one
 * implementation for the page, the API and the CLI, which refuse the same bad input with
 * the same message. Either systems and vendors by name fail, or everything an
 * administrative domain runs does. */
#ifndef BEREDT_APP_IMPACT_H
#define BEREDT_APP_IMPACT_H

#include <stdbool.h>
#include <stddef.h>

#include "db/db.h"
#include "model/graph.h"
#include "model/register.h"
#include "util/arena.h"
#include "util/err.h"

#define IMPACT_NAMES_MAX 64

struct impact_query {
	const char *const *names;    /* systems or vendors, by name */
	size_t n_names;
	const char *domain;          /* or an administrative domain; NULL or "": none */
	bool untrusted;              /* their data manipulated or leaked, rather than down */
};

/* One service that stops (or whose data can't be trusted). */
struct impact_service {
	size_t node;
	const char *name;
	int criticality;
	int32_t recovery;            /* hours until it is back, ROS_REC_UNKNOWN; down only */
	int32_t mtd_hours;           /* its tolerable downtime, ROS_UNKNOWN */
	int32_t exceeded;            /* hours past it; 0 within; -1 unknown; down only */
	bool personal_data, special_categories;
};

struct impact_result {
	struct ros_register reg;
	struct ros_graph g;
	struct ros_work w;           /* down: which nodes went down (w.down, w.failed) */
	bool untrusted;
	const size_t *failed;        /* the nodes the question failed */
	size_t n_failed;
	bool *affected;              /* untrusted: per node */
	bool cycles;                 /* down: some of them depend on each other in a ring */
	struct impact_service *services;
	size_t n;
};

/* Answer the question for a municipality (arena). Refused with ERR_NOT_FOUND for a name
 * that is not a system or vendor of the register, or a domain nothing is run from; with a
 * plain error when nothing, or both names and a domain, are given. */
int impact_run(struct db *db, struct arena *a, int64_t tenant, const struct impact_query *q,
	       struct impact_result *out, struct err *e);

/* The same on a register already read (arena; reg's arrays must outlive out). */
int impact_answer(struct arena *a, const struct ros_register *reg, const struct impact_query *q,
		  struct impact_result *out, struct err *e);

#endif
