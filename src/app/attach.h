/* app/attach.h: attaching evidence as files (issue 15), one use case for the pages, the API
 * and the CLI: the target checked to exist, the size, the type told by the content
 * (io/filetype.h) and taken only from the list in model/attachment.h, the SHA-256, and the
 * change audited. */
#ifndef BEREDT_APP_ATTACH_H
#define BEREDT_APP_ATTACH_H

#include <stddef.h>
#include <stdint.h>

#include "db/db.h"
#include "model/attachment.h"
#include "store/attachment.h"
#include "store/stamp.h"
#include "util/arena.h"
#include "util/err.h"

struct attach_file {
	const char *target;       /* "measure:3b" */
	const char *name;         /* as the sender named it; cleaned here */
	const char *data;
	size_t len;
	const char *note;         /* NULL */
	int64_t replaces;         /* 0: a new file */
};

/* Check and store one file; *id its number, *x what was stored (arena). path: where file(1)
 * is found (the settings' PATH). */
MUST_CHECK int attach_add(struct db *db, struct arena *a, int64_t tenant, int32_t today, const char *path,
			  const struct attach_file *f, const struct store_stamp *s, struct attachment *x, struct err *e);

/* The files of a target given as text ("measure:3b"), or of the whole municipality (NULL). */
MUST_CHECK int attach_list(struct db *db, struct arena *a, int64_t tenant, const char *target,
			   struct attachment **out, size_t *n, struct err *e);

/* One file with its bytes (checked against its SHA-256); ERR_MISSING when there is none. */
MUST_CHECK int attach_get(struct db *db, struct arena *a, int64_t tenant, int64_t id, struct attachment *x,
			  const char **data, struct err *e);

/* Take a live file off its target, with the reason (required; the file stays in the
 * history); *x the file's record afterwards. */
MUST_CHECK int attach_remove(struct db *db, struct arena *a, int64_t tenant, int64_t id, const char *reason,
			     const struct store_stamp *s, struct attachment *x, struct err *e);

/* "V-12" or "12" as a file's number; -1 with e set. */
MUST_CHECK int attach_parse_id(const char *s, int64_t *id, struct err *e);

#endif
