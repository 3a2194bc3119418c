/* app/report_run.c: see report_run.h. */
#include "app/report_run.h"

#include "app/checks.h"
#include "app/prep_docs.h"
#include "store/finding.h"
#include "store/report.h"

int report_run(struct db *db, struct arena *a, const struct tenant *t, int no, int32_t today, const char *now,
	       bool strict, struct report *out, struct err *e)
{
	struct report_input *in = arena_alloc(a, sizeof(*in));
	struct evidence *ev = arena_alloc(a, EV_COUNT * sizeof(*ev));
	struct report_prep *rp = arena_alloc(a, sizeof(*rp));
	if (!in || !ev || !rp)
		return err_set(e, "Tom for minne.");
	if (store_report_input(db, a, t, no, today, now, in, e) < 0)
		return -1;
	struct err soft;
	err_init(&soft, e->lang);
	struct err *pe = strict ? e : &soft;
	if (checks_evidence_loaded(db, a, t->id, today, in->reg, in->graph, in->actions, in->n_actions, in->findings,
				   in->n_findings, ev, pe) == 0)
		in->evidence = ev;
	else if (strict)
		return -1;
	struct check_settings set;
	if (store_check_settings_load(db, t->id, &set, pe) == 0 &&
	    prep_report(db, a, t->id, today, set.contact_days, rp, pe) == 0)
		in->prep = rp;
	else if (strict)
		return -1;
	return report_build(a, in, out, e);
}
