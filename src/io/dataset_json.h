/* io/dataset_json.h: a municipality's dataset as JSON ("beredt-export/2", documented
 * in docs/export-format.md). Writing is deterministic: the same dataset always gives
 * the same bytes, so export -> import -> export is byte-identical. */
#ifndef BEREDT_DATASET_JSON_H
#define BEREDT_DATASET_JSON_H

#include "model/dataset.h"
#include "util/arena.h"
#include "util/buf.h"

#define DATASET_FILE_MAX ((size_t)512 << 20)   /* attached files travel inside, as base64 */
/* Counts an import accepts, checked before anything is read into memory of ours: far
 * above any municipality's history (15 measures a round), far below what exhausts the
 * machine (a million versions took 1 GB). */
#define DATASET_ROUNDS_MAX 1000
#define DATASET_ANSWERS_MAX 1000      /* measures in one round */
#define DATASET_ACTIONS_MAX 50000
#define DATASET_VERSIONS_MAX 250000   /* answer and action versions together */

int dataset_json_write(struct arena *a, const struct dataset *d, struct buf *out, struct err *e);

/* Parse into *out (strings in the arena). Refuses duplicate keys, unknown formats,
 * wrong types and bad statuses or dates, naming where; checks with dataset_check. */
int dataset_json_read(struct arena *a, const char *data, size_t len, const char *origin,
		      struct dataset *out, struct err *e);

#endif
