/* action.c: see action.h. */
#include "model/action.h"

#include <string.h>
#include <strings.h>

#include "util/date.h"
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

static bool none_word(const char *s)
{
	return !*s || strcasecmp(s, "none") == 0 || strcasecmp(s, "ingen") == 0 || strcmp(s, "-") == 0;
}

/* Drop what people put around and inside a sum of money: spaces (also U+00A0 and U+202F,
 * as spreadsheets group thousands), "kr", "NOK", ",-". The rest into out (n bytes); false
 * when it does not fit. */
static bool money_core(const char *s, char *out, size_t n)
{
	size_t k = 0;
	while (*s) {
		if (*s == ' ' || *s == '\t')
			s++;
		else if ((unsigned char)s[0] == 0xc2 && (unsigned char)s[1] == 0xa0)
			s += 2;
		else if ((unsigned char)s[0] == 0xe2 && (unsigned char)s[1] == 0x80 && (unsigned char)s[2] == 0xaf)
			s += 3;
		else if (strncasecmp(s, "kr", 2) == 0)
			s += 2;
		else if (strncasecmp(s, "nok", 3) == 0)
			s += 3;
		else if ((s[0] == ',' || s[0] == '.') && s[1] == '-')
			s += 2;
		else if (k + 1 < n)
			out[k++] = *s++;
		else
			return false;
	}
	out[k] = '\0';
	return true;
}

int action_cost_parse(const char *s, int64_t *out, struct err *e)
{
	char t[64];
	int64_t v = 0, frac = 0, div = 1;
	bool mill = false;
	*out = 0;
	if (!money_core(s ? s : "", t, sizeof(t)))
		goto bad;
	if (none_word(t))
		return 0;
	size_t n = strlen(t);
	/* "1,5 mill", "2 millioner", "3 mill." */
	static const char *const suffix[] = { "millioner", "million", "mill.", "mill" };
	for (size_t i = 0; i < 4 && !mill; i++) {
		size_t l = strlen(suffix[i]);
		if (n > l && strcasecmp(t + n - l, suffix[i]) == 0) {
			t[n -= l] = '\0';
			mill = true;
		}
	}
	const char *p = t;
	if (!(*p >= '0' && *p <= '9'))
		goto bad;
	for (; *p >= '0' && *p <= '9'; p++) {
		if ((v = v * 10 + (*p - '0')) > ACTION_COST_MAX)
			goto bad;
		/* 250.000: a point groups thousands when three digits follow it */
		if (p[1] == '.' && p[2] >= '0' && p[2] <= '9' && p[3] >= '0' && p[3] <= '9' && p[4] >= '0' &&
		    p[4] <= '9' && !(p[5] >= '0' && p[5] <= '9'))
			p++;
	}
	if (*p == ',' && mill) {
		for (p++; *p >= '0' && *p <= '9' && div < 1000000; p++) {
			frac = frac * 10 + (*p - '0');
			div *= 10;
		}
	}
	if (*p)
		goto bad;   /* "250,50": øre are not estimated; anything else is not a sum */
	if (mill) {
		if (v > ACTION_COST_MAX / 1000000)
			goto bad;
		v = v * 1000000 + frac * 1000000 / div;
	}
	if (v <= 0 || v > ACTION_COST_MAX)
		goto bad;
	*out = v;
	return 0;
bad:
	return err_set(e, "Kostnaden «%s» er ikke et beløp i hele kroner. Skriv for eksempel 250000, "
		       "250 000 eller 1,5 mill.", s ? s : "");
}

int action_year_parse(const char *s, int *out, struct err *e)
{
	const char *p = s ? s : "";
	int v = 0, n = 0;
	*out = 0;
	while (*p == ' ')
		p++;
	if (none_word(p))
		return 0;
	for (; *p >= '0' && *p <= '9' && n < 5; p++, n++)
		v = v * 10 + (*p - '0');
	while (*p == ' ')
		p++;
	if (*p || n != 4 || v < 2000 || v > 2100)
		return err_set(e, "Budsjettåret «%s» er ikke et år mellom 2000 og 2100.", s);
	*out = v;
	return 0;
}

int action_cost_set(struct action *x, const char *cost, const char *year, struct err *e)
{
	int64_t c = x->cost_nok;
	int y = x->cost_year;
	if ((cost && action_cost_parse(cost, &c, e) < 0) || (year && action_year_parse(year, &y, e) < 0))
		return -1;
	if (!c && !year)
		y = 0;
	x->cost_nok = c;
	x->cost_year = y;
	return 0;
}

int action_cost_year(const struct action *x)
{
	int y, m, d;
	if (x->cost_year)
		return x->cost_year;
	if (x->due == DATE_NONE)
		return 0;
	date_to_ymd(x->due, &y, &m, &d);
	return y;
}

int action_check(const struct action *a, struct err *e)
{
	if (a->cost_nok < 0 || a->cost_nok > ACTION_COST_MAX)
		return err_set(e, "Kostnaden må være et beløp mellom 1 krone og 100 milliarder.");
	if (a->cost_year && (a->cost_year < 2000 || a->cost_year > 2100))
		return err_set(e, "Budsjettåret må være mellom 2000 og 2100.");
	if (a->cost_year && !a->cost_nok)
		return err_set(e, "Et budsjettår hører til en kostnad: skriv kostnaden også.");
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
