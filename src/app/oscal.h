/* app/oscal.h: the use case of exporting a closed round as OSCAL assessment results
 * (io/oscal_ar.h), for the CLI, the page and the API alike. */
#ifndef BEREDT_APP_OSCAL_H
#define BEREDT_APP_OSCAL_H

#include "db/db.h"
#include "model/tenant.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/err.h"
#include "util/i18n.h"

/* Round no of the municipality (0: its newest closed round of KS's measures) as OSCAL
 * assessment results into out; 'now' is the document's last-modified. -1 when the round
 * is open or missing, with a message. */
int oscal_round_export(struct db *db, struct arena *a, enum lang lang, const struct tenant *t, int no, int32_t today,
		    const char *now, struct buf *out, struct err *e);

#endif
