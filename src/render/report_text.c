/* report_text.c: see report_text.h. */
#include "render/report_text.h"

#include "render/attachments.h"
#include "util/date.h"

#include <stdio.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "model/ros.h"
#include "render/evidence_html.h"
#include "util/date.h"

const char *report_money(struct arena *a, enum lang lang, int64_t nok, int year)
{
	char digits[32], grouped[64];
	int n = snprintf(digits, sizeof(digits), "%lld", (long long)(nok < 0 ? 0 : nok)), k = 0;
	/* thousands grouped by a no-break space (bokmål) or a comma (English) */
	for (int i = 0; i < n && k < (int)sizeof(grouped) - 4; i++) {
		if (i && (n - i) % 3 == 0) {
			if (lang == LANG_EN) {
				grouped[k++] = ',';
			} else {
				grouped[k++] = (char)0xc2;
				grouped[k++] = (char)0xa0;
			}
		}
		grouped[k++] = digits[i];
	}
	grouped[k] = '\0';
	const char *sum = arena_printf(a, lang == LANG_EN ? "NOK\u00a0%s" : "kr\u00a0%s", grouped);
	return year ? arena_printf(a, "%s (%d)", sum, year) : sum;
}

const char *report_date(struct arena *a, int32_t d)
{
	return date_text(a, d, "");
}

const char *report_action_ref(struct arena *a, const struct action *x)
{
	return arena_printf(a, "T-%d", x->no);
}

const char *report_action_title(const struct report *r, enum lang lang, const struct action *x)
{
	if (x->title && *x->title)
		return x->title;
	if (x->measure_id && x->catalog_id && strcmp(x->catalog_id, r->in->catalog->id) == 0) {
		const struct catalog_item *it = catalog_item_find(r->in->catalog, x->measure_id);
		if (it)
			return text2_get(&it->title, lang);
	}
	return x->measure_id ? x->measure_id : "";
}

const char *report_change(struct arena *a, const struct readiness *now,
			  const struct readiness *prev, bool has_prev)
{
	if (!has_prev || now->percent < 0 || prev->percent < 0)
		return "";
	int d = now->percent - prev->percent;
	if (d == 0)
		return "±0";
	return d > 0 ? arena_printf(a, "+%d", d) : arena_printf(a, "−%d", -d);
}

const char *report_round_state(struct arena *a, enum lang lang, const struct round *r)
{
	if (!round_is_closed(r))
		return arena_printf(a, i18n_tr(lang, "åpen, startet %s"), report_date(a, r->started));
	if (r->approved_at)
		return arena_printf(a, i18n_tr(lang, "lukket %.10s av %s, godkjent %.10s av %s"),
				    r->closed_at, r->closed_by, r->approved_at, r->approved_by);
	return arena_printf(a, i18n_tr(lang, "lukket %.10s av %s, ikke godkjent"), r->closed_at,
			    r->closed_by);
}

const char *report_decision_code(enum decision_kind k)
{
	switch (k) {
	case DECISION_CLOSE_ROUND: return "close-round";
	case DECISION_APPROVE_ROUND: return "approve-round";
	case DECISION_ACCEPT_RISK: return "accept-risk";
	case DECISION_OVERDUE: return "overdue";
	case DECISION_ASSIGN_OWNER: return "assign-owner";
	case DECISION_SET_DEADLINE: return "set-deadline";
	case DECISION_CLARIFY: return "clarify";
	}
	return "?";
}

static const char *measure(struct arena *a, enum lang lang, const struct report_item *it)
{
	return arena_printf(a, "%s %s", it->item->id, text2_get(&it->item->title, lang));
}

