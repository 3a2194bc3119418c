/* store/coop.c: see coop.h. */
#include "store/coop.h"

#include <stdio.h>
#include <string.h>

#include "store/audit.h"
#include "store/row.h"
#include "store/tenant.h"
#include "util/valid.h"

#define TENANT_COLS "t.id, t.kommunenr, t.name, t.orgnr, t.created_at"

static void read_tenant(struct arena *a, struct db_stmt *st, int at, struct tenant *t, bool coop)
{
	t->id = db_col_int(st, at);
	t->kommunenr = row_text(a, st, at + 1);
	t->name = row_text(a, st, at + 2);
	t->orgnr = row_text(a, st, at + 3);
	t->created_at = row_text(a, st, at + 4);
	t->cooperation = coop;
}

int store_coop_get(struct db *db, struct arena *a, const char *id, struct tenant *out, struct err *e)
{
	struct db_stmt *st;
	if (valid_coop_id(id, e) < 0 ||
	    db_prepare(db, "SELECT " TENANT_COLS " FROM tenant t WHERE t.kommunenr = ? AND t.kind = 'samarbeid'",
		       &st, e) < 0)
		return -1;
	db_bind_text(st, 1, id);
	enum db_step r = db_step(st, e);
	if (r == DB_ROW)
		read_tenant(a, st, 0, out, true);
	else if (r == DB_DONE)
		err_missing(e, "Samarbeidet %s finnes ikke i denne databasen. Registrer det med beredt coop add "
			    "--id %s --name NAVN --orgnr ORGNR.", id, id);
	db_finalize(st);
	return r == DB_ROW ? 0 : -1;
}

int store_coop_list(struct db *db, struct arena *a, struct tenant **out, int **members, size_t *n, struct err *e)
{
	struct db_stmt *st;
	size_t cap = 0, mcap = 0, mn = 0;
	enum db_step r;
	*out = NULL;
	*members = NULL;
	*n = 0;
	if (db_prepare(db, "SELECT " TENANT_COLS ", (SELECT COUNT(*) FROM coop_member c WHERE c.coop_id = t.id "
			   "AND c.left_at IS NULL) FROM tenant t WHERE t.kind = 'samarbeid' ORDER BY t.kommunenr",
		       &st, e) < 0)
		return -1;
	while ((r = db_step(st, e)) == DB_ROW) {
		struct tenant *t = arena_push(a, (void **)out, n, &cap, sizeof(*t));
		int *k = arena_push(a, (void **)members, &mn, &mcap, sizeof(*k));
		if (!t || !k) {
			db_finalize(st);
			return row_oom(e);
		}
		read_tenant(a, st, 0, t, true);
		*k = (int)db_col_int(st, 5);
	}
	db_finalize(st);
	return r == DB_ERROR ? -1 : 0;
}

/* Both sides' trails: the cooperation's names the municipality, the municipality's names
 * the cooperation. */
static int audit_both(struct db *db, const struct tenant *coop, const struct tenant *m, const char *action,
		      const struct store_stamp *s, struct err *e)
{
	char what[256];
	snprintf(what, sizeof(what), "%s %s", m->kommunenr, m->name);
	if (store_audit(db, coop->id, s, action, coop->kommunenr, NULL, what, e) < 0)
		return -1;
	snprintf(what, sizeof(what), "%s %s", coop->kommunenr, coop->name);
	return store_audit(db, m->id, s, action, m->kommunenr, NULL, what, e);
}

/* The municipality (not a cooperation) with this kommunenummer, inside the transaction. */
static int municipality(struct db *db, struct arena *a, const char *kommunenr, struct tenant *out, struct err *e)
{
	if (store_tenant_get(db, a, kommunenr, out, e) < 0)
		return -1;
	if (out->cooperation)
		return err_set(e, "%s er et samarbeid, ikke en kommune.", kommunenr);
	return 0;
}

