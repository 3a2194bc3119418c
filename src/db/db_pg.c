/* db_pg.c: the PostgreSQL driver through libpq.
 *
 * Statements are run with PQexecParams when first stepped: parameters as text, the
 * server infers their types from the columns they meet. The whole result is fetched
 * at once; the store keeps result sets small (one municipality at a time). */
#include "db/db_impl.h"

#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PG_MAX_PARAMS 64

struct pg_db {
	struct db base;
	PGconn *conn;
};

struct pg_stmt {
	struct db_stmt base;
	char *sql;
	int n_params;
	char *values[PG_MAX_PARAMS];
	PGresult *res;
	int row;             /* current row; -1 before the first step */
	bool ran;
	bool unique_violation;
};

static PGconn *conn(struct db *db)
{
	return ((struct pg_db *)db)->conn;
}

static void p_close(struct db *db)
{
	PQfinish(conn(db));
	free(db);
}

static int result_error(PGresult *res, struct db *db, struct err *e)
{
	const char *msg = res ? PQresultErrorMessage(res) : PQerrorMessage(conn(db));
	const char *state = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : NULL;
	char clean[512];
	if (state && strcmp(state, "53100") == 0)   /* disk_full */
		return db_disk_full(e);
	size_t n = strlen(msg);
	if (n >= sizeof(clean))
		n = sizeof(clean) - 1;
	memcpy(clean, msg, n);
	while (n && (clean[n - 1] == '\n' || clean[n - 1] == ' '))
		n--;
	clean[n] = '\0';
	return err_set(e, "Databasefeil (PostgreSQL): %s", clean);
}

static int p_exec(struct db *db, const char *sql, struct err *e)
{
	PGresult *res = PQexec(conn(db), sql);
	ExecStatusType st = PQresultStatus(res);
	int rc = 0;
	if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK)
		rc = result_error(res, db, e);
	PQclear(res);
	return rc;
}

static int p_prepare(struct db *db, const char *sql, struct db_stmt **out, struct err *e)
{
	struct pg_stmt *s = calloc(1, sizeof(*s));
	if (!s)
		return err_set(e, "Tom for minne.");
	s->sql = db_rewrite_placeholders(sql, &s->n_params);
	if (!s->sql || s->n_params > PG_MAX_PARAMS) {
		free(s->sql);
		free(s);
		return err_set(e, "Intern feil: for mange parametere i én SQL-setning.");
	}
	s->base.db = db;
	s->row = -1;
	*out = &s->base;
	return 0;
}

static int set_value(struct db_stmt *st, int i, char *v)
{
	struct pg_stmt *s = (struct pg_stmt *)st;
	if (i < 1 || i > s->n_params) {
		free(v);
		return -1;
	}
	free(s->values[i - 1]);
	s->values[i - 1] = v;
	return 0;
}

static int p_bind_text(struct db_stmt *st, int i, const char *v)
{
	char *copy = strdup(v);
	return copy ? set_value(st, i, copy) : -1;
}

static int p_bind_int(struct db_stmt *st, int i, int64_t v)
{
	char tmp[24];
	snprintf(tmp, sizeof(tmp), "%lld", (long long)v);
	return p_bind_text(st, i, tmp);
}

static int p_bind_null(struct db_stmt *st, int i)
{
	return set_value(st, i, NULL);
}

static enum db_step p_step(struct db_stmt *st, struct err *e)
{
	struct pg_stmt *s = (struct pg_stmt *)st;
	if (!s->ran) {
		s->ran = true;
		s->res = PQexecParams(conn(st->db), s->sql, s->n_params, NULL,
				      (const char *const *)s->values, NULL, NULL, 0);
		ExecStatusType rs = PQresultStatus(s->res);
		if (rs != PGRES_COMMAND_OK && rs != PGRES_TUPLES_OK) {
			const char *state = PQresultErrorField(s->res, PG_DIAG_SQLSTATE);
			s->unique_violation = state && strcmp(state, "23505") == 0;
			result_error(s->res, st->db, e);
			return DB_ERROR;
		}
	}
	if (PQresultStatus(s->res) != PGRES_TUPLES_OK)
		return DB_DONE;
	s->row++;
	return s->row < PQntuples(s->res) ? DB_ROW : DB_DONE;
}

static const char *p_col_text(struct db_stmt *st, int i)
{
	struct pg_stmt *s = (struct pg_stmt *)st;
	if (!s->res || s->row < 0 || s->row >= PQntuples(s->res) || i >= PQnfields(s->res) ||
	    PQgetisnull(s->res, s->row, i))
		return NULL;
	return PQgetvalue(s->res, s->row, i);
}

static bool p_col_null(struct db_stmt *st, int i)
{
	return p_col_text(st, i) == NULL;
}

static bool p_unique(const struct db_stmt *st)
{
	return ((const struct pg_stmt *)st)->unique_violation;
}

static void p_finalize(struct db_stmt *st)
{
	struct pg_stmt *s = (struct pg_stmt *)st;
	for (int i = 0; i < s->n_params; i++)
		free(s->values[i]);
	PQclear(s->res);
	free(s->sql);
	free(s);
}

static const struct db_ops pg_ops = {
	.close = p_close, .exec = p_exec, .prepare = p_prepare, .bind_text = p_bind_text,
	.bind_int = p_bind_int, .bind_null = p_bind_null, .step = p_step,
	.col_text = p_col_text, .col_null = p_col_null, .unique_violation = p_unique,
	.finalize = p_finalize,
};

static void quiet_notices(void *arg, const char *msg)
{
	(void)arg;
	(void)msg;     /* "relation already exists, skipping" and the like */
}

int db_pg_open(const char *conninfo, struct db **out, struct err *e)
{
	struct pg_db *d = calloc(1, sizeof(*d));
	if (!d)
		return err_set(e, "Tom for minne.");
	d->base.ops = &pg_ops;
	d->base.kind = DB_POSTGRES;
	d->conn = PQconnectdb(conninfo);
	if (PQstatus(d->conn) != CONNECTION_OK) {
		err_set(e, "Kan ikke koble til PostgreSQL: %s. Sjekk adressen, at serveren kjører "
			"og at brukeren har tilgang.", PQerrorMessage(d->conn));
		PQfinish(d->conn);
		free(d);
		return -1;
	}
	PQsetNoticeProcessor(d->conn, quiet_notices, NULL);
	if (p_exec(&d->base, "SET client_encoding = 'UTF8'; SET TIME ZONE 'UTC'", e) < 0) {
		PQfinish(d->conn);
		free(d);
		return -1;
	}
	*out = &d->base;
	return 0;
}
