/* fuzz_vcard.c: contacts as vCard (`contact import`, the page's upload): a file that is
 * accepted is written as vCard and read back with as many contacts. */
#include "fuzz.h"
#include "io/vcard.h"
#include "util/buf.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct arena a;
	struct err e;
	struct prep_contacts c, again;
	arena_init(&a, 0);
	err_init(&e, LANG_NB);
	int rc = vcard_read(&a, (const char *)data, size, "fuzz.vcf", &c, &e);
	fuzz_check("vcard_read", rc, &e);
	if (rc == 0) {
		struct buf out;
		buf_init(&out, 0);
		FUZZ_ASSERT(vcard_write(&out, &c) == 0, "accepted contacts could not be written");
		rc = vcard_read(&a, out.data, out.len, "again.vcf", &again, &e);
		if (rc != 0 || again.n != c.n) {
			fprintf(stderr, "written back, %zu contacts became %zu: %s\n", c.n, again.n, rc ? e.msg : "");
			abort();
		}
		buf_release(&out);
	}
	arena_release(&a);
	return 0;
}
