/* store/invite.h: pending invitations, handled by e-mail address.
 *
 * A pending invitation is either a user of this municipality who has never logged in, or
 * (table invitation) an address that has an account in another municipality. The
 * administrator sees and handles both alike (same answer, same row, same actions, same
 * audit), so inviting never tells one municipality who has an account in another. */
#ifndef BEREDT_STORE_INVITE_H
#define BEREDT_STORE_INVITE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "db/db.h"
#include "util/err.h"
#include "model/user.h"
#include "store/stamp.h"
#include "util/arena.h"
#include "util/crypto.h"

/* The tenant's pending invitations of both kinds, ordered by address; *out is arena-owned. */
MUST_CHECK int store_invite_list(struct db *db, struct arena *a, int64_t tenant, struct invite **out, size_t *n,
		      struct err *e);

/* Within the caller's transaction: *found when the tenant has a pending invitation (table
 * kind) for the address. */
MUST_CHECK int store_invite_exists(struct db *db, int64_t tenant, const char *email, bool *found, struct err *e);

/* Within the caller's transaction: invite an address that has an account elsewhere; the
 * link's secret goes to token_out (shown once). */
MUST_CHECK int store_invite_insert(struct db *db, int64_t tenant, const struct user *u, const struct store_stamp *s,
			char token_out[CRYPTO_TOKEN_TEXT], struct err *e);

/* A new link for a pending invitation of either kind; the old link stops working. *found
 * false (and nothing changed) when the tenant has no pending invitation for the address. */
MUST_CHECK int store_invite_renew(struct db *db, int64_t tenant, const char *email, const struct store_stamp *s,
		       char token_out[CRYPTO_TOKEN_TEXT], bool *found, struct err *e);

/* Withdraw a pending invitation of either kind: the link stops working and the row leaves
 * the list (a user who never logged in is disabled). *found as for renew. */
MUST_CHECK int store_invite_withdraw(struct db *db, int64_t tenant, const char *email, const struct store_stamp *s,
			  bool *found, struct err *e);

/* The invitation (table kind) behind a link, if unused, not withdrawn and not expired at
 * 'now'. The strings are arena-owned. */
struct invite_link {
	int64_t tenant_id;
	const char *email;
};
MUST_CHECK int store_invite_by_token(struct db *db, struct arena *a, const char *token, const char *now,
			  struct invite_link *out, bool *found, struct err *e);

/* The signed-in account u accepts the invitation behind the link: the tenant joins the
 * account with the invitation's role, the invitation ends, and it is audited there
 * (user.join). *found false (nothing changed) when the link is unused-and-live for no
 * invitation of u's own address; *tenant the tenant joined. */
MUST_CHECK int store_invite_accept(struct db *db, const char *token, const struct user *u, const struct store_stamp *s,
				   int64_t *tenant, bool *found, struct err *e);

#endif
