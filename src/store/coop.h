/* store/coop.h: IT cooperations and their member municipalities.
 *
 * A cooperation is a tenant (kind 'samarbeid', its code the cooperation's id) with its own
 * registers and users. A municipality belongs to at most one cooperation at a time; leaving
 * ends the row (left_at), so who served whom, when, stays known. */
#ifndef BEREDT_STORE_COOP_H
#define BEREDT_STORE_COOP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "db/db.h"
#include "model/tenant.h"
#include "store/stamp.h"
#include "util/arena.h"
#include "util/err.h"

/* The cooperation with this id (ERR_NOT_FOUND, saying how to register it, when there is none;
 * a municipality's code is not a cooperation's). */
MUST_CHECK int store_coop_get(struct db *db, struct arena *a, const char *id, struct tenant *out, struct err *e);

/* Every cooperation, by id, each with its number of current members in *members
 * (arena-owned, parallel to *out). */
MUST_CHECK int store_coop_list(struct db *db, struct arena *a, struct tenant **out, int **members, size_t *n,
			       struct err *e);

/* The municipality with this kommunenummer joins the cooperation. Refused (ERR_CONFLICT)
 * when it is a member of this or another cooperation now. Audited on both sides. */
MUST_CHECK int store_coop_join(struct db *db, struct arena *a, const struct tenant *coop, const char *kommunenr,
			       const struct store_stamp *s, struct err *e);

/* The municipality leaves the cooperation; *found false (nothing changed) when it was not a
 * member. Refused (ERR_CONFLICT) while its register depends on the shared systems. Audited
 * on both sides. */
MUST_CHECK int store_coop_leave(struct db *db, struct arena *a, const struct tenant *coop, const char *kommunenr,
				const struct store_stamp *s, bool *found, struct err *e);

/* The cooperation's members, the current ones first (by kommunenummer), then the former
 * (all: with them); arena-owned. */
MUST_CHECK int store_coop_members(struct db *db, struct arena *a, int64_t coop, bool all, struct coop_member **out,
				  size_t *n, struct err *e);

#endif
