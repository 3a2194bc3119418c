/* app/prep_docs.h: the preparedness documents read and saved as model structs (through
 * io/prep_json.h and store/prep.h), shared by the CLI, the web pages, the crisis kit and
 * the checks. */
#ifndef BEREDT_APP_PREP_DOCS_H
#define BEREDT_APP_PREP_DOCS_H

#include "db/db.h"
#include "model/finding.h"
#include "model/prep.h"
#include "store/stamp.h"
#include "util/arena.h"

struct prep_all {
	struct prep_plan plan;
	struct prep_contacts contacts;
	struct prep_exercises exercises;
	struct prep_insurances insurance;
	struct prep_competences competence;
	int version[PREP_KINDS];      /* 0: never saved (the document is empty) */
};

/* Everything (arena). A document never saved is empty. */
int prep_load(struct db *db, struct arena *a, int64_t tenant, int32_t today, struct prep_all *out, struct err *e);

/* Check and save one document as a new version made from 'based_on' (refused when
 * someone saved in between); 'summary' goes into the audit trail. */
int prep_save_plan(struct db *db, struct arena *a, int64_t tenant, const struct prep_plan *p, int based_on,
		   const char *summary, const struct store_stamp *st, struct err *e);
int prep_save_contacts(struct db *db, struct arena *a, int64_t tenant, const struct prep_contacts *c, int based_on,
		       const char *summary, const struct store_stamp *st, struct err *e);
int prep_save_exercises(struct db *db, struct arena *a, int64_t tenant, const struct prep_exercises *x,
			int based_on, const char *summary, const struct store_stamp *st, struct err *e);
int prep_save_insurance(struct db *db, struct arena *a, int64_t tenant, const struct prep_insurances *x,
			int based_on, const char *summary, const struct store_stamp *st, struct err *e);
int prep_save_competence(struct db *db, struct arena *a, int64_t tenant, const struct prep_competences *x,
			 int based_on, const char *summary, const struct store_stamp *st, struct err *e);

/* Turn lesson k of exercise Ø-no into an action in the action plan (once), recording its
 * number on the lesson. *action_no is the new action's. */
int prep_lesson_to_action(struct db *db, struct arena *a, int64_t tenant, int no, size_t k,
			  const struct store_stamp *st, int *action_no, struct err *e);

/* An area of competence nobody covers becomes an action (measure 4c); refused when the
 * area is covered. *action_no is the new action's. */
int prep_gap_to_action(struct db *db, struct arena *a, int64_t tenant, const char *area, const struct store_stamp *st,
		       int *action_no, struct err *e);

/* What a policy's conditions are checked against: the answers of the latest assessment
 * round and the findings (arena; none when there is no round). */
int prep_condition_inputs(struct db *db, struct arena *a, int64_t tenant, struct answer **ans, size_t *n_ans,
			  struct finding **f, size_t *n_f, struct err *e);

/* A scenario to exercise, suggested by the ROS analysis: one of the highest risks (an
 * unwanted event) or one of the largest single points of failure. */
struct prep_scenario {
	const char *title;
	bool spof;                /* a single point of failure: 'services' it takes down */
	int services;
	char probability;         /* an event: its probability A–E and highest consequence */
	int consequence;
};
/* At most three of each, the largest first (arena). */
int prep_scenarios(struct db *db, struct arena *a, int64_t tenant, struct prep_scenario **out, size_t *n,
		   struct err *e);

struct report_prep;
/* The preparedness part of the leadership report (model/report.h). */
int prep_report(struct db *db, struct arena *a, int64_t tenant, int32_t today, int contact_days,
		struct report_prep *out, struct err *e);

/* The clocks of an incident (model/prep.h) from its records: from when the municipality
 * became aware, stopped by a notification record of the receiver. */
struct incident;
void prep_incident_state(struct arena *a, const struct incident *x, int64_t now, struct prep_clock out[2]);

#endif
