/* fuzz_prep.c: the preparedness documents as the API, `plan import`, `contact import`,
 * `insurance import` and the pages read them: the plan, the contacts, the exercises, the
 * insurances and the competences (docs/preparedness.md). The first byte picks the
 * document. An accepted document is written as JSON and read back. */
#include <jansson.h>

#include "fuzz.h"
#include "io/prep_json.h"
#include "util/date.h"

/* Read text as document k into a fresh value and write it (NULL when refused). */
static json_t *read_write(struct arena *a, int k, const char *text, int32_t today, struct err *e, int *rc)
{
	union {
		struct prep_plan plan;
		struct prep_contacts contacts;
		struct prep_exercises exercises;
		struct prep_insurances insurances;
		struct prep_competences competences;
	} d;
	switch (k) {
	case 0:
		*rc = prep_plan_read(a, text, &d.plan, e);
		return *rc ? NULL : prep_plan_json(&d.plan);
	case 1:
		*rc = prep_contacts_read(a, text, today, &d.contacts, e);
		return *rc ? NULL : prep_contacts_json(&d.contacts);
	case 2:
		*rc = prep_exercises_read(a, text, today, &d.exercises, e);
		return *rc ? NULL : prep_exercises_json(&d.exercises);
	case 3:
		*rc = prep_insurances_read(a, text, &d.insurances, e);
		return *rc ? NULL : prep_insurances_json(&d.insurances);
	default:
		*rc = prep_competences_read(a, text, today, &d.competences, e);
		return *rc ? NULL : prep_competences_json(&d.competences);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct arena a;
	struct err e;
	int rc;
	if (size < 1)
		return 0;
	int k = data[0] % 5;
	int32_t today = date_from_ymd(2026, 12, 1);
	char *text = fuzz_text(data + 1, size - 1);
	arena_init(&a, 0);
	err_init(&e, LANG_NB);
	json_t *j = read_write(&a, k, text, today, &e, &rc);
	fuzz_check("prep read", rc, &e);
	if (rc == 0) {
		char *out = j ? json_dumps(j, JSON_COMPACT) : NULL;
		FUZZ_ASSERT(out, "an accepted document could not be written");
		json_t *again = read_write(&a, k, out, today, &e, &rc);
		if (rc != 0) {
			fprintf(stderr, "the document written out was refused: %s\n", e.msg);
			abort();
		}
		json_decref(again);
		free(out);
	}
	json_decref(j);
	arena_release(&a);
	free(text);
	return 0;
}
