/* vulnmatch.c: see vulnmatch.h. */
#include "model/vulnmatch.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "model/assess.h"

const char *kev_confidence_code(enum kev_confidence c)
{
	return c == KEV_CONFIRMED ? "bekreftet" : c == KEV_POSSIBLE ? "mulig" : NULL;
}

/* One token of a version: a run of digits (leading zeros skipped) or of letters. */
struct vtok {
	const char *s;
	size_t len;
	bool num;
};

/* The next token from *p, false at the end. */
static bool next_tok(const char **p, struct vtok *t)
{
	const unsigned char *s = (const unsigned char *)*p;
	while (*s && !isalnum(*s))
		s++;
	if (!*s)
		return false;
	t->num = isdigit(*s);
	const unsigned char *b = s;
	while (*s && (t->num ? isdigit(*s) : isalpha(*s)))
		s++;
	if (t->num)
		while (s - b > 1 && *b == '0')
			b++;
	t->s = (const char *)b;
	t->len = (size_t)(s - b);
	*p = (const char *)s;
	return true;
}

static int tok_cmp(const struct vtok *a, const struct vtok *b)
{
	if (a->num != b->num)
		return a->num ? 1 : -1;          /* "2.0-beta9" before "2.0.1" */
	if (a->num && a->len != b->len)
		return a->len < b->len ? -1 : 1;  /* digits compared as numbers of any length */
	for (size_t i = 0; i < a->len && i < b->len; i++) {
		int x = tolower((unsigned char)a->s[i]), y = tolower((unsigned char)b->s[i]);
		if (x != y)
			return x < y ? -1 : 1;
	}
	return (a->len > b->len) - (a->len < b->len);
}

/* A word that marks a release before the version it follows. */
static bool pre_release(const struct vtok *t)
{
	static const char *const words[] = { "alpha", "beta", "rc", "pre", "dev", NULL };
	for (int i = 0; words[i]; i++)
		if (t->len == strlen(words[i]) && strncasecmp(t->s, words[i], t->len) == 0)
			return true;
	return false;
}

enum vuln_order vuln_version_order(const char *have, const char *bound)
{
	struct vtok x, y;
	const char *p = have ? have : "", *q = bound ? bound : "";
	bool first = true;
	for (;;) {
		bool hx = next_tok(&p, &x), hy = next_tok(&q, &y);
		if (first) {
			/* no number, or majors of another magnitude: another way of numbering */
			if (!hx || !hy || !x.num || !y.num ||
			    (x.len > y.len ? x.len - y.len : y.len - x.len) >= 2)
				return VO_UNKNOWN;
			first = false;
		}
		if (!hx && !hy)
			return VO_EQUAL;
		if (!hx)
			return VO_SHORTER;
		if (!hy)
			return !x.num && pre_release(&x) ? VO_LESS : VO_GREATER;
		int d = tok_cmp(&x, &y);
		if (d)
			return d < 0 ? VO_LESS : VO_GREATER;
	}
}

enum kev_confidence vuln_in_range(const char *version, const struct kev_range *r)
{
	if (r->from) {
		enum vuln_order o = vuln_version_order(version, r->from);
		if (o == VO_LESS)
			return KEV_NOT_AFFECTED;
		if (o == VO_SHORTER || o == VO_UNKNOWN)
			return KEV_POSSIBLE;
	}
	if (r->before) {
		enum vuln_order o = vuln_version_order(version, r->before);
		return o == VO_LESS ? KEV_CONFIRMED : o == VO_EQUAL || o == VO_GREATER ? KEV_NOT_AFFECTED : KEV_POSSIBLE;
	}
	if (r->through) {
		enum vuln_order o = vuln_version_order(version, r->through);
		return o == VO_LESS || o == VO_EQUAL ? KEV_CONFIRMED : o == VO_GREATER ? KEV_NOT_AFFECTED : KEV_POSSIBLE;
	}
	return r->from ? KEV_CONFIRMED : KEV_POSSIBLE;
}

/* The version that starts at s (a digit, then digits, letters and . - _), or 0. */
static size_t version_at(const char *s)
{
	size_t n = 0;
	if (!isdigit((unsigned char)s[0]))
		return 0;
	while (isalnum((unsigned char)s[n]) || ((s[n] == '.' || s[n] == '-' || s[n] == '_') &&
						  isalnum((unsigned char)s[n + 1])))
		n++;
	return n;
}

