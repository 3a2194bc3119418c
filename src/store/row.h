/* row.h: small helpers shared by the store files for moving values between rows and
 * model structs (private to src/store/). */
#ifndef BEREDT_STORE_ROW_H
#define BEREDT_STORE_ROW_H

#include <stdint.h>

#include "db/db.h"
#include "util/err.h"
#include "util/arena.h"

/* Column i as a string copied into the arena; NULL for SQL NULL. */
const char *row_text(struct arena *a, struct db_stmt *st, int i);

/* Column i as a date (DATE_NONE for NULL or unparsable). */
int32_t row_date(struct db_stmt *st, int i);

/* Bind a date, or NULL for DATE_NONE. */
int row_bind_date(struct db_stmt *st, int i, int32_t d);

/* Bind an optional text: empty strings are stored as NULL. */
int row_bind_opt(struct db_stmt *st, int i, const char *s);

/* Hours (model/ros.h): NULL is ROS_UNKNOWN, both ways. */
MUST_CHECK int row_hours(struct db_stmt *st, int i);
int row_bind_hours(struct db_stmt *st, int i, int h);

/* A positive whole number or NULL, which is 0 here, both ways (an action's cost and year). */
int64_t row_count_opt(struct db_stmt *st, int i);
int row_bind_count_opt(struct db_stmt *st, int i, int64_t v);

/* Run a list query whose one parameter is the tenant, pushing an element of 'size' bytes
 * into *arr (arena) for each row and filling it with read(). */
MUST_CHECK int row_list(struct db *db, struct arena *a, const char *sql, int64_t tenant, void **arr, size_t *n, size_t size,
	     void (*read)(struct arena *, struct db_stmt *, void *), struct err *e);

/* The same with the whole-number parameters given, in order. */
MUST_CHECK int row_list_by(struct db *db, struct arena *a, const char *sql, const int64_t *params, size_t np, void **arr,
			   size_t *n, size_t size, void (*read)(struct arena *, struct db_stmt *, void *), struct err *e);

/* The same, and the value of column tag_col of each row into *tags (arena, parallel to *arr):
 * to read many tenants' rows in one query and tell them apart. */
MUST_CHECK int row_list_tagged(struct db *db, struct arena *a, const char *sql, const int64_t *params, size_t np,
			       void **arr, size_t *n, size_t size, void (*read)(struct arena *, struct db_stmt *, void *),
			       int tag_col, int64_t **tags, struct err *e);

/* Prepare sql, whose two parameters are a one-time link's token hash and 'now', for a token
 * as a person pasted it; *st is NULL (and 0 returned) when the text cannot be a token. */
MUST_CHECK int row_token_stmt(struct db *db, const char *sql, const char *token, const char *now, struct db_stmt **st,
		   struct err *e);

/* Prepare and run sql whose two parameters are the whole numbers a and b (a tenant and a
 * user, mostly); 0 or -1 with e set. */
MUST_CHECK int row_exec2(struct db *db, const char *sql, int64_t a, int64_t b, struct err *e);

/* SQL: the account (tenant, id), or its rows (user_id), when it has a live membership in the
 * tenant: every change to an account names the tenant it is made from, and reaches no
 * account outside it. Two parameters: the tenant, the account. */
#define ROW_ACCOUNT_IN "id IN (SELECT user_id FROM membership WHERE tenant_id = ? AND user_id = ? " \
		       "AND ended_at IS NULL)"
#define ROW_MEMBER_IN "user_id IN (SELECT user_id FROM membership WHERE tenant_id = ? AND user_id = ? " \
		      "AND ended_at IS NULL)"

/* "bruker 12": how the audit trail names a user (never the address, which may change). */
#define ROW_USER_REF 48
const char *row_user_ref(char buf[ROW_USER_REF], int64_t id);

/* Run a statement that returns no rows; 0 or -1 with e set. Finalizes st. */
MUST_CHECK int row_exec(struct db_stmt *st, struct err *e);

/* Say "out of memory" (the arena ceiling) in the caller's language. */
int row_oom(struct err *e);

#endif
