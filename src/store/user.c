/* store/user.c: see user.h. */
#include "store/user.h"

#include <ctype.h>
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "store/audit.h"
#include "store/invite.h"
#include "store/membership.h"
#include "store/row.h"
#include "util/date.h"
#include "util/totp.h"
#include "util/valid.h"

/* A user is an account seen through one of its memberships: the tenant and role are the
 * membership's, and it is active when both the account and the membership are. */
#define USER_COLS "u.id, m.tenant_id, u.email, u.name, m.role, u.lang, u.password_hash, " \
		  "u.totp_secret, u.totp_last_step, CASE WHEN u.active = 1 AND m.active = 1 THEN 1 " \
		  "ELSE 0 END, u.failed_logins, u.locked_until, u.created_at"
#define MEMBER_FROM " FROM app_user u JOIN membership m ON m.user_id = u.id AND m.ended_at IS NULL "

static void read_user(struct arena *a, struct db_stmt *st, struct user *u)
{
	struct err ignored;
	err_init(&ignored, LANG_NB);
	u->id = db_col_int(st, 0);
	u->tenant_id = db_col_int(st, 1);
	u->email = row_text(a, st, 2);
	u->name = row_text(a, st, 3);
	/* CHECK guarantees it; NULL only for an account without a live membership */
	if (db_col_null(st, 4) || role_parse(db_col_text(st, 4), &u->role, &ignored) < 0)
		u->role = ROLE_LES;
	if (i18n_parse(db_col_text(st, 5), &u->lang) < 0)
		u->lang = LANG_NB;
	u->password_hash = row_text(a, st, 6);
	u->totp_secret = row_text(a, st, 7);
	u->totp_last_step = db_col_int(st, 8);
	u->active = db_col_int(st, 9) != 0;
	u->failed_logins = (int)db_col_int(st, 10);
	u->locked_until = row_text(a, st, 11);
	u->created_at = row_text(a, st, 12);
}

static int one(struct db_stmt *st, struct arena *a, struct user *out, bool *found, struct err *e)
{
	enum db_step r = db_step(st, e);
	*found = r == DB_ROW;
	if (r == DB_ROW)
		read_user(a, st, out);
	db_finalize(st);
	return r == DB_ERROR ? -1 : 0;
}

int store_enrollment_new(struct db *db, int64_t tenant, int64_t user_id,
			  const struct store_stamp *s, char token[CRYPTO_TOKEN_TEXT], struct err *e)
{
	struct db_stmt *st;
	char hash[CRYPTO_HASH_HEX], secret[TOTP_SECRET_TEXT], expires[TIMESTAMP_TEXT];
	int64_t now;
	if (totp_new_secret(secret) < 0 || date_timestamp_parse(s->at, &now) < 0)
		return err_set(e, "Klarte ikke å lage en hemmelighet for tofaktor.");
	date_timestamp_format(now + ENROLL_HOURS * 3600, expires);
	crypto_token(token);
	crypto_hash_hex(token, strlen(token), hash);
	if (db_prepare(db, "INSERT INTO enrollment (token_hash, user_id, tenant_id, totp_secret, "
			   "expires_at) VALUES (?, ?, ?, ?, ?)", &st, e) < 0)
		return -1;
	db_bind_text(st, 1, hash);
	db_bind_int(st, 2, user_id);
	db_bind_int(st, 3, tenant);
	db_bind_text(st, 4, secret);
	db_bind_text(st, 5, expires);
	return row_exec(st, e);
}

/* Who has the address now: *tenant_of (the tenant that made the account) 0 when nobody;
 * member whether it has a live membership in the tenant asked about. */
struct holder {
	int64_t id, tenant_of;
	bool never_enrolled, active, member;
};

