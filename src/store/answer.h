/* store/answer.h: answers in an assessment round. Every change is a new version;
 * nothing is overwritten. Setting an answer keeps the action plan in step with it
 * (action_derive) in the same transaction. */
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

/* A change to one answer: NULL fields are left as they are, "" clears a text. */
struct answer_patch {
	const char *measure_id;
	bool has_status;
	enum status status;
	const char *evidence;
	const char *owner;
	const char *plan;
	bool has_due;
	int32_t due;            /* DATE_NONE clears */
};

/* The current answers of a round (in catalog order is not guaranteed). */
MUST_CHECK int store_answers_load(struct db *db, struct arena *a, int64_t tenant, int64_t round_id,
		       struct answer **out, size_t *n, struct err *e);

/* Apply a patch to the answer for p->measure_id in round no. Refused when the round is
 * closed, the measure is not in the catalog or a value is invalid; then nothing is
 * changed. *changed (if given) is false when the patch changed nothing. */
MUST_CHECK int store_answer_set(struct db *db, int64_t tenant, int round_no, const struct catalog *c,
		     const struct answer_patch *p, const struct store_stamp *s, bool *changed,
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
