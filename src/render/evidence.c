/* render/evidence.c: see evidence.h. */
#include "render/evidence.h"

#include <string.h>

#define T(s) i18n_tr(lang, s)

const char *evidence_text(struct arena *a, enum lang lang, const struct evidence *ev)
{
	const int *n = ev->n;
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
				   : arena_printf(a, T("median tid til kvittering er %d dager"), n[5]);
	return arena_printf(a, T("%d av %d systemer som er eksponert eller kritiske, er overvåket med en "
				 "mottaker av varsler (%d hele døgnet). %d funn er åpne, %d over fristen; %s."),
			    n[1], n[0], n[2], n[3], n[4], ack);
}