static int address_holder(struct db *db, int64_t tenant, const char *email, struct holder *h, struct err *e)
{
	struct db_stmt *st;
	*h = (struct holder){ 0 };
	if (db_prepare(db, "SELECT u.id, u.tenant_id, CASE WHEN u.password_hash IS NULL THEN 1 ELSE 0 END, "
			   "u.active, CASE WHEN m.id IS NULL THEN 0 ELSE 1 END FROM app_user u LEFT JOIN "
			   "membership m ON m.user_id = u.id AND m.tenant_id = ? AND m.ended_at IS NULL "
			   "WHERE u.email = ?", &st, e) < 0)
		return -1;
	db_bind_int(st, 1, tenant);
	db_bind_text(st, 2, email);
	enum db_step r = db_step(st, e);
	if (r == DB_ROW)
		*h = (struct holder){ db_col_int(st, 0), db_col_int(st, 1), db_col_int(st, 2) != 0,
				      db_col_int(st, 3) != 0, db_col_int(st, 4) != 0 };
	db_finalize(st);
	return r == DB_ERROR ? -1 : 0;
}

/* A user of this tenant whose invitation was withdrawn before they ever logged in is
 * invited again: active, with the name and role now given, and a new link. */
static int invite_again(struct db *db, int64_t tenant, struct user *u, const struct store_stamp *s,
			char token_out[CRYPTO_TOKEN_TEXT], struct err *e)
{
	struct db_stmt *st;
	if (db_prepare(db, "UPDATE app_user SET active = 1, name = ?, role = ?, lang = ? "
			   "WHERE " ROW_ACCOUNT_IN, &st, e) < 0)
		return -1;
	db_bind_text(st, 1, u->name && *u->name ? u->name : NULL);
	db_bind_text(st, 2, role_code(u->role));
	db_bind_text(st, 3, i18n_code(u->lang));
	db_bind_int(st, 4, tenant);
	db_bind_int(st, 5, u->id);
	if (row_exec(st, e) < 0 || store_membership_begin(db, tenant, u->id, u->role, s, e) < 0 ||
	    row_exec2(db, "UPDATE enrollment SET used_at = 'replaced' WHERE tenant_id = ? AND "
			  "user_id = ? AND used_at IS NULL", tenant, u->id, e) < 0)
		return -1;
	return store_enrollment_new(db, tenant, u->id, s, token_out, e);
}

static int insert_user(struct db *db, int64_t tenant, struct user *u, const struct store_stamp *s,
		       char token_out[CRYPTO_TOKEN_TEXT], struct err *e)
{
	struct db_stmt *st;
	if (db_prepare(db, "INSERT INTO app_user (tenant_id, email, name, role, lang, created_at, "
			   "created_by) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id", &st, e) < 0)
		return -1;
	db_bind_int(st, 1, tenant);
	db_bind_text(st, 2, u->email);
	db_bind_text(st, 3, u->name && *u->name ? u->name : NULL);
	db_bind_text(st, 4, role_code(u->role));
	db_bind_text(st, 5, i18n_code(u->lang));
	db_bind_text(st, 6, s->at);
	db_bind_text(st, 7, s->by);
	enum db_step rs = db_step(st, e);
	if (rs == DB_ROW)
		u->id = db_col_int(st, 0);
	else if (rs == DB_ERROR && db_last_was_unique_violation(st))
		err_conflict(e, "Adressen ble registrert samtidig av en annen. Prøv igjen.");
	db_finalize(st);
	if (rs != DB_ROW || store_membership_begin(db, tenant, u->id, u->role, s, e) < 0)
		return -1;
	return store_enrollment_new(db, tenant, u->id, s, token_out, e);
}

