/* io/catalog_json.c: see catalog_json.h. */
#include "io/catalog_json.h"

#include <ctype.h>
#include <jansson.h>
#include <string.h>

#include "util/buf.h"
#include "util/valid.h"

#define OSCAL_DEPTH_MAX 8
#define TITLE_MAX 1000

struct parse {
	struct arena *a;
	struct err *e;
	const char *origin;
	struct catalog *c;
	size_t cap_groups;
	size_t cap_items;
};

static int oom(struct parse *p)
{
	return err_set(p->e, "%s: tom for minne.", p->origin);
}

/* A string member copied into the arena; NULL when absent. -1 when present but not a
 * string, too long or not clean text. */
static int str(struct parse *p, json_t *obj, const char *key, size_t max, const char **out)
{
	json_t *v = json_object_get(obj, key);
	*out = NULL;
	if (!v || json_is_null(v))
		return 0;
	if (!json_is_string(v))
		return err_set(p->e, "%s: feltet «%s» må være tekst.", p->origin, key);
	if (valid_text(key, json_string_value(v), max, true, false, p->e) < 0)
		return err_prefix(p->e, "%s", p->origin);
	*out = arena_strdup(p->a, json_string_value(v));
	return *out ? 0 : oom(p);
}

/* A bilingual text: {"nb": ..., "en": ...} or a plain string (bokmål). */
static int text2(struct parse *p, json_t *obj, const char *key, size_t max, struct text2 *out)
{
	json_t *v = json_object_get(obj, key);
	out->nb = out->en = NULL;
	if (!v || json_is_null(v))
		return 0;
	if (json_is_string(v))
		return str(p, obj, key, max, &out->nb);
	if (!json_is_object(v))
		return err_set(p->e, "%s: feltet «%s» må være tekst eller {\"nb\": ..., \"en\": ...}.",
			       p->origin, key);
	if (str(p, v, "nb", max, &out->nb) < 0 || str(p, v, "en", max, &out->en) < 0)
		return -1;
	return 0;
}

static struct catalog_group *add_group(struct parse *p)
{
	return arena_push(p->a, (void **)&p->c->groups, &p->c->n_groups, &p->cap_groups,
			  sizeof(struct catalog_group));
}

static struct catalog_item *add_item(struct parse *p)
{
	if (p->c->n_items >= CATALOG_ITEMS_MAX) {
		err_set(p->e, "%s: katalogen har flere enn %d tiltak.", p->origin, CATALOG_ITEMS_MAX);
		return NULL;
	}
	struct catalog_item *it = arena_push(p->a, (void **)&p->c->items, &p->c->n_items,
					     &p->cap_items, sizeof(struct catalog_item));
	if (!it)
		oom(p);
	return it;
}

static json_t *array(struct parse *p, json_t *obj, const char *key, bool required)
{
	json_t *v = json_object_get(obj, key);
	if (!v && !required)
		return NULL;
	if (!json_is_array(v)) {
		err_set(p->e, "%s: feltet «%s» må være en liste.", p->origin, key);
		return NULL;
	}
	return v;
}

/* ---- the beredt format ---- */

static int beredt_item(struct parse *p, json_t *jit, const char *group_id)
{
	struct catalog_item *it;
	json_t *maps;
	if (!json_is_object(jit))
		return err_set(p->e, "%s: hvert tiltak må være et objekt.", p->origin);
	if (!(it = add_item(p)))
		return -1;
	it->group_id = group_id;
	if (str(p, jit, "id", VALID_ID_MAX, &it->id) < 0 ||
	    text2(p, jit, "title", TITLE_MAX, &it->title) < 0 ||
	    text2(p, jit, "question", VALID_TEXT_MAX, &it->question) < 0 ||
	    text2(p, jit, "why", VALID_TEXT_MAX, &it->why) < 0 ||
	    text2(p, jit, "evidence", VALID_TEXT_MAX, &it->evidence) < 0)
		return -1;
	if (!it->id)
		return err_set(p->e, "%s: et tiltak i gruppe %s mangler «id».", p->origin, group_id);
	if ((maps = json_object_get(jit, "mappings"))) {
		size_t i, cap = 0;
		json_t *m;
		if (!json_is_array(maps))
			return err_set(p->e, "%s: «mappings» i %s må være en liste.", p->origin, it->id);
		json_array_foreach(maps, i, m) {
			if (!json_is_string(m) || valid_id("mapping", json_string_value(m), p->e) < 0)
				return err_set(p->e, "%s: tiltak %s har en ugyldig kobling (mappings).",
					       p->origin, it->id);
			const char **slot = arena_push(p->a, (void **)&it->mappings, &it->n_mappings,
						       &cap, sizeof(*slot));
			if (!slot || !(*slot = arena_strdup(p->a, json_string_value(m))))
				return oom(p);
		}
	}
	return 0;
}

