/* fuzz_cyclonedx.c: CycloneDX SBOMs in JSON (`scan import --cyclonedx`): every component
 * accepted has a name. */
#include "fuzz.h"
#include "io/cyclonedx.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct arena a;
	struct err e;
	struct sbom_component *c = NULL;
	size_t n = 0;
	arena_init(&a, 0);
	err_init(&e, LANG_NB);
	int rc = cyclonedx_read(&a, (const char *)data, size, "fuzz.cdx.json", &c, &n, &e);
	fuzz_check("cyclonedx_read", rc, &e);
	for (size_t i = 0; rc == 0 && i < n; i++)
		FUZZ_ASSERT(c[i].name && c[i].name[0], "a component without a name");
	arena_release(&a);
	return 0;
}
