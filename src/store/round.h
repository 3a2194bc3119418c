/* store/round.h: assessment rounds of one municipality. Every call takes the tenant. */
#ifndef BEREDT_STORE_ROUND_H
#define BEREDT_STORE_ROUND_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "db/db.h"
#include "util/err.h"
#include "model/assess.h"
#include "store/stamp.h"
#include "util/arena.h"

/* Start round N+1 on a catalog. Refused while another round is open. The answers of the
 * latest round are carried over (same measure ids), so a new round starts from where
 * the last one ended. *out in the arena. */
MUST_CHECK int store_round_start(struct db *db, struct arena *a, int64_t tenant, const char *catalog_id,
		      const char *title, const struct store_stamp *s, struct round *out,
		      struct err *e);

/* Round number no, or when no is 0 the latest of ASSESS_MAIN_CATALOG (KS's measures, which
 * the dashboard and report speak of), else the latest. -1 with a message when there is none. */
MUST_CHECK int store_round_get(struct db *db, struct arena *a, int64_t tenant, int no, struct round *out,
		    struct err *e);

/* The latest round of a catalog. */
MUST_CHECK int store_round_of(struct db *db, struct arena *a, int64_t tenant, const char *catalog, struct round *out,
		   struct err *e);

/* The round an answer to 'measure' goes into: round no when given; else the latest round
 * (store_round_get) when its catalog has the measure, else the newest open round of a
 * catalog that has it, else the latest round (which then refuses the measure). */
MUST_CHECK int store_round_for(struct db *db, struct arena *a, int64_t tenant, int no, const char *measure, struct round *out,
		    struct err *e);

/* The latest closed round before round no; *found false when there is none. */
MUST_CHECK int store_round_previous(struct db *db, struct arena *a, int64_t tenant, int no,
			 struct round *out, bool *found, struct err *e);

/* Every round, newest first. */
MUST_CHECK int store_round_list(struct db *db, struct arena *a, int64_t tenant, struct round **out,
		     size_t *n, struct err *e);

/* Close round no (freezing its answers), and approve it when approved_by is given.
 * Closing is final: while measures stand as unknown it is refused, naming them, unless
 * unknown_seen is exactly their number (the closer confirmed having seen the list;
 * ROUND_UNKNOWN_NONE: nothing confirmed; ROUND_UNKNOWN_ANY: the CLI's --yes, whatever
 * stands unknown). */
#define ROUND_UNKNOWN_NONE (-1)
#define ROUND_UNKNOWN_ANY (-2)
MUST_CHECK int store_round_close(struct db *db, int64_t tenant, int no, const char *approved_by, int unknown_seen,
		      const struct store_stamp *s, struct err *e);

/* Approve a closed round. */
MUST_CHECK int store_round_approve(struct db *db, int64_t tenant, int no, const struct store_stamp *s,
			struct err *e);

#endif
