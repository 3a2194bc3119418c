/* fuzz_catalog.c: catalogs of measures, in beredt's format and as OSCAL (`catalog import`,
 * docs/catalog-format.md). An accepted catalog keeps the invariants catalog_check states. */
#include "fuzz.h"
#include "io/catalog_json.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct arena a;
	struct err e;
	struct catalog *c = NULL;
	arena_init(&a, 0);
	err_init(&e, LANG_NB);
	int rc = catalog_json_parse(&a, (const char *)data, size, "fuzz.json", NULL, &c, &e);
	fuzz_check("catalog_json_parse", rc, &e);
	if (rc == 0)
		FUZZ_ASSERT(c && catalog_check(c, &e) == 0, "an accepted catalog breaks its invariants");
	arena_release(&a);
	return 0;
}
