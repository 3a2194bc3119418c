/* render/report_json.c: the leadership report as JSON for other systems. Codes are
 * stable (status codes, decision kinds); texts are in the chosen language. The shape is
 * documented in docs/report.md. */
#include "render/report_format.h"

#include "io/attach_json.h"

#include <jansson.h>
#include <stdlib.h>

#include "model/ros.h"
#include "render/report_text.h"
#include "util/date.h"

#define I18N_LANG lang

static json_t *str_or_null(const char *s)
{
	return s && *s ? json_string(s) : json_null();
}

static json_t *date_or_null(struct arena *a, int32_t d)
{
	return d == DATE_NONE ? json_null() : json_string(report_date(a, d));
}

static json_t *readiness(const struct readiness *r, enum lang lang)
{
	json_t *o = json_object();
	json_object_set_new(o, "percent", r->percent < 0 ? json_null() : json_integer(r->percent));
	json_object_set_new(o, "level", json_string(T(readiness_level_name(readiness_level(r->percent)))));
	json_t *c = json_object();
	for (int s = 0; s < STATUS_COUNT; s++)
		json_object_set_new(c, status_code((enum status)s), json_integer(r->count[s]));
	json_object_set_new(o, "counts", c);
	return o;
}

static void compare(json_t *o, const struct readiness *now, const struct readiness *prev,
		    bool has_prev)
{
	bool ok = has_prev && prev->percent >= 0 && now->percent >= 0;
	json_object_set_new(o, "previous_percent", ok ? json_integer(prev->percent) : json_null());
	json_object_set_new(o, "change", ok ? json_integer(now->percent - prev->percent) : json_null());
}

static json_t *action_json(struct arena *a, const struct report *r, enum lang lang,
			   const struct action *x)
{
	return json_pack("{s:s, s:s, s:o, s:o, s:o, s:s, s:s, s:b}",
			 "ref", report_action_ref(a, x),
			 "title", report_action_title(r, lang, x),
			 "measure", str_or_null(x->measure_id),
			 "owner", str_or_null(x->owner),
			 "due", date_or_null(a, x->due),
			 "priority", priority_code(x->priority),
			 "status", action_status_code(x->status),
			 "overdue", action_is_overdue(x, r->in->today));
}

static json_t *round_json(struct arena *a, const struct round *rd)
{
	return json_pack("{s:i, s:s, s:s, s:o, s:o, s:o, s:o, s:o}",
			 "no", rd->no, "title", rd->title, "catalog", rd->catalog_id,
			 "started", date_or_null(a, rd->started),
			 "closed_at", str_or_null(rd->closed_at),
			 "closed_by", str_or_null(rd->closed_by),
			 "approved_at", str_or_null(rd->approved_at),
			 "approved_by", str_or_null(rd->approved_by));
}

