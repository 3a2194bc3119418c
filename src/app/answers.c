/* app/answers.c: see answers.h. */
#include "app/answers.h"

#include <string.h>

#include "model/action.h"
#include "store/action.h"
#include "store/answer.h"
#include "store/audit.h"
#include "store/round.h"
#include "util/date.h"

/* A short account of an answer for the audit trail; the full texts are in the history. */
static const char *summary(struct arena *a, const struct answer *x)
{
	char due[DATE_TEXT] = "-";
	if (x->due != DATE_NONE)
		date_format(x->due, due);
	return arena_printf(a, "status=%s; owner=%s; due=%s; evidence=%zu bytes; plan=%zu bytes",
			    status_code(x->status), x->owner ? x->owner : "-", due,
			    x->evidence ? strlen(x->evidence) : 0, x->plan ? strlen(x->plan) : 0);
}

/* Keep the action plan in step with the answer (model/action.h). */
static int derive(struct db *db, struct arena *a, int64_t tenant, const char *catalog_id,
		  const struct answer *before, const struct answer *x, const struct store_stamp *s, struct err *e)
{
	struct action existing, next;
	bool found;
	if (store_action_find_derived(db, a, tenant, catalog_id, x->measure_id, &existing, &found, e) < 0)
		return -1;
	switch (action_derive(before, x, found ? &existing : NULL, &next)) {
	case DERIVE_CREATE:
		next.catalog_id = catalog_id;
		return store_action_add(db, tenant, &next, s, e);
	case DERIVE_UPDATE:
		return store_action_update(db, tenant, &next, s, e);
	case DERIVE_NONE:
		break;
	}
	return 0;
}

int answers_set(struct db *db, int64_t tenant, int round_no, const struct catalog *c, const struct answer_patch *p,
		const struct store_stamp *s, bool *changed, struct err *e)
{
	struct arena a;
	struct round r;
	struct answer before, x;
	bool found;
	int rc = -1;

	if (changed)
		*changed = false;
	arena_init(&a, 0);
	if (!catalog_item_find(c, p->measure_id)) {
		err_missing(e, "Ukjent tiltak «%s» i katalogen «%s».", p->measure_id ? p->measure_id : "",
			c->id);
		goto out;
	}
	if (answer_patch_check(p, e) < 0 || db_begin(db, e) < 0)
		goto out;
	if (store_round_get(db, &a, tenant, round_no, &r, e) < 0)
		goto fail;
	if (strcmp(r.catalog_id, c->id) != 0)
		BUG("answer patched with another catalog than the round's");
	if (round_is_closed(&r)) {
		err_set(e, "Runde %d ble lukket %s og kan ikke endres. Start en ny runde med "
			"beredt assess start.", r.no, r.closed_at);
		goto fail;
	}
	if (store_answer_get(db, &a, tenant, r.id, p->measure_id, &before, &found, e) < 0)
		goto fail;
	if (!answer_patch_apply(found ? &before : NULL, p, &x)) {
		/* nothing to write, so no new version; commit (not roll back) so that an
		 * enclosing transaction is not doomed by a no-op */
		rc = db_commit(db, e);
		goto out;
	}
	x.version = found ? before.version + 1 : 1;
	x.changed_by = s->by;
	x.changed_at = s->at;
	if (store_answer_put(db, tenant, r.id, &x, e) < 0 ||
	    store_audit(db, tenant, s, "answer.set", arena_printf(&a, "runde %d/%s", r.no, x.measure_id),
			found ? summary(&a, &before) : NULL, summary(&a, &x), e) < 0 ||
	    derive(db, &a, tenant, c->id, found ? &before : NULL, &x, s, e) < 0)
		goto fail;
	if (db_commit(db, e) < 0)
		goto out;
	if (changed)
		*changed = true;
	rc = 0;
	goto out;
fail:
	db_rollback(db);
out:
	arena_release(&a);
	return rc;
}
