/* io/oscal_ar.h: a closed assessment round as OSCAL assessment results (NIST OSCAL 1.1.2,
 * public domain): metadata with the municipality as a party, the measures reviewed, an
 * observation per measure (the answer, its documentation, and what the registers say),
 * and a finding per gap (an answer other than ja or ikke-relevant) that names its
 * observation. UUIDs are derived from the municipality, the round and the measure, so the
 * same round always gives the same document. */
#ifndef BEREDT_OSCAL_AR_H
#define BEREDT_OSCAL_AR_H

#include "model/assess.h"
#include "model/catalog.h"
#include "model/evidence.h"
#include "model/tenant.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/err.h"
#include "util/i18n.h"

#define OSCAL_VERSION "1.1.2"

struct oscal_ar_input {
	const struct tenant *tenant;
	const struct round *round;           /* closed */
	const struct catalog *catalog;
	const struct answer *answers;
	size_t n_answers;
	const struct evidence *evidence;     /* EV_COUNT of them, or NULL */
	const char *const *register_text;    /* their text (render/evidence_html.h), EV_COUNT, or NULL */
	const char *generated_at;            /* UTC timestamp: metadata.last-modified */
};

/* The document into out. -1 when the round is open (with a message), or out of memory. */
int oscal_ar_write(struct arena *a, enum lang lang, const struct oscal_ar_input *in, struct buf *out,
		   struct err *e);

#endif
