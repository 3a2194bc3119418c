/* vulnmatch.h: how sure beredt is that a known exploited vulnerability concerns a system.
 * CISA's catalog names a product, never the versions; matching on the name alone flags
 * SQL Server 2019 for a flaw of 2012–2016 and OpenSSL 1.1.1w for Heartbleed. So every
 * entry that names the system's product is judged against what is known of versions:
 *   1. a shipped fact (data/kev-facts.json): the releases a flaw is in ("2016"), or the
 *      version ranges it is in ("1.0.1" through "1.0.1f"), with the fix;
 *   2. else the catalog's own text, when it states one bound ("Exim before 4.70",
 *      "2.4.48 and earlier");
 *   3. else the end-of-life catalog: a release line first published more than
 *      KEV_RELEASE_MARGIN days after CISA listed the flaw is taken to carry the fix
 *      (releases are built with the fixes published before them);
 *   4. else nothing: the product matches, the version is not known to be affected.
 * The verdict is KEV_CONFIRMED when the registered version is known to be affected,
 * KEV_POSSIBLE when it cannot be told (no facts, no version, a version that names a line
 * of releases some of which are fixed: "1.0.1"), and KEV_NOT_AFFECTED when the version
 * is known to be outside (no finding). Pure: no I/O, no clock. */
#ifndef BEREDT_VULNMATCH_H
#define BEREDT_VULNMATCH_H

#include <stdbool.h>
#include <stddef.h>

#include "model/lifecycle.h"

enum kev_confidence { KEV_NOT_AFFECTED = 0, KEV_POSSIBLE, KEV_CONFIRMED };

/* Days between CISA listing a flaw and a new release line that surely carries its fix:
 * a flaw may be listed before the vendor has a fix (a zero-day). */
#define KEV_RELEASE_MARGIN 90

/* "bekreftet", "mulig", NULL for KEV_NOT_AFFECTED: the codes of the API and the data. */
const char *kev_confidence_code(enum kev_confidence c);

/* How a version stands to a bound: below, equal, above; SHORTER when it is the bound's
 * beginning with less said ("1.0.1" against "1.0.1g": which 1.0.1?); UNKNOWN when the two
 * cannot be compared (no digits, or numbered another way: "2016" against "10.0"). */
enum vuln_order { VO_LESS, VO_EQUAL, VO_GREATER, VO_SHORTER, VO_UNKNOWN };

/* Versions are compared token by token: runs of digits as numbers, runs of letters as
 * words (lower case), anything else separates ("13.1-49.15" is 13 1 49 15, "9.0R3.4" is
 * 9 0 r 3 4, "1.0.1f" is 1 0 1 f). A letter after the end of the other is a later
 * release ("1.0.1g" after "1.0.1"), except alpha/beta/rc/pre/dev (before it). */
enum vuln_order vuln_version_order(const char *have, const char *bound);

/* Where a version is in one range (either bound may be NULL: open). */
enum kev_confidence vuln_in_range(const char *version, const struct kev_range *r);

/* One bound the catalog's text states for the entry ("before 4.70": before; "2.4.48 and
 * earlier", "through 2.14.1": through). False when it states none, or more than one
 * (several branches: better to say nothing than the wrong one). In the arena. */
bool vuln_text_bound(struct arena *a, const char *text, struct kev_range *out);

/* What is known of the thing matched: its normalised names (its product as registered,
 * the end-of-life catalog's id, an alias's names), its version as registered (NULL) and
 * the release the end-of-life catalog found for it (NULL). */
struct kev_subject {
	const char *const *names;
	size_t n_names;
	const char *version;
	const struct eol_release *release;
};

/* One entry that concerns a subject, how sure, and what fixes it when known. */
struct kev_hit {
	const struct kev_entry *entry;
	enum kev_confidence confidence;
	const char *fix;          /* "1.0.1g", "sikkerhetsoppdateringen fra august 2020"; NULL */
};

/* The verdict for one entry (the entry is taken to name the subject's product). */
enum kev_confidence kev_judge(struct arena *a, const struct kev_catalog *c, const struct kev_entry *k,
			      const struct kev_subject *s, const char **fix);

/* Every entry that concerns a subject: those under any of its names, and those a fact
 * ties to one of its names although the catalog names the product otherwise ("Multiple
 * Products"); each once, judged, those not affected left out. Confirmed first, then
 * ransomware, then the newest. Pointers into the catalog in *out (arena); returns how
 * many, -1 out of memory. */
long kev_assess(struct arena *a, const struct kev_catalog *c, const struct kev_subject *s, struct kev_hit **out);

/* What the findings say of a list of hits: how many of each confidence, how many of
 * those ransomware uses, and one example (the first) with its fix. */
struct kev_tally {
	int confirmed, confirmed_ransomware;
	const char *confirmed_example, *confirmed_fix;
	int possible, possible_ransomware;
	const char *possible_example, *possible_fix;
};
void kev_tally(const struct kev_hit *h, size_t n, struct kev_tally *t);

#endif
