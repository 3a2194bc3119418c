/* app/breach_run.h: the draft breach notification to Datatilsynet for one incident
 * (model/breach.h), gathered from the incident log, the plan and, for the systems named as
 * leaked, the untrusted-data analysis of the registers (app/impact.h). One use case for
 * the CLI's incident notice and the incident's page. */
#ifndef BEREDT_APP_BREACH_RUN_H
#define BEREDT_APP_BREACH_RUN_H

#include "db/db.h"
#include "model/breach.h"

/* Incident no of tenant t (which must outlive *out), the systems (by name, n of them; 0:
 * none named) whose data leaked, at now (a UTC timestamp); all in the arena. -1 with e set:
 * no such incident, a name that is not a system or vendor, nothing to notify. */
int breach_run(struct db *db, struct arena *a, const struct tenant *t, int no, const char *const *systems, size_t n,
	       const char *now, enum lang lang, struct breach_notice *out, struct err *e);

/* Split a list of names as a person types it ("EPJ, Fagsystem barnevern") into out (at most
 * max; spaces around a name dropped, empty ones skipped); the names in the arena. */
size_t breach_names(struct arena *a, const char *list, const char **out, size_t max);

#endif
