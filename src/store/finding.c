/* store/finding.c: see finding.h. */
#include "store/finding.h"

#include <stdio.h>
#include <string.h>

#include "model/assess.h"
#include "store/audit.h"
#include "store/row.h"
#include "util/date.h"

#define COLS "id, no, rule, object, object_name, severity, detail, status, first_seen, last_seen, " \
	"due, closed_on, accepted_until, note, changed_by"

static int32_t day_col(struct db_stmt *q, int i)
{
	int32_t d;
	return db_col_null(q, i) || date_parse(db_col_text(q, i), &d) < 0 ? DATE_NONE : d;
}

static void read_row(struct arena *a, struct db_stmt *q, struct finding *f)
{
	struct err ignore;
	err_init(&ignore, LANG_NB);
	memset(f, 0, sizeof(*f));
	f->id = db_col_int(q, 0);
	f->no = (int)db_col_int(q, 1);
	f->rule = arena_strdup(a, db_col_text(q, 2));
	f->object = arena_strdup(a, db_col_text(q, 3));
	f->object_name = arena_strdup(a, db_col_text(q, 4));
	severity_parse(db_col_text(q, 5), &f->severity, &ignore);      /* CHECK keeps it valid */
	f->detail = arena_strdup(a, db_col_text(q, 6));
	finding_status_parse(db_col_text(q, 7), &f->status, &ignore);
	f->first_seen = day_col(q, 8);
	f->last_seen = day_col(q, 9);
	f->due = day_col(q, 10);
	f->closed_on = day_col(q, 11);
	f->accepted_until = day_col(q, 12);
	f->note = db_col_null(q, 13) ? NULL : arena_strdup(a, db_col_text(q, 13));
	f->changed_by = arena_strdup(a, db_col_text(q, 14));
}

int store_finding_list(struct db *db, struct arena *a, int64_t tenant, struct finding **out,
		       size_t *n, struct err *e)
{
	struct db_stmt *q;
	enum db_step r;
	size_t cap = 0;
	*out = NULL;
	*n = 0;
	if (db_prepare(db, "SELECT " COLS " FROM finding WHERE tenant_id = ? ORDER BY no", &q, e) < 0)
		return -1;
	db_bind_int(q, 1, tenant);
	while ((r = db_step(q, e)) == DB_ROW) {
		struct finding *f = arena_push(a, (void **)out, n, &cap, sizeof(*f));
		if (!f) {
			db_finalize(q);
			return row_oom(e);
		}
		read_row(a, q, f);
	}
	db_finalize(q);
	return r == DB_DONE ? 0 : -1;
}

int store_finding_get(struct db *db, struct arena *a, int64_t tenant, int no, struct finding *out,
		      struct err *e)
{
	struct db_stmt *q;
	if (db_prepare(db, "SELECT " COLS " FROM finding WHERE tenant_id = ? AND no = ?", &q, e) < 0)
		return -1;
	db_bind_int(q, 1, tenant);
	db_bind_int(q, 2, no);
	enum db_step r = db_step(q, e);
	if (r == DB_ROW)
		read_row(a, q, out);
	db_finalize(q);
	if (r == DB_DONE)
		return err_set(e, "Funnet F-%d finnes ikke.", no);
	return r == DB_ROW ? 0 : -1;
}

static void bind_day(struct db_stmt *q, int i, int32_t d)
{
	char t[DATE_TEXT];
	if (d == DATE_NONE) {
		db_bind_null(q, i);
		return;
	}
	date_format(d, t);
	db_bind_text(q, i, t);
}

static int step_done(struct db_stmt *q, struct err *e)
{
	enum db_step r = db_step(q, e);
	db_finalize(q);
	return r == DB_DONE ? 0 : -1;
}

