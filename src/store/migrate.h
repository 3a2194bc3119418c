/* migrate.h: the schema, created and upgraded from numbered migrations embedded in the
 * binary (migrations/NNN_name.sql for both databases, NNN_name.sqlite.sql and
 * NNN_name.pg.sql where the dialects differ). Idempotent: running it again on an
 * up-to-date database changes nothing. */
#ifndef BEREDT_MIGRATE_H
#define BEREDT_MIGRATE_H

#include "db/db.h"
#include "util/err.h"

/* Apply every migration newer than the database, each in its own transaction.
 * *applied (if given) counts the ones applied now. */
MUST_CHECK int store_migrate(struct db *db, const char *now, int *applied, struct err *e);

/* The newest applied migration number, 0 for an empty database. */
MUST_CHECK int store_schema_version(struct db *db, int *version, struct err *e);

/* Refuse to work on a database that is not initialised or is newer than this program. */
MUST_CHECK int store_require_schema(struct db *db, struct err *e);

#endif
