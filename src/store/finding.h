/* store/finding.h: a municipality's findings (migrations/008_findings.sql). */
#ifndef BEREDT_STORE_FINDING_H
#define BEREDT_STORE_FINDING_H

#include "db/db.h"
#include "util/err.h"
#include "model/finding.h"
#include "store/stamp.h"
#include "util/arena.h"

/* Every finding of the tenant, by number (arena). */
MUST_CHECK int store_finding_list(struct db *db, struct arena *a, int64_t tenant, struct finding **out,
		       size_t *n, struct err *e);

/* The open findings on the systems of the cooperation the tenant is a member of (the
 * cooperation's own, fixed by it: a member reads them, never changes them); none when it
 * is a member of none. */
MUST_CHECK int store_finding_shared(struct db *db, struct arena *a, int64_t member, struct finding **out, size_t *n,
				    struct err *e);

/* One by number; -1 with a message when the tenant has no such finding. */
MUST_CHECK int store_finding_get(struct db *db, struct arena *a, int64_t tenant, int no, struct finding *out,
		      struct err *e);

/* Apply what a check run found (finding_reconcile's changes) in one transaction, each
 * change in the audit trail. counts[FC_*] says how many of each. */
MUST_CHECK int store_finding_apply(struct db *db, struct arena *a, int64_t tenant, const struct finding *have,
			const struct finding_hit *hits, const struct finding_change *changes, size_t n,
			const struct store_stamp *st, int counts[4], struct err *e);

/* A person's change of status, checked by finding_transition(); reason and until as
 * that needs them. */
MUST_CHECK int store_finding_set(struct db *db, struct arena *a, int64_t tenant, int no, enum finding_status to,
		      const char *reason, int32_t until, const struct store_stamp *st, struct err *e);

/* Name who is to fix a finding (audited). */
MUST_CHECK int store_finding_assign(struct db *db, struct arena *a, int64_t tenant, int no, const char *owner,
			 const struct store_stamp *st, struct err *e);

/* Many findings at once (the findings page's selection, the API, finding assign F-1 F-2),
 * in one transaction, all or none: each given an owner (NULL or empty: unchanged) and, with
 * ack, each new one acknowledged (*acked: how many). The message names the finding that
 * could not be changed. */
MUST_CHECK int store_finding_many(struct db *db, struct arena *a, int64_t tenant, const int *nos, size_t n,
				  const char *owner, bool ack, const struct store_stamp *st, size_t *acked,
				  struct err *e);

/* The municipality's settings for its checks; the defaults where none are saved. */
MUST_CHECK int store_check_settings_load(struct db *db, int64_t tenant, struct check_settings *s, struct err *e);
/* Checked, saved and audited (old and new). */
MUST_CHECK int store_check_settings_save(struct db *db, struct arena *a, int64_t tenant, const struct check_settings *s,
			      const struct store_stamp *st, struct err *e);

#endif
