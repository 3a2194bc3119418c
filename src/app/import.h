/* app/import.h: importing the ROS registers, the use case the page, the CLI and the demo
 * share: one register.json, or CSV tables (docs/import.md). Every text is parsed before the
 * database is touched, and the import is stored in one transaction: all or nothing, a
 * message naming the file and the line. */
#ifndef BEREDT_APP_IMPORT_H
#define BEREDT_APP_IMPORT_H

#include <stddef.h>
#include <stdint.h>

#include "db/db.h"
#include "io/ros_csv.h"
#include "model/register.h"
#include "store/stamp.h"
#include "util/arena.h"
#include "util/err.h"

/* One text given: its bytes and its name for messages; data NULL: not given. */
struct import_text {
	const char *data;
	size_t len;
	const char *name;
};

/* Either the whole register as JSON, or any of the CSV tables (by enum ros_table). */
struct import_source {
	struct import_text json;
	struct import_text csv[ROS_T_COUNT];
};

/* Import into the tenant's registers; *done (if given) the register as imported, for its
 * counts (arena). Refused, and nothing changed, when nothing or both kinds are given, a
 * text does not parse, or a row does not fit what is there. */
MUST_CHECK int import_register(struct db *db, struct arena *a, int64_t tenant, const struct import_source *src,
			       const struct store_stamp *s, struct ros_register *done, struct err *e);

/* What an import would do, per register, without doing it (the preview before an import,
 * `ros import --dry-run`): the rows it adds and changes by their names, and for the
 * dependencies, which the file replaces, the ones it removes. Lists in the arena. */
struct import_preview {
	bool given[ROS_T_COUNT];
	struct ros_change table[ROS_T_COUNT];   /* model/register.h */
};

/* The same checks as import_register, the store's too (it runs the import in a transaction
 * it rolls back); nothing is written. */
MUST_CHECK int import_preview(struct db *db, struct arena *a, int64_t tenant, const struct import_source *src,
			      struct import_preview *out, struct err *e);

#endif
