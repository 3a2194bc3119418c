/* store/session.c: see session.h. */
#include "store/session.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "store/audit.h"
#include "store/row.h"
#include "util/date.h"

static void id_hash(const char *id, char out[CRYPTO_HASH_HEX])
{
	crypto_hash_hex(id, strlen(id), out);
}

int store_session_new(struct db *db, int64_t tenant, int64_t user_id, bool full,
		      const struct store_stamp *s, char id_out[CRYPTO_TOKEN_TEXT], struct err *e)
{
	struct db_stmt *st;
	char h[CRYPTO_HASH_HEX], csrf[CRYPTO_TOKEN_TEXT];
	crypto_token(id_out);
	crypto_token(csrf);
	id_hash(id_out, h);
	if (db_prepare(db, "INSERT INTO session (id_hash, user_id, tenant_id, state, csrf, created_at, "
			   "last_seen, ip) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", &st, e) < 0)
		return -1;
	db_bind_text(st, 1, h);
	db_bind_int(st, 2, user_id);
	db_bind_int(st, 3, tenant);
	db_bind_text(st, 4, full ? "full" : "pending");
	db_bind_text(st, 5, csrf);
	db_bind_text(st, 6, s->at);
	db_bind_text(st, 7, s->at);
	db_bind_text(st, 8, s->ip);
	return row_exec(st, e);
}

static int delete_hash(struct db *db, const char *h, struct err *e)
{
	struct db_stmt *st;
	if (db_prepare(db, "DELETE FROM session WHERE id_hash = ?", &st, e) < 0)
		return -1;
	db_bind_text(st, 1, h);
	return row_exec(st, e);
}

int store_session_get(struct db *db, struct arena *a, const char *id, const struct store_stamp *s,
		      struct session *out, bool *found, struct err *e)
{
	struct db_stmt *st;
	char h[CRYPTO_HASH_HEX];
	int64_t now, created, seen;
	*found = false;
	if (!id || strlen(id) != CRYPTO_TOKEN_TEXT - 1 || date_timestamp_parse(s->at, &now) < 0)
		return 0;
	id_hash(id, h);
	if (db_prepare(db, "SELECT s.user_id, s.tenant_id, s.state, s.csrf, s.created_at, s.last_seen, "
			   "s.flash FROM session s JOIN app_user u ON u.id = s.user_id JOIN membership m ON "
			   "m.user_id = s.user_id AND m.tenant_id = s.tenant_id AND m.ended_at IS NULL AND "
			   "m.active = 1 WHERE s.id_hash = ? AND u.active = 1", &st, e) < 0)
		return -1;
	db_bind_text(st, 1, h);
	enum db_step r = db_step(st, e);
	if (r == DB_ROW) {
		out->user_id = db_col_int(st, 0);
		out->tenant_id = db_col_int(st, 1);
		out->full = strcmp(db_col_text(st, 2), "full") == 0;
		out->csrf = row_text(a, st, 3);
		out->created_at = row_text(a, st, 4);
		out->last_seen = row_text(a, st, 5);
		out->flash = row_text(a, st, 6);
	}
	db_finalize(st);
	if (r != DB_ROW)
		return r == DB_ERROR ? -1 : 0;
	if (date_timestamp_parse(out->created_at, &created) < 0 ||
	    date_timestamp_parse(out->last_seen, &seen) < 0 ||
	    now - seen > SESSION_IDLE_SECONDS || now - created > SESSION_MAX_SECONDS ||
	    (!out->full && now - created > SESSION_PENDING_SECONDS))
		return delete_hash(db, h, e);
	*found = true;
	/* The idle limit is counted in minutes, so last_seen need not be written on every
	 * request: that keeps a page view a read, not a write. */
	if (now - seen < SESSION_TOUCH_SECONDS)
		return 0;
	if (db_prepare(db, "UPDATE session SET last_seen = ? WHERE id_hash = ?", &st, e) < 0)
		return -1;
	db_bind_text(st, 1, s->at);
	db_bind_text(st, 2, h);
	return row_exec(st, e);
}