bool vuln_text_bound(struct arena *a, const char *text, struct kev_range *out)
{
	/* phrases before a version ("before 4.70") and after one ("2.4.48 and earlier") */
	static const char *const lead[] = { "before version ", "before versions ", "before ", "prior to version ",
					    "prior to versions ", "prior to ", "earlier than ", "through version ",
					    "through ", NULL };
	static const char *const trail[] = { " and earlier", " or earlier", " and prior", " and below", NULL };
	int found = 0;
	memset(out, 0, sizeof(*out));
	for (const char *s = text; s && *s; s++) {
		for (int i = 0; lead[i]; i++) {
			size_t ln = strlen(lead[i]), vn;
			if ((s == text || !isalnum((unsigned char)s[-1])) && strncasecmp(s, lead[i], ln) == 0 &&
			    (vn = version_at(s + ln)) > 0) {
				char *v = arena_alloc(a, vn + 1);
				if (!v)
					return false;
				memcpy(v, s + ln, vn);
				bool through = strncasecmp(lead[i], "through", 7) == 0;
				out->before = through ? NULL : v;
				out->through = through ? v : NULL;
				found++;
				s += ln + vn - 1;
				break;
			}
		}
		size_t vn;
		if ((s == text || !isalnum((unsigned char)s[-1])) && (vn = version_at(s)) > 0) {
			for (int i = 0; trail[i]; i++)
				if (strncasecmp(s + vn, trail[i], strlen(trail[i])) == 0) {
					char *v = arena_alloc(a, vn + 1);
					if (!v)
						return false;
					memcpy(v, s, vn);
					out->before = NULL;
					out->through = v;
					found++;
					break;
				}
			s += vn - 1;
		}
	}
	if (found != 1)
		memset(out, 0, sizeof(*out));
	return found == 1;
}

/* Does a release name ("2016") cover a key ("2016", "2016-sp2", "7.0.3"), as a service
 * pack, cumulative or update rollup of it, or a version in it? "2012-r2" is not "2012". */
static bool release_covers(const char *rel, const char *key)
{
	static const char *const updates[] = { "sp", "cu", "su", "ur", "update", "u", NULL };
	size_t n = strlen(rel);
	if (strncmp(key, rel, n) != 0)
		return false;
	if (!key[n] || key[n] == '.')
		return true;
	if (key[n] != '-')
		return false;
	for (int i = 0; updates[i]; i++) {
		size_t m = strlen(updates[i]);
		if (strncmp(key + n + 1, updates[i], m) == 0 &&
		    (!key[n + 1 + m] || isdigit((unsigned char)key[n + 1 + m])))
			return true;
	}
	return false;
}

static bool names_have(const struct kev_subject *s, const char *name)
{
	for (size_t i = 0; i < s->n_names; i++)
		if (s->names[i] && strcmp(s->names[i], name) == 0)
			return true;
	return false;
}

/* The fact about this subject's product among an entry's facts, or NULL. */
static const struct kev_fact *fact_for(const struct kev_catalog *c, const char *cve, const struct kev_subject *s)
{
	const struct kev_fact *f;
	size_t n = kev_facts_of(c, cve, &f);
	for (size_t i = 0; i < n; i++)
		for (size_t j = 0; j < f[i].n_products; j++)
			if (names_have(s, f[i].products[j]))
				return &f[i];
	return NULL;
}

static enum kev_confidence judge_fact(struct arena *a, const struct kev_fact *f, const struct kev_subject *s)
{
	if (!s->version || !*s->version)
		return KEV_POSSIBLE;
	enum kev_confidence best = KEV_NOT_AFFECTED;
	if (f->n_releases) {
		/* the names a release goes by: the catalog's cycle and label, the version as written */
		const char *keys[3] = { s->release ? s->release->cycle : NULL, s->release ? s->release->label : NULL,
					life_version_norm(a, s->version) };
		for (size_t i = 0; i < f->n_releases; i++)
			for (int k = 0; k < 3; k++)
				if (keys[k] && release_covers(f->releases[i], keys[k]))
					return KEV_CONFIRMED;
		/* a release the catalog knows and the fact does not list is not affected */
		best = s->release ? KEV_NOT_AFFECTED : KEV_POSSIBLE;
	}
	for (size_t i = 0; i < f->n_ranges; i++) {
		enum kev_confidence c = vuln_in_range(s->version, &f->ranges[i]);
		if (c > best)
			best = c;
	}
	return best;
}

