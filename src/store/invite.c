/* store/invite.c: see invite.h. */
#include "store/invite.h"

#include <stdio.h>
#include <string.h>

#include "store/audit.h"
#include "store/membership.h"
#include "store/row.h"
#include "store/user.h"
#include "util/date.h"

/* Pending users of this tenant: never logged in and not withdrawn. */
#define PENDING_USER "tenant_id = ? AND email = ? AND password_hash IS NULL AND active = 1"

static void read_invite(struct arena *a, struct db_stmt *st, void *out)
{
	struct invite *v = out;
	struct err ignored;
	err_init(&ignored, LANG_NB);
	v->email = row_text(a, st, 0);
	v->name = row_text(a, st, 1);
	role_parse(db_col_text(st, 2), &v->role, &ignored);     /* CHECK guarantees it */
}

int store_invite_list(struct db *db, struct arena *a, int64_t tenant, struct invite **out, size_t *n,
		      struct err *e)
{
	struct db_stmt *st;
	size_t cap = 0;
	enum db_step r;
	*out = NULL;
	*n = 0;
	if (db_prepare(db, "SELECT email, name, role FROM app_user WHERE tenant_id = ? AND "
			   "password_hash IS NULL AND active = 1 UNION ALL SELECT email, name, role "
			   "FROM invitation WHERE tenant_id = ? AND ended_at IS NULL ORDER BY 1", &st, e) < 0)
		return -1;
	db_bind_int(st, 1, tenant);
	db_bind_int(st, 2, tenant);
	while ((r = db_step(st, e)) == DB_ROW) {
		struct invite *v = arena_push(a, (void **)out, n, &cap, sizeof(*v));
		if (!v) {
			db_finalize(st);
			return row_oom(e);
		}
		read_invite(a, st, v);
	}
	db_finalize(st);
	return r == DB_ERROR ? -1 : 0;
}

int store_invite_exists(struct db *db, int64_t tenant, const char *email, bool *found, struct err *e)
{
	struct db_stmt *st;
	if (db_prepare(db, "SELECT 1 FROM invitation WHERE tenant_id = ? AND email = ? AND ended_at IS NULL",
		       &st, e) < 0)
		return -1;
	db_bind_int(st, 1, tenant);
	db_bind_text(st, 2, email);
	enum db_step r = db_step(st, e);
	*found = r == DB_ROW;
	db_finalize(st);
	return r == DB_ERROR ? -1 : 0;
}

static int insert_row(struct db *db, int64_t tenant, const char *email, const char *name, const char *role,
		      const char *lang, const struct store_stamp *s, char token_out[CRYPTO_TOKEN_TEXT],
		      struct err *e)
{
	struct db_stmt *st;
	char hash[CRYPTO_HASH_HEX], expires[32];
	int64_t now;
	if (date_timestamp_parse(s->at, &now) < 0)
		return err_set(e, "Ugyldig tidspunkt.");
	date_timestamp_format(now + ENROLL_HOURS * 3600, expires);
	crypto_token(token_out);
	crypto_hash_hex(token_out, strlen(token_out), hash);
	if (db_prepare(db, "INSERT INTO invitation (tenant_id, email, name, role, lang, token_hash, "
			   "expires_at, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", &st, e) < 0)
		return -1;
	db_bind_int(st, 1, tenant);
	db_bind_text(st, 2, email);
	db_bind_text(st, 3, name && *name ? name : NULL);
	db_bind_text(st, 4, role);
	db_bind_text(st, 5, lang);
	db_bind_text(st, 6, hash);
	db_bind_text(st, 7, expires);
	db_bind_text(st, 8, s->at);
	db_bind_text(st, 9, s->by);
	return row_exec(st, e);
}

int store_invite_insert(struct db *db, int64_t tenant, const struct user *u, const struct store_stamp *s,
			char token_out[CRYPTO_TOKEN_TEXT], struct err *e)
{
	return insert_row(db, tenant, u->email, u->name, role_code(u->role), i18n_code(u->lang), s,
			  token_out, e);
}

