/* app/ros_edit.h: one record of a ROS register changed at a time, the use case the record
 * pages, the API and `beredt ros put` / `ros dep` share. A record is given as fields named
 * like the CSV columns (bokmål or English, docs/import.md) and read with the import's own
 * checks (ros_rows_read), so what a form accepts is what a file accepts. A change made on
 * what someone else has changed since it was opened is refused with what changed
 * (optimistic: the form carries the values it was opened with). Every change is audited
 * by the store. */
#ifndef BEREDT_APP_ROS_EDIT_H
#define BEREDT_APP_ROS_EDIT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "db/db.h"
#include "io/ros_csv.h"
#include "model/register.h"
#include "store/stamp.h"
#include "util/arena.h"
#include "util/err.h"

/* A record to save: its fields, and for a record opened for editing its name then and the
 * values it was opened with (was[k] by column k of the table; NULL: not checked). */
struct ros_edit {
	enum ros_table table;            /* services, systems, vendors or events */
	const char *keys[ROS_COLS_MAX];
	const char *vals[ROS_COLS_MAX];
	size_t n;
	const char *name_was;            /* NULL: a new record */
	bool or_update;                  /* a new record whose name is taken updates it, as an
					    import would (the CLI's put) */
	const char *was[ROS_COLS_MAX];
};

/* What another change altered in between: the columns (bokmål names) and their values now. */
struct ros_edit_conflict {
	const char *column[ROS_COLS_MAX];
	const char *now[ROS_COLS_MAX];
	size_t n;
};

/* A register of records by its name in bokmål or English ("systemer", "systems"); -1 for
 * another, the dependencies too (they are added and removed, not saved as records). */
int ros_edit_table(const char *name);

/* The record of table t named name in the tenant's own registers: its index, or -1 when
 * there is none (or t has no names: the dependencies). */
long ros_edit_find(enum ros_table t, const struct ros_register *own, const char *name);

/* Save the record in one transaction. Refused with nothing changed when a field does not
 * pass the import's checks, a new record's name is taken, an opened record is gone
 * (ERR_NOT_FOUND) or was changed in between (ERR_CONFLICT, *c says what), or a name is
 * changed (a renamed record would lose its history and what depends on it). *name: the
 * record's name as saved (arena). */
MUST_CHECK int ros_edit_put(struct db *db, struct arena *a, int64_t tenant, const struct ros_edit *ed,
			    const struct store_stamp *st, struct ros_edit_conflict *c, const char **name,
			    struct err *e);

/* Add one dependency (fields as the dependency file's columns), or remove one: the same
 * checks as a dependency file (both ends exist, no node on itself, not given twice); the
 * other dependencies stay as they are. One transaction. */
MUST_CHECK int ros_edit_dep_add(struct db *db, struct arena *a, int64_t tenant, const char *const *keys,
				const char *const *vals, size_t n, const struct store_stamp *st, struct err *e);
MUST_CHECK int ros_edit_dep_remove(struct db *db, struct arena *a, int64_t tenant, const char *const *keys,
				   const char *const *vals, size_t n, const struct store_stamp *st, struct err *e);

/* Remove one record of table t (not dependencies) by its name: store_ros_remove, with what
 * rests on it in *deps when that stops it (ERR_CONFLICT). */
MUST_CHECK int ros_edit_remove(struct db *db, struct arena *a, int64_t tenant, enum ros_table t, const char *name,
			       const struct store_stamp *st, const char ***deps, size_t *n_deps, struct err *e);

#endif
