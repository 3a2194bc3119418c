/* app/coop_onboard.c: see coop_onboard.h. */
#include "app/coop_onboard.h"

#include <string.h>

#include "io/people_csv.h"
#include "store/coop.h"
#include "store/membership.h"
#include "store/round.h"
#include "store/tenant.h"
#include "store/user.h"

#define FIRST_CATALOG "ks-2021"

int coop_member_new(struct db *db, struct arena *a, const struct tenant *coop, struct tenant *m, int64_t user_id,
		    const struct store_stamp *s, struct err *e)
{
	struct tenant had;
	struct round r;
	struct err probe;
	m->cooperation = false;
	if (tenant_check(m, e) < 0 || db_begin(db, e) < 0)
		return -1;
	err_init(&probe, e->lang);
	int found = store_tenant_get(db, a, m->kommunenr, &had, &probe);
	if (found == 0) {
		err_conflict(e, "Kommune %s (%s) er registrert i beredt allerede. En kommune som finnes, meldes inn av "
			     "driften av installasjonen (beredt coop member add), så den selv er med på det.",
			     had.kommunenr, had.name);
		goto fail;
	}
	/* not found is the way on; any other failure of the read is one (the sweep found it swallowed) */
	if (probe.kind != ERR_NOT_FOUND) {
		*e = probe;
		goto fail;
	}
	if (store_tenant_add(db, m, s, e) < 0 ||
	    store_round_start(db, a, m->id, FIRST_CATALOG, "Første gjennomgang av KS-tiltakene", s, &r, e) < 0 ||
	    store_coop_join(db, a, coop, m->kommunenr, s, e) < 0 ||
	    store_membership_begin(db, m->id, user_id, ROLE_ADMIN, s, e) < 0)
		goto fail;
	return db_commit(db, e);
fail:
	db_rollback(db);
	return -1;
}

int coop_people_csv(struct arena *a, const char *data, size_t len, struct coop_person **out, size_t *n,
		    struct err *e)
{
	struct people_row *rows;
	if (people_csv_read(a, data, len, "personer.csv", COOP_PEOPLE_MAX, &rows, n, e) < 0)
		return -1;
	*out = arena_alloc(a, (*n + 1) * sizeof(**out));
	if (!*out)
		return err_set(e, "Tom for minne.");
	for (size_t i = 0; i < *n; i++) {
		struct coop_person *p = &(*out)[i];
		*p = (struct coop_person){ .name = rows[i].name, .email = rows[i].email, .kommunenr = rows[i].kommunenr };
		if (user_check_email(p->email, e) < 0 || role_parse(rows[i].role, &p->role, e) < 0) {
			err_prefix(e, "personer.csv, linje %zu", rows[i].line);
			return -1;
		}
	}
	if (!*n)
		return err_set(e, "personer.csv har ingen personer under overskriften.");
	return 0;
}

/* The member with this kommunenummer, if it is one of coop's now. */
static const struct tenant *member_of(const struct coop_member *m, size_t n, const char *kommunenr)
{
	for (size_t i = 0; kommunenr && i < n; i++)
		if (strcmp(m[i].member.kommunenr, kommunenr) == 0)
			return &m[i].member;
	return NULL;
}

int coop_invite(struct db *db, struct arena *a, const struct tenant *coop, struct coop_person *p, size_t n,
		const struct store_stamp *s, struct err *e)
{
	struct coop_member *m;
	size_t nm;
	if (store_coop_members(db, a, coop->id, false, &m, &nm, e) < 0 || db_begin(db, e) < 0)
		return -1;
	for (size_t i = 0; i < n; i++) {
		bool elsewhere;
		struct user u = { .email = p[i].email, .name = p[i].name, .role = p[i].role, .lang = LANG_NB };
		if (!(p[i].member = member_of(m, nm, p[i].kommunenr))) {
			err_missing(e, "%s er ikke medlem av %s.", p[i].kommunenr ? p[i].kommunenr : "", coop->name);
			goto fail;
		}
		if (store_user_add(db, p[i].member->id, &u, s, p[i].token, &elsewhere, e) < 0) {
			if (n > 1)
				err_prefix(e, "%s", p[i].email);
			goto fail;
		}
	}
	return db_commit(db, e);
fail:
	db_rollback(db);
	return -1;
}
