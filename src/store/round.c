/* store/round.c: see round.h. */
#include "store/round.h"

#include <string.h>

#include "model/assess.h"
#include "store/answer.h"
#include "store/audit.h"
#include "store/catalog.h"
#include "store/row.h"
#include "util/date.h"
#include "util/valid.h"

#define ROUND_COLS "id, no, catalog_id, title, started_on, closed_at, closed_by, " \
		   "approved_at, approved_by, created_at, created_by"

static void read_round(struct arena *a, struct db_stmt *st, struct round *r)
{
	r->id = db_col_int(st, 0);
	r->no = (int)db_col_int(st, 1);
	r->catalog_id = row_text(a, st, 2);
	r->title = row_text(a, st, 3);
	r->started = row_date(st, 4);
	r->closed_at = row_text(a, st, 5);
	r->closed_by = row_text(a, st, 6);
	r->approved_at = row_text(a, st, 7);
	r->approved_by = row_text(a, st, 8);
	r->created_at = row_text(a, st, 9);
	r->created_by = row_text(a, st, 10);
}

/* Run a query that yields at most one round; *found says whether it did. */
static int one_round(struct db_stmt *st, struct arena *a, struct round *out, bool *found,
		     struct err *e)
{
	enum db_step r = db_step(st, e);
	*found = r == DB_ROW;
	if (r == DB_ROW)
		read_round(a, st, out);
	db_finalize(st);
	return r == DB_ERROR ? -1 : 0;
}

int store_round_get(struct db *db, struct arena *a, int64_t tenant, int no, struct round *out,
		    struct err *e)
{
	struct db_stmt *st;
	bool found;
	/* "the latest": of KS's measures when there is one, as the dashboard and report speak of them */
	const char *sql = no > 0
		? "SELECT " ROUND_COLS " FROM round WHERE tenant_id = ? AND no = ?"
		: "SELECT " ROUND_COLS " FROM round WHERE tenant_id = ? "
		  "ORDER BY CASE WHEN catalog_id = '" ASSESS_MAIN_CATALOG "' THEN 0 ELSE 1 END, no DESC LIMIT 1";
	if (db_prepare(db, sql, &st, e) < 0)
		return -1;
	db_bind_int(st, 1, tenant);
	if (no > 0)
		db_bind_int(st, 2, no);
	if (one_round(st, a, out, &found, e) < 0)
		return -1;
	if (found)
		return 0;
	if (no > 0)
		return err_missing(e, "Runde %d finnes ikke for denne kommunen.", no);
	return err_set(e, "Kommunen har ingen vurderingsrunde ennå. Start den første runden.");
}

int store_round_of(struct db *db, struct arena *a, int64_t tenant, const char *catalog, struct round *out,
		   struct err *e)
{
	struct db_stmt *st;
	bool found;
	if (db_prepare(db, "SELECT " ROUND_COLS " FROM round WHERE tenant_id = ? AND catalog_id = ? "
			   "ORDER BY no DESC LIMIT 1", &st, e) < 0)
		return -1;
	db_bind_int(st, 1, tenant);
	db_bind_text(st, 2, catalog);
	if (one_round(st, a, out, &found, e) < 0)
		return -1;
	return found ? 0 : err_missing(e, "Kommunen har ingen runde av katalogen «%s». Start en runde av den først.",
				     catalog);
}

int store_round_for(struct db *db, struct arena *a, int64_t tenant, int no, const char *measure, struct round *out,
		    struct err *e)
{
	struct round *all;
	size_t n;
	if (no > 0 || !measure)
		return store_round_get(db, a, tenant, no, out, e);
	if (store_round_get(db, a, tenant, 0, out, e) < 0 || store_round_list(db, a, tenant, &all, &n, e) < 0)
		return -1;
	struct catalog *c;
	if (store_catalog_get(db, a, out->catalog_id, &c, e) < 0)
		return -1;
	if (catalog_item_find(c, measure))
		return 0;
	/* the newest open round of a catalog that has the measure ("2.6": NSM's principles) */
	for (size_t i = 0; i < n; i++) {
		if (round_is_closed(&all[i]) || store_catalog_get(db, a, all[i].catalog_id, &c, e) < 0)
			continue;
		if (catalog_item_find(c, measure)) {
			*out = all[i];
			return 0;
		}
	}
	return 0;        /* the caller says the measure is not in this round's catalog */
}

int store_round_previous(struct db *db, struct arena *a, int64_t tenant, int no,
			 struct round *out, bool *found, struct err *e)
{
	struct db_stmt *st;
	/* of the same catalog: KS's round compares with KS's, NSM's with NSM's */
	if (db_prepare(db, "SELECT " ROUND_COLS " FROM round WHERE tenant_id = ? AND no < ? "
			   "AND closed_at IS NOT NULL AND catalog_id = (SELECT catalog_id FROM round "
			   "WHERE tenant_id = ? AND no = ?) ORDER BY no DESC LIMIT 1", &st, e) < 0)
		return -1;
	db_bind_int(st, 1, tenant);
	db_bind_int(st, 2, no);
	db_bind_int(st, 3, tenant);
	db_bind_int(st, 4, no);
	return one_round(st, a, out, found, e);
}

