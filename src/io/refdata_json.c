/* io/refdata_json.c: see refdata_json.h. */
#include "io/refdata_json.h"

#include <jansson.h>
#include <string.h>

#include "model/assess.h"
#include "util/date.h"

#define PRODUCTS_MAX 20000
#define RELEASES_MAX 2000
#define KEV_MAX 100000

static json_t *load(const char *data, size_t len, const char *origin, struct err *e)
{
	json_error_t je;
	json_t *doc;
	if (len > REFDATA_MAX)
		return err_set(e, "%s er for stor (mer enn %zu MiB).", origin, REFDATA_MAX >> 20), NULL;
	if (!(doc = json_loadb(data, len, JSON_REJECT_DUPLICATES, &je)))
		err_set(e, "%s, linje %d, kolonne %d: %s", origin, je.line, je.column, je.text);
	return doc;
}

/* A date field: "YYYY-MM-DD", true (ended, date not given), false (no end), or absent. */
static int date_field(json_t *v, int32_t *out, int32_t when_absent)
{
	if (!v || json_is_null(v)) {
		*out = when_absent;
		return 0;
	}
	if (json_is_true(v)) {
		*out = LIFE_ENDED;
		return 0;
	}
	if (json_is_false(v)) {
		*out = LIFE_NEVER;
		return 0;
	}
	return json_is_string(v) && date_parse(json_string_value(v), out) == 0 ? 0 : -1;
}

static const char *text(struct arena *a, json_t *v)
{
	return json_is_string(v) ? arena_strdup(a, json_string_value(v)) : NULL;
}

int eol_json_read(struct arena *a, const char *data, size_t len, const char *origin,
		  struct eol_catalog *out, struct err *e)
{
	json_t *doc = load(data, len, origin, e), *products;
	int rc = -1;
	memset(out, 0, sizeof(*out));
	if (!doc)
		return -1;
	products = json_object_get(doc, "products");
	if (!json_is_array(products) || json_array_size(products) > PRODUCTS_MAX) {
		err_set(e, "%s er ikke en endoflife.date-fil: «products» må være en liste (se data/README.md).",
			origin);
		goto out;
	}
	out->n = json_array_size(products);
	out->products = arena_alloc(a, (out->n + 1) * sizeof(*out->products));
	out->version = text(a, json_object_get(doc, "source_commit"));
	out->newest = DATE_NONE;
	if (!out->products)
		goto oom;
	for (size_t i = 0; i < out->n; i++) {
		json_t *p = json_array_get(products, i), *rel = json_object_get(p, "releases");
		struct eol_product *x = &out->products[i];
		x->id = text(a, json_object_get(p, "id"));
		x->title = text(a, json_object_get(p, "title"));
		if (!x->id || !x->title || !json_is_array(rel) || json_array_size(rel) > RELEASES_MAX) {
			err_set(e, "%s, produkt nr. %zu: må ha id, title og releases.", origin, i + 1);
			goto out;
		}
		x->n = json_array_size(rel);
		x->releases = arena_alloc(a, (x->n + 1) * sizeof(*x->releases));
		if (!x->releases)
			goto oom;
		for (size_t k = 0; k < x->n; k++) {
			json_t *r = json_array_get(rel, k), *cycle = json_object_get(r, "releaseCycle");
			struct eol_release *y = &x->releases[k];
			int32_t d;
			json_t *label = json_object_get(r, "releaseLabel");
			y->cycle = json_is_string(cycle) ? arena_strdup(a, json_string_value(cycle)) : NULL;
			if (json_is_string(label)) {
				/* "2016 SP3", "2022 '__CODENAME__'": the part before a quote */
				char *l = arena_strdup(a, json_string_value(label)), *q = l ? strchr(l, '\'') : NULL;
				if (q)
					*q = '\0';
				y->label = l ? life_version_norm(a, l) : NULL;
			}
			if (!y->cycle || date_field(json_object_get(r, "eol"), &y->eol, LIFE_NEVER) < 0 ||
			    date_field(json_object_get(r, "eoes"), &y->eoes, DATE_NONE) < 0) {
				err_set(e, "%s, %s utgave nr. %zu: releaseCycle og eol (dato eller true/false) "
					"må være med.", origin, x->id, k + 1);
				goto out;
			}
			json_t *rd = json_object_get(r, "releaseDate");
			if (!json_is_string(rd) || date_parse(json_string_value(rd), &y->released) < 0)
				y->released = DATE_NONE;
			if (y->eoes == LIFE_ENDED || y->eoes == LIFE_NEVER)
				y->eoes = DATE_NONE;       /* yes/no for extended support tells no date */
			/* the newest date anywhere is how old the snapshot is */
			const char *keys[] = { "releaseDate", "latestReleaseDate" };
			for (int j = 0; j < 2; j++) {
				json_t *v = json_object_get(r, keys[j]);
				if (json_is_string(v) && date_parse(json_string_value(v), &d) == 0 &&
				    (out->newest == DATE_NONE || d > out->newest))
					out->newest = d;
			}
		}
	}
	if (eol_prepare(a, out) < 0)
		goto oom;
	rc = 0;
	goto out;
oom:
	err_set(e, "Tom for minne.");
out:
	json_decref(doc);
	if (rc < 0)
		memset(out, 0, sizeof(*out));
	return rc;
}

