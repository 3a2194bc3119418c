/* store/audit.c: see audit.h. */
#include "store/audit.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "store/row.h"
#include "util/crypto.h"

static void entry_hash(const struct audit_entry *x, char out[CRYPTO_HASH_HEX])
{
	struct buf b;
	buf_init(&b, 0);
	audit_serialise(x, &b);
	crypto_hash_hex(b.data ? b.data : "", b.len, out);
	buf_release(&b);
}

int store_audit(struct db *db, int64_t tenant, const struct store_stamp *s, const char *action,
		const char *object, const char *old_value, const char *new_value, struct err *e)
{
	struct db_stmt *st;
	char prev[CRYPTO_HASH_HEX], hash[CRYPTO_HASH_HEX];
	struct audit_entry x = { .tenant_id = tenant, .at = s->at, .actor = s->by, .action = action,
				 .object = object, .old_value = old_value, .new_value = new_value,
				 .ip = s->ip };
	if (s->replay)
		return 0;
	if (db_begin(db, e) < 0)
		return -1;
	/* taking the head row first serialises concurrent writers */
	if (db_prepare(db, "UPDATE audit_head SET seq = seq + 1 WHERE id = 1 RETURNING seq, hash",
		       &st, e) < 0)
		goto fail;
	if (db_step(st, e) != DB_ROW) {
		db_finalize(st);
		goto fail;
	}
	x.seq = db_col_int(st, 0);
	snprintf(prev, sizeof(prev), "%s", db_col_text(st, 1));
	db_finalize(st);
	x.prev_hash = prev;
	entry_hash(&x, hash);
	if (db_prepare(db, "INSERT INTO audit (seq, tenant_id, at, actor, action, object, old_value, "
			   "new_value, ip, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
		       &st, e) < 0)
		goto fail;
	db_bind_int(st, 1, x.seq);
	if (tenant)
		db_bind_int(st, 2, tenant);
	else
		db_bind_null(st, 2);
	db_bind_text(st, 3, x.at);
	db_bind_text(st, 4, x.actor ? x.actor : "?");
	db_bind_text(st, 5, action);
	db_bind_text(st, 6, object);
	db_bind_text(st, 7, old_value);
	db_bind_text(st, 8, new_value);
	db_bind_text(st, 9, x.ip);
	db_bind_text(st, 10, prev);
	db_bind_text(st, 11, hash);
	if (row_exec(st, e) < 0 ||
	    db_prepare(db, "UPDATE audit_head SET hash = ? WHERE id = 1", &st, e) < 0)
		goto fail;
	db_bind_text(st, 1, hash);
	if (row_exec(st, e) < 0)
		goto fail;
	return db_commit(db, e);
fail:
	db_rollback(db);
	return -1;
}

int store_audit_head(struct db *db, int64_t *seq, struct err *e)
{
	struct db_stmt *st;
	if (db_prepare(db, "SELECT seq FROM audit_head WHERE id = 1", &st, e) < 0)
		return -1;
	enum db_step r = db_step(st, e);
	*seq = r == DB_ROW ? db_col_int(st, 0) : -1;
	db_finalize(st);
	return r == DB_ERROR ? -1 : 0;
}

#define AUDIT_COLS "seq, tenant_id, at, actor, action, object, old_value, new_value, ip, " \
		   "prev_hash, hash"

static void read_entry(struct arena *a, struct db_stmt *st, struct audit_entry *x)
{
	x->seq = db_col_int(st, 0);
	x->tenant_id = db_col_null(st, 1) ? 0 : db_col_int(st, 1);
	x->at = row_text(a, st, 2);
	x->actor = row_text(a, st, 3);
	x->action = row_text(a, st, 4);
	x->object = row_text(a, st, 5);
	x->old_value = row_text(a, st, 6);
	x->new_value = row_text(a, st, 7);
	x->ip = row_text(a, st, 8);
	x->prev_hash = row_text(a, st, 9);
	x->hash = row_text(a, st, 10);
}

