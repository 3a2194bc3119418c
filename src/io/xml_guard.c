/* io/xml_guard.c: see xml_guard.h. */
#include "io/xml_guard.h"

#include <stdbool.h>

void xml_guard_stop(struct xml_guard *g, const char *why)
{
	if (!g->error)
		g->error = why;
	XML_StopParser(g->p, XML_FALSE);
}

bool xml_guard_enter(struct xml_guard *g)
{
	if (++g->depth > g->depth_max) {
		xml_guard_stop(g, "for dypt nøstet");
		return false;
	}
	return true;
}

/* An entity declaration has no place in a scanner's report; refusing every one stops
 * entity expansion attacks before expat's own amplification limits are needed. */
static void entity(void *data, const XML_Char *name, int pe, const XML_Char *value, int len,
		   const XML_Char *base, const XML_Char *sys, const XML_Char *pub, const XML_Char *notation)
{
	xml_guard_stop(data, "dokumentet erklærer entiteter, noe en rapport fra en skanner aldri gjør");
}

XML_Parser xml_guard_new(struct xml_guard *g, int depth_max)
{
	g->p = XML_ParserCreate("UTF-8");
	g->error = NULL;
	g->depth = 0;
	g->depth_max = depth_max;
	if (!g->p)
		return NULL;
	XML_SetUserData(g->p, g);
	XML_SetEntityDeclHandler(g->p, entity);
	XML_SetParamEntityParsing(g->p, XML_PARAM_ENTITY_PARSING_NEVER);
	return g->p;
}

int xml_guard_parse(struct xml_guard *g, const char *data, size_t len, const char *origin, struct err *e)
{
	int rc = 0;
	if (XML_Parse(g->p, data, (int)len, XML_TRUE) == XML_STATUS_ERROR || g->error)
		rc = err_set(e, "%s, linje %lu: %s.", origin, (unsigned long)XML_GetCurrentLineNumber(g->p),
			     g->error ? g->error : XML_ErrorString(XML_GetErrorCode(g->p)));
	XML_ParserFree(g->p);
	g->p = NULL;
	return rc;
}
