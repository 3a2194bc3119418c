/* app/report_run.h: the leadership report of one tenant, gathered and built: the round's
 * answers, the actions, the registers, the findings, what the registers say about the
 * measures and the preparedness. One use case for the report page, the dashboard, the
 * CLI's report and the cooperation's members side by side. */
#ifndef BEREDT_APP_REPORT_RUN_H
#define BEREDT_APP_REPORT_RUN_H

#include <stdbool.h>

#include "db/db.h"
#include "model/report.h"
#include "model/tenant.h"
#include "util/arena.h"
#include "util/err.h"

/* Round no (0: the latest) of tenant t (which must outlive *out), at today/now; all in the
 * arena. strict: a failure to read the evidence or the preparedness fails the report;
 * otherwise the report is built without them (a page still shows what it can). */
int report_run(struct db *db, struct arena *a, const struct tenant *t, int no, int32_t today, const char *now,
	       bool strict, struct report *out, struct err *e);

/* A person as a document names them: the account's name where who is the address of a
 * member of tenant with a name, else who as it is (arena, or borrowed). */
const char *report_person(struct db *db, struct arena *a, int64_t tenant, const char *who);

#endif
