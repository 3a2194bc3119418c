/* prep.c: see prep.h. */
#include "model/prep.h"

#include <string.h>
#include <strings.h>

#include "model/assess.h"
#include "util/date.h"
#include "util/i18n.h"
#include "util/valid.h"

static const char *const kinds[PREP_KINDS] = { "plan", "kontakter", "ovelser", "forsikring", "kompetanse" };

const char *prep_kind_code(enum prep_kind k)
{
	return (unsigned)k < PREP_KINDS ? kinds[k] : "?";
}

int prep_kind_parse(const char *s, enum prep_kind *out, struct err *e)
{
	for (int i = 0; i < PREP_KINDS; i++)
		if (s && strcmp(s, kinds[i]) == 0)
			return *out = (enum prep_kind)i, 0;
	return err_set(e, "Ukjent del av beredskapen «%.40s».", s ? s : "");
}

static const char *const covers[PREP_COVERS][2] = {
	{ "hendelseshandtering", N_("Hendelseshåndtering") },
	{ "etterforskning", N_("Digital etterforskning") },
	{ "gjenoppretting", N_("Gjenoppretting av data") },
	{ "driftsavbrudd", N_("Driftsavbrudd") },
	{ "utpressing", N_("Utpressing (løsepenger)") },
	{ "ansvar", N_("Ansvar overfor andre") },
	{ "varsling", N_("Varslingskostnader") },
	{ "juridisk", N_("Juridisk bistand") },
};

const char *prep_cover_code(int i)
{
	return i >= 0 && i < PREP_COVERS ? covers[i][0] : NULL;
}

const char *prep_cover_label(int i)
{
	return i >= 0 && i < PREP_COVERS ? covers[i][1] : "?";
}

static const char *const avail[AVAIL_COUNT][3] = {
	{ "døgnet", "24/7", N_("Hele døgnet") },
	{ "kontortid", "office-hours", N_("I kontortiden") },
	{ "avtale", "by-agreement", N_("Etter avtale") },
};

int prep_availability_parse(const char *s, enum prep_availability *out, struct err *e)
{
	for (int i = 0; i < AVAIL_COUNT; i++)
		if (s && (strcmp(s, avail[i][0]) == 0 || strcmp(s, avail[i][1]) == 0))
			return *out = (enum prep_availability)i, 0;
	return err_set(e, "Ukjent tilgjengelighet «%.40s»; gyldige er døgnet, kontortid og avtale.", s ? s : "");
}

const char *prep_availability_code(enum prep_availability a)
{
	return (unsigned)a < AVAIL_COUNT ? avail[a][0] : "avtale";
}

const char *prep_availability_label(enum prep_availability a)
{
	return (unsigned)a < AVAIL_COUNT ? avail[a][2] : "?";
}

static int text(const char *what, size_t i, const char *field, const char *s, size_t max, bool multiline,
		bool required, struct err *e)
{
	if (valid_text(field, s, max, multiline, required, e) < 0)
		return err_prefix(e, "%s %zu", what, i + 1);
	return 0;
}

static int past(const char *what, size_t i, const char *field, int32_t d, int32_t today, struct err *e)
{
	if (d != DATE_NONE && d > today)
		return err_set(e, "%s %zu: %s kan ikke ligge fram i tid.", what, i + 1, field);
	return 0;
}

int prep_plan_check(const struct prep_plan *p, struct err *e)
{
	if (p->n_roles > PREP_ITEMS_MAX || p->n_cards > PREP_ITEMS_MAX)
		return err_set(e, "Planen har for mange roller eller tiltakskort (høyst %d).", PREP_ITEMS_MAX);
	if (valid_text("Når planen aktiveres", p->activation, PREP_TEXT_MAX, true, false, e) < 0)
		return -1;
	if (p->review_months < 1 || p->review_months > 36)
		return err_set(e, "Planen må gjennomgås minst hvert 36. måned.");
	for (size_t i = 0; i < p->n_roles; i++) {
		const struct prep_role *r = &p->roles[i];
		if (text("Rolle", i, "Rolle", r->role, VALID_NAME_MAX, false, true, e) < 0 ||
		    text("Rolle", i, "Person", r->person, VALID_NAME_MAX, false, false, e) < 0 ||
		    text("Rolle", i, "Stedfortreder", r->deputy, VALID_NAME_MAX, false, false, e) < 0 ||
		    text("Rolle", i, "Telefon", r->phone, 60, false, false, e) < 0)
			return -1;
	}
	for (size_t i = 0; i < p->n_cards; i++) {
		const struct prep_card *c = &p->cards[i];
		if (text("Tiltakskort", i, "Scenario", c->scenario, 60, false, true, e) < 0 ||
		    text("Tiltakskort", i, "Tittel", c->title, VALID_NAME_MAX, false, true, e) < 0 ||
		    text("Tiltakskort", i, "Første time", c->first_hour, PREP_TEXT_MAX, true, false, e) < 0 ||
		    text("Tiltakskort", i, "Hvem gjør hva", c->who, PREP_TEXT_MAX, true, false, e) < 0 ||
		    text("Tiltakskort", i, "Varsling", c->notify, PREP_TEXT_MAX, true, false, e) < 0 ||
		    text("Tiltakskort", i, "Til de ansatte", c->staff, PREP_TEXT_MAX, true, false, e) < 0 ||
		    text("Tiltakskort", i, "Til innbyggerne", c->public_text, PREP_TEXT_MAX, true, false, e) < 0)
			return -1;
		for (size_t j = 0; j < i; j++)
			if (strcmp(p->cards[j].scenario, c->scenario) == 0)
				return err_set(e, "Tiltakskort %zu: scenarioet «%s» har allerede et kort.", i + 1, c->scenario);
	}
	return 0;
}