static int parse_beredt(struct parse *p, json_t *root)
{
	json_t *groups, *jg;
	size_t i;
	const char *fmt = json_string_value(json_object_get(root, "format"));
	if (!fmt || strcmp(fmt, "beredt-catalog/1") != 0)
		return err_set(p->e, "%s: ukjent katalogformat «%s». Bruk \"beredt-catalog/1\" eller "
			       "en OSCAL-katalog.", p->origin, fmt ? fmt : "");
	p->c->format = "beredt";
	if (str(p, root, "id", VALID_ID_MAX, &p->c->id) < 0 ||
	    str(p, root, "version", VALID_NAME_MAX, &p->c->version) < 0 ||
	    text2(p, root, "title", TITLE_MAX, &p->c->title) < 0 ||
	    text2(p, root, "source", VALID_TEXT_MAX, &p->c->source) < 0)
		return -1;
	if (!(groups = array(p, root, "groups", true)))
		return -1;
	json_array_foreach(groups, i, jg) {
		struct catalog_group *g;
		json_t *items, *jit;
		size_t k;
		if (!json_is_object(jg))
			return err_set(p->e, "%s: hver gruppe må være et objekt.", p->origin);
		if (!(g = add_group(p)))
			return oom(p);
		if (str(p, jg, "id", VALID_ID_MAX, &g->id) < 0 ||
		    text2(p, jg, "title", TITLE_MAX, &g->title) < 0)
			return -1;
		if (!g->id)
			return err_set(p->e, "%s: gruppe nr. %zu mangler «id».", p->origin, i + 1);
		if (!(items = array(p, jg, "items", true)))
			return -1;
		json_array_foreach(items, k, jit)
			if (beredt_item(p, jit, g->id) < 0)
				return -1;
	}
	return 0;
}

/* ---- OSCAL ---- */

/* Append the prose of a part and its sub-parts (depth-first) to b. */
static void prose(json_t *part, struct buf *b, int depth)
{
	json_t *v = json_object_get(part, "prose"), *sub;
	size_t i;
	if (json_is_string(v)) {
		if (b->len)
			buf_puts(b, "\n\n");
		buf_puts(b, json_string_value(v));
	}
	if (depth < OSCAL_DEPTH_MAX && json_is_array(sub = json_object_get(part, "parts")))
		json_array_foreach(sub, i, v)
			prose(v, b, depth + 1);
}

/* The prose of the control's parts named 'name', into the arena. */
static int part_text(struct parse *p, json_t *control, const char *name, const char **out)
{
	json_t *parts = json_object_get(control, "parts"), *part;
	size_t i;
	struct buf b;
	*out = NULL;
	if (!json_is_array(parts))
		return 0;
	buf_init(&b, VALID_TEXT_MAX);
	json_array_foreach(parts, i, part) {
		const char *n = json_string_value(json_object_get(part, "name"));
		if (n && strcmp(n, name) == 0)
			prose(part, &b, 0);
	}
	if (b.failed) {
		buf_release(&b);
		return err_set(p->e, "%s: teksten «%s» i et tiltak er lengre enn %d byte.",
			       p->origin, name, VALID_TEXT_MAX);
	}
	if (b.len) {
		if (valid_text(name, b.data, VALID_TEXT_MAX, true, false, p->e) < 0) {
			buf_release(&b);
			return err_prefix(p->e, "%s", p->origin);
		}
		*out = arena_strdup(p->a, b.data);
	}
	buf_release(&b);
	return 0;
}

static int oscal_controls(struct parse *p, json_t *controls, const char *group_id,
			  const char *parent, int depth)
{
	json_t *jc;
	size_t i;
	if (depth > OSCAL_DEPTH_MAX)
		return err_set(p->e, "%s: tiltakene er nøstet dypere enn %d nivåer.", p->origin,
			       OSCAL_DEPTH_MAX);
	json_array_foreach(controls, i, jc) {
		struct catalog_item *it;
		json_t *sub;
		if (!json_is_object(jc))
			return err_set(p->e, "%s: hver control må være et objekt.", p->origin);
		if (!(it = add_item(p)))
			return -1;
		it->group_id = group_id;
		it->parent_id = parent;
		if (str(p, jc, "id", VALID_ID_MAX, &it->id) < 0 ||
		    str(p, jc, "title", TITLE_MAX, &it->title.nb) < 0 ||
		    part_text(p, jc, "statement", &it->question.nb) < 0 ||
		    part_text(p, jc, "guidance", &it->why.nb) < 0)
			return -1;
		if (!it->id)
			return err_set(p->e, "%s: en control i gruppe %s mangler «id».", p->origin,
				       group_id);
		const char *id = it->id;    /* 'it' may move when the array grows */
		if ((sub = json_object_get(jc, "controls"))) {
			if (!json_is_array(sub))
				return err_set(p->e, "%s: «controls» i %s må være en liste.", p->origin, id);
			if (oscal_controls(p, sub, group_id, id, depth + 1) < 0)
				return -1;
		}
	}
	return 0;
}

