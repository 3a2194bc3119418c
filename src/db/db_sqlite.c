/* db_sqlite.c: the SQLite driver (embedded database, the default).
 * WAL journal, foreign keys on, a busy timeout so concurrent writers wait instead of
 * failing at once. */
#include "db/db_impl.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define BUSY_TIMEOUT_MS 5000
#define BUSY_RETRY_US 200

/* Wait for another connection's write to end. SQLite's own busy handler backs off to
 * sleeps of 100 ms, so under many small writes (a 1 ms commit each) a writer slept far
 * longer than it had to wait: retry every 0.2 ms instead, for up to BUSY_TIMEOUT_MS. */
static int busy_wait(void *unused, int tries)
{
	(void)unused;
	if ((long)tries * BUSY_RETRY_US >= BUSY_TIMEOUT_MS * 1000L)
		return 0;
	nanosleep(&(struct timespec){ 0, BUSY_RETRY_US * 1000L }, NULL);
	return 1;
}
#define STMT_CACHE 96

/* Prepared statements are kept per connection and reused: preparing is the most
 * expensive part of a small query, and the store runs the same few dozen statements over
 * and over. An entry is found by its SQL text (the pointer first, as the store's SQL is
 * string literals, then the bytes). */
struct cache_entry {
	char *sql;
	sqlite3_stmt *st;
	bool busy;
};

struct sqlite_db {
	struct db base;
	sqlite3 *h;
	struct cache_entry cache[STMT_CACHE];
};

struct sqlite_stmt {
	struct db_stmt base;
	sqlite3_stmt *st;
	struct cache_entry *cached;   /* NULL: finalize when done */
	bool unique_violation;
};

static sqlite3 *handle(struct db *db)
{
	return ((struct sqlite_db *)db)->h;
}

static void s_close(struct db *db)
{
	struct sqlite_db *d = (struct sqlite_db *)db;
	for (int i = 0; i < STMT_CACHE; i++) {
		sqlite3_finalize(d->cache[i].st);
		free(d->cache[i].sql);
	}
	sqlite3_close(d->h);
	free(d);
}

static int fail(struct db *db, struct err *e)
{
	if ((sqlite3_extended_errcode(handle(db)) & 0xff) == SQLITE_FULL)
		return db_disk_full(e);
	return err_set(e, "Databasefeil (SQLite): %s", sqlite3_errmsg(handle(db)));
}

static int s_exec(struct db *db, const char *sql, struct err *e)
{
	char *msg = NULL;
	if (sqlite3_exec(handle(db), sql, NULL, NULL, &msg) != SQLITE_OK) {
		if ((sqlite3_extended_errcode(handle(db)) & 0xff) == SQLITE_FULL)
			db_disk_full(e);
		else
			err_set(e, "Databasefeil (SQLite): %s", msg ? msg : "?");
		sqlite3_free(msg);
		return -1;
	}
	return 0;
}

static int s_prepare(struct db *db, const char *sql, struct db_stmt **out, struct err *e)
{
	struct sqlite_db *d = (struct sqlite_db *)db;
	struct sqlite_stmt *s = calloc(1, sizeof(*s));
	struct cache_entry *spare = NULL;
	if (!s)
		return err_set(e, "Tom for minne.");
	s->base.db = db;
	for (int i = 0; i < STMT_CACHE; i++) {
		struct cache_entry *c = &d->cache[i];
		if (!c->sql) {
			if (!spare)
				spare = c;
			continue;
		}
		if (!c->busy && strcmp(c->sql, sql) == 0) {
			c->busy = true;
			s->st = c->st;
			s->cached = c;
			*out = &s->base;
			return 0;
		}
	}
	if (sqlite3_prepare_v2(d->h, sql, -1, &s->st, NULL) != SQLITE_OK) {
		free(s);
		return fail(db, e);
	}
	if (spare && (spare->sql = strdup(sql))) {
		spare->st = s->st;
		spare->busy = true;
		s->cached = spare;
	}
	*out = &s->base;
	return 0;
}

static sqlite3_stmt *stmt(struct db_stmt *st)
{
	return ((struct sqlite_stmt *)st)->st;
}

static int s_bind_text(struct db_stmt *st, int i, const char *v)
{
	return sqlite3_bind_text(stmt(st), i, v, -1, SQLITE_TRANSIENT) == SQLITE_OK ? 0 : -1;
}

