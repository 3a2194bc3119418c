/* text.h: a text held in bokmål and English. */
#ifndef BEREDT_TEXT_H
#define BEREDT_TEXT_H

#include "util/i18n.h"

struct text2 {
	const char *nb;
	const char *en;
};

/* The text in lang, falling back to the other language, then to "". Borrowed. */
const char *text2_get(const struct text2 *t, enum lang lang);

#endif
