/* store/attachment.c: see attachment.h. */
#include "store/attachment.h"

#include <stdio.h>
#include <string.h>

#include "store/audit.h"
#include "store/row.h"
#include "util/crypto.h"

#define COLS "a.id, a.kind, a.ref, a.name, a.content_type, a.size, a.sha256, a.note, a.replaces, a.added_by, " \
	     "a.added_at, (SELECT MIN(b.id) FROM attachment b WHERE b.tenant_id = a.tenant_id AND b.replaces = a.id), " \
	     "r.removed_by, r.removed_at, r.reason"
#define FROM " FROM attachment a LEFT JOIN attachment_removed r ON r.attachment_id = a.id AND r.tenant_id = a.tenant_id "

static enum attach_kind kind_of(const char *code)
{
	for (int k = 0; k < ATT_KIND_COUNT; k++)
		if (code && strcmp(attach_kind_code((enum attach_kind)k), code) == 0)
			return (enum attach_kind)k;
	return ATT_MEASURE;      /* the CHECK constraint allows no other */
}

static void read_row(struct arena *a, struct db_stmt *st, void *out)
{
	struct attachment *x = out;
	memset(x, 0, sizeof(*x));
	x->id = db_col_int(st, 0);
	x->target.kind = kind_of(db_col_text(st, 1));
	x->target.ref = row_text(a, st, 2);
	if (x->target.kind == ATT_ACTION || x->target.kind == ATT_FINDING || x->target.kind == ATT_EXERCISE)
		x->target.no = (int)db_col_int(st, 2);
	x->name = row_text(a, st, 3);
	x->content_type = row_text(a, st, 4);
	x->size = db_col_int(st, 5);
	x->sha256 = row_text(a, st, 6);
	x->note = row_text(a, st, 7);
	x->replaces = db_col_null(st, 8) ? 0 : db_col_int(st, 8);
	x->added_by = row_text(a, st, 9);
	x->added_at = row_text(a, st, 10);
	x->replaced_by = db_col_null(st, 11) ? 0 : db_col_int(st, 11);
	x->removed_by = row_text(a, st, 12);
	x->removed_at = row_text(a, st, 13);
	x->removed_reason = row_text(a, st, 14);
}

static int get_meta(struct db *db, struct arena *a, int64_t tenant, int64_t id, struct attachment *out, bool *found,
		    struct err *e)
{
	struct db_stmt *st;
	*found = false;
	if (db_prepare(db, "SELECT " COLS FROM "WHERE a.tenant_id = ? AND a.id = ?", &st, e) < 0)
		return -1;
	db_bind_int(st, 1, tenant);
	db_bind_int(st, 2, id);
	enum db_step r = db_step(st, e);
	if (r == DB_ROW) {
		read_row(a, st, out);
		*found = true;
	}
	db_finalize(st);
	return r == DB_ERROR ? -1 : 0;
}

static int live_count(struct db *db, int64_t tenant, const struct attach_target *t, int64_t *n, struct err *e)
{
	struct db_stmt *st;
	if (db_prepare(db, "SELECT COUNT(*) FROM attachment a WHERE a.tenant_id = ? AND a.kind = ? AND a.ref = ? "
			   "AND NOT EXISTS (SELECT 1 FROM attachment b WHERE b.tenant_id = a.tenant_id AND b.replaces = a.id) "
			   "AND NOT EXISTS (SELECT 1 FROM attachment_removed r WHERE r.attachment_id = a.id)", &st, e) < 0)
		return -1;
	db_bind_int(st, 1, tenant);
	db_bind_text(st, 2, attach_kind_code(t->kind));
	db_bind_text(st, 3, t->ref);
	enum db_step r = db_step(st, e);
	*n = r == DB_ROW ? db_col_int(st, 0) : 0;
	db_finalize(st);
	return r == DB_ERROR ? -1 : 0;
}

static bool same_target(const struct attach_target *x, const struct attach_target *y)
{
	return x->kind == y->kind && strcmp(x->ref, y->ref) == 0;
}