/* End the tenant's pending invitations (table kind) for the address; *n how many. */
static int end_invitation(struct db *db, int64_t tenant, const char *email, const struct store_stamp *s,
			  int *n, struct err *e)
{
	struct db_stmt *st;
	*n = 0;
	if (db_prepare(db, "UPDATE invitation SET ended_at = ? WHERE tenant_id = ? AND email = ? AND "
			   "ended_at IS NULL RETURNING id", &st, e) < 0)
		return -1;
	db_bind_text(st, 1, s->at);
	db_bind_int(st, 2, tenant);
	db_bind_text(st, 3, email);
	enum db_step r;
	while ((r = db_step(st, e)) == DB_ROW)
		(*n)++;
	db_finalize(st);
	return r == DB_ERROR ? -1 : 0;
}

/* The pending user (never logged in) of this tenant with the address: *id 0 when none. */
static int pending_user(struct db *db, int64_t tenant, const char *email, int64_t *id, struct err *e)
{
	struct db_stmt *st;
	*id = 0;
	if (db_prepare(db, "SELECT id FROM app_user WHERE " PENDING_USER, &st, e) < 0)
		return -1;
	db_bind_int(st, 1, tenant);
	db_bind_text(st, 2, email);
	enum db_step r = db_step(st, e);
	if (r == DB_ROW)
		*id = db_col_int(st, 0);
	db_finalize(st);
	return r == DB_ERROR ? -1 : 0;
}

/* The last pending invitation row's name, role and language, for a renewal. */
static int last_invitation(struct db *db, struct arena *a, int64_t tenant, const char *email,
			   const char **name, const char **role, const char **lang, struct err *e)
{
	struct db_stmt *st;
	if (db_prepare(db, "SELECT name, role, lang FROM invitation WHERE tenant_id = ? AND email = ? "
			   "AND ended_at IS NULL ORDER BY id DESC LIMIT 1", &st, e) < 0)
		return -1;
	db_bind_int(st, 1, tenant);
	db_bind_text(st, 2, email);
	enum db_step r = db_step(st, e);
	*role = NULL;
	if (r == DB_ROW) {
		*name = row_text(a, st, 0);
		*role = row_text(a, st, 1);
		*lang = row_text(a, st, 2);
	}
	db_finalize(st);
	return r == DB_ERROR ? -1 : 0;
}

static int end_links(struct db *db, int64_t tenant, int64_t user_id, struct err *e)
{
	struct db_stmt *st;
	if (db_prepare(db, "UPDATE enrollment SET used_at = 'replaced' WHERE tenant_id = ? AND "
			   "user_id = ? AND used_at IS NULL", &st, e) < 0)
		return -1;
	db_bind_int(st, 1, tenant);
	db_bind_int(st, 2, user_id);
	return row_exec(st, e);
}

int store_invite_renew(struct db *db, int64_t tenant, const char *email, const struct store_stamp *s,
		       char token_out[CRYPTO_TOKEN_TEXT], bool *found, struct err *e)
{
	struct arena a;
	int64_t id;
	int ended;
	const char *name = NULL, *role = NULL, *lang = NULL;
	*found = false;
	arena_init(&a, 0);
	if (!email || db_begin(db, e) < 0)
		goto out;
	if (pending_user(db, tenant, email, &id, e) < 0)
		goto fail;
	if (id) {
		if (end_links(db, tenant, id, e) < 0 || store_enrollment_new(db, tenant, id, s, token_out, e) < 0)
			goto fail;
	} else {
		if (last_invitation(db, &a, tenant, email, &name, &role, &lang, e) < 0)
			goto fail;
		if (!role) {
			db_rollback(db);
			arena_release(&a);
			return 0;
		}
		if (end_invitation(db, tenant, email, s, &ended, e) < 0 ||
		    insert_row(db, tenant, email, name, role, lang, s, token_out, e) < 0)
			goto fail;
	}
	if (store_audit(db, tenant, s, "user.invite-again", email, NULL, NULL, e) < 0)
		goto fail;
	*found = true;
	arena_release(&a);
	return db_commit(db, e);
fail:
	db_rollback(db);
out:
	arena_release(&a);
	return -1;
}

