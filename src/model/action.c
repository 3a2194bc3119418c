/* action.c: see action.h. */
#include "model/action.h"

#include <string.h>
#include <strings.h>

#include "util/i18n.h"
#include "util/valid.h"

static const struct {
	const char *code;
	const char *alias[3];
	const char *label;
} statuses[ACTION_STATUS_COUNT] = {
	[ACTION_APEN] = { "åpen", { "apen", "open" }, N_("Åpen") },
	[ACTION_PAGAR] = { "pågår", { "pagar", "in-progress", "started" }, N_("Pågår") },
	[ACTION_UTFORT] = { "utført", { "utfort", "done" }, N_("Utført") },
	[ACTION_AVVIST] = { "avvist", { "rejected" }, N_("Avvist") },
};

static const struct {
	const char *code;
	const char *alias[2];
	const char *label;
} priorities[PRIORITY_COUNT] = {
	[PRIORITY_LAV] = { "lav", { "low" }, N_("Lav") },
	[PRIORITY_MIDDELS] = { "middels", { "medium" }, N_("Middels") },
	[PRIORITY_HOY] = { "høy", { "hoy", "high" }, N_("Høy") },
};

int action_status_parse(const char *s, enum action_status *out, struct err *e)
{
	for (int i = 0; s && i < ACTION_STATUS_COUNT; i++) {
		bool hit = strcasecmp(s, statuses[i].code) == 0;
		for (int k = 0; !hit && k < 3 && statuses[i].alias[k]; k++)
			hit = strcasecmp(s, statuses[i].alias[k]) == 0;
		if (hit) {
			*out = (enum action_status)i;
			return 0;
		}
	}
	return err_set(e, "Ukjent tiltaksstatus «%s». Bruk åpen, pågår, utført eller avvist "
		       "(eller open, in-progress, done, rejected).", s ? s : "");
}

const char *action_status_code(enum action_status s)
{
	return (unsigned)s < ACTION_STATUS_COUNT ? statuses[s].code : statuses[0].code;
}

const char *action_status_label(enum action_status s)
{
	return (unsigned)s < ACTION_STATUS_COUNT ? statuses[s].label : statuses[0].label;
}

int priority_parse(const char *s, enum priority *out, struct err *e)
{
	for (int i = 0; s && i < PRIORITY_COUNT; i++) {
		bool hit = strcasecmp(s, priorities[i].code) == 0;
		for (int k = 0; !hit && k < 2 && priorities[i].alias[k]; k++)
			hit = strcasecmp(s, priorities[i].alias[k]) == 0;
		if (hit) {
			*out = (enum priority)i;
			return 0;
		}
	}
	return err_set(e, "Ukjent prioritet «%s». Bruk lav, middels eller høy "
		       "(eller low, medium, high).", s ? s : "");
}

const char *priority_code(enum priority p)
{
	return (unsigned)p < PRIORITY_COUNT ? priorities[p].code : priorities[1].code;
}

const char *priority_label(enum priority p)
{
	return (unsigned)p < PRIORITY_COUNT ? priorities[p].label : priorities[1].label;
}

bool action_is_open(const struct action *a)
{
	return a->status == ACTION_APEN || a->status == ACTION_PAGAR;
}

bool action_is_overdue(const struct action *a, int32_t today)
{
	return action_is_open(a) && a->due != DATE_NONE && a->due < today;
}

int action_check(const struct action *a, struct err *e)
{
	if (!a->measure_id && (!a->title || !*a->title))
		return err_set(e, "Oppgaven mangler tittel.");
	if (valid_text(i18n_tr(e->lang, "Tittel"), a->title, VALID_NAME_MAX, false, false, e) < 0 ||
	    valid_text(i18n_tr(e->lang, "Ansvarlig"), a->owner, VALID_NAME_MAX, false, false, e) < 0 ||
	    valid_text(i18n_tr(e->lang, "Plan"), a->plan, VALID_TEXT_MAX, true, false, e) < 0 ||
	    valid_text(i18n_tr(e->lang, "Begrunnelse"), a->reason, VALID_TEXT_MAX, true, false, e) < 0)
		return -1;
	if (a->status == ACTION_AVVIST && (!a->reason || !*a->reason))
		return err_set(e, "Et tiltak kan bare avvises med en begrunnelse: skriv hvorfor.");
	return 0;
}

static bool same(const char *x, const char *y)
{
	return strcmp(x ? x : "", y ? y : "") == 0;
}

static bool filled(const char *s)
{
	return s && *s;
}

enum derive_op action_derive(const struct answer *before, const struct answer *answer,
			     const struct action *existing, struct action *next)
{
	if (status_is_gap(answer->status)) {
		enum priority pri = answer->status == STATUS_NEI ? PRIORITY_HOY : PRIORITY_MIDDELS;
		if (!existing) {
			memset(next, 0, sizeof(*next));
			next->measure_id = answer->measure_id;
			next->origin = ACTION_ORIGIN_ANSWER;
			next->plan = answer->plan;
			next->owner = answer->owner;
			next->due = answer->due;
			next->priority = pri;
			next->status = ACTION_APEN;
			return DERIVE_CREATE;
		}
		bool new_gap = !before || !status_is_gap(before->status);
		if (!action_is_open(existing) && !new_gap)
			return DERIVE_NONE;   /* closed while it was a gap: that call stands */
		*next = *existing;
		if (!action_is_open(existing)) {
			/* the measure fell back out of place: the work is open again */
			next->status = ACTION_APEN;
			next->reason = NULL;
			next->priority = pri;
		}
		/* Follow the answer where it says something; never lower a priority a
		 * person may have raised. */
		if (filled(answer->owner))
			next->owner = answer->owner;
		if (filled(answer->plan))
			next->plan = answer->plan;
		if (answer->due != DATE_NONE)
			next->due = answer->due;
		if (pri > next->priority)
			next->priority = pri;
		if (next->status == existing->status && same(next->owner, existing->owner) &&
		    same(next->plan, existing->plan) && next->due == existing->due &&
		    next->priority == existing->priority)
			return DERIVE_NONE;
		return DERIVE_UPDATE;
	}
	if (!existing || !action_is_open(existing))
		return DERIVE_NONE;
	if (answer->status == STATUS_JA) {
		*next = *existing;
		next->status = ACTION_UTFORT;
		next->reason = "Lukket automatisk: tiltaket er vurdert som på plass (ja).";
		return DERIVE_UPDATE;
	}
	if (answer->status == STATUS_IKKE_RELEVANT) {
		*next = *existing;
		next->status = ACTION_AVVIST;
		next->reason = "Lukket automatisk: tiltaket er vurdert som ikke relevant.";
		return DERIVE_UPDATE;
	}
	return DERIVE_NONE;      /* ukjent: keep the action until someone knows */
}

bool action_change_is_leaders(enum action_status was, const char *was_reason, const struct action *x)
{
	if (x->status == ACTION_AVVIST && was != ACTION_AVVIST)
		return true;
	if (was != ACTION_AVVIST)
		return false;
	const char *a = was_reason ? was_reason : "", *b = x->reason ? x->reason : "";
	return x->status != ACTION_AVVIST || strcmp(a, b) != 0;
}