int store_audit_verify(struct db *db, struct arena *a, int64_t *count, int64_t *broken_at,
		       const char **head, struct err *e)
{
	struct db_stmt *st;
	char prev[CRYPTO_HASH_HEX] = AUDIT_GENESIS, want[CRYPTO_HASH_HEX];
	int64_t expect = 1, head_seq = 0;
	enum db_step r;
	struct arena tmp;

	*count = 0;
	*broken_at = 0;
	if (db_prepare(db, "SELECT " AUDIT_COLS " FROM audit ORDER BY seq", &st, e) < 0)
		return -1;
	arena_init(&tmp, 0);
	while ((r = db_step(st, e)) == DB_ROW) {
		struct audit_entry x;
		read_entry(&tmp, st, &x);
		++*count;
		if (!*broken_at) {
			entry_hash(&x, want);
			if (x.seq != expect) {
				*broken_at = x.seq;
				err_set(e, "Oppføring %" PRId64 " følger etter %" PRId64 ": oppføringer "
					"mangler (slettet?).", x.seq, expect - 1);
			} else if (strcmp(x.prev_hash, prev) != 0) {
				*broken_at = x.seq;
				err_set(e, "Oppføring %" PRId64 " peker ikke på hashen til oppføringen "
					"før (endret eller satt inn?).", x.seq);
			} else if (strcmp(x.hash, want) != 0) {
				*broken_at = x.seq;
				err_set(e, "Oppføring %" PRId64 " er endret: hashen stemmer ikke med "
					"innholdet.", x.seq);
			}
			snprintf(prev, sizeof(prev), "%s", x.hash ? x.hash : "");
			expect = x.seq + 1;
		}
		arena_release(&tmp);
	}
	db_finalize(st);
	if (r == DB_ERROR)
		return -1;
	if (db_prepare(db, "SELECT seq, hash FROM audit_head WHERE id = 1", &st, e) < 0)
		return -1;
	if (db_step(st, e) == DB_ROW) {
		head_seq = db_col_int(st, 0);
		*head = row_text(a, st, 1);
	}
	db_finalize(st);
	if (!*broken_at && (head_seq != expect - 1 || strcmp(*head ? *head : "", prev) != 0)) {
		*broken_at = expect;
		err_set(e, "Siste oppføring er %" PRId64 ", men kjeden skal ha %" PRId64 " (slettet "
			"på slutten?).", expect - 1, head_seq);
	}
	return 0;
}

int store_audit_list(struct db *db, struct arena *a, int64_t tenant, int limit,
		     struct audit_entry **out, size_t *n, struct err *e)
{
	struct db_stmt *st;
	size_t cap = 0;
	enum db_step r;
	*out = NULL;
	*n = 0;
	if (db_prepare(db, "SELECT " AUDIT_COLS " FROM audit WHERE tenant_id = ? ORDER BY seq DESC "
			   "LIMIT ?", &st, e) < 0)
		return -1;
	db_bind_int(st, 1, tenant);
	db_bind_int(st, 2, limit);
	while ((r = db_step(st, e)) == DB_ROW) {
		struct audit_entry *x = arena_push(a, (void **)out, n, &cap, sizeof(*x));
		if (!x) {
			db_finalize(st);
			return row_oom(e);
		}
		read_entry(a, st, x);
	}
	db_finalize(st);
	return r == DB_ERROR ? -1 : 0;
}

int store_audit_head_hash(struct db *db, int64_t *seq, char hash[CRYPTO_HASH_HEX], struct err *e)
{
	struct db_stmt *st;
	if (db_prepare(db, "SELECT seq, hash FROM audit_head WHERE id = 1", &st, e) < 0)
		return -1;
	enum db_step r = db_step(st, e);
	if (r == DB_ROW) {
		*seq = db_col_int(st, 0);
		snprintf(hash, CRYPTO_HASH_HEX, "%s", db_col_text(st, 1) ? db_col_text(st, 1) : "");
	}
	db_finalize(st);
	return r == DB_ROW ? 0 : err_set(e, "Revisjonssporets hode mangler.");
}

int store_audit_head_at(struct db *db, const char *at, int64_t *seq, char hash[CRYPTO_HASH_HEX], bool *found,
			struct err *e)
{
	struct db_stmt *st;
	*found = false;
	*seq = 0;
	hash[0] = '\0';
	if (db_prepare(db, "SELECT seq, hash FROM audit WHERE at <= ? ORDER BY seq DESC LIMIT 1", &st, e) < 0)
		return -1;
	db_bind_text(st, 1, at);
	enum db_step r = db_step(st, e);
	if (r == DB_ROW) {
		*found = true;
		*seq = db_col_int(st, 0);
		snprintf(hash, CRYPTO_HASH_HEX, "%s", db_col_text(st, 1) ? db_col_text(st, 1) : "");
	}
	db_finalize(st);
	return r == DB_ERROR ? -1 : 0;
}

int store_audit_hash_at(struct db *db, int64_t seq, char hash[CRYPTO_HASH_HEX], bool *found, struct err *e)
{
	struct db_stmt *st;
	*found = false;
	if (db_prepare(db, "SELECT hash FROM audit WHERE seq = ?", &st, e) < 0)
		return -1;
	db_bind_int(st, 1, seq);
	enum db_step r = db_step(st, e);
	if (r == DB_ROW) {
		*found = true;
		snprintf(hash, CRYPTO_HASH_HEX, "%s", db_col_text(st, 0) ? db_col_text(st, 0) : "");
	}
	db_finalize(st);
	return r == DB_ERROR ? -1 : 0;
}
