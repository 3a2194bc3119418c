/* render/actions.h: the action plan's pages: the list with its filter (a GET form: it
 * changes nothing and works without JavaScript), the form to add one, and one action with
 * its form and its history. Given their data. */
#ifndef BEREDT_RENDER_ACTIONS_H
#define BEREDT_RENDER_ACTIONS_H

#include <stdbool.h>
#include <stdint.h>

#include "model/action.h"
#include "model/report.h"
#include "render/page.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/i18n.h"

struct actions_view {
	struct arena *a;
	enum lang lang;
	const struct page_frame *pg;
	int32_t today;
	bool editor;               /* redaktør and above: the forms */
	const struct report *rep;  /* for the catalog's titles; NULL without a round */
};

/* What the list is narrowed to, as the user asked (?status=, ?forfalt=1). */
struct actions_filter {
	const char *status_code;   /* as given, for the select */
	bool by_status;            /* a valid status was given */
	enum action_status status;
	bool overdue_only;
};

void actions_list(struct buf *b, const struct actions_view *v, const struct action *all, size_t n,
		  const struct actions_filter *f);
/* One action; 'hist', its versions oldest first, shown newest first. */
void actions_one(struct buf *b, const struct actions_view *v, const struct action *x, const struct action *hist,
		 size_t n);

#endif
