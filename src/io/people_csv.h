/* io/people_csv.h: a CSV of people to invite: a header line with the columns navn, epost,
 * kommunenr and rolle (name, email, kommune, role in English; any order, other columns
 * refused), then one person per line. As Excel writes it (io/csv_text.h). */
#ifndef BEREDT_IO_PEOPLE_CSV_H
#define BEREDT_IO_PEOPLE_CSV_H

#include <stddef.h>

#include "util/arena.h"
#include "util/err.h"

struct people_row {
	const char *name, *email, *kommunenr, *role;   /* as written; name may be empty */
	size_t line;
};

/* At most max rows; every string in the arena. -1 with a message naming origin and line. */
int people_csv_read(struct arena *a, const char *data, size_t len, const char *origin, size_t max,
		    struct people_row **out, size_t *n, struct err *e);

#endif
