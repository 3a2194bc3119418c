/* evidence.h: what the registers say about each of KS's 15 measures, as counts, and the
 * answer they suggest. The person answering still decides; the page shows both. Support
 * status, known exploited vulnerabilities and risky ports come from the open findings
 * (the checks have already matched them against the catalogs and scans); the ROS
 * registers speak to 2a–2c, the preparedness registers to 4a–4d, 5a and 5b. Pure. */
#ifndef BEREDT_EVIDENCE_H
#define BEREDT_EVIDENCE_H

#include "model/assess.h"
#include "model/finding.h"

enum evidence_measure {
	EV_1A = 0, EV_1B, EV_2A, EV_2B, EV_2C, EV_3A, EV_3B, EV_3C, EV_3D, EV_4A, EV_4B, EV_4C, EV_4D, EV_5A, EV_5B,
	EV_COUNT
};

struct evidence {
	const char *measure;          /* "1b", "3a", ... */
	enum status suggest;          /* STATUS_UKJENT when the registers say too little */
	int n[6];                     /* the counts; their meaning per measure is below */
};

/* What the other registers hold, counted by the caller (app/checks.c). */
struct evidence_more {
	int services, services_rated;      /* rated: criticality and tolerable downtime given */
	int critical, critical_mapped;     /* critical services; of them resting on a registered system */
	int critical_gaps;                 /* of those, with a single point of failure slower than the
					    * tolerable downtime, or of unknown recovery time */
	int events, events_assessed;       /* ROS events; of them with a probability and consequences */
	bool has_plan;
	int32_t plan_due;                  /* the plan's next review; DATE_NONE: never reviewed */
	int contacts, contacts_fresh;      /* verified within the interval */
	int32_t last_exercise;             /* the latest held; DATE_NONE */
	int exercises_planned;
	int policies, offers;              /* insurance in force today; offers only */
	int areas_1a, covered_1a, areas_4c, covered_4c, areas_5b, covered_5b;   /* competence */
};

/* n[] per measure:
 *   1a: critical or exposed systems, of them audited within the interval, never audited
 *       or not described, competence areas for auditing, of them covered
 *   1b: exposed systems, of them penetration-tested within the interval, scanned within
 *       it, open findings from known exploited vulnerabilities, from risky ports
 *   3a: exposed systems, of them with two-factor, with password only, not described
 *   3b: critical systems holding data, of them with a protected backup, with a recent
 *       successful restore test, restore slower than the RTO, not described
 *   3c: systems, unsupported, support ending within six months
 *   2a: services, of them rated
 *   2b: critical services, of them resting on a registered system
 *   2c: critical services resting on systems, of them with a recovery gap, ROS events, of
 *       them assessed
 *   3d: exposed or critical systems, of them monitored, followed up around the clock,
 *       open findings, open and overdue, median days to acknowledge (-1: none)
 *   4a: a plan (0/1), days until its review (negative: overdue; -100000: never reviewed)
 *   4b: contacts, of them verified within the interval, the interval in days
 *   4c: areas, of them covered
 *   4d: days since the latest held exercise (-1: none), the interval in days, planned
 *   5a: policies in force, offers
 *   5b: areas, of them covered
 * 'more' may be NULL: the measures it speaks to are then unknown. */
void evidence_from_checks(const struct check_input *in, const struct evidence_more *more, const struct finding *f,
		    size_t n_findings, struct evidence out[EV_COUNT]);

#define EV_NEVER_REVIEWED (-100000)

/* The measure's index, or -1 when the registers say nothing about it. */
int evidence_index(const char *measure);

#endif
