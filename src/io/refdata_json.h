/* io/refdata_json.h: the reference catalogs as published upstream, read with jansson:
 * endoflife.date's products (the snapshot format of data/eol/, see data/README.md) and
 * CISA's Known Exploited Vulnerabilities catalog (its published JSON). A file of the
 * wrong shape is refused with a message naming where; nothing is half-read. */
#ifndef BEREDT_REFDATA_JSON_H
#define BEREDT_REFDATA_JSON_H

#include "model/lifecycle.h"
#include "util/err.h"

#define REFDATA_MAX ((size_t)32 << 20)

int eol_json_read(struct arena *a, const char *data, size_t len, const char *origin,
		  struct eol_catalog *out, struct err *e);
int kev_json_read(struct arena *a, const char *data, size_t len, const char *origin,
		  struct kev_catalog *out, struct err *e);

/* data/aliases.json: {"aliases": [{"name", "eol", "kev"}]} into c->aliases; "kev" is a
 * name or a list of names. */
int aliases_json_read(struct arena *a, const char *data, size_t len, const char *origin, struct eol_catalog *c,
		      struct err *e);

/* data/kev-facts.json: {"facts": [{"cve", "product" (a name or a list), "releases" (a
 * list) or "affected" (a list of {"from", "before" | "through"}), "fix", "source"}]}
 * into c->facts, sorted by CVE. */
int kev_facts_json_read(struct arena *a, const char *data, size_t len, const char *origin,
			struct kev_catalog *c, struct err *e);

#endif
