/* prep_view.h: what the preparedness pages share (h_prep.c, h_prep_items.c; private to
 * src/web/). */
#ifndef BEREDT_PREP_VIEW_H
#define BEREDT_PREP_VIEW_H

#include <stdbool.h>
#include <stdint.h>

#include "app/prep.h"
#include "util/buf.h"
#include "web/req.h"

/* The documents; false after answering with the error. */
bool prepv_load(struct req *r, struct prep_all *p);
/* The version a form was made from (its hidden field "versjon"); -1 when missing. */
int prepv_based_on(struct req *r);
void prepv_hidden_version(struct buf *b, int v);
/* Whether the user may change preparedness (redaktør and above). */
bool prepv_editor(struct req *r);
/* The preparedness page, with an error above it. */
void prepv_page(struct req *r, int status, const char *error);

struct page;
/* The incident list and the form to declare one (h_incident.c). */
void prepv_incidents(struct req *r, const struct page *pg);

#endif
