/* render/doc_convert.c: see doc_convert.h. */
#include "render/doc_convert.h"

#include <stdint.h>
#include <string.h>

#include "util/limits.h"
#include "util/spawn.h"

static int convert(char *const argv[], const char *package, const char *magic, size_t magic_len, const char *html,
		   size_t len, const char *path, struct buf *out, struct err *e)
{
	const struct spawn_limits lim = { .timeout_ms = LIMIT_DOC_MS, .max_output = LIMIT_DOC_OUTPUT,
					  .max_memory = LIMIT_DOC_MEMORY, .max_cpu_seconds = LIMIT_DOC_CPU,
					  .path = path, .sandbox = SANDBOX_HELPER, .package = package };
	buf_reset(out);
	out->max = LIMIT_DOC_OUTPUT + 1;
	if (spawn_run(argv, html, len, &lim, out, e) < 0)
		return -1;
	/* what came out is the kind of file asked for, or it is no answer */
	if (out->len < magic_len || memcmp(out->data, magic, magic_len) != 0)
		return err_set(e, "%s laget ikke en fil av riktig slag.", argv[0]);
	return 0;
}

int doc_pdf(const char *html, size_t len, const char *path, struct buf *out, struct err *e)
{
	char *argv[] = { (char *)(uintptr_t)"weasyprint", (char *)(uintptr_t)"--quiet", (char *)(uintptr_t)"-",
			 (char *)(uintptr_t)"-", NULL };
	return convert(argv, "weasyprint", "%PDF-", 5, html, len, path, out, e);
}

int doc_docx(const char *html, size_t len, const char *path, struct buf *out, struct err *e)
{
	/* not --sandbox: pandoc 2.17's keeps it from reading its own reference.docx; the seccomp
	 * filter keeps it off the network, and the HTML names no file */
	char *argv[] = { (char *)(uintptr_t)"pandoc", (char *)(uintptr_t)"--from=html",
			 (char *)(uintptr_t)"--to=docx", (char *)(uintptr_t)"--quiet", (char *)(uintptr_t)"--output=-", NULL };
	return convert(argv, "pandoc", "PK\x03\x04", 4, html, len, path, out, e);
}
