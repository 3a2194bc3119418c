/* render/incident.h: the incident log, one function for the page, the crisis kit (a log
 * on paper: blank rows to write in) and the Markdown for the after-action review. */
#ifndef BEREDT_RENDER_INCIDENT_H
#define BEREDT_RENDER_INCIDENT_H

#include "model/prep.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/i18n.h"

/* The entries as a table, times in Norwegian time, and 'blank' empty rows after them. */
void incident_log_table(struct buf *b, struct arena *a, enum lang lang, const struct incident_entry *entries,
			size_t n, int blank);

/* The incident and its log as Markdown; every field is escaped, so none can change the
 * document's structure. */
void incident_markdown(struct buf *b, struct arena *a, enum lang lang, const struct incident *x);

#endif
