/* h_prep.h: what the preparedness pages share, defined in h_prep.c and h_incident.c and
 * used by h_prep_items.c (private to src/web/). */
#ifndef BEREDT_WEB_H_PREP_H
#define BEREDT_WEB_H_PREP_H

#include <stdbool.h>
#include <stdint.h>

#include "app/prep_docs.h"
#include "render/preparedness_html.h"
#include "util/buf.h"
#include "web/req.h"

/* The documents; false after answering with the error. */
bool h_prep_load(struct req *r, struct prep_all *p);
/* The version a form was made from (its hidden field "versjon"); -1 when missing. */
int h_prep_based_on(struct req *r);
/* Whether the user may change preparedness (redaktør and above). */
bool h_prep_editor(struct req *r);
/* What the preparedness sections are drawn with, for this request and frame. */
struct preparedness_view h_prep_view(struct req *r, const struct page_frame *pg);
/* The preparedness page, with an error above it. */
void h_prep_page(struct req *r, int status, const char *error);

/* The incident list and the form to declare one (h_incident.c). */
void h_prep_incidents(struct req *r, const struct page_frame *pg);

#endif
