/* io/catalog_json.h: reading catalogs from JSON.
 *
 * Two formats are read (docs/catalog-format.md):
 *  - the beredt format: {"format": "beredt-catalog/1", "id", "version", "title",
 *    "groups": [{"id", "title", "items": [...]}]} with texts in bokmål and English;
 *  - OSCAL catalogs: {"catalog": {"metadata", "groups": [{"controls": [...]}]}},
 *    nested groups and controls flattened (a nested control keeps its parent).
 * Duplicate keys are refused; so are duplicate ids (catalog_check).
 */
#ifndef BEREDT_CATALOG_JSON_H
#define BEREDT_CATALOG_JSON_H

#include <stddef.h>

#include "model/catalog.h"
#include "util/arena.h"

#define CATALOG_FILE_MAX ((size_t)32 << 20)
#define CATALOG_ITEMS_MAX 20000

/* Parse data (len bytes) into *out, all in the arena. id_override (may be NULL)
 * replaces the catalog's id. 'origin' names the input in messages. */
int catalog_json_parse(struct arena *a, const char *data, size_t len, const char *origin,
		       const char *id_override, struct catalog **out, struct err *e);

#endif