int store_attach_add(struct db *db, struct arena *a, int64_t tenant, const struct attach_new *x,
		     const struct store_stamp *s, int64_t *id, struct err *e)
{
	struct db_stmt *st = NULL;
	const char *target = attach_target_text(a, &x->target);
	char *b64 = NULL;
	size_t cap = 4 * ((x->len + 2) / 3) + 1;
	int64_t live;
	if (db_begin(db, e) < 0)
		return -1;
	if (x->replaces) {
		struct attachment old;
		bool found;
		if (get_meta(db, a, tenant, x->replaces, &old, &found, e) < 0)
			goto fail;
		if (!found) {
			err_missing(e, "Vedlegg V-%lld finnes ikke.", (long long)x->replaces);
			goto fail;
		}
		if (!attach_live(&old) || !same_target(&old.target, &x->target)) {
			err_conflict(e, "Vedlegg V-%lld kan ikke erstattes her: det er allerede erstattet eller fjernet, "
				     "eller hører til noe annet.", (long long)x->replaces);
			goto fail;
		}
	} else {
		if (live_count(db, tenant, &x->target, &live, e) < 0)
			goto fail;
		if (live >= ATTACH_PER_TARGET) {
			err_limit(e, "%s har allerede %d vedlegg, det høyeste tallet som tas.", target, ATTACH_PER_TARGET);
			goto fail;
		}
	}
	if (!(b64 = arena_alloc(a, cap))) {
		row_oom(e);
		goto fail;
	}
	crypto_base64((const unsigned char *)x->data, x->len, b64, cap);
	if (db_prepare(db, "INSERT INTO attachment (tenant_id, kind, ref, name, content_type, size, sha256, content, note, "
			   "replaces, added_by, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id", &st, e) < 0)
		goto fail;
	db_bind_int(st, 1, tenant);
	db_bind_text(st, 2, attach_kind_code(x->target.kind));
	db_bind_text(st, 3, x->target.ref);
	db_bind_text(st, 4, x->name);
	db_bind_text(st, 5, x->content_type);
	db_bind_int(st, 6, (int64_t)x->len);
	db_bind_text(st, 7, x->sha256);
	db_bind_text(st, 8, b64);
	row_bind_opt(st, 9, x->note);
	if (x->replaces)
		db_bind_int(st, 10, x->replaces);
	else
		db_bind_null(st, 10);
	db_bind_text(st, 11, s->by);
	db_bind_text(st, 12, s->at);
	if (db_step(st, e) != DB_ROW)
		goto fail;
	*id = db_col_int(st, 0);
	db_finalize(st);
	st = NULL;
	if (store_audit(db, tenant, s, x->replaces ? "attachment.replace" : "attachment.add", target,
			x->replaces ? arena_printf(a, "V-%lld", (long long)x->replaces) : NULL,
			arena_printf(a, "V-%lld %s (%zu byte, sha256 %s)", (long long)*id, x->name, x->len, x->sha256), e) < 0)
		goto fail;
	return db_commit(db, e);
fail:
	db_finalize(st);
	db_rollback(db);
	return -1;
}

int store_attach_remove(struct db *db, struct arena *a, int64_t tenant, int64_t id, const char *reason,
			const struct store_stamp *s, struct err *e)
{
	struct db_stmt *st = NULL;
	struct attachment x;
	bool found;
	if (db_begin(db, e) < 0)
		return -1;
	if (get_meta(db, a, tenant, id, &x, &found, e) < 0)
		goto fail;
	if (!found) {
		err_missing(e, "Vedlegg V-%lld finnes ikke.", (long long)id);
		goto fail;
	}
	if (!attach_live(&x)) {
		err_conflict(e, "Vedlegg V-%lld er allerede erstattet eller fjernet.", (long long)id);
		goto fail;
	}
	if (db_prepare(db, "INSERT INTO attachment_removed (attachment_id, tenant_id, reason, removed_by, removed_at) "
			   "VALUES (?, ?, ?, ?, ?)", &st, e) < 0)
		goto fail;
	db_bind_int(st, 1, id);
	db_bind_int(st, 2, tenant);
	row_bind_opt(st, 3, reason);
	db_bind_text(st, 4, s->by);
	db_bind_text(st, 5, s->at);
	if (row_exec(st, e) < 0) {
		st = NULL;
		goto fail;
	}
	st = NULL;
	if (store_audit(db, tenant, s, "attachment.remove", attach_target_text(a, &x.target),
			arena_printf(a, "V-%lld %s", (long long)id, x.name), reason, e) < 0)
		goto fail;
	return db_commit(db, e);
fail:
	db_finalize(st);
	db_rollback(db);
	return -1;
}