int store_round_list(struct db *db, struct arena *a, int64_t tenant, struct round **out,
		     size_t *n, struct err *e)
{
	struct db_stmt *st;
	size_t cap = 0;
	enum db_step r;
	*out = NULL;
	*n = 0;
	if (db_prepare(db, "SELECT " ROUND_COLS " FROM round WHERE tenant_id = ? ORDER BY no DESC",
		       &st, e) < 0)
		return -1;
	db_bind_int(st, 1, tenant);
	while ((r = db_step(st, e)) == DB_ROW) {
		struct round *rd = arena_push(a, (void **)out, n, &cap, sizeof(*rd));
		if (!rd) {
			db_finalize(st);
			return row_oom(e);
		}
		read_round(a, st, rd);
	}
	db_finalize(st);
	return r == DB_ERROR ? -1 : 0;
}

/* Copy the current answers of round 'from' into round 'to' as their first version. */
static int carry_over(struct db *db, int64_t tenant, int64_t from, int64_t to, struct err *e)
{
	static const char *const sql[] = {
		"INSERT INTO answer (tenant_id, round_id, measure_id, status, evidence, owner, plan, "
		"due, version, changed_by, changed_at) SELECT tenant_id, ?, measure_id, status, "
		"evidence, owner, plan, due, 1, changed_by, changed_at FROM answer "
		"WHERE tenant_id = ? AND round_id = ?",
		"INSERT INTO answer_history (tenant_id, round_id, measure_id, version, status, "
		"evidence, owner, plan, due, changed_by, changed_at) SELECT tenant_id, round_id, "
		"measure_id, version, status, evidence, owner, plan, due, changed_by, changed_at "
		"FROM answer WHERE tenant_id = ? AND round_id = ?",
	};
	struct db_stmt *st;
	if (db_prepare(db, sql[0], &st, e) < 0)
		return -1;
	db_bind_int(st, 1, to);
	db_bind_int(st, 2, tenant);
	db_bind_int(st, 3, from);
	if (row_exec(st, e) < 0 || db_prepare(db, sql[1], &st, e) < 0)
		return -1;
	db_bind_int(st, 1, tenant);
	db_bind_int(st, 2, to);
	return row_exec(st, e);
}

int store_round_start(struct db *db, struct arena *a, int64_t tenant, const char *catalog_id,
		      const char *title, const struct store_stamp *s, struct round *out,
		      struct err *e)
{
	struct db_stmt *st;
	struct round last;
	bool have_last = false;
	char day[DATE_TEXT];

	if (valid_text(i18n_tr(e->lang, "Tittel"), title, VALID_NAME_MAX, false, true, e) < 0)
		return -1;
	if (db_begin(db, e) < 0)
		return -1;
	int next_no = 1;
	if (db_prepare(db, "SELECT COALESCE(MAX(no), 0) + 1 FROM round WHERE tenant_id = ?", &st, e) < 0)
		goto fail;
	db_bind_int(st, 1, tenant);
	if (db_step(st, e) != DB_ROW) {
		db_finalize(st);
		goto fail;
	}
	next_no = (int)db_col_int(st, 0);
	db_finalize(st);
	/* one open round per catalog; the new one starts from the latest of its catalog */
	if (db_prepare(db, "SELECT " ROUND_COLS " FROM round WHERE tenant_id = ? AND catalog_id = ? "
			   "ORDER BY no DESC LIMIT 1", &st, e) < 0 ||
	    (db_bind_int(st, 1, tenant), db_bind_text(st, 2, catalog_id), one_round(st, a, &last, &have_last, e)) < 0)
		goto fail;
	if (have_last && !round_is_closed(&last)) {
		err_set(e, "Runde %d («%s») av katalogen %s er fortsatt åpen. Lukk den før du starter en ny "
			"av samme katalog.", last.no, last.title, catalog_id);
		goto fail;
	}
	if (db_prepare(db, "SELECT id FROM catalog WHERE id = ?", &st, e) < 0)
		goto fail;
	db_bind_text(st, 1, catalog_id);
	enum db_step r = db_step(st, e);
	db_finalize(st);
	if (r != DB_ROW) {
		if (r == DB_DONE)
			err_missing(e, "Katalogen «%s» finnes ikke i denne installasjonen.", catalog_id);
		goto fail;
	}
	date_format(s->today, day);
	if (db_prepare(db, "INSERT INTO round (tenant_id, no, catalog_id, title, started_on, "
			   "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING " ROUND_COLS,
		       &st, e) < 0)
		goto fail;
	db_bind_int(st, 1, tenant);
	db_bind_int(st, 2, next_no);
	db_bind_text(st, 3, catalog_id);
	db_bind_text(st, 4, title);
	db_bind_text(st, 5, day);
	db_bind_text(st, 6, s->at);
	db_bind_text(st, 7, s->by);
	bool made;
	if (one_round(st, a, out, &made, e) < 0 || !made)
		goto fail;
	if (have_last && carry_over(db, tenant, last.id, out->id, e) < 0)
		goto fail;
	if (store_audit(db, tenant, s, "round.start", arena_printf(a, "runde %d", out->no), NULL,
			arena_printf(a, "title=%s; catalog=%s", title, catalog_id), e) < 0)
		goto fail;
	return db_commit(db, e);
fail:
	db_rollback(db);
	return -1;
}

