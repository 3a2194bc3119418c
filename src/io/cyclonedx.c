/* io/cyclonedx.c: see cyclonedx.h. */
#include "io/cyclonedx.h"

#include <jansson.h>
#include <string.h>

#define DEPTH_MAX 16

static const char *str(struct arena *a, json_t *o, const char *key)
{
	json_t *v = json_object_get(o, key);
	return json_is_string(v) && *json_string_value(v) ? arena_strdup(a, json_string_value(v)) : NULL;
}

static int walk(struct arena *a, json_t *list, int depth, const char *origin, struct sbom_component **out, size_t *n,
		size_t *cap, struct err *e)
{
	size_t i;
	json_t *c;
	if (!list)
		return 0;
	if (!json_is_array(list))
		return err_set(e, "%s: «components» må være en liste.", origin);
	if (depth > DEPTH_MAX)
		return err_set(e, "%s: komponentene er nøstet for dypt.", origin);
	json_array_foreach(list, i, c) {
		if (!json_is_object(c))
			return err_set(e, "%s: komponent %zu er ikke et objekt.", origin, *n + 1);
		const char *name = str(a, c, "name");
		if (!name)
			return err_set(e, "%s: komponent %zu mangler «name».", origin, *n + 1);
		if (*n >= SBOM_COMPONENTS_MAX)
			return err_set(e, "%s: flere enn %d komponenter.", origin, SBOM_COMPONENTS_MAX);
		struct sbom_component *x = arena_push(a, (void **)out, n, cap, sizeof(*x));
		if (!x)
			return err_set(e, "Tom for minne.");
		const char *supplier = str(a, c, "group");
		json_t *sup = json_object_get(c, "supplier");
		if (!supplier && json_is_object(sup))
			supplier = str(a, sup, "name");
		*x = (struct sbom_component){ name, str(a, c, "version"), supplier, str(a, c, "purl") };
		if (walk(a, json_object_get(c, "components"), depth + 1, origin, out, n, cap, e) < 0)
			return -1;
	}
	return 0;
}

int cyclonedx_read(struct arena *a, const char *data, size_t len, const char *origin, struct sbom_component **out,
		   size_t *n, struct err *e)
{
	json_error_t je;
	size_t cap = 0;
	*out = NULL;
	*n = 0;
	if (len > SBOM_MAX)
		return err_set(e, "%s: filen er større enn %zu MB.", origin, SBOM_MAX >> 20);
	json_t *j = json_loadb(data, len, JSON_REJECT_DUPLICATES, &je);
	if (!j)
		return err_set(e, "%s, linje %d: ugyldig JSON: %s", origin, je.line, je.text);
	json_t *fmt = json_object_get(j, "bomFormat");
	int rc = 0;
	if (!json_is_string(fmt) || strcmp(json_string_value(fmt), "CycloneDX") != 0)
		rc = err_set(e, "%s: ikke en CycloneDX-SBOM (bomFormat mangler eller er feil).", origin);
	else
		rc = walk(a, json_object_get(j, "components"), 0, origin, out, n, &cap, e);
	json_decref(j);
	if (rc < 0) {
		*out = NULL;
		*n = 0;
	}
	return rc;
}
