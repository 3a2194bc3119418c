/* render/dossier.h: the insurance dossier (app/dossier_run.h) as a document. Its content is
 * one Markdown text, the same in every format; the document ends with that text's SHA-256
 * and the audit chain's head at the time, so a copy can be checked: the Markdown file is the
 * text followed by the line DOSSIER_SIGNATURE and the hash. */
#ifndef BEREDT_RENDER_DOSSIER_H
#define BEREDT_RENDER_DOSSIER_H

#include "app/dossier_run.h"
#include "render/report_format.h"

#define DOSSIER_SIGNATURE "SHA-256 av teksten over denne linjen: "
#define DOSSIER_SIGNATURE_EN "SHA-256 of the text above this line: "

/* Append the dossier in fmt (md, html, pdf, docx) and lang to out (PDF and Word by the
 * programs found in path, marked with marking); *sha256 (65 bytes) gets the text's hash.
 * -1 with e set. */
int dossier_render(struct arena *a, const struct dossier_doc *x, enum report_format fmt, enum lang lang,
		   const char *marking, const char *path, char sha256[CRYPTO_HASH_HEX], struct buf *out, struct err *e);

#endif
