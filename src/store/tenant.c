/* store/tenant.c: see tenant.h. */
#include "store/tenant.h"

#include <stdio.h>
#include <string.h>

#include "store/audit.h"
#include "store/row.h"
#include "util/valid.h"

#define TENANT_COLS "id, kommunenr, name, orgnr, created_at, kind"

int store_tenant_add(struct db *db, struct tenant *t, const struct store_stamp *s, struct err *e)
{
	struct db_stmt *st;
	if (tenant_check(t, e) < 0)
		return -1;
	if (db_prepare(db, "INSERT INTO tenant (kommunenr, name, orgnr, created_at, kind) "
			   "VALUES (?, ?, ?, ?, ?) RETURNING id", &st, e) < 0)
		return -1;
	db_bind_text(st, 1, t->kommunenr);
	db_bind_text(st, 2, t->name);
	db_bind_text(st, 3, t->orgnr);
	db_bind_text(st, 4, s->at);
	db_bind_text(st, 5, t->cooperation ? "samarbeid" : "kommune");
	if (db_begin(db, e) < 0) {
		db_finalize(st);
		return -1;
	}
	enum db_step r = db_step(st, e);
	if (r == DB_ROW)
		t->id = db_col_int(st, 0);
	else if (r == DB_ERROR && db_last_was_unique_violation(st) && t->cooperation)
		err_conflict(e, "Samarbeidet %s er allerede registrert.", t->kommunenr);
	else if (r == DB_ERROR && db_last_was_unique_violation(st))
		err_conflict(e, "Kommune %s er allerede registrert.", t->kommunenr);
	db_finalize(st);
	char what[512];
	snprintf(what, sizeof(what), "name=%s; orgnr=%s", t->name, t->orgnr);
	if (r != DB_ROW || store_audit(db, t->id, s, t->cooperation ? "coop.add" : "tenant.add", t->kommunenr,
				       NULL, what, e) < 0) {
		db_rollback(db);
		return -1;
	}
	t->created_at = s->at;
	return db_commit(db, e);
}

static void read_tenant(struct arena *a, struct db_stmt *st, struct tenant *t)
{
	t->id = db_col_int(st, 0);
	t->kommunenr = row_text(a, st, 1);
	t->name = row_text(a, st, 2);
	t->orgnr = row_text(a, st, 3);
	t->created_at = row_text(a, st, 4);
	t->cooperation = strcmp(db_col_text(st, 5), "samarbeid") == 0;
}

int store_tenant_get(struct db *db, struct arena *a, const char *kommunenr, struct tenant *out,
		     struct err *e)
{
	struct db_stmt *st;
	if (tenant_check_code(kommunenr, e) < 0)
		return -1;
	if (db_prepare(db, "SELECT " TENANT_COLS " FROM tenant "
			   "WHERE kommunenr = ?", &st, e) < 0)
		return -1;
	db_bind_text(st, 1, kommunenr);
	enum db_step r = db_step(st, e);
	if (r == DB_ROW)
		read_tenant(a, st, out);
	else if (r == DB_DONE)
		err_missing(e, "Kommune %s finnes ikke i denne databasen. Registrer den med "
			"beredt tenant add --kommune %s --name NAVN --orgnr ORGNR.", kommunenr, kommunenr);
	db_finalize(st);
	return r == DB_ROW ? 0 : -1;
}

int store_tenant_by_id(struct db *db, struct arena *a, int64_t id, struct tenant *out,
		       struct err *e)
{
	struct db_stmt *st;
	if (db_prepare(db, "SELECT " TENANT_COLS " FROM tenant WHERE id = ?",
		       &st, e) < 0)
		return -1;
	db_bind_int(st, 1, id);
	enum db_step r = db_step(st, e);
	if (r == DB_ROW)
		read_tenant(a, st, out);
	else if (r == DB_DONE)
		err_missing(e, "Kommunen finnes ikke.");
	db_finalize(st);
	return r == DB_ROW ? 0 : -1;
}

int store_tenant_list(struct db *db, struct arena *a, struct tenant **out, size_t *n,
		      struct err *e)
{
	struct db_stmt *st;
	size_t cap = 0;
	enum db_step r;

	*out = NULL;
	*n = 0;
	if (db_prepare(db, "SELECT " TENANT_COLS " FROM tenant "
			   "ORDER BY kommunenr", &st, e) < 0)
		return -1;
	while ((r = db_step(st, e)) == DB_ROW) {
		struct tenant *t = arena_push(a, (void **)out, n, &cap, sizeof(*t));
		if (!t) {
			db_finalize(st);
			return row_oom(e);
		}
		read_tenant(a, st, t);
	}
	db_finalize(st);
	return r == DB_ERROR ? -1 : 0;
}