int store_finding_apply(struct db *db, struct arena *a, int64_t tenant, const struct finding *have,
			const struct finding_hit *hits, const struct finding_change *changes, size_t n,
			const struct store_stamp *st, int counts[4], struct err *e)
{
	struct db_stmt *q;
	int next = 0;
	memset(counts, 0, 4 * sizeof(int));
	if (db_begin(db, e) < 0)
		return -1;
	if (db_prepare(db, "SELECT COALESCE(MAX(no), 0) + 1 FROM finding WHERE tenant_id = ?", &q, e) < 0)
		goto fail;
	db_bind_int(q, 1, tenant);
	if (db_step(q, e) == DB_ROW)
		next = (int)db_col_int(q, 0);
	db_finalize(q);
	if (!next)
		goto fail;
	for (size_t i = 0; i < n; i++) {
		const struct finding_change *c = &changes[i];
		const struct finding_hit *h = c->kind == FC_CLOSE ? NULL : &hits[c->hit];
		const struct finding *f = c->kind == FC_NEW ? NULL : &have[c->finding];
		const char *action = "finding.seen", *object, *old = NULL, *now;
		counts[c->kind]++;
		if (c->kind == FC_NEW) {
			if (db_prepare(db, "INSERT INTO finding (tenant_id, no, rule, object, object_name, severity, "
				       "detail, status, first_seen, last_seen, due, changed_by, changed_at) "
				       "VALUES (?, ?, ?, ?, ?, ?, ?, 'ny', ?, ?, ?, ?, ?)", &q, e) < 0)
				goto fail;
			db_bind_int(q, 1, tenant);
			db_bind_int(q, 2, next);
			db_bind_text(q, 3, h->rule);
			db_bind_text(q, 4, h->object);
			db_bind_text(q, 5, h->object_name);
			db_bind_text(q, 6, severity_code(h->severity));
			db_bind_text(q, 7, h->detail);
			bind_day(q, 8, st->today);
			bind_day(q, 9, st->today);
			bind_day(q, 10, c->due);
			db_bind_text(q, 11, st->by);
			db_bind_text(q, 12, st->at);
			action = "finding.new";
			object = arena_printf(a, "F-%d", next++);
			now = arena_printf(a, "ny; %s; %s; %s", h->rule, severity_code(h->severity), h->object_name);
		} else if (c->kind == FC_CLOSE) {
			if (db_prepare(db, "UPDATE finding SET status = 'løst', closed_on = ?, note = ?, changed_by = ?, "
				       "changed_at = ? WHERE tenant_id = ? AND id = ?", &q, e) < 0)
				goto fail;
			bind_day(q, 1, st->today);
			db_bind_text(q, 2, "Kontrollen finner det ikke lenger.");
			db_bind_text(q, 3, st->by);
			db_bind_text(q, 4, st->at);
			db_bind_int(q, 5, tenant);
			db_bind_int(q, 6, f->id);
			action = "finding.closed";
			object = arena_printf(a, "F-%d", f->no);
			old = finding_status_code(f->status);
			now = "løst";
		} else {
			/* seen again: the facts may have changed; a reopen starts the clock again */
			bool reopen = c->kind == FC_REOPEN;
			if (db_prepare(db, reopen
				       ? "UPDATE finding SET last_seen = ?, severity = ?, detail = ?, object_name = ?, "
					 "status = 'ny', due = ?, closed_on = NULL, accepted_until = NULL, note = ?, "
					 "changed_by = ?, changed_at = ? WHERE tenant_id = ? AND id = ?"
				       : "UPDATE finding SET last_seen = ?, severity = ?, detail = ?, object_name = ? "
					 "WHERE tenant_id = ? AND id = ?", &q, e) < 0)
				goto fail;
			bind_day(q, 1, st->today);
			db_bind_text(q, 2, severity_code(h->severity));
			db_bind_text(q, 3, h->detail);
			db_bind_text(q, 4, h->object_name);
			if (reopen) {
				bind_day(q, 5, c->due);
				db_bind_text(q, 6, "Kontrollen finner det igjen.");
				db_bind_text(q, 7, st->by);
				db_bind_text(q, 8, st->at);
				db_bind_int(q, 9, tenant);
				db_bind_int(q, 10, f->id);
			} else {
				db_bind_int(q, 5, tenant);
				db_bind_int(q, 6, f->id);
			}
			if (step_done(q, e) < 0)
				goto fail;
			if (!reopen)
				continue;       /* seeing it again is not worth an audit entry an hour */
			action = "finding.reopened";
			object = arena_printf(a, "F-%d", f->no);
			old = finding_status_code(f->status);
			now = "ny";
			if (store_audit(db, tenant, st, action, object, old, now, e) < 0)
				goto fail;
			continue;
		}
		if (step_done(q, e) < 0 || store_audit(db, tenant, st, action, object, old, now, e) < 0)
			goto fail;
	}
	return db_commit(db, e);
fail:
	db_rollback(db);
	return -1;
}

int store_finding_set(struct db *db, struct arena *a, int64_t tenant, int no, enum finding_status to,
		      const char *reason, int32_t until, const struct store_stamp *st, struct err *e)
{
	struct finding f;
	struct db_stmt *q;
	if (db_begin(db, e) < 0)
		return -1;
	if (store_finding_get(db, a, tenant, no, &f, e) < 0 ||
	    finding_transition(&f, to, reason, until, st->today, e) < 0)
		goto fail;
	if (db_prepare(db, "UPDATE finding SET status = ?, note = ?, accepted_until = ?, closed_on = ?, "
		       "changed_by = ?, changed_at = ? WHERE tenant_id = ? AND id = ?", &q, e) < 0)
		goto fail;
	db_bind_text(q, 1, finding_status_code(to));
	row_bind_opt(q, 2, reason);
	bind_day(q, 3, to == FINDING_AKSEPTERT ? until : DATE_NONE);
	bind_day(q, 4, to == FINDING_LOST ? st->today : DATE_NONE);
	db_bind_text(q, 5, st->by);
	db_bind_text(q, 6, st->at);
	db_bind_int(q, 7, tenant);
	db_bind_int(q, 8, f.id);
	if (step_done(q, e) < 0 ||
	    store_audit(db, tenant, st, "finding.status", arena_printf(a, "F-%d", no), finding_status_code(f.status),
			reason && *reason ? arena_printf(a, "%s: %s", finding_status_code(to), reason)
					  : finding_status_code(to), e) < 0)
		goto fail;
	return db_commit(db, e);
fail:
	db_rollback(db);
	return -1;
}
