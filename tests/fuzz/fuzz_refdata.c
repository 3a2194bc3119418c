/* fuzz_refdata.c: the reference data as `data update` takes it from a file and as it is
 * built in: endoflife.date's products, CISA's KEV catalog, beredt's aliases and its facts
 * about KEV entries (data/README.md). The first byte picks the reader; an accepted file is
 * prepared for matching and looked up, as the checks do. */
#include "fuzz.h"
#include "io/refdata_json.h"
#include "util/date.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct arena a;
	struct err e;
	struct eol_catalog eol;
	struct kev_catalog kev;
	const struct kev_fact *first;
	int32_t end;
	int rc;
	if (size < 1)
		return 0;
	const char *d = (const char *)data + 1;
	size_t n = size - 1;
	memset(&eol, 0, sizeof(eol));
	memset(&kev, 0, sizeof(kev));
	arena_init(&a, 0);
	err_init(&e, LANG_NB);
	switch (data[0] % 4) {
	case 0:
		rc = eol_json_read(&a, d, n, "eol.json", &eol, &e);
		fuzz_check("eol_json_read", rc, &e);
		if (rc == 0 && eol_prepare(&a, &eol) == 0) {
			const struct eol_product *p = eol_find_product(&a, &eol, "Microsoft Windows Server");
			const struct eol_release *r = p ? eol_find_release(&a, p, "2012 R2") : NULL;
			if (r)
				(void)life_status(r, date_from_ymd(2026, 12, 1), &end);
		}
		break;
	case 1:
		rc = kev_json_read(&a, d, n, "kev.json", &kev, &e);
		fuzz_check("kev_json_read", rc, &e);
		if (rc == 0 && kev_prepare(&a, &kev) == 0)
			(void)kev_find(&kev, "CVE-2024-3400");
		break;
	case 2:
		rc = aliases_json_read(&a, d, n, "aliases.json", &eol, &e);
		fuzz_check("aliases_json_read", rc, &e);
		if (rc == 0)
			(void)life_alias_find(&a, &eol, "Windows Server");
		break;
	default:
		rc = kev_facts_json_read(&a, d, n, "kev-facts.json", &kev, &e);
		fuzz_check("kev_facts_json_read", rc, &e);
		if (rc == 0) {
			kev_facts_prepare(&kev);
			(void)kev_facts_of(&kev, "CVE-2024-3400", &first);
		}
		break;
	}
	arena_release(&a);
	return 0;
}
