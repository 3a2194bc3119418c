/* render/doc_convert.h: a document written as HTML made into PDF (WeasyPrint, CSS paged
 * media: the page size, the running header with the marking, "side N av M") or into Word
 * (pandoc: the headings as Word's own Heading 1, 2, 3, so a municipality can move the text
 * into its own template). Both are maintained Debian packages run as child processes under
 * the helper sandbox (no network: the HTML is self-contained), with a timeout and limits,
 * the document on standard input and the file on standard output; never a shell. */
#ifndef BEREDT_RENDER_DOC_CONVERT_H
#define BEREDT_RENDER_DOC_CONVERT_H

#include <stddef.h>

#include "util/buf.h"
#include "util/err.h"

/* path: where the programs are found (the settings' PATH; NULL: /usr/bin:/bin). out gets the
 * file. -1 with a message when the program is missing, fails or passes a limit. */
int doc_pdf(const char *html, size_t len, const char *path, struct buf *out, struct err *e);
int doc_docx(const char *html, size_t len, const char *path, struct buf *out, struct err *e);

/* A file to embed in a PDF (PDF file attachments: a reader lists them and saves them out). */
struct doc_file {
	const char *name;          /* the file name the reader shows; no '/' */
	const char *description;
	const char *data;
	size_t len;
};

/* doc_pdf, with the files embedded: written for the renderer into a private directory made
 * under tmpdir (mode 0700, removed after), named to it by <link rel="attachment"> put into
 * the document's head. */
int doc_pdf_files(const char *html, size_t len, const struct doc_file *files, size_t n, const char *tmpdir,
		  const char *path, struct buf *out, struct err *e);

#endif
