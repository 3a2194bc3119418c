/* store/action.c: see action.h. */
#include "store/action.h"

#include <stdio.h>
#include <string.h>

#include "util/date.h"

#include "store/audit.h"
#include "store/row.h"

#define ACTION_COLS "id, no, catalog_id, measure_id, origin, title, plan, owner, due, " \
		    "priority, status, reason, version, created_at, changed_by, changed_at, cost_nok, cost_year"

static void read_action(struct arena *a, struct db_stmt *st, struct action *x)
{
	struct err ignored;
	err_init(&ignored, LANG_NB);
	x->id = db_col_int(st, 0);
	x->no = (int)db_col_int(st, 1);
	x->catalog_id = row_text(a, st, 2);
	x->measure_id = row_text(a, st, 3);
	x->origin = row_text(a, st, 4);
	x->title = row_text(a, st, 5);
	x->plan = row_text(a, st, 6);
	x->owner = row_text(a, st, 7);
	x->due = row_date(st, 8);
	/* the CHECK constraints guarantee these parse */
	priority_parse(db_col_text(st, 9), &x->priority, &ignored);
	action_status_parse(db_col_text(st, 10), &x->status, &ignored);
	x->reason = row_text(a, st, 11);
	x->version = (int)db_col_int(st, 12);
	x->created_at = row_text(a, st, 13);
	x->changed_by = row_text(a, st, 14);
	x->changed_at = row_text(a, st, 15);
	x->cost_nok = row_count_opt(st, 16);
	x->cost_year = (int)row_count_opt(st, 17);
}

static int list(struct db_stmt *st, struct arena *a, struct action **out, size_t *n,
		struct err *e)
{
	size_t cap = 0;
	enum db_step r;
	*out = NULL;
	*n = 0;
	while ((r = db_step(st, e)) == DB_ROW) {
		struct action *x = arena_push(a, (void **)out, n, &cap, sizeof(*x));
		if (!x) {
			db_finalize(st);
			return row_oom(e);
		}
		read_action(a, st, x);
	}
	db_finalize(st);
	return r == DB_ERROR ? -1 : 0;
}

int store_action_list(struct db *db, struct arena *a, int64_t tenant, struct action **out,
		      size_t *n, struct err *e)
{
	struct db_stmt *st;
	if (db_prepare(db, "SELECT " ACTION_COLS " FROM action WHERE tenant_id = ? ORDER BY no",
		       &st, e) < 0)
		return -1;
	db_bind_int(st, 1, tenant);
	return list(st, a, out, n, e);
}

static int one(struct db_stmt *st, struct arena *a, struct action *out, bool *found,
	       struct err *e)
{
	enum db_step r = db_step(st, e);
	*found = r == DB_ROW;
	if (r == DB_ROW)
		read_action(a, st, out);
	db_finalize(st);
	return r == DB_ERROR ? -1 : 0;
}

int store_action_get(struct db *db, struct arena *a, int64_t tenant, int no,
		     struct action *out, struct err *e)
{
	struct db_stmt *st;
	bool found;
	if (db_prepare(db, "SELECT " ACTION_COLS " FROM action WHERE tenant_id = ? AND no = ?",
		       &st, e) < 0)
		return -1;
	db_bind_int(st, 1, tenant);
	db_bind_int(st, 2, no);
	if (one(st, a, out, &found, e) < 0)
		return -1;
	if (!found)
		return err_missing(e, "Oppgave T-%d finnes ikke for denne kommunen.",
			       no);
	return 0;
}

int store_action_find_derived(struct db *db, struct arena *a, int64_t tenant,
			      const char *catalog_id, const char *measure_id, struct action *out,
			      bool *found, struct err *e)
{
	struct db_stmt *st;
	if (db_prepare(db, "SELECT " ACTION_COLS " FROM action WHERE tenant_id = ? AND "
			   "catalog_id = ? AND measure_id = ? AND origin = 'svar'", &st, e) < 0)
		return -1;
	db_bind_int(st, 1, tenant);
	db_bind_text(st, 2, catalog_id);
	db_bind_text(st, 3, measure_id);
	return one(st, a, out, found, e);
}

