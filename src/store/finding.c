/* store/finding.c: see finding.h. */
#include "store/finding.h"

#include <stdio.h>
#include <string.h>

#include "model/assess.h"
#include "store/audit.h"
#include "store/row.h"
#include "util/date.h"
#include "util/valid.h"

#define COLS "id, no, rule, object, object_name, severity, detail, status, first_seen, last_seen, " \
	"due, closed_on, accepted_until, note, changed_by, owner, acknowledged_on, detail_en"

static void read_row(struct arena *a, struct db_stmt *q, void *p)
{
	struct finding *f = p;
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
	f->first_seen = row_date(q, 8);
	f->last_seen = row_date(q, 9);
	f->due = row_date(q, 10);
	f->closed_on = row_date(q, 11);
	f->accepted_until = row_date(q, 12);
	f->note = db_col_null(q, 13) ? NULL : arena_strdup(a, db_col_text(q, 13));
	f->changed_by = arena_strdup(a, db_col_text(q, 14));
	f->owner = row_text(a, q, 15);
	f->acknowledged_on = row_date(q, 16);
	f->detail_en = row_text(a, q, 17);
}

/* The English detail of a finding seen again (its own statement: the updates above bind
 * positions enough). */
static int set_detail_en(struct db *db, int64_t tenant, int64_t id, const char *text, struct err *e)
{
	struct db_stmt *q;
	if (db_prepare(db, "UPDATE finding SET detail_en = ? WHERE tenant_id = ? AND id = ?", &q, e) < 0)
		return -1;
	row_bind_opt(q, 1, text);
	db_bind_int(q, 2, tenant);
	db_bind_int(q, 3, id);
	return row_exec(q, e);
}

int store_finding_list(struct db *db, struct arena *a, int64_t tenant, struct finding **out,
		       size_t *n, struct err *e)
{
	return row_list(db, a, "SELECT " COLS " FROM finding WHERE tenant_id = ? ORDER BY no", tenant, (void **)out, n,
			sizeof(**out), read_row, e);
}

