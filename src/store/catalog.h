/* store/catalog.h: catalogs of measures. Catalogs are reference data shared by every
 * municipality in the database (not tenant data). */
#ifndef BEREDT_STORE_CATALOG_H
#define BEREDT_STORE_CATALOG_H

#include <stdbool.h>
#include <stddef.h>

#include "db/db.h"
#include "util/err.h"
#include "model/catalog.h"
#include "util/arena.h"

enum catalog_put {
	CATALOG_PUT_NEW,        /* refuse if the id exists */
	CATALOG_PUT_REPLACE,    /* replace groups and items of an existing id */
};

/* Store a catalog (checked with catalog_check) in one transaction.
 */
MUST_CHECK int store_catalog_put(struct db *db, const struct catalog *c, const char *now,
		      enum catalog_put mode, struct err *e);

/* The whole catalog with groups, items and mappings, in the arena. -1 if unknown. */
MUST_CHECK int store_catalog_get(struct db *db, struct arena *a, const char *id, struct catalog **out,
		      struct err *e);

/* Version of a stored catalog in *version (arena), or NULL if there is none. */
MUST_CHECK int store_catalog_version(struct db *db, struct arena *a, const char *id, const char **version,
			  struct err *e);

/* Every catalog, without groups and items but with n_groups and n_items counted. */
MUST_CHECK int store_catalog_list(struct db *db, struct arena *a, struct catalog **out, size_t *n,
		       struct err *e);

#endif