const char *report_decision_text(struct arena *a, enum lang lang, const struct report *r,
				 const struct decision *d)
{
	switch (d->kind) {
	case DECISION_CLOSE_ROUND:
		return i18n_tr(lang, "Gå gjennom vurderingen med ledergruppen, og lukk og godkjenn "
				     "runden når svarene er riktige.");
	case DECISION_APPROVE_ROUND:
		return i18n_tr(lang, "Godkjenn den lukkede vurderingsrunden.");
	case DECISION_ACCEPT_RISK:
		return arena_printf(a, i18n_tr(lang, "Tiltaket for «%s» er avvist (%s). Bekreft at "
						     "kommunen aksepterer risikoen, eller gi "
						     "tiltaket ressurser."),
				    measure(a, lang, d->item), d->action->reason ? d->action->reason : "");
	case DECISION_OVERDUE:
		return arena_printf(a, i18n_tr(lang, "%s «%s» skulle vært ferdig %s (ansvarlig: %s). "
						     "Sett ny frist, gi mer ressurser eller "
						     "aksepter risikoen."),
				    report_action_ref(a, d->action), report_action_title(r, lang, d->action),
				    report_date(a, d->action->due),
				    d->action->owner && *d->action->owner ? d->action->owner
									  : i18n_tr(lang, "ingen"));
	case DECISION_ASSIGN_OWNER:
		return arena_printf(a, i18n_tr(lang, "Utpek en ansvarlig for «%s», som ikke er på plass."),
				    measure(a, lang, d->item));
	case DECISION_SET_DEADLINE:
		return arena_printf(a, i18n_tr(lang, "Sett en frist for «%s», som ikke er på plass."),
				    measure(a, lang, d->item));
	case DECISION_CLARIFY:
		return arena_printf(a, i18n_tr(lang, "Få avklart om «%s» er på plass: status er ukjent, "
						     "og ukjent regnes som ikke på plass."),
				    measure(a, lang, d->item));
	}
	return "";
}

const char *report_gap_text(struct arena *a, enum lang lang, const struct report *r,
			    const struct ros_gap *g)
{
	const struct ros_node *s = &r->in->ros->nodes[g->service];
	if (g->unknown)
		return arena_printf(a, i18n_tr(lang, "«%s» (tåler %d t nedetid) hviler på et system eller en "
						     "leverandør uten kjent gjenopprettingstid."),
				    s->name, s->mtd_hours);
	return arena_printf(a, i18n_tr(lang, "«%s» tåler %d t nedetid, men «%s» trenger %d t for å komme "
					     "tilbake."),
			    s->name, s->mtd_hours, r->in->ros->nodes[g->culprit].name, g->worst);
}

const char *report_spof_text(struct arena *a, enum lang lang, const struct report *r,
			     const struct ros_spof *s)
{
	return arena_printf(a, i18n_tr(lang, "«%s» tar alene ned %d tjenester (samlet kritikalitet %d)."),
			    r->in->ros->nodes[s->node].name, s->services, s->weight);
}

const char *report_risk_text(struct arena *a, enum lang lang, const struct report_risk *k)
{
	return arena_printf(a, i18n_tr(lang, "«%s»: sannsynlighet %c, konsekvens %d: %s."), k->event->title,
			    k->event->probability, k->consequence, i18n_tr(lang, ros_risk_label(k->level)));
}

const char *report_scenario_text(struct arena *a, enum lang lang, const struct report *r,
				 const struct ros_hit *h)
{
	const struct ros_node *s = &r->in->ros->nodes[h->node];
	if (h->exceeded < 0)
		return arena_printf(a, i18n_tr(lang, "«%s» stopper; hvor lenge kan ikke vurderes (ukjent tid)."),
				    s->name);
	if (h->exceeded > 0)
		return arena_printf(a, i18n_tr(lang, "«%s» stopper og er tilbake om %d t: %d t over tålbar nedetid."),
				    s->name, h->recovery, h->exceeded);
	return arena_printf(a, i18n_tr(lang, "«%s» stopper og er tilbake om %d t, innenfor tålbar nedetid."),
			    s->name, h->recovery);
}

