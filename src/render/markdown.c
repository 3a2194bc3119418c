/* render/markdown.c: see markdown.h. */
#include "render/markdown.h"

#include <string.h>

void markdown_text(struct buf *b, const char *s)
{
	/* a backslash before ASCII punctuation is a literal in CommonMark. Every caller writes
	 * the text after a heading marker, list marker or cell bar, so the line-start
	 * constructs (#, -, 1.) cannot occur; what is left is inline: emphasis, code, links,
	 * cells, raw HTML and entities */
	for (; s && *s; s++) {
		if (strchr("\\`*_[]|<>&", *s))
			buf_putc(b, '\\');
		if (*s == '\n' || *s == '\r')
			buf_putc(b, ' ');
		else
			buf_putc(b, *s);
	}
}
