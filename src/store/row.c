/* row.c: see row.h. */
#include "store/row.h"

#include <inttypes.h>
#include <stdio.h>

#include <string.h>

#include "model/assess.h"
#include "model/ros.h"
#include "util/crypto.h"
#include "util/date.h"

const char *row_text(struct arena *a, struct db_stmt *st, int i)
{
	return arena_strdup(a, db_col_text(st, i));
}

int32_t row_date(struct db_stmt *st, int i)
{
	int32_t d;
	const char *s = db_col_text(st, i);
	return s && date_parse(s, &d) == 0 ? d : DATE_NONE;
}

int row_bind_date(struct db_stmt *st, int i, int32_t d)
{
	if (d == DATE_NONE)
		return db_bind_null(st, i);
	char s[DATE_TEXT];
	date_format(d, s);
	return db_bind_text(st, i, s);
}

int row_bind_opt(struct db_stmt *st, int i, const char *s)
{
	return s && *s ? db_bind_text(st, i, s) : db_bind_null(st, i);
}

int row_exec(struct db_stmt *st, struct err *e)
{
	enum db_step r = db_step(st, e);
	db_finalize(st);
	return r == DB_ERROR ? -1 : 0;
}

int row_oom(struct err *e)
{
	return err_set(e, "Tom for minne under lesing fra databasen.");
}

int row_hours(struct db_stmt *st, int i)
{
	return db_col_null(st, i) ? ROS_UNKNOWN : (int)db_col_int(st, i);
}

int row_bind_hours(struct db_stmt *st, int i, int h)
{
	return h == ROS_UNKNOWN ? db_bind_null(st, i) : db_bind_int(st, i, h);
}

int64_t row_count_opt(struct db_stmt *st, int i)
{
	return db_col_null(st, i) ? 0 : db_col_int(st, i);
}

int row_bind_count_opt(struct db_stmt *st, int i, int64_t v)
{
	return v > 0 ? db_bind_int(st, i, v) : db_bind_null(st, i);
}

int row_list(struct db *db, struct arena *a, const char *sql, int64_t tenant, void **arr, size_t *n, size_t size,
	     void (*read)(struct arena *, struct db_stmt *, void *), struct err *e)
{
	return row_list_by(db, a, sql, &tenant, 1, arr, n, size, read, e);
}

int row_list_by(struct db *db, struct arena *a, const char *sql, const int64_t *params, size_t np, void **arr,
		size_t *n, size_t size, void (*read)(struct arena *, struct db_stmt *, void *), struct err *e)
{
	return row_list_tagged(db, a, sql, params, np, arr, n, size, read, -1, NULL, e);
}

int row_list_tagged(struct db *db, struct arena *a, const char *sql, const int64_t *params, size_t np, void **arr,
		    size_t *n, size_t size, void (*read)(struct arena *, struct db_stmt *, void *), int tag_col,
		    int64_t **tags, struct err *e)
{
	size_t tag_n = 0, tag_cap = 0;
	if (tags)
		*tags = NULL;
	struct db_stmt *st;
	size_t cap = 0;
	enum db_step r;
	*arr = NULL;
	*n = 0;
	if (db_prepare(db, sql, &st, e) < 0)
		return -1;
	for (size_t i = 0; i < np; i++)
		db_bind_int(st, (int)i + 1, params[i]);
	while ((r = db_step(st, e)) == DB_ROW) {
		void *x = arena_push(a, arr, n, &cap, size);
		if (!x) {
			db_finalize(st);
			return row_oom(e);
		}
		read(a, st, x);
		int64_t *t = tags ? arena_push(a, (void **)tags, &tag_n, &tag_cap, sizeof(**tags)) : NULL;
		if (tags && !t) {
			db_finalize(st);
			return row_oom(e);
		}
		if (t)
			*t = db_col_int(st, tag_col);
	}
	db_finalize(st);
	return r == DB_ERROR ? -1 : 0;
}

int row_token_stmt(struct db *db, const char *sql, const char *token, const char *now, struct db_stmt **st,
		   struct err *e)
{
	char hash[CRYPTO_HASH_HEX];
	*st = NULL;
	if (!token || strlen(token) != CRYPTO_TOKEN_TEXT - 1)
		return 0;
	crypto_hash_hex(token, strlen(token), hash);
	if (db_prepare(db, sql, st, e) < 0)
		return -1;
	db_bind_text(*st, 1, hash);
	db_bind_text(*st, 2, now);
	return 0;
}

int row_exec2(struct db *db, const char *sql, int64_t a, int64_t b, struct err *e)
{
	struct db_stmt *st;
	if (db_prepare(db, sql, &st, e) < 0)
		return -1;
	db_bind_int(st, 1, a);
	db_bind_int(st, 2, b);
	return row_exec(st, e);
}

const char *row_user_ref(char buf[ROW_USER_REF], int64_t id)
{
	snprintf(buf, ROW_USER_REF, "bruker %" PRId64, id);
	return buf;
}
