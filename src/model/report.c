/* report.c: see report.h. */
#include "model/report.h"

#include <stdlib.h>
#include <string.h>

bool report_item_is_gap(const struct report_item *it)
{
	return it->status == STATUS_DELVIS || it->status == STATUS_NEI ||
	       it->status == STATUS_UKJENT;
}

static const struct action *derived_action(const struct report_input *in, const char *measure)
{
	for (size_t i = 0; i < in->n_actions; i++) {
		const struct action *a = &in->actions[i];
		if (a->measure_id && strcmp(a->measure_id, measure) == 0 &&
		    strcmp(a->origin, ACTION_ORIGIN_ANSWER) == 0 && a->catalog_id &&
		    strcmp(a->catalog_id, in->catalog->id) == 0)
			return a;
	}
	return NULL;
}

static int cmp_open(const void *x, const void *y)
{
	const struct action *a = *(const struct action *const *)x;
	const struct action *b = *(const struct action *const *)y;
	/* deadline first (none last), then priority high first, then number */
	if (a->due != b->due) {
		if (a->due == DATE_NONE)
			return 1;
		if (b->due == DATE_NONE)
			return -1;
		return a->due < b->due ? -1 : 1;
	}
	if (a->priority != b->priority)
		return a->priority > b->priority ? -1 : 1;
	return a->no - b->no;
}

static void add_decision(struct report *r, enum decision_kind k, const struct report_item *it,
			 const struct action *act)
{
	struct decision *d = &r->decisions[r->n_decisions++];
	d->kind = k;
	d->item = it;
	d->action = act;
}

static bool blank(const char *s)
{
	return !s || !*s;
}

static int cmp_risk(const void *x, const void *y)
{
	const struct report_risk *a = x, *b = y;
	if (a->level != b->level)
		return (int)b->level - (int)a->level;
	if (a->score != b->score)
		return b->score - a->score;
	return strcmp(a->event->title, b->event->title);
}

/* The ROS section: gaps, the top single points of failure, the highest risks. */
static int ros_section(struct arena *a, const struct report_input *in, struct report *out,
		       struct err *e)
{
	struct ros_work w;
	struct ros_scales def;
	const struct ros_scales *sc = in->scales;
	if (!sc) {
		ros_scales_default(&def);
		sc = &def;
	}
	if (ros_work_init(a, in->ros, &w, e) < 0 ||
	    ros_single_failures(a, &w, &out->spof, &out->n_spof, &out->gaps, &out->n_gaps, e) < 0)
		return -1;
	if (out->n_spof > REPORT_TOP)
		out->n_spof = REPORT_TOP;
	if (out->n_spof) {
		ros_fail(&w, &out->spof[0].node, 1, true);
		if (ros_hits(a, &w, &out->scenario, &out->n_scenario) < 0)
			return err_set(e, "Rapporten ble for stor for minnegrensen.");
	}
	out->risks = arena_alloc(a, (in->n_events + 1) * sizeof(*out->risks));
	if (!out->risks)
		return err_set(e, "Rapporten ble for stor for minnegrensen.");
	for (size_t i = 0; i < in->n_events; i++) {
		struct report_risk *r = &out->risks[out->n_risks++];
		r->event = &in->events[i];
		r->consequence = ros_event_consequence(r->event);
		r->score = (r->event->probability - 'A' + 1) * r->consequence;
		r->level = ros_event_risk(sc, r->event);
	}
	qsort(out->risks, out->n_risks, sizeof(*out->risks), cmp_risk);
	out->n_risks_all = out->n_risks;
	if (out->n_risks > REPORT_TOP)
		out->n_risks = REPORT_TOP;
	return 0;
}

static int cmp_urgent(const void *x, const void *y)
{
	const struct finding *a = *(const struct finding *const *)x, *b = *(const struct finding *const *)y;
	if (a->severity != b->severity)
		return (int)b->severity - (int)a->severity;
	if (a->due != b->due)
		return a->due < b->due ? -1 : 1;
	return a->no - b->no;
}

/* The findings: counts, and the open critical and high ones. */
static int findings_section(struct arena *a, const struct report_input *in, struct report *out,
			    struct err *e)
{
	out->urgent = arena_alloc(a, (in->n_findings + 1) * sizeof(*out->urgent));
	if (!out->urgent)
		return err_set(e, "Rapporten ble for stor for minnegrensen.");
	for (size_t i = 0; i < in->n_findings; i++) {
		const struct finding *f = &in->findings[i];
		if (!finding_open(f->status))
			continue;
		out->findings_open++;
		out->findings_by_severity[f->severity]++;
		out->findings_overdue += f->due < in->today;
		if (f->severity >= SEV_HOY)
			out->urgent[out->n_urgent++] = f;
	}
	if (out->n_urgent)
		qsort(out->urgent, out->n_urgent, sizeof(*out->urgent), cmp_urgent);
	if (out->n_urgent > REPORT_FINDINGS_MAX)
		out->n_urgent = REPORT_FINDINGS_MAX;
	return 0;
}

