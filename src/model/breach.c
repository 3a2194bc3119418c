/* model/breach.c: see breach.h. */
#include "model/breach.h"

#include <string.h>
#include <strings.h>

#include "util/date.h"
#include "util/i18n.h"

#define L(s) i18n_tr(lang, s)

/* The entries of the log of these kinds, one per line with their time, as Markdown. */
static const char *entries(struct arena *a, const struct incident *x, const char *k1, const char *k2)
{
	const char *out = NULL;
	for (size_t i = 0; i < x->n_entries; i++) {
		const struct incident_entry *en = &x->entries[i];
		if (strcmp(en->kind, k1) != 0 && (!k2 || strcmp(en->kind, k2) != 0))
			continue;
		char t[DATE_LOCAL_TEXT];
		date_local_format(en->at, t);
		const char *line = arena_printf(a, "- %s: %s", t, en->text);
		out = out ? arena_printf(a, "%s\n%s", out, line) : line;
	}
	return out;
}

/* The plan's data protection officer: "Name, phone". */
static const char *officer(struct arena *a, const struct prep_plan *p)
{
	for (size_t i = 0; p && i < p->n_roles; i++) {
		const struct prep_role *r = &p->roles[i];
		if (r->role && strcasecmp(r->role, "Personvernombud") == 0 && r->person && *r->person)
			return r->phone ? arena_printf(a, "%s, %s", r->person, r->phone) : r->person;
	}
	return NULL;
}

static const char *join_services(struct arena *a, const struct breach_input *in, bool special_only)
{
	const char *out = NULL;
	for (size_t i = 0; i < in->n_services; i++) {
		const struct breach_service *s = &in->services[i];
		if (!s->personal_data || (special_only && !s->special_categories))
			continue;
		out = out ? arena_printf(a, "%s, %s", out, s->name) : s->name;
	}
	return out;
}

int breach_build(struct arena *a, enum lang lang, const struct breach_input *in, struct breach_notice *out,
		 struct err *e)
{
	const struct incident *x = in->incident;
	memset(out, 0, sizeof(*out));
	out->in = in;
	bool any_personal = x->personal_data;
	for (size_t i = 0; i < in->n_services; i++) {
		any_personal |= in->services[i].personal_data;
		out->special |= in->services[i].special_categories;
	}
	if (!any_personal)
		return err_set(e, "Hendelse H-%d er ikke registrert med personopplysninger, og ingen av systemene har "
			       "tjenester med personopplysninger: det er ikke noe å melde til Datatilsynet.", x->no);
	if (date_timestamp_parse(x->aware_at ? x->aware_at : x->declared_at, &out->aware_epoch) < 0)
		return err_set(e, "Hendelse H-%d har ikke noe gyldig tidspunkt for når kommunen ble kjent med den.", x->no);
	out->deadline_epoch = out->aware_epoch + BREACH_HOURS * 3600LL;
	out->left_minutes = (out->deadline_epoch - in->now_epoch) / 60;
	for (size_t i = 0; i < x->n_notices; i++)
		if (strcmp(x->notices[i].receiver, "datatilsynet") == 0) {
			out->notified = true;
			out->notified_at = x->notices[i].notified_at;
		}

	struct breach_field *f = out->fields;
	const char *people = join_services(a, in, false), *special = join_services(a, in, true);
	const char *systems = NULL;
	for (size_t i = 0; i < in->n_systems; i++)
		systems = systems ? arena_printf(a, "%s, %s", systems, in->systems[i]) : in->systems[i];
	char aware[DATE_LOCAL_TEXT], declared[DATE_LOCAL_TEXT];
	date_local_format(x->aware_at ? x->aware_at : x->declared_at, aware);
	date_local_format(x->declared_at, declared);
	const char *seen = entries(a, x, "observasjon", NULL);

