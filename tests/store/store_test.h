/* store_test.h: what the store suites share: the database of BEREDT_TEST_DB opened,
 * migrated and given the built-in catalogs, and two small helpers. */
#ifndef BEREDT_STORE_TEST_H
#define BEREDT_STORE_TEST_H

#include <stdint.h>

#include "db/db.h"
#include "model/catalog.h"
#include "store/stamp.h"
#include "util/arena.h"
#include "util/err.h"

/* Open and prepare the test database; *ks the KS catalog, *suite "PREFIX-sqlite" or
 * "PREFIX-postgresql" (arena). -1 (said on stderr) when it cannot. */
int store_test_open(const char *prefix, const struct store_stamp *s, struct db **db, struct arena *a, struct err *e,
		    const struct catalog **ks, const char **suite);

/* The number a one-column query with the tenant bound to its one parameter answers. */
int64_t store_test_count(struct db *db, struct err *e, const char *sql, int64_t tenant);

/* A new municipality with this kommunenummer; its id. */
int64_t store_test_tenant(struct db *db, struct err *e, const struct store_stamp *s, const char *knr);

#endif
