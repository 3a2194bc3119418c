/* user.h: people who log in, and what their role lets them do.
 *
 * Roles are ordered: les < redaktor < leder < admin; each may do what the ones below it
 * may. les reads (an auditor, say); redaktor edits answers and actions; leder also
 * closes and approves rounds and accepts risk (rejects an action); admin also manages
 * users and sees the audit trail. */
#ifndef BEREDT_USER_H
#define BEREDT_USER_H

#include <stdbool.h>
#include <stdint.h>

#include "util/err.h"
#include "util/i18n.h"

enum role { ROLE_LES = 0, ROLE_REDAKTOR, ROLE_LEDER, ROLE_ADMIN, ROLE_COUNT };

struct user {
	int64_t id;
	int64_t tenant_id;
	const char *email;
	const char *name;
	enum role role;
	enum lang lang;
	const char *password_hash;
	const char *totp_secret;      /* NULL until enrolled */
	int64_t totp_last_step;
	bool active;
	int failed_logins;
	const char *locked_until;     /* UTC timestamp or NULL */
	const char *created_at;
};

int role_parse(const char *s, enum role *out, struct err *e);
const char *role_code(enum role r);     /* "les", "redaktor", "leder", "admin" */
const char *role_label(enum role r);    /* bokmål msgid */

/* True when a user with role 'have' may do what needs 'need'. */
bool role_allows(enum role have, enum role need);

/* An e-mail address as beredt accepts it: one '@', no spaces, 3..254 bytes. */
int user_check_email(const char *email, struct err *e);

/* A password: 12..256 bytes of UTF-8, not all one character. */
int user_check_password(const char *password, struct err *e);

/* Lock-out after failed logins: how long (seconds) the account stays locked after
 * 'failures' consecutive failures; 0 when not locked. Backs off, then locks. */
int user_lock_seconds(int failures);

/* A tenant an account works in, as its switcher lists it: the tenant's public code
 * (kommunenummer, or a cooperation's id), its name, and the role held there. */
struct membership {
	const char *code;
	const char *name;
	enum role role;
	bool cooperation;
};

/* An invitation not yet taken up (a new user, or a reset of two-factor). */
struct invite {
	const char *email;
	const char *name;
	enum role role;
};

/* How long an enrolment link works, in hours. */
#define ENROLL_HOURS 24

/* An API key of a user, as listed (the secret itself is never kept). */
struct api_token {
	int64_t id;
	int64_t user_id;
	int64_t tenant_id;
	const char *label;
	const char *created_at;
	const char *last_used_at;
	const char *revoked_at;
	const char *expires_at;  /* UTC text; a token is refused from then on */
};

/* True when the key has expired at 'now' (UTC text). */
bool user_token_expired(const struct api_token *t, const char *now);

#endif
