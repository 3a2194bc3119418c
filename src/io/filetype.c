/* io/filetype.c: see filetype.h. */
#include "io/filetype.h"

#include <stdint.h>
#include <string.h>

#include "util/buf.h"
#include "util/limits.h"
#include "util/spawn.h"

int filetype_detect(struct arena *a, const char *data, size_t len, const char *path, const char **type,
		    struct err *e)
{
	const struct spawn_limits lim = { .timeout_ms = LIMIT_FILETYPE_MS, .max_output = LIMIT_FILETYPE_OUTPUT,
					  .max_memory = LIMIT_FILETYPE_MEMORY, .max_cpu_seconds = LIMIT_FILETYPE_CPU,
					  .path = path, .sandbox = SANDBOX_HELPER,
					  .package = "file" };
	char *argv[] = { (char *)(uintptr_t)"file", (char *)(uintptr_t)"--brief", (char *)(uintptr_t)"--mime-type",
			 (char *)(uintptr_t)"-", NULL };
	struct buf out;
	int rc = -1;
	*type = NULL;
	buf_init(&out, LIMIT_FILETYPE_OUTPUT + 1);
	if (spawn_run(argv, data, len < LIMIT_FILETYPE_INPUT ? len : LIMIT_FILETYPE_INPUT, &lim, &out, e) < 0)
		goto fail;
	/* one line: the type, such as "application/pdf" */
	size_t n = strcspn(out.data ? out.data : "", "\r\n; ");
	if (n == 0 || n > 120) {
		err_set(e, "file(1) sa ikke hvilken type filen er.");
		goto fail;
	}
	if (!(*type = arena_strndup(a, out.data, n))) {
		err_set(e, "Tom for minne.");
		goto fail;
	}
	rc = 0;
fail:
	buf_release(&out);
	return rc;
}
