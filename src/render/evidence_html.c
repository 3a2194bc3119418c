/* render/evidence_html.c: see evidence_html.h. */
#include "render/evidence_html.h"

#include <string.h>

#define I18N_LANG lang

/* The measures the ROS and preparedness registers speak to. NULL for the others. */
static const char *more_text(struct arena *a, enum lang lang, const struct evidence *ev)
{
	const int *n = ev->n;
	const char *m = ev->measure;
	if (strcmp(m, "2a") == 0)
		return arena_printf(a, i18n_n(lang, "%d tjeneste er registrert; %d av dem har kritikalitet og tålbar nedetid.",
					      "%d tjenester er registrert; %d av dem har kritikalitet og tålbar nedetid.",
					      (unsigned long)n[0]), n[0], n[1]);
	if (strcmp(m, "2b") == 0)
		return arena_printf(a, T("%d av %d kritiske tjenester har systemene de hviler på registrert."), n[1], n[0]);
	if (strcmp(m, "2c") == 0)
		return arena_printf(a, T("%d av %d kritiske tjenester kan være tilbake innen tålbar nedetid etter det "
					 "avhengighetene viser; %d har et enkeltpunkt for svikt som tar lengre eller "
					 "ukjent tid. %d av %d ROS-hendelser har sannsynlighet og konsekvens vurdert."),
				    n[0] - n[1], n[0], n[1], n[3], n[2]);
	if (strcmp(m, "4a") == 0) {
		if (!n[0])
			return T("Kommunen har ingen beredskapsplan for dataangrep i beredt.");
		if (n[1] == EV_NEVER_REVIEWED)
			return T("Beredskapsplanen finnes, men er aldri gjennomgått.");
		return n[1] < 0 ? arena_printf(a, i18n_n(I18N_LANG, "Beredskapsplanen finnes, men skulle vært gjennomgått for %d dag siden.",
						      "Beredskapsplanen finnes, men skulle vært gjennomgått for %d dager siden.",
						      (unsigned long)-n[1]), -n[1])
				: arena_printf(a, i18n_n(I18N_LANG, "Beredskapsplanen finnes og er gjennomgått; neste gjennomgang om %d dag.",
						      "Beredskapsplanen finnes og er gjennomgått; neste gjennomgang om %d dager.",
						      (unsigned long)n[1]), n[1]);
	}
	if (strcmp(m, "4b") == 0)
		return arena_printf(a, T("%d av %d kontakter er bekreftet de siste %d dagene."), n[1], n[0], n[2]);
	if (strcmp(m, "4c") == 0)
		return arena_printf(a, T("%d av %d områder for å håndtere et angrep og gjenopprette er dekket av egne "
					 "folk eller en avtale."), n[1], n[0]);
	if (strcmp(m, "4d") == 0) {
		const char *planned = arena_printf(a, i18n_n(lang, "%d øvelse er planlagt.", "%d øvelser er planlagt.",
							     (unsigned long)n[2]), n[2]);
		return n[0] < 0 ? arena_printf(a, T("Ingen øvelse er holdt. %s"), planned)
				: arena_printf(a, T("Siste øvelse ble holdt for %d dager siden (hver %d. dag er målet). %s"),
					       n[0], n[1], planned);
	}
	if (strcmp(m, "5a") == 0)
		return n[0] + n[1] == 0 ? T("Ingen forsikring er registrert.")
					: arena_printf(a, i18n_n(lang, "%d forsikring gjelder i dag; %d tilbud er registrert.",
								 "%d forsikringer gjelder i dag; %d tilbud er registrert.",
								 (unsigned long)n[0]), n[0], n[1]);
	if (strcmp(m, "5b") == 0)
		return arena_printf(a, T("%d av %d områder (informasjonssikkerhet og personvern, rapportert til "
					 "ledelsen) er dekket."), n[1], n[0]);
	if (strcmp(m, "1a") == 0)
		return arena_printf(a, T("%d av %d systemer som er kritiske eller eksponert, er revidert innenfor "
					 "intervallet; %d er aldri revidert eller ikke beskrevet. Kompetanse til "
					 "revisjon: %d av %d områder dekket."), n[1], n[0], n[2], n[4], n[3]);
	return NULL;
}

const char *evidence_text(struct arena *a, enum lang lang, const struct evidence *ev)
{
	const int *n = ev->n;
	const char *more = more_text(a, lang, ev);
	if (more)
		return more;
	if (strcmp(ev->measure, "1b") == 0)
		return arena_printf(a, T("%d av %d systemer som er eksponert mot internett, er penetrasjonstestet "
					 "innenfor intervallet, og %d er skannet. Åpne funn: %d om kjente utnyttede "
					 "sårbarheter, %d om risikable åpne porter."), n[1], n[0], n[2], n[3], n[4]);
	if (strcmp(ev->measure, "3a") == 0)
		return arena_printf(a, T("%d av %d systemer som er eksponert mot internett, har tofaktor; %d har "
					 "bare passord, og %d er ikke beskrevet."), n[1], n[0], n[2], n[3]);
	if (strcmp(ev->measure, "3b") == 0)
		return arena_printf(a, T("%d av %d kritiske systemer har en sikkerhetskopi som er frakoblet, "
					 "uforanderlig eller i eget domene, og %d har en vellykket gjenopprettingstest "
					 "innenfor intervallet. %d gjenopprettes langsommere enn målet; %d er ikke "
					 "beskrevet."), n[1], n[0], n[2], n[3], n[4]);
	if (strcmp(ev->measure, "3c") == 0)
		return arena_printf(a, T("%d av %d systemer er uten støtte fra produsenten, og for %d slutter "
					 "støtten innen seks måneder."), n[1], n[0], n[2]);
	const char *ack = n[5] < 0 ? T("ingen funn er kvittert for ennå")
				   : arena_printf(a, i18n_n(I18N_LANG, "median tid til kvittering er %d dag", "median tid til kvittering er %d dager", (unsigned long)n[5]), n[5]);
	return arena_printf(a, T("%d av %d systemer som er eksponert eller kritiske, er overvåket med en "
				 "mottaker av varsler (%d hele døgnet). %d funn er åpne, %d over fristen; %s."),
			    n[1], n[0], n[2], n[3], n[4], ack);
}