int store_invite_withdraw(struct db *db, int64_t tenant, const char *email, const struct store_stamp *s,
			  bool *found, struct err *e)
{
	struct db_stmt *st;
	int64_t id;
	int ended = 0;
	*found = false;
	if (!email || db_begin(db, e) < 0)
		return -1;
	if (pending_user(db, tenant, email, &id, e) < 0)
		goto fail;
	if (id) {
		if (db_prepare(db, "UPDATE app_user SET active = 0 WHERE tenant_id = ? AND id = ?", &st, e) < 0)
			goto fail;
		db_bind_int(st, 1, tenant);
		db_bind_int(st, 2, id);
		if (row_exec(st, e) < 0 || end_links(db, tenant, id, e) < 0)
			goto fail;
	} else if (end_invitation(db, tenant, email, s, &ended, e) < 0) {
		goto fail;
	}
	if (!id && !ended) {
		db_rollback(db);
		return 0;
	}
	if (store_audit(db, tenant, s, "user.invite-withdraw", email, NULL, NULL, e) < 0)
		goto fail;
	*found = true;
	return db_commit(db, e);
fail:
	db_rollback(db);
	return -1;
}

int store_invite_by_token(struct db *db, struct arena *a, const char *token, const char *now,
			  struct invite_link *out, bool *found, struct err *e)
{
	struct db_stmt *st;
	*found = false;
	if (row_token_stmt(db, "SELECT tenant_id, email FROM invitation WHERE token_hash = ? AND "
			       "ended_at IS NULL AND expires_at > ?", token, now, &st, e) < 0)
		return -1;
	if (!st)
		return 0;
	enum db_step r = db_step(st, e);
	if (r == DB_ROW) {
		*found = true;
		out->tenant_id = db_col_int(st, 0);
		out->email = row_text(a, st, 1);
	}
	db_finalize(st);
	return r == DB_ERROR ? -1 : 0;
}

int store_invite_accept(struct db *db, const char *token, const struct user *u, const struct store_stamp *s,
			int64_t *tenant, bool *found, struct err *e)
{
	struct db_stmt *st;
	struct err ignored;
	enum role role = ROLE_LES;
	int64_t id = 0;
	char what[400];
	err_init(&ignored, LANG_NB);
	*found = false;
	*tenant = 0;
	if (db_begin(db, e) < 0)
		return -1;
	/* the invitation must be for the very account that is signed in */
	if (row_token_stmt(db, "SELECT id, tenant_id, role FROM invitation WHERE token_hash = ? AND "
			       "ended_at IS NULL AND expires_at > ?", token, s->at, &st, e) < 0)
		goto fail;
	if (st) {
		enum db_step r = db_step(st, e);
		if (r == DB_ROW) {
			id = db_col_int(st, 0);
			*tenant = db_col_int(st, 1);
			if (role_parse(db_col_text(st, 2), &role, &ignored) < 0)
				role = ROLE_LES;
		}
		db_finalize(st);
		if (r == DB_ERROR)
			goto fail;
	}
	if (!id) {
		db_rollback(db);
		return 0;
	}
	if (db_prepare(db, "SELECT 1 FROM invitation WHERE id = ? AND email = ?", &st, e) < 0)
		goto fail;
	db_bind_int(st, 1, id);
	db_bind_text(st, 2, u->email);
	enum db_step r = db_step(st, e);
	db_finalize(st);
	if (r != DB_ROW) {
		db_rollback(db);
		return r == DB_ERROR ? -1 : 0;
	}
	snprintf(what, sizeof(what), "email=%s; role=%s", u->email, role_code(role));
	if (store_membership_begin(db, *tenant, u->id, role, s, e) < 0 ||
	    db_prepare(db, "UPDATE invitation SET ended_at = ? WHERE id = ?", &st, e) < 0)
		goto fail;
	db_bind_text(st, 1, s->at);
	db_bind_int(st, 2, id);
	if (row_exec(st, e) < 0 || store_audit(db, *tenant, s, "user.join", u->email, NULL, what, e) < 0)
		goto fail;
	*found = true;
	return db_commit(db, e);
fail:
	db_rollback(db);
	return -1;
}
