/* finding.c: see finding.h. */
#include "model/finding.h"

#include <string.h>

#include "model/assess.h"
#include "util/date.h"
#include "util/i18n.h"

static const struct finding_rule rules[] = {
	{ "ustottet-produkt", "3c", "2.3", SEV_HOY, N_("Programvare uten støtte"),
	  N_("Produsenten retter ikke lenger sikkerhetshull i denne utgaven, så nye sårbarheter "
	     "blir stående åpne."),
	  N_("Oppgrader til en støttet utgave, eller isoler systemet og lag en plan for utfasing.") },
	{ "stotte-slutter", "3c", "2.3", SEV_MIDDELS, N_("Støtten slutter innen seks måneder"),
	  N_("Etter datoen kommer det ikke flere sikkerhetsoppdateringer."),
	  N_("Planlegg og budsjetter oppgraderingen nå.") },
	{ "kjent-utnyttet", "3d", "2.3", SEV_HOY, N_("Produktet har sårbarheter som utnyttes"),
	  N_("CISA har sett angripere utnytte sårbarheter i dette produktet; noen brukes av "
	     "løsepengevirus."),
	  N_("Sjekk at systemet har oppdateringene CISA viser til, og følg tiltakene i KEV-katalogen.") },
	{ "tiltak-forfalt", "", "", SEV_MIDDELS, N_("Tiltak over fristen"),
	  N_("Et tiltak i tiltaksplanen har passert fristen uten å være utført."),
	  N_("Gjør tiltaket ferdig, eller sett en ny frist med en begrunnelse.") },
};

const struct finding_rule *finding_rules(size_t *n)
{
	*n = sizeof(rules) / sizeof(rules[0]);
	return rules;
}

const struct finding_rule *finding_rule(const char *id)
{
	for (size_t i = 0; i < sizeof(rules) / sizeof(rules[0]); i++)
		if (strcmp(rules[i].id, id) == 0)
			return &rules[i];
	return NULL;
}

static int hit(struct arena *a, struct finding_hit **out, size_t *n, size_t *cap, const char *rule,
	       const char *object, const char *name, enum severity sev, const char *detail, struct err *e)
{
	struct finding_hit *h = arena_push(a, (void **)out, n, cap, sizeof(*h));
	if (!h || !object || !detail)
		return err_set(e, "Tom for minne.");
	*h = (struct finding_hit){ rule, object, name, sev, detail };
	return 0;
}

int check_run(struct arena *a, const struct check_input *in, struct finding_hit **out, size_t *n,
	      struct err *e)
{
	size_t cap = 0;
	char day[DATE_TEXT];
	*out = NULL;
	*n = 0;
	for (size_t i = 0; i < in->n_systems; i++) {
		const struct check_system *s = &in->systems[i];
		const char *obj = arena_printf(a, "system:%lld", (long long)s->id);
		day[0] = '\0';
		if (s->life_end != LIFE_NEVER && s->life_end != LIFE_ENDED)
			date_format(s->life_end, day);
		/* exposed to the internet, an unsupported system is the door left open */
		if (s->life == LIFE_UNSUPPORTED &&
		    hit(a, out, n, &cap, "ustottet-produkt", obj, s->name, s->internet_exposed ? SEV_KRITISK : SEV_HOY,
			arena_printf(a, "%s: støtten sluttet %s%s.", s->release, day[0] ? day : "for lenge siden",
				     s->internet_exposed ? "; systemet er eksponert mot internett" : ""), e) < 0)
			return -1;
		if (s->life == LIFE_ENDING &&
		    hit(a, out, n, &cap, "stotte-slutter", obj, s->name, SEV_MIDDELS,
			arena_printf(a, "%s: støtten slutter %s.", s->release, day), e) < 0)
			return -1;
		if (s->kev > 0 &&
		    hit(a, out, n, &cap, "kjent-utnyttet", obj, s->name, s->kev_ransomware ? SEV_KRITISK : SEV_HOY,
			arena_printf(a, "%s: %d kjente utnyttede sårbarheter (for eksempel %s), %d av dem brukt "
				     "av løsepengevirus.", s->release, s->kev, s->kev_example ? s->kev_example : "?",
				     s->kev_ransomware), e) < 0)
			return -1;
	}
	for (size_t i = 0; i < in->n_actions; i++) {
		const struct action *x = &in->actions[i];
		if (x->due == DATE_NONE || x->due >= in->today ||
		    (x->status != ACTION_APEN && x->status != ACTION_PAGAR))
			continue;
		date_format(x->due, day);
		if (hit(a, out, n, &cap, "tiltak-forfalt", arena_printf(a, "tiltak:%d", x->no),
			arena_printf(a, "T-%d", x->no), x->priority == PRIORITY_HOY ? SEV_HOY : SEV_MIDDELS,
			arena_printf(a, "T-%d «%s» hadde frist %s (%d dager siden)%s.", x->no,
				     x->title ? x->title : x->measure_id ? x->measure_id : "", day,
				     (int)(in->today - x->due), x->owner ? "" : "; ingen ansvarlig"), e) < 0)
			return -1;
	}
	return 0;
}