/* Refuse to close while measures stand as unknown, unless the closer confirmed exactly
 * that many (seen): the count is taken in the closing transaction, so an answer changed to
 * unknown after the confirmation page asks again. */
static int check_unknown(struct db *db, struct arena *a, int64_t tenant, const struct round *r, int seen,
			 struct err *e)
{
	struct catalog *c;
	struct answer *all;
	size_t n;
	const struct catalog_item *unknown[64];
	if (store_catalog_get(db, a, r->catalog_id, &c, e) < 0 ||
	    store_answers_load(db, a, tenant, r->id, &all, &n, e) < 0)
		return -1;
	size_t k = assess_unknown(c, all, n, unknown, 64);
	if (!k || seen == ROUND_UNKNOWN_ANY || seen == (int)k)
		return 0;
	const char *ids = "";
	for (size_t i = 0; i < k && i < 64; i++)
		ids = arena_printf(a, "%s%s%s", ids, i ? ", " : "", unknown[i]->id);
	err_set(e, "Runde %d har %zu svar som står som ukjent (%s). Å lukke er endelig: bekreft "
		"at de skal stå slik.", r->no, k, ids);
	e->kind = ERR_CONFIRM;
	return -1;
}

static int set_closed(struct db *db, int64_t tenant, int no, bool close, const char *approved_by,
		      int unknown_seen, const struct store_stamp *s, struct err *e)
{
	struct arena a;
	struct round r;
	struct db_stmt *st;
	int rc = -1;

	arena_init(&a, 0);
	if (approved_by &&
	    valid_text(i18n_tr(e->lang, "Godkjent av"), approved_by, VALID_NAME_MAX, false, true, e) < 0)
		goto out;
	if (db_begin(db, e) < 0)
		goto out;
	if (store_round_get(db, &a, tenant, no, &r, e) < 0)
		goto fail;
	if (close && round_is_closed(&r)) {
		err_set(e, "Runde %d ble lukket %s og kan ikke lukkes på nytt.", r.no, r.closed_at);
		goto fail;
	}
	if (close && check_unknown(db, &a, tenant, &r, unknown_seen, e) < 0)
		goto fail;
	if (!close && !round_is_closed(&r)) {
		err_set(e, "Runde %d er ikke lukket. Lukk den før den godkjennes.", r.no);
		goto fail;
	}
	if (!close && r.approved_at) {
		err_set(e, "Runde %d ble godkjent %s av %s.", r.no, r.approved_at, r.approved_by);
		goto fail;
	}
	const char *sql = close
		? "UPDATE round SET closed_at = ?, closed_by = ?, approved_at = ?, approved_by = ? "
		  "WHERE tenant_id = ? AND id = ?"
		: "UPDATE round SET approved_at = ?, approved_by = ? WHERE tenant_id = ? AND id = ?";
	if (db_prepare(db, sql, &st, e) < 0)
		goto fail;
	int k = 1;
	if (close) {
		db_bind_text(st, k++, s->at);
		db_bind_text(st, k++, s->by);
		row_bind_opt(st, k++, approved_by ? s->at : NULL);
		row_bind_opt(st, k++, approved_by);
	} else {
		db_bind_text(st, k++, s->at);
		db_bind_text(st, k++, s->by);
	}
	db_bind_int(st, k++, tenant);
	db_bind_int(st, k, r.id);
	if (row_exec(st, e) < 0 ||
	    store_audit(db, tenant, s, close ? "round.close" : "round.approve",
			arena_printf(&a, "runde %d", r.no), NULL,
			close ? arena_printf(&a, "approved_by=%s", approved_by ? approved_by : "-")
			      : arena_printf(&a, "approved_by=%s", s->by), e) < 0)
		goto fail;
	rc = db_commit(db, e);
	goto out;
fail:
	db_rollback(db);
out:
	arena_release(&a);
	return rc;
}

int store_round_close(struct db *db, int64_t tenant, int no, const char *approved_by, int unknown_seen,
		      const struct store_stamp *s, struct err *e)
{
	return set_closed(db, tenant, no, true, approved_by, unknown_seen, s, e);
}

int store_round_approve(struct db *db, int64_t tenant, int no, const struct store_stamp *s,
			struct err *e)
{
	return set_closed(db, tenant, no, false, NULL, 0, s, e);
}
