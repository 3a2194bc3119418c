/* model/attachment.h: evidence as files (issue 15): what a file may be attached to, the
 * types taken, and the name it is kept under. Pure: no storage, no clock.
 *
 * A file belongs to one thing of the municipality, named by a target "KIND:REF" that means
 * the same in the CLI, the API and the pages, and survives a move to another installation:
 *   measure:3b       a measure of the assessment (its answer, in every round)
 *   action:12        an item of the action plan (T-12)
 *   finding:7        a finding (F-7)
 *   restore:NAME     the restore test of system NAME
 *   exercise:3       an exercise (Ø-3)
 *   insurance:NAME   an insurance policy or offer
 * The content's type is told by the content itself (io/filetype.h), never by the name or
 * the sender, and must be one of the document and image types below. */
#ifndef BEREDT_MODEL_ATTACHMENT_H
#define BEREDT_MODEL_ATTACHMENT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util/arena.h"
#include "util/err.h"

/* One file's ceiling: an audit report or a scanned contract; a form's or the API's body
 * holds one file and its framing (web/router.c). */
#define ATTACH_MAX ((size_t)10 << 20)
#define ATTACH_NAME_MAX 200       /* bytes of the name kept */
#define ATTACH_PER_TARGET 100     /* live files on one thing */

enum attach_kind { ATT_MEASURE = 0, ATT_ACTION, ATT_FINDING, ATT_RESTORE, ATT_EXERCISE, ATT_INSURANCE, ATT_KIND_COUNT };

struct attach_target {
	enum attach_kind kind;
	const char *ref;          /* "3b", "12", a system's name */
	int no;                   /* action, finding, exercise: the number; else 0 */
};

struct attachment {
	int64_t id;               /* V-ID in the pages */
	struct attach_target target;
	const char *name;         /* as given, cleaned (attach_clean_name) */
	const char *content_type; /* as told by the content */
	int64_t size;
	const char *sha256;       /* hex */
	const char *note;         /* NULL */
	int64_t replaces;         /* the version it took the place of; 0 */
	const char *added_by, *added_at;
	/* gone from the live list: replaced by a newer version, or removed */
	int64_t replaced_by;      /* 0 */
	const char *removed_by, *removed_at, *removed_reason;   /* NULL unless removed */
};

const char *attach_kind_code(enum attach_kind k);     /* "measure" */
const char *attach_kind_label(enum attach_kind k);    /* bokmål msgid: "Tiltak i vurderingen" */

/* Parse "KIND:REF" (the codes above; the reference trimmed, F-7 / T-12 / Ø-3 taken for the
 * numbers); -1 with e saying what is wrong. ref is borrowed from s or the arena. */
MUST_CHECK int attach_target_parse(struct arena *a, const char *s, struct attach_target *out, struct err *e);
/* The target as text, "measure:3b" (arena). */
const char *attach_target_text(struct arena *a, const struct attach_target *t);

/* The name a file is kept and offered under: the last part of a path (a browser may send
 * C:\fakepath\x.pdf), control characters, quotes, slashes and backslashes replaced by '_',
 * at most ATTACH_NAME_MAX bytes on a character boundary; "vedlegg" for an empty one.
 * The arena's copy. */
const char *attach_clean_name(struct arena *a, const char *name);

/* Whether a type told by the content is taken: PDF, Office and OpenDocument files, images
 * (PNG, JPEG, GIF, WebP) and plain text. HTML, SVG, scripts and programs are not (a file
 * that a browser would run is no evidence). The label of a taken type, bokmål msgid. */
bool attach_type_allowed(const char *content_type);
const char *attach_type_label(const char *content_type);

/* How many of xs are live on the target (kind, ref). */
size_t attach_count(const struct attachment *xs, size_t n, enum attach_kind kind, const char *ref);

/* Whether the file is live: neither replaced nor removed. */
bool attach_live(const struct attachment *x);

#endif
