/* fuzz_dataset.c: the whole-municipality import (`beredt import`, the export format
 * beredt-export/2). The writer promises the same bytes for the same data, so a file that
 * is accepted is written, read again and written again: both writings must be equal. */
#include "fuzz.h"
#include "io/dataset_json.h"
#include "util/buf.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct arena a;
	struct err e;
	struct dataset d, again;
	arena_init(&a, 0);
	err_init(&e, LANG_NB);
	int rc = dataset_json_read(&a, (const char *)data, size, "fuzz.json", &d, &e);
	fuzz_check("dataset_json_read", rc, &e);
	if (rc == 0) {
		struct buf one, two;
		buf_init(&one, 0);
		buf_init(&two, 0);
		FUZZ_ASSERT(dataset_json_write(&a, &d, &one, &e) == 0, "an accepted export could not be written");
		rc = dataset_json_read(&a, one.data, one.len, "again.json", &again, &e);
		if (rc != 0) {
			fprintf(stderr, "the export written out was refused: %s\n", e.msg);
			abort();
		}
		FUZZ_ASSERT(dataset_json_write(&a, &again, &two, &e) == 0, "the export read back could not be written");
		FUZZ_ASSERT(one.len == two.len && memcmp(one.data, two.data, one.len) == 0,
			    "export -> import -> export gave other bytes");
		buf_release(&one);
		buf_release(&two);
	}
	arena_release(&a);
	return 0;
}
