/* app/dossier_run.h: the insurance dossier (model/dossier.h) gathered from the history: the
 * policy as it stood, the answers' versions of every round, the findings, the files, and the
 * audit chain's head at the time. One use case for the CLI's insurance dossier and the
 * insurance page. */
#ifndef BEREDT_APP_DOSSIER_RUN_H
#define BEREDT_APP_DOSSIER_RUN_H

#include "db/db.h"
#include "model/dossier.h"
#include "model/tenant.h"
#include "util/crypto.h"

struct dossier_doc {
	const struct tenant *tenant;
	struct dossier d;
	int policy_version;                 /* the insurance document's version that stood */
	int64_t audit_seq;                  /* the chain's head at the time (0: none yet) */
	char audit_hash[CRYPTO_HASH_HEX];
};

/* The dossier of the policy named policy of tenant t at the end of day (Oslo time) or at a
 * UTC timestamp 'at'; all in the arena. -1 with e set: a time that is not one, or ahead, no
 * such policy then, an offer rather than a policy. */
int dossier_run(struct db *db, struct arena *a, const struct tenant *t, const char *policy, const char *at,
		const char *now, struct dossier_doc *out, struct err *e);

#endif
