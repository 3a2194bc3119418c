/* render/preparedness_html.h: the preparedness page's sections (measures 4a–4d and the
 * competence of 1a and 5b): the plan with its crisis organisation and action cards, the
 * contacts, the exercises with their lessons, the competence by area, and the crisis
 * kit's form. Given their data; the forms carry the version they were made from. */
#ifndef BEREDT_RENDER_PREPAREDNESS_HTML_H
#define BEREDT_RENDER_PREPAREDNESS_HTML_H

#include <stdbool.h>

#include "app/prep_docs.h"
#include "render/page.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/i18n.h"

/* Empty rows in the plan's form for new roles of the crisis organisation. */
#define PREPAREDNESS_ROLE_ROWS 2

struct preparedness_view {
	struct arena *a;
	enum lang lang;
	const struct page_frame *pg;
	int32_t today;
	int stale_days;      /* a contact not verified for longer is marked */
	bool editor;         /* redaktør and above: the forms */
	const struct prep_scenario *scenarios;   /* exercise scenarios from the ROS analysis */
	size_t n_scenarios;
	const struct attachment *files;   /* the municipality's attached files, for the links to them */
	size_t n_files;
};

void preparedness_sections(struct buf *b, const struct preparedness_view *v, const struct prep_all *p);
void preparedness_kit_section(struct buf *b, const struct preparedness_view *v);

/* The plan's form: the activation, the crisis organisation (its roles and PREPAREDNESS_ROLE_ROWS
 * empty rows), the review interval and the two "done today" boxes. */
void preparedness_plan_form(struct buf *b, const struct preparedness_view *v, const struct prep_plan *plan, int version);
/* One action card as it reads, and for an editor its form. */
void preparedness_card_form(struct buf *b, const struct preparedness_view *v, const struct prep_card *c, int version);

/* What the insurers' security conditions are checked against: the answers and findings. */
struct preparedness_conditions {
	struct answer *answers;
	size_t n_answers;
	struct finding *findings;
	size_t n_findings;
};

/* The insurance page (render/insurance.c): the policies and offers side by side, each
 * condition met or not, and for an editor the form to register one. */
void preparedness_insurance(struct buf *b, const struct preparedness_view *v, const struct prep_all *p,
			    const struct preparedness_conditions *in);

#endif
