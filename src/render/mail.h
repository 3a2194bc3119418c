/* render/mail.h: the e-mails beredt sends a person (plain text, in their language): an
 * invitation's one-time link, and a new link for a pending invitation. Subject and text in
 * the arena. The notifications of findings are written by model/notify.c. */
#ifndef BEREDT_RENDER_MAIL_H
#define BEREDT_RENDER_MAIL_H

#include "model/user.h"
#include "util/arena.h"

/* From inviter (a municipality or its cooperation), to member, with the role. */
void mail_invite(struct arena *a, enum lang lang, const char *inviter, const char *member, const char *name,
		 enum role role, const char *link, const char **subject, const char **text);

void mail_renewed(struct arena *a, enum lang lang, const char *member, const char *link, const char **subject,
		  const char **text);

#endif
