/* io/attach_json.c: see attach_json.h. */
#include "io/attach_json.h"

json_t *attach_json(struct arena *a, const struct attachment *x)
{
	json_t *o = json_pack("{s:I, s:s, s:s, s:s, s:I, s:s, s:s?, s:o, s:s, s:s, s:b, s:o, s:s?, s:s?, s:s?, s:s}",
			      "id", (json_int_t)x->id, "target", attach_target_text(a, &x->target), "name", x->name,
			      "content_type", x->content_type, "size", (json_int_t)x->size, "sha256", x->sha256,
			      "note", x->note, "replaces", x->replaces ? json_integer(x->replaces) : json_null(),
			      "added_by", x->added_by, "added_at", x->added_at, "live", attach_live(x),
			      "replaced_by", x->replaced_by ? json_integer(x->replaced_by) : json_null(),
			      "removed_at", x->removed_at, "removed_by", x->removed_by, "removed_reason",
			      x->removed_reason, "download", arena_printf(a, "/api/v1/attachments/%lld", (long long)x->id));
	return o;
}

json_t *attach_json_list(struct arena *a, const struct attachment *xs, size_t n)
{
	json_t *arr = json_array();
	for (size_t i = 0; arr && i < n; i++)
		if (json_array_append_new(arr, attach_json(a, &xs[i])) < 0) {
			json_decref(arr);
			return NULL;
		}
	return arr;
}
