/* store/report.h: gather what the leadership report needs for one round. */
#ifndef BEREDT_STORE_REPORT_H
#define BEREDT_STORE_REPORT_H

#include "db/db.h"
#include "util/err.h"
#include "model/report.h"

/* Fill *in for round no (0: the latest) of the municipality t: its catalog, answers, the
 * previous closed round and its answers, and every action. All in the arena; t must
 * outlive *in. */
MUST_CHECK int store_report_input(struct db *db, struct arena *a, const struct tenant *t, int no,
		       int32_t today, const char *now, struct report_input *in, struct err *e);

#endif
