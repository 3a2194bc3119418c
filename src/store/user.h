/* store/user.h: people, their enrolment links and recovery codes. Every call takes the
 * tenant, except the look-ups made before anyone is logged in (by e-mail at login, by
 * token hash at enrolment), which return the tenant with the user. */
#ifndef BEREDT_STORE_USER_H
#define BEREDT_STORE_USER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "db/db.h"
#include "util/err.h"
#include "model/user.h"
#include "store/stamp.h"
#include "util/arena.h"
#include "util/crypto.h"

#define RECOVERY_CODES 10
#define RECOVERY_CODE_TEXT 20   /* "xxxx-xxxx-xxxx-xxxx" + NUL */
#define RECOVERY_CODE_TYPED 32  /* a recovery code as someone may type it, with spaces */

/* Invite a person: a user (no password, no second factor yet) and an enrolment link valid
 * ENROLL_HOURS; token_out receives the link's secret, shown once. An address that has an
 * account already (made in another tenant, or here and removed since) gets a pending
 * invitation instead (store/invite.h), accepted by the account's owner signed in, and
 * *elsewhere true: the web answers both alike, only the installation's CLI says which.
 * An address already a user or invited here is refused, in one message for every case. */
MUST_CHECK int store_user_add(struct db *db, int64_t tenant, struct user *u, const struct store_stamp *s,
		   char token_out[CRYPTO_TOKEN_TEXT], bool *elsewhere, struct err *e);

/* Within the caller's transaction: a new enrolment link for the user, with a fresh
 * second-factor secret. */
MUST_CHECK int store_enrollment_new(struct db *db, int64_t tenant, int64_t user_id, const struct store_stamp *s,
			 char token_out[CRYPTO_TOKEN_TEXT], struct err *e);

/* A new enrolment link for an existing user (two-factor reset): the old second factor
 * and recovery codes stop working at once, and every session is ended. Whoever holds the
 * link holds the account in every tenant it works in, so a tenant's administrator may not
 * reset an account with memberships elsewhere (ERR_CONFLICT); only the installation may
 * (across true: the CLI). */
MUST_CHECK int store_user_reset(struct db *db, int64_t tenant, int64_t user_id, bool across, const struct store_stamp *s,
		     char token_out[CRYPTO_TOKEN_TEXT], struct err *e);

/* The account as a user of the tenant (its membership's role), or ERR_NOT_FOUND. */
MUST_CHECK int store_user_get(struct db *db, struct arena *a, int64_t tenant, int64_t id, struct user *out,
		   struct err *e);
/* By e-mail across tenants (login); *found false when none. out->tenant_id is where a
 * login begins: the membership in the tenant that made the account if it is live and on,
 * else the oldest other; 0 (and out->active false) when the account has none. */
MUST_CHECK int store_user_by_email(struct db *db, struct arena *a, const char *email, struct user *out,
			bool *found, struct err *e);
/* The tenant's user with this address (an account with a live membership there, switched
 * on or off); *found false when none. */
MUST_CHECK int store_user_member(struct db *db, struct arena *a, int64_t tenant, const char *email, struct user *out,
				 bool *found, struct err *e);
/* The tenant's users: every account with a live membership there. */
MUST_CHECK int store_user_list(struct db *db, struct arena *a, int64_t tenant, struct user **out, size_t *n,
		    struct err *e);

MUST_CHECK int store_user_set_active(struct db *db, int64_t tenant, int64_t id, bool active,
			  const struct store_stamp *s, struct err *e);
MUST_CHECK int store_user_set_lang(struct db *db, int64_t tenant, int64_t id, enum lang lang,
			const struct store_stamp *s, struct err *e);
/* A new password; every other session of the user ends (keep_session, the id of the one
 * that asked, lives on; NULL: none) and every API token is revoked. */
MUST_CHECK int store_user_set_password(struct db *db, int64_t tenant, int64_t id, const char *password,
			    const char *keep_session, const struct store_stamp *s, struct err *e);

/* Record a failed login (counts and locks, see user_lock_seconds) or a good one. */
MUST_CHECK int store_user_login_failed(struct db *db, const struct user *u, const struct store_stamp *s,
			    struct err *e);
/* Log out everywhere: every session ends and every API token is revoked. */
MUST_CHECK int store_user_logout_all(struct db *db, int64_t tenant, int64_t user_id, const struct store_stamp *s,
			  struct err *e);

/* A logged-in user confirms with a current code (before a new API token, say): the code's
 * step is taken by compare-and-set; *fresh false when it was used already. */
MUST_CHECK int store_user_confirm(struct db *db, const struct user *u, int64_t totp_step, const struct store_stamp *s,
		       bool *fresh, struct err *e);

/* Login with the second factor: the code's step is taken by compare-and-set (*fresh false
 * when another request took it first); failures are forgiven, and it is audited. */
MUST_CHECK int store_user_login_ok(struct db *db, const struct user *u, int64_t totp_step,
			const struct store_stamp *s, bool *fresh, struct err *e);

/* The enrolment behind a link, if it is unused and not expired at 'now'. */
struct enrollment {
	int64_t user_id;
	int64_t tenant_id;
	const char *totp_secret;
	const char *expires_at;
};
MUST_CHECK int store_enrollment_get(struct db *db, struct arena *a, const char *token, const char *now,
			 struct enrollment *out, bool *found, struct err *e);

/* Finish an enrolment: set the password and second factor, use up the link, and make
 * RECOVERY_CODES new recovery codes (written to codes, shown once). */
MUST_CHECK int store_enrollment_finish(struct db *db, const char *token, const char *password,
			    int64_t totp_step, const struct store_stamp *s,
			    char codes[RECOVERY_CODES][RECOVERY_CODE_TEXT], struct err *e);

/* Use up a recovery code of the user; *ok false when it is not one of theirs. */
MUST_CHECK int store_recovery_use(struct db *db, const struct user *u, const char *code,
		       const struct store_stamp *s, bool *ok, struct err *e);

/* How many unused recovery codes the user has. */
MUST_CHECK int store_recovery_left(struct db *db, int64_t user_id, int *left, struct err *e);

#endif
