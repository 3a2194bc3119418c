/* render/doc_convert.c: see doc_convert.h. */
#include "render/doc_convert.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "render/html.h"
#include "util/file.h"
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

/* A path as a file: URL, every byte but the unreserved ones percent-encoded (the renderer
 * decodes it back into the name it shows). */
static void file_url(struct buf *b, const char *p)
{
	buf_puts(b, "file://");
	for (; *p; p++) {
		unsigned char c = (unsigned char)*p;
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || strchr("/-._~", c))
			buf_putc(b, (char)c);
		else
			buf_printf(b, "%%%02X", c);
	}
}

/* The name as a file name of its own: no path, no control characters, not hidden. */
static void safe_name(char *out, size_t n, const char *name)
{
	size_t k = 0;
	for (const char *p = name && *name ? name : "vedlegg"; *p && k + 1 < n; p++) {
		unsigned char c = (unsigned char)*p;
		bool bad = c == '/' || c == '\\' || c < 0x20 || c == 0x7f || (k == 0 && c == '.');
		out[k++] = bad ? '_' : (char)c;
	}
	out[k] = '\0';
}

int doc_pdf_files(const char *html, size_t len, const struct doc_file *files, size_t n, const char *tmpdir,
		  const char *path, struct buf *out, struct err *e)
{
	char dir[512], sub[600], file[900], name[256];
	struct buf doc;
	size_t made = 0;
	int rc = -1;
	/* the documents are ours: their head is in the first bytes */
	const char *head = NULL;
	for (size_t i = 0; i + 6 <= len && i < 512 && !head; i++)
		if (memcmp(html + i, "<head>", 6) == 0)
			head = html + i;
	if (!head)
		return err_set(e, "Dokumentet mangler <head>.");
	snprintf(dir, sizeof(dir), "%s/beredt-pdf.XXXXXX", tmpdir && *tmpdir ? tmpdir : "/tmp");
	if (!mkdtemp(dir))
		return err_set(e, "Kan ikke lage en midlertidig mappe for vedleggene.");
	buf_init(&doc, LIMIT_DOC_OUTPUT);
	buf_append(&doc, html, (size_t)(head - html) + 6);
	for (; made < n; made++) {
		/* one directory per file: two files of the same name keep it */
		snprintf(sub, sizeof(sub), "%s/%zu", dir, made + 1);
		safe_name(name, sizeof(name), files[made].name);
		snprintf(file, sizeof(file), "%s/%s", sub, name);
		if (mkdir(sub, 0700) < 0 || file_write(file, files[made].data, files[made].len, e) < 0) {
			err_set(e, "Kan ikke skrive vedlegget «%s» for PDF-en.", name);
			goto out;
		}
		buf_puts(&doc, "<link rel=\"attachment\" href=\"");
		struct buf url;
		buf_init(&url, 0);
		file_url(&url, file);
		buf_putc(&url, '\0');
		html_attr(&doc, url.failed ? "" : url.data);
		buf_release(&url);
		buf_puts(&doc, "\" title=\"");
		html_attr(&doc, files[made].description ? files[made].description : "");
		buf_puts(&doc, "\">");
	}
	buf_append(&doc, head + 6, len - (size_t)(head - html) - 6);
	rc = doc.failed ? err_set(e, "Dokumentet ble for stort.") : doc_pdf(doc.data, doc.len, path, out, e);
out:
	for (size_t i = 0; i <= made && i < n; i++) {
		snprintf(sub, sizeof(sub), "%s/%zu", dir, i + 1);
		safe_name(name, sizeof(name), files[i].name);
		snprintf(file, sizeof(file), "%s/%s", sub, name);
		unlink(file);
		rmdir(sub);
	}
	rmdir(dir);
	buf_release(&doc);
	return rc;
}
