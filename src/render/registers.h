/* render/registers.h: the ROS registers' page: what is registered, the services (each a
 * link to its graph), systems and vendors, the exports, and for an editor the import form. */
#ifndef BEREDT_RENDER_REGISTERS_H
#define BEREDT_RENDER_REGISTERS_H

#include "model/register.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/i18n.h"

/* csrf: the page's token, for the import form of someone who may import; NULL: no form. */
void registers_overview(struct buf *b, struct arena *a, enum lang lang, const struct ros_register *reg,
			const char *csrf);

#endif
