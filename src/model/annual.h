/* model/annual.h: the yearly report on internal control (kommuneloven § 25-2) for
 * information security and preparedness, over one calendar year, built by one pure function
 * from what the registers hold: what was examined (assessment rounds, the checks, restore
 * tests, exercises, the plan's revision), the deviations found (new findings, overdue
 * actions and findings, failed restore tests, exercises not held, a plan not revised), what
 * was done (actions completed, findings closed) and what is planned (open actions and
 * exercises ahead).
 *
 * Everything here borrows from the input and the arena passed to annual_build. */
#ifndef BEREDT_MODEL_ANNUAL_H
#define BEREDT_MODEL_ANNUAL_H

#include "model/action.h"
#include "model/catalog.h"
#include "model/finding.h"
#include "model/posture.h"
#include "model/prep.h"
#include "model/register.h"
#include "model/tenant.h"

struct annual_input {
	const struct tenant *tenant;
	int year;
	int32_t today;
	const char *generated_at;
	const struct catalog *catalog;          /* the latest round's, for the measures' titles */
	const struct round *rounds;
	size_t n_rounds;
	const struct action *actions;
	size_t n_actions;
	const int32_t *done_on;                 /* per action: the day it was last set utført, or DATE_NONE */
	const struct finding *findings;
	size_t n_findings;
	const struct posture *postures;
	size_t n_postures;
	const struct ros_register *reg;         /* the systems the postures are of */
	const struct prep_exercises *exercises;
	const struct prep_plan *plan;
	const int32_t *plan_saved;              /* the days the plan was saved, any order */
	size_t n_plan_saved;
};

/* A restore test in the year, by system. */
struct annual_restore {
	const char *system;
	int32_t on;
	enum posture_restore result;
};

struct annual {
	const struct annual_input *in;
	int32_t from, to;                       /* the year's first and last day */
	int32_t until;                          /* the last day it speaks for: to, or today when earlier */
	bool partial;                           /* the year is not over */
	/* examined */
	const struct round **rounds;            /* started or closed in the year */
	size_t n_rounds;
	size_t findings_new, findings_new_by_severity[SEV_COUNT];
	struct annual_restore *restores;        /* tests in the year, failed and partial first */
	size_t n_restores, restores_failed;
	const struct prep_exercise **held;      /* held in the year */
	size_t n_held;
	int32_t plan_revised;                   /* the last save in the year, or DATE_NONE */
	size_t plan_saves;
	/* deviations */
	const struct action **overdue;          /* open and past their deadline at 'until' */
	size_t n_overdue;
	size_t findings_overdue;                /* open and past their deadline at 'until' */
	const struct prep_exercise **missed;    /* planned in the year before 'until', not held */
	size_t n_missed;
	bool no_exercise;                       /* none held in the year */
	bool plan_not_revised;
	size_t deviations;                      /* how many of the above there are */
	/* done */
	const struct action **done;             /* completed in the year */
	size_t n_done;
	size_t findings_closed;
	/* planned */
	const struct action **planned;          /* open, deadline after 'until' or none */
	size_t n_planned;
	const struct prep_exercise **ahead;     /* planned after 'until' */
	size_t n_ahead;
};

/* Build the year's report. -1 only when the arena is exhausted. */
int annual_build(struct arena *a, const struct annual_input *in, struct annual *out, struct err *e);

/* The day an action was last set utført, from its versions (oldest first): the first
 * version of the last run of utført; DATE_NONE when the latest is not utført. */
int32_t annual_done_on(const struct action *versions, size_t n);

#endif
