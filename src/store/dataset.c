/* store/dataset.c: see dataset.h. */
#include "store/dataset.h"

#include <string.h>

#include "store/action.h"
#include "store/answer.h"
#include "store/audit.h"
#include "store/carry.h"
#include "store/catalog.h"
#include "store/ros.h"
#include "store/round.h"
#include "store/row.h"
#include "store/scales.h"
#include "store/tenant.h"

/* Every answer version of a round, by measure and version. */
static int load_versions(struct db *db, struct arena *a, int64_t tenant, struct dataset_round *dr,
			 struct err *e)
{
	struct db_stmt *st;
	size_t cap = 0;
	enum db_step r;
	struct err ignored;
	err_init(&ignored, LANG_NB);
	if (db_prepare(db, "SELECT measure_id, status, evidence, owner, plan, due, version, "
			   "changed_by, changed_at FROM answer_history WHERE tenant_id = ? AND "
			   "round_id = ? ORDER BY measure_id, version", &st, e) < 0)
		return -1;
	db_bind_int(st, 1, tenant);
	db_bind_int(st, 2, dr->round.id);
	while ((r = db_step(st, e)) == DB_ROW) {
		struct answer *x = arena_push(a, (void **)&dr->versions, &dr->n_versions, &cap,
					      sizeof(*x));
		if (!x) {
			db_finalize(st);
			return row_oom(e);
		}
		x->measure_id = row_text(a, st, 0);
		status_parse(db_col_text(st, 1), &x->status, &ignored);
		x->evidence = row_text(a, st, 2);
		x->owner = row_text(a, st, 3);
		x->plan = row_text(a, st, 4);
		x->due = row_date(st, 5);
		x->version = (int)db_col_int(st, 6);
		x->changed_by = row_text(a, st, 7);
		x->changed_at = row_text(a, st, 8);
	}
	db_finalize(st);
	return r == DB_ERROR ? -1 : 0;
}

int store_dataset_load(struct db *db, struct arena *a, const char *kommunenr,
		       struct dataset *out, struct err *e)
{
	struct round *rounds;
	struct action *actions;
	size_t n;

	memset(out, 0, sizeof(*out));
	if (store_tenant_get(db, a, kommunenr, &out->tenant, e) < 0 ||
	    store_round_list(db, a, out->tenant.id, &rounds, &n, e) < 0)
		return -1;
	out->rounds = arena_alloc(a, (n + 1) * sizeof(*out->rounds));
	if (!out->rounds)
		return row_oom(e);
	out->n_rounds = n;
	for (size_t i = 0; i < n; i++) {
		struct dataset_round *dr = &out->rounds[n - 1 - i];   /* list is newest first */
		dr->round = rounds[i];
		if (load_versions(db, a, out->tenant.id, dr, e) < 0)
			return -1;
	}
	if (store_action_list(db, a, out->tenant.id, &actions, &n, e) < 0)
		return -1;
	out->actions = arena_alloc(a, (n + 1) * sizeof(*out->actions));
	if (!out->actions)
		return row_oom(e);
	out->n_actions = n;
	for (size_t i = 0; i < n; i++) {
		struct dataset_action *da = &out->actions[i];
		if (store_action_history(db, a, out->tenant.id, actions[i].no, &da->versions,
					 &da->n_versions, e) < 0)
			return -1;
	}
	if (store_ros_load_own(db, a, out->tenant.id, &out->ros, e) < 0 ||
	    store_scales_load(db, a, out->tenant.id, &out->scales, e) < 0 ||
	    store_carry_load(db, a, out->tenant.id, &out->ros, &out->records, e) < 0)
		return -1;
	out->has_ros = true;
	return 0;
}