int report_build(struct arena *a, const struct report_input *in, struct report *out,
		 struct err *e)
{
	const struct catalog *c = in->catalog;
	struct readiness *now = NULL, *prev = NULL;

	memset(out, 0, sizeof(*out));
	out->in = in;
	out->n_groups = c->n_groups;
	out->n_items = c->n_items;
	out->groups = arena_alloc(a, (c->n_groups + 1) * sizeof(*out->groups));
	out->items = arena_alloc(a, (c->n_items + 1) * sizeof(*out->items));
	out->open = arena_alloc(a, (in->n_actions + 1) * sizeof(*out->open));
	/* at most: 1 round decision + per item 3 + per action 2 */
	out->decisions = arena_alloc(a, (1 + 3 * c->n_items + 2 * in->n_actions) *
					    sizeof(*out->decisions));
	now = arena_alloc(a, (c->n_groups + 1) * sizeof(*now));
	prev = arena_alloc(a, (c->n_groups + 1) * sizeof(*prev));
	if (!out->groups || !out->items || !out->open || !out->decisions || !now || !prev)
		return err_set(e, "Rapporten ble for stor for minnegrensen.");

	readiness_compute(c, in->answers, in->n_answers, now, &out->overall);
	out->has_prev = in->prev_round != NULL;
	if (out->has_prev)
		readiness_compute(c, in->prev_answers, in->n_prev_answers, prev, &out->prev_overall);
	for (size_t g = 0; g < c->n_groups; g++) {
		out->groups[g].group = &c->groups[g];
		out->groups[g].now = now[g];
		out->groups[g].prev = prev[g];
	}

	for (size_t i = 0; i < c->n_items; i++) {
		struct report_item *it = &out->items[i];
		it->item = &c->items[i];
		it->answer = answer_find(in->answers, in->n_answers, it->item->id);
		it->status = it->answer ? it->answer->status : STATUS_UKJENT;
		if (out->has_prev) {
			const struct answer *p =
				answer_find(in->prev_answers, in->n_prev_answers, it->item->id);
			it->has_prev = true;
			it->prev = p ? p->status : STATUS_UKJENT;
		}
		it->action = derived_action(in, it->item->id);
	}

	for (size_t i = 0; i < in->n_actions; i++)
		if (action_is_open(&in->actions[i]))
			out->open[out->n_open++] = &in->actions[i];
	qsort(out->open, out->n_open, sizeof(*out->open), cmp_open);
	for (size_t i = 0; i < out->n_open; i++)
		if (action_is_overdue(out->open[i], in->today))
			out->n_overdue++;

	/* Decisions, most pressing first. */
	if (!round_is_closed(in->round))
		add_decision(out, DECISION_CLOSE_ROUND, NULL, NULL);
	else if (blank(in->round->approved_at))
		add_decision(out, DECISION_APPROVE_ROUND, NULL, NULL);
	for (size_t i = 0; i < c->n_items; i++) {
		const struct report_item *it = &out->items[i];
		if (status_is_gap(it->status) && it->action && it->action->status == ACTION_AVVIST)
			add_decision(out, DECISION_ACCEPT_RISK, it, it->action);
	}
	for (size_t i = 0; i < out->n_open; i++)
		if (action_is_overdue(out->open[i], in->today))
			add_decision(out, DECISION_OVERDUE, NULL, out->open[i]);
	for (size_t i = 0; i < c->n_items; i++) {
		const struct report_item *it = &out->items[i];
		if (!status_is_gap(it->status))
			continue;
		const char *owner = it->answer ? it->answer->owner : NULL;
		int32_t due = it->answer ? it->answer->due : DATE_NONE;
		if (it->action && action_is_open(it->action)) {
			if (blank(owner))
				owner = it->action->owner;
			if (due == DATE_NONE)
				due = it->action->due;
		}
		if (blank(owner))
			add_decision(out, DECISION_ASSIGN_OWNER, it, NULL);
		if (due == DATE_NONE)
			add_decision(out, DECISION_SET_DEADLINE, it, NULL);
	}
	for (size_t i = 0; i < c->n_items; i++)
		if (out->items[i].status == STATUS_UKJENT)
			add_decision(out, DECISION_CLARIFY, &out->items[i], NULL);
	if (findings_section(a, in, out, e) < 0)
		return -1;
	return in->ros ? ros_section(a, in, out, e) : 0;
}
