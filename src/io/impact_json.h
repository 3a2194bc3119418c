/* io/impact_json.h: the answer of the impact question (app/impact.h) as JSON, one
 * writer for the API and the CLI: {"mode", "failed", "cycles", "services": [...]}. */
#ifndef BEREDT_IMPACT_JSON_H
#define BEREDT_IMPACT_JSON_H

#include <jansson.h>

#include "app/impact.h"

/* A new reference. */
json_t *impact_json(const struct impact_result *r);

#endif
