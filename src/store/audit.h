/* store/audit.h: the append-only, hash-chained audit trail (model/audit.h). */
#ifndef BEREDT_STORE_AUDIT_H
#define BEREDT_STORE_AUDIT_H

#include <stddef.h>
#include <stdint.h>

#include "db/db.h"
#include "util/crypto.h"
#include "util/err.h"
#include "model/audit.h"
#include "store/stamp.h"
#include "util/arena.h"

/* Append one entry, in the caller's transaction (or its own). tenant 0: none.
 * old_value/new_value may be NULL. Nothing when s->replay (an import: its history is
 * carried as it was). */
MUST_CHECK int store_audit(struct db *db, int64_t tenant, const struct store_stamp *s, const char *action,
		const char *object, const char *old_value, const char *new_value, struct err *e);

/* The sequence number of the newest entry. Every change appends one, so this is a
 * cheap way to know whether anything at all has changed since a number was read. */
MUST_CHECK int store_audit_head(struct db *db, int64_t *seq, struct err *e);

/* Walk the whole chain. *broken_at is 0 when it is intact, else the sequence number of
 * the first entry that does not fit (edited, inserted, or following a deleted one), and
 * e says what is wrong. *count is the number of entries, *head the last hash (arena). */
MUST_CHECK int store_audit_verify(struct db *db, struct arena *a, int64_t *count, int64_t *broken_at,
		       const char **head, struct err *e);

/* The head of the chain: the newest entry's number and hash (a checkpoint signs them). */
MUST_CHECK int store_audit_head_hash(struct db *db, int64_t *seq, char hash[CRYPTO_HASH_HEX], struct err *e);

/* The head of the chain as it stood at 'at' (a UTC timestamp): the newest entry made no
 * later, the whole installation's (the chain is one); *found false when there was none. */
MUST_CHECK int store_audit_head_at(struct db *db, const char *at, int64_t *seq, char hash[CRYPTO_HASH_HEX], bool *found,
				   struct err *e);

/* The hash of entry seq; *found false when there is none (the tail was cut). */
MUST_CHECK int store_audit_hash_at(struct db *db, int64_t seq, char hash[CRYPTO_HASH_HEX], bool *found, struct err *e);

/* The newest entries of a municipality, newest first, at most 'limit'. */
MUST_CHECK int store_audit_list(struct db *db, struct arena *a, int64_t tenant, int limit,
		     struct audit_entry **out, size_t *n, struct err *e);

#endif
