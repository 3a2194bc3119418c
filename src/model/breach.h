/* model/breach.h: the draft of a personal data breach notification to Datatilsynet
 * (GDPR art. 33), pre-filled from the incident log, the untrusted-data analysis of the
 * systems whose data leaked (model/graph.h: the services and whether they hold personal
 * data or special categories) and the plan's data protection officer; every field the
 * registers cannot know is marked for a person to write. The deadline is 72 hours from
 * when the municipality became aware of the breach. Pure: the clock is a parameter.
 *
 * Everything here borrows from the inputs and the arena passed to breach_build. */
#ifndef BEREDT_MODEL_BREACH_H
#define BEREDT_MODEL_BREACH_H

#include "model/prep.h"
#include "model/tenant.h"

#define BREACH_HOURS 72

/* One service whose data can no longer be trusted (leaked or manipulated). */
struct breach_service {
	const char *name;
	bool personal_data, special_categories;
};

struct breach_input {
	const struct tenant *tenant;
	const struct incident *incident;
	const struct breach_service *services;
	size_t n_services;
	const char *const *systems;        /* the systems named as leaked */
	size_t n_systems;
	const struct prep_plan *plan;      /* for the data protection officer, or NULL */
	int64_t now_epoch;
};

/* A field of the notice: its text, or NULL where a person must write it (a hint then says
 * what). */
struct breach_field {
	const char *label;                 /* bokmål msgid */
	const char *text;                  /* NULL: to be written */
	const char *hint;                  /* bokmål msgid: what to write, or NULL */
	bool markdown;
};

enum breach_field_id {
	BF_CONTROLLER, BF_CONTACT, BF_WHAT, BF_WHEN, BF_DISCOVERED, BF_DATA, BF_PEOPLE, BF_NUMBER,
	BF_CONSEQUENCES, BF_DONE, BF_PLANNED, BF_INFORM, BF_COUNT
};

struct breach_notice {
	const struct breach_input *in;
	int64_t aware_epoch, deadline_epoch;
	int64_t left_minutes;              /* negative: late */
	bool notified;                     /* a notification to Datatilsynet is recorded */
	const char *notified_at;
	bool special;                      /* special categories are among the data */
	struct breach_field fields[BF_COUNT];
	size_t to_write;                   /* fields a person must still write */
};

/* Build the draft. -1 with a message when the incident does not concern personal data
 * (nothing to notify), or the arena is exhausted. The texts in the fields are in bokmål
 * where they are the program's own (lang picks their language). */
int breach_build(struct arena *a, enum lang lang, const struct breach_input *in, struct breach_notice *out,
		 struct err *e);

#endif
