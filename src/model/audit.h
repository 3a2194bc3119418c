/* audit.h: the audit trail as a hash chain. Each entry's hash covers the previous
 * entry's hash and every field of its own, so editing, deleting or inserting an entry
 * anywhere breaks the chain from there on. The hash function is passed in by the caller
 * (BLAKE2b from util/crypto), which keeps this file pure. */
#ifndef BEREDT_AUDIT_H
#define BEREDT_AUDIT_H

#include <stddef.h>
#include <stdint.h>

#include "util/buf.h"

#define AUDIT_GENESIS "0000000000000000000000000000000000000000000000000000000000000000"

struct audit_entry {
	int64_t seq;             /* 1, 2, 3, ... without gaps */
	int64_t tenant_id;       /* 0 for entries that concern no municipality */
	const char *at;
	const char *actor;
	const char *action;      /* "answer.set", "login.failed", ... */
	const char *object;      /* "runde 2/3a", "T-5", "user 7" ... */
	const char *old_value;
	const char *new_value;
	const char *ip;
	const char *prev_hash;
	const char *hash;
};

/* The exact bytes that are hashed: every field length-prefixed, so no two different
 * entries share a serialisation. Appended to b. */
void audit_serialise(const struct audit_entry *a, struct buf *b);

#endif