int severity_days(enum severity s)
{
	static const int days[SEV_COUNT] = { 180, 90, 30, 7 };
	return (unsigned)s < SEV_COUNT ? days[s] : 30;
}

int finding_reconcile(struct arena *a, const struct finding *have, size_t n_have,
		      const struct finding_hit *hits, size_t n_hits, int32_t today,
		      struct finding_change **out, size_t *n, struct err *e)
{
	size_t cap = 0;
	bool *seen = arena_alloc(a, (n_have + 1) * sizeof(bool));
	*out = NULL;
	*n = 0;
	if (!seen)
		return err_set(e, "Tom for minne.");
	for (size_t h = 0; h < n_hits; h++) {
		size_t f = n_have;
		for (size_t i = 0; i < n_have && f == n_have; i++)
			if (strcmp(have[i].rule, hits[h].rule) == 0 && strcmp(have[i].object, hits[h].object) == 0)
				f = i;
		struct finding_change *c = arena_push(a, (void **)out, n, &cap, sizeof(*c));
		if (!c)
			return err_set(e, "Tom for minne.");
		*c = (struct finding_change){ FC_SEEN, f, h, today + severity_days(hits[h].severity) };
		if (f == n_have) {
			c->kind = FC_NEW;
			continue;
		}
		seen[f] = true;
		/* resolved by a person while the rule still fires, or an acceptance run out */
		if (have[f].status == FINDING_LOST ||
		    (have[f].status == FINDING_AKSEPTERT && have[f].accepted_until < today))
			c->kind = FC_REOPEN;
	}
	for (size_t i = 0; i < n_have; i++) {
		if (seen[i] || have[i].status == FINDING_LOST)
			continue;
		struct finding_change *c = arena_push(a, (void **)out, n, &cap, sizeof(*c));
		if (!c)
			return err_set(e, "Tom for minne.");
		*c = (struct finding_change){ FC_CLOSE, i, 0, DATE_NONE };
	}
	return 0;
}

bool finding_open(enum finding_status s)
{
	return s == FINDING_NY || s == FINDING_KVITTERT || s == FINDING_PAGAR;
}

int finding_transition(const struct finding *f, enum finding_status to, const char *reason,
		       int32_t until, int32_t today, struct err *e)
{
	if (!finding_open(f->status) && !(to == FINDING_LOST && f->status == FINDING_AKSEPTERT))
		return err_set(e, "F-%d er %s; bare åpne funn kan endres.", f->no, finding_status_code(f->status));
	if (to == FINDING_NY)
		return err_set(e, "Et funn settes tilbake til ny bare av kontrollen.");
	if (to == f->status)
		return err_set(e, "F-%d er allerede %s.", f->no, finding_status_code(to));
	if (to == FINDING_KVITTERT && f->status != FINDING_NY)
		return err_set(e, "F-%d er allerede kvittert for.", f->no);
	if (to == FINDING_AKSEPTERT) {
		if (!reason || !*reason)
			return err_set(e, "Å akseptere risikoen krever en begrunnelse.");
		if (until == DATE_NONE || until <= today)
			return err_set(e, "Å akseptere risikoen krever en utløpsdato etter i dag.");
		if (until > today + 366)
			return err_set(e, "En risiko kan aksepteres for høyst ett år om gangen.");
	}
	return 0;
}

int severity_parse(const char *s, enum severity *out, struct err *e)
{
	static const char *const codes[SEV_COUNT] = { "lav", "middels", "høy", "kritisk" };
	for (int i = 0; i < SEV_COUNT; i++)
		if (s && strcmp(s, codes[i]) == 0)
			return *out = (enum severity)i, 0;
	return err_set(e, "Ukjent alvorlighet «%s».", s ? s : "");
}

const char *severity_code(enum severity s)
{
	static const char *const codes[SEV_COUNT] = { N_("lav"), N_("middels"), N_("høy"), N_("kritisk") };
	return (unsigned)s < SEV_COUNT ? codes[s] : "?";
}

static const char *const status_codes[FINDING_STATUS_COUNT] = {
	N_("ny"), N_("kvittert"), N_("pågår"), N_("løst"), N_("akseptert"),
};

const char *finding_status_code(enum finding_status s)
{
	return (unsigned)s < FINDING_STATUS_COUNT ? status_codes[s] : "?";
}

int finding_status_parse(const char *s, enum finding_status *out, struct err *e)
{
	for (int i = 0; i < FINDING_STATUS_COUNT; i++)
		if (s && strcmp(s, status_codes[i]) == 0)
			return *out = (enum finding_status)i, 0;
	return err_set(e, "Ukjent status for funn «%s».", s ? s : "");
}