int store_coop_join(struct db *db, struct arena *a, const struct tenant *coop, const char *kommunenr,
		    const struct store_stamp *s, struct err *e)
{
	struct tenant m;
	struct db_stmt *st;
	if (db_begin(db, e) < 0)
		return -1;
	if (municipality(db, a, kommunenr, &m, e) < 0 ||
	    db_prepare(db, "SELECT t.kommunenr, t.name FROM coop_member c JOIN tenant t ON t.id = c.coop_id "
			   "WHERE c.member_id = ? AND c.left_at IS NULL", &st, e) < 0)
		goto fail;
	db_bind_int(st, 1, m.id);
	enum db_step r = db_step(st, e);
	if (r == DB_ROW && strcmp(db_col_text(st, 0), coop->kommunenr) == 0)
		err_conflict(e, "%s er allerede medlem av %s.", m.name, db_col_text(st, 1));
	else if (r == DB_ROW)
		err_conflict(e, "%s er medlem av %s nå. En kommune hører til ett samarbeid om gangen: meld den ut først "
			     "(beredt coop member remove).", m.name, db_col_text(st, 1));
	db_finalize(st);
	if (r != DB_DONE)
		goto fail;
	if (db_prepare(db, "INSERT INTO coop_member (coop_id, member_id, joined_at, joined_by) VALUES (?, ?, ?, ?)",
		       &st, e) < 0)
		goto fail;
	db_bind_int(st, 1, coop->id);
	db_bind_int(st, 2, m.id);
	db_bind_text(st, 3, s->at);
	db_bind_text(st, 4, s->by);
	if (row_exec(st, e) < 0 || audit_both(db, coop, &m, "coop.member-add", s, e) < 0)
		goto fail;
	return db_commit(db, e);
fail:
	db_rollback(db);
	return -1;
}

/* How many of the member's dependencies rest on the cooperation's systems and vendors. */
static int shared_deps(struct db *db, int64_t coop, int64_t member, int64_t *n, struct err *e)
{
	struct db_stmt *st;
	if (db_prepare(db, "SELECT COUNT(*) FROM ros_dependency d WHERE d.tenant_id = ? AND ("
			   "(d.to_kind = 'system' AND d.to_id IN (SELECT id FROM ros_system WHERE tenant_id = ?)) OR "
			   "(d.to_kind = 'leverandor' AND d.to_id IN (SELECT id FROM ros_vendor WHERE tenant_id = ?)))",
		       &st, e) < 0)
		return -1;
	db_bind_int(st, 1, member);
	db_bind_int(st, 2, coop);
	db_bind_int(st, 3, coop);
	enum db_step r = db_step(st, e);
	*n = r == DB_ROW ? db_col_int(st, 0) : 0;
	db_finalize(st);
	return r == DB_ROW ? 0 : -1;
}

int store_coop_leave(struct db *db, struct arena *a, const struct tenant *coop, const char *kommunenr,
		     const struct store_stamp *s, bool *found, struct err *e)
{
	struct tenant m;
	struct db_stmt *st;
	*found = false;
	if (db_begin(db, e) < 0)
		return -1;
	int64_t deps = 0;
	if (municipality(db, a, kommunenr, &m, e) < 0 || shared_deps(db, coop->id, m.id, &deps, e) < 0)
		goto fail;
	/* its analyses would point at systems it no longer sees */
	if (deps) {
		err_conflict(e, "%s har %lld avhengigheter til de felles systemene i %s. Pek dem på egne systemer "
			     "(ros import) før kommunen meldes ut.", m.name, (long long)deps, coop->name);
		goto fail;
	}
	if (db_prepare(db, "UPDATE coop_member SET left_at = ?, left_by = ? WHERE coop_id = ? AND member_id = ? "
			   "AND left_at IS NULL RETURNING id", &st, e) < 0)
		goto fail;
	db_bind_text(st, 1, s->at);
	db_bind_text(st, 2, s->by);
	db_bind_int(st, 3, coop->id);
	db_bind_int(st, 4, m.id);
	enum db_step r = db_step(st, e);
	*found = r == DB_ROW;
	if (r == DB_ROW)
		r = db_step(st, e);
	db_finalize(st);
	if (r != DB_DONE)
		goto fail;
	if (!*found) {
		db_rollback(db);
		return 0;
	}
	if (audit_both(db, coop, &m, "coop.member-remove", s, e) < 0)
		goto fail;
	return db_commit(db, e);
fail:
	db_rollback(db);
	return -1;
}

static void read_member(struct arena *a, struct db_stmt *st, void *out)
{
	struct coop_member *x = out;
	read_tenant(a, st, 0, &x->member, false);
	x->joined_at = row_text(a, st, 5);
	x->left_at = row_text(a, st, 6);
}

int store_coop_members(struct db *db, struct arena *a, int64_t coop, bool all, struct coop_member **out,
		       size_t *n, struct err *e)
{
	return row_list(db, a, all ? "SELECT " TENANT_COLS ", c.joined_at, c.left_at FROM coop_member c JOIN tenant t "
				     "ON t.id = c.member_id WHERE c.coop_id = ? ORDER BY c.left_at IS NOT NULL, "
				     "t.kommunenr, c.joined_at"
				   : "SELECT " TENANT_COLS ", c.joined_at, c.left_at FROM coop_member c JOIN tenant t "
				     "ON t.id = c.member_id WHERE c.coop_id = ? AND c.left_at IS NULL ORDER BY t.kommunenr",
			coop, (void **)out, n, sizeof(**out), read_member, e);
}