static int s_bind_int(struct db_stmt *st, int i, int64_t v)
{
	return sqlite3_bind_int64(stmt(st), i, v) == SQLITE_OK ? 0 : -1;
}

static int s_bind_null(struct db_stmt *st, int i)
{
	return sqlite3_bind_null(stmt(st), i) == SQLITE_OK ? 0 : -1;
}

static enum db_step s_step(struct db_stmt *st, struct err *e)
{
	struct sqlite_stmt *s = (struct sqlite_stmt *)st;
	int rc = sqlite3_step(s->st);
	if (rc == SQLITE_ROW)
		return DB_ROW;
	if (rc == SQLITE_DONE)
		return DB_DONE;
	int ext = sqlite3_extended_errcode(handle(st->db));
	s->unique_violation = ext == SQLITE_CONSTRAINT_UNIQUE || ext == SQLITE_CONSTRAINT_PRIMARYKEY;
	fail(st->db, e);
	return DB_ERROR;
}

static const char *s_col_text(struct db_stmt *st, int i)
{
	return (const char *)sqlite3_column_text(stmt(st), i);
}

static bool s_col_null(struct db_stmt *st, int i)
{
	return sqlite3_column_type(stmt(st), i) == SQLITE_NULL;
}

static bool s_unique(const struct db_stmt *st)
{
	return ((const struct sqlite_stmt *)st)->unique_violation;
}

static void s_finalize(struct db_stmt *st)
{
	struct sqlite_stmt *s = (struct sqlite_stmt *)st;
	if (s->cached) {
		sqlite3_reset(s->st);
		sqlite3_clear_bindings(s->st);
		s->cached->busy = false;
	} else {
		sqlite3_finalize(s->st);
	}
	free(s);
}

static const struct db_ops sqlite_ops = {
	.close = s_close, .exec = s_exec, .prepare = s_prepare, .bind_text = s_bind_text,
	.bind_int = s_bind_int, .bind_null = s_bind_null, .step = s_step,
	.col_text = s_col_text, .col_null = s_col_null, .unique_violation = s_unique,
	.finalize = s_finalize,
};

int db_sqlite_open(const char *path, struct db **out, struct err *e)
{
	struct sqlite_db *d = calloc(1, sizeof(*d));
	if (!d)
		return err_set(e, "Tom for minne.");
	d->base.ops = &sqlite_ops;
	d->base.kind = DB_SQLITE;
	int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
	if (sqlite3_open_v2(path, &d->h, flags, NULL) != SQLITE_OK) {
		err_set(e, "Kan ikke åpne SQLite-databasen %s: %s. Finnes mappen, og har du "
			"skrivetilgang?", path, d->h ? sqlite3_errmsg(d->h) : "?");
		goto fail;
	}
	sqlite3_extended_result_codes(d->h, 1);
	sqlite3_busy_handler(d->h, busy_wait, NULL);
	if (s_exec(&d->base, "PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; "
		   "PRAGMA synchronous=NORMAL;", e) < 0) {
		err_prefix(e, "%s", path);
		goto fail;
	}
	*out = &d->base;
	return 0;
fail:
	sqlite3_close(d->h);
	free(d);
	return -1;
}

int db_sqlite_backup(struct db *db, const char *path, struct err *e)
{
	sqlite3 *to = NULL;
	if (db->kind != DB_SQLITE)
		return err_set(e, "Ikke en SQLite-database.");
	if (sqlite3_open_v2(path, &to, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK) {
		err_set(e, "Kan ikke åpne %s: %s", path, to ? sqlite3_errmsg(to) : "ukjent feil");
		sqlite3_close(to);
		return -1;
	}
	/* the online backup API copies a consistent snapshot while others keep writing */
	sqlite3_backup *b = sqlite3_backup_init(to, "main", handle(db), "main");
	int rc = b ? sqlite3_backup_step(b, -1) : SQLITE_ERROR;
	if (b)
		sqlite3_backup_finish(b);
	if (rc != SQLITE_DONE) {
		err_set(e, "Sikkerhetskopien feilet: %s", sqlite3_errmsg(to));
		sqlite3_close(to);
		return -1;
	}
	return sqlite3_close(to) == SQLITE_OK ? 0 : err_set(e, "Kan ikke lukke %s.", path);
}