static int oscal_groups(struct parse *p, json_t *groups, int depth)
{
	json_t *jg, *v;
	size_t i;
	if (depth > OSCAL_DEPTH_MAX)
		return err_set(p->e, "%s: gruppene er nøstet dypere enn %d nivåer.", p->origin,
			       OSCAL_DEPTH_MAX);
	json_array_foreach(groups, i, jg) {
		struct catalog_group *g;
		if (!json_is_object(jg))
			return err_set(p->e, "%s: hver gruppe må være et objekt.", p->origin);
		if (!(g = add_group(p)))
			return oom(p);
		if (str(p, jg, "id", VALID_ID_MAX, &g->id) < 0 ||
		    str(p, jg, "title", TITLE_MAX, &g->title.nb) < 0)
			return -1;
		if (!g->id)
			g->id = arena_printf(p->a, "g%zu", p->c->n_groups);
		const char *gid = g->id;
		if ((v = json_object_get(jg, "controls"))) {
			if (!json_is_array(v))
				return err_set(p->e, "%s: «controls» i gruppe %s må være en liste.",
					       p->origin, gid);
			if (oscal_controls(p, v, gid, NULL, 0) < 0)
				return -1;
		}
		if ((v = json_object_get(jg, "groups"))) {
			if (!json_is_array(v))
				return err_set(p->e, "%s: «groups» i gruppe %s må være en liste.",
					       p->origin, gid);
			if (oscal_groups(p, v, depth + 1) < 0)
				return -1;
		}
	}
	return 0;
}

/* An id from a title: lower-case ASCII letters and digits, the rest as '-'. */
static const char *slug(struct arena *a, const char *title)
{
	char s[VALID_ID_MAX + 1];
	size_t n = 0;
	for (const char *t = title ? title : ""; *t && n < VALID_ID_MAX; t++) {
		unsigned char c = (unsigned char)*t;
		if (isalnum(c) && c < 0x80)
			s[n++] = (char)tolower(c);
		else if (n && s[n - 1] != '-')
			s[n++] = '-';
	}
	while (n && s[n - 1] == '-')
		n--;
	s[n] = '\0';
	return arena_strdup(a, n ? s : "oscal");
}

static int parse_oscal(struct parse *p, json_t *cat)
{
	json_t *meta = json_object_get(cat, "metadata"), *v;
	if (!json_is_object(cat) || !json_is_object(meta))
		return err_set(p->e, "%s: OSCAL-katalogen mangler «metadata».", p->origin);
	p->c->format = "oscal";
	if (str(p, meta, "title", TITLE_MAX, &p->c->title.nb) < 0 ||
	    str(p, meta, "version", VALID_NAME_MAX, &p->c->version) < 0)
		return -1;
	p->c->id = slug(p->a, p->c->title.nb);
	if ((v = json_object_get(cat, "groups"))) {
		if (!json_is_array(v))
			return err_set(p->e, "%s: «groups» må være en liste.", p->origin);
		if (oscal_groups(p, v, 0) < 0)
			return -1;
	}
	if ((v = json_object_get(cat, "controls"))) {
		struct catalog_group *g;
		if (!json_is_array(v))
			return err_set(p->e, "%s: «controls» må være en liste.", p->origin);
		if (!(g = add_group(p)))
			return oom(p);
		g->id = "uten-gruppe";
		g->title.nb = "(uten gruppe)";
		g->title.en = "(no group)";
		if (oscal_controls(p, v, g->id, NULL, 0) < 0)
			return -1;
	}
	return 0;
}

int catalog_json_parse(struct arena *a, const char *data, size_t len, const char *origin,
		       const char *id_override, struct catalog **out, struct err *e)
{
	json_error_t je;
	json_t *root, *oscal;
	struct parse p = { .a = a, .e = e, .origin = origin };
	int rc = -1;

	if (!(p.c = arena_alloc(a, sizeof(*p.c))))
		return oom(&p);
	root = json_loadb(data, len, JSON_REJECT_DUPLICATES, &je);
	if (!root)
		return err_set(e, "%s, linje %d, kolonne %d: %s. Filen er ikke gyldig JSON (avkortet "
			       "eller skadet?).", origin, je.line, je.column, je.text);
	if (!json_is_object(root)) {
		err_set(e, "%s: en katalog må være et JSON-objekt.", origin);
		goto out;
	}
	if ((oscal = json_object_get(root, "catalog")))
		rc = parse_oscal(&p, oscal);
	else
		rc = parse_beredt(&p, root);
	if (rc < 0)
		goto out;
	if (id_override)
		p.c->id = arena_strdup(a, id_override);
	if (!p.c->id) {
		rc = err_set(e, "%s: katalogen mangler «id».", origin);
		goto out;
	}
	if (!p.c->version)
		p.c->version = "";
	if ((rc = catalog_check(p.c, e)) < 0) {
		err_prefix(e, "%s", origin);
		goto out;
	}
	*out = p.c;
out:
	json_decref(root);
	return rc;
}
