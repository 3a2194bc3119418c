/* store/notify.c: see notify.h. */
#include "store/notify.h"

#include <string.h>

#include "store/audit.h"
#include "store/row.h"

int store_notify_target_add(struct db *db, struct arena *a, int64_t tenant, struct notify_target *t,
			    const struct store_stamp *st, struct err *e)
{
	struct db_stmt *q;
	if (notify_target_check(t, e) < 0 || db_begin(db, e) < 0)
		return -1;
	if (db_prepare(db, "INSERT INTO notify_target (tenant_id, kind, address, secret, min_severity, active, "
		       "created_by, created_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?) RETURNING id", &q, e) < 0)
		goto fail;
	db_bind_int(q, 1, tenant);
	db_bind_text(q, 2, notify_kind_code(t->kind));
	db_bind_text(q, 3, t->address);
	row_bind_opt(q, 4, t->kind == NOTIFY_WEBHOOK ? t->secret : NULL);
	db_bind_text(q, 5, severity_code(t->min_severity));
	db_bind_text(q, 6, st->by);
	db_bind_text(q, 7, st->at);
	enum db_step r = db_step(q, e);
	if (r == DB_ROW)
		t->id = db_col_int(q, 0);
	db_finalize(q);
	if (r != DB_ROW ||
	    store_audit(db, tenant, st, "notify.add", arena_printf(a, "mottaker %lld", (long long)t->id), NULL,
			arena_printf(a, "%s %s fra %s", notify_kind_code(t->kind), t->address,
				     severity_code(t->min_severity)), e) < 0)
		goto fail;
	t->active = true;
	return db_commit(db, e);
fail:
	db_rollback(db);
	return -1;
}

static void read_target(struct arena *a, struct db_stmt *q, int i, struct notify_target *t)
{
	struct err ignore;
	err_init(&ignore, LANG_NB);
	t->id = db_col_int(q, i);
	notify_kind_parse(db_col_text(q, i + 1), &t->kind, &ignore);     /* CHECK keeps them valid */
	t->address = row_text(a, q, i + 2);
	t->secret = row_text(a, q, i + 3);
	severity_parse(db_col_text(q, i + 4), &t->min_severity, &ignore);
	t->active = db_col_int(q, i + 5) != 0;
}

static void read_target_row(struct arena *a, struct db_stmt *q, void *t)
{
	read_target(a, q, 0, t);
}

#define TARGET_COLS "t.id, t.kind, t.address, t.secret, t.min_severity, t.active"

int store_notify_target_list(struct db *db, struct arena *a, int64_t tenant, struct notify_target **out,
			     size_t *n, struct err *e)
{
	return row_list(db, a, "SELECT " TARGET_COLS " FROM notify_target t WHERE t.tenant_id = ? ORDER BY t.id", tenant,
			(void **)out, n, sizeof(**out), read_target_row, e);
}

int store_notify_target_disable(struct db *db, struct arena *a, int64_t tenant, int64_t id,
				const struct store_stamp *st, struct err *e)
{
	struct db_stmt *q;
	if (db_begin(db, e) < 0)
		return -1;
	if (db_prepare(db, "UPDATE notify_target SET active = 0 WHERE tenant_id = ? AND id = ? AND active = 1 "
		       "RETURNING id", &q, e) < 0)
		goto fail;
	db_bind_int(q, 1, tenant);
	db_bind_int(q, 2, id);
	enum db_step r = db_step(q, e);
	db_finalize(q);
	if (r == DB_ERROR)
		goto fail;
	if (r != DB_ROW) {
		err_missing(e, "Mottaker %lld finnes ikke eller er allerede stoppet.", (long long)id);
		goto fail;
	}
	if (store_audit(db, tenant, st, "notify.disable", arena_printf(a, "mottaker %lld", (long long)id), "aktiv",
			"stoppet", e) < 0)
		goto fail;
	return db_commit(db, e);
fail:
	db_rollback(db);
	return -1;
}

static void read_sent(struct arena *a, struct db_stmt *q, void *x)
{
	*(struct notify_sent *)x = (struct notify_sent){ db_col_int(q, 0), db_col_int(q, 1),
							 strcmp(db_col_text(q, 2), "forfalt") == 0 ? NOTIFY_FORFALT : NOTIFY_NY };
}

int store_notify_sent_list(struct db *db, struct arena *a, int64_t tenant, struct notify_sent **out, size_t *n,
			   struct err *e)
{
	return row_list(db, a, "SELECT target_id, finding_id, reason FROM notify_sent WHERE tenant_id = ?", tenant,
			(void **)out, n, sizeof(**out), read_sent, e);
}

int store_notify_queue(struct db *db, int64_t tenant, int64_t target, const struct finding *f,
		       const struct notify_item *items, size_t n, const char *subject, const char *body,
		       const struct store_stamp *st, struct err *e)
{
	struct db_stmt *q;
	if (db_begin(db, e) < 0)
		return -1;
	if (db_prepare(db, "INSERT INTO notify_outbox (tenant_id, target_id, created_at, subject, body, attempts, "
		       "next_at) VALUES (?, ?, ?, ?, ?, 0, ?)", &q, e) < 0)
		goto fail;
	db_bind_int(q, 1, tenant);
	db_bind_int(q, 2, target);
	db_bind_text(q, 3, st->at);
	db_bind_text(q, 4, subject);
	db_bind_text(q, 5, body);
	db_bind_text(q, 6, st->at);
	if (row_exec(q, e) < 0)
		goto fail;
	for (size_t i = 0; i < n; i++) {
		if (db_prepare(db, "INSERT INTO notify_sent (tenant_id, target_id, finding_id, reason, queued_at) "
			       "VALUES (?, ?, ?, ?, ?) ON CONFLICT (target_id, finding_id, reason) DO NOTHING", &q, e) < 0)
			goto fail;
		db_bind_int(q, 1, tenant);
		db_bind_int(q, 2, target);
		db_bind_int(q, 3, f[items[i].finding].id);
		db_bind_text(q, 4, notify_reason_code(items[i].reason));
		db_bind_text(q, 5, st->at);
		if (row_exec(q, e) < 0)
			goto fail;
	}
	return db_commit(db, e);
fail:
	db_rollback(db);
	return -1;
}

