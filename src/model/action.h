/* action.h: the action plan (tiltaksplan).
 *
 * Invariant kept by action_derive(): for every measure whose current answer is
 * 'delvis' or 'nei' there is exactly one action derived from it (origin "svar"), per
 * municipality and catalog; it is created with the answer's owner, deadline and a
 * priority from the status, follows later changes of them while open, is closed when
 * the answer becomes 'ja' (utført) or 'ikke-relevant' (avvist), and is reopened when
 * the answer moves back into 'delvis' or 'nei'. While the answer stays a gap, a close
 * made by a person stands. Actions can also be added by hand (origin "manuell").
 */
#ifndef BEREDT_ACTION_H
#define BEREDT_ACTION_H

#include <stdbool.h>
#include <stdint.h>

#include "model/assess.h"
#include "model/catalog.h"
#include "util/arena.h"
#include "util/err.h"

enum action_status {
	ACTION_APEN = 0,    /* open */
	ACTION_PAGAR,       /* in progress */
	ACTION_UTFORT,      /* done */
	ACTION_AVVIST,      /* rejected: needs a reason */
	ACTION_STATUS_COUNT
};

enum priority { PRIORITY_LAV = 0, PRIORITY_MIDDELS, PRIORITY_HOY, PRIORITY_COUNT };

#define ACTION_ORIGIN_ANSWER "svar"
#define ACTION_ORIGIN_MANUAL "manuell"

struct action {
	int64_t id;              /* database key; never shown */
	int no;                  /* 1, 2, ... per municipality, shown as T-1, T-2 */
	const char *catalog_id;  /* with measure_id: the measure it serves, or NULL */
	const char *measure_id;
	const char *origin;      /* ACTION_ORIGIN_* */
	const char *title;       /* NULL for derived actions: show the measure's title */
	const char *plan;        /* Markdown */
	const char *owner;
	int32_t due;             /* DATE_NONE when not set */
	enum priority priority;
	enum action_status status;
	const char *reason;      /* why rejected (or why closed automatically) */
	int64_t cost_nok;        /* the estimated cost in whole NOK; 0: no estimate */
	int cost_year;           /* the budget year it falls in; 0: none (only with a cost) */
	int version;
	const char *created_at;
	const char *changed_by;
	const char *changed_at;
};

int action_status_parse(const char *s, enum action_status *out, struct err *e);
const char *action_status_code(enum action_status s);   /* "åpen", "pågår", ... */
const char *action_status_label(enum action_status s);  /* bokmål msgid */

int priority_parse(const char *s, enum priority *out, struct err *e);
const char *priority_code(enum priority p);              /* "lav", "middels", "høy" */
const char *priority_label(enum priority p);             /* bokmål msgid */

bool action_is_open(const struct action *a);
/* Open and past its deadline on 'today' (Europe/Oslo date passed in by the caller). */
bool action_is_overdue(const struct action *a, int32_t today);

#define ACTION_COST_MAX 100000000000LL   /* NOK 100 billion: past it, a typing error */

/* A cost as people write it: "250000", "250 000", "250.000", "kr 250 000,-", "1,5 mill";
 * "" or "none"/"ingen" is no estimate (0). -1 with a message. Pure. */
int action_cost_parse(const char *s, int64_t *out, struct err *e);
/* A budget year, 2000–2100; "" or "none"/"ingen" is none (0). -1 with a message. */
int action_year_parse(const char *s, int *out, struct err *e);
/* Change x's cost and year from the texts given (NULL: leave as is): one rule for the
 * pages, the API and the command line. A cost removed takes the year with it. -1 with a
 * message, x unchanged. */
int action_cost_set(struct action *x, const char *cost, const char *year, struct err *e);
/* The year the cost of x falls in: its own, else its deadline's, else 0. */
int action_cost_year(const struct action *x);

/* The rules every stored action obeys (a rejection has a reason, texts within limits,
 * a title or a measure). -1 with a message. */
int action_check(const struct action *a, struct err *e);

enum derive_op { DERIVE_NONE, DERIVE_CREATE, DERIVE_UPDATE };

/* What the action plan needs after an answer changed from 'before' (NULL when the
 * measure had no answer) to 'answer'. 'existing' is the action derived earlier for this
 * measure (NULL if none). On DERIVE_CREATE or DERIVE_UPDATE, *next is the action to
 * store; its strings borrow from the answer, the existing action or static text.
 * Pure: no I/O, no clock. */
enum derive_op action_derive(const struct answer *before, const struct answer *answer,
			     const struct action *existing, struct action *next);

/* Is the change from (was, was_reason) to x the leader's to make? Rejecting an action
 * accepts a risk; so does changing a rejected action or its reason, or reopening it.
 * Pure; the pages and the API both ask it. */
bool action_change_is_leaders(enum action_status was, const char *was_reason, const struct action *x);

#endif
