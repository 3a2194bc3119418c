/* store/session.h: login sessions. The id is a random token held by the browser; only
 * its hash is stored. A session is 'pending' after the password and 'full' after the
 * second factor; a new id is issued when it becomes full. */
#ifndef BEREDT_STORE_SESSION_H
#define BEREDT_STORE_SESSION_H

#include <stdbool.h>
#include <stdint.h>

#include "db/db.h"
#include "util/err.h"
#include "store/stamp.h"
#include "util/arena.h"
#include "util/crypto.h"

#define SESSION_IDLE_SECONDS (30 * 60)
#define SESSION_MAX_SECONDS (12 * 3600)
#define SESSION_PENDING_SECONDS (5 * 60)
#define SESSION_TOUCH_SECONDS 60     /* last_seen is brought up to date at most this often */

struct session {
	int64_t user_id;
	int64_t tenant_id;
	bool full;
	const char *csrf;
	const char *created_at;
	const char *last_seen;
	const char *flash;      /* a message to show once, or NULL */
};

/* Start a session for the user; id_out gets the token for the cookie. */
MUST_CHECK int store_session_new(struct db *db, int64_t tenant, int64_t user_id, bool full,
		      const struct store_stamp *s, char id_out[CRYPTO_TOKEN_TEXT], struct err *e);

/* The live session behind a cookie value at s->at: not past its idle or absolute limit
 * (a pending one lives SESSION_PENDING_SECONDS). *found false when
 * there is none (expired ones are deleted). last_seen moves at most once a minute. */
MUST_CHECK int store_session_get(struct db *db, struct arena *a, const char *id, const struct store_stamp *s,
		      struct session *out, bool *found, struct err *e);

/* Make a pending session full under a new id (the old id stops working). */
MUST_CHECK int store_session_upgrade(struct db *db, const char *old_id, const struct store_stamp *s,
			  char id_out[CRYPTO_TOKEN_TEXT], struct err *e);

MUST_CHECK int store_session_end(struct db *db, const char *id, struct err *e);
/* End every session of the user ("log out everywhere"). */
MUST_CHECK int store_session_end_all(struct db *db, int64_t tenant, int64_t user_id, struct err *e);

/* Switch the session (id, of user_id, now acting in 'from') to the tenant whose public
 * code is 'code', if the account has a live membership there; audited on both sides.
 * *found false (nothing changed) otherwise; *to the tenant switched to. */
MUST_CHECK int store_session_switch(struct db *db, const char *id, int64_t user_id, int64_t from, const char *code,
				    const struct store_stamp *s, int64_t *to, bool *found, struct err *e);

/* Set (or with NULL clear) the message shown once on the next page. */
MUST_CHECK int store_session_flash(struct db *db, const char *id, const char *flash, struct err *e);

#endif
