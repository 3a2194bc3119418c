/* store/carry.h: the records of a move (model/carry.h) read from and written to the
 * database, and the schema as the database has it. */
#ifndef BEREDT_STORE_CARRY_H
#define BEREDT_STORE_CARRY_H

#include "db/db.h"
#include "util/err.h"
#include "model/carry.h"
#include "model/register.h"
#include "util/arena.h"

/* The records of a municipality; 'reg' is its ROS register in the order the export writes
 * it (for the systems' positions). In the arena. */
MUST_CHECK int store_carry_load(struct db *db, struct arena *a, int64_t tenant, const struct ros_register *reg,
		     struct carry_set *out, struct err *e);

/* Insert records into a municipality in the caller's transaction; 'reg' holds the new ids
 * of its systems (after the ROS section is imported). Audit entries are appended to this
 * installation's chain in their order. *accounts: how many accounts came (to enrol). */
MUST_CHECK int store_carry_save(struct db *db, int64_t tenant, const struct ros_register *reg, const struct carry_set *set,
		     size_t *accounts, struct err *e);

/* Every table and column of the schema, from the database itself: names[i] is
 * "table.column". In the arena. */
MUST_CHECK int store_carry_schema(struct db *db, struct arena *a, const char ***names, size_t *n, struct err *e);

#endif
