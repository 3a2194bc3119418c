/* app/prep_docs.c: see prep_docs.h. */
#include "app/prep_docs.h"

#include <stdint.h>
#include <string.h>

#include "io/prep_json.h"
#include "model/action.h"
#include "model/assess.h"
#include "store/action.h"
#include "store/answer.h"
#include "store/finding.h"
#include "store/round.h"
#include "store/ros.h"
#include "model/graph.h"
#include "store/prep.h"
#include "util/date.h"
#include "model/report.h"

int prep_load(struct db *db, struct arena *a, int64_t tenant, int32_t today, struct prep_all *out, struct err *e)
{
	const char *text[PREP_KINDS];
	memset(out, 0, sizeof(*out));
	for (int k = 0; k < PREP_KINDS; k++)
		if (store_prep_get(db, a, tenant, (enum prep_kind)k, &text[k], &out->version[k], e) < 0)
			return -1;
	out->plan.reviewed_on = out->plan.leader_report_on = DATE_NONE;
	out->plan.review_months = 12;
	/* what was stored was checked when it was saved (dates against that day, so not
	 * against today here); a failure here is a damaged row */
	(void)today;
	today = INT32_MAX - 1;
	if ((text[PREP_PLAN] && prep_plan_read(a, text[PREP_PLAN], &out->plan, e) < 0) ||
	    (text[PREP_CONTACTS] && prep_contacts_read(a, text[PREP_CONTACTS], today, &out->contacts, e) < 0) ||
	    (text[PREP_EXERCISES] && prep_exercises_read(a, text[PREP_EXERCISES], today, &out->exercises, e) < 0) ||
	    (text[PREP_INSURANCE] && prep_insurances_read(a, text[PREP_INSURANCE], &out->insurance, e) < 0) ||
	    (text[PREP_COMPETENCE] && prep_competences_read(a, text[PREP_COMPETENCE], today, &out->competence, e) < 0))
		return err_prefix(e, "Beredskapsdokumentene kan ikke leses");
	return 0;
}

static int save(struct db *db, struct arena *a, int64_t tenant, enum prep_kind kind, json_t *j, int based_on,
		const char *summary, const struct store_stamp *st, struct err *e)
{
	const char *text = prep_json_text(a, j);
	if (!text)
		return err_set(e, "Tom for minne.");
	return store_prep_put(db, tenant, kind, text, based_on, summary, st, e);
}

int prep_save_plan(struct db *db, struct arena *a, int64_t tenant, const struct prep_plan *p, int based_on,
		   const char *summary, const struct store_stamp *st, struct err *e)
{
	if (prep_plan_check(p, e) < 0)
		return -1;
	return save(db, a, tenant, PREP_PLAN, prep_plan_json(p), based_on, summary, st, e);
}

int prep_save_contacts(struct db *db, struct arena *a, int64_t tenant, const struct prep_contacts *c, int based_on,
		       const char *summary, const struct store_stamp *st, struct err *e)
{
	if (prep_contacts_check(c, st->today, e) < 0)
		return -1;
	return save(db, a, tenant, PREP_CONTACTS, prep_contacts_json(c), based_on, summary, st, e);
}

int prep_save_exercises(struct db *db, struct arena *a, int64_t tenant, const struct prep_exercises *x,
			int based_on, const char *summary, const struct store_stamp *st, struct err *e)
{
	if (prep_exercises_check(x, st->today, e) < 0)
		return -1;
	return save(db, a, tenant, PREP_EXERCISES, prep_exercises_json(x), based_on, summary, st, e);
}

int prep_save_insurance(struct db *db, struct arena *a, int64_t tenant, const struct prep_insurances *x,
			int based_on, const char *summary, const struct store_stamp *st, struct err *e)
{
	if (prep_insurances_check(x, e) < 0)
		return -1;
	return save(db, a, tenant, PREP_INSURANCE, prep_insurances_json(x), based_on, summary, st, e);
}

int prep_save_competence(struct db *db, struct arena *a, int64_t tenant, const struct prep_competences *x,
			 int based_on, const char *summary, const struct store_stamp *st, struct err *e)
{
	if (prep_competences_check(x, st->today, e) < 0)
		return -1;
	return save(db, a, tenant, PREP_COMPETENCE, prep_competences_json(x), based_on, summary, st, e);
}

/* The first line of a text, at most 120 bytes, not ending inside a UTF-8 character: a
 * title is one short line. */
