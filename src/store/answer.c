/* store/answer.c: see answer.h. */
#include "store/answer.h"

#include <string.h>

#include "store/row.h"
#include "util/date.h"

#define ANSWER_COLS "measure_id, status, evidence, owner, plan, due, version, changed_by, " \
		    "changed_at"

static void read_answer(struct arena *a, struct db_stmt *st, struct answer *x)
{
	struct err ignored;
	err_init(&ignored, LANG_NB);
	x->measure_id = row_text(a, st, 0);
	status_parse(db_col_text(st, 1), &x->status, &ignored);  /* CHECK guarantees it */
	x->evidence = row_text(a, st, 2);
	x->owner = row_text(a, st, 3);
	x->plan = row_text(a, st, 4);
	x->due = row_date(st, 5);
	x->version = (int)db_col_int(st, 6);
	x->changed_by = row_text(a, st, 7);
	x->changed_at = row_text(a, st, 8);
}

static int list(struct db_stmt *st, struct arena *a, struct answer **out, size_t *n,
		struct err *e)
{
	size_t cap = 0;
	enum db_step r;
	*out = NULL;
	*n = 0;
	while ((r = db_step(st, e)) == DB_ROW) {
		struct answer *x = arena_push(a, (void **)out, n, &cap, sizeof(*x));
		if (!x) {
			db_finalize(st);
			return row_oom(e);
		}
		read_answer(a, st, x);
	}
	db_finalize(st);
	return r == DB_ERROR ? -1 : 0;
}

int store_answers_load(struct db *db, struct arena *a, int64_t tenant, int64_t round_id,
		       struct answer **out, size_t *n, struct err *e)
{
	struct db_stmt *st;
	if (db_prepare(db, "SELECT " ANSWER_COLS " FROM answer WHERE tenant_id = ? AND round_id = ? "
			   "ORDER BY measure_id", &st, e) < 0)
		return -1;
	db_bind_int(st, 1, tenant);
	db_bind_int(st, 2, round_id);
	return list(st, a, out, n, e);
}

int store_answer_history(struct db *db, struct arena *a, int64_t tenant, int64_t round_id,
			 const char *measure_id, struct answer **out, size_t *n, struct err *e)
{
	struct db_stmt *st;
	if (db_prepare(db, "SELECT " ANSWER_COLS " FROM answer_history WHERE tenant_id = ? AND "
			   "round_id = ? AND measure_id = ? ORDER BY version", &st, e) < 0)
		return -1;
	db_bind_int(st, 1, tenant);
	db_bind_int(st, 2, round_id);
	db_bind_text(st, 3, measure_id);
	return list(st, a, out, n, e);
}

int store_answer_history_page(struct db *db, struct arena *a, int64_t tenant, int64_t round_id,
			      const char *measure_id, int before, size_t limit, struct answer **out, size_t *n,
			      bool *more, struct err *e)
{
	struct db_stmt *st;
	*more = false;
	if (db_prepare(db, "SELECT " ANSWER_COLS " FROM answer_history WHERE tenant_id = ? AND "
			   "round_id = ? AND measure_id = ? AND version < ? ORDER BY version DESC LIMIT ?", &st, e) < 0)
		return -1;
	db_bind_int(st, 1, tenant);
	db_bind_int(st, 2, round_id);
	db_bind_text(st, 3, measure_id);
	db_bind_int(st, 4, before > 0 ? before : INT32_MAX);
	db_bind_int(st, 5, (int64_t)limit + 1);      /* one more says whether there are older */
	if (list(st, a, out, n, e) < 0)
		return -1;
	if (*n > limit) {
		*more = true;
		*n = limit;
	}
	return 0;
}

int store_answer_row(struct db *db, enum store_answer_table t, int64_t tenant, int64_t round_id,
		     const struct answer *x, struct err *e)
{
	static const char *const sql[] = {
		[STORE_ANSWER_CURRENT] = "INSERT INTO answer (tenant_id, round_id, measure_id, status, evidence, owner, "
					 "plan, due, version, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
		[STORE_ANSWER_HISTORY] = "INSERT INTO answer_history (tenant_id, round_id, measure_id, status, evidence, "
					 "owner, plan, due, version, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
					 "?, ?, ?)",
	};
	struct db_stmt *st;
	if (db_prepare(db, sql[t], &st, e) < 0)
		return -1;
	db_bind_int(st, 1, tenant);
	db_bind_int(st, 2, round_id);
	db_bind_text(st, 3, x->measure_id);
	db_bind_text(st, 4, status_code(x->status));
	row_bind_opt(st, 5, x->evidence);
	row_bind_opt(st, 6, x->owner);
	row_bind_opt(st, 7, x->plan);
	row_bind_date(st, 8, x->due);
	db_bind_int(st, 9, x->version);
	db_bind_text(st, 10, x->changed_by);
	db_bind_text(st, 11, x->changed_at);
	return row_exec(st, e);
}

int store_answer_put(struct db *db, int64_t tenant, int64_t round_id, const struct answer *x, struct err *e)
{
	struct db_stmt *st;
	if (db_prepare(db, "DELETE FROM answer WHERE tenant_id = ? AND round_id = ? AND measure_id = ?", &st, e) < 0)
		return -1;
	db_bind_int(st, 1, tenant);
	db_bind_int(st, 2, round_id);
	db_bind_text(st, 3, x->measure_id);
	if (row_exec(st, e) < 0 || store_answer_row(db, STORE_ANSWER_CURRENT, tenant, round_id, x, e) < 0)
		return -1;
	return store_answer_row(db, STORE_ANSWER_HISTORY, tenant, round_id, x, e);
}

int store_answer_get(struct db *db, struct arena *a, int64_t tenant, int64_t round_id, const char *measure_id,
		     struct answer *out, bool *found, struct err *e)
{
	struct db_stmt *st;
	struct answer *cur = NULL;
	size_t n = 0;
	*found = false;
	if (db_prepare(db, "SELECT " ANSWER_COLS " FROM answer WHERE tenant_id = ? AND round_id = ? "
			   "AND measure_id = ?", &st, e) < 0)
		return -1;
	db_bind_int(st, 1, tenant);
	db_bind_int(st, 2, round_id);
	db_bind_text(st, 3, measure_id);
	if (list(st, a, &cur, &n, e) < 0)
		return -1;
	if (n) {
		*out = cur[0];
		*found = true;
	}
	return 0;
}
