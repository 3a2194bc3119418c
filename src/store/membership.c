/* store/membership.c: see membership.h. */
#include "store/membership.h"

#include <inttypes.h>
#include <stdio.h>

#include "store/audit.h"
#include "store/row.h"

/* The live membership of (user, tenant): *id 0 when none. */
static int live(struct db *db, int64_t tenant, int64_t user_id, int64_t *id, enum role *role, struct err *e)
{
	struct db_stmt *st;
	struct err ignored;
	err_init(&ignored, LANG_NB);
	*id = 0;
	if (db_prepare(db, "SELECT id, role FROM membership WHERE tenant_id = ? AND user_id = ? AND "
			   "ended_at IS NULL", &st, e) < 0)
		return -1;
	db_bind_int(st, 1, tenant);
	db_bind_int(st, 2, user_id);
	enum db_step r = db_step(st, e);
	if (r == DB_ROW) {
		*id = db_col_int(st, 0);
		if (role_parse(db_col_text(st, 1), role, &ignored) < 0)   /* CHECK guarantees it */
			*role = ROLE_LES;
	}
	db_finalize(st);
	return r == DB_ERROR ? -1 : 0;
}

static int end_row(struct db *db, int64_t id, const struct store_stamp *s, struct err *e)
{
	struct db_stmt *st;
	if (db_prepare(db, "UPDATE membership SET ended_at = ?, ended_by = ? WHERE id = ?", &st, e) < 0)
		return -1;
	db_bind_text(st, 1, s->at);
	db_bind_text(st, 2, s->by);
	db_bind_int(st, 3, id);
	return row_exec(st, e);
}

int store_membership_begin(struct db *db, int64_t tenant, int64_t user_id, enum role role,
			   const struct store_stamp *s, struct err *e)
{
	struct db_stmt *st;
	int64_t id;
	enum role had;
	if (live(db, tenant, user_id, &id, &had, e) < 0)
		return -1;
	if (id && had == role) {
		if (db_prepare(db, "UPDATE membership SET active = 1 WHERE id = ?", &st, e) < 0)
			return -1;
		db_bind_int(st, 1, id);
		return row_exec(st, e);
	}
	if (id && end_row(db, id, s, e) < 0)
		return -1;
	if (db_prepare(db, "INSERT INTO membership (user_id, tenant_id, role, created_at, created_by) "
			   "VALUES (?, ?, ?, ?, ?)", &st, e) < 0)
		return -1;
	db_bind_int(st, 1, user_id);
	db_bind_int(st, 2, tenant);
	db_bind_text(st, 3, role_code(role));
	db_bind_text(st, 4, s->at);
	db_bind_text(st, 5, s->by);
	return row_exec(st, e);
}

static void read_membership(struct arena *a, struct db_stmt *st, void *out)
{
	struct membership *m = out;
	struct err ignored;
	err_init(&ignored, LANG_NB);
	m->code = row_text(a, st, 0);
	m->name = row_text(a, st, 1);
	if (role_parse(db_col_text(st, 2), &m->role, &ignored) < 0)
		m->role = ROLE_LES;
	m->cooperation = db_col_int(st, 3) != 0;
}

int store_membership_list(struct db *db, struct arena *a, int64_t user_id, struct membership **out, size_t *n,
			  struct err *e)
{
	/* row_list binds its one parameter as the tenant; here it is the account */
	return row_list(db, a,
			"SELECT t.kommunenr, t.name, m.role, CASE WHEN t.kind = 'samarbeid' THEN 1 ELSE 0 END "
			"FROM membership m JOIN tenant t ON t.id = m.tenant_id WHERE m.user_id = ? AND "
			"m.ended_at IS NULL AND m.active = 1 ORDER BY t.name, t.kommunenr",
			user_id, (void **)out, n, sizeof(**out), read_membership, e);
}

static int account_by_email(struct db *db, const char *email, int64_t *id, struct err *e)
{
	struct db_stmt *st;
	*id = 0;
	if (db_prepare(db, "SELECT id FROM app_user WHERE email = ?", &st, e) < 0)
		return -1;
	db_bind_text(st, 1, email);
	enum db_step r = db_step(st, e);
	if (r == DB_ROW)
		*id = db_col_int(st, 0);
	db_finalize(st);
	return r == DB_ERROR ? -1 : 0;
}

int store_membership_grant(struct db *db, int64_t tenant, const char *email, enum role role,
			   const struct store_stamp *s, struct err *e)
{
	int64_t id;
	char what[400];
	if (!email || db_begin(db, e) < 0)
		return -1;
	if (account_by_email(db, email, &id, e) < 0)
		goto fail;
	if (!id) {
		err_missing(e, "Ingen konto har e-postadressen %s. Inviter personen i stedet (user add).", email);
		goto fail;
	}
	snprintf(what, sizeof(what), "email=%s; role=%s", email, role_code(role));
	if (store_membership_begin(db, tenant, id, role, s, e) < 0 ||
	    store_audit(db, tenant, s, "user.grant", email, NULL, what, e) < 0)
		goto fail;
	return db_commit(db, e);
fail:
	db_rollback(db);
	return -1;
}

int store_membership_end(struct db *db, int64_t tenant, int64_t user_id, const struct store_stamp *s,
			 bool *found, struct err *e)
{
	int64_t id;
	enum role had;
	char ref[ROW_USER_REF];
	*found = false;
	if (db_begin(db, e) < 0)
		return -1;
	if (live(db, tenant, user_id, &id, &had, e) < 0)
		goto fail;
	if (!id) {
		db_rollback(db);
		return 0;
	}
	row_user_ref(ref, user_id);
	if (end_row(db, id, s, e) < 0 ||
	    row_exec2(db, "DELETE FROM session WHERE tenant_id = ? AND user_id = ?", tenant, user_id, e) < 0 ||
	    row_exec2(db, "UPDATE api_token SET revoked_at = 'removed' WHERE tenant_id = ? AND user_id = ? AND "
		      "revoked_at IS NULL", tenant, user_id, e) < 0 ||
	    store_audit(db, tenant, s, "user.remove", ref, role_code(had), NULL, e) < 0)
		goto fail;
	*found = true;
	return db_commit(db, e);
fail:
	db_rollback(db);
	return -1;
}