static int save_round(struct db *db, int64_t tenant, struct dataset_round *dr, struct err *e)
{
	struct db_stmt *st;
	const struct round *r = &dr->round;
	if (db_prepare(db, "INSERT INTO round (tenant_id, no, catalog_id, title, started_on, "
			   "created_at, created_by, closed_at, closed_by, approved_at, approved_by) "
			   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id", &st, e) < 0)
		return -1;
	db_bind_int(st, 1, tenant);
	db_bind_int(st, 2, r->no);
	db_bind_text(st, 3, r->catalog_id);
	db_bind_text(st, 4, r->title);
	row_bind_date(st, 5, r->started);
	db_bind_text(st, 6, r->created_at);
	db_bind_text(st, 7, r->created_by);
	row_bind_opt(st, 8, r->closed_at);
	row_bind_opt(st, 9, r->closed_by);
	row_bind_opt(st, 10, r->approved_at);
	row_bind_opt(st, 11, r->approved_by);
	enum db_step s = db_step(st, e);
	int64_t id = s == DB_ROW ? db_col_int(st, 0) : 0;
	db_finalize(st);
	if (s != DB_ROW)
		return -1;
	for (size_t k = 0; k < dr->n_versions; k++) {
		const struct answer *x = &dr->versions[k];
		bool current = k + 1 == dr->n_versions ||
			       strcmp(dr->versions[k + 1].measure_id, x->measure_id) != 0;
		if (store_answer_row(db, STORE_ANSWER_HISTORY, tenant, id, x, e) < 0 ||
		    (current && store_answer_row(db, STORE_ANSWER_CURRENT, tenant, id, x, e) < 0))
			return -1;
	}
	return 0;
}

static int save_action(struct db *db, int64_t tenant, const struct dataset_action *da,
		       const struct store_stamp *first, struct err *e)
{
	/* Insert version 1, then replay the later versions as updates, so the import runs
	 * through the same code (and checks) as a person's changes. */
	struct action x = da->versions[0];
	struct store_stamp s = { .by = x.changed_by, .at = x.changed_at, .today = first->today,
				 .replay = first->replay };
	if (store_action_add(db, tenant, &x, &s, e) < 0)
		return -1;
	for (size_t k = 1; k < da->n_versions; k++) {
		struct action next = da->versions[k];
		next.id = x.id;
		next.version = x.version;
		s.by = next.changed_by;
		s.at = next.changed_at;
		if (store_action_update(db, tenant, &next, &s, e) < 0)
			return -1;
		x = next;
	}
	return 0;
}

int store_dataset_save(struct db *db, const struct dataset *d, const struct store_stamp *by, size_t *accounts,
		       struct err *e)
{
	struct arena a;
	struct tenant t = d->tenant;
	/* the history comes with the file: replaying it makes no audit entries of its own */
	struct store_stamp s = { .by = "import", .at = d->tenant.created_at, .replay = true };
	arena_init(&a, 0);
	*accounts = 0;

	if (dataset_check(d, e) < 0)
		goto out;
	if (db_begin(db, e) < 0)
		goto out;
	for (size_t i = 0; i < d->n_rounds; i++) {
		const char *version;
		if (store_catalog_version(db, &a, d->rounds[i].round.catalog_id, &version, e) < 0)
			goto fail;
		if (!version) {
			err_set(e, "Runde %d bruker katalogen «%s», som ikke finnes i denne databasen. "
				"Importer katalogen først med beredt catalog import.",
				d->rounds[i].round.no, d->rounds[i].round.catalog_id);
			goto fail;
		}
	}
	if (store_tenant_add(db, &t, &s, e) < 0)
		goto fail;
	for (size_t i = 0; i < d->n_rounds; i++)
		if (save_round(db, t.id, &d->rounds[i], e) < 0)
			goto fail;
	for (size_t i = 0; i < d->n_actions; i++)
		if (save_action(db, t.id, &d->actions[i], &s, e) < 0)
			goto fail;
	if (d->has_ros) {
		/* the rows are the caller's; the import fills in their new ids */
		struct ros_import im = {
			.reg = d->ros, .deps_given = true,
			.names = { "ros", "ros", "ros", "ros", "ros" }, .json = true, .scales = &d->scales,
		};
		if (store_ros_import(db, t.id, &im, &s, e) < 0)
			goto fail;
	}
	if (store_carry_save(db, t.id, &d->ros, &d->records, accounts, e) < 0 ||
	    store_audit(db, 0, by, "tenant.import", t.kommunenr, NULL, t.name, e) < 0)
		goto fail;
	arena_release(&a);
	return db_commit(db, e);
fail:
	db_rollback(db);
out:
	arena_release(&a);
	return -1;
}
