/* app/answers.h: setting an answer in an assessment round, the use case the page, the API,
 * the CLI and the demo share: the measure must be in the round's catalog, the texts within
 * their limits and the round open; the answer becomes a new version, the audit trail gets
 * an entry and the action plan is kept in step (action_derive), in one transaction. */
#ifndef BEREDT_APP_ANSWERS_H
#define BEREDT_APP_ANSWERS_H

#include <stdbool.h>
#include <stdint.h>

#include "db/db.h"
#include "model/assess.h"
#include "model/catalog.h"
#include "store/stamp.h"
#include "util/err.h"

/* Apply a patch to the answer for p->measure_id in round no (whose catalog is c). Refused
 * when the round is closed, the measure is not in the catalog or a value is invalid; then
 * nothing is changed. *changed (if given) is false when the patch changed nothing, and then
 * no version is written. */
MUST_CHECK int answers_set(struct db *db, int64_t tenant, int round_no, const struct catalog *c,
			   const struct answer_patch *p, const struct store_stamp *s, bool *changed, struct err *e);

#endif