const char *report_findings_summary(struct arena *a, enum lang lang, const struct report *r)
{
	return arena_printf(a, i18n_tr(lang, "%zu åpne funn: %zu kritiske, %zu høye, %zu middels, %zu lave; "
				       "%zu over fristen."), r->findings_open,
			    r->findings_by_severity[SEV_KRITISK], r->findings_by_severity[SEV_HOY],
			    r->findings_by_severity[SEV_MIDDELS], r->findings_by_severity[SEV_LAV],
			    r->findings_overdue);
}

const char *report_finding_text(struct arena *a, enum lang lang, const struct finding *f, int32_t today)
{
	char due[DATE_TEXT] = "-";
	if (f->due != DATE_NONE)
		date_format(f->due, due);
	const char *s = arena_printf(a, i18n_tr(lang, "F-%d (%s, frist %s%s): %s: %s"), f->no,
				     i18n_tr(lang, severity_code(f->severity)), due,
				     f->due < today ? i18n_tr(lang, ", over fristen") : "", f->object_name,
				     finding_detail(f, lang));
	return f->owner ? arena_printf(a, i18n_tr(lang, "%s Ansvarlig: %s."), s, f->owner) : s;
}

const char *report_attachment_text(struct arena *a, enum lang lang, const struct attachment *x)
{
	const char *type = attach_type_label(x->content_type);
	char day[DATE_LOCAL_TEXT];
	date_local_format(x->added_at, day);
	return arena_printf(a, i18n_tr(lang, "%s: «%s» (V-%lld, %s, %s), lagt ved %s av %s; SHA-256 %s"),
			    attach_target_label(a, lang, &x->target), x->name, (long long)x->id,
			    type ? i18n_tr(lang, type) : x->content_type,
			    attach_size_text(a, lang, x->size), day, x->added_by, x->sha256);
}

const char *report_evidence_text(struct arena *a, enum lang lang, const struct report *r, const struct evidence *ev)
{
	const char *title = ev->measure, *answered = i18n_tr(lang, status_label(STATUS_UKJENT));
	for (size_t i = 0; i < r->n_items; i++)
		if (strcmp(r->items[i].item->id, ev->measure) == 0) {
			title = arena_printf(a, "%s %s", ev->measure, text2_get(&r->items[i].item->title, lang));
			answered = i18n_tr(lang, status_label(r->items[i].status));
		}
	return arena_printf(a, i18n_tr(lang, "%s: %s Registrene tilsier «%s»; svaret er «%s»."), title,
			    evidence_text(a, lang, ev), i18n_tr(lang, status_label(ev->suggest)), answered);
}

static const char *when(struct arena *a, enum lang lang, int32_t d)
{
	return date_text(a, d, i18n_tr(lang, "aldri"));
}

