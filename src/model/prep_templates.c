/* prep_templates.c: the contingency plan a municipality starts from (prep.h): the crisis
 * organisation and one action card per scenario the KS letter and the Østre Toten
 * report name. The text is a starting point to adapt, not a plan by itself: every card
 * says so, and the plan counts as reviewed only when someone has reviewed it. The
 * notification deadlines are those of domain.md (GDPR art. 33, digitalsikkerhetsloven). */
#include "model/prep.h"

#include "model/assess.h"

#define NOTIFY_COMMON                                                                              \
	"- **KommuneCERT** (Norsk helsenett): straks, for råd og for å varsle andre kommuner.\n"          \
	"- **NSM NCSC**: innen 24 timer når en samfunnsviktig tjeneste (for eksempel vannforsyning) er "   \
	"rammet (digitalsikkerhetsloven); ellers så snart som mulig.\n"                                   \
	"- **Datatilsynet**: innen 72 timer hvis personopplysninger kan være på avveie eller "              \
	"utilgjengelige (personvernforordningen art. 33). Personvernombudet vurderer.\n"                   \
	"- **Politiet**: anmeld; 112 hvis liv og helse er truet.\n"                                          \
	"- **Forsikringsselskapets skadetelefon**: innen fristen i polisen, før kostnader påløper.\n"          \
	"- **Statsforvalteren** når tjenester til innbyggerne rammes.\n"

static const struct prep_role roles[] = {
	{ "Kriseleder", NULL, NULL, NULL },
	{ "IKT-leder", NULL, NULL, NULL },
	{ "Kommunikasjonsansvarlig", NULL, NULL, NULL },
	{ "Personvernombud", NULL, NULL, NULL },
	{ "Loggfører", NULL, NULL, NULL },
};

static const struct prep_card cards[] = {
	{ "losepengevirus", "Løsepengevirus",
	  "1. **Isoler**: koble berørte maskiner fra nettet (nettverkskabel ut, ikke slå av: minnet er bevis).\n"
	  "2. **Stans spredningen**: steng VPN og fjerntilgang, sperr kontoer som kan være kompromittert.\n"
	  "3. **Beskytt sikkerhetskopiene**: koble fra eller lås kopiene før de også krypteres.\n"
	  "4. **Varsle kriseleder** og aktiver beredskapsplanen; start hendelsesloggen (klokkeslett for alt).\n"
	  "5. **Ring KommuneCERT** og IT-leverandørens hendelseslinje.\n"
	  "6. **Ikke betal** og ikke ta kontakt med angriperne uten råd fra politi og KommuneCERT.\n"
	  "7. Ta i bruk **manuelle rutiner** for de kritiske tjenestene (se tjenestelisten).",
	  "- Kriseleder: leder, prioriterer, beslutter og varsler ledelsen.\n"
	  "- IKT-leder: isolering, leverandører, bevis, gjenoppretting i riktig rekkefølge.\n"
	  "- Kommunikasjon: ansatte, innbyggere og presse.\n"
	  "- Personvernombud: vurderer varsel til Datatilsynet.\n"
	  "- Loggfører: fører hendelsesloggen.",
	  NOTIFY_COMMON,
	  "Ikke slå på eller logg inn på PC-er før IT sier fra. Bruk papir og telefon. Meld fra om "
	  "uvanlige meldinger på skjermen til kriseledelsen.",
	  "Kommunen er rammet av et dataangrep. Nødnumrene virker. Vi informerer om hvilke tjenester "
	  "som er berørt og hvordan du får hjelp, her og på kommunens Facebook-side." },
	{ "datalekkasje", "Datalekkasje",
	  "1. Finn ut **hva** som er på avveie, **hvem** det gjelder og **siden når**.\n"
	  "2. Stans lekkasjen: steng tilgangen, bytt passord og nøkler.\n"
	  "3. Sikre bevis (logger) før de roteres bort.\n"
	  "4. Personvernombudet vurderer risikoen for de registrerte; klokken for 72 timer går fra nå.",
	  "- Personvernombud: vurdering og varsel.\n- IKT-leder: stans og bevis.\n- Kommunikasjon: de berørte.",
	  NOTIFY_COMMON,
	  "Ikke videresend dokumentene. Meld fra hvis du ser dem delt.",
	  "Opplysninger om innbyggere kan være kommet på avveie. De som er berørt, får beskjed direkte." },
	{ "ad-tap", "Tap av Active Directory",
	  "1. Stans: ingen endringer i katalogen før årsaken er kjent (angrep eller feil?).\n"
	  "2. Hvis angrep: følg kortet for løsepengevirus; anta at alle kontoer er kompromittert.\n"
	  "3. Finn den siste kopien av katalogen som er kjent ren, og gjenopprett i et isolert nett.\n"
	  "4. Bytt passordet til krbtgt to ganger og til alle administratorkontoer.",
	  "- IKT-leder: gjenoppretting.\n- Kriseleder: prioriterer tjenestene som venter.",
	  NOTIFY_COMMON, "Innlogging virker ikke. Bruk manuelle rutiner til IT sier fra.", NULL },
	{ "epost-tap", "Tap av e-post",
	  "1. Avklar om det er feil hos leverandøren eller et angrep (kompromittert konto, videresending).\n"
	  "2. Ta i bruk reservekanalen: SMS-liste og telefonliste fra beredskapspakken.\n"
	  "3. Varsle samarbeidspartnere om at e-post fra kommunen ikke kan stoles på hvis kontoer er overtatt.",
	  "- IKT-leder: leverandøren.\n- Kommunikasjon: reservekanalene.", NOTIFY_COMMON,
	  "E-post virker ikke. Bruk telefon; viktige beskjeder kommer på SMS.", NULL },
	{ "telefoni-tap", "Tap av telefoni",
	  "1. Ta i bruk mobiltelefoner og reservenumrene i kontaktlisten.\n"
	  "2. Sørg for at nødnumrene og legevakt er nåbare; varsle 110/112-sentralene om andre numre.\n"
	  "3. Legg ut reservenumre på nettsiden og i lokale medier.",
	  "- Kommunikasjon: reservenumre ut.\n- IKT-leder: leverandøren.", NOTIFY_COMMON,
	  "Sentralbordet er nede. Bruk mobil; listen over reservenumre er i beredskapspakken.",
	  "Kommunens sentralbord er nede. Ring disse numrene i stedet: ..." },
	{ "helsenett-tap", "Tap av forbindelsen til Norsk Helsenett",
	  "1. Helsetjenestene går over til manuelle rutiner: e-resept, meldinger og journal på papir.\n"
	  "2. Meld feilen til Norsk helsenett (kundesenteret) og IT-leverandøren.\n"
	  "3. Avklar med fastleger og sykehus hvordan meldinger sendes i mellomtiden.",
	  "- Helse: manuelle rutiner.\n- IKT-leder: Norsk helsenett og leverandøren.", NOTIFY_COMMON,
	  "Meldinger til og fra sykehus og fastleger virker ikke. Følg de manuelle rutinene.", NULL },
	{ "leverandor-kompromittert", "Kompromittert leverandør",
	  "1. Steng leverandørens tilganger inn til kommunen (VPN, fjernstyring, kontoer).\n"
	  "2. Finn ut hvilke systemer og data leverandøren har tilgang til (ROS-registeret).\n"
	  "3. Be leverandøren om hendelsesrapport og råd; følg med på hva de publiserer.\n"
	  "4. Se etter tegn på inntrenging i egne systemer i tiden før.",
	  "- IKT-leder: tilganger og leverandør.\n- Kriseleder: tjenestene som hviler på leverandøren.",
	  NOTIFY_COMMON, NULL, NULL },
};

