/* html.h: the escape-by-default HTML writer. Every byte that comes from data goes
 * through html_text (element content) or html_attr (a double-quoted attribute value);
 * markup is written with HTML_LIT, which accepts only string literals, so data cannot
 * reach the output unescaped by accident. */
#ifndef BEREDT_HTML_H
#define BEREDT_HTML_H

#include "util/arena.h"
#include "util/buf.h"

/* Literal markup: the "" "" forces a string literal at compile time. */
#define HTML_LIT(b, s) buf_puts((b), "" s "")

/* Escape & < > " ' for element content and attribute values alike. */
void html_text(struct buf *b, const char *s);
void html_attr(struct buf *b, const char *s);

/* A phone number as a link that a phone dials (tel:, the digits and a leading '+' only),
 * when it is one: 3 to 15 digits once spaces, dashes, dots and brackets are left out;
 * anything else ("Sambandsradio 4") as plain text. NULL writes nothing. */
void html_phone(struct buf *b, const char *s);

/* printf, then escape the result. */
void html_textf(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Markdown rendered with cmark in its safe mode: raw HTML is dropped and links other
 * than http(s), mailto and relative ones are removed. */
void html_markdown(struct buf *b, const char *md);

/* s percent-encoded for a URL's query value or path segment (all but A-Z a-z 0-9 - . _ ~),
 * in the arena: a name in a URL instead of a database key. */
const char *html_query_value(struct arena *a, const char *s);

#endif