static bool one_of(const char *s, const char *const *list, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s && strcmp(s, list[i]) == 0)
			return true;
	return false;
}

int prep_contacts_check(const struct prep_contacts *c, int32_t today, struct err *e)
{
	static const char *const kinds_c[] = { "intern", "leverandor", "ekstern" };
	if (c->n > PREP_ITEMS_MAX)
		return err_set(e, "For mange kontakter (høyst %d).", PREP_ITEMS_MAX);
	for (size_t i = 0; i < c->n; i++) {
		const struct prep_contact *x = &c->items[i];
		if (text("Kontakt", i, "Navn", x->name, VALID_NAME_MAX, false, true, e) < 0 ||
		    text("Kontakt", i, "Organisasjon", x->org, VALID_NAME_MAX, false, false, e) < 0 ||
		    text("Kontakt", i, "Rolle i en krise", x->crisis_role, VALID_TEXT_MAX, false, false, e) < 0 ||
		    text("Kontakt", i, "Telefon", x->phone, 60, false, false, e) < 0 ||
		    text("Kontakt", i, "Telefon 2", x->phone2, 60, false, false, e) < 0 ||
		    text("Kontakt", i, "E-post", x->email, 200, false, false, e) < 0 ||
		    text("Kontakt", i, "Ressurser", x->resources, VALID_TEXT_MAX, true, false, e) < 0 ||
		    text("Kontakt", i, "Avtale", x->contract, VALID_NAME_MAX, false, false, e) < 0 ||
		    past("Kontakt", i, "Datoen den ble bekreftet", x->verified_on, today, e) < 0)
			return -1;
		if (!one_of(x->kind, kinds_c, 3))
			return err_set(e, "Kontakt %zu: typen må være intern, leverandor eller ekstern.", i + 1);
		if ((unsigned)x->availability >= AVAIL_COUNT)
			return err_set(e, "Kontakt %zu: ukjent tilgjengelighet.", i + 1);
		for (size_t j = 0; j < i; j++)
			if (strcmp(c->items[j].name, x->name) == 0)
				return err_set(e, "Kontakt %zu: «%s» finnes allerede.", i + 1, x->name);
	}
	return 0;
}

int prep_exercises_check(const struct prep_exercises *x, int32_t today, struct err *e)
{
	static const char *const kinds_x[] = { "diskusjon", "spill", "funksjon", "fullskala" };
	if (x->n > PREP_ITEMS_MAX)
		return err_set(e, "For mange øvelser (høyst %d).", PREP_ITEMS_MAX);
	for (size_t i = 0; i < x->n; i++) {
		const struct prep_exercise *o = &x->items[i];
		if (!one_of(o->kind, kinds_x, 4))
			return err_set(e, "Øvelse %zu: typen må være diskusjon, spill, funksjon eller fullskala.", i + 1);
		if (o->date == DATE_NONE)
			return err_set(e, "Øvelse %zu: mangler dato.", i + 1);
		if (o->held && o->date > today)
			return err_set(e, "Øvelse %zu: en gjennomført øvelse kan ikke ligge fram i tid.", i + 1);
		if (text("Øvelse", i, "Scenario", o->scenario, VALID_TEXT_MAX, false, true, e) < 0 ||
		    text("Øvelse", i, "Deltakere", o->participants, VALID_TEXT_MAX, true, false, e) < 0 ||
		    text("Øvelse", i, "Observasjoner", o->observations, PREP_TEXT_MAX, true, false, e) < 0)
			return -1;
		if (o->n_lessons > 100)
			return err_set(e, "Øvelse %zu: for mange læringspunkter.", i + 1);
		/* lessons are learnt from an exercise that was held, not from a plan */
		if (o->n_lessons && !o->held)
			return err_set(e, "Øvelse Ø-%d er ikke holdt ennå; læringspunkter kan først føres når den er "
				       "gjennomført.", o->no);
		for (size_t k = 0; k < o->n_lessons; k++)
			if (valid_text("Læringspunkt", o->lessons[k].text, VALID_TEXT_MAX, true, true, e) < 0)
				return err_prefix(e, "Øvelse %zu", i + 1);
		for (size_t j = 0; j < i; j++)
			if (x->items[j].no == o->no)
				return err_set(e, "Øvelse %zu: nummeret Ø-%d er brukt.", i + 1, o->no);
	}
	return 0;
}

