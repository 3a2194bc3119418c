/* assess.h: assessment rounds and answers.
 *
 * A round holds at most one current answer per measure; a measure without an answer
 * counts as 'ukjent'. Answers are versioned in the store; here is the current one.
 */
#ifndef BEREDT_ASSESS_H
#define BEREDT_ASSESS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "model/catalog.h"
#include "util/err.h"

#define DATE_NONE INT32_MIN

/* The catalog the dashboard, the report and the registers' evidence speak of: KS's 15
 * measures. Rounds of other catalogs (NSM's principles) may be open beside it. */
#define ASSESS_MAIN_CATALOG "ks-2021"

enum status {
	STATUS_UKJENT = 0,      /* unknown: never counts as good */
	STATUS_JA,              /* in place */
	STATUS_DELVIS,          /* partly in place */
	STATUS_NEI,             /* not in place */
	STATUS_IKKE_RELEVANT,   /* does not apply to this municipality */
	STATUS_COUNT
};

/* Bokmål code or English alias ("ja"/"yes", "delvis"/"partial", "nei"/"no",
 * "ukjent"/"unknown", "ikke-relevant"/"not-applicable"); -1 with a message if unknown. */
int status_parse(const char *s, enum status *out, struct err *e);

/* The stored code: "ja", "delvis", "nei", "ukjent", "ikke-relevant". */
const char *status_code(enum status s);

/* A label for people (bokmål msgid; translate with i18n_tr). */
const char *status_label(enum status s);

/* True for 'delvis' and 'nei': the measure is not in place and needs an action. */
bool status_is_gap(enum status s);

struct answer {
	const char *measure_id;
	enum status status;
	const char *evidence;   /* Markdown */
	const char *owner;
	const char *plan;       /* what will be done, Markdown */
	int32_t due;            /* DATE_NONE when not set */
	int version;            /* 0: never answered in this round */
	const char *changed_by;
	const char *changed_at;
};

struct round {
	int64_t id;             /* database key; never shown */
	int no;                 /* 1, 2, ... per municipality */
	const char *catalog_id;
	const char *title;
	int32_t started;
	const char *closed_at;  /* NULL while open */
	const char *closed_by;
	const char *approved_at;
	const char *approved_by;
	const char *created_at;
	const char *created_by;
};

bool round_is_closed(const struct round *r);

/* A change to one answer: NULL fields are left as they are, "" clears a text. */
struct answer_patch {
	const char *measure_id;
	bool has_status;
	enum status status;
	const char *evidence;
	const char *owner;
	const char *plan;
	bool has_due;
	int32_t due;            /* DATE_NONE clears */
};

/* Whether the patch's texts are within their limits; -1 with a message naming the field. */
int answer_patch_check(const struct answer_patch *p, struct err *e);

/* 'cur' (NULL: never answered, which stands as unknown) with the patch applied, into
 * *out (borrowing the texts); false when that changes nothing. The version and the stamp
 * are the caller's. */
bool answer_patch_apply(const struct answer *cur, const struct answer_patch *p, struct answer *out);

/* The answer for a measure in a list, or NULL. Borrowed. */
const struct answer *answer_find(const struct answer *a, size_t n, const char *measure_id);

/* The catalogue's measures whose answer is unknown, counting one never answered: writes
 * up to cap of them (borrowed from c) in catalogue order and returns how many there are.
 * Closing a round with any of them needs a second confirmation, as closing is final. */
size_t assess_unknown(const struct catalog *c, const struct answer *a, size_t n,
		      const struct catalog_item **out, size_t cap);

#endif
