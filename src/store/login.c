/* store/login.c: the second factor of store/user.h: a login's failures and success, a
 * code confirmed, enrolment from a one-time link, and the recovery codes. The rest of the
 * account (invitations, memberships, passwords) is store/user.c. */
#include "store/user.h"

#include <ctype.h>
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "store/audit.h"
#include "store/row.h"
#include "util/date.h"
#include "util/totp.h"

int store_user_login_failed(struct db *db, const struct user *u, const struct store_stamp *s,
			    struct err *e)
{
	struct db_stmt *st;
	char until[TIMESTAMP_TEXT], r[48];
	int64_t now;
	int lock = user_lock_seconds(u->failed_logins + 1);
	if (db_begin(db, e) < 0)
		return -1;
	if (db_prepare(db, "UPDATE app_user SET failed_logins = failed_logins + 1, locked_until = ? "
			   "WHERE " ROW_ACCOUNT_IN, &st, e) < 0)
		goto fail;
	if (lock && date_timestamp_parse(s->at, &now) == 0) {
		date_timestamp_format(now + lock, until);
		db_bind_text(st, 1, until);
	} else {
		db_bind_null(st, 1);
	}
	db_bind_int(st, 2, u->tenant_id);
	db_bind_int(st, 3, u->id);
	snprintf(until, sizeof(until), "%d", u->failed_logins + 1);
	if (row_exec(st, e) < 0 ||
	    store_audit(db, u->tenant_id, s, "login.failed", row_user_ref(r, u->id), NULL,
			until, e) < 0)
		goto fail;
	return db_commit(db, e);
fail:
	db_rollback(db);
	return -1;
}

/* Take the code's step with one compare-and-set (step 0, a recovery code, was taken by
 * its own): true in *fresh when this request moved it. with_reset also forgives the
 * failed logins. Inside the caller's transaction. */
static int take_step(struct db *db, const struct user *u, int64_t step, bool with_reset, bool *fresh,
		     struct err *e)
{
	struct db_stmt *st;
	*fresh = false;
	if (db_prepare(db, with_reset
			   ? "UPDATE app_user SET failed_logins = 0, locked_until = NULL, totp_last_step = "
			     "CASE WHEN ? > totp_last_step THEN ? ELSE totp_last_step END WHERE " ROW_ACCOUNT_IN
			     " AND (? = 0 OR totp_last_step < ?) RETURNING id"
			   : "UPDATE app_user SET totp_last_step = CASE WHEN ? > totp_last_step THEN ? ELSE "
			     "totp_last_step END WHERE " ROW_ACCOUNT_IN " AND (? = 0 OR totp_last_step < ?) "
			     "RETURNING id", &st, e) < 0)
		return -1;
	db_bind_int(st, 1, step);
	db_bind_int(st, 2, step);
	db_bind_int(st, 3, u->tenant_id);
	db_bind_int(st, 4, u->id);
	db_bind_int(st, 5, step);
	db_bind_int(st, 6, step);
	enum db_step res = db_step(st, e);
	db_finalize(st);
	*fresh = res == DB_ROW;
	return res == DB_ERROR ? -1 : 0;
}

/* take_step, audited as 'what' when it moved; rolled back when another request took it. */
static int step_audited(struct db *db, const struct user *u, int64_t step, bool with_reset, const char *what,
			const char *text, const struct store_stamp *s, bool *fresh, struct err *e)
{
	char r[48];
	if (db_begin(db, e) < 0)
		return -1;
	if (take_step(db, u, step, with_reset, fresh, e) < 0)
		goto fail;
	if (!*fresh) {
		db_rollback(db);
		return 0;
	}
	if (store_audit(db, u->tenant_id, s, what, row_user_ref(r, u->id), NULL, text, e) < 0)
		goto fail;
	return db_commit(db, e);
fail:
	db_rollback(db);
	return -1;
}

int store_user_login_ok(struct db *db, const struct user *u, int64_t totp_step,
			const struct store_stamp *s, bool *fresh, struct err *e)
{
	return step_audited(db, u, totp_step, true, "login.ok", u->email, s, fresh, e);
}

int store_user_confirm(struct db *db, const struct user *u, int64_t totp_step, const struct store_stamp *s,
		       bool *fresh, struct err *e)
{
	*fresh = false;
	if (totp_step <= 0)     /* a confirmation needs a code from the app */
		return 0;
	return step_audited(db, u, totp_step, false, "user.confirm", NULL, s, fresh, e);
}

int store_enrollment_get(struct db *db, struct arena *a, const char *token, const char *now,
			 struct enrollment *out, bool *found, struct err *e)
{
	struct db_stmt *st;
	*found = false;
	if (row_token_stmt(db, "SELECT user_id, tenant_id, totp_secret, expires_at FROM enrollment "
			       "WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?", token, now, &st, e) < 0)
		return -1;
	if (!st)
		return 0;
	enum db_step r = db_step(st, e);
	if (r == DB_ROW) {
		*found = true;
		out->user_id = db_col_int(st, 0);
		out->tenant_id = db_col_int(st, 1);
		out->totp_secret = row_text(a, st, 2);
		out->expires_at = row_text(a, st, 3);
	}
	db_finalize(st);
	return r == DB_ERROR ? -1 : 0;
}

