/* readiness.h: how ready a municipality is, per area and overall. One pure function.
 *
 * The formula (docs/readiness.md):
 *   each measure scores  ja = 2, delvis = 1, nei = 0, ukjent = 0 (also when unanswered);
 *   ikke-relevant is left out of both sum and maximum;
 *   readiness = round(100 * score / (2 * relevant measures)), halves rounded up;
 *   with no relevant measure the readiness is undefined (percent = -1).
 * 'ukjent' scores like 'nei': what is not known to be in place is not counted as in
 * place. Overall readiness uses every measure of the round with equal weight.
 */
#ifndef BEREDT_READINESS_H
#define BEREDT_READINESS_H

#include <stddef.h>

#include "model/assess.h"
#include "model/catalog.h"

struct readiness {
	int count[STATUS_COUNT];
	int points;
	int max;
	int percent;    /* 0..100, or -1 when no measure is relevant */
};

enum readiness_level {
	READINESS_UNDEFINED,
	READINESS_CRITICAL,   /* < 40 */
	READINESS_WEAK,       /* 40..69 */
	READINESS_GOOD,       /* 70..89 */
	READINESS_STRONG,     /* >= 90 */
};

/* Fill per_group[c->n_groups] and *overall from the answers (missing = ukjent). */
void readiness_compute(const struct catalog *c, const struct answer *answers, size_t n_answers,
		       struct readiness *per_group, struct readiness *overall);

enum readiness_level readiness_level(int percent);

/* A sentence for people (bokmål msgid) describing the level. */
const char *readiness_level_text(enum readiness_level level);

/* Short name of the level (bokmål msgid). */
const char *readiness_level_name(enum readiness_level level);

#endif
