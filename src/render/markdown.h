/* render/markdown.h: data written into Markdown so that it cannot change the structure. */
#ifndef BEREDT_RENDER_MARKDOWN_H
#define BEREDT_RENDER_MARKDOWN_H

#include "util/buf.h"

/* Text with every character that could change Markdown's structure escaped (emphasis,
 * code, links, images, tables, raw HTML, entities) and line breaks folded into spaces:
 * for text after a heading marker, a list marker or a cell bar. */
void markdown_text(struct buf *b, const char *s);

#endif
