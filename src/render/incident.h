/* render/incident.h: the incident log, one function for the page, the crisis kit (a log
 * on paper: blank rows to write in) and the Markdown for the after-action review. */
#ifndef BEREDT_RENDER_INCIDENT_H
#define BEREDT_RENDER_INCIDENT_H

#include <stdbool.h>

#include "model/prep.h"
#include "render/page.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/i18n.h"

/* The entries as a table, times in Norwegian time, and 'blank' empty rows after them. */
void incident_log_table(struct buf *b, struct arena *a, enum lang lang, const struct incident_entry *entries,
			size_t n, int blank);

/* The incident and its log as Markdown; every field is escaped, so none can change the
 * document's structure. */
void incident_markdown(struct buf *b, struct arena *a, enum lang lang, const struct incident *x);

/* What the incident pages are drawn with: the frame's page (its forms carry the token) and
 * whether the user may write in the log. */
struct incident_view {
	struct arena *a;
	enum lang lang;
	const struct page_frame *pg;
	bool editor;
};

/* The incidents declared, newest first, and (for an editor) the form to declare one. */
void incident_list_section(struct buf *b, const struct incident_view *v, const struct incident *all, size_t n);
/* One incident: its clocks (c[0], c[1] from prep_incident_state), the notifications, the log
 * and, while open, the forms to write in it, register a notification and move the time the
 * municipality became aware. */
void incident_page_body(struct buf *b, const struct incident_view *v, const struct incident *x,
			const struct prep_clock c[2]);

#endif
