/* render/profiles.h: the security profiles (model/posture.h) as pages: every system with
 * what is missing, and one system's form (measures 1b, 3a–3d). Given their data. */
#ifndef BEREDT_RENDER_PROFILES_H
#define BEREDT_RENDER_PROFILES_H

#include <stdbool.h>

#include "model/posture.h"
#include "model/register.h"
#include "render/page.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/i18n.h"

struct profiles_view {
	struct arena *a;
	enum lang lang;
	const struct page_frame *pg;
	bool editor;   /* redaktør and above: the form can be saved */
};

/* Every system of the register beside its profile, if any; 'p' in system id order. */
void profiles_list(struct buf *b, const struct profiles_view *v, const struct ros_register *reg,
		   const struct posture *p, size_t n);
/* The cooperation's shared systems beside their profiles, under a heading naming who keeps
 * them (v->editor false). */
void profiles_shared(struct buf *b, const struct profiles_view *v, const char *coop, const struct ros_register *reg,
		     const struct posture *p, size_t n);
/* The form for one system's profile, keyed by its name. */
void profiles_form(struct buf *b, const struct profiles_view *v, const struct ros_system *s, const struct posture *p);

#endif
