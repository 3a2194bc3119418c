/* fuzz_people.c: the cooperation's list of people to invite (`coop invite --csv`, the
 * page's upload). Every row accepted has an address and the line it came from. */
#include "fuzz.h"
#include "io/people_csv.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct arena a;
	struct err e;
	struct people_row *rows = NULL;
	size_t n = 0;
	arena_init(&a, 0);
	err_init(&e, LANG_NB);
	int rc = people_csv_read(&a, (const char *)data, size, "fuzz.csv", 500, &rows, &n, &e);
	fuzz_check("people_csv_read", rc, &e);
	if (rc == 0) {
		FUZZ_ASSERT(n <= 500, "more rows than the limit were accepted");
		for (size_t i = 0; i < n; i++)
			FUZZ_ASSERT(rows[i].email && rows[i].line > 0, "a row without an address or a line");
	}
	arena_release(&a);
	return 0;
}
