/* render/actions_xlsx.c: see actions_xlsx.h. */
#include "render/actions_xlsx.h"

#include <stdio.h>

#include "io/xlsx_write.h"
#include "render/report_text.h"
#include "util/date.h"

#define I18N_LANG lang
#define COLS 11

int actions_xlsx(const struct report *rep, enum lang lang, const struct action *xs, size_t n, const char *tmpdir,
		 struct buf *out, struct err *e)
{
	static const char *const prios[] = { "lav", "middels", "høy" };
	static const char *const states[] = { "åpen", "pågår", "utført", "avvist" };
	const struct xlsx_column cols[COLS] = {
		{ T("Nr."), false, NULL, 0, 8 },	   { T("KS-tiltak"), false, NULL, 0, 10 },
		{ T("Tittel"), false, NULL, 0, 48 },	   { T("Ansvarlig"), false, NULL, 0, 22 },
		{ T("Frist"), false, NULL, 0, 12 },	   { T("Prioritet"), false, prios, 3, 12 },
		{ T("Status"), false, states, 4, 12 },	   { T("Begrunnelse"), false, NULL, 0, 30 },
		{ T("Plan"), false, NULL, 0, 60 },	   { T("Kostnad (kr)"), true, NULL, 0, 14 },
		{ T("Budsjettår"), true, NULL, 0, 11 },
	};
	struct arena a;
	int rc = -1;
	arena_init(&a, 0);
	const char **cells = arena_alloc(&a, (n * COLS + 1) * sizeof(*cells));
	if (!cells) {
		err_set(e, "Tom for minne.");
		goto out;
	}
	for (size_t i = 0; i < n; i++) {
		const struct action *x = &xs[i];
		const char **row = &cells[i * COLS];
		char day[DATE_TEXT] = "";
		if (x->due != DATE_NONE)
			date_format(x->due, day);
		row[0] = arena_printf(&a, "T-%d", x->no);
		row[1] = x->measure_id;
		row[2] = rep ? report_action_title(rep, lang, x) : (x->title ? x->title : x->measure_id);
		row[3] = x->owner;
		row[4] = arena_strdup(&a, day);
		row[5] = priority_code(x->priority);
		row[6] = action_status_code(x->status);
		row[7] = x->reason;
		row[8] = x->plan;
		row[9] = x->cost_nok ? arena_printf(&a, "%lld", (long long)x->cost_nok) : NULL;
		row[10] = x->cost_nok ? arena_printf(&a, "%d", action_cost_year(x)) : NULL;
	}
	struct xlsx_table t = { .sheet = T("Handlingsplan"), .values_sheet = T("verdier"), .cols = cols, .n_cols = COLS,
				.cells = cells, .n_rows = n };
	rc = xlsx_write_table(&t, tmpdir, out, e);
out:
	arena_release(&a);
	return rc;
}
