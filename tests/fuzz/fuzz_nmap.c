/* fuzz_nmap.c: nmap's XML (`scan import --nmap`, the page's upload): hosts and ports. XML is parsed by expat behind io/xml_guard (no entities, a depth
 * and size limit); an accepted report has what it counts. */
#include "fuzz.h"
#include "io/nmap_xml.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct arena a;
	struct err e;
	struct nmap_report r;
	arena_init(&a, 0);
	err_init(&e, LANG_NB);
	int rc = nmap_xml_read(&a, (const char *)data, size, "fuzz.xml", &r, &e);
	fuzz_check("nmap_xml_read", rc, &e);
	if (rc == 0)
		FUZZ_ASSERT(r.n_hosts == 0 || r.hosts, "hosts counted but not given");
	arena_release(&a);
	return 0;
}