int store_user_add(struct db *db, int64_t tenant, struct user *u, const struct store_stamp *s,
		   char token_out[CRYPTO_TOKEN_TEXT], bool *elsewhere, struct err *e)
{
	struct holder h;
	bool pending = false;
	*elsewhere = false;
	if (user_check_email(u->email, e) < 0 ||
	    valid_text(i18n_tr(e->lang, "Navn"), u->name, VALID_NAME_MAX, false, false, e) < 0 ||
	    db_begin(db, e) < 0)
		return -1;
	/* withdrawn: a user this tenant made, invited and withdrawn before they ever logged in */
	if (address_holder(db, tenant, u->email, &h, e) < 0)
		goto fail;
	bool withdrawn = h.tenant_of == tenant && h.never_enrolled && !h.active;
	if (h.tenant_of && !withdrawn && !h.member && store_invite_exists(db, tenant, u->email, &pending, e) < 0)
		goto fail;
	/* one message for every conflict here, pending or not, whatever holds the address */
	if ((h.member && !withdrawn) || pending) {
		err_conflict(e, "E-postadressen %s er allerede bruker eller invitert her.", u->email);
		goto fail;
	}
	u->id = h.id;
	/* an account that exists (made elsewhere, or here and removed since) is invited to
	 * accept: a link never reaches an account without its owner signing in */
	if (withdrawn ? invite_again(db, tenant, u, s, token_out, e) < 0
	    : h.tenant_of ? store_invite_insert(db, tenant, u, s, token_out, e) < 0
	    : insert_user(db, tenant, u, s, token_out, e) < 0)
		goto fail;
	*elsewhere = h.tenant_of && !withdrawn;
	if (*elsewhere)
		u->id = 0;
	char what[400];
	snprintf(what, sizeof(what), "email=%s; role=%s", u->email, role_code(u->role));
	if (store_audit(db, tenant, s, "user.invite", u->email, NULL, what, e) < 0)
		goto fail;
	u->tenant_id = tenant;
	return db_commit(db, e);
fail:
	db_rollback(db);
	return -1;
}

/* Every live API token of the account ends now, in every tenant (a reset, a new password,
 * log out everywhere): the account is one, whichever tenant it acts in. */
static int revoke_tokens(struct db *db, int64_t tenant, int64_t user_id, const struct store_stamp *s,
			 struct err *e)
{
	struct db_stmt *st;
	if (db_prepare(db, "UPDATE api_token SET revoked_at = ? WHERE " ROW_MEMBER_IN
			   " AND revoked_at IS NULL", &st, e) < 0)
		return -1;
	db_bind_text(st, 1, s->at);
	db_bind_int(st, 2, tenant);
	db_bind_int(st, 3, user_id);
	return row_exec(st, e);
}

/* Every session of the account, in every tenant, but the one whose id hashes to keep_hash
 * (NULL: all). */
static int end_sessions(struct db *db, int64_t tenant, int64_t user_id, const char *keep_hash, struct err *e)
{
	struct db_stmt *st;
	if (db_prepare(db, "DELETE FROM session WHERE " ROW_MEMBER_IN " AND id_hash <> ?", &st, e) < 0)
		return -1;
	db_bind_int(st, 1, tenant);
	db_bind_int(st, 2, user_id);
	db_bind_text(st, 3, keep_hash ? keep_hash : "");
	return row_exec(st, e);
}

int store_user_logout_all(struct db *db, int64_t tenant, int64_t user_id, const struct store_stamp *s,
			  struct err *e)
{
	char r[48];
	if (db_begin(db, e) < 0)
		return -1;
	if (end_sessions(db, tenant, user_id, NULL, e) < 0 || revoke_tokens(db, tenant, user_id, s, e) < 0 ||
	    store_audit(db, tenant, s, "logout.all", row_user_ref(r, user_id), NULL, NULL, e) < 0)
		goto fail;
	return db_commit(db, e);
fail:
	db_rollback(db);
	return -1;
}

int store_user_get(struct db *db, struct arena *a, int64_t tenant, int64_t id, struct user *out,
		   struct err *e)
{
	struct db_stmt *st;
	bool found;
	if (db_prepare(db, "SELECT " USER_COLS MEMBER_FROM "WHERE m.tenant_id = ? AND u.id = ?", &st,
		       e) < 0)
		return -1;
	db_bind_int(st, 1, tenant);
	db_bind_int(st, 2, id);
	if (one(st, a, out, &found, e) < 0)
		return -1;
	return found ? 0 : err_missing(e, "Brukeren finnes ikke.");
}

/* How many live memberships the account has in tenants other than this one. */
static int memberships_elsewhere(struct db *db, int64_t tenant, int64_t user_id, int64_t *n, struct err *e)
{
	struct db_stmt *st;
	if (db_prepare(db, "SELECT COUNT(*) FROM membership WHERE user_id = ? AND tenant_id <> ? AND "
			   "ended_at IS NULL", &st, e) < 0)
		return -1;
	db_bind_int(st, 1, user_id);
	db_bind_int(st, 2, tenant);
	enum db_step r = db_step(st, e);
	*n = r == DB_ROW ? db_col_int(st, 0) : 0;
	db_finalize(st);
	return r == DB_ROW ? 0 : -1;
}