enum kev_confidence kev_judge(struct arena *a, const struct kev_catalog *c, const struct kev_entry *k,
			      const struct kev_subject *s, const char **fix)
{
	const struct kev_fact *f = fact_for(c, k->cve, s);
	struct kev_range r;
	*fix = NULL;
	if (f) {
		enum kev_confidence v = judge_fact(a, f, s);
		*fix = f->fix;
		return v;
	}
	if (s->version && *s->version && k->desc && vuln_text_bound(a, k->desc, &r)) {
		*fix = r.before;
		return vuln_in_range(s->version, &r);
	}
	/* a release line first published well after CISA listed the flaw carries its fix */
	if (s->release && s->release->released != DATE_NONE && k->added != DATE_NONE &&
	    s->release->released > k->added + KEV_RELEASE_MARGIN)
		return KEV_NOT_AFFECTED;
	return KEV_POSSIBLE;
}

static int cmp_hit(const void *x, const void *y)
{
	const struct kev_hit *a = x, *b = y;
	if (a->confidence != b->confidence)
		return a->confidence > b->confidence ? -1 : 1;
	if (a->entry->ransomware != b->entry->ransomware)
		return a->entry->ransomware ? -1 : 1;
	if (a->entry->added != b->entry->added)
		return a->entry->added > b->entry->added ? -1 : 1;
	return strcmp(a->entry->cve, b->entry->cve);
}

static int add_hit(struct arena *a, const struct kev_catalog *c, const struct kev_subject *s,
		   const struct kev_entry *k, struct kev_hit **out, size_t *n, size_t *cap)
{
	for (size_t i = 0; i < *n; i++)
		if ((*out)[i].entry == k)
			return 0;
	const char *fix;
	enum kev_confidence v = kev_judge(a, c, k, s, &fix);
	if (v == KEV_NOT_AFFECTED)
		return 0;
	struct kev_hit *h = arena_push(a, (void **)out, n, cap, sizeof(*h));
	if (!h)
		return -1;
	*h = (struct kev_hit){ k, v, fix };
	return 0;
}

long kev_assess(struct arena *a, const struct kev_catalog *c, const struct kev_subject *s, struct kev_hit **out)
{
	size_t n = 0, cap = 0;
	*out = NULL;
	for (size_t i = 0; i < s->n_names; i++) {
		const struct kev_entry **m;
		long nm = s->names[i] ? kev_match(a, c, s->names[i], &m) : 0;
		if (nm < 0)
			return -1;
		for (long j = 0; j < nm; j++)
			if (add_hit(a, c, s, m[j], out, &n, &cap) < 0)
				return -1;
	}
	/* entries the catalog files under another name ("Multiple Products") */
	for (size_t i = 0; i < c->n_facts; i++) {
		const struct kev_fact *f = &c->facts[i];
		bool mine = false;
		for (size_t j = 0; j < f->n_products && !mine; j++)
			mine = names_have(s, f->products[j]);
		const struct kev_entry *k = mine ? kev_find(c, f->cve) : NULL;
		if (k && add_hit(a, c, s, k, out, &n, &cap) < 0)
			return -1;
	}
	if (n > 1)
		qsort(*out, n, sizeof(**out), cmp_hit);
	return (long)n;
}

void kev_tally(const struct kev_hit *h, size_t n, struct kev_tally *t)
{
	memset(t, 0, sizeof(*t));
	for (size_t i = 0; i < n; i++) {
		bool sure = h[i].confidence == KEV_CONFIRMED;
		int *count = sure ? &t->confirmed : &t->possible;
		const char **ex = sure ? &t->confirmed_example : &t->possible_example;
		(*count)++;
		*(sure ? &t->confirmed_ransomware : &t->possible_ransomware) += h[i].entry->ransomware;
		if (!*ex) {
			*ex = h[i].entry->cve;
			*(sure ? &t->confirmed_fix : &t->possible_fix) = h[i].fix;
		}
	}
}
