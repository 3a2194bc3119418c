/* report.h: the leadership report as data, built by one pure function; the HTML,
 * Markdown and JSON writers in render/ only present it.
 *
 * Everything here borrows from the inputs and from the arena passed to report_build.
 */
#ifndef BEREDT_REPORT_H
#define BEREDT_REPORT_H

#include <stdbool.h>
#include <stddef.h>

#include "model/action.h"
#include "model/assess.h"
#include "model/catalog.h"
#include "model/graph.h"
#include "model/attachment.h"
#include "model/evidence.h"
#include "model/finding.h"
#include "model/scales.h"
#include "model/prep.h"
#include "model/readiness.h"
#include "model/tenant.h"
#include "util/arena.h"

struct report_item {
	const struct catalog_item *item;
	const struct answer *answer;    /* NULL: not answered in this round */
	enum status status;             /* ukjent when not answered */
	bool has_prev;
	enum status prev;               /* status in the previous round */
	const struct action *action;    /* the action derived for this measure, or NULL */
};

struct report_group {
	const struct catalog_group *group;
	struct readiness now;
	struct readiness prev;          /* valid when report.has_prev */
};

enum decision_kind {
	DECISION_CLOSE_ROUND,      /* the round is still open: review and close it */
	DECISION_APPROVE_ROUND,    /* closed but not approved */
	DECISION_ACCEPT_RISK,      /* an action for a gap was rejected: accept the risk? */
	DECISION_OVERDUE,          /* an open action is past its deadline */
	DECISION_ASSIGN_OWNER,     /* a gap has no owner */
	DECISION_SET_DEADLINE,     /* a gap has no deadline */
	DECISION_CLARIFY,          /* the status is unknown */
};

struct decision {
	enum decision_kind kind;
	const struct report_item *item;    /* for measure decisions */
	const struct action *action;       /* for action decisions */
};

/* Preparedness as the report tells it (measures 4a–5b). */
struct report_prep {
	bool has_plan;
	int32_t reviewed_on, plan_due, leader_report_on;   /* DATE_NONE when never */
	size_t roles, roles_without_deputy, cards;
	size_t contacts, contacts_stale;
	int32_t last_exercise;            /* DATE_NONE: none held */
	const char *last_exercise_scenario;
	size_t lessons, lessons_open;     /* lessons not (yet) actions */
	size_t insurances, offers;
	const char *policy;               /* the policy in force, or NULL */
	size_t conditions, conditions_unmet;
	bool kit_stale;
	const char *kit_written;
};

/* The IT cooperation a member rests on: its shared systems in the member's register, how
 * many of the member's services stop when each fails alone, its open findings on them
 * (fixed by the cooperation) and its contacts. */
struct report_coop {
	const char *name;
	const struct ros_system **systems;
	int *services;                    /* per system */
	size_t n_systems;
	size_t findings_open, findings_by_severity[SEV_COUNT];
	const struct prep_contact *contacts;
	size_t n_contacts;
};

struct report_input {
	const struct tenant *tenant;
	const struct catalog *catalog;
	const struct round *round;
	const struct answer *answers;
	size_t n_answers;
	const struct round *prev_round;        /* NULL when this is the first round */
	const struct answer *prev_answers;
	size_t n_prev_answers;
	const struct action *actions;          /* every action of the municipality */
	size_t n_actions;
	int32_t today;
	const char *generated_at;
	/* The ROS registers (issue 4), when there are any: their graph and events. */
	const struct ros_graph *ros;
	/* The registers and their graph as read, empty or not (for the evidence). */
	const struct ros_register *reg;
	const struct ros_graph *graph;
	const struct ros_event *events;
	size_t n_events;
	const struct ros_scales *scales;       /* the matrix the risks are coloured by */
	/* The findings of the checks (issue 5). */
	const struct finding *findings;
	size_t n_findings;
	/* What the registers say about measures 1b and 3a–3d (EV_COUNT entries), or NULL. */
	const struct evidence *evidence;
	/* Preparedness (measures 4a–5b), or NULL. */
	const struct report_prep *prep;
	/* The cooperation the municipality is a member of, or NULL. */
	const struct report_coop *coop;
	/* The files attached as evidence that are live (model/attachment.h), oldest first. */
	const struct attachment *attachments;
	size_t n_attachments;
};

#define REPORT_FINDINGS_MAX 20

#define REPORT_TOP 5

/* An unwanted event with its place in the matrix. */
struct report_risk {
	const struct ros_event *event;
	int consequence;          /* the highest of the five */
	int score;                /* probability (1..5) × consequence */
	enum ros_risk level;      /* the colour of its cell */
};

struct report {
	const struct report_input *in;
	struct report_group *groups;
	size_t n_groups;
	struct readiness overall;
	struct readiness prev_overall;
	bool has_prev;
	struct report_item *items;
	size_t n_items;
	const struct action **open;        /* open actions, overdue first, then by deadline */
	size_t n_open;
	size_t n_overdue;                  /* how many of 'open' are overdue */
	struct decision *decisions;
	size_t n_decisions;
	/* ROS: services that cannot be back within their tolerable downtime, the worst
	 * single points of failure, the highest risks (each at most REPORT_TOP, gaps all). */
	struct ros_gap *gaps;
	size_t n_gaps;
	struct ros_spof *spof;
	size_t n_spof;
	struct report_risk *risks;        /* every event, highest first; n_risks of them told */
	size_t n_risks;
	size_t n_risks_all;
	/* The worst single point of failure as a scenario: what stops if it fails. */
	struct ros_hit *scenario;
	size_t n_scenario;
	/* Findings: how many are open (per severity) and overdue, and the open critical and
	 * high ones, most severe and earliest deadline first (at most REPORT_FINDINGS_MAX). */
	size_t findings_open, findings_overdue, findings_by_severity[SEV_COUNT];
	const struct finding **urgent;
	size_t n_urgent;
};

/* Build the report from the inputs (which must outlive it). -1 only when the arena is
 * exhausted. */
int report_build(struct arena *a, const struct report_input *in, struct report *out,
		 struct err *e);

/* True when the item is not in place: delvis, nei or ukjent. */
bool report_item_is_gap(const struct report_item *it);

#endif