int store_user_reset(struct db *db, int64_t tenant, int64_t user_id, bool across, const struct store_stamp *s,
		     char token_out[CRYPTO_TOKEN_TEXT], struct err *e)
{
	struct arena a;
	struct user u;
	char r[48];
	arena_init(&a, 0);
	if (db_begin(db, e) < 0)
		goto out;
	int64_t elsewhere = 0;
	if (store_user_get(db, &a, tenant, user_id, &u, e) < 0 ||
	    (!across && memberships_elsewhere(db, tenant, user_id, &elsewhere, e) < 0))
		goto fail;
	/* whoever holds the new link holds the account, in every tenant it works in */
	if (elsewhere) {
		err_conflict(e, "%s logger inn med en konto som også brukes andre steder. Tofaktor for den "
			    "kontoen tilbakestilles av driften av installasjonen (beredt user reset-2fa).", u.email);
		goto fail;
	}
	if (row_exec2(db, "UPDATE app_user SET totp_secret = NULL WHERE " ROW_ACCOUNT_IN,
		      tenant, user_id, e) < 0 ||
	    row_exec2(db, "DELETE FROM recovery_code WHERE user_id IN (SELECT id FROM app_user "
			  "WHERE " ROW_ACCOUNT_IN ")", tenant, user_id, e) < 0 ||
	    end_sessions(db, tenant, user_id, NULL, e) < 0 || revoke_tokens(db, tenant, user_id, s, e) < 0 ||
	    row_exec2(db, "UPDATE enrollment SET used_at = 'replaced' WHERE tenant_id = ? AND "
			  "user_id = ? AND used_at IS NULL", tenant, user_id, e) < 0 ||
	    store_enrollment_new(db, tenant, user_id, s, token_out, e) < 0 ||
	    store_audit(db, tenant, s, "user.reset-2fa", row_user_ref(r, user_id), NULL, u.email, e) < 0)
		goto fail;
	arena_release(&a);
	return db_commit(db, e);
fail:
	db_rollback(db);
out:
	arena_release(&a);
	return -1;
}

int store_user_by_email(struct db *db, struct arena *a, const char *email, struct user *out,
			bool *found, struct err *e)
{
	struct db_stmt *st;
	if (db_prepare(db, "SELECT " USER_COLS " FROM app_user u LEFT JOIN membership m ON "
			   "m.user_id = u.id AND m.ended_at IS NULL WHERE u.email = ? ORDER BY m.active DESC, "
			   "CASE WHEN m.tenant_id = u.tenant_id THEN 0 ELSE 1 END, m.id LIMIT 1", &st, e) < 0)
		return -1;
	db_bind_text(st, 1, email);
	return one(st, a, out, found, e);
}

int store_user_member(struct db *db, struct arena *a, int64_t tenant, const char *email, struct user *out,
		      bool *found, struct err *e)
{
	struct db_stmt *st;
	*found = false;
	if (!email)
		return 0;
	if (db_prepare(db, "SELECT " USER_COLS MEMBER_FROM "WHERE m.tenant_id = ? AND u.email = ?", &st, e) < 0)
		return -1;
	db_bind_int(st, 1, tenant);
	db_bind_text(st, 2, email);
	return one(st, a, out, found, e);
}

int store_user_list(struct db *db, struct arena *a, int64_t tenant, struct user **out, size_t *n,
		    struct err *e)
{
	struct db_stmt *st;
	size_t cap = 0;
	enum db_step r;
	*out = NULL;
	*n = 0;
	if (db_prepare(db, "SELECT " USER_COLS MEMBER_FROM "WHERE m.tenant_id = ? ORDER BY u.email",
		       &st, e) < 0)
		return -1;
	db_bind_int(st, 1, tenant);
	while ((r = db_step(st, e)) == DB_ROW) {
		struct user *u = arena_push(a, (void **)out, n, &cap, sizeof(*u));
		if (!u) {
			db_finalize(st);
			return row_oom(e);
		}
		read_user(a, st, u);
	}
	db_finalize(st);
	return r == DB_ERROR ? -1 : 0;
}

