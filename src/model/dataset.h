/* dataset.h: everything one municipality has entered, with its full history: what
 * 'beredt export' writes and 'beredt import' reads. No database keys: rounds and
 * actions are identified by their per-municipality numbers, so a dataset moves between
 * databases unchanged. */
#ifndef BEREDT_DATASET_H
#define BEREDT_DATASET_H

#include <stdbool.h>
#include <stddef.h>

#include "model/action.h"
#include "model/assess.h"
#include "model/carry.h"
#include "model/register.h"
#include "model/scales.h"
#include "model/tenant.h"

struct dataset_round {
	struct round round;
	struct answer *versions;    /* every version of every answer: by measure, then version */
	size_t n_versions;
};

struct dataset_action {
	struct action *versions;    /* oldest first; the last is the current state */
	size_t n_versions;
};

struct dataset {
	struct tenant tenant;
	struct dataset_round *rounds;      /* by number */
	size_t n_rounds;
	struct dataset_action *actions;    /* by number */
	size_t n_actions;
	struct ros_register ros;           /* the ROS registers (names, no database ids) */
	struct ros_scales scales;          /* and the risk scales they are judged by */
	bool has_ros;                      /* false when read from a file without them */
	struct carry_set records;          /* everything else, table by table (model/carry.h) */
};

/* The rules a dataset must satisfy before it is stored: valid municipality, rounds
 * numbered 1.. without gaps, at most the last one open, answer versions numbered 1..n
 * per measure, action versions 1..n each passing action_check, valid statuses and
 * dates. -1 names the first problem. */
int dataset_check(const struct dataset *d, struct err *e);

#endif
