/* render/admin.h: the administrator's pages: the users with their actions, the pending
 * invitations, the form to invite one, a new link shown once; and the audit trail with the
 * verdict on its hash chain. Given their data. */
#ifndef BEREDT_RENDER_ADMIN_H
#define BEREDT_RENDER_ADMIN_H

#include <stdint.h>

#include "model/audit.h"
#include "model/user.h"
#include "render/page.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/i18n.h"

struct admin_view {
	struct arena *a;
	enum lang lang;
	const struct page_frame *pg;
	int64_t self;   /* the administrator looking: they cannot deactivate themselves */
	bool mailed;    /* the link shown was also queued for e-mail */
};

/* The users who have logged in, the invitations not taken up, and the invite form; 'link'
 * (NULL: none), a new enrolment link for 'link_for', shown this once. */
void admin_users(struct buf *b, const struct admin_view *v, const struct user *all, size_t n,
		 const struct invite *pending, size_t npending, const char *link, const char *link_for);
/* The newest entries of the trail, and whether the chain holds ('broken': the first entry
 * where it does not, 0: whole; 'why' says what is wrong). */
void admin_audit(struct buf *b, const struct admin_view *v, const struct audit_entry *all, size_t n, int64_t count,
		 int64_t broken, const char *why);

#endif