int store_finding_shared(struct db *db, struct arena *a, int64_t member, struct finding **out, size_t *n,
			 struct err *e)
{
	struct finding *all;
	size_t k = 0;
	if (row_list(db, a, "SELECT " COLS " FROM finding WHERE tenant_id = (SELECT coop_id FROM coop_member WHERE "
			    "member_id = ? AND left_at IS NULL) AND (object LIKE 'system:%' OR object LIKE 'komponent:%') "
			    "ORDER BY no", member, (void **)&all, n, sizeof(*all), read_row, e) < 0)
		return -1;
	for (size_t i = 0; i < *n; i++)
		if (finding_open(all[i].status))
			all[k++] = all[i];
	*n = k;
	*out = all;
	return 0;
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
		return err_missing(e, "Funnet F-%d finnes ikke.", no);
	return r == DB_ROW ? 0 : -1;
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
				       "detail, status, first_seen, last_seen, due, changed_by, changed_at, owner, detail_en) "
				       "VALUES (?, ?, ?, ?, ?, ?, ?, 'ny', ?, ?, ?, ?, ?, ?, ?)", &q, e) < 0)
				goto fail;
			db_bind_int(q, 1, tenant);
			db_bind_int(q, 2, next);
			db_bind_text(q, 3, h->rule);
			db_bind_text(q, 4, h->object);
			db_bind_text(q, 5, h->object_name);
			db_bind_text(q, 6, severity_code(h->severity));
			db_bind_text(q, 7, h->detail);
			row_bind_date(q, 8, st->today);
			row_bind_date(q, 9, st->today);
			row_bind_date(q, 10, c->due);
			db_bind_text(q, 11, st->by);
			db_bind_text(q, 12, st->at);
			row_bind_opt(q, 13, h->owner);
			row_bind_opt(q, 14, h->detail_en);
			action = "finding.new";
			object = arena_printf(a, "F-%d", next++);
			now = arena_printf(a, "ny; %s; %s; %s", h->rule, severity_code(h->severity), h->object_name);
		} else if (c->kind == FC_CLOSE) {
			if (db_prepare(db, "UPDATE finding SET status = 'løst', closed_on = ?, note = ?, changed_by = ?, "
				       "changed_at = ? WHERE tenant_id = ? AND id = ?", &q, e) < 0)
				goto fail;
			row_bind_date(q, 1, st->today);
			db_bind_text(q, 2, N_("Kontrollen finner det ikke lenger."));
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
					 "owner = COALESCE(owner, ?), status = 'ny', due = ?, closed_on = NULL, "
					 "accepted_until = NULL, note = ?, changed_by = ?, changed_at = ? "
					 "WHERE tenant_id = ? AND id = ?"
				       : "UPDATE finding SET last_seen = ?, severity = ?, detail = ?, object_name = ?, "
					 "owner = COALESCE(owner, ?) WHERE tenant_id = ? AND id = ?", &q, e) < 0)
				goto fail;
			row_bind_date(q, 1, st->today);
			db_bind_text(q, 2, severity_code(h->severity));
			db_bind_text(q, 3, h->detail);
			db_bind_text(q, 4, h->object_name);
			row_bind_opt(q, 5, h->owner);
			if (reopen) {
				row_bind_date(q, 6, c->due);
				db_bind_text(q, 7, N_("Kontrollen finner det igjen."));
				db_bind_text(q, 8, st->by);
				db_bind_text(q, 9, st->at);
				db_bind_int(q, 10, tenant);
				db_bind_int(q, 11, f->id);
			} else {
				db_bind_int(q, 6, tenant);
				db_bind_int(q, 7, f->id);
			}
			if (step_done(q, e) < 0 ||
			    ((!f->detail_en || !h->detail_en || strcmp(f->detail_en, h->detail_en) != 0) &&
			     set_detail_en(db, tenant, f->id, h->detail_en, e) < 0))
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
	/* any step a person takes shows the finding has been seen */
	if (db_prepare(db, "UPDATE finding SET status = ?, note = ?, accepted_until = ?, closed_on = ?, "
		       "changed_by = ?, changed_at = ?, acknowledged_on = COALESCE(acknowledged_on, ?) "
		       "WHERE tenant_id = ? AND id = ?", &q, e) < 0)
		goto fail;
	db_bind_text(q, 1, finding_status_code(to));
	row_bind_opt(q, 2, reason);
	row_bind_date(q, 3, to == FINDING_AKSEPTERT ? until : DATE_NONE);
	row_bind_date(q, 4, to == FINDING_RESOLVED ? st->today : DATE_NONE);
	db_bind_text(q, 5, st->by);
	db_bind_text(q, 6, st->at);
	row_bind_date(q, 7, st->today);
	db_bind_int(q, 8, tenant);
	db_bind_int(q, 9, f.id);
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

int store_finding_assign(struct db *db, struct arena *a, int64_t tenant, int no, const char *owner,
			 const struct store_stamp *st, struct err *e)
{
	struct finding f;
	struct db_stmt *q;
	if (valid_text("Ansvarlig", owner, 200, false, true, e) < 0 || db_begin(db, e) < 0)
		return -1;
	if (store_finding_get(db, a, tenant, no, &f, e) < 0 ||
	    db_prepare(db, "UPDATE finding SET owner = ? WHERE tenant_id = ? AND id = ?", &q, e) < 0)
		goto fail;
	db_bind_text(q, 1, owner);
	db_bind_int(q, 2, tenant);
	db_bind_int(q, 3, f.id);
	if (step_done(q, e) < 0 ||
	    store_audit(db, tenant, st, "finding.owner", arena_printf(a, "F-%d", no), f.owner, owner, e) < 0)
		goto fail;
	return db_commit(db, e);
fail:
	db_rollback(db);
	return -1;
}