void report_prep_text(struct arena *a, enum lang lang, const struct report_prep *p, const char *out[6], size_t *n)
{
	*n = 0;
	out[(*n)++] = p->has_plan
		? arena_printf(a, i18n_tr(lang, "4a: Beredskapsplanen har %zu roller (%zu uten stedfortreder) og %zu "
					      "tiltakskort; sist gjennomgått %s, neste gjennomgang %s."),
			       p->roles, p->roles_without_deputy, p->cards, when(a, lang, p->reviewed_on),
			       p->plan_due == DATE_NONE ? i18n_tr(lang, "nå") : when(a, lang, p->plan_due))
		: i18n_tr(lang, "4a: Kommunen har ingen beredskapsplan for dataangrep i beredt.");
	out[(*n)++] = arena_printf(a, i18n_tr(lang, "4b: %zu kontakter; %zu er ikke bekreftet innenfor intervallet."),
				   p->contacts, p->contacts_stale);
	out[(*n)++] = p->last_exercise == DATE_NONE
		? i18n_tr(lang, "4d: Ingen øvelse er gjennomført.")
		: arena_printf(a, i18n_tr(lang, "4d: Siste øvelse %s: %s. %zu av %zu læringspunkter er ikke gjort til oppgaver."),
			       when(a, lang, p->last_exercise), p->last_exercise_scenario ? p->last_exercise_scenario : "",
			       p->lessons_open, p->lessons);
	out[(*n)++] = p->policy
		? arena_printf(a, i18n_tr(lang, "5a: Cyberforsikring: %s; %zu av %zu sikkerhetsvilkår er ikke oppfylt i dag, "
					      "og det er en risiko for dekningen."), p->policy, p->conditions_unmet, p->conditions)
		: arena_printf(a, i18n_tr(lang, "5a: Ingen cyberforsikring er registrert som polise; %zu tilbud til vurdering."),
			       p->offers);
	out[(*n)++] = arena_printf(a, i18n_tr(lang, "5b: Siste rapport om sikkerhet og personvern til ledelsen: %s."),
				   when(a, lang, p->leader_report_on));
	out[(*n)++] = p->kit_written
		? arena_printf(a, i18n_tr(lang, "Beredskapspakken ble sist laget %s%s."), p->kit_written,
			       p->kit_stale ? i18n_tr(lang, "; planen, kontaktene eller registrene er endret siden") : "")
		: i18n_tr(lang, "Ingen beredskapspakke er laget ennå.");
}

const char **report_coop_text(struct arena *a, enum lang lang, const struct report_coop *c, size_t *n)
{
	const char **out = arena_alloc(a, (c->n_systems + c->n_contacts + 3) * sizeof(*out));
	*n = 0;
	if (!out)
		return NULL;
	out[(*n)++] = arena_printf(a, i18n_n(lang, "Kommunen er medlem av %s, som drifter %zu felles system i registeret.",
					     "Kommunen er medlem av %s, som drifter %zu felles systemer i registeret.",
					     (unsigned long)c->n_systems), c->name, c->n_systems);
	for (size_t i = 0; i < c->n_systems; i++) {
		const struct ros_system *s = c->systems[i];
		const char *name = s->name + (strncmp(s->name, ROS_SHARED, ROS_SHARED_LEN) == 0 ? ROS_SHARED_LEN : 0);
		const char *rto = s->rto_hours < 0 ? i18n_tr(lang, "ukjent") : arena_printf(a, "%d t", s->rto_hours);
		out[(*n)++] = c->services[i]
			? arena_printf(a, i18n_n(lang, "%s (RTO %s): %d av kommunens tjenester stopper om det faller ut.",
						 "%s (RTO %s): %d av kommunens tjenester stopper om det faller ut.",
						 (unsigned long)c->services[i]), name, rto, c->services[i])
			: arena_printf(a, i18n_tr(lang, "%s (RTO %s): ingen av kommunens tjenester stopper om det faller ut "
						      "alene."), name, rto);
	}
	out[(*n)++] = arena_printf(a, i18n_n(lang, "%s har %zu åpent funn på de felles systemene (%zu kritiske, %zu høye); "
					     "funnene rettes av samarbeidet.",
					     "%s har %zu åpne funn på de felles systemene (%zu kritiske, %zu høye); "
					     "funnene rettes av samarbeidet.", (unsigned long)c->findings_open),
				   c->name, c->findings_open, c->findings_by_severity[SEV_KRITISK],
				   c->findings_by_severity[SEV_HOY]);
	for (size_t i = 0; i < c->n_contacts; i++) {
		const struct prep_contact *k = &c->contacts[i];
		out[(*n)++] = arena_printf(a, i18n_tr(lang, "Kontakt i %s: %s%s%s, %s%s%s."), c->name, k->name,
					   k->crisis_role ? ", " : "", k->crisis_role ? k->crisis_role : "",
					   k->phone ? k->phone : "–", k->phone2 ? i18n_tr(lang, ", ellers ") : "",
					   k->phone2 ? k->phone2 : "");
	}
	return out;
}
