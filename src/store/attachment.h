/* store/attachment.h: attached files (model/attachment.h) in the database: added, replaced
 * and removed by appending rows, never by changing one, each change in the audit trail. */
#ifndef BEREDT_STORE_ATTACHMENT_H
#define BEREDT_STORE_ATTACHMENT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "db/db.h"
#include "model/attachment.h"
#include "store/stamp.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/err.h"

/* A file to add: its bytes, checked by the caller (app/attach.c). */
struct attach_new {
	struct attach_target target;
	const char *name, *content_type, *note;
	const char *data;
	size_t len;
	const char *sha256;       /* hex of data */
	int64_t replaces;         /* a live file on the same target it takes the place of; 0 */
};

/* Add one file in the caller's transaction (or its own); *id its number. A replaced file
 * must be live and on the same target (ERR_CONFLICT otherwise). */
MUST_CHECK int store_attach_add(struct db *db, struct arena *a, int64_t tenant, const struct attach_new *x,
				const struct store_stamp *s, int64_t *id, struct err *e);

/* Remove a live file from its target: the file and its history stay. */
MUST_CHECK int store_attach_remove(struct db *db, struct arena *a, int64_t tenant, int64_t id, const char *reason,
				   const struct store_stamp *s, struct err *e);

/* The files of one target (target NULL: the whole municipality), live and past, oldest
 * first, without their content (arena). */
MUST_CHECK int store_attach_list(struct db *db, struct arena *a, int64_t tenant, const struct attach_target *target,
				 struct attachment **out, size_t *n, struct err *e);

/* One file and, when content is not NULL, its bytes in the arena (out->size of them, and a
 * NUL), their SHA-256 checked against the one stored: a file changed in the database is
 * refused, not served. *found false when the municipality has no such file. */
MUST_CHECK int store_attach_get(struct db *db, struct arena *a, int64_t tenant, int64_t id, struct attachment *out,
				const char **content, bool *found, struct err *e);

/* Whether the municipality has the measure (in a catalog), the action, the finding or the
 * system a target names; exercises and insurance policies live in the preparedness
 * documents (app/attach.c asks those). */
MUST_CHECK int store_attach_target_exists(struct db *db, int64_t tenant, const struct attach_target *t, bool *found,
					  struct err *e);

#endif