int prep_plan_template(struct arena *a, struct prep_plan *out)
{
	*out = (struct prep_plan){
		.activation = "Planen aktiveres av kriseleder (eller stedfortreder) når et dataangrep eller tap av "
			      "IKT truer kritiske tjenester, når flere tjenester er nede samtidig, eller når "
			      "personopplysninger kan være på avveie. Alle ansatte varsler IT-vakt, som varsler "
			      "kriseleder. Mal: tilpass til kommunen.",
		.roles = arena_copy(a, roles, sizeof(roles) / sizeof(roles[0]), 0, sizeof(roles[0])),
		.n_roles = sizeof(roles) / sizeof(roles[0]),
		.cards = arena_copy(a, cards, sizeof(cards) / sizeof(cards[0]), 0, sizeof(cards[0])),
		.n_cards = sizeof(cards) / sizeof(cards[0]),
		.reviewed_on = DATE_NONE, .review_months = 12, .leader_report_on = DATE_NONE,
	};
	return out->roles && out->cards ? 0 : -1;
}

static const struct prep_contact national[] = {
	{ "NSM NCSC", "Nasjonal sikkerhetsmyndighet", "ekstern", "Nasjonalt cybersikkerhetssenter, døgnbemannet: "
	  "råd og varsel om alvorlige hendelser", NULL, NULL, NULL, AVAIL_DOGNET, NULL, NULL, DATE_NONE, NULL },
	{ "KommuneCERT", "Norsk helsenett", "ekstern", "Sektorens responsmiljø for kommunene: råd, varsling, "
	  "analyse", NULL, NULL, NULL, AVAIL_DOGNET, NULL, NULL, DATE_NONE, NULL },
	{ "Politiet", "Politiet", "ekstern", "Anmeldelse; Kripos/NC3 ved datakriminalitet", "02800", "112",
	  NULL, AVAIL_DOGNET, NULL, NULL, DATE_NONE, NULL },
	{ "Datatilsynet", "Datatilsynet", "ekstern", "Varsel om brudd på personopplysningssikkerheten innen 72 "
	  "timer", NULL, NULL, NULL, AVAIL_KONTORTID, NULL, NULL, DATE_NONE, NULL },
	{ "Statsforvalteren", "Statsforvalteren", "ekstern", "Samordning når tjenester til innbyggerne rammes",
	  NULL, NULL, NULL, AVAIL_DOGNET, NULL, NULL, DATE_NONE, NULL },
};

int prep_contacts_template(struct arena *a, struct prep_contacts *out)
{
	out->n = sizeof(national) / sizeof(national[0]);
	out->items = arena_copy(a, national, out->n, 0, sizeof(national[0]));
	return out->items ? 0 : -1;
}
