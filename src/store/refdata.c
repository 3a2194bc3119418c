/* store/refdata.c: see refdata.h. */
#include "store/refdata.h"

#include <stdio.h>
#include <string.h>

#include "model/assess.h"
#include "store/audit.h"
#include "util/date.h"

int store_refdata_list(struct db *db, struct arena *a, struct refdata_info **out, size_t *n,
		       struct err *e)
{
	struct db_stmt *q;
	enum db_step r;
	size_t cap = 0;
	*out = NULL;
	*n = 0;
	if (db_prepare(db, "SELECT name, version, data_date, loaded_at, loaded_by FROM refdata ORDER BY name",
		       &q, e) < 0)
		return -1;
	while ((r = db_step(q, e)) == DB_ROW) {
		struct refdata_info *x = arena_push(a, (void **)out, n, &cap, sizeof(*x));
		if (!x) {
			db_finalize(q);
			return err_set(e, "Tom for minne.");
		}
		x->name = arena_strdup(a, db_col_text(q, 0));
		x->version = arena_strdup(a, db_col_text(q, 1));
		if (date_parse(db_col_text(q, 2), &x->data_date) < 0)
			x->data_date = DATE_NONE;
		x->loaded_at = arena_strdup(a, db_col_text(q, 3));
		x->loaded_by = arena_strdup(a, db_col_text(q, 4));
	}
	db_finalize(q);
	return r == DB_DONE ? 0 : -1;
}

int store_refdata_put(struct db *db, const char *name, const char *version, int32_t data_date,
		      const char *content, const struct store_stamp *st, struct err *e)
{
	struct db_stmt *q;
	char day[DATE_TEXT], old[256] = "";
	enum db_step r;
	date_format(data_date, day);
	if (db_begin(db, e) < 0)
		return -1;
	if (db_prepare(db, "SELECT version, data_date FROM refdata WHERE name = ?", &q, e) < 0)
		goto fail;
	db_bind_text(q, 1, name);
	if ((r = db_step(q, e)) == DB_ROW)
		snprintf(old, sizeof(old), "%s (%s)", db_col_text(q, 0), db_col_text(q, 1));
	db_finalize(q);
	if (r == DB_ERROR)
		goto fail;
	if (db_prepare(db, "INSERT INTO refdata (name, version, data_date, loaded_at, loaded_by, content) "
		       "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET version = excluded.version, "
		       "data_date = excluded.data_date, loaded_at = excluded.loaded_at, "
		       "loaded_by = excluded.loaded_by, content = excluded.content", &q, e) < 0)
		goto fail;
	db_bind_text(q, 1, name);
	db_bind_text(q, 2, version);
	db_bind_text(q, 3, day);
	db_bind_text(q, 4, st->at);
	db_bind_text(q, 5, st->by);
	db_bind_text(q, 6, content);
	r = db_step(q, e);
	db_finalize(q);
	char now[256];
	snprintf(now, sizeof(now), "%s (%s)", version, day);
	if (r != DB_DONE || store_audit(db, 0, st, "data.update", name, old[0] ? old : NULL, now, e) < 0)
		goto fail;
	return db_commit(db, e);
fail:
	db_rollback(db);
	return -1;
}

int store_refdata_text(struct db *db, struct arena *a, const char *name, const char **text,
		       struct err *e)
{
	struct db_stmt *q;
	*text = NULL;
	if (db_prepare(db, "SELECT content FROM refdata WHERE name = ?", &q, e) < 0)
		return -1;
	db_bind_text(q, 1, name);
	enum db_step r = db_step(q, e);
	if (r == DB_ROW && !(*text = arena_strdup(a, db_col_text(q, 0))))
		r = DB_ERROR, err_set(e, "Tom for minne.");
	db_finalize(q);
	return r == DB_ERROR ? -1 : 0;
}
