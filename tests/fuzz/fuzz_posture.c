/* fuzz_posture.c: a system's security profile as the API takes it (`PUT
 * /api/v1/systemer/NAVN/profil`, `posture set --json`): any JSON applied to a profile
 * either changes it into one that can be written out, or is refused with a reason. */
#include <jansson.h>

#include "fuzz.h"
#include "io/posture_json.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct arena a;
	struct err e;
	struct posture p;
	json_error_t je;
	json_t *j = json_loadb((const char *)data, size, JSON_REJECT_DUPLICATES, &je);
	if (!j)
		return 0;
	arena_init(&a, 0);
	err_init(&e, LANG_NB);
	posture_unknown(&p, 1);
	int rc = posture_json_apply(&a, j, &p, &e);
	fuzz_check("posture_json_apply", rc, &e);
	if (rc == 0) {
		json_t *out = posture_json(&p, "fuzz");
		FUZZ_ASSERT(out, "an accepted profile could not be written");
		json_decref(out);
	}
	json_decref(j);
	arena_release(&a);
	return 0;
}
