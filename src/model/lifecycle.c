/* lifecycle.c: see lifecycle.h. */
#include "model/lifecycle.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "util/date.h"
#include "util/i18n.h"

char *life_norm(struct arena *a, const char *s)
{
	size_t n = s ? strlen(s) : 0, o = 0;
	char *out = arena_alloc(a, n + 1);
	bool dash = false;
	if (!out)
		return NULL;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (isalnum(c) || c >= 0x80) {      /* UTF-8 letters are kept as they are */
			if (dash && o)
				out[o++] = '-';
			out[o++] = (char)tolower(c);
			dash = false;
		} else {
			dash = true;
		}
	}
	out[o] = '\0';
	return out;
}

static int cmp_name(const void *x, const void *y)
{
	const struct life_name *a = x, *b = y;
	int c = strcmp(a->name, b->name);
	return c ? c : (a->at > b->at) - (a->at < b->at);
}

static int add_name(struct arena *a, struct life_name **index, size_t *n, size_t *cap, const char *name, size_t at)
{
	struct life_name *x = arena_push(a, (void **)index, n, cap, sizeof(*x));
	if (!x)
		return -1;
	*x = (struct life_name){ name, at };
	return 0;
}

/* The first entry of the index with this name, or n. */
static size_t lower_bound(const struct life_name *index, size_t n, const char *name)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (strcmp(index[mid].name, name) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

int eol_prepare(struct arena *a, struct eol_catalog *c)
{
	size_t cap = 0;
	c->index = NULL;
	c->n_index = 0;
	for (size_t i = 0; i < c->n; i++) {
		struct eol_product *p = &c->products[i];
		char *t = life_norm(a, p->title), *rest = t ? strchr(t, '-') : NULL;
		p->names[0] = life_norm(a, p->id);
		p->names[1] = t;
		p->names[2] = rest ? rest + 1 : NULL;
		if (!p->names[0] || !t)
			return -1;
		for (int k = 0; k < 3; k++)
			if (p->names[k] && *p->names[k] && add_name(a, &c->index, &c->n_index, &cap, p->names[k], i) < 0)
				return -1;
	}
	if (c->n_index)
		qsort(c->index, c->n_index, sizeof(*c->index), cmp_name);
	return 0;
}

const struct eol_product *eol_find_product(struct arena *a, const struct eol_catalog *c,
					   const char *product)
{
	const char *want = life_norm(a, product);
	if (!want || !*want || !c->n_index)
		return NULL;
	size_t i = lower_bound(c->index, c->n_index, want);
	return i < c->n_index && strcmp(c->index[i].name, want) == 0 ? &c->products[c->index[i].at] : NULL;
}

char *life_version_norm(struct arena *a, const char *s)
{
	size_t n = s ? strlen(s) : 0, o = 0;
	char *out = arena_alloc(a, n + 1);
	if (!out)
		return NULL;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (isspace(c) || c == '_') {
			if (o && out[o - 1] != '-')
				out[o++] = '-';
		} else {
			out[o++] = (char)tolower(c);
		}
	}
	while (o && out[o - 1] == '-')
		o--;
	out[o] = '\0';
	return out;
}

const struct eol_release *eol_find_release(struct arena *a, const struct eol_product *p,
					   const char *version)
{
	const char *want = life_version_norm(a, version);
	const struct eol_release *best = NULL, *by_label = NULL;
	size_t best_len = 0, wlen = want ? strlen(want) : 0;
	if (!p || !want || !*want)
		return NULL;
	for (size_t i = 0; i < p->n; i++) {
		const struct eol_release *r = &p->releases[i];
		size_t n = strlen(r->cycle);
		if (strcmp(r->cycle, want) == 0)
			return r;
		/* "7.0.3" is in "7.0"; so are a letter release ("1.1.1w") and an update ("7.0u3") */
		if (n > best_len && strncmp(want, r->cycle, n) == 0 &&
		    (want[n] == '.' || (n && isdigit((unsigned char)r->cycle[n - 1]) && islower((unsigned char)want[n])))) {
			best = r;
			best_len = n;
		}
		/* a later end wins: LIFE_NEVER is the largest, LIFE_ENDED the smallest */
		if (r->label && strncmp(r->label, want, wlen) == 0 && (!r->label[wlen] || r->label[wlen] == '-') &&
		    (!by_label || r->eol > by_label->eol))
			by_label = r;
	}
	return best ? best : by_label;
}

enum life_status life_status(const struct eol_release *r, int32_t today, int32_t *end)
{
	*end = r ? r->eol : LIFE_NEVER;
	if (!r)
		return LIFE_UNKNOWN;
	if (r->eol == LIFE_ENDED || (r->eol != LIFE_NEVER && r->eol <= today))
		return LIFE_UNSUPPORTED;
	if (r->eol != LIFE_NEVER && (int64_t)r->eol - today <= LIFE_SOON_DAYS)
		return LIFE_ENDING;
	return LIFE_SUPPORTED;
}

