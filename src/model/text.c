/* text.c: see text.h. */
#include "model/text.h"

#include <string.h>

const char *text2_get(const struct text2 *t, enum lang lang)
{
	const char *first = lang == LANG_EN ? t->en : t->nb;
	const char *second = lang == LANG_EN ? t->nb : t->en;
	if (first && *first)
		return first;
	if (second && *second)
		return second;
	return "";
}

/* Lower case into out (n bytes, NUL-terminated): ASCII letters and the capitals Æ Ø Å. */
static void lower(const char *in, char *out, size_t n)
{
	size_t o = 0;
	for (const unsigned char *p = (const unsigned char *)in; *p && o + 1 < n; p++) {
		unsigned char c = *p;
		if (c >= 'A' && c <= 'Z')
			c = (unsigned char)(c + 32);
		else if (o && (unsigned char)out[o - 1] == 0xC3 && (c == 0x86 || c == 0x98 || c == 0x85))
			c = (unsigned char)(c + 0x20);    /* Æ Ø Å: C3 86/98/85 become C3 A6/B8/A5 */
		out[o++] = (char)c;
	}
	out[o] = '\0';
}

bool text_holds(const char *hay, const char *needle)
{
	char h[1001], w[1001];
	if (!needle || !*needle)
		return true;
	if (!hay)
		return false;
	lower(hay, h, sizeof(h));
	lower(needle, w, sizeof(w));
	return strstr(h, w) != NULL;
}
