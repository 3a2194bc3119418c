/* app/breach_run.c: see breach_run.h. */
#include "app/breach_run.h"

#include <string.h>

#include "app/impact.h"
#include "app/prep_docs.h"
#include "store/prep.h"
#include "util/date.h"

size_t breach_names(struct arena *a, const char *list, const char **out, size_t max)
{
	size_t n = 0;
	for (const char *p = list; p && *p && n < max;) {
		size_t k = strcspn(p, ",");
		const char *name = arena_strndup(a, p, k);
		while (name && *name == ' ')
			name++;
		size_t len = name ? strlen(name) : 0;
		while (len && name[len - 1] == ' ')
			len--;
		if (len)
			out[n++] = arena_strndup(a, name, len);
		p += k + (p[k] == ',');
	}
	return n;
}

int breach_run(struct db *db, struct arena *a, const struct tenant *t, int no, const char *const *systems, size_t n,
	       const char *now, enum lang lang, struct breach_notice *out, struct err *e)
{
	struct breach_input *in = arena_alloc(a, sizeof(*in));
	struct incident *x = arena_alloc(a, sizeof(*x));
	struct prep_all *prep = arena_alloc(a, sizeof(*prep));
	int64_t now_epoch;
	if (!in || !x || !prep)
		return err_set(e, "Tom for minne.");
	if (date_timestamp_parse(now, &now_epoch) < 0)
		return err_set(e, "Ugyldig tidspunkt.");
	int32_t today = (int32_t)(now_epoch / 86400);
	if (store_incident_get(db, a, t->id, no, x, e) < 0 || prep_load(db, a, t->id, today, prep, e) < 0)
		return -1;
	*in = (struct breach_input){ .tenant = t, .incident = x, .systems = systems, .n_systems = n,
				     .plan = prep->version[PREP_PLAN] ? &prep->plan : NULL, .now_epoch = now_epoch };
	if (n) {
		/* the services whose data can no longer be trusted when these systems leaked */
		struct impact_query q = { .names = systems, .n_names = n, .untrusted = true };
		struct impact_result r;
		if (impact_run(db, a, t->id, &q, &r, e) < 0)
			return -1;
		struct breach_service *s = arena_alloc(a, (r.n + 1) * sizeof(*s));
		if (!s)
			return err_set(e, "Tom for minne.");
		for (size_t i = 0; i < r.n; i++)
			s[i] = (struct breach_service){ r.services[i].name, r.services[i].personal_data,
							r.services[i].special_categories };
		in->services = s;
		in->n_services = r.n;
	}
	return breach_build(a, lang, in, out, e);
}
