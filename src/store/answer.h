/* store/answer.h: answers in an assessment round, kept: every change is a new version in
 * the history, nothing is overwritten. Setting an answer (the rules, the audit entry, the
 * action plan kept in step) is the use case app/answers.h. */
#ifndef BEREDT_STORE_ANSWER_H
#define BEREDT_STORE_ANSWER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "db/db.h"
#include "util/err.h"
#include "model/assess.h"
#include "model/catalog.h"
#include "store/stamp.h"
#include "util/arena.h"

/* The current answers of a round (in catalog order is not guaranteed). */
MUST_CHECK int store_answers_load(struct db *db, struct arena *a, int64_t tenant, int64_t round_id,
		       struct answer **out, size_t *n, struct err *e);

/* The current answer for 'measure_id' in a round (arena); *found false when none. */
MUST_CHECK int store_answer_get(struct db *db, struct arena *a, int64_t tenant, int64_t round_id,
				const char *measure_id, struct answer *out, bool *found, struct err *e);

/* One answer row as it is, into the current answers or the history (a restore writes
 * every version as it was). Within the caller's transaction. */
enum store_answer_table { STORE_ANSWER_CURRENT, STORE_ANSWER_HISTORY };
MUST_CHECK int store_answer_row(struct db *db, enum store_answer_table t, int64_t tenant, int64_t round_id,
				const struct answer *x, struct err *e);

/* Make x the current answer for its measure in the round and add it to the history, as
 * version x->version. Within the caller's transaction. */
MUST_CHECK int store_answer_put(struct db *db, int64_t tenant, int64_t round_id, const struct answer *x,
				struct err *e);

/* Every version of one answer in a round, oldest first. */
MUST_CHECK int store_answer_history(struct db *db, struct arena *a, int64_t tenant, int64_t round_id,
			 const char *measure_id, struct answer **out, size_t *n, struct err *e);

/* One page of a measure's history, newest first: at most 'limit' versions older than
 * 'before' (0: from the newest); *more when there are older ones still. The page a
 * person sees is bounded however long the history grows. */
MUST_CHECK int store_answer_history_page(struct db *db, struct arena *a, int64_t tenant, int64_t round_id,
			      const char *measure_id, int before, size_t limit, struct answer **out, size_t *n,
			      bool *more, struct err *e);

#endif