int store_finding_many(struct db *db, struct arena *a, int64_t tenant, const int *nos, size_t n, const char *owner,
		       bool ack, const struct store_stamp *st, size_t *acked, struct err *e)
{
	struct finding f;
	size_t i = 0;
	*acked = 0;
	if (db_begin(db, e) < 0)
		return -1;
	for (; i < n; i++) {
		if (owner && *owner && store_finding_assign(db, a, tenant, nos[i], owner, st, e) < 0)
			goto fail;
		if (!ack)
			continue;
		if (store_finding_get(db, a, tenant, nos[i], &f, e) < 0)
			goto fail;
		/* only a new one is acknowledged: one in hand already has been */
		if (f.status != FINDING_NY)
			continue;
		if (store_finding_set(db, a, tenant, nos[i], FINDING_KVITTERT, NULL, DATE_NONE, st, e) < 0)
			goto fail;
		++*acked;
	}
	return db_commit(db, e);
fail:
	err_prefix(e, "F-%d", nos[i]);    /* nothing of the others is kept either */
	db_rollback(db);
	return -1;
}

int store_check_settings_load(struct db *db, int64_t tenant, struct check_settings *s, struct err *e)
{
	struct db_stmt *q;
	check_settings_default(s);
	if (db_prepare(db, "SELECT days_low, days_medium, days_high, days_critical, restore_days, "
		       "pentest_days, critical_level, contact_days, exercise_days FROM check_setting "
		       "WHERE tenant_id = ?", &q, e) < 0)
		return -1;
	db_bind_int(q, 1, tenant);
	enum db_step r = db_step(q, e);
	if (r == DB_ROW) {
		for (int i = 0; i < SEV_COUNT; i++)
			s->days[i] = (int)db_col_int(q, i);
		s->restore_days = (int)db_col_int(q, 4);
		s->pentest_days = (int)db_col_int(q, 5);
		s->critical_level = (int)db_col_int(q, 6);
		s->contact_days = (int)db_col_int(q, 7);
		s->exercise_days = (int)db_col_int(q, 8);
	}
	db_finalize(q);
	return r == DB_ERROR ? -1 : 0;
}

static const char *settings_text(struct arena *a, const struct check_settings *s)
{
	return arena_printf(a, "frister %d/%d/%d/%d; gjenoppretting %d; pentest %d; kritisk fra %d; "
			    "kontakter %d; øvelser %d", s->days[SEV_KRITISK], s->days[SEV_HOY], s->days[SEV_MIDDELS],
			    s->days[SEV_LAV], s->restore_days, s->pentest_days, s->critical_level, s->contact_days,
			    s->exercise_days);
}

int store_check_settings_save(struct db *db, struct arena *a, int64_t tenant, const struct check_settings *s,
			      const struct store_stamp *st, struct err *e)
{
	struct check_settings old;
	struct db_stmt *q;
	if (check_settings_check(s, e) < 0 || db_begin(db, e) < 0)
		return -1;
	if (store_check_settings_load(db, tenant, &old, e) < 0 ||
	    db_prepare(db, "INSERT INTO check_setting (tenant_id, days_low, days_medium, days_high, days_critical, "
		       "restore_days, pentest_days, critical_level, contact_days, exercise_days) "
		       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
		       "ON CONFLICT (tenant_id) DO UPDATE SET days_low = excluded.days_low, "
		       "days_medium = excluded.days_medium, days_high = excluded.days_high, "
		       "days_critical = excluded.days_critical, restore_days = excluded.restore_days, "
		       "pentest_days = excluded.pentest_days, critical_level = excluded.critical_level, "
		       "contact_days = excluded.contact_days, exercise_days = excluded.exercise_days", &q, e) < 0)
		goto fail;
	db_bind_int(q, 1, tenant);
	for (int i = 0; i < SEV_COUNT; i++)
		db_bind_int(q, 2 + i, s->days[i]);
	db_bind_int(q, 6, s->restore_days);
	db_bind_int(q, 7, s->pentest_days);
	db_bind_int(q, 8, s->critical_level);
	db_bind_int(q, 9, s->contact_days);
	db_bind_int(q, 10, s->exercise_days);
	if (step_done(q, e) < 0 ||
	    store_audit(db, tenant, st, "check.settings", "kontroller", settings_text(a, &old), settings_text(a, s), e) < 0)
		goto fail;
	return db_commit(db, e);
fail:
	db_rollback(db);
	return -1;
}