int kev_json_read(struct arena *a, const char *data, size_t len, const char *origin,
		  struct kev_catalog *out, struct err *e)
{
	json_t *doc = load(data, len, origin, e), *list;
	int rc = -1;
	memset(out, 0, sizeof(*out));
	if (!doc)
		return -1;
	list = json_object_get(doc, "vulnerabilities");
	json_t *released = json_object_get(doc, "dateReleased");
	out->version = text(a, json_object_get(doc, "catalogVersion"));
	if (!json_is_array(list) || json_array_size(list) > KEV_MAX || !out->version ||
	    !json_is_string(released) || strlen(json_string_value(released)) < 10) {
		err_set(e, "%s er ikke CISAs KEV-katalog: catalogVersion, dateReleased og vulnerabilities "
			"må være med.", origin);
		goto out;
	}
	char day[DATE_TEXT];
	memcpy(day, json_string_value(released), 10);
	day[10] = '\0';
	if (date_parse(day, &out->released) < 0) {
		err_set(e, "%s: dateReleased «%s» er ikke en dato.", origin, json_string_value(released));
		goto out;
	}
	out->n = json_array_size(list);
	out->entries = arena_alloc(a, (out->n + 1) * sizeof(*out->entries));
	if (!out->entries)
		goto oom;
	for (size_t i = 0; i < out->n; i++) {
		json_t *v = json_array_get(list, i), *rw = json_object_get(v, "knownRansomwareCampaignUse");
		struct kev_entry *k = &out->entries[i];
		k->cve = text(a, json_object_get(v, "cveID"));
		k->vendor = text(a, json_object_get(v, "vendorProject"));
		k->product = text(a, json_object_get(v, "product"));
		k->name = text(a, json_object_get(v, "vulnerabilityName"));
		k->action = text(a, json_object_get(v, "requiredAction"));
		k->desc = text(a, json_object_get(v, "shortDescription"));
		k->ransomware = json_is_string(rw) && strcmp(json_string_value(rw), "Known") == 0;
		if (!k->cve || !k->vendor || !k->product ||
		    date_field(json_object_get(v, "dateAdded"), &k->added, DATE_NONE) < 0 ||
		    date_field(json_object_get(v, "dueDate"), &k->due, DATE_NONE) < 0) {
			err_set(e, "%s, sårbarhet nr. %zu: cveID, vendorProject, product og datoene må være med.",
				origin, i + 1);
			goto out;
		}
	}
	if (kev_prepare(a, out) < 0)
		goto oom;
	rc = 0;
	goto out;
oom:
	err_set(e, "Tom for minne.");
out:
	json_decref(doc);
	if (rc < 0)
		memset(out, 0, sizeof(*out));
	return rc;
}

/* A string or a list of strings, each normalised (life_norm, or life_version_norm when
 * 'version'), into *out; -1 when neither or too many. */
static int names(struct arena *a, json_t *v, bool version, const char ***out, size_t *n)
{
	size_t cap = 0, i;
	json_t *x;
	*out = NULL;
	*n = 0;
	if (json_is_string(v)) {
		json_t *one = json_pack("[O]", v);
		int rc = one ? names(a, one, version, out, n) : -1;
		json_decref(one);
		return rc;
	}
	if (!json_is_array(v) || json_array_size(v) > 64)
		return -1;
	json_array_foreach(v, i, x) {
		const char **slot = arena_push(a, (void **)out, n, &cap, sizeof(*slot));
		if (!json_is_string(x) || !slot ||
		    !(*slot = version ? life_version_norm(a, json_string_value(x)) : life_norm(a, json_string_value(x))) ||
		    !**slot)
			return -1;
	}
	return 0;
}

