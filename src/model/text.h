/* text.h: a text held in bokmål and English. */
#ifndef BEREDT_TEXT_H
#define BEREDT_TEXT_H

#include <stdbool.h>

#include "util/i18n.h"

struct text2 {
	const char *nb;
	const char *en;
};

/* The text in lang, falling back to the other language, then to "". Borrowed. */
const char *text2_get(const struct text2 *t, enum lang lang);

/* Whether hay holds needle, case aside (ASCII, and Æ Ø Å as æ ø å): what a search box
 * means. An empty needle is held by everything; texts longer than 1,000 bytes are
 * compared on their first 1,000. */
bool text_holds(const char *hay, const char *needle);

#endif
