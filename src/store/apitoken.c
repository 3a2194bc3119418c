/* store/apitoken.c: see apitoken.h. */
#include "store/apitoken.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "store/audit.h"
#include "store/row.h"
#include "util/date.h"
#include "util/valid.h"

#define PREFIX "brt_"

int store_token_new(struct db *db, int64_t tenant, int64_t user_id, const char *label, unsigned days,
		    const struct store_stamp *s, char token_out[API_TOKEN_TEXT], struct err *e)
{
	struct db_stmt *st;
	char raw[CRYPTO_TOKEN_TEXT], h[CRYPTO_HASH_HEX], ref[48], expires[TIMESTAMP_TEXT];
	int64_t now;
	if (date_timestamp_parse(s->at, &now) < 0)
		return err_set(e, "Ugyldig tidspunkt.");
	date_timestamp_format(now + (int64_t)(days ? days : API_TOKEN_DAYS) * 86400, expires);
	if (valid_text(i18n_tr(e->lang, "Navn på nøkkelen"), label, VALID_NAME_MAX, false, true, e) < 0)
		return -1;
	crypto_token(raw);
	snprintf(token_out, API_TOKEN_TEXT, PREFIX "%s", raw);
	crypto_hash_hex(token_out, strlen(token_out), h);
	if (db_begin(db, e) < 0)
		return -1;
	if (db_prepare(db, "INSERT INTO api_token (user_id, tenant_id, token_hash, label, created_at, "
			   "expires_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id", &st, e) < 0)
		goto fail;
	db_bind_text(st, 6, expires);
	db_bind_int(st, 1, user_id);
	db_bind_int(st, 2, tenant);
	db_bind_text(st, 3, h);
	db_bind_text(st, 4, label);
	db_bind_text(st, 5, s->at);
	enum db_step r = db_step(st, e);
	int64_t id = r == DB_ROW ? db_col_int(st, 0) : 0;
	db_finalize(st);
	snprintf(ref, sizeof(ref), "token %" PRId64, id);
	if (r != DB_ROW || store_audit(db, tenant, s, "token.create", ref, NULL, label, e) < 0)
		goto fail;
	return db_commit(db, e);
fail:
	db_rollback(db);
	return -1;
}

#define TOKEN_COLS "t.id, t.user_id, t.tenant_id, t.label, t.created_at, t.last_used_at, t.revoked_at, " \
	"t.expires_at"

static void read_token(struct arena *a, struct db_stmt *st, struct api_token *t)
{
	t->id = db_col_int(st, 0);
	t->user_id = db_col_int(st, 1);
	t->tenant_id = db_col_int(st, 2);
	t->label = row_text(a, st, 3);
	t->created_at = row_text(a, st, 4);
	t->last_used_at = row_text(a, st, 5);
	t->revoked_at = row_text(a, st, 6);
	t->expires_at = row_text(a, st, 7);
	if (!t->expires_at) {   /* made before tokens expired: API_TOKEN_DAYS after it was made */
		int64_t made;
		char *x = arena_alloc(a, TIMESTAMP_TEXT);
		if (x && t->created_at && date_timestamp_parse(t->created_at, &made) == 0) {
			date_timestamp_format(made + (int64_t)API_TOKEN_DAYS * 86400, x);
			t->expires_at = x;
		}
	}
}

int store_token_check(struct db *db, struct arena *a, const char *secret,
		      const struct store_stamp *s, struct api_token *out, bool *found,
		      struct err *e)
{
	struct db_stmt *st;
	char h[CRYPTO_HASH_HEX];
	*found = false;
	if (!secret || strlen(secret) != API_TOKEN_TEXT - 1 || strncmp(secret, PREFIX, 4) != 0)
		return 0;
	crypto_hash_hex(secret, strlen(secret), h);
	if (db_prepare(db, "SELECT " TOKEN_COLS " FROM api_token t JOIN app_user u ON u.id = t.user_id "
			   "JOIN membership m ON m.user_id = t.user_id AND m.tenant_id = t.tenant_id AND "
			   "m.ended_at IS NULL AND m.active = 1 WHERE t.token_hash = ? AND t.revoked_at IS "
			   "NULL AND u.active = 1", &st, e) < 0)
		return -1;
	db_bind_text(st, 1, h);
	enum db_step r = db_step(st, e);
	if (r == DB_ROW)
		read_token(a, st, out);
	db_finalize(st);
	if (r != DB_ROW)
		return r == DB_ERROR ? -1 : 0;
	if (user_token_expired(out, s->at))
		return 0;
	if (db_prepare(db, "UPDATE api_token SET last_used_at = ? WHERE id = ?", &st, e) < 0)
		return -1;
	db_bind_text(st, 1, s->at);
	db_bind_int(st, 2, out->id);
	if (row_exec(st, e) < 0)
		return -1;
	*found = true;
	return 0;
}

int store_token_list(struct db *db, struct arena *a, int64_t tenant, int64_t user_id,
		     struct api_token **out, size_t *n, struct err *e)
{
	struct db_stmt *st;
	size_t cap = 0;
	enum db_step r;
	*out = NULL;
	*n = 0;
	if (db_prepare(db, "SELECT " TOKEN_COLS " FROM api_token t WHERE t.tenant_id = ? AND "
			   "t.user_id = ? ORDER BY t.id", &st, e) < 0)
		return -1;
	db_bind_int(st, 1, tenant);
	db_bind_int(st, 2, user_id);
	while ((r = db_step(st, e)) == DB_ROW) {
		struct api_token *t = arena_push(a, (void **)out, n, &cap, sizeof(*t));
		if (!t) {
			db_finalize(st);
			return row_oom(e);
		}
		read_token(a, st, t);
	}
	db_finalize(st);
	return r == DB_ERROR ? -1 : 0;
}

int store_token_revoke(struct db *db, int64_t tenant, int64_t user_id, int64_t id,
		       const struct store_stamp *s, struct err *e)
{
	struct db_stmt *st;
	char ref[48];
	if (db_begin(db, e) < 0)
		return -1;
	if (db_prepare(db, "UPDATE api_token SET revoked_at = ? WHERE tenant_id = ? AND user_id = ? "
			   "AND id = ? AND revoked_at IS NULL RETURNING id", &st, e) < 0)
		goto fail;
	db_bind_text(st, 1, s->at);
	db_bind_int(st, 2, tenant);
	db_bind_int(st, 3, user_id);
	db_bind_int(st, 4, id);
	enum db_step r = db_step(st, e);
	db_finalize(st);
	if (r == DB_DONE)
		err_missing(e, "Nøkkelen finnes ikke, eller er allerede trukket tilbake.");
	snprintf(ref, sizeof(ref), "token %" PRId64, id);
	if (r != DB_ROW || store_audit(db, tenant, s, "token.revoke", ref, NULL, NULL, e) < 0)
		goto fail;
	return db_commit(db, e);
fail:
	db_rollback(db);
	return -1;
}
