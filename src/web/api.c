/* web/api.c: see api.h. */
#include "web/api.h"

#include <string.h>

#include "web/view.h"

json_t *api_body(struct req *r)
{
	json_error_t je;
	json_t *j = json_loadb(r->body, r->body_len, JSON_REJECT_DUPLICATES, &je);
	if (!j || !json_is_object(j)) {
		resp_error(r, 400, arena_printf(r->a, T("Ugyldig JSON (linje %d, kolonne %d): %s"),
						je.line, je.column, j ? T("forventet et objekt") : je.text));
		json_decref(j);
		return NULL;
	}
	return j;
}

int api_member(struct req *r, json_t *o, const char *key, const char **out, bool *given)
{
	json_t *v = json_object_get(o, key);
	*given = v != NULL;
	*out = NULL;
	if (!v || json_is_null(v))
		return 0;
	if (!json_is_string(v) || strlen(json_string_value(v)) != json_string_length(v)) {
		resp_error(r, 400, arena_printf(r->a, T("Feltet «%s» må være tekst."), key));
		return -1;
	}
	*out = arena_strdup(r->a, json_string_value(v));
	return 0;
}

int api_bool(struct req *r, json_t *o, const char *key, bool *out)
{
	json_t *v = json_object_get(o, key);
	*out = false;
	if (!v || json_is_null(v))
		return 0;
	if (!json_is_boolean(v)) {
		resp_error(r, 400, arena_printf(r->a, T("Feltet «%s» må være true eller false."), key));
		return -1;
	}
	*out = json_is_true(v);
	return 0;
}
