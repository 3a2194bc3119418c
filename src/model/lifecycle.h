/* lifecycle.h: the reference catalogs a system is checked against, and the matching.
 * End of life: endoflife.date's products and release cycles; a system's product and
 * version give its support status. Known exploited vulnerabilities: CISA's KEV catalog;
 * a system's vendor and product give the entries that concern it. Names are compared
 * normalised (lower case, runs of anything but letters and digits as one '-'). Pure: the
 * caller passes today's date. */
#ifndef BEREDT_LIFECYCLE_H
#define BEREDT_LIFECYCLE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util/arena.h"

#define LIFE_NEVER INT32_MAX      /* "eol": false, no end announced */
#define LIFE_ENDED (INT32_MIN + 1) /* "eol": true, ended on a date not given */
#define LIFE_SOON_DAYS 183        /* "ends within 6 months" */

/* A normalised name and the product or entry it names (an index sorted by name, then by
 * position, so that a lookup is a binary search and finds what a scan in order would). */
struct life_name {
	const char *name;
	size_t at;
};

struct eol_release {
	const char *cycle;        /* "2012-r2", "7.0" */
	const char *label;        /* the name people use, normalised ("2016-sp3"); NULL */
	int32_t eol;              /* end of security support: a date, LIFE_NEVER or LIFE_ENDED */
	int32_t eoes;             /* end of extended (paid) support; DATE_NONE when none */
	int32_t released;         /* first published; DATE_NONE when not given */
};

struct eol_product {
	const char *id;           /* "windows-server" */
	const char *title;        /* "Microsoft Windows Server" */
	struct eol_release *releases;
	size_t n;
	const char *names[3];     /* normalised: id, title, title without its first word */
};

/* A name people use for a product, and what the catalogs call it (data/aliases.json). */
struct life_alias {
	const char *name;         /* normalised */
	const char *eol;          /* an end-of-life product id, or NULL */
	const char **kev;         /* KEV product names (with or without the vendor) */
	size_t n_kev;
};

/* A loaded reference catalog, as the store keeps it: which one, its version and how new its
 * data is. */
struct refdata_info {
	const char *name;         /* "eol" or "kev" */
	const char *version;
	int32_t data_date;        /* the newest data in it */
	const char *loaded_at, *loaded_by;
};

struct eol_catalog {
	struct eol_product *products;
	size_t n;
	const struct life_alias *aliases;   /* tried when a name is not found as it is */
	size_t n_aliases;
	const char *version;      /* the upstream commit */
	int32_t newest;           /* the newest date in the data: how old the snapshot is */
	struct life_name *index;  /* by eol_prepare */
	size_t n_index;
};

struct kev_entry {
	const char *cve, *vendor, *product, *name, *action;
	const char *desc;         /* shortDescription: where the catalog states versions */
	int32_t added, due;
	bool ransomware;          /* "knownRansomwareCampaignUse": "Known" */
	const char **names;       /* normalised product names, alone and after the vendor */
	size_t n_names;
};

/* A range of versions: from (inclusive), before (exclusive) or through (inclusive);
 * a NULL bound is open. */
struct kev_range {
	const char *from, *before, *through;
};

/* What is known of the versions one entry concerns for one product (data/kev-facts.json):
 * the releases it is in (the names people use: "2016", "2012-r2"), or the ranges of
 * versions it is in; and what fixes it. */
struct kev_fact {
	const char *cve;
	const char **products;    /* normalised names of the product it is about */
	size_t n_products;
	const char **releases;    /* normalised like life_version_norm */
	size_t n_releases;
	struct kev_range *ranges;
	size_t n_ranges;
	const char *fix;
	const char *source;       /* the vendor's advisory */
};

struct kev_catalog {
	struct kev_entry *entries;
	size_t n;
	const char *version;      /* "2025.08.25" */
	int32_t released;
	struct life_name *index;  /* by kev_prepare */
	size_t n_index;
	const struct kev_entry **by_cve;   /* by kev_prepare: the entries sorted by CVE */
	struct kev_fact *facts;   /* sorted by CVE (by kev_facts_prepare) */
	size_t n_facts;
};

enum life_status { LIFE_UNKNOWN = 0, LIFE_SUPPORTED, LIFE_ENDING, LIFE_UNSUPPORTED };

/* The normalised form of s, in the arena. */
char *life_norm(struct arena *a, const char *s);

/* Work out the normalised names of every product and entry once, after reading a
 * catalog, so that matching is only comparing; running one again rebuilds what it
 * made. -1 when out of memory. */
int eol_prepare(struct arena *a, struct eol_catalog *c);
int kev_prepare(struct arena *a, struct kev_catalog *c);

/* The product a system's product name means: its id, its title, or its title without
 * the first word (the maker: "Microsoft Windows Server" is also "Windows Server").
 * NULL when none. */
const struct eol_product *eol_find_product(struct arena *a, const struct eol_catalog *c,
					   const char *product);

/* A version as cycles are written: lower case, spaces as '-', dots kept ("2012 R2" is
 * "2012-r2"). In the arena. */
char *life_version_norm(struct arena *a, const char *s);

/* The release cycle of a version: the cycle itself ("2012 R2"), or the longest cycle the
 * version starts with followed by '.' ("7.0.3" is in "7.0") or, after a digit, by a letter
 * ("1.1.1w" is in "1.1.1", "7.0u3" in "7.0"), or else the release whose
 * label is the version or starts with it ("2016" is "2016 SP3"; of several, the one
 * supported longest). NULL when none. */
const struct eol_release *eol_find_release(struct arena *a, const struct eol_product *p,
					   const char *version);

/* The status of a release on 'today' (by end of security support; paid extended support
 * does not count as supported), and the end date (or LIFE_NEVER / LIFE_ENDED). */
enum life_status life_status(const struct eol_release *r, int32_t today, int32_t *end);

/* "ukjent", "støttet", "slutter snart", "ikke støttet" (bokmål msgids). */
const char *life_status_label(enum life_status s);

/* The alias for a product name, or NULL. */
const struct life_alias *life_alias_find(struct arena *a, const struct eol_catalog *c, const char *product);

/* The entry with this CVE id, or NULL. */
const struct kev_entry *kev_find(const struct kev_catalog *c, const char *cve);

/* Sort the facts by CVE, after reading them. */
void kev_facts_prepare(struct kev_catalog *c);

/* The facts of one CVE: the first in *first, how many returned. */
size_t kev_facts_of(const struct kev_catalog *c, const char *cve, const struct kev_fact **first);

/* The KEV entries for a system: an entry's product names (split on ", " and " and ")
 * equal the system's product, alone or after the entry's vendor ("VMware ESXi").
 * Pointers into the catalog in *out (arena); returns how many, -1 out of memory. */
long kev_match(struct arena *a, const struct kev_catalog *c, const char *product,
	       const struct kev_entry ***out);

#endif