/* A short account of an action for the audit trail. */
static const char *summary(char *buf, size_t n, const struct action *x)
{
	char due[DATE_TEXT] = "-";
	if (x->due != DATE_NONE)
		date_format(x->due, due);
	char cost[48] = "-";
	if (x->cost_nok)
		snprintf(cost, sizeof(cost), x->cost_year ? "%lld NOK %d" : "%lld NOK", (long long)x->cost_nok,
			 x->cost_year);
	snprintf(buf, n, "status=%s; priority=%s; owner=%s; due=%s; cost=%s; reason=%.200s",
		 action_status_code(x->status), priority_code(x->priority), x->owner ? x->owner : "-",
		 due, cost, x->reason ? x->reason : "-");
	return buf;
}

static int put_history(struct db *db, int64_t tenant, const struct action *x, struct err *e)
{
	struct db_stmt *st;
	if (db_prepare(db, "INSERT INTO action_history (action_id, tenant_id, version, title, plan, "
			   "owner, due, priority, status, reason, changed_by, changed_at, cost_nok, cost_year) "
			   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", &st, e) < 0)
		return -1;
	db_bind_int(st, 1, x->id);
	db_bind_int(st, 2, tenant);
	db_bind_int(st, 3, x->version);
	row_bind_opt(st, 4, x->title);
	row_bind_opt(st, 5, x->plan);
	row_bind_opt(st, 6, x->owner);
	row_bind_date(st, 7, x->due);
	db_bind_text(st, 8, priority_code(x->priority));
	db_bind_text(st, 9, action_status_code(x->status));
	row_bind_opt(st, 10, x->reason);
	db_bind_text(st, 11, x->changed_by);
	db_bind_text(st, 12, x->changed_at);
	row_bind_count_opt(st, 13, x->cost_nok);
	row_bind_count_opt(st, 14, x->cost_year);
	return row_exec(st, e);
}

int store_action_add(struct db *db, int64_t tenant, struct action *x,
		     const struct store_stamp *s, struct err *e)
{
	struct db_stmt *st;
	if (action_check(x, e) < 0 || db_begin(db, e) < 0)
		return -1;
	if (x->no <= 0) {
		if (db_prepare(db, "SELECT COALESCE(MAX(no), 0) + 1 FROM action WHERE tenant_id = ?",
			       &st, e) < 0)
			goto fail;
		db_bind_int(st, 1, tenant);
		if (db_step(st, e) != DB_ROW) {
			db_finalize(st);
			goto fail;
		}
		x->no = (int)db_col_int(st, 0);
		db_finalize(st);
	}
	if (!x->origin)
		x->origin = ACTION_ORIGIN_MANUAL;
	if (x->version <= 0)
		x->version = 1;
	if (!x->created_at)
		x->created_at = s->at;
	if (!x->changed_at) {
		x->changed_at = s->at;
		x->changed_by = s->by;
	}
	if (db_prepare(db, "INSERT INTO action (tenant_id, no, catalog_id, measure_id, origin, "
			   "title, plan, owner, due, priority, status, reason, version, created_at, "
			   "changed_by, changed_at, cost_nok, cost_year) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
			   "?, ?, ?, ?, ?, ?) RETURNING id", &st, e) < 0)
		goto fail;
	db_bind_int(st, 1, tenant);
	db_bind_int(st, 2, x->no);
	row_bind_opt(st, 3, x->catalog_id);
	row_bind_opt(st, 4, x->measure_id);
	db_bind_text(st, 5, x->origin);
	row_bind_opt(st, 6, x->title);
	row_bind_opt(st, 7, x->plan);
	row_bind_opt(st, 8, x->owner);
	row_bind_date(st, 9, x->due);
	db_bind_text(st, 10, priority_code(x->priority));
	db_bind_text(st, 11, action_status_code(x->status));
	row_bind_opt(st, 12, x->reason);
	db_bind_int(st, 13, x->version);
	db_bind_text(st, 14, x->created_at);
	db_bind_text(st, 15, x->changed_by);
	db_bind_text(st, 16, x->changed_at);
	row_bind_count_opt(st, 17, x->cost_nok);
	row_bind_count_opt(st, 18, x->cost_year);
	enum db_step r = db_step(st, e);
	if (r == DB_ROW)
		x->id = db_col_int(st, 0);
	else if (r == DB_ERROR && db_last_was_unique_violation(st))
		err_conflict(e, "Oppgave T-%d finnes allerede, eller oppgaven for %s er allerede opprettet.",
			x->no, x->measure_id ? x->measure_id : "?");
	db_finalize(st);
	char ref[24], now_s[512];
	snprintf(ref, sizeof(ref), "T-%d", x->no);
	if (r != DB_ROW || put_history(db, tenant, x, e) < 0 ||
	    store_audit(db, tenant, s, "action.add", ref, NULL, summary(now_s, sizeof(now_s), x), e) < 0)
		goto fail;
	return db_commit(db, e);
fail:
	db_rollback(db);
	return -1;
}

int store_action_update(struct db *db, int64_t tenant, struct action *x,
			const struct store_stamp *s, struct err *e)
{
	struct db_stmt *st;
	struct arena a;
	struct action before = { 0 };
	char ref[24], old_s[512], new_s[512];
	if (action_check(x, e) < 0 || db_begin(db, e) < 0)
		return -1;
	arena_init(&a, 0);
	/* read the stored action of this municipality: the old values for the audit trail,
	 * and a refusal when the number belongs to another action or none */
	int found = store_action_get(db, &a, tenant, x->no, &before, e);
	if (found == 0 && before.id != x->id)
		found = err_missing(e, "Oppgave T-%d finnes ikke for denne kommunen.",
				x->no);
	if (found < 0) {
		arena_release(&a);
		db_rollback(db);
		return -1;
	}
	summary(old_s, sizeof(old_s), &before);
	arena_release(&a);
	int read_at = x->version;
	x->version = read_at + 1;
	x->changed_by = s->by;
	x->changed_at = s->at;
	if (db_prepare(db, "UPDATE action SET title = ?, plan = ?, owner = ?, due = ?, priority = ?, "
			   "status = ?, reason = ?, version = ?, changed_by = ?, changed_at = ?, cost_nok = ?, "
			   "cost_year = ? WHERE tenant_id = ? AND id = ? AND version = ? RETURNING id", &st, e) < 0)
		goto fail;
	row_bind_opt(st, 1, x->title);
	row_bind_opt(st, 2, x->plan);
	row_bind_opt(st, 3, x->owner);
	row_bind_date(st, 4, x->due);
	db_bind_text(st, 5, priority_code(x->priority));
	db_bind_text(st, 6, action_status_code(x->status));
	row_bind_opt(st, 7, x->reason);
	db_bind_int(st, 8, x->version);
	db_bind_text(st, 9, x->changed_by);
	db_bind_text(st, 10, x->changed_at);
	row_bind_count_opt(st, 11, x->cost_nok);
	row_bind_count_opt(st, 12, x->cost_year);
	db_bind_int(st, 13, tenant);
	db_bind_int(st, 14, x->id);
	db_bind_int(st, 15, read_at);
	enum db_step r = db_step(st, e);
	db_finalize(st);
	if (r == DB_DONE)
		err_conflict(e, "Oppgave T-%d er endret av noen andre i mellomtiden. Les det på nytt og "
			"prøv igjen.", x->no);
	snprintf(ref, sizeof(ref), "T-%d", x->no);
	if (r != DB_ROW || put_history(db, tenant, x, e) < 0 ||
	    store_audit(db, tenant, s, "action.update", ref, old_s, summary(new_s, sizeof(new_s), x), e) < 0)
		goto fail;
	return db_commit(db, e);
fail:
	x->version = read_at;
	db_rollback(db);
	return -1;
}

int store_action_history(struct db *db, struct arena *a, int64_t tenant, int no,
			 struct action **out, size_t *n, struct err *e)
{
	struct db_stmt *st;
	if (db_prepare(db, "SELECT a.id, a.no, a.catalog_id, a.measure_id, a.origin, h.title, "
			   "h.plan, h.owner, h.due, h.priority, h.status, h.reason, h.version, "
			   "a.created_at, h.changed_by, h.changed_at, h.cost_nok, h.cost_year FROM action_history h "
			   "JOIN action a ON a.id = h.action_id AND a.tenant_id = h.tenant_id "
			   "WHERE h.tenant_id = ? AND a.no = ? ORDER BY h.version", &st, e) < 0)
		return -1;
	db_bind_int(st, 1, tenant);
	db_bind_int(st, 2, no);
	return list(st, a, out, n, e);
}