int prep_insurances_check(const struct prep_insurances *x, struct err *e)
{
	if (x->n > 50)
		return err_set(e, "For mange forsikringer og tilbud (høyst 50).");
	for (size_t i = 0; i < x->n; i++) {
		const struct prep_insurance *p = &x->items[i];
		if (text("Forsikring", i, "Navn", p->name, VALID_NAME_MAX, false, true, e) < 0 ||
		    text("Forsikring", i, "Selskap", p->insurer, VALID_NAME_MAX, false, true, e) < 0 ||
		    text("Forsikring", i, "Unntak", p->exclusions, PREP_TEXT_MAX, true, false, e) < 0 ||
		    text("Forsikring", i, "Skadetelefon", p->incident_line, 60, false, false, e) < 0)
			return -1;
		if (p->premium < -1 || p->deductible < -1 || p->limit < -1)
			return err_set(e, "Forsikring %zu: beløp kan ikke være negative.", i + 1);
		if (p->from != DATE_NONE && p->to != DATE_NONE && p->to < p->from)
			return err_set(e, "Forsikring %zu: perioden slutter før den begynner.", i + 1);
		for (int k = 0; k < PREP_COVERS; k++)
			if (p->cover[k] < COVER_NONE)
				return err_set(e, "Forsikring %zu: ugyldig dekning.", i + 1);
		if (p->notify_hours < 0 || p->notify_hours > 24 * 90)
			return err_set(e, "Forsikring %zu: fristen for å melde skade må være fra 0 til %d timer.", i + 1,
				       24 * 90);
		for (size_t k = 0; k < p->n_conditions; k++)
			if (valid_text("Vilkår", p->conditions[k].text, VALID_TEXT_MAX, false, true, e) < 0)
				return err_prefix(e, "Forsikring %zu", i + 1);
		for (size_t j = 0; j < i; j++)
			if (strcmp(x->items[j].name, p->name) == 0)
				return err_set(e, "Forsikring %zu: «%s» finnes allerede.", i + 1, p->name);
	}
	return 0;
}

/* code, label, the KS measure that asks for it */
static const char *const areas[PREP_AREAS][3] = {
	{ "hendelseshandtering", N_("Håndtere en hendelse"), "4c" },
	{ "gjenoppretting", N_("Gjenopprette systemer"), "4c" },
	{ "etterforskning", N_("Digital etterforskning"), "4c" },
	{ "personvernbrudd", N_("Håndtere brudd på personopplysningssikkerheten"), "4c" },
	{ "revisjon", N_("Revidere sikkerheten i IT-infrastruktur og systemer"), "1a" },
	{ "informasjonssikkerhet", N_("Informasjonssikkerhet, rapportert til ledelsen"), "5b" },
	{ "personvern", N_("Personvern, rapportert til ledelsen"), "5b" },
};

const char *prep_area_code(int i)
{
	return i >= 0 && i < PREP_AREAS ? areas[i][0] : NULL;
}

const char *prep_area_label(int i)
{
	return i >= 0 && i < PREP_AREAS ? areas[i][1] : "?";
}

const char *prep_area_measure(int i)
{
	return i >= 0 && i < PREP_AREAS ? areas[i][2] : NULL;
}

int prep_area_covered_for(const struct prep_competences *c, const char *measure, int *areas_of)
{
	int covered = 0;
	*areas_of = 0;
	for (int i = 0; i < PREP_AREAS; i++)
		if (strcmp(areas[i][2], measure) == 0) {
			++*areas_of;
			covered += prep_area_covered(c, areas[i][0]);
		}
	return covered;
}

bool prep_area_covered(const struct prep_competences *c, const char *area)
{
	for (size_t i = 0; i < c->n; i++)
		if (strcmp(c->items[i].area, area) == 0)
			return true;
	return false;
}