static size_t title_len(const char *s)
{
	size_t n = strcspn(s, "\r\n");
	if (n > 120) {
		n = 120;
		while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
			n--;
	}
	return n;
}

int prep_lesson_to_action(struct db *db, struct arena *a, int64_t tenant, int no, size_t k,
			  const struct store_stamp *st, int *action_no, struct err *e)
{
	struct prep_all all;
	struct prep_exercise *x = NULL;
	if (db_begin(db, e) < 0)
		return -1;
	if (prep_load(db, a, tenant, st->today, &all, e) < 0)
		goto fail;
	for (size_t i = 0; i < all.exercises.n; i++)
		if (all.exercises.items[i].no == no)
			x = &all.exercises.items[i];
	if (!x) {
		err_missing(e, "Øvelsen Ø-%d finnes ikke.", no);
		goto fail;
	}
	if (k >= x->n_lessons) {
		err_missing(e, "Øvelsen Ø-%d har ikke læringspunkt %zu.", no, k + 1);
		goto fail;
	}
	if (x->lessons[k].action_no) {
		err_set(e, "Læringspunktet er allerede oppgave T-%d.", x->lessons[k].action_no);
		goto fail;
	}
	struct action act = {
		.origin = ACTION_ORIGIN_MANUAL, .priority = PRIORITY_MIDDELS, .status = ACTION_APEN, .due = DATE_NONE,
		.title = arena_printf(a, "Læring fra øvelse Ø-%d: %.*s", no, (int)title_len(x->lessons[k].text),
				      x->lessons[k].text),
		.plan = x->lessons[k].text,
	};
	if (store_action_add(db, tenant, &act, st, e) < 0)
		goto fail;
	x->lessons[k].action_no = act.no;
	if (prep_save_exercises(db, a, tenant, &all.exercises, all.version[PREP_EXERCISES],
				arena_printf(a, "Ø-%d læringspunkt %zu ble oppgave T-%d", no, k + 1, act.no), st, e) < 0)
		goto fail;
	*action_no = act.no;
	return db_commit(db, e);
fail:
	db_rollback(db);
	return -1;
}

int prep_condition_inputs(struct db *db, struct arena *a, int64_t tenant, struct answer **ans, size_t *n_ans,
			  struct finding **f, size_t *n_f, struct err *e)
{
	struct round rd;
	struct err none;
	*ans = NULL;
	*n_ans = 0;
	err_init(&none, LANG_NB);
	if (store_round_get(db, a, tenant, 0, &rd, &none) == 0 &&
	    store_answers_load(db, a, tenant, rd.id, ans, n_ans, e) < 0)
		return -1;
	return store_finding_list(db, a, tenant, f, n_f, e);
}

int prep_report(struct db *db, struct arena *a, int64_t tenant, int32_t today, int contact_days,
		struct report_prep *out, struct err *e)
{
	struct prep_all p;
	struct answer *ans;
	struct finding *f;
	size_t na, nf;
	int64_t kit_head, head;
	if (prep_load(db, a, tenant, today, &p, e) < 0 ||
	    prep_condition_inputs(db, a, tenant, &ans, &na, &f, &nf, e) < 0 ||
	    store_kit_state(db, tenant, &kit_head, &head, &out->kit_written, a, e) < 0)
		return -1;
	const struct prep_exercise *last = prep_last_exercise(&p.exercises);
	*out = (struct report_prep){
		.has_plan = p.version[PREP_PLAN] > 0, .reviewed_on = p.plan.reviewed_on, .plan_due = prep_plan_due(&p.plan),
		.leader_report_on = p.plan.leader_report_on, .roles = p.plan.n_roles, .cards = p.plan.n_cards,
		.contacts = p.contacts.n, .last_exercise = last ? last->date : DATE_NONE,
		.last_exercise_scenario = last ? last->scenario : NULL, .insurances = p.insurance.n,
		.kit_stale = p.version[PREP_PLAN] > 0 && kit_head < head, .kit_written = out->kit_written,
	};
	for (size_t i = 0; i < p.plan.n_roles; i++)
		out->roles_without_deputy += !p.plan.roles[i].deputy;
	for (size_t i = 0; i < p.contacts.n; i++)
		out->contacts_stale += prep_contact_stale(&p.contacts.items[i], today, contact_days);
	for (size_t i = 0; i < p.exercises.n; i++)
		for (size_t k = 0; k < p.exercises.items[i].n_lessons; k++) {
			out->lessons++;
			out->lessons_open += !p.exercises.items[i].lessons[k].action_no;
		}
	for (size_t i = 0; i < p.insurance.n; i++) {
		const struct prep_insurance *x = &p.insurance.items[i];
		if (x->offer) {
			out->offers++;
			continue;
		}
		out->policy = x->name;
		out->conditions = x->n_conditions;
		out->conditions_unmet = 0;
		for (size_t k = 0; k < x->n_conditions; k++)
			out->conditions_unmet += prep_condition_unmet(&x->conditions[k], ans, na, f, nf);
	}
	return 0;
}

