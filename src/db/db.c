/* db.c: URL dispatch and the driver-independent parts. */
#include "db/db_impl.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int db_open(const char *url, struct db **out, struct err *e)
{
	*out = NULL;
	if (!url || !*url)
		return err_set(e, "Ingen database oppgitt. Bruk --db sqlite:STI eller "
			       "--db postgresql://..., eller sett BEREDT_DB.");
	if (strncmp(url, "sqlite:", 7) == 0) {
		if (!url[7])
			return err_set(e, "sqlite:-adressen mangler filsti, for eksempel sqlite:var/beredt.db.");
		return db_sqlite_open(url + 7, out, e);
	}
	if (strncmp(url, "postgresql://", 13) == 0 || strncmp(url, "postgres://", 11) == 0)
		return db_pg_open(url, out, e);
	return err_set(e, "Ukjent databaseadresse «%s». Bruk sqlite:STI eller postgresql://...", url);
}

void db_close(struct db *db)
{
	if (db)
		db->ops->close(db);
}

enum db_kind db_kind(const struct db *db)
{
	return db->kind;
}

void db_fail_in(struct db *db, long n)
{
	db->fail_in = n;
}

long db_fail_in_left(const struct db *db)
{
	return db->fail_in;
}

/* The injected failure, when this call is the one (db_fail_in). */
static bool injected(struct db *db, struct err *e)
{
	if (db->fail_in <= 0 || --db->fail_in > 0)
		return false;
	err_set(e, "Databasen svarte med en feil (injisert i en test).");
	e->kind = ERR_INTERNAL;
	return true;
}

int db_exec(struct db *db, const char *sql, struct err *e)
{
	return injected(db, e) ? -1 : db->ops->exec(db, sql, e);
}

/* Transactions nest by joining: only the outermost begin and commit reach the
 * database. A rollback inside dooms the whole transaction, so the outermost commit
 * rolls back and fails: a composite change (an import) is all or nothing even when its
 * parts are store calls that are atomic on their own. */
int db_begin(struct db *db, struct err *e)
{
	if (db->depth++ > 0)
		return 0;
	db->doomed = false;
	if (injected(db, e) || db->ops->exec(db, db->kind == DB_SQLITE ? "BEGIN IMMEDIATE" : "BEGIN", e) < 0) {
		db->depth = 0;
		return -1;
	}
	return 0;
}

int db_commit(struct db *db, struct err *e)
{
	if (db->depth <= 0)
		BUG("commit without transaction");
	if (--db->depth > 0)
		return 0;
	if (db->doomed) {
		struct err ignored;
		err_init(&ignored, LANG_NB);
		db->ops->exec(db, "ROLLBACK", &ignored);
		return err_set(e, "Endringen ble rullet tilbake fordi en del av den feilet.");
	}
	if (injected(db, e) || db->ops->exec(db, "COMMIT", e) < 0) {
		struct err ignored;
		err_init(&ignored, LANG_NB);
		db->ops->exec(db, "ROLLBACK", &ignored);
		return -1;
	}
	return 0;
}

void db_rollback(struct db *db)
{
	if (db->depth <= 0)
		return;
	if (--db->depth > 0) {
		db->doomed = true;
		return;
	}
	struct err ignored;
	err_init(&ignored, LANG_NB);
	db->ops->exec(db, "ROLLBACK", &ignored);
}

int db_prepare(struct db *db, const char *sql, struct db_stmt **out, struct err *e)
{
	*out = NULL;
	return injected(db, e) ? -1 : db->ops->prepare(db, sql, out, e);
}

int db_bind_text(struct db_stmt *st, int i, const char *v)
{
	return v ? st->db->ops->bind_text(st, i, v) : st->db->ops->bind_null(st, i);
}

int db_bind_int(struct db_stmt *st, int i, int64_t v)
{
	return st->db->ops->bind_int(st, i, v);
}

int db_bind_null(struct db_stmt *st, int i)
{
	return st->db->ops->bind_null(st, i);
}

enum db_step db_step(struct db_stmt *st, struct err *e)
{
	return injected(st->db, e) ? DB_ERROR : st->db->ops->step(st, e);
}

const char *db_col_text(struct db_stmt *st, int i)
{
	return st->db->ops->col_text(st, i);
}

int64_t db_col_int(struct db_stmt *st, int i)
{
	const char *s = st->db->ops->col_text(st, i);
	return s ? strtoll(s, NULL, 10) : 0;
}

bool db_col_null(struct db_stmt *st, int i)
{
	return st->db->ops->col_null(st, i);
}

bool db_last_was_unique_violation(const struct db_stmt *st)
{
	return st->db->ops->unique_violation(st);
}

void db_finalize(struct db_stmt *st)
{
	if (st)
		st->db->ops->finalize(st);
}

char *db_rewrite_placeholders(const char *sql, int *n_params)
{
	size_t n = strlen(sql);
	/* each '?' becomes at most "$" + 5 digits */
	char *out = malloc(n * 6 + 1);
	char quote = 0;
	int k = 0;
	size_t o = 0;

	if (!out)
		return NULL;
	for (size_t i = 0; i < n; i++) {
		char c = sql[i];
		if (quote) {
			if (c == quote)
				quote = 0;
			out[o++] = c;
		} else if (c == '\'' || c == '"') {
			quote = c;
			out[o++] = c;
		} else if (c == '?') {
			o += (size_t)snprintf(out + o, 7, "$%d", ++k);
		} else {
			out[o++] = c;
		}
	}
	out[o] = '\0';
	if (n_params)
		*n_params = k;
	return out;
}

int db_disk_full(struct err *e)
{
	return err_set(e, "Disken med databasen er full, så endringen ble ikke lagret, og ingenting er "
		       "endret. Frigjør plass på disken og prøv igjen.");
}
