/* store/action.h: the action plan of one municipality, with every version kept. */
#ifndef BEREDT_STORE_ACTION_H
#define BEREDT_STORE_ACTION_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "db/db.h"
#include "util/err.h"
#include "model/action.h"
#include "store/stamp.h"
#include "util/arena.h"

/* Every action of the municipality by number; array and strings in the arena. */
MUST_CHECK int store_action_list(struct db *db, struct arena *a, int64_t tenant, struct action **out,
		      size_t *n, struct err *e);

/* Action number no (T-no). -1 with a message when the municipality has none such. */
MUST_CHECK int store_action_get(struct db *db, struct arena *a, int64_t tenant, int no,
		     struct action *out, struct err *e);

/* The action derived from the answers for a measure; *found false when none. */
MUST_CHECK int store_action_find_derived(struct db *db, struct arena *a, int64_t tenant,
			      const char *catalog_id, const char *measure_id, struct action *out,
			      bool *found, struct err *e);

/* Add an action (checked with action_check); sets id, no, version 1 and the stamps. */
MUST_CHECK int store_action_add(struct db *db, int64_t tenant, struct action *act,
		     const struct store_stamp *s, struct err *e);

/* Store a new version of an existing action. 'next' carries the id and the version it
 * was read at; if someone changed it since, the update is refused. */
MUST_CHECK int store_action_update(struct db *db, int64_t tenant, struct action *next,
			const struct store_stamp *s, struct err *e);

/* Every version of action no, oldest first. */
MUST_CHECK int store_action_history(struct db *db, struct arena *a, int64_t tenant, int no,
			 struct action **out, size_t *n, struct err *e);

#endif
