/* app/coop.h: the cooperation's view across its members: members side by side, the
 * what-if across members ("our shared AD is compromised: what stops, and where?") and the
 * member services that rest on each shared system. One implementation for the pages, the
 * CLI (beredt --coop ID overview, ros impact) and the cooperation's report. Each member is
 * read as its own tenant, one at a time: what one member sees is never mixed with another's. */
#ifndef BEREDT_APP_COOP_H
#define BEREDT_APP_COOP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "app/impact.h"
#include "db/db.h"
#include "model/finding.h"
#include "model/readiness.h"
#include "model/report.h"
#include "model/tenant.h"
#include "util/arena.h"
#include "util/err.h"

/* One member, side by side with the others. */
struct coop_row {
	struct tenant member;
	bool have;                 /* it has a round: the figures below mean something */
	const struct catalog *catalog;   /* the round's: its areas are catalog->groups */
	struct readiness overall;
	struct readiness *areas;   /* per area of the catalog */
	size_t overdue;            /* open actions past their deadline */
	size_t critical_high;      /* open critical and high findings */
	int kit_age_days;          /* since the crisis kit was last written; -1: never */
	int32_t last_exercise;     /* DATE_NONE: none held */
	const char *round_state;   /* "åpen", "lukket", "godkjent" (msgids); NULL without a round */
};

/* The current members of cooperation 'coop', by kommunenummer (arena). */
int coop_overview(struct db *db, struct arena *a, int64_t coop, int32_t today, struct coop_row **out, size_t *n,
		  struct err *e);

/* One service of one member that stops (or can't be trusted). */
struct coop_hit {
	const struct tenant *member;
	struct impact_service s;
};

struct coop_impact {
	struct tenant *members;            /* the members asked, by kommunenummer */
	struct impact_result *results;     /* per member: its register, graph and what stops */
	size_t n_members;
	struct coop_hit *hits;             /* every member's, in the order to restore them */
	size_t n;
	bool untrusted;
};

/* The question for every member: q names the cooperation's own systems and vendors (as in
 * its register, without the "felles:" prefix) or an administrative domain. Refused with
 * ERR_NOT_FOUND for a name that is not one of the cooperation's systems or vendors. The
 * order to restore across members: the most critical first, then the shortest tolerable
 * downtime (unknown last), then the furthest past it. */
int coop_impact_run(struct db *db, struct arena *a, int64_t coop, const struct impact_query *q,
		    struct coop_impact *out, struct err *e);

/* The member services resting on one shared system or vendor. */
struct coop_dependants {
	const char *name;                  /* the cooperation's name for it */
	struct coop_hit *hits;             /* services that stop when it fails alone */
	size_t n;
	size_t members;                    /* how many members have one */
};

/* For each of the cooperation's systems and vendors, in its register's order (arena). */
int coop_dependants_run(struct db *db, struct arena *a, int64_t coop, struct coop_dependants **out, size_t *n,
			struct err *e);

/* An administrative domain of the cooperation's, compromised: what stops where. */
struct coop_domain {
	const char *domain;
	struct coop_impact impact;
};

/* The cooperation's report to its board (representantskap): the members side by side, what
 * rests on each shared system (most services first), each of its administrative domains
 * compromised across the members, and its open findings on the shared systems. */
struct coop_report {
	const struct tenant *coop;
	const char *generated_at;
	int32_t today;
	struct coop_row *rows;
	size_t n_rows;
	struct coop_dependants *deps;
	size_t n_deps;
	struct coop_domain *domains;
	size_t n_domains;
	struct finding *findings;          /* open, most severe first */
	size_t n_findings;
};

/* Gather it (arena); coop must outlive it. */
int coop_report_run(struct db *db, struct arena *a, const struct tenant *coop, int32_t today, const char *now,
		    struct coop_report *out, struct err *e);

#endif
