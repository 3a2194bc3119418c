/* db_impl.h: the interface each driver implements (private to src/db/). */
#ifndef BEREDT_DB_IMPL_H
#define BEREDT_DB_IMPL_H

#include "db/db.h"

struct db_ops {
	void (*close)(struct db *);
	int (*exec)(struct db *, const char *, struct err *);
	int (*prepare)(struct db *, const char *, struct db_stmt **, struct err *);
	int (*bind_text)(struct db_stmt *, int, const char *);
	int (*bind_int)(struct db_stmt *, int, int64_t);
	int (*bind_null)(struct db_stmt *, int);
	enum db_step (*step)(struct db_stmt *, struct err *);
	const char *(*col_text)(struct db_stmt *, int);
	bool (*col_null)(struct db_stmt *, int);
	bool (*unique_violation)(const struct db_stmt *);
	void (*finalize)(struct db_stmt *);
};

/* Every driver's structs start with these, so db.c can dispatch. */
struct db {
	const struct db_ops *ops;
	enum db_kind kind;
	int depth;               /* nesting depth of db_begin */
	bool doomed;             /* an inner part rolled back */
	long fail_in;            /* tests: the fail_in-th call from now fails (0: none) */
};

struct db_stmt {
	struct db *db;
};

int db_sqlite_open(const char *path, struct db **out, struct err *e);
int db_pg_open(const char *conninfo, struct db **out, struct err *e);

/* The message for a full disk, the one failure an operator can mend at once; both
 * databases roll the transaction back themselves, so nothing was written. -1. */
int db_disk_full(struct err *e);

#endif
