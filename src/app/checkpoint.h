/* app/checkpoint.h: signed checkpoints of the audit trail. The hash chain shows an edited,
 * inserted or removed entry, but not a cut tail: whoever can write the database can drop
 * the newest entries and set the head back. A checkpoint is the head (its number and hash)
 * signed with the installation's Ed25519 key and written outside the database; verifying
 * the trail against the newest checkpoint shows a tail cut or rewritten since.
 *
 * A checkpoint is one text file, DIR/checkpoint-SEQ-EPOCH.txt:
 *   beredt-audit-checkpoint/1
 *   seq 1234
 *   hash <hex>
 *   at 2026-12-02T10:00:00Z
 *   key <public key, hex>
 *   signature <hex over the four lines above, each ended by a newline>
 */
#ifndef BEREDT_APP_CHECKPOINT_H
#define BEREDT_APP_CHECKPOINT_H

#include <stdbool.h>
#include <stdint.h>

#include "db/db.h"
#include "util/arena.h"
#include "util/crypto.h"
#include "util/err.h"

#define CHECKPOINT_EVERY 3600   /* seconds: a fresh one at least this often, changes or not */

/* Make a signing key: the secret into a new file at path (mode 0600; an existing file is
 * never overwritten), the public key into pub. */
int checkpoint_key_new(const char *path, char pub[CRYPTO_SIGN_PUBLIC_HEX], struct err *e);

/* Write a checkpoint of the head at 'now' (UTC text, epoch) into dir, signed with the key
 * in key_path, when the head moved since the newest one there or that one is older than
 * CHECKPOINT_EVERY (force: always). *written says whether one was. */
int checkpoint_write(struct db *db, struct arena *a, const char *dir, const char *key_path, const char *now,
		     int64_t epoch, bool force, bool *written, struct err *e);

/* The signed checkpoint of the head now, as the file would hold it (arena), for the crisis
 * kit to carry: a copy of the head that leaves with the kit. */
int checkpoint_text(struct db *db, struct arena *a, const char *key_path, const char *now, const char **out,
		    struct err *e);

/* What the newest checkpoint in dir says about the trail. */
struct checkpoint_check {
	bool found;               /* there is a checkpoint */
	int64_t seq;              /* its head */
	const char *at;
	bool signed_ok;           /* its signature holds, by the trusted public key */
	bool present;             /* the database still has entry seq with that hash */
	int64_t head;             /* the database's head now */
};

/* Check the trail against the newest checkpoint; pub the trusted public key (NULL: the one
 * of the key at key_path). -1 with e: of kind ERR_CONFLICT when the trail does not hold what
 * the checkpoint signed, or the signature fails (out says which); another kind when
 * something cannot be read. out->found false: no checkpoint yet. */
int checkpoint_verify(struct db *db, struct arena *a, const char *dir, const char *key_path, const char *pub,
		      struct checkpoint_check *out, struct err *e);

#endif
