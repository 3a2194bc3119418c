/* html.c: see html.h. */
#include "render/html.h"

#include <cmark.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void html_text(struct buf *b, const char *s)
{
	const char *run = s;
	if (!s)
		return;
	for (; *s; s++) {
		const char *rep;
		switch (*s) {
		case '&': rep = "&amp;"; break;
		case '<': rep = "&lt;"; break;
		case '>': rep = "&gt;"; break;
		case '"': rep = "&quot;"; break;
		case '\'': rep = "&#39;"; break;
		default: continue;
		}
		buf_append(b, run, (size_t)(s - run));
		buf_puts(b, rep);
		run = s + 1;
	}
	buf_append(b, run, (size_t)(s - run));
}

void html_attr(struct buf *b, const char *s)
{
	html_text(b, s);
}

void html_textf(struct buf *b, const char *fmt, ...)
{
	char tmp[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(tmp, sizeof(tmp), fmt, ap);
	va_end(ap);
	html_text(b, tmp);
}

void html_markdown(struct buf *b, const char *md)
{
	if (!md || !*md)
		return;
	/* CMARK_OPT_SAFE is the default since cmark 0.29; named for the reader. */
	char *out = cmark_markdown_to_html(md, strlen(md), CMARK_OPT_SAFE | CMARK_OPT_VALIDATE_UTF8);
	if (out) {
		buf_puts(b, out);
		free(out);
	}
}

const char *html_query_value(struct arena *a, const char *s)
{
	static const char hex[] = "0123456789ABCDEF";
	size_t n = s ? strlen(s) : 0, o = 0;
	char *out = arena_alloc(a, n * 3 + 1);
	if (!out)
		return "";
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
		    c == '_' || c == '~') {
			out[o++] = (char)c;
		} else {
			out[o++] = '%';
			out[o++] = hex[c >> 4];
			out[o++] = hex[c & 15];
		}
	}
	out[o] = '\0';
	return out;
}

void html_phone(struct buf *b, const char *s)
{
	char tel[24];
	size_t n = 0, digits = 0;
	bool ok = s != NULL;
	for (const char *p = s; ok && *p; p++) {
		if (*p >= '0' && *p <= '9' && n + 1 < sizeof(tel))
			tel[n++] = *p, digits++;
		else if (*p == '+' && n == 0)
			tel[n++] = '+';
		else if (!strchr(" -.()", *p))
			ok = false;
	}
	tel[n] = '\0';
	if (!ok || digits < 3 || digits > 15) {
		html_text(b, s);
		return;
	}
	HTML_LIT(b, "<a href=\"tel:");
	html_attr(b, tel);
	HTML_LIT(b, "\">");
	html_text(b, s);
	HTML_LIT(b, "</a>");
}
