/* store/refdata.h: the reference catalogs (migrations/007_refdata.sql) in the database,
 * shared by all municipalities. */
#ifndef BEREDT_STORE_REFDATA_H
#define BEREDT_STORE_REFDATA_H

#include "db/db.h"
#include "model/lifecycle.h"
#include "util/err.h"
#include <stdint.h>
#include "store/stamp.h"
#include "util/arena.h"

/* What is loaded: *n (0..2) rows in name order, in the arena. */
MUST_CHECK int store_refdata_list(struct db *db, struct arena *a, struct refdata_info **out, size_t *n,
		       struct err *e);

/* Store a file's text as the catalog 'name' (checked by the caller), replacing what was
 * there; the audit trail gets the old and the new version. */
MUST_CHECK int store_refdata_put(struct db *db, const char *name, const char *version, int32_t data_date,
		      const char *content, const struct store_stamp *st, struct err *e);

/* The text of catalog 'name' (arena), NULL when it has not been loaded. Parsing is the
 * caller's (io/refdata_json.h). */
MUST_CHECK int store_refdata_text(struct db *db, struct arena *a, const char *name, const char **text,
		       struct err *e);

#endif
