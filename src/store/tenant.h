/* store/tenant.h: municipalities. */
#ifndef BEREDT_STORE_TENANT_H
#define BEREDT_STORE_TENANT_H

#include <stddef.h>

#include "db/db.h"
#include "util/err.h"
#include "model/tenant.h"
#include "store/stamp.h"
#include "util/arena.h"

/* Register a municipality (checked with tenant_check). Sets t->id. Refuses a
 * kommunenummer that is already registered. */
MUST_CHECK int store_tenant_add(struct db *db, struct tenant *t, const struct store_stamp *s, struct err *e);

/* The municipality with this kommunenummer; strings in the arena. -1 if unknown, with a
 * message that says how to register it. */
MUST_CHECK int store_tenant_get(struct db *db, struct arena *a, const char *kommunenr, struct tenant *out,
		     struct err *e);

/* The municipality with this key (for a logged-in user's own tenant). */
MUST_CHECK int store_tenant_by_id(struct db *db, struct arena *a, int64_t id, struct tenant *out,
		       struct err *e);

/* Every municipality, ordered by kommunenummer; array and strings in the arena. */
MUST_CHECK int store_tenant_list(struct db *db, struct arena *a, struct tenant **out, size_t *n,
		      struct err *e);

#endif
