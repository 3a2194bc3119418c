/* store/answer.c: see answer.h. */
#include "store/answer.h"

#include <string.h>

#include "model/action.h"
#include "store/action.h"
#include "store/round.h"
#include "store/audit.h"
#include "store/row.h"
#include "util/date.h"
#include "util/valid.h"

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

static int check_patch(const struct answer_patch *p, struct err *e)
{
	enum lang l = e->lang;
	if (valid_text(i18n_tr(l, "Dokumentasjon"), p->evidence, VALID_TEXT_MAX, true, false, e) < 0 ||
	    valid_text(i18n_tr(l, "Ansvarlig"), p->owner, VALID_NAME_MAX, false, false, e) < 0 ||
	    valid_text(i18n_tr(l, "Plan"), p->plan, VALID_TEXT_MAX, true, false, e) < 0)
		return -1;
	return 0;
}

static const char *patched(const char *old, const char *p)
{
	if (!p)
		return old;
	return *p ? p : NULL;
}

static bool same(const char *x, const char *y)
{
	return strcmp(x ? x : "", y ? y : "") == 0;
}

static int write_answer(struct db *db, int64_t tenant, int64_t round_id, const struct answer *x,
			struct err *e)
{
	static const char *const sql[] = {
		"DELETE FROM answer WHERE tenant_id = ? AND round_id = ? AND measure_id = ?",
		"INSERT INTO answer (tenant_id, round_id, measure_id, status, evidence, owner, plan, "
		"due, version, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
		"INSERT INTO answer_history (tenant_id, round_id, measure_id, status, evidence, owner, "
		"plan, due, version, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
	};
	struct db_stmt *st;
	if (db_prepare(db, sql[0], &st, e) < 0)
		return -1;
	db_bind_int(st, 1, tenant);
	db_bind_int(st, 2, round_id);
	db_bind_text(st, 3, x->measure_id);
	if (row_exec(st, e) < 0)
		return -1;
	for (int k = 1; k <= 2; k++) {
		if (db_prepare(db, sql[k], &st, e) < 0)
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
		if (row_exec(st, e) < 0)
			return -1;
	}
	return 0;
}

/* A short account of an answer for the audit trail; the full texts are in
 * answer_history. */
static const char *summary(struct arena *a, const struct answer *x)
{
	char due[DATE_TEXT] = "-";
	if (x->due != DATE_NONE)
		date_format(x->due, due);
	return arena_printf(a, "status=%s; owner=%s; due=%s; evidence=%zu bytes; plan=%zu bytes",
			    status_code(x->status), x->owner ? x->owner : "-", due,
			    x->evidence ? strlen(x->evidence) : 0, x->plan ? strlen(x->plan) : 0);
}

/* Keep the action plan in step with the answer (see action.h). */
static int derive(struct db *db, struct arena *a, int64_t tenant, const char *catalog_id,
		  const struct answer *before, const struct answer *x, const struct store_stamp *s,
		  struct err *e)
{
	struct action existing, next;
	bool found;
	if (store_action_find_derived(db, a, tenant, catalog_id, x->measure_id, &existing, &found,
				      e) < 0)
		return -1;
	switch (action_derive(before, x, found ? &existing : NULL, &next)) {
	case DERIVE_CREATE:
		next.catalog_id = catalog_id;
		return store_action_add(db, tenant, &next, s, e);
	case DERIVE_UPDATE:
		return store_action_update(db, tenant, &next, s, e);
	case DERIVE_NONE:
		break;
	}
	return 0;
}

int store_answer_set(struct db *db, int64_t tenant, int round_no, const struct catalog *c,
		     const struct answer_patch *p, const struct store_stamp *s, bool *changed,
		     struct err *e)
{
	struct arena a;
	struct round r;
	struct answer *cur = NULL, x;
	size_t n = 0;
	int rc = -1;

	if (changed)
		*changed = false;
	arena_init(&a, 0);
	if (!catalog_item_find(c, p->measure_id)) {
		err_missing(e, "Ukjent tiltak «%s» i katalogen «%s». Se beredt catalog show %s for "
			"gyldige id-er.", p->measure_id ? p->measure_id : "", c->id, c->id);
		goto out;
	}
	if (check_patch(p, e) < 0 || db_begin(db, e) < 0)
		goto out;
	if (store_round_get(db, &a, tenant, round_no, &r, e) < 0)
		goto fail;
	if (strcmp(r.catalog_id, c->id) != 0)
		BUG("answer patched with another catalog than the round's");
	if (round_is_closed(&r)) {
		err_set(e, "Runde %d ble lukket %s og kan ikke endres. Start en ny runde med "
			"beredt assess start.", r.no, r.closed_at);
		goto fail;
	}
	struct db_stmt *st;
	if (db_prepare(db, "SELECT " ANSWER_COLS " FROM answer WHERE tenant_id = ? AND round_id = ? "
			   "AND measure_id = ?", &st, e) < 0)
		goto fail;
	db_bind_int(st, 1, tenant);
	db_bind_int(st, 2, r.id);
	db_bind_text(st, 3, p->measure_id);
	if (list(st, &a, &cur, &n, e) < 0)
		goto fail;
	if (n) {
		x = cur[0];
	} else {
		memset(&x, 0, sizeof(x));
		x.measure_id = p->measure_id;
		x.status = STATUS_UKJENT;
		x.due = DATE_NONE;
	}
	struct answer before = x;
	if (p->has_status)
		x.status = p->status;
	x.evidence = patched(x.evidence, p->evidence);
	x.owner = patched(x.owner, p->owner);
	x.plan = patched(x.plan, p->plan);
	if (p->has_due)
		x.due = p->due;
	if (n && before.status == x.status && same(before.evidence, x.evidence) &&
	    same(before.owner, x.owner) && same(before.plan, x.plan) && before.due == x.due) {
		/* nothing to write, so no new version; commit (not roll back) so that an
		 * enclosing transaction is not doomed by a no-op */
		rc = db_commit(db, e);
		goto out;
	}
	x.version = n ? before.version + 1 : 1;
	x.changed_by = s->by;
	x.changed_at = s->at;
	if (write_answer(db, tenant, r.id, &x, e) < 0 ||
	    store_audit(db, tenant, s, "answer.set", arena_printf(&a, "runde %d/%s", r.no, x.measure_id),
			n ? summary(&a, &before) : NULL, summary(&a, &x), e) < 0 ||
	    derive(db, &a, tenant, c->id, n ? &before : NULL, &x, s, e) < 0)
		goto fail;
	if (db_commit(db, e) < 0)
		goto out;
	if (changed)
		*changed = true;
	rc = 0;
	goto out;
fail:
	db_rollback(db);
out:
	arena_release(&a);
	return rc;
}
