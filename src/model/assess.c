/* assess.c: see assess.h. */
#include "model/assess.h"

#include <string.h>
#include <strings.h>

#include "util/i18n.h"
#include "util/valid.h"

static const struct {
	const char *code;
	const char *alias;
	const char *label;
} statuses[STATUS_COUNT] = {
	[STATUS_UKJENT] = { "ukjent", "unknown", N_("Ukjent") },
	[STATUS_JA] = { "ja", "yes", N_("Ja, på plass") },
	[STATUS_DELVIS] = { "delvis", "partial", N_("Delvis") },
	[STATUS_NEI] = { "nei", "no", N_("Nei") },
	[STATUS_IKKE_RELEVANT] = { "ikke-relevant", "not-applicable", N_("Ikke relevant") },
};

int status_parse(const char *s, enum status *out, struct err *e)
{
	for (int i = 0; s && i < STATUS_COUNT; i++) {
		if (strcasecmp(s, statuses[i].code) == 0 || strcasecmp(s, statuses[i].alias) == 0) {
			*out = (enum status)i;
			return 0;
		}
	}
	return err_set(e, "Ukjent status «%s». Bruk ja, delvis, nei, ukjent eller ikke-relevant "
		       "(eller yes, partial, no, unknown, not-applicable).", s ? s : "");
}

const char *status_code(enum status s)
{
	return (unsigned)s < STATUS_COUNT ? statuses[s].code : "ukjent";
}

const char *status_label(enum status s)
{
	return (unsigned)s < STATUS_COUNT ? statuses[s].label : statuses[0].label;
}

bool status_is_gap(enum status s)
{
	return s == STATUS_DELVIS || s == STATUS_NEI;
}

bool round_is_closed(const struct round *r)
{
	return r->closed_at != NULL && *r->closed_at;
}

const struct answer *answer_find(const struct answer *a, size_t n, const char *measure_id)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(a[i].measure_id, measure_id) == 0)
			return &a[i];
	return NULL;
}

size_t assess_unknown(const struct catalog *c, const struct answer *a, size_t n,
		      const struct catalog_item **out, size_t cap)
{
	size_t k = 0;
	for (size_t i = 0; i < c->n_items; i++) {
		const struct answer *x = answer_find(a, n, c->items[i].id);
		if (x && x->status != STATUS_UKJENT)
			continue;
		if (k < cap)
			out[k] = &c->items[i];
		k++;
	}
	return k;
}

int answer_patch_check(const struct answer_patch *p, struct err *e)
{
	enum lang l = e->lang;
	if (valid_text(i18n_tr(l, "Dokumentasjon"), p->evidence, VALID_TEXT_MAX, true, false, e) < 0 ||
	    valid_text(i18n_tr(l, "Ansvarlig"), p->owner, VALID_NAME_MAX, false, false, e) < 0 ||
	    valid_text(i18n_tr(l, "Plan"), p->plan, VALID_TEXT_MAX, true, false, e) < 0)
		return -1;
	return 0;
}

/* A text patched: NULL keeps it, "" clears it. */
static const char *patched(const char *old, const char *p)
{
	if (!p)
		return old;
	return *p ? p : NULL;
}

static bool same(const char *x, const char *y)
{
	return strcmp(x ? x : "", y ? y : "") == 0;
}

bool answer_patch_apply(const struct answer *cur, const struct answer_patch *p, struct answer *out)
{
	struct answer x = { .measure_id = p->measure_id, .status = STATUS_UKJENT, .due = DATE_NONE };
	if (cur)
		x = *cur;
	if (p->has_status)
		x.status = p->status;
	x.evidence = patched(x.evidence, p->evidence);
	x.owner = patched(x.owner, p->owner);
	x.plan = patched(x.plan, p->plan);
	if (p->has_due)
		x.due = p->due;
	*out = x;
	return !cur || cur->status != x.status || !same(cur->evidence, x.evidence) || !same(cur->owner, x.owner) ||
	       !same(cur->plan, x.plan) || cur->due != x.due;
}