/* A recovery code: 16 characters from an alphabet without look-alikes, in groups of 4. */
static void recovery_code(char out[RECOVERY_CODE_TEXT])
{
	static const char alphabet[] = "abcdefghjkmnpqrstuvwxyz23456789";   /* 31 letters */
	unsigned char raw[16];
	crypto_random(raw, sizeof(raw));
	size_t o = 0;
	for (int i = 0; i < 16; i++) {
		if (i && i % 4 == 0)
			out[o++] = '-';
		out[o++] = alphabet[raw[i] % (sizeof(alphabet) - 1)];
	}
	out[o] = '\0';
}

/* The code as typed, without dashes, spaces or capitals, hashed. */
static void recovery_hash(const char *code, char out[CRYPTO_HASH_HEX])
{
	char norm[64];
	size_t n = 0;
	for (const char *p = code; *p && n < sizeof(norm) - 1; p++)
		if (*p != '-' && *p != ' ')
			norm[n++] = (char)tolower((unsigned char)*p);
	norm[n] = '\0';
	crypto_hash_hex(norm, n, out);
}

int store_enrollment_finish(struct db *db, const char *token, const char *password,
			    int64_t totp_step, const struct store_stamp *s,
			    char codes[RECOVERY_CODES][RECOVERY_CODE_TEXT], struct err *e)
{
	struct arena a;
	struct enrollment en;
	struct db_stmt *st;
	char hash[CRYPTO_PWHASH_TEXT], th[CRYPTO_HASH_HEX], r[48];
	bool found;

	if (user_check_password(password, e) < 0)
		return -1;
	if (crypto_password_hash(password, hash) < 0)
		return err_set(e, "Tom for minne.");
	arena_init(&a, 0);
	if (db_begin(db, e) < 0)
		goto out;
	if (store_enrollment_get(db, &a, token, s->at, &en, &found, e) < 0)
		goto fail;
	if (!found) {
		err_set(e, "Lenken er brukt, utløpt eller ugyldig. Be administratoren om en ny.");
		goto fail;
	}
	crypto_hash_hex(token, strlen(token), th);
	if (db_prepare(db, "UPDATE enrollment SET used_at = ? WHERE token_hash = ? AND used_at IS NULL",
		       &st, e) < 0)
		goto fail;
	db_bind_text(st, 1, s->at);
	db_bind_text(st, 2, th);
	if (row_exec(st, e) < 0 ||
	    db_prepare(db, "UPDATE app_user SET password_hash = ?, totp_secret = ?, totp_last_step = ?, "
			   "failed_logins = 0, locked_until = NULL WHERE " ROW_ACCOUNT_IN,
		       &st, e) < 0)
		goto fail;
	db_bind_text(st, 1, hash);
	db_bind_text(st, 2, en.totp_secret);
	db_bind_int(st, 3, totp_step);
	db_bind_int(st, 4, en.tenant_id);
	db_bind_int(st, 5, en.user_id);
	if (row_exec(st, e) < 0 ||
	    row_exec2(db, "DELETE FROM recovery_code WHERE user_id IN (SELECT id FROM app_user WHERE "
			  ROW_ACCOUNT_IN ")", en.tenant_id, en.user_id, e) < 0)
		goto fail;
	for (int i = 0; i < RECOVERY_CODES; i++) {
		char ch[CRYPTO_HASH_HEX];
		recovery_code(codes[i]);
		recovery_hash(codes[i], ch);
		if (db_prepare(db, "INSERT INTO recovery_code (user_id, code_hash) VALUES (?, ?)", &st,
			       e) < 0)
			goto fail;
		db_bind_int(st, 1, en.user_id);
		db_bind_text(st, 2, ch);
		if (row_exec(st, e) < 0)
			goto fail;
	}
	if (store_audit(db, en.tenant_id, s, "user.enroll", row_user_ref(r, en.user_id), NULL,
			"password+totp", e) < 0)
		goto fail;
	arena_release(&a);
	return db_commit(db, e);
fail:
	db_rollback(db);
out:
	arena_release(&a);
	return -1;
}

int store_recovery_use(struct db *db, const struct user *u, const char *code,
		       const struct store_stamp *s, bool *ok, struct err *e)
{
	struct db_stmt *st;
	char h[CRYPTO_HASH_HEX], r[48];
	*ok = false;
	recovery_hash(code, h);
	if (db_begin(db, e) < 0)
		return -1;
	if (db_prepare(db, "UPDATE recovery_code SET used_at = ? WHERE user_id = ? AND code_hash = ? "
			   "AND used_at IS NULL RETURNING user_id", &st, e) < 0)
		goto fail;
	db_bind_text(st, 1, s->at);
	db_bind_int(st, 2, u->id);
	db_bind_text(st, 3, h);
	enum db_step rs = db_step(st, e);
	db_finalize(st);
	if (rs == DB_ERROR)
		goto fail;
	*ok = rs == DB_ROW;
	if (*ok && store_audit(db, u->tenant_id, s, "login.recovery-code", row_user_ref(r, u->id),
			       NULL, NULL, e) < 0)
		goto fail;
	return db_commit(db, e);
fail:
	db_rollback(db);
	return -1;
}

int store_recovery_left(struct db *db, int64_t user_id, int *left, struct err *e)
{
	struct db_stmt *st;
	if (db_prepare(db, "SELECT COUNT(*) FROM recovery_code WHERE user_id = ? AND used_at IS NULL",
		       &st, e) < 0)
		return -1;
	db_bind_int(st, 1, user_id);
	enum db_step r = db_step(st, e);
	*left = r == DB_ROW ? (int)db_col_int(st, 0) : 0;
	db_finalize(st);
	return r == DB_ERROR ? -1 : 0;
}
