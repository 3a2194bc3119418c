/* catalog.h: a catalog of measures (KS 2021, NSM principles, or any OSCAL catalog).
 *
 * Invariants after catalog_check(): group ids and item ids are unique within the
 * catalog; every item names an existing group; a parent, when set, is an earlier item.
 */
#ifndef BEREDT_CATALOG_H
#define BEREDT_CATALOG_H

#include <stddef.h>

#include "model/text.h"
#include "util/err.h"

struct catalog_group {
	const char *id;
	struct text2 title;
};

struct catalog_item {
	const char *id;
	const char *group_id;
	const char *parent_id;     /* nested OSCAL controls; NULL at top level */
	struct text2 title;
	struct text2 question;     /* what is asked */
	struct text2 why;          /* why it matters */
	struct text2 evidence;     /* what shows that it is in place */
	const char **mappings;     /* "catalog:item", e.g. "nsm-grunnprinsipper:2.6" */
	size_t n_mappings;
};

struct catalog {
	const char *id;
	const char *version;
	const char *format;        /* "beredt" or "oscal": where it came from */
	struct text2 title;
	struct text2 source;
	struct catalog_group *groups;
	size_t n_groups;
	struct catalog_item *items;
	size_t n_items;
};

/* Check the invariants above; -1 names the first offending id. */
int catalog_check(const struct catalog *c, struct err *e);

/* The item or group with this id, or NULL. Borrowed from c. */
const struct catalog_item *catalog_item_find(const struct catalog *c, const char *id);
const struct catalog_group *catalog_group_find(const struct catalog *c, const char *id);

/* Index of the group with this id, or -1. */
long catalog_group_index(const struct catalog *c, const char *id);

#endif