int prep_scenarios(struct db *db, struct arena *a, int64_t tenant, struct prep_scenario **out, size_t *n,
		   struct err *e)
{
	struct ros_register r;
	struct ros_graph g;
	struct ros_work w;
	struct ros_spof *sp;
	struct ros_gap *gp;
	size_t nsp, ngp;
	*n = 0;
	if (!(*out = arena_alloc(a, 6 * sizeof(**out))))
		return err_set(e, "Tom for minne.");
	if (store_ros_graph(db, a, tenant, &r, &g, e) < 0)
		return -1;
	/* the three unwanted events with the highest probability × consequence */
	bool *used = arena_alloc(a, r.n_events + 1);
	if (!used)
		return err_set(e, "Tom for minne.");
	memset(used, 0, r.n_events + 1);
	for (int k = 0; k < 3; k++) {
		size_t best = r.n_events;
		int score = 0;
		for (size_t i = 0; i < r.n_events; i++) {
			int s = (r.events[i].probability - 'A' + 1) * ros_event_consequence(&r.events[i]);
			if (!used[i] && s > score)
				score = s, best = i;
		}
		if (best == r.n_events)
			break;
		used[best] = true;
		(*out)[(*n)++] = (struct prep_scenario){ r.events[best].title, false, 0, r.events[best].probability,
							 ros_event_consequence(&r.events[best]) };
	}
	if (!g.n)
		return 0;
	if (ros_work_init(a, &g, &w, e) < 0 || ros_single_failures(a, &w, &sp, &nsp, &gp, &ngp, e) < 0)
		return -1;
	for (size_t i = 0; i < nsp && i < 3; i++)
		(*out)[(*n)++] = (struct prep_scenario){ sp[i].name, true, sp[i].services, 0, 0 };
	return 0;
}

int prep_gap_to_action(struct db *db, struct arena *a, int64_t tenant, const char *area, const struct store_stamp *st,
		       int *action_no, struct err *e)
{
	struct prep_all p;
	int k = -1;
	for (int i = 0; i < PREP_AREAS; i++)
		if (area && strcmp(area, prep_area_code(i)) == 0)
			k = i;
	if (k < 0)
		return err_missing(e, "Ukjent område «%.40s».", area ? area : "");
	if (prep_load(db, a, tenant, st->today, &p, e) < 0)
		return -1;
	if (prep_area_covered(&p.competence, area))
		return err_set(e, "Noen dekker allerede «%s».", area);
	struct action act = {
		.origin = ACTION_ORIGIN_MANUAL, .priority = PRIORITY_MIDDELS, .status = ACTION_APEN, .due = DATE_NONE,
		.catalog_id = NULL, .measure_id = NULL,
		.title = arena_printf(a, "Kompetanse (%s): %s, egne folk eller avtale", prep_area_measure(k),
				      prep_area_label(k)),
		.plan = "Finn hvem som kan gjøre dette i en krise, internt eller etter avtale, og registrer det.",
	};
	if (store_action_add(db, tenant, &act, st, e) < 0)
		return -1;
	*action_no = act.no;
	return 0;
}

void prep_incident_state(struct arena *a, const struct incident *x, int64_t now, struct prep_clock out[2])
{
	int64_t aware;
	const char **to = arena_alloc(a, (x->n_notices + 1) * sizeof(*to));
	size_t n = 0;
	for (size_t i = 0; to && i < x->n_notices; i++)
		to[n++] = x->notices[i].receiver;
	if (date_timestamp_parse(x->aware_at ? x->aware_at : x->declared_at, &aware) < 0)
		aware = now;
	prep_incident_clocks(x->personal_data, x->essential, aware, now, to, n, out);
}
