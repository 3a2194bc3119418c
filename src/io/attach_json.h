/* io/attach_json.h: an attached file's record (model/attachment.h) as JSON, the same in the
 * API and in `beredt attachment list --format json`; never its content. */
#ifndef BEREDT_IO_ATTACH_JSON_H
#define BEREDT_IO_ATTACH_JSON_H

#include <jansson.h>

#include "model/attachment.h"
#include "util/arena.h"

/* A new reference, owned by the caller (json_decref); NULL on allocation failure. */
json_t *attach_json(struct arena *a, const struct attachment *x);

/* An array of them. */
json_t *attach_json_list(struct arena *a, const struct attachment *xs, size_t n);

#endif
