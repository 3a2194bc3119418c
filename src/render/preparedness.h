/* render/preparedness.h: the preparedness page's sections (measures 4a–4d and the
 * competence of 1a and 5b): the plan with its crisis organisation and action cards, the
 * contacts, the exercises with their lessons, the competence by area, and the crisis
 * kit's form. Given their data; the forms carry the version they were made from. */
#ifndef BEREDT_RENDER_PREPAREDNESS_H
#define BEREDT_RENDER_PREPAREDNESS_H

#include <stdbool.h>

#include "app/prep.h"
#include "render/page.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/i18n.h"

struct preparedness_view {
	struct arena *a;
	enum lang lang;
	const struct page *pg;
	int32_t today;
	int stale_days;      /* a contact not verified for longer is marked */
	bool editor;         /* redaktør and above: the forms */
	const struct prep_scenario *scenarios;   /* exercise scenarios from the ROS analysis */
	size_t n_scenarios;
};

void preparedness_sections(struct buf *b, const struct preparedness_view *v, const struct prep_all *p);
void preparedness_kit_section(struct buf *b, const struct preparedness_view *v);

#endif
