/* app/inspection.c: see inspection.h. */
#include "app/inspection.h"

#include <string.h>

#include "app/report_run.h"
#include "store/action.h"
#include "store/attachment.h"
#include "store/round.h"

/* The live files, with the bytes of as many as fit within INSPECTION_EMBED_MAX. */
static int files(struct db *db, struct arena *a, int64_t tenant, struct inspection *out, struct err *e)
{
	struct attachment *xs;
	size_t n, used = 0;
	if (store_attach_list(db, a, tenant, NULL, &xs, &n, e) < 0)
		return -1;
	out->files = arena_alloc(a, (n + 1) * sizeof(*out->files));
	if (!out->files)
		return err_set(e, "Tom for minne.");
	for (size_t i = 0; i < n; i++) {
		if (!attach_live(&xs[i]))
			continue;
		struct inspection_file *f = &out->files[out->n_files++];
		f->meta = xs[i];
		f->meta.added_by = report_person(db, a, tenant, xs[i].added_by);
		f->content = NULL;
		if (used + (size_t)xs[i].size > INSPECTION_EMBED_MAX)
			continue;
		bool found;
		struct attachment got;
		if (store_attach_get(db, a, tenant, xs[i].id, &got, &f->content, &found, e) < 0)
			return -1;
		if (found && f->content) {
			used += (size_t)got.size;
			out->n_embedded++;
		}
	}
	return 0;
}

int inspection_run(struct db *db, struct arena *a, const struct tenant *t, int32_t today, const char *now,
		   struct inspection *out, struct err *e)
{
	memset(out, 0, sizeof(*out));
	if (report_run(db, a, t, 0, today, now, true, &out->rep, e) < 0 || prep_load(db, a, t->id, today, &out->prep, e) < 0 ||
	    store_prep_history(db, a, t->id, PREP_PLAN, &out->plan_versions, &out->n_plan_versions, e) < 0 ||
	    store_round_list(db, a, t->id, &out->rounds, &out->n_rounds, e) < 0 ||
	    store_action_list(db, a, t->id, &out->actions, &out->n_actions, e) < 0 || files(db, a, t->id, out, e) < 0)
		return -1;
	for (size_t i = 0; i < out->n_plan_versions; i++)
		out->plan_versions[i].changed_by = report_person(db, a, t->id, out->plan_versions[i].changed_by);
	for (size_t i = 0; i < out->n_rounds; i++) {
		out->rounds[i].closed_by = report_person(db, a, t->id, out->rounds[i].closed_by);
		out->rounds[i].approved_by = report_person(db, a, t->id, out->rounds[i].approved_by);
	}
	return 0;
}
