/* app/annual_run.c: see annual_run.h. */
#include "app/annual_run.h"

#include <stdio.h>

#include "app/prep_docs.h"
#include "store/action.h"
#include "store/catalog.h"
#include "store/finding.h"
#include "store/posture.h"
#include "store/prep.h"
#include "store/ros.h"
#include "store/round.h"
#include "util/date.h"

/* The days the plan was saved, from its versions. */
static int plan_saves(struct db *db, struct arena *a, int64_t tenant, struct annual_input *in, struct err *e)
{
	struct prep_version_info *v;
	size_t n;
	if (store_prep_history(db, a, tenant, PREP_PLAN, &v, &n, e) < 0)
		return -1;
	int32_t *days = arena_alloc(a, (n + 1) * sizeof(*days));
	if (!days)
		return err_set(e, "Tom for minne.");
	for (size_t i = 0; i < n; i++) {
		char d[DATE_TEXT] = "";
		if (v[i].changed_at)
			snprintf(d, sizeof(d), "%.10s", v[i].changed_at);
		if (date_parse(d, &days[in->n_plan_saved]) == 0)
			in->n_plan_saved++;
	}
	in->plan_saved = days;
	return 0;
}

/* When each completed action was completed, from its history. */
static int done_days(struct db *db, struct arena *a, int64_t tenant, struct annual_input *in, struct err *e)
{
	int32_t *done = arena_alloc(a, (in->n_actions + 1) * sizeof(*done));
	if (!done)
		return err_set(e, "Tom for minne.");
	for (size_t i = 0; i < in->n_actions; i++) {
		struct action *v;
		size_t n;
		done[i] = DATE_NONE;
		if (in->actions[i].status != ACTION_UTFORT)
			continue;
		if (store_action_history(db, a, tenant, in->actions[i].no, &v, &n, e) < 0)
			return -1;
		done[i] = annual_done_on(v, n);
	}
	in->done_on = done;
	return 0;
}

int annual_run(struct db *db, struct arena *a, const struct tenant *t, int year, int32_t today, const char *now,
	       struct annual *out, struct err *e)
{
	int ty, tm, td;
	date_to_ymd(today, &ty, &tm, &td);
	if (year < 2000 || year > ty)
		return err_set(e, "Året %d kan ikke rapporteres: velg et år fra 2000 til %d.", year, ty);
	struct annual_input *in = arena_alloc(a, sizeof(*in));
	struct prep_all *prep = arena_alloc(a, sizeof(*prep));
	struct ros_register *reg = arena_alloc(a, sizeof(*reg));
	struct round *rounds;
	struct action *actions;
	struct finding *findings;
	struct posture *postures;
	struct catalog *c = NULL;
	if (!in || !prep || !reg)
		return err_set(e, "Tom for minne.");
	*in = (struct annual_input){ .tenant = t, .year = year, .today = today, .generated_at = now };
	if (store_round_list(db, a, t->id, &rounds, &in->n_rounds, e) < 0 ||
	    (in->n_rounds && store_catalog_get(db, a, rounds[0].catalog_id, &c, e) < 0) ||
	    store_action_list(db, a, t->id, &actions, &in->n_actions, e) < 0 ||
	    store_finding_list(db, a, t->id, &findings, &in->n_findings, e) < 0 ||
	    store_posture_list(db, a, t->id, &postures, &in->n_postures, e) < 0 ||
	    store_ros_load_own(db, a, t->id, reg, e) < 0 || prep_load(db, a, t->id, today, prep, e) < 0)
		return -1;
	in->rounds = rounds;
	in->catalog = c;
	in->actions = actions;
	in->findings = findings;
	in->postures = postures;
	in->reg = reg;
	in->exercises = &prep->exercises;
	in->plan = prep->version[PREP_PLAN] ? &prep->plan : NULL;
	if (plan_saves(db, a, t->id, in, e) < 0 || done_days(db, a, t->id, in, e) < 0)
		return -1;
	return annual_build(a, in, out, e);
}
