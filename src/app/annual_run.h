/* app/annual_run.h: the yearly report on internal control (model/annual.h), gathered from
 * the stores: one use case for the CLI's report --kind internkontroll and the report page. */
#ifndef BEREDT_APP_ANNUAL_RUN_H
#define BEREDT_APP_ANNUAL_RUN_H

#include "db/db.h"
#include "model/annual.h"
#include "util/arena.h"
#include "util/err.h"

/* The year's report of tenant t (which must outlive *out) at today/now; all in the arena.
 * -1 with e set when something cannot be read, or the year is not one to report on (before
 * 2000, or after today's). */
int annual_run(struct db *db, struct arena *a, const struct tenant *t, int year, int32_t today, const char *now,
	       struct annual *out, struct err *e);

#endif
