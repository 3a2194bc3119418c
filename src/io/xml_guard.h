/* io/xml_guard.h: what every XML reader here shares (expat): a parser that refuses any
 * entity declaration (entity expansion, external entities) and nesting beyond a limit,
 * and stops with a message. A reader's state begins with a struct xml_guard. */
#ifndef BEREDT_XML_GUARD_H
#define BEREDT_XML_GUARD_H

#include <expat.h>
#include <stdbool.h>
#include <stddef.h>

#include "util/err.h"

struct xml_guard {
	XML_Parser p;
	const char *error;        /* why a handler stopped the parser */
	int depth;
	int depth_max;
};

/* A parser whose user data is 'state' (starting with g); handlers set by the caller. */
XML_Parser xml_guard_new(struct xml_guard *g, int depth_max);

/* Stop with a reason (the first one is kept). */
void xml_guard_stop(struct xml_guard *g, const char *why);

/* Count one level down; false (and stopped) past the limit. */
bool xml_guard_enter(struct xml_guard *g);

/* Parse all of data; -1 with "origin, linje N: why". Frees the parser. */
int xml_guard_parse(struct xml_guard *g, const char *data, size_t len, const char *origin, struct err *e);

#endif
