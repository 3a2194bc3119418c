/* render/mail.c: see mail.h. */
#include "render/mail.h"

#include "util/i18n.h"

#define I18N_LANG lang

void mail_invite(struct arena *a, enum lang lang, const char *inviter, const char *member, const char *name,
		 enum role role, const char *link, const char **subject, const char **text)
{
	*subject = arena_printf(a, T("Invitasjon til beredt for %s"), member);
	*text = arena_printf(a, T("Hei %s,\n\n%s har invitert deg til beredt, verktøyet for IKT-sikkerhet og beredskap, "
				  "for %s med rollen %s.\n\nÅpne lenken innen %d timer for å velge passord og sette opp "
				  "tofaktor (har du en konto fra før, logger du inn og åpner lenken igjen):\n%s\n\n"
				  "Lenken kan brukes én gang. Kjenner du ikke til dette, kan du se bort fra e-posten.\n"),
			     name && *name ? name : "", inviter, member, T(role_label(role)), ENROLL_HOURS, link);
}

void mail_renewed(struct arena *a, enum lang lang, const char *member, const char *link, const char **subject,
		  const char **text)
{
	*subject = arena_printf(a, T("Ny lenke til beredt for %s"), member);
	*text = arena_printf(a, T("Hei,\n\nHer er en ny lenke til invitasjonen til beredt for %s. Den forrige virker "
				  "ikke lenger.\n\nÅpne lenken innen %d timer for å velge passord og sette opp tofaktor "
				  "(har du en konto fra før, logger du inn og åpner lenken igjen):\n%s\n\nLenken kan "
				  "brukes én gang. Kjenner du ikke til dette, kan du se bort fra e-posten.\n"),
			     member, ENROLL_HOURS, link);
}
