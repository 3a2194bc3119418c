/* model/report_public.h: the summary for the elected bodies (formannskap, kommunestyre),
 * built from the leadership report by one pure function: where the municipality stands per
 * area, what is in place since the last round, the decisions asked for with the money the
 * actions are estimated to cost (summed per budget year and area), and the main risks in
 * words. It names no product, version, host, vendor or CVE, so the director may make it
 * public: every text it carries from the registers is checked by report_public_safe, and
 * left out when it fails.
 *
 * Everything here borrows from the report and the arena passed to report_public_build. */
#ifndef BEREDT_MODEL_REPORT_PUBLIC_H
#define BEREDT_MODEL_REPORT_PUBLIC_H

#include "model/report.h"

#define PUBLIC_RISKS_MAX 3

/* One area's share of a budget year. group NULL: actions that serve no KS measure. */
struct public_budget_area {
	const struct catalog_group *group;
	int64_t nok;
	size_t actions;
};

/* The money one decision asks for: the open actions whose cost falls in one year. */
struct public_budget {
	int year;                       /* 0: the actions have neither a budget year nor a deadline */
	int64_t nok;
	size_t actions;
	struct public_budget_area *areas;   /* in the catalog's order, the others last */
	size_t n_areas;
};

/* A rejected action for a measure not in place: the council is asked to accept the risk. */
struct public_accept {
	const struct report_item *item;
	const char *reason;             /* NULL when the reason names something technical */
};

struct report_public {
	const struct report *r;
	/* measures that were not in place in the previous round and are now */
	const struct report_item **improved;
	size_t n_improved;
	struct public_budget *budgets;  /* by year, earliest first */
	size_t n_budgets;
	size_t uncosted;                /* open actions without an estimate */
	struct public_accept *accept;
	size_t n_accept;
	/* the main risks: the registers' unwanted events whose titles are safe, highest first */
	const struct report_risk **risks;
	size_t n_risks;
	size_t risks_unnamed;           /* high risks left out because the title is technical */
	size_t services_late;           /* services that cannot be back within their tolerable downtime */
	size_t services;                /* services in the registers */
	int spof_services;              /* the most services one system or vendor takes down alone */
	size_t findings_serious;        /* open critical and high findings */
};

/* Build the summary from the report r (which must outlive it). -1 only when the arena is
 * exhausted. */
int report_public_build(struct arena *a, const struct report *r, struct report_public *out, struct err *e);

/* May text stand in a public document? False when it holds a CVE id, something that reads as
 * a version number (two numbers joined by a point), an IP address, or (as a whole word,
 * case-folded) the name, product, version, vendor or a host of anything in the registers. */
bool report_public_safe(const struct report_input *in, const char *text);

#endif
