/* model/report_public.c: see report_public.h. */
#include "model/report_public.h"

#include <string.h>
#include <strings.h>

#include "model/register.h"

static bool word_byte(unsigned char c)
{
	/* bytes of UTF-8 letters (æ, ø, å …) are word bytes too */
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

/* needle (n bytes) in text as a whole word, ASCII case folded. Names under three bytes are
 * not looked for: "AD" or "IT" in a sentence says nothing about the installation. */
static bool has_word(const char *text, const char *needle, size_t n)
{
	if (n < 3)
		return false;
	for (const char *p = text; *p; p++) {
		if (strncasecmp(p, needle, n) != 0)
			continue;
		bool start = p == text || !word_byte((unsigned char)p[-1]);
		bool end = !word_byte((unsigned char)p[n]);
		if (start && end)
			return true;
	}
	return false;
}

/* Any of the words of list (split at spaces, commas and semicolons: a system's hosts) in text. */
static bool has_any(const char *text, const char *list)
{
	for (const char *p = list; p && *p;) {
		size_t n = strcspn(p, " ,;\t");
		if (has_word(text, p, n))
			return true;
		p += n;
		p += strspn(p, " ,;\t");
	}
	return false;
}

static bool has_name(const char *text, const char *name)
{
	return name && has_word(text, name, strlen(name));
}

/* A CVE id, or two digits joined by a point (a version, an address). */
static bool technical(const char *text)
{
	for (const char *p = text; *p; p++) {
		if (strncasecmp(p, "cve-", 4) == 0 && p[4] >= '0' && p[4] <= '9')
			return true;
		if (p > text && *p == '.' && p[-1] >= '0' && p[-1] <= '9' && p[1] >= '0' && p[1] <= '9')
			return true;
	}
	return false;
}

bool report_public_safe(const struct report_input *in, const char *text)
{
	const struct ros_register *reg = in->reg;
	if (!text)
		return true;
	if (technical(text))
		return false;
	for (size_t i = 0; reg && i < reg->n_systems; i++) {
		const struct ros_system *s = &reg->systems[i];
		if (has_name(text, s->name) || has_name(text, s->product) || has_name(text, s->vendor) ||
		    has_any(text, s->hosts))
			return false;
	}
	for (size_t i = 0; reg && i < reg->n_vendors; i++)
		if (has_name(text, reg->vendors[i].name))
			return false;
	return true;
}

/* The area an action's measure is in, or -1. */
static long action_group(const struct report *r, const struct action *x)
{
	const struct catalog *c = r->in->catalog;
	if (!x->measure_id || !x->catalog_id || strcmp(x->catalog_id, c->id) != 0)
		return -1;
	const struct catalog_item *it = catalog_item_find(c, x->measure_id);
	return it ? catalog_group_index(c, it->group_id) : -1;
}

static struct public_budget *budget_of(struct report_public *p, int year, size_t groups, struct arena *a)
{
	size_t i = 0;
	while (i < p->n_budgets && p->budgets[i].year < year)
		i++;
	if (i < p->n_budgets && p->budgets[i].year == year)
		return &p->budgets[i];
	struct public_budget *b = &p->budgets[i];
	memmove(b + 1, b, (p->n_budgets - i) * sizeof(*b));
	p->n_budgets++;
	memset(b, 0, sizeof(*b));
	b->year = year;
	/* one slot per area and one for actions that serve no measure, filled in order */
	b->areas = arena_alloc(a, (groups + 1) * sizeof(*b->areas));
	return b->areas ? b : NULL;
}

static int budgets(struct arena *a, const struct report *r, struct report_public *p)
{
	const struct catalog *c = r->in->catalog;
	size_t groups = c->n_groups;
	p->budgets = arena_alloc(a, (r->n_open + 1) * sizeof(*p->budgets));
	if (!p->budgets)
		return -1;
	/* each budget's areas are summed at the area's index (groups: the others), and the empty
	 * ones dropped at the end */
	for (size_t i = 0; i < r->n_open; i++) {
		const struct action *x = r->open[i];
		if (!x->cost_nok) {
			p->uncosted++;
			continue;
		}
		struct public_budget *b = budget_of(p, action_cost_year(x), groups, a);
		if (!b)
			return -1;
		if (!b->n_areas) {
			for (size_t g = 0; g <= groups; g++)
				b->areas[g] = (struct public_budget_area){ g < groups ? &c->groups[g] : NULL, 0, 0 };
			b->n_areas = groups + 1;
		}
		long g = action_group(r, x);
		struct public_budget_area *ar = &b->areas[g < 0 ? groups : (size_t)g];
		ar->nok += x->cost_nok;
		ar->actions++;
		b->nok += x->cost_nok;
		b->actions++;
	}
	for (size_t i = 0; i < p->n_budgets; i++) {
		struct public_budget *b = &p->budgets[i];
		size_t k = 0;
		for (size_t g = 0; g < b->n_areas; g++)
			if (b->areas[g].actions)
				b->areas[k++] = b->areas[g];
		b->n_areas = k;
	}
	return 0;
}

int report_public_build(struct arena *a, const struct report *r, struct report_public *out, struct err *e)
{
	const struct report_input *in = r->in;
	memset(out, 0, sizeof(*out));
	out->r = r;
	out->improved = arena_alloc(a, (r->n_items + 1) * sizeof(*out->improved));
	out->accept = arena_alloc(a, (r->n_decisions + 1) * sizeof(*out->accept));
	out->risks = arena_alloc(a, (r->n_risks + 1) * sizeof(*out->risks));
	if (!out->improved || !out->accept || !out->risks || budgets(a, r, out) < 0)
		return err_set(e, "Tom for minne.");
	for (size_t i = 0; r->has_prev && i < r->n_items; i++) {
		const struct report_item *it = &r->items[i];
		if (it->status == STATUS_JA && it->has_prev && it->prev != STATUS_JA && it->prev != STATUS_IKKE_RELEVANT)
			out->improved[out->n_improved++] = it;
	}
	for (size_t i = 0; i < r->n_decisions; i++) {
		const struct decision *d = &r->decisions[i];
		if (d->kind != DECISION_ACCEPT_RISK || !d->item)
			continue;
		const char *why = d->action ? d->action->reason : NULL;
		out->accept[out->n_accept++] =
			(struct public_accept){ d->item, why && report_public_safe(in, why) ? why : NULL };
	}
	for (size_t i = 0; i < r->n_risks; i++) {
		const struct report_risk *k = &r->risks[i];
		if (!report_public_safe(in, k->event->title)) {
			out->risks_unnamed++;
			continue;
		}
		if (out->n_risks < PUBLIC_RISKS_MAX)
			out->risks[out->n_risks++] = k;
	}
	out->services_late = r->n_gaps;
	out->services = in->reg ? in->reg->n_services : 0;
	out->spof_services = r->n_spof ? r->spof[0].services : 0;
	out->findings_serious = r->findings_by_severity[SEV_KRITISK] + r->findings_by_severity[SEV_HOY];
	return 0;
}
