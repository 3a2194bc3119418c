/* store/apitoken.h: personal API tokens for /api/v1. Shown once, stored hashed, bound
 * to a user (and so to the user's municipality and role), revocable. */
#ifndef BEREDT_STORE_APITOKEN_H
#define BEREDT_STORE_APITOKEN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "db/db.h"
#include "model/user.h"
#include "util/err.h"
#include "store/stamp.h"
#include "util/arena.h"
#include "util/crypto.h"

#define API_TOKEN_DAYS 90   /* the default lifetime (beredt serve --token-days) */


/* A new token that lives 'days' days (0: API_TOKEN_DAYS); token_out gets the secret
 * ("brt_" + 43 characters), shown once. */
#define API_TOKEN_TEXT (4 + CRYPTO_TOKEN_TEXT)
MUST_CHECK int store_token_new(struct db *db, int64_t tenant, int64_t user_id, const char *label, unsigned days,
		    const struct store_stamp *s, char token_out[API_TOKEN_TEXT], struct err *e);

/* The live token (not revoked, user active) behind a secret; touches last_used_at. */
MUST_CHECK int store_token_check(struct db *db, struct arena *a, const char *secret,
		      const struct store_stamp *s, struct api_token *out, bool *found,
		      struct err *e);

MUST_CHECK int store_token_list(struct db *db, struct arena *a, int64_t tenant, int64_t user_id,
		     struct api_token **out, size_t *n, struct err *e);
MUST_CHECK int store_token_revoke(struct db *db, int64_t tenant, int64_t user_id, int64_t id,
		       const struct store_stamp *s, struct err *e);

#endif
