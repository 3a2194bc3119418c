/* render/evidence_html.h: what the registers say about a measure (model/evidence.h), as a
 * sentence for people, in the reader's language. */
#ifndef BEREDT_RENDER_EVIDENCE_HTML_H
#define BEREDT_RENDER_EVIDENCE_HTML_H

#include "model/evidence.h"
#include "util/arena.h"
#include "util/i18n.h"

/* The sentence (arena). */
const char *evidence_text(struct arena *a, enum lang lang, const struct evidence *ev);

#endif
