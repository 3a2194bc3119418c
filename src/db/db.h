/* db.h: the database driver. SQLite (embedded, default) or PostgreSQL (libpq), chosen by
 * one URL: "sqlite:PATH" or "postgresql://..." (also "postgres://...").
 *
 * Only src/db/ includes sqlite3.h or libpq-fe.h; only src/store/ writes SQL.
 * SQL is written once for both: '?' placeholders (rewritten to $1.. for PostgreSQL),
 * values always bound, never spliced. Every value travels as text; integers are
 * converted here.
 *
 * A connection is used by one thread at a time. Statements belong to their connection
 * and must be finalized before it is closed.
 */
#ifndef BEREDT_DB_H
#define BEREDT_DB_H

#include <stdbool.h>
#include <stdint.h>

#include "util/err.h"

enum db_kind { DB_SQLITE, DB_POSTGRES };

struct db;
struct db_stmt;

enum db_step { DB_ERROR = -1, DB_DONE = 0, DB_ROW = 1 };

/* Open the database at url. On success *out is owned by the caller (db_close). */
MUST_CHECK int db_open(const char *url, struct db **out, struct err *e);
void db_close(struct db *db);
enum db_kind db_kind(const struct db *db);

/* Run one or more statements without parameters (migrations). */
MUST_CHECK int db_exec(struct db *db, const char *sql, struct err *e);

/* For the tests' injected failures: the n-th call from now of exec, begin, commit, prepare
 * or step fails as if the database had refused it (0: none). Never set outside tests. */
void db_fail_in(struct db *db, long n);
/* How many calls are left before it (0: it has happened, or none was asked for). */
long db_fail_in_left(const struct db *db);

/* Transactions; they nest by joining the outermost one (see db.c). db_rollback is
 * safe to call when no transaction is open. */
MUST_CHECK int db_begin(struct db *db, struct err *e);
MUST_CHECK int db_commit(struct db *db, struct err *e);
void db_rollback(struct db *db);

/* Prepare one statement. *out is owned by the caller (db_finalize). */
MUST_CHECK int db_prepare(struct db *db, const char *sql, struct db_stmt **out, struct err *e);

/* Bind parameter i (1-based). The value is copied. A NULL text binds SQL NULL. */
int db_bind_text(struct db_stmt *st, int i, const char *v);
int db_bind_int(struct db_stmt *st, int i, int64_t v);
int db_bind_null(struct db_stmt *st, int i);

/* Run or advance: DB_ROW with a row to read, DB_DONE at the end, DB_ERROR with e set.
 */
enum db_step db_step(struct db_stmt *st, struct err *e);

/* Column i (0-based) of the current row. Text is NULL for SQL NULL and valid until the
 * next step or finalize. */
const char *db_col_text(struct db_stmt *st, int i);
int64_t db_col_int(struct db_stmt *st, int i);
bool db_col_null(struct db_stmt *st, int i);

/* True when the last failed step broke a UNIQUE or PRIMARY KEY constraint. */
bool db_last_was_unique_violation(const struct db_stmt *st);

void db_finalize(struct db_stmt *st);

/* Copy a SQLite database, consistently while in use, to a new file (SQLite's online
 * backup API). PostgreSQL is backed up with pg_dump (cli/cmd_backup.c). */
MUST_CHECK int db_sqlite_backup(struct db *db, const char *path, struct err *e);

/* Rewrite '?' placeholders outside quoted text as $1, $2, ...; the result is
 * malloc'ed and owned by the caller. NULL on allocation failure. Exposed for tests. */
char *db_rewrite_placeholders(const char *sql, int *n_params);

#endif
