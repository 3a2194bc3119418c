/* io/coop_json.h: the cooperation's answers as JSON, one writer for the API and the CLI:
 * the members side by side, and the what-if across members (every service with its
 * member's kommunenummer, in the order to restore them). */
#ifndef BEREDT_IO_COOP_JSON_H
#define BEREDT_IO_COOP_JSON_H

#include <jansson.h>

#include "app/coop.h"

/* New references. */
json_t *coop_overview_json(const struct coop_row *rows, size_t n, enum lang lang);
json_t *coop_impact_json(const struct coop_impact *r);

#endif