int store_attach_list(struct db *db, struct arena *a, int64_t tenant, const struct attach_target *target,
		      struct attachment **out, size_t *n, struct err *e)
{
	struct db_stmt *st;
	size_t cap = 0;
	enum db_step r;
	*out = NULL;
	*n = 0;
	if (db_prepare(db, target ? "SELECT " COLS FROM "WHERE a.tenant_id = ? AND a.kind = ? AND a.ref = ? ORDER BY a.id"
				  : "SELECT " COLS FROM "WHERE a.tenant_id = ? ORDER BY a.id", &st, e) < 0)
		return -1;
	db_bind_int(st, 1, tenant);
	if (target) {
		db_bind_text(st, 2, attach_kind_code(target->kind));
		db_bind_text(st, 3, target->ref);
	}
	while ((r = db_step(st, e)) == DB_ROW) {
		struct attachment *x = arena_push(a, (void **)out, n, &cap, sizeof(*x));
		if (!x) {
			db_finalize(st);
			return row_oom(e);
		}
		read_row(a, st, x);
	}
	db_finalize(st);
	return r == DB_ERROR ? -1 : 0;
}

int store_attach_get(struct db *db, struct arena *a, int64_t tenant, int64_t id, struct attachment *out,
		     const char **content, bool *found, struct err *e)
{
	struct db_stmt *st = NULL;
	int rc = -1;
	if (get_meta(db, a, tenant, id, out, found, e) < 0)
		return -1;
	if (!*found || !content)
		return 0;
	*content = NULL;
	if (db_prepare(db, "SELECT content FROM attachment WHERE tenant_id = ? AND id = ?", &st, e) < 0)
		return -1;
	db_bind_int(st, 1, tenant);
	db_bind_int(st, 2, id);
	enum db_step r = db_step(st, e);
	if (r != DB_ROW) {
		if (r == DB_DONE)
			err_missing(e, "Vedlegg V-%lld finnes ikke.", (long long)id);
		goto out;
	}
	const char *b64 = db_col_text(st, 0);
	size_t len = 0, need = (size_t)out->size;
	char *data = arena_alloc(a, need + 1);
	if (!data) {
		row_oom(e);
		goto out;
	}
	if (!b64 || crypto_base64_decode(b64, strlen(b64), (unsigned char *)data, need, &len) < 0 || len != need) {
		err_set(e, "Vedlegg V-%lld er skadet i databasen (innholdet kan ikke leses).", (long long)id);
		e->kind = ERR_INTERNAL;
		goto out;
	}
	data[len] = '\0';
	char hash[CRYPTO_HASH_HEX];
	crypto_sha256_hex(data, len, hash);
	if (strcmp(hash, out->sha256) != 0) {
		err_set(e, "Vedlegg V-%lld er endret i databasen: innholdet stemmer ikke med SHA-256 som ble lagret. "
			"Det sendes ikke.", (long long)id);
		e->kind = ERR_INTERNAL;     /* not the asker's fault: the stored data is wrong */
		goto out;
	}
	*content = data;
	rc = 0;
out:
	db_finalize(st);
	return rc;
}

int store_attach_target_exists(struct db *db, int64_t tenant, const struct attach_target *t, bool *found, struct err *e)
{
	static const char *const sql[ATT_KIND_COUNT] = {
		/* a measure is the installation's (a catalog's), the others the tenant's */
		[ATT_MEASURE] = "SELECT 1 FROM catalog_item WHERE id = ?",
		[ATT_ACTION] = "SELECT 1 FROM action WHERE no = ? AND tenant_id = ?",
		[ATT_FINDING] = "SELECT 1 FROM finding WHERE no = ? AND tenant_id = ?",
		[ATT_RESTORE] = "SELECT 1 FROM ros_system WHERE name = ? AND tenant_id = ?",
	};
	struct db_stmt *st;
	*found = false;
	if (t->kind >= ATT_KIND_COUNT || !sql[t->kind])
		return err_set(e, "Målet sjekkes ikke her.");
	if (db_prepare(db, sql[t->kind], &st, e) < 0)
		return -1;
	if (t->no)
		db_bind_int(st, 1, t->no);
	else
		db_bind_text(st, 1, t->ref);
	if (t->kind != ATT_MEASURE)
		db_bind_int(st, 2, tenant);
	enum db_step r = db_step(st, e);
	*found = r == DB_ROW;
	db_finalize(st);
	return r == DB_ERROR ? -1 : 0;
}
