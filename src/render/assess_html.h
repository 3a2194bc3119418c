/* render/assess_html.h: the assessment's page sections: a round with every measure beside what
 * the registers say, the form to start a round of any catalog, the other rounds open, and
 * the principles a measure maps to. Given every piece of data; they read nothing. */
#ifndef BEREDT_RENDER_ASSESS_HTML_H
#define BEREDT_RENDER_ASSESS_HTML_H

#include <stdbool.h>

#include "model/assess.h"
#include "model/catalog.h"
#include "model/evidence.h"
#include "render/attachments.h"
#include "model/report.h"
#include "render/page.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/i18n.h"

void assess_status_badge(struct buf *b, enum lang lang, enum status s);

/* "Hva registrene sier: ... Forslag til svar: delvis"; 'full' adds where it comes from. */
void assess_evidence_block(struct buf *b, struct arena *a, enum lang lang, const struct evidence *ev, bool full);

/* The principles of other catalogs a measure maps to, each with its title from 'others'
 * (the catalogs of this installation it names) or as the mapping reads. A <dt>/<dd>. */
void assess_mappings(struct buf *b, struct arena *a, enum lang lang, const struct catalog_item *it,
		     const struct catalog *others, size_t n_others);

/* The form to start a round, of any of the catalogs. */
void assess_start_form(struct buf *b, struct arena *a, enum lang lang, const struct page_frame *pg, int32_t today,
		       const struct catalog *catalogs, size_t n_catalogs);

/* The rounds open beside the one shown, each a link. */
void assess_open_rounds(struct buf *b, struct arena *a, enum lang lang, const struct round *shown,
			const struct round *all, size_t n);

struct assess_overview {
	const struct report *rep;       /* the round shown, with its evidence */
	const struct page_frame *pg;
	const struct round *rounds;     /* every round */
	size_t n_rounds;
	const struct catalog *catalogs; /* for the start form */
	size_t n_catalogs;
	int32_t today;
	bool can_start, can_close;      /* redaktør; leder */
};

/* The round with every measure, its state, and what may be done next. */
void assess_overview(struct buf *b, struct arena *a, enum lang lang, const struct assess_overview *v);

/* The page that asks once more before a round is closed for good: what closing means, and
 * each measure that stands as unknown with a box to tick for them. */
void assess_close_confirm(struct buf *b, struct arena *a, enum lang lang, const struct page_frame *pg, const struct round *rd,
			  bool approving, const struct catalog_item *const *unknown, size_t k);

/* One measure's page: the question, why, what shows it, the principles it maps to, what
 * the registers say, the answer (a form for an editor of an open round, with a preview of
 * the Markdown), and a page of its history. */
struct assess_measure {
	const struct page_frame *pg;
	const struct round *round;
	const struct catalog_item *item;
	const struct answer *shown;     /* the saved answer, or what was just typed; NULL */
	bool preview, can_edit;
	const struct evidence *evidence;   /* NULL: not one of KS's measures, or unread */
	struct catalog *others;         /* the catalogs its mappings name */
	size_t n_others;
	struct answer *history;         /* newest first */
	size_t n_history;
	bool more;                      /* older versions than these */
	int before;                     /* the page's ?eldre=N, 0 for the newest */
	const struct attach_view *files;   /* the files attached to the measure; NULL: none read */
};
void assess_measure(struct buf *b, struct arena *a, enum lang lang, const struct assess_measure *v);

#endif
