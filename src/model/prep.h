/* prep.h: preparedness (measures 4a–5b): the contingency plan with its crisis
 * organisation and action cards, the contacts, the exercises and their lessons, cyber
 * insurance policies and offers, and competence. Each is one document per municipality,
 * kept in versions (store/prep.h): a change is a new version, so history is never
 * overwritten. Pure: checks, templates and comparisons; today is a parameter. */
#ifndef BEREDT_PREP_H
#define BEREDT_PREP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "model/assess.h"
#include "model/finding.h"
#include "util/arena.h"
#include "util/err.h"

#define PREP_TEXT_MAX 4000        /* one card field or one observation */
#define PREP_ITEMS_MAX 500        /* entries in one document */

enum prep_kind { PREP_PLAN = 0, PREP_CONTACTS, PREP_EXERCISES, PREP_INSURANCE, PREP_COMPETENCE, PREP_KINDS };
const char *prep_kind_code(enum prep_kind k);       /* "plan", "kontakter", "ovelser", ... */
int prep_kind_parse(const char *s, enum prep_kind *out, struct err *e);

/* The crisis organisation: a role with the person and a deputy. */
struct prep_role {
	const char *role;         /* "Kriseleder" */
	const char *person, *deputy;
	const char *phone;
};

/* One action card: what to do in the first hour of a scenario. Markdown. */
struct prep_card {
	const char *scenario;     /* "losepengevirus", ... (prep_templates) or the user's own */
	const char *title;
	const char *first_hour;   /* the first hour, step by step */
	const char *who;          /* who does what */
	const char *notify;       /* whom to notify and by when */
	const char *staff;        /* what to tell the staff */
	const char *public_text;  /* what to tell the public */
};

struct prep_plan {
	const char *activation;   /* when the plan is activated and by whom (Markdown) */
	struct prep_role *roles;
	size_t n_roles;
	struct prep_card *cards;
	size_t n_cards;
	int32_t reviewed_on;      /* DATE_NONE: never */
	int review_months;        /* 12 */
	int32_t leader_report_on; /* 5b: the last security and privacy report to leadership */
};

enum prep_availability { AVAIL_DOGNET = 0, AVAIL_KONTORTID, AVAIL_AVTALE, AVAIL_COUNT };

struct prep_contact {
	const char *name, *org;
	const char *kind;         /* "intern", "leverandor", "ekstern" */
	const char *crisis_role;  /* what they do in a crisis */
	const char *phone, *phone2;   /* the second: another channel (out of band) */
	const char *email;
	enum prep_availability availability;
	const char *resources;    /* what they can bring */
	const char *contract;
	int32_t verified_on;      /* DATE_NONE: never */
	const char *verified_by;
};

struct prep_lesson {
	const char *text;
	int action_no;            /* the action it became (T-N), 0: none */
};

struct prep_exercise {
	int no;                   /* Ø-1, Ø-2, ... */
	int32_t date;
	bool held;                /* false: planned */
	const char *kind;         /* "diskusjon", "spill", "funksjon", "fullskala" */
	const char *scenario, *participants, *observations;
	struct prep_lesson *lessons;
	size_t n_lessons;
};

/* The cover of a policy: per kind of loss, not covered, covered, or covered to a limit. */
#define PREP_COVERS 8
#define COVER_NONE (-1)           /* not covered */
#define COVER_YES 0               /* covered within the policy's total limit */
const char *prep_cover_code(int i);    /* "hendelseshandtering", ... */
const char *prep_cover_label(int i);   /* bokmål msgid */

struct prep_condition {
	const char *text;         /* "Tofaktor på all fjerntilgang" */
	const char *measure;      /* the KS measure it depends on ("3a"), or NULL */
	const char *rule;         /* the finding rule that shows it unmet, or NULL */
};

struct prep_insurance {
	const char *name;         /* "Tilbud fra Trygg Forsikring 2027" */
	const char *insurer;
	bool offer;               /* an offer, not (yet) a policy */
	int32_t from, to;
	long long premium, deductible, limit;   /* NOK; -1 unknown */
	long long cover[PREP_COVERS];           /* COVER_NONE, COVER_YES or a limit in NOK */
	const char *exclusions;
	const char *incident_line;
	int notify_hours;         /* how soon the insurer must be told; 0 unknown */
	struct prep_condition *conditions;
	size_t n_conditions;
};

struct prep_competence {
	const char *area;         /* "hendelseshandtering", "gjenoppretting", "etterforskning", "personvernbrudd" */
	const char *who;
	bool agreement;           /* by agreement with someone outside */
	int32_t trained_on;       /* DATE_NONE */
};

/* The documents; an empty one (n = 0) where nothing has been saved. */
struct prep_contacts { struct prep_contact *items; size_t n; };
struct prep_exercises { struct prep_exercise *items; size_t n; };
struct prep_insurances { struct prep_insurance *items; size_t n; };
struct prep_competences { struct prep_competence *items; size_t n; };