int prep_competences_check(const struct prep_competences *x, int32_t today, struct err *e)
{
	const char *codes[PREP_AREAS];
	for (int k = 0; k < PREP_AREAS; k++)
		codes[k] = areas[k][0];
	for (size_t i = 0; i < x->n && i <= PREP_ITEMS_MAX; i++) {
		if (!one_of(x->items[i].area, codes, PREP_AREAS))
			return err_set(e, "Kompetanse %zu: området må være hendelseshandtering, gjenoppretting, "
				       "etterforskning, personvernbrudd (4c), revisjon (1a), informasjonssikkerhet eller "
				       "personvern (5b).", i + 1);
		if (text("Kompetanse", i, "Hvem", x->items[i].who, VALID_NAME_MAX, false, true, e) < 0 ||
		    past("Kompetanse", i, "Opplæringen", x->items[i].trained_on, today, e) < 0)
			return -1;
	}
	return x->n > PREP_ITEMS_MAX ? err_set(e, "For mange oppføringer (høyst %d).", PREP_ITEMS_MAX) : 0;
}

const struct prep_card *prep_card_find(const struct prep_plan *p, const char *scenario)
{
	for (size_t i = 0; i < p->n_cards; i++)
		if (scenario && strcmp(p->cards[i].scenario, scenario) == 0)
			return &p->cards[i];
	return NULL;
}

bool prep_contact_stale(const struct prep_contact *c, int32_t today, int days)
{
	return c->verified_on == DATE_NONE || today - c->verified_on > days;
}

const struct prep_exercise *prep_last_exercise(const struct prep_exercises *x)
{
	const struct prep_exercise *last = NULL;
	for (size_t i = 0; i < x->n; i++)
		if (x->items[i].held && (!last || x->items[i].date > last->date))
			last = &x->items[i];
	return last;
}

int prep_exercise_next_no(const struct prep_exercises *x)
{
	int no = 0;
	for (size_t i = 0; i < x->n; i++)
		if (x->items[i].no > no)
			no = x->items[i].no;
	return no + 1;
}

int32_t prep_plan_due(const struct prep_plan *p)
{
	int y, m, d;
	if (p->reviewed_on == DATE_NONE)
		return DATE_NONE;
	date_to_ymd(p->reviewed_on, &y, &m, &d);
	m += p->review_months;
	y += (m - 1) / 12;
	m = (m - 1) % 12 + 1;
	return date_from_ymd(y, m, d > 28 ? 28 : d);
}

bool prep_condition_unmet(const struct prep_condition *c, const struct answer *ans, size_t n_ans,
			  const struct finding *f, size_t n_f)
{
	if (c->measure) {
		const struct answer *a = answer_find(ans, n_ans, c->measure);
		if (!a || a->status != STATUS_JA)
			return true;
	}
	if (c->rule)
		for (size_t i = 0; i < n_f; i++)
			if (finding_open(f[i].status) && strcmp(f[i].rule, c->rule) == 0)
				return true;
	return false;
}

static const struct {
	const char *code, *label;
} receivers[PREP_RECEIVERS] = {
	{ "datatilsynet", N_("Datatilsynet") }, { "nsm", N_("NSM") }, { "politiet", N_("Politiet") },
	{ "kommunecert", N_("KommuneCERT") }, { "forsikring", N_("Forsikringsselskapet") },
	{ "statsforvalteren", N_("Statsforvalteren") }, { "kontakt", N_("En registrert kontakt") },
};

const char *prep_receiver_code(int i)
{
	return i >= 0 && i < PREP_RECEIVERS ? receivers[i].code : "";
}

const char *prep_receiver_label(int i)
{
	return i >= 0 && i < PREP_RECEIVERS ? receivers[i].label : "";
}

int prep_receiver_parse(const char *code, struct err *e)
{
	for (int i = 0; code && i < PREP_RECEIVERS; i++)
		if (strcmp(code, receivers[i].code) == 0)
			return i;
	err_set(e, "Ukjent mottaker «%.40s»; gyldige er datatilsynet, nsm, politiet, kommunecert, forsikring, "
		"statsforvalteren og kontakt.", code ? code : "");
	return -1;
}

void prep_incident_clocks(bool personal_data, bool essential, long long aware_epoch, long long now_epoch,
			  const char *const *notified, size_t n_notified, struct prep_clock out[2])
{
	out[0] = (struct prep_clock){ "Datatilsynet", "datatilsynet", 72, personal_data, false, 0 };
	out[1] = (struct prep_clock){ "NSM", "nsm", 24, essential, false, 0 };
	for (int k = 0; k < 2; k++) {
		for (size_t i = 0; i < n_notified; i++)
			out[k].done = out[k].done || strcmp(notified[i], out[k].code) == 0;
		out[k].left_minutes = (aware_epoch + out[k].hours * 3600LL - now_epoch) / 60;
	}
}
