/* text.c: see text.h. */
#include "model/text.h"

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
