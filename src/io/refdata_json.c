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

int aliases_json_read(struct arena *a, const char *data, size_t len, const char *origin, struct eol_catalog *c,
		      struct err *e)
{
	json_error_t je;
	json_t *j = json_loadb(data, len, 0, &je), *list = j ? json_object_get(j, "aliases") : NULL, *x;
	size_t i;
	struct life_alias *out;
	if (!json_is_array(list)) {
		json_decref(j);
		return err_set(e, "%s: mangler listen «aliases».", origin);
	}
	out = arena_alloc(a, (json_array_size(list) + 1) * sizeof(*out));
	if (!out) {
		json_decref(j);
		return err_set(e, "Tom for minne.");
	}
	json_array_foreach(list, i, x) {
		json_t *n = json_object_get(x, "name"), *eol = json_object_get(x, "eol"), *kev = json_object_get(x, "kev");
		if (!json_is_string(n) || (!json_is_string(eol) && !json_is_string(kev))) {
			json_decref(j);
			return err_set(e, "%s: alias %zu trenger «name» og «eol» eller «kev».", origin, i + 1);
		}
		out[i] = (struct life_alias){ life_norm(a, json_string_value(n)),
					      json_is_string(eol) ? arena_strdup(a, json_string_value(eol)) : NULL,
					      json_is_string(kev) ? arena_strdup(a, json_string_value(kev)) : NULL };
	}
	c->aliases = out;
	c->n_aliases = json_array_size(list);
	json_decref(j);
	return 0;
}