int store_session_upgrade(struct db *db, const char *old_id, const struct store_stamp *s,
			  char id_out[CRYPTO_TOKEN_TEXT], struct err *e)
{
	struct db_stmt *st;
	char old_h[CRYPTO_HASH_HEX], new_h[CRYPTO_HASH_HEX], csrf[CRYPTO_TOKEN_TEXT];
	crypto_token(id_out);
	crypto_token(csrf);
	id_hash(old_id, old_h);
	id_hash(id_out, new_h);
	if (db_prepare(db, "UPDATE session SET id_hash = ?, state = 'full', csrf = ?, created_at = ?, "
			   "last_seen = ? WHERE id_hash = ? AND state = 'pending' RETURNING user_id",
		       &st, e) < 0)
		return -1;
	db_bind_text(st, 1, new_h);
	db_bind_text(st, 2, csrf);
	db_bind_text(st, 3, s->at);
	db_bind_text(st, 4, s->at);
	db_bind_text(st, 5, old_h);
	enum db_step r = db_step(st, e);
	db_finalize(st);
	if (r == DB_DONE)
		return err_set(e, "Innloggingen er utløpt. Logg inn på nytt.");
	return r == DB_ROW ? 0 : -1;
}

int store_session_end(struct db *db, const char *id, struct err *e)
{
	char h[CRYPTO_HASH_HEX];
	id_hash(id, h);
	return delete_hash(db, h, e);
}

int store_session_end_all(struct db *db, int64_t tenant, int64_t user_id, struct err *e)
{
	struct db_stmt *st;
	if (db_prepare(db, "DELETE FROM session WHERE tenant_id = ? AND user_id = ?", &st, e) < 0)
		return -1;
	db_bind_int(st, 1, tenant);
	db_bind_int(st, 2, user_id);
	return row_exec(st, e);
}

int store_session_switch(struct db *db, const char *id, int64_t user_id, int64_t from, const char *code,
			 const struct store_stamp *s, int64_t *to, bool *found, struct err *e)
{
	struct db_stmt *st;
	char h[CRYPTO_HASH_HEX], who[48];
	*found = false;
	*to = 0;
	if (!code || db_begin(db, e) < 0)
		return -1;
	/* the tenant is found through the account's own memberships: a code it holds none in
	 * is as unknown as one that does not exist */
	if (db_prepare(db, "SELECT t.id FROM tenant t JOIN membership m ON m.tenant_id = t.id AND "
			   "m.user_id = ? AND m.ended_at IS NULL AND m.active = 1 WHERE t.kommunenr = ?", &st, e) < 0)
		goto fail;
	db_bind_int(st, 1, user_id);
	db_bind_text(st, 2, code);
	enum db_step r = db_step(st, e);
	if (r == DB_ROW)
		*to = db_col_int(st, 0);
	db_finalize(st);
	if (r == DB_ERROR)
		goto fail;
	if (!*to) {
		db_rollback(db);
		return 0;
	}
	id_hash(id, h);
	row_user_ref(who, user_id);
	if (db_prepare(db, "UPDATE session SET tenant_id = ? WHERE id_hash = ? AND user_id = ? AND state = 'full'",
		       &st, e) < 0)
		goto fail;
	db_bind_int(st, 1, *to);
	db_bind_text(st, 2, h);
	db_bind_int(st, 3, user_id);
	/* each side's trail says that the person left or came, not where from or to */
	if (row_exec(st, e) < 0 ||
	    (from != *to && store_audit(db, from, s, "session.switch-out", who, NULL, NULL, e) < 0) ||
	    store_audit(db, *to, s, "session.switch", who, NULL, NULL, e) < 0)
		goto fail;
	*found = true;
	return db_commit(db, e);
fail:
	db_rollback(db);
	return -1;
}

int store_session_flash(struct db *db, const char *id, const char *flash, struct err *e)
{
	struct db_stmt *st;
	char h[CRYPTO_HASH_HEX];
	id_hash(id, h);
	if (db_prepare(db, "UPDATE session SET flash = ? WHERE id_hash = ?", &st, e) < 0)
		return -1;
	db_bind_text(st, 1, flash);
	db_bind_text(st, 2, h);
	return row_exec(st, e);
}