int aliases_json_read(struct arena *a, const char *data, size_t len, const char *origin, struct eol_catalog *c,
		      struct err *e)
{
	json_t *j = load(data, len, origin, e), *list = j ? json_object_get(j, "aliases") : NULL, *x;
	size_t i, n = 0, cap = 0;
	struct life_alias *out = NULL;
	int rc = -1;
	if (!j)
		return -1;
	if (!json_is_array(list)) {
		err_set(e, "%s: mangler listen «aliases».", origin);
		goto out;
	}
	/* one line may give several names for the same thing: "name": ["Windows Server", ...] */
	json_array_foreach(list, i, x) {
		json_t *eol = json_object_get(x, "eol"), *kev = json_object_get(x, "kev");
		const char **given, **kevs = NULL;
		size_t n_given, n_kev = 0;
		const char *eol_id = json_is_string(eol) ? arena_strdup(a, json_string_value(eol)) : NULL;
		if (names(a, json_object_get(x, "name"), false, &given, &n_given) < 0 || (!eol && !kev) ||
		    (eol && !eol_id) || (kev && names(a, kev, false, &kevs, &n_kev) < 0)) {
			err_set(e, "%s: alias %zu trenger «name» og «eol» eller «kev» (et navn eller en liste med navn).",
				origin, i + 1);
			goto out;
		}
		for (size_t k = 0; k < n_given; k++) {
			struct life_alias *al = arena_push(a, (void **)&out, &n, &cap, sizeof(*al));
			if (!al) {
				err_set(e, "Tom for minne.");
				goto out;
			}
			*al = (struct life_alias){ given[k], eol_id, kevs, n_kev };
		}
	}
	c->aliases = out;
	c->n_aliases = n;
	rc = 0;
out:
	json_decref(j);
	return rc;
}

/* One range: {"from", "before" | "through"}, each a string or absent. */
static int range(struct arena *a, json_t *v, struct kev_range *r)
{
	const char *keys[] = { "from", "before", "through" };
	const char **slot[] = { &r->from, &r->before, &r->through };
	if (!json_is_object(v) || json_object_size(v) == 0)
		return -1;
	for (int k = 0; k < 3; k++) {
		json_t *x = json_object_get(v, keys[k]);
		if (x && (!json_is_string(x) || !(*slot[k] = arena_strdup(a, json_string_value(x)))))
			return -1;
	}
	return r->before && r->through ? -1 : 0;
}

int kev_facts_json_read(struct arena *a, const char *data, size_t len, const char *origin,
			struct kev_catalog *c, struct err *e)
{
	json_t *doc = load(data, len, origin, e), *list = doc ? json_object_get(doc, "facts") : NULL, *x;
	size_t i;
	int rc = -1;
	if (!doc)
		return -1;
	if (!json_is_array(list) || json_array_size(list) > KEV_MAX) {
		err_set(e, "%s: mangler listen «facts».", origin);
		goto out;
	}
	c->facts = arena_alloc(a, (json_array_size(list) + 1) * sizeof(*c->facts));
	if (!c->facts) {
		err_set(e, "Tom for minne.");
		goto out;
	}
	json_array_foreach(list, i, x) {
		struct kev_fact *f = &c->facts[i];
		json_t *rel = json_object_get(x, "releases"), *rs = json_object_get(x, "affected"), *r;
		size_t k;
		f->cve = text(a, json_object_get(x, "cve"));
		f->fix = text(a, json_object_get(x, "fix"));
		f->source = text(a, json_object_get(x, "source"));
		bool ok = f->cve && strncmp(f->cve, "CVE-", 4) == 0 && f->fix && f->source &&
			  names(a, json_object_get(x, "product"), false, &f->products, &f->n_products) == 0 &&
			  (!rel || names(a, rel, true, &f->releases, &f->n_releases) == 0) &&
			  (!rs || (json_is_array(rs) && json_array_size(rs) <= 64)) && (rel || rs);
		if (ok && rs) {
			f->n_ranges = json_array_size(rs);
			f->ranges = arena_alloc(a, (f->n_ranges + 1) * sizeof(*f->ranges));
			ok = f->ranges != NULL;
			json_array_foreach(rs, k, r)
				ok = ok && range(a, r, &f->ranges[k]) == 0;
		}
		if (!ok) {
			err_set(e, "%s: opplysning nr. %zu trenger «cve», «product», «releases» eller «affected» "
				"(fra/før/til og med), «fix» og «source».", origin, i + 1);
			goto out;
		}
	}
	c->n_facts = json_array_size(list);
	kev_facts_prepare(c);
	rc = 0;
out:
	json_decref(doc);
	return rc;
}
