/* io/vcard.h: contacts as vCard 4.0 (RFC 6350), for phones and address books, and read
 * back from a .vcf file (a phone's export, or beredt's). Writing escapes and folds as the
 * RFC says; reading unfolds, unescapes, takes FN (or N), ORG, TITLE or ROLE, the first two
 * TEL, EMAIL and NOTE, and refuses a malformed file with its line number. */
#ifndef BEREDT_VCARD_H
#define BEREDT_VCARD_H

#include "model/prep.h"
#include "util/buf.h"

#define VCARD_MAX ((size_t)4 << 20)

int vcard_write(struct buf *b, const struct prep_contacts *c);

/* New contacts (kind "ekstern", availability "avtale", not verified) in the arena. */
int vcard_read(struct arena *a, const char *data, size_t len, const char *origin, struct prep_contacts *out,
	       struct err *e);

/* iCalendar (RFC 5545): the exercises, the plan's next review and the given deadlines
 * (title, date) as all-day events. uid_prefix makes the UIDs stable per municipality. */
struct ical_deadline {
	const char *title;
	int32_t date;
	const char *uid;
};
int ical_write(struct buf *b, const char *uid_prefix, const char *stamp, const struct prep_exercises *x,
	       const struct ical_deadline *d, size_t n);

#endif
