/* render/actions_xlsx.h: the action plan as an Excel workbook (io/xlsx_write.h): one row per
 * item with its number, the KS measure it serves, title, owner, deadline, priority and
 * status (their codes as data validation), the reason and the plan, so that it can be
 * followed up in a spreadsheet and shown in a meeting. */
#ifndef BEREDT_RENDER_ACTIONS_XLSX_H
#define BEREDT_RENDER_ACTIONS_XLSX_H

#include <stddef.h>

#include "model/action.h"
#include "model/report.h"
#include "util/buf.h"
#include "util/err.h"
#include "util/i18n.h"

/* rep: for the measures' titles of derived items (NULL: their measure ids). */
int actions_xlsx(const struct report *rep, enum lang lang, const struct action *xs, size_t n, const char *tmpdir,
		 struct buf *out, struct err *e);

#endif
