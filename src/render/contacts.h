/* render/contacts.h: the contacts table (measure 4b), one function for the page and the
 * crisis kit: name and organisation, role in a crisis with what they bring, phones (the
 * second channel too), e-mail, availability and when it was last verified. */
#ifndef BEREDT_RENDER_CONTACTS_H
#define BEREDT_RENDER_CONTACTS_H

#include "model/prep.h"
#include "render/page.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/i18n.h"

struct contacts_opts {
	int32_t today;
	int stale_days;             /* a contact older than this is marked; 0: no marks (paper) */
	const struct page_frame *pg;      /* with a form to verify each, on the page; NULL: none */
	int version;                /* the contacts' version the form is made from */
};

void contacts_table(struct buf *b, struct arena *a, enum lang lang, const struct prep_contacts *c,
		    const struct contacts_opts *o);

#endif
