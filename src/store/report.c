/* store/report.c: see report.h. */
#include "store/report.h"

#include <string.h>

#include "store/action.h"
#include "store/answer.h"
#include "store/catalog.h"
#include "store/ros.h"
#include "store/finding.h"
#include "store/scales.h"
#include "store/round.h"
#include "store/row.h"

int store_report_input(struct db *db, struct arena *a, const struct tenant *t, int no,
		       int32_t today, const char *now, struct report_input *in, struct err *e)
{
	struct round *r = arena_alloc(a, sizeof(*r)), *prev = arena_alloc(a, sizeof(*prev));
	struct catalog *c;
	struct answer *ans, *pans = NULL;
	struct action *acts;
	size_t n_ans, n_pans = 0, n_acts;
	bool have_prev;

	if (!r || !prev)
		return row_oom(e);
	memset(in, 0, sizeof(*in));
	if (store_round_get(db, a, t->id, no, r, e) < 0 ||
	    store_catalog_get(db, a, r->catalog_id, &c, e) < 0 ||
	    store_answers_load(db, a, t->id, r->id, &ans, &n_ans, e) < 0 ||
	    store_round_previous(db, a, t->id, r->no, prev, &have_prev, e) < 0)
		return -1;
	/* compare only rounds on the same catalog */
	if (have_prev && strcmp(prev->catalog_id, r->catalog_id) != 0)
		have_prev = false;
	if (have_prev && store_answers_load(db, a, t->id, prev->id, &pans, &n_pans, e) < 0)
		return -1;
	if (store_action_list(db, a, t->id, &acts, &n_acts, e) < 0)
		return -1;
	in->tenant = t;
	in->catalog = c;
	in->round = r;
	in->answers = ans;
	in->n_answers = n_ans;
	in->prev_round = have_prev ? prev : NULL;
	in->prev_answers = pans;
	in->n_prev_answers = n_pans;
	in->actions = acts;
	in->n_actions = n_acts;
	in->today = today;
	in->generated_at = now;
	/* the ROS registers, when the municipality has any */
	struct ros_register *reg = arena_alloc(a, sizeof(*reg));
	struct ros_graph *g = arena_alloc(a, sizeof(*g));
	struct ros_scales *sc = arena_alloc(a, sizeof(*sc));
	if (!reg || !g || !sc)
		return row_oom(e);
	if (store_ros_graph(db, a, t->id, reg, g, e) < 0 || store_scales_load(db, a, t->id, sc, e) < 0)
		return -1;
	in->scales = sc;
	in->reg = reg;
	in->graph = g;
	struct finding *f;
	size_t nf;
	if (store_finding_list(db, a, t->id, &f, &nf, e) < 0)
		return -1;
	in->findings = f;
	in->n_findings = nf;
	if (reg->n_services || reg->n_systems || reg->n_events) {
		in->ros = g;
		in->events = reg->events;
		in->n_events = reg->n_events;
	}
	return 0;
}
