/* app/oscal.c: see oscal.h. */
#include "app/oscal.h"

#include <string.h>

#include "app/checks.h"
#include "io/oscal_ar.h"
#include "render/evidence_html.h"
#include "store/answer.h"
#include "store/catalog.h"
#include "store/round.h"

/* The newest closed round of KS's measures. */
static int newest_closed(struct db *db, struct arena *a, int64_t tenant, struct round *out, struct err *e)
{
	struct round *all;
	size_t n;
	if (store_round_list(db, a, tenant, &all, &n, e) < 0)
		return -1;
	for (size_t i = 0; i < n; i++)
		if (round_is_closed(&all[i]) && strcmp(all[i].catalog_id, ASSESS_MAIN_CATALOG) == 0) {
			*out = all[i];
			return 0;
		}
	return err_missing(e, "Kommunen har ingen lukket runde av KS-tiltakene å skrive som OSCAL. Oppgi en med --round.");
}

int oscal_round_export(struct db *db, struct arena *a, enum lang lang, const struct tenant *t, int no, int32_t today,
		    const char *now, struct buf *out, struct err *e)
{
	struct round r;
	struct catalog *c;
	struct answer *ans;
	size_t n;
	struct evidence ev[EV_COUNT];
	const char *texts[EV_COUNT];
	if ((no > 0 ? store_round_get(db, a, t->id, no, &r, e) : newest_closed(db, a, t->id, &r, e)) < 0 ||
	    store_catalog_get(db, a, r.catalog_id, &c, e) < 0 ||
	    store_answers_load(db, a, t->id, r.id, &ans, &n, e) < 0)
		return -1;
	/* what the registers say today, beside KS's measures (the round's answers are its own) */
	struct err ignored;
	err_init(&ignored, lang);
	bool have_ev = strcmp(r.catalog_id, ASSESS_MAIN_CATALOG) == 0 &&
		       checks_evidence(db, a, t->id, today, ev, &ignored) == 0;
	for (int i = 0; have_ev && i < EV_COUNT; i++)
		texts[i] = evidence_text(a, lang, &ev[i]);
	struct oscal_ar_input in = { .tenant = t, .round = &r, .catalog = c, .answers = ans, .n_answers = n,
				     .evidence = have_ev ? ev : NULL, .register_text = have_ev ? texts : NULL,
				     .generated_at = now };
	return oscal_ar_write(a, lang, &in, out, e);
}