const char *life_status_label(enum life_status s)
{
	static const char *const names[] = { N_("ukjent"), N_("støttet"), N_("slutter snart"),
					     N_("ikke støttet") };
	return (unsigned)s <= LIFE_UNSUPPORTED ? names[s] : "?";
}

/* The entry's product names, split on ", " and " and ", each alone and after the
 * vendor ("ESXi" and "VMware ESXi"). */
static int kev_names(struct arena *a, struct kev_entry *k)
{
	char *list = arena_strdup(a, k->product ? k->product : "");
	size_t cap = 0;
	k->names = NULL;        /* rebuilt from the product each time: kev_prepare may run again */
	k->n_names = 0;
	if (!list)
		return -1;
	for (char *part = list; part && *part;) {
		char *next = NULL, *comma = strstr(part, ", "), *and = strstr(part, " and ");
		if (comma && (!and || comma < and))
			*comma = '\0', next = comma + 2;
		else if (and)
			*and = '\0', next = and + 5;
		if (strncmp(part, "and ", 4) == 0)       /* "A, B, and C" */
			part += 4;
		const char *forms[2] = { life_norm(a, part),
					 life_norm(a, arena_printf(a, "%s %s", k->vendor ? k->vendor : "", part)) };
		for (int f = 0; f < 2; f++) {
			const char **slot = forms[f] && *forms[f]
				? arena_push(a, (void **)&k->names, &k->n_names, &cap, sizeof(*slot)) : NULL;
			if (forms[f] && *forms[f] && !slot)
				return -1;
			if (slot)
				*slot = forms[f];
		}
		part = next;
	}
	return 0;
}

static int cmp_entry_cve(const void *x, const void *y)
{
	const struct kev_entry *const *a = x, *const *b = y;
	return strcmp((*a)->cve, (*b)->cve);
}

static int cmp_fact_cve(const void *x, const void *y)
{
	const struct kev_fact *a = x, *b = y;
	return strcmp(a->cve, b->cve);
}

int kev_prepare(struct arena *a, struct kev_catalog *c)
{
	size_t cap = 0;
	c->index = NULL;
	c->n_index = 0;
	c->by_cve = arena_alloc(a, (c->n + 1) * sizeof(*c->by_cve));
	if (!c->by_cve)
		return -1;
	for (size_t i = 0; i < c->n; i++)
		c->by_cve[i] = &c->entries[i];
	if (c->n)
		qsort(c->by_cve, c->n, sizeof(*c->by_cve), cmp_entry_cve);
	for (size_t i = 0; i < c->n; i++) {
		if (kev_names(a, &c->entries[i]) < 0)
			return -1;
		for (size_t k = 0; k < c->entries[i].n_names; k++)
			if (add_name(a, &c->index, &c->n_index, &cap, c->entries[i].names[k], i) < 0)
				return -1;
	}
	if (c->n_index)
		qsort(c->index, c->n_index, sizeof(*c->index), cmp_name);
	return 0;
}

const struct kev_entry *kev_find(const struct kev_catalog *c, const char *cve)
{
	size_t lo = 0, hi = c->by_cve ? c->n : 0;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int d = strcmp(c->by_cve[mid]->cve, cve);
		if (d == 0)
			return c->by_cve[mid];
		if (d < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

void kev_facts_prepare(struct kev_catalog *c)
{
	/* stable enough: facts of one CVE keep no meaningful order among themselves */
	if (c->n_facts)
		qsort(c->facts, c->n_facts, sizeof(*c->facts), cmp_fact_cve);
}

size_t kev_facts_of(const struct kev_catalog *c, const char *cve, const struct kev_fact **first)
{
	size_t lo = 0, hi = c->n_facts, n = 0;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (strcmp(c->facts[mid].cve, cve) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	*first = lo < c->n_facts ? &c->facts[lo] : NULL;
	while (lo + n < c->n_facts && strcmp(c->facts[lo + n].cve, cve) == 0)
		n++;
	return n;
}

long kev_match(struct arena *a, const struct kev_catalog *c, const char *product,
	       const struct kev_entry ***out)
{
	const char *want = life_norm(a, product);
	size_t n = 0, cap = 0;
	*out = NULL;
	if (!want || !*want || !c->n_index)
		return 0;
	/* the entries under this name are in catalog order; one entry may be there twice */
	for (size_t i = lower_bound(c->index, c->n_index, want);
	     i < c->n_index && strcmp(c->index[i].name, want) == 0; i++) {
		if (i > 0 && strcmp(c->index[i - 1].name, want) == 0 && c->index[i - 1].at == c->index[i].at)
			continue;
		const struct kev_entry **slot = arena_push(a, (void **)out, &n, &cap, sizeof(**out));
		if (!slot)
			return -1;
		*slot = &c->entries[c->index[i].at];
	}
	return (long)n;
}

const struct life_alias *life_alias_find(struct arena *a, const struct eol_catalog *c, const char *product)
{
	const char *want = life_norm(a, product);
	for (size_t i = 0; want && *want && i < c->n_aliases; i++)
		if (strcmp(c->aliases[i].name, want) == 0)
			return &c->aliases[i];
	return NULL;
}