#define MSG_COLS "m.id, m.tenant_id, m.subject, m.body, m.attempts, m.created_at, m.next_at, m.sent_at, " \
	"m.failed_at, m.last_error, " TARGET_COLS

static int messages(struct db *db, struct arena *a, struct db_stmt *q, struct notify_message **out, size_t *n,
		    struct err *e)
{
	enum db_step r;
	size_t cap = 0;
	*out = NULL;
	*n = 0;
	while ((r = db_step(q, e)) == DB_ROW) {
		struct notify_message *m = arena_push(a, (void **)out, n, &cap, sizeof(*m));
		if (!m) {
			db_finalize(q);
			return row_oom(e);
		}
		*m = (struct notify_message){
			.id = db_col_int(q, 0), .tenant_id = db_col_int(q, 1), .subject = row_text(a, q, 2),
			.body = row_text(a, q, 3), .attempts = (int)db_col_int(q, 4), .created_at = row_text(a, q, 5),
			.next_at = row_text(a, q, 6), .sent_at = row_text(a, q, 7), .failed_at = row_text(a, q, 8),
			.last_error = row_text(a, q, 9),
		};
		read_target(a, q, 10, &m->target);
	}
	(void)db;
	db_finalize(q);
	return r == DB_DONE ? 0 : -1;
}

int store_notify_due(struct db *db, struct arena *a, const char *now, struct notify_message **out, size_t *n,
		     struct err *e)
{
	struct db_stmt *q;
	/* the receiver must belong to the message's municipality, and still be active */
	if (db_prepare(db, "SELECT " MSG_COLS " FROM notify_outbox m JOIN notify_target t ON t.id = m.target_id "
		       "AND t.tenant_id = m.tenant_id WHERE m.sent_at IS NULL AND m.failed_at IS NULL "
		       "AND m.next_at <= ? AND t.active = 1 ORDER BY m.id", &q, e) < 0)
		return -1;
	db_bind_text(q, 1, now);
	return messages(db, a, q, out, n, e);
}

int store_notify_outbox(struct db *db, struct arena *a, int64_t tenant, size_t limit,
			struct notify_message **out, size_t *n, struct err *e)
{
	struct db_stmt *q;
	if (db_prepare(db, "SELECT " MSG_COLS " FROM notify_outbox m JOIN notify_target t ON t.id = m.target_id "
		       "AND t.tenant_id = m.tenant_id WHERE m.tenant_id = ? ORDER BY m.id DESC LIMIT ?", &q, e) < 0)
		return -1;
	db_bind_int(q, 1, tenant);
	db_bind_int(q, 2, (int64_t)limit);
	return messages(db, a, q, out, n, e);
}

int store_notify_sent_ok(struct db *db, const struct notify_message *m, const char *now, struct err *e)
{
	struct db_stmt *q;
	if (db_prepare(db, "UPDATE notify_outbox SET sent_at = ?, attempts = attempts + 1, last_error = NULL "
		       "WHERE tenant_id = ? AND id = ?", &q, e) < 0)
		return -1;
	db_bind_text(q, 1, now);
	db_bind_int(q, 2, m->tenant_id);
	db_bind_int(q, 3, m->id);
	return row_exec(q, e);
}

int store_notify_retry(struct db *db, const struct notify_message *m, const char *next_at, const char *error,
		       struct err *e)
{
	struct db_stmt *q;
	if (db_prepare(db, "UPDATE notify_outbox SET attempts = attempts + 1, next_at = ?, last_error = ? "
		       "WHERE tenant_id = ? AND id = ?", &q, e) < 0)
		return -1;
	db_bind_text(q, 1, next_at);
	db_bind_text(q, 2, error);
	db_bind_int(q, 3, m->tenant_id);
	db_bind_int(q, 4, m->id);
	return row_exec(q, e);
}

int store_notify_give_up(struct db *db, struct arena *a, const struct notify_message *m, const char *error,
			 const struct store_stamp *st, struct err *e)
{
	struct db_stmt *q;
	if (db_begin(db, e) < 0)
		return -1;
	if (db_prepare(db, "UPDATE notify_outbox SET attempts = attempts + 1, failed_at = ?, last_error = ? "
		       "WHERE tenant_id = ? AND id = ?", &q, e) < 0)
		goto fail;
	db_bind_text(q, 1, st->at);
	db_bind_text(q, 2, error);
	db_bind_int(q, 3, m->tenant_id);
	db_bind_int(q, 4, m->id);
	if (row_exec(q, e) < 0 ||
	    store_audit(db, m->tenant_id, st, "notify.failed", arena_printf(a, "melding %lld", (long long)m->id),
			m->target.address, error, e) < 0)
		goto fail;
	return db_commit(db, e);
fail:
	db_rollback(db);
	return -1;
}
