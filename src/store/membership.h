/* store/membership.h: the tenants an account works in, each with a role of its own.
 *
 * A membership is never rewritten: a new role or a removal ends the row (ended_at) and,
 * for a new role, begins another, so who could do what, when, stays in the database. Every
 * session and API key acts in exactly one tenant, and only while its account has a live,
 * switched-on membership there (store/session.c and store/apitoken.c join on it). */
#ifndef BEREDT_STORE_MEMBERSHIP_H
#define BEREDT_STORE_MEMBERSHIP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "db/db.h"
#include "model/user.h"
#include "store/stamp.h"
#include "util/arena.h"
#include "util/err.h"

/* Within the caller's transaction: the account holds 'role' in the tenant from now on (a
 * live membership with another role ends first; one with the same role stays, switched on). */
MUST_CHECK int store_membership_begin(struct db *db, int64_t tenant, int64_t user_id, enum role role,
				      const struct store_stamp *s, struct err *e);

/* The account's live, switched-on memberships, ordered by the tenant's name; *out is
 * arena-owned. */
MUST_CHECK int store_membership_list(struct db *db, struct arena *a, int64_t user_id, struct membership **out,
				     size_t *n, struct err *e);

/* Give the account with this address 'role' in the tenant (the installation's CLI, and a
 * cooperation's onboarding): audited as user.grant. The address must have an account. */
MUST_CHECK int store_membership_grant(struct db *db, int64_t tenant, const char *email, enum role role,
				      const struct store_stamp *s, struct err *e);

/* End the account's membership in the tenant: its sessions and API keys there end at once;
 * audited as user.remove. *found false (nothing changed) when it had none. */
MUST_CHECK int store_membership_end(struct db *db, int64_t tenant, int64_t user_id, const struct store_stamp *s,
				    bool *found, struct err *e);

#endif