int store_user_set_active(struct db *db, int64_t tenant, int64_t id, bool active,
			  const struct store_stamp *s, struct err *e)
{
	struct arena a;
	struct user u;
	char r[48];
	arena_init(&a, 0);
	if (db_begin(db, e) < 0)
		goto out;
	if (store_user_get(db, &a, tenant, id, &u, e) < 0 ||
	    row_exec2(db, active ? "UPDATE membership SET active = 1 WHERE tenant_id = ? AND user_id = ? AND "
				   "ended_at IS NULL"
				 : "UPDATE membership SET active = 0 WHERE tenant_id = ? AND user_id = ? AND "
				   "ended_at IS NULL", tenant, id, e) < 0 ||
	    /* the account itself is switched on again only by the tenant that made it */
	    (active && row_exec2(db, "UPDATE app_user SET active = 1, failed_logins = 0, locked_until = NULL "
				     "WHERE tenant_id = ? AND id = ?", tenant, id, e) < 0) ||
	    (!active && row_exec2(db, "DELETE FROM session WHERE tenant_id = ? AND user_id = ?",
				  tenant, id, e) < 0) ||
	    (!active && row_exec2(db, "UPDATE api_token SET revoked_at = 'disabled' WHERE "
				      "tenant_id = ? AND user_id = ? AND revoked_at IS NULL",
				  tenant, id, e) < 0) ||
	    store_audit(db, tenant, s, active ? "user.enable" : "user.disable",
			row_user_ref(r, id), NULL, u.email, e) < 0)
		goto fail;
	arena_release(&a);
	return db_commit(db, e);
fail:
	db_rollback(db);
out:
	arena_release(&a);
	return -1;
}

int store_user_set_lang(struct db *db, int64_t tenant, int64_t id, enum lang lang,
			const struct store_stamp *s, struct err *e)
{
	struct db_stmt *st;
	char r[48];
	if (db_begin(db, e) < 0)
		return -1;
	if (db_prepare(db, "UPDATE app_user SET lang = ? WHERE " ROW_ACCOUNT_IN, &st, e) < 0)
		goto fail;
	db_bind_text(st, 1, i18n_code(lang));
	db_bind_int(st, 2, tenant);
	db_bind_int(st, 3, id);
	if (row_exec(st, e) < 0 ||
	    store_audit(db, tenant, s, "user.lang", row_user_ref(r, id), NULL, i18n_code(lang), e) < 0)
		goto fail;
	return db_commit(db, e);
fail:
	db_rollback(db);
	return -1;
}

int store_user_set_password(struct db *db, int64_t tenant, int64_t id, const char *password,
			    const char *keep_session, const struct store_stamp *s, struct err *e)
{
	char keep[CRYPTO_HASH_HEX];
	if (keep_session)
		crypto_hash_hex(keep_session, strlen(keep_session), keep);
	struct db_stmt *st;
	char hash[CRYPTO_PWHASH_TEXT], r[48];
	if (user_check_password(password, e) < 0)
		return -1;
	if (crypto_password_hash(password, hash) < 0)
		return err_set(e, "Tom for minne.");
	if (db_begin(db, e) < 0)
		return -1;
	if (db_prepare(db, "UPDATE app_user SET password_hash = ? WHERE " ROW_ACCOUNT_IN,
		       &st, e) < 0)
		goto fail;
	db_bind_text(st, 1, hash);
	db_bind_int(st, 2, tenant);
	db_bind_int(st, 3, id);
	if (row_exec(st, e) < 0 || end_sessions(db, tenant, id, keep_session ? keep : NULL, e) < 0 ||
	    revoke_tokens(db, tenant, id, s, e) < 0 ||
	    store_audit(db, tenant, s, "user.password", row_user_ref(r, id), NULL, NULL, e) < 0)
		goto fail;
	return db_commit(db, e);
fail:
	db_rollback(db);
	return -1;
}