/* The areas of competence, their labels, the measure that asks for each (4c: handling an
 * attack and recovering; 1a: auditing; 5b: security and privacy reported to the
 * leadership), and whether someone covers one. */
#define PREP_AREAS 7
const char *prep_area_code(int i);      /* "hendelseshandtering", ... */
const char *prep_area_label(int i);     /* bokmål msgid */
const char *prep_area_measure(int i);   /* "4c", "1a", "5b" */
bool prep_area_covered(const struct prep_competences *c, const char *area);
/* How many of a measure's areas someone covers; *areas_of how many it has. */
int prep_area_covered_for(const struct prep_competences *c, const char *measure, int *areas_of);

/* Checks before storing: required fields, codes, lengths, dates not ahead where they are
 * things done. -1 with a message naming the entry and field. */
int prep_plan_check(const struct prep_plan *p, struct err *e);
int prep_contacts_check(const struct prep_contacts *c, int32_t today, struct err *e);
int prep_exercises_check(const struct prep_exercises *x, int32_t today, struct err *e);
int prep_insurances_check(const struct prep_insurances *x, struct err *e);
int prep_competences_check(const struct prep_competences *x, int32_t today, struct err *e);

int prep_availability_parse(const char *s, enum prep_availability *out, struct err *e);
const char *prep_availability_code(enum prep_availability a);   /* "døgnet", "kontortid", "avtale" */
const char *prep_availability_label(enum prep_availability a);

/* The built-in plan a municipality starts from: the crisis roles and action cards for
 * ransomware, a data leak, loss of Active Directory, e-mail, telephony or the Norsk
 * Helsenett connection, and a compromised vendor (bokmål; the arrays are copies in the
 * arena, the strings static). -1 out of memory. */
int prep_plan_template(struct arena *a, struct prep_plan *out);
/* The national contacts every municipality needs (NSM NCSC, KommuneCERT, police,
 * Datatilsynet, ...), not yet verified. */
int prep_contacts_template(struct arena *a, struct prep_contacts *out);

/* The card for a scenario, or NULL. */
const struct prep_card *prep_card_find(const struct prep_plan *p, const char *scenario);

/* Whether a contact's entry is older than 'days' (never verified counts as old). */
bool prep_contact_stale(const struct prep_contact *c, int32_t today, int days);

/* The latest held exercise, or NULL. */
const struct prep_exercise *prep_last_exercise(const struct prep_exercises *x);

/* The next exercise number. */
int prep_exercise_next_no(const struct prep_exercises *x);

/* The plan's next review: reviewed_on + review_months (DATE_NONE when never reviewed). */
int32_t prep_plan_due(const struct prep_plan *p);

/* Whether a policy's security condition is not met: the measure it depends on is not
 * answered "ja" in the assessment, or its rule has an open finding. Neither given: met
 * only if nobody can tell otherwise (false). */
bool prep_condition_unmet(const struct prep_condition *c, const struct answer *ans, size_t n_ans,
			  const struct finding *f, size_t n_f);

/* Whom an incident may be reported to: a notification names one of these (the code is
 * stored; "kontakt" with a registered contact's name). */
#define PREP_RECEIVERS 7
const char *prep_receiver_code(int i);     /* "datatilsynet", "nsm", "politiet", ... */
const char *prep_receiver_label(int i);    /* bokmål msgid: "Datatilsynet", "Politiet", ... */
/* The receiver's index, or -1 with a message naming the valid codes. */
int prep_receiver_parse(const char *code, struct err *e);

/* The running clocks of an incident for each duty to notify (Datatilsynet 72 h for
 * personal data, NSM 24 h for essential services), from when the municipality became
 * aware of it: whether it applies, whether a notification record names that receiver
 * (never a log entry's text), and the minutes left (negative: late). */
struct prep_clock {
	const char *to;           /* "Datatilsynet", "NSM" */
	const char *code;         /* "datatilsynet", "nsm" */
	int hours;                /* 72, 24 */
	bool applies, done;
	long long left_minutes;
};
void prep_incident_clocks(bool personal_data, bool essential, long long aware_epoch, long long now_epoch,
			  const char *const *notified, size_t n_notified, struct prep_clock out[2]);

/* The incident log: an incident, its entries and its notifications, as stored. */
struct incident_entry {
	const char *at, *by, *kind, *text;
};

/* A notification to a receiver (model/prep.h's list), as recorded. */
struct incident_notice {
	const char *receiver;     /* code */
	const char *contact;      /* the registered contact's name, for "kontakt" */
	const char *notified_at;  /* UTC timestamp */
	const char *reference;    /* the receiver's case number, or NULL */
	const char *recorded_at, *recorded_by;
};

struct incident {
	int64_t id;
	int no;
	const char *title, *scenario;
	bool personal_data, essential;
	const char *declared_at, *declared_by;
	const char *aware_at;     /* when the municipality became aware (the latest version);
				   * given to declare, NULL: the declaration's time */
	bool closed;
	struct incident_entry *entries;
	size_t n_entries;
	struct incident_notice *notices;
	size_t n_notices;
};

#endif
