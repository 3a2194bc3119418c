/* render/attachments.h: the files attached to one thing (model/attachment.h) as a section
 * of its page: the live files to download, the form to add or replace one, the earlier
 * versions and removals; and the list of every file of the municipality. */
#ifndef BEREDT_RENDER_ATTACHMENTS_H
#define BEREDT_RENDER_ATTACHMENTS_H

#include <stdbool.h>
#include <stddef.h>

#include "model/attachment.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/i18n.h"

struct attach_view {
	enum lang lang;
	struct arena *a;
	const char *csrf;
	bool editor;              /* may add, replace and remove */
	const char *target;       /* "measure:3b" */
	const struct attachment *xs;   /* the target's files, live and past */
	size_t n;
};

/* The section, with an <h2>. */
void attach_section(struct buf *b, const struct attach_view *v);

/* The page a target's files are shown on: its own page where it has one (a measure, an
 * action, a system's security profile), else the page of files for it (arena). */
const char *attach_target_href(struct arena *a, const struct attach_target *t);

/* What a target is, for people: "KS-tiltak 3b", "Oppgave i handlingsplanen T-12" (arena). */
const char *attach_target_label(struct arena *a, enum lang lang, const struct attach_target *t);

/* "Vedlegg (2)" as a link to the files of a target, for a list with a row per thing. */
void attach_link(struct buf *b, struct arena *a, enum lang lang, const char *target, size_t live);

/* Every file of the municipality, newest first, with what it belongs to. */
void attach_all(struct buf *b, struct arena *a, enum lang lang, const struct attachment *xs, size_t n);

/* A size for people: "412 byte", "38 kB", "2,4 MB" (arena). */
const char *attach_size_text(struct arena *a, enum lang lang, int64_t size);

#endif
