/* store/scales.h: a municipality's risk scales (model/scales.h) in the database. */
#ifndef BEREDT_STORE_SCALES_H
#define BEREDT_STORE_SCALES_H

#include "db/db.h"
#include "util/err.h"
#include "model/scales.h"
#include "store/stamp.h"
#include "util/arena.h"

/* The scales of the tenant: the defaults, with what the municipality has changed laid
 * over them. Strings live in the arena. */
MUST_CHECK int store_scales_load(struct db *db, struct arena *a, int64_t tenant, struct ros_scales *s,
		      struct err *e);

/* Check and store all of s in one transaction; the audit trail gets the old and the new
 * matrix and labels. */
MUST_CHECK int store_scales_save(struct db *db, struct arena *a, int64_t tenant, const struct ros_scales *s,
		      const struct store_stamp *st, struct err *e);

#endif