int report_render_json(struct arena *a, const struct report *r, enum lang lang, struct buf *b)
{
	const struct report_input *in = r->in;
	json_t *root = json_object(), *areas = json_array(), *measures = json_array();
	json_t *open = json_array(), *overdue = json_array(), *changes = json_array();
	json_t *decisions = json_array();

	json_object_set_new(root, "format", json_string("beredt-report/1"));
	json_object_set_new(root, "lang", json_string(i18n_code(lang)));
	json_object_set_new(root, "generated_at", str_or_null(in->generated_at));
	json_object_set_new(root, "today", date_or_null(a, in->today));
	json_object_set_new(root, "kommune", json_pack("{s:s, s:s, s:s}", "kommunenr",
						       in->tenant->kommunenr, "name", in->tenant->name,
						       "orgnr", in->tenant->orgnr));
	json_object_set_new(root, "round", round_json(a, in->round));
	json_object_set_new(root, "previous_round",
			    in->prev_round ? round_json(a, in->prev_round) : json_null());

	json_t *overall = readiness(&r->overall, lang);
	compare(overall, &r->overall, &r->prev_overall, r->has_prev);
	json_object_set_new(overall, "text", json_string(T(readiness_level_text(
						     readiness_level(r->overall.percent)))));
	for (size_t g = 0; g < r->n_groups; g++) {
		const struct report_group *rg = &r->groups[g];
		json_t *o = readiness(&rg->now, lang);
		json_object_set_new(o, "id", json_string(rg->group->id));
		json_object_set_new(o, "title", json_string(text2_get(&rg->group->title, lang)));
		compare(o, &rg->now, &rg->prev, r->has_prev);
		json_object_set_new(o, "text", json_string(T(readiness_level_text(
							     readiness_level(rg->now.percent)))));
		json_array_append_new(areas, o);
	}
	json_object_set_new(root, "readiness", json_pack("{s:o, s:o}", "overall", overall,
							 "areas", areas));

	for (size_t i = 0; i < r->n_items; i++) {
		const struct report_item *it = &r->items[i];
		const struct answer *ans = it->answer;
		json_t *m = json_pack("{s:s, s:s, s:s, s:s, s:b}",
				      "id", it->item->id, "area", it->item->group_id,
				      "title", text2_get(&it->item->title, lang),
				      "status", status_code(it->status),
				      "answered", ans != NULL);
		json_object_set_new(m, "owner", str_or_null(ans ? ans->owner : NULL));
		json_object_set_new(m, "due", date_or_null(a, ans ? ans->due : DATE_NONE));
		json_object_set_new(m, "evidence", str_or_null(ans ? ans->evidence : NULL));
		json_object_set_new(m, "plan", str_or_null(ans ? ans->plan : NULL));
		json_object_set_new(m, "version", json_integer(ans ? ans->version : 0));
		json_object_set_new(m, "changed_by", str_or_null(ans ? ans->changed_by : NULL));
		json_object_set_new(m, "changed_at", str_or_null(ans ? ans->changed_at : NULL));
		json_object_set_new(m, "previous_status",
				    it->has_prev ? json_string(status_code(it->prev)) : json_null());
		json_object_set_new(m, "action",
				    it->action ? json_string(report_action_ref(a, it->action)) : json_null());
		json_array_append_new(measures, m);
		if (it->has_prev && it->prev != it->status)
			json_array_append_new(changes, json_pack("{s:s, s:s, s:s}", "id", it->item->id,
								 "from", status_code(it->prev),
								 "to", status_code(it->status)));
	}
	json_object_set_new(root, "measures", measures);

	for (size_t i = 0; i < r->n_open; i++) {
		json_array_append_new(open, action_json(a, r, lang, r->open[i]));
		if (action_is_overdue(r->open[i], in->today))
			json_array_append_new(overdue, action_json(a, r, lang, r->open[i]));
	}
	json_object_set_new(root, "actions", json_pack("{s:o, s:o}", "open", open, "overdue", overdue));
	json_object_set_new(root, "changes", changes);

	for (size_t i = 0; i < r->n_decisions; i++) {
		const struct decision *d = &r->decisions[i];
		json_array_append_new(decisions, json_pack(
			"{s:s, s:o, s:o, s:s}", "kind", report_decision_code(d->kind),
			"measure", d->item ? json_string(d->item->item->id) : json_null(),
			"action", d->action ? json_string(report_action_ref(a, d->action)) : json_null(),
			"text", report_decision_text(a, lang, r, d)));
	}
	json_object_set_new(root, "decisions", decisions);

	if (in->ros) {
		json_t *gaps = json_array(), *spof = json_array(), *risks = json_array();
		for (size_t i = 0; i < r->n_gaps; i++) {
			const struct ros_gap *g = &r->gaps[i];
			json_array_append_new(gaps, json_pack("{s:s, s:i, s:o, s:o, s:s}",
				"service", in->ros->nodes[g->service].name,
				"max_downtime_hours", in->ros->nodes[g->service].mtd_hours,
				"worst_recovery_hours", g->unknown ? json_null() : json_integer(g->worst),
				"because_of", g->unknown ? json_null() : json_string(in->ros->nodes[g->culprit].name),
				"text", report_gap_text(a, lang, r, g)));
		}
		for (size_t i = 0; i < r->n_spof; i++)
			json_array_append_new(spof, json_pack("{s:s, s:i, s:i}", "name",
				in->ros->nodes[r->spof[i].node].name, "services", r->spof[i].services,
				"weight", r->spof[i].weight));
		for (size_t i = 0; i < r->n_risks; i++) {
			char p[2] = { r->risks[i].event->probability, 0 };
			json_array_append_new(risks, json_pack("{s:s, s:s, s:i, s:i, s:s}", "event",
				r->risks[i].event->title, "probability", p, "consequence", r->risks[i].consequence,
				"score", r->risks[i].score, "level", ros_risk_label(r->risks[i].level)));
		}
		json_t *scen = json_array();
		for (size_t i = 0; i < r->n_scenario; i++) {
			const struct ros_hit *h = &r->scenario[i];
			json_array_append_new(scen, json_pack("{s:s, s:o, s:o}", "service",
				in->ros->nodes[h->node].name, "recovery_hours",
				h->recovery == ROS_REC_UNKNOWN ? json_null() : json_integer(h->recovery),
				"exceeded_hours", h->exceeded < 0 ? json_null() : json_integer(h->exceeded)));
		}
		json_object_set_new(root, "ros", json_pack("{s:o, s:o, s:o, s:o, s:o}", "gaps", gaps,
			"single_points_of_failure", spof, "scenario_failed",
			r->n_spof ? json_string(in->ros->nodes[r->spof[0].node].name) : json_null(),
			"scenario", scen, "risks", risks));
	} else {
		json_object_set_new(root, "ros", json_null());
	}

	json_t *urgent = json_array();
	char due[DATE_TEXT];
	for (size_t i = 0; i < r->n_urgent; i++) {
		const struct finding *f = r->urgent[i];
		date_format(f->due, due);
		const struct finding_rule *rule = finding_rule(f->rule);
		json_array_append_new(urgent, json_pack("{s:i, s:s, s:s, s:s, s:s, s:s, s:s, s:b, s:s?, s:s?}", "no", f->no,
			"rule", f->rule, "severity", severity_code(f->severity), "object", f->object_name,
			"detail", finding_detail(f, lang), "due", due, "status", finding_status_code(f->status),
			"overdue", f->due < in->today, "owner", f->owner, "confidence", rule ? rule->confidence : NULL));
	}
	json_object_set_new(root, "findings", json_pack("{s:i, s:i, s:{s:i, s:i, s:i, s:i}, s:o}",
		"open", (int)r->findings_open, "overdue", (int)r->findings_overdue, "by_severity",
		"kritisk", (int)r->findings_by_severity[SEV_KRITISK], "høy", (int)r->findings_by_severity[SEV_HOY],
		"middels", (int)r->findings_by_severity[SEV_MIDDELS], "lav", (int)r->findings_by_severity[SEV_LAV],
		"critical_and_high", urgent));

	if (in->prep) {
		const struct report_prep *p = in->prep;
		char rev[DATE_TEXT] = "", ex[DATE_TEXT] = "", lead[DATE_TEXT] = "";
		if (p->reviewed_on != DATE_NONE)
			date_format(p->reviewed_on, rev);
		if (p->last_exercise != DATE_NONE)
			date_format(p->last_exercise, ex);
		if (p->leader_report_on != DATE_NONE)
			date_format(p->leader_report_on, lead);
		json_object_set_new(root, "preparedness", json_pack(
			"{s:b, s:o, s:i, s:i, s:i, s:i, s:o, s:i, s:i, s:o, s:i, s:i, s:o, s:b}",
			"plan", p->has_plan, "plan_reviewed_on", *rev ? json_string(rev) : json_null(),
			"roles", (int)p->roles, "roles_without_deputy", (int)p->roles_without_deputy,
			"contacts", (int)p->contacts, "contacts_not_verified", (int)p->contacts_stale,
			"last_exercise", *ex ? json_string(ex) : json_null(), "lessons", (int)p->lessons,
			"lessons_not_actions", (int)p->lessons_open, "policy", p->policy ? json_string(p->policy) : json_null(),
			"policy_conditions", (int)p->conditions, "policy_conditions_unmet", (int)p->conditions_unmet,
			"leader_report_on", *lead ? json_string(lead) : json_null(), "kit_stale", p->kit_stale));
	}
	if (in->coop) {
		const struct report_coop *c = in->coop;
		json_t *sys = json_array(), *contacts = json_array();
		for (size_t i = 0; i < c->n_systems; i++)
			json_array_append_new(sys, json_pack("{s:s, s:s, s:o, s:i}", "name", c->systems[i]->name + ROS_SHARED_LEN,
				"kind", c->systems[i]->kind, "rto_hours",
				c->systems[i]->rto_hours < 0 ? json_null() : json_integer(c->systems[i]->rto_hours),
				"services_stopped", c->services[i]));
		for (size_t i = 0; i < c->n_contacts; i++)
			json_array_append_new(contacts, json_pack("{s:s, s:s?, s:s?, s:s?, s:s?}", "name", c->contacts[i].name,
				"crisis_role", c->contacts[i].crisis_role, "phone", c->contacts[i].phone, "phone2",
				c->contacts[i].phone2, "email", c->contacts[i].email));
		json_object_set_new(root, "cooperation", json_pack("{s:s, s:o, s:{s:i, s:i, s:i}, s:o}", "name", c->name,
			"shared_systems", sys, "shared_findings", "open", (int)c->findings_open, "kritisk",
			(int)c->findings_by_severity[SEV_KRITISK], "høy", (int)c->findings_by_severity[SEV_HOY],
			"contacts", contacts));
	}
	if (in->evidence) {
		json_t *ev = json_array();
		for (int i = 0; i < EV_COUNT; i++)
			json_array_append_new(ev, json_pack("{s:s, s:s, s:s}", "measure", in->evidence[i].measure,
				"suggested", status_code(in->evidence[i].suggest),
				"text", report_evidence_text(a, lang, r, &in->evidence[i])));
		json_object_set_new(root, "posture", ev);
	}
	/* the files as the API and the CLI give them */
	json_object_set_new(root, "attachments", attach_json_list(a, in->attachments, in->n_attachments));
	return report_json_append(b, root);
}

int report_json_append(struct buf *b, struct json_t *root)
{
	char *text = root ? json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER) : NULL;
	json_decref(root);
	if (!text)
		return -1;
	buf_puts(b, text);
	buf_putc(b, '\n');
	free(text);
	return b->failed ? -1 : 0;
}
