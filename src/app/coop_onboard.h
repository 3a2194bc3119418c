/* app/coop_onboard.h: a cooperation takes on a member: a new municipality with its first
 * round, joined to the cooperation (its shared systems in the register at once), and the
 * acting administrator made administrator there; and invitations of people to a member,
 * one or many (a CSV of name, e-mail, kommunenummer and role). Page and CLI alike. */
#ifndef BEREDT_APP_COOP_ONBOARD_H
#define BEREDT_APP_COOP_ONBOARD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "db/db.h"
#include "model/tenant.h"
#include "model/user.h"
#include "store/stamp.h"
#include "util/arena.h"
#include "util/crypto.h"
#include "util/err.h"

#define COOP_PEOPLE_MAX 500   /* people in one CSV */

/* Register m (checked; refused with ERR_CONFLICT when the kommunenummer is registered
 * already: an existing municipality joins through the installation, beredt coop member
 * add, not by a cooperation's say-so), start its first round, join it to coop and give
 * user_id the administrator's role there. One transaction. */
int coop_member_new(struct db *db, struct arena *a, const struct tenant *coop, struct tenant *m, int64_t user_id,
		    const struct store_stamp *s, struct err *e);

/* One person to invite. */
struct coop_person {
	const char *name, *email, *kommunenr;
	enum role role;
	char token[CRYPTO_TOKEN_TEXT];    /* out: the link's secret */
	const struct tenant *member;      /* out: the member invited to */
};

/* Read the CSV (navn;epost;kommunenr;rolle, a header line first): every row checked
 * before anything is stored; a message names the line. */
int coop_people_csv(struct arena *a, const char *data, size_t len, struct coop_person **out, size_t *n,
		    struct err *e);

/* Invite them, each to a current member of coop, all or none. */
int coop_invite(struct db *db, struct arena *a, const struct tenant *coop, struct coop_person *p, size_t n,
		const struct store_stamp *s, struct err *e);

#endif
