/* model/dossier.c: see dossier.h. */
#include "model/dossier.h"

#include <stdlib.h>
#include <string.h>

#include "util/date.h"

static int by_time(const void *x, const void *y)
{
	const struct answer *const *a = x, *const *b = y;
	return strcmp((*a)->changed_at ? (*a)->changed_at : "", (*b)->changed_at ? (*b)->changed_at : "");
}

/* A file stood at 'at': added by then, not removed by then, and no newer version of it added
 * by then. */
static bool stood(const struct attachment *xs, size_t n, const struct attachment *x, const char *at)
{
	if (strcmp(x->added_at, at) > 0 || (x->removed_at && strcmp(x->removed_at, at) <= 0))
		return false;
	for (size_t i = 0; i < n; i++)
		if (xs[i].replaces == x->id && strcmp(xs[i].added_at, at) <= 0)
			return false;
	return true;
}

/* Open at day d: seen by then, and not closed by then. */
static bool open_on(const struct finding *f, int32_t d)
{
	return f->first_seen != DATE_NONE && f->first_seen <= d && (f->closed_on == DATE_NONE || f->closed_on > d) &&
	       (finding_open(f->status) || f->closed_on != DATE_NONE);
}

static int one(struct arena *a, const struct dossier_condition_input *in, const char *at, int32_t day,
	       const struct finding *fs, size_t nf, struct dossier_condition *o)
{
	const struct prep_condition *c = in->cond;
	memset(o, 0, sizeof(*o));
	o->cond = c;
	o->judged = c->measure || c->rule;
	o->open = arena_alloc(a, (nf + 1) * sizeof(*o->open));
	o->files = arena_alloc(a, (in->n_files + 1) * sizeof(*o->files));
	const struct answer **v = arena_alloc(a, (in->n_versions + 1) * sizeof(*v));
	if (!o->open || !o->files || !v)
		return -1;
	/* the answer's versions up to the time, in time order: the last is the state then, and
	 * the run of "ja" at the end says since when */
	size_t nv = 0;
	for (size_t i = 0; i < in->n_versions; i++)
		if (in->versions[i].changed_at && strcmp(in->versions[i].changed_at, at) <= 0)
			v[nv++] = &in->versions[i];
	qsort(v, nv, sizeof(*v), by_time);
	bool measure_ok = !c->measure;
	const char *since = NULL;
	if (c->measure && nv) {
		o->answer = v[nv - 1];
		measure_ok = o->answer->status == STATUS_JA;
		for (size_t k = nv; measure_ok && k-- > 0 && v[k]->status == STATUS_JA;)
			since = v[k]->changed_at;
	}
	int32_t rule_since = DATE_NONE;
	for (size_t i = 0; c->rule && i < nf; i++) {
		if (strcmp(fs[i].rule, c->rule) != 0)
			continue;
		if (open_on(&fs[i], day))
			o->open[o->n_open++] = &fs[i];
		else if (fs[i].closed_on != DATE_NONE && fs[i].closed_on <= day &&
			 (rule_since == DATE_NONE || fs[i].closed_on > rule_since))
			rule_since = fs[i].closed_on;    /* the last one fixed before then */
	}
	for (size_t i = 0; i < in->n_files; i++)
		if (stood(in->files, in->n_files, &in->files[i], at))
			o->files[o->n_files++] = &in->files[i];
	o->met = o->judged && measure_ok && o->n_open == 0;
	if (o->met && rule_since != DATE_NONE) {
		char d[DATE_TEXT];
		date_format(rule_since, d);
		const char *fixed = arena_printf(a, "%sT00:00:00Z", d);
		if (!since || strcmp(fixed, since) > 0)
			since = fixed;
	}
	o->since = o->met ? since : NULL;
	return 0;
}

int dossier_build(struct arena *a, const struct prep_insurance *policy, const char *at, int32_t at_day,
		  const struct dossier_condition_input *in, size_t n, const struct finding *findings, size_t n_findings,
		  struct dossier *out, struct err *e)
{
	memset(out, 0, sizeof(*out));
	out->policy = policy;
	out->at = at;
	out->at_day = at_day;
	out->conditions = arena_alloc(a, (n + 1) * sizeof(*out->conditions));
	if (!out->conditions)
		return err_set(e, "Tom for minne.");
	for (size_t i = 0; i < n; i++) {
		if (one(a, &in[i], at, at_day, findings, n_findings, &out->conditions[i]) < 0)
			return err_set(e, "Tom for minne.");
		out->met += out->conditions[i].met;
	}
	out->n = n;
	return 0;
}
