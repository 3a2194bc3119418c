/* io/dataset_json.h: a municipality's dataset as JSON ("beredt-export/1", documented
 * in docs/export-format.md). Writing is deterministic: the same dataset always gives
 * the same bytes, so export -> import -> export is byte-identical. */
#ifndef BEREDT_DATASET_JSON_H
#define BEREDT_DATASET_JSON_H

#include "model/dataset.h"
#include "util/arena.h"
#include "util/buf.h"

#define DATASET_FILE_MAX ((size_t)64 << 20)

int dataset_json_write(struct arena *a, const struct dataset *d, struct buf *out, struct err *e);

/* Parse into *out (strings in the arena). Refuses duplicate keys, unknown formats,
 * wrong types and bad statuses or dates, naming where; checks with dataset_check. */
int dataset_json_read(struct arena *a, const char *data, size_t len, const char *origin,
		      struct dataset *out, struct err *e);

#endif
