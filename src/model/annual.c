/* model/annual.c: see annual.h. */
#include "model/annual.h"

#include <stdlib.h>
#include <string.h>

#include "util/date.h"

/* The day of a stored timestamp (its UTC date: a change at 00:30 Oslo time on 1 January
 * counts in the year before, which the report can live with). */
static int32_t day_of(const char *timestamp)
{
	char d[DATE_TEXT];
	int32_t v;
	if (!timestamp || strlen(timestamp) < 10)
		return DATE_NONE;
	memcpy(d, timestamp, 10);
	d[10] = '\0';
	return date_parse(d, &v) == 0 ? v : DATE_NONE;
}

static bool within(int32_t d, int32_t from, int32_t to)
{
	return d != DATE_NONE && d >= from && d <= to;
}

int32_t annual_done_on(const struct action *v, size_t n)
{
	if (!n || v[n - 1].status != ACTION_UTFORT)
		return DATE_NONE;
	size_t k = n - 1;
	while (k > 0 && v[k - 1].status == ACTION_UTFORT)
		k--;
	return day_of(v[k].changed_at);
}

static int by_result(const void *x, const void *y)
{
	const struct annual_restore *a = x, *b = y;
	/* failed first, then partial, then the rest; by day within each */
	static const int rank[RESTORE_COUNT] = { [RESTORE_FEILET] = 0, [RESTORE_DELVIS] = 1, [RESTORE_UKJENT] = 2,
						 [RESTORE_OK] = 3 };
	if (rank[a->result] != rank[b->result])
		return rank[a->result] - rank[b->result];
	return (a->on > b->on) - (a->on < b->on);
}

static const char *system_name(const struct ros_register *reg, int64_t id)
{
	for (size_t i = 0; reg && i < reg->n_systems; i++)
		if (reg->systems[i].id == id)
			return reg->systems[i].name;
	return "?";
}

static void exercises(const struct annual_input *in, struct annual *o)
{
	const struct prep_exercises *x = in->exercises;
	for (size_t i = 0; x && i < x->n; i++) {
		const struct prep_exercise *ex = &x->items[i];
		if (ex->held && within(ex->date, o->from, o->to))
			o->held[o->n_held++] = ex;
		else if (!ex->held && within(ex->date, o->from, o->until - 1))
			o->missed[o->n_missed++] = ex;
		else if (!ex->held && ex->date != DATE_NONE && ex->date >= o->until)
			o->ahead[o->n_ahead++] = ex;
	}
	o->no_exercise = o->n_held == 0;
}

static void actions(const struct annual_input *in, struct annual *o)
{
	for (size_t i = 0; i < in->n_actions; i++) {
		const struct action *x = &in->actions[i];
		if (in->done_on && x->status == ACTION_UTFORT && within(in->done_on[i], o->from, o->to))
			o->done[o->n_done++] = x;
		if (!action_is_open(x))
			continue;
		if (action_is_overdue(x, o->until))
			o->overdue[o->n_overdue++] = x;
		else
			o->planned[o->n_planned++] = x;
	}
}

static void findings(const struct annual_input *in, struct annual *o)
{
	for (size_t i = 0; i < in->n_findings; i++) {
		const struct finding *f = &in->findings[i];
		if (within(f->first_seen, o->from, o->to)) {
			o->findings_new++;
			o->findings_new_by_severity[f->severity]++;
		}
		if (within(f->closed_on, o->from, o->to))
			o->findings_closed++;
		bool open_then = f->first_seen != DATE_NONE && f->first_seen <= o->until &&
				 (f->closed_on == DATE_NONE || f->closed_on > o->until);
		if (open_then && f->due != DATE_NONE && f->due < o->until &&
		    (finding_open(f->status) || f->closed_on != DATE_NONE))
			o->findings_overdue++;
	}
}

int annual_build(struct arena *a, const struct annual_input *in, struct annual *o, struct err *e)
{
	size_t nx = in->exercises ? in->exercises->n : 0;
	memset(o, 0, sizeof(*o));
	o->in = in;
	o->from = date_from_ymd(in->year, 1, 1);
	o->to = date_from_ymd(in->year, 12, 31);
	o->partial = in->today < o->to;
	o->until = o->partial ? in->today : o->to;
	o->rounds = arena_alloc(a, (in->n_rounds + 1) * sizeof(*o->rounds));
	o->restores = arena_alloc(a, (in->n_postures + 1) * sizeof(*o->restores));
	o->held = arena_alloc(a, (nx + 1) * sizeof(*o->held));
	o->missed = arena_alloc(a, (nx + 1) * sizeof(*o->missed));
	o->ahead = arena_alloc(a, (nx + 1) * sizeof(*o->ahead));
	o->overdue = arena_alloc(a, (in->n_actions + 1) * sizeof(*o->overdue));
	o->done = arena_alloc(a, (in->n_actions + 1) * sizeof(*o->done));
	o->planned = arena_alloc(a, (in->n_actions + 1) * sizeof(*o->planned));
	if (!o->rounds || !o->restores || !o->held || !o->missed || !o->ahead || !o->overdue || !o->done || !o->planned)
		return err_set(e, "Tom for minne.");
	for (size_t i = 0; i < in->n_rounds; i++) {
		const struct round *r = &in->rounds[i];
		if (within(r->started, o->from, o->to) || within(day_of(r->closed_at), o->from, o->to))
			o->rounds[o->n_rounds++] = r;
	}
	for (size_t i = 0; i < in->n_postures; i++) {
		const struct posture *p = &in->postures[i];
		if (!within(p->restore_tested, o->from, o->to))
			continue;
		o->restores[o->n_restores++] = (struct annual_restore){ system_name(in->reg, p->system_id),
									  p->restore_tested, p->restore_result };
		o->restores_failed += p->restore_result == RESTORE_FEILET || p->restore_result == RESTORE_DELVIS;
	}
	qsort(o->restores, o->n_restores, sizeof(*o->restores), by_result);
	o->plan_revised = DATE_NONE;
	for (size_t i = 0; i < in->n_plan_saved; i++) {
		if (!within(in->plan_saved[i], o->from, o->to))
			continue;
		o->plan_saves++;
		if (o->plan_revised == DATE_NONE || in->plan_saved[i] > o->plan_revised)
			o->plan_revised = in->plan_saved[i];
	}
	if (in->plan && within(in->plan->reviewed_on, o->from, o->to) &&
	    (o->plan_revised == DATE_NONE || in->plan->reviewed_on > o->plan_revised))
		o->plan_revised = in->plan->reviewed_on;
	o->plan_not_revised = o->plan_revised == DATE_NONE;
	exercises(in, o);
	actions(in, o);
	findings(in, o);
	o->deviations = o->findings_new + o->n_overdue + o->findings_overdue + o->restores_failed + o->n_missed +
			o->no_exercise + o->plan_not_revised;
	return 0;
}