	f[BF_CONTROLLER] = (struct breach_field){ N_("Behandlingsansvarlig"),
						  arena_printf(a, L("%s, org.nr. %s"), in->tenant->name, in->tenant->orgnr),
						  NULL, false };
	f[BF_CONTACT] = (struct breach_field){ N_("Kontaktpunkt (personvernombud)"), officer(a, in->plan),
					       N_("Navn, telefon og e-post til personvernombudet eller den som svarer "
						  "Datatilsynet."), false };
	f[BF_WHAT] = (struct breach_field){ N_("Hva skjedde"),
					    seen ? arena_printf(a, "%s\n\n%s", x->title, seen)
						 : (systems ? arena_printf(a, L("%s. Systemer som er rammet: %s."), x->title, systems)
							    : x->title),
					    N_("Beskriv bruddet: hva som ble lest, endret, slettet eller gjort utilgjengelig, "
					       "og hvordan."), true };
	if (seen && systems)
		f[BF_WHAT].text = arena_printf(a, L("%s\n\nSystemer som er rammet: %s."), f[BF_WHAT].text, systems);
	f[BF_WHEN] = (struct breach_field){ N_("Når bruddet skjedde"), NULL,
					    N_("Når bruddet startet og om det pågår (ofte før kommunen ble kjent med det)."),
					    false };
	f[BF_DISCOVERED] = (struct breach_field){ N_("Når kommunen ble kjent med bruddet"),
						  arena_printf(a, L("%s (hendelsen erklært %s)"), aware, declared), NULL, false };
	f[BF_DATA] = (struct breach_field){ N_("Kategorier av personopplysninger"),
					    special ? arena_printf(a, L("Personopplysninger, også særlige kategorier (for "
									"eksempel helse) i: %s."), special)
						    : people ? arena_printf(a, L("Personopplysninger i: %s."), people) : NULL,
					    N_("Hvilke opplysninger: navn, fødselsnummer, kontaktopplysninger, helse, "
					       "barnevern, økonomi …"), false };
	f[BF_PEOPLE] = (struct breach_field){ N_("Kategorier av registrerte"),
					      people ? arena_printf(a, L("Innbyggere og ansatte som er registrert i tjenestene: "
									 "%s."), people) : NULL,
					      N_("Hvem opplysningene gjelder: brukere av tjenestene, barn, pasienter, "
						 "ansatte …"), false };
	f[BF_NUMBER] = (struct breach_field){ N_("Omtrentlig antall registrerte og oppføringer"), NULL,
					      N_("Et anslag er nok; si hvordan det er regnet."), false };
	f[BF_CONSEQUENCES] = (struct breach_field){ N_("Sannsynlige konsekvenser for de registrerte"),
						    out->special ? L("Særlige kategorier av personopplysninger er berørt: "
								     "risikoen for de registrerte er trolig høy (for "
								     "eksempel at helseopplysninger blir kjent eller "
								     "misbrukt). Vurder og utdyp.")
								 : NULL,
						    N_("Hva bruddet kan føre til: identitetstyveri, svindel, at helse- eller "
						       "barnevernsopplysninger blir kjent, at tjenester ikke kan gis …"),
						    false };
	f[BF_DONE] = (struct breach_field){ N_("Tiltak som er truffet"), entries(a, x, "beslutning", "oppgave"),
					    N_("Hva kommunen har gjort for å stanse bruddet og begrense skadene."), true };
	f[BF_PLANNED] = (struct breach_field){ N_("Tiltak som er planlagt"), NULL,
					       N_("Hva kommunen vil gjøre, og når."), false };
	f[BF_INFORM] = (struct breach_field){ N_("Informasjon til de registrerte (art. 34)"), NULL,
					      out->special ? N_("Ved høy risiko skal de registrerte varsles uten ugrunnet "
								"opphold: skriv om, når og hvordan.")
							   : N_("Skriv om de registrerte varsles, og hvorfor eller hvorfor ikke."),
					      false };
	for (int i = 0; i < BF_COUNT; i++)
		out->to_write += !f[i].text || !*f[i].text;
	return 0;
}
