/* fuzz_ros_json.c: the whole ROS register as one JSON document (`ros import --json`, the
 * page's upload). A document that is accepted is written and read back with the same
 * counts in every table. */
#include <jansson.h>

#include "fuzz.h"
#include "io/ros_json.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct arena a;
	struct err e;
	struct ros_document doc, again;
	arena_init(&a, 0);
	err_init(&e, LANG_NB);
	int rc = ros_json_read(&a, (const char *)data, size, "fuzz.json", &doc, &e);
	fuzz_check("ros_json_read", rc, &e);
	if (rc == 0) {
		json_t *j = ros_json_write(&doc.reg, doc.has_scales ? &doc.scales : NULL);
		char *text = j ? json_dumps(j, JSON_COMPACT) : NULL;
		FUZZ_ASSERT(text, "an accepted register could not be written");
		rc = ros_json_read(&a, text, strlen(text), "again.json", &again, &e);
		if (rc != 0 || again.reg.n_services != doc.reg.n_services || again.reg.n_systems != doc.reg.n_systems ||
		    again.reg.n_vendors != doc.reg.n_vendors || again.reg.n_deps != doc.reg.n_deps ||
		    again.reg.n_events != doc.reg.n_events) {
			fprintf(stderr, "the register written out was not read back the same: %s\n", rc ? e.msg : "counts differ");
			abort();
		}
		free(text);
		json_decref(j);
	}
	arena_release(&a);
	return 0;
}
