/* io/prep_json.h: the preparedness documents (model/prep.h) as JSON, the form they are
 * stored in (one version per change) and exported in. Dates "YYYY-MM-DD" or null; text
 * fields strings or null. Reading refuses a document of the wrong shape with a message
 * naming the entry and field, and checks it (prep_*_check) before returning it. */
#ifndef BEREDT_PREP_JSON_H
#define BEREDT_PREP_JSON_H

#include <jansson.h>

#include "model/prep.h"

#define PREP_JSON_MAX ((size_t)4 << 20)

/* New JSON values (caller decrefs). */
json_t *prep_plan_json(const struct prep_plan *p);
json_t *prep_contacts_json(const struct prep_contacts *c);
json_t *prep_exercises_json(const struct prep_exercises *x);
json_t *prep_insurances_json(const struct prep_insurances *x);
json_t *prep_competences_json(const struct prep_competences *x);

/* Parse into the arena. today checks the dates of things done. */
int prep_plan_read(struct arena *a, const char *text, struct prep_plan *out, struct err *e);
int prep_contacts_read(struct arena *a, const char *text, int32_t today, struct prep_contacts *out, struct err *e);
int prep_exercises_read(struct arena *a, const char *text, int32_t today, struct prep_exercises *out,
			struct err *e);
int prep_insurances_read(struct arena *a, const char *text, struct prep_insurances *out, struct err *e);
int prep_competences_read(struct arena *a, const char *text, int32_t today, struct prep_competences *out,
			  struct err *e);

/* Serialise a JSON value compactly into the arena (and decref it). NULL out of memory. */
const char *prep_json_text(struct arena *a, json_t *j);

#endif
