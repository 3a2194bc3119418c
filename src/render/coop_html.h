/* render/coop_html.h: the cooperation's pages (app/coop.h): its members side by side as a
 * table and a chart, the member services resting on each shared system, the what-if across
 * members in the order to restore, and the forms to add a member and invite people. Given
 * their data. */
#ifndef BEREDT_RENDER_COOP_HTML_H
#define BEREDT_RENDER_COOP_HTML_H

#include <stdbool.h>
#include <stddef.h>

#include "app/coop.h"
#include "model/tenant.h"
#include "model/user.h"
#include "render/page.h"
#include "util/arena.h"
#include "util/buf.h"

/* The table, one row per member, with a mark where the switch into the member goes: the
 * same for everyone, so it can be cached; coop_switches_fill puts the asking account's in. */
void coop_members_table(struct buf *b, struct arena *a, enum lang lang, const struct coop_row *rows, size_t n);

/* Append body to out with each member's mark replaced by a button that switches into it
 * when the account belongs to it (mine), and by nothing when it does not. */
void coop_switches_fill(struct buf *out, struct arena *a, const struct page_frame *p, const char *body, size_t len,
			const struct membership *mine, size_t n_mine);

/* Total readiness per member as horizontal bars, the figure written beside each. */
void coop_members_chart(struct buf *b, struct arena *a, enum lang lang, const struct coop_row *rows, size_t n);

/* For each shared system and vendor: how many services in how many members stop when it
 * fails alone, and which. */
void coop_dependants_section(struct buf *b, struct arena *a, enum lang lang, const struct coop_dependants *d,
			     size_t n);

/* The answer across members: the order to restore, then per member what stops. */
void coop_impact_section(struct buf *b, struct arena *a, enum lang lang, const struct coop_impact *r);

/* The administrator's forms: a new member municipality, and an invitation to a member. */
void coop_admin_forms(struct buf *b, const struct page_frame *p, const struct coop_member *members, size_t n);


/* The invitation's link(s), shown once, and whether they went to the mail queue. */
void coop_link_shown(struct buf *b, struct arena *a, enum lang lang, const char *links, const char *to, bool mailed);

/* A link to the what-if across members. */
void coop_whatif_link(struct buf *b, enum lang lang);

/* A member's heading in the what-if: its name and how many of its services stop. */
void coop_member_heading(struct buf *b, struct arena *a, enum lang lang, const struct tenant *m, size_t n);

/* The report page's text for a cooperation, with the links to its report. */
void coop_report_page(struct buf *b, enum lang lang);

/* A link to the same what-if with the member's graph drawn. */
void coop_graph_link(struct buf *b, struct arena *a, enum lang lang, const struct impact_query *q, const struct tenant *m);

#endif
