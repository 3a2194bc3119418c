/* render/registers.h: the ROS registers' page: what is registered, the services (each a
 * link to its graph), systems and vendors, the exports, and for an editor the import form. */
#ifndef BEREDT_RENDER_REGISTERS_H
#define BEREDT_RENDER_REGISTERS_H

#include <stdbool.h>
#include <stddef.h>

#include "model/register.h"
#include "model/scales.h"
#include "render/page.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/i18n.h"

/* What the lists show: a text in the name (or a system's product, version or admin
 * domain), and a system's kind and hosting (codes); NULL or empty: any. */
/* What the lists are narrowed to (?sok=&type=&drift=&domene=&sektor=&kritikalitet=), and
 * which page of each list is shown (?side-tjenester=2 ..., from 1). */
#define REGISTERS_PAGE 50
enum { RP_SERVICES, RP_SYSTEMS, RP_VENDORS, RP_LISTS };
struct registers_filter {
	const char *text, *kind, *hosting;
	const char *domain;       /* a system's administrative domain, exactly */
	const char *sector;       /* a service's sector (service area) */
	int min_criticality;      /* services of at least this criticality; 0: all */
	int page[RP_LISTS];       /* 1, 2, ...; 0 as 1 */
};

/* csrf: the page's token, for the import form of someone who may import; NULL: no form. */
void registers_overview(struct buf *b, struct arena *a, enum lang lang, const struct ros_register *reg,
			const char *csrf, const struct registers_filter *f);

/* The preview of an import (what it would add, change and remove per register; nothing is
 * changed yet) and the form that carries the same files on to the import itself. given[t]
 * and ch[t] per register (enum ros_table); texts[t] the file given for it (JSON: index
 * ROS_T_COUNT), kept in the form as it came. A register that would lose more than half of
 * its rows is shown in red and asks for a confirmation of its own (field "fjern"). */
void registers_preview(struct buf *b, struct arena *a, enum lang lang, const char *csrf, const bool *given,
		       const struct ros_change *ch, const char *const *texts);

/* The dependency graph's figure: dot's SVG with its legend, or why there is none. */
void registers_graph_figure(struct buf *b, enum lang lang, const char *svg, size_t svg_len, const char *why_not);
/* The GET form choosing whose graph: the whole municipality (grouped by service area or
 * administrative domain, or not; one area of it), one service and what it rests on, or one
 * system's neighbourhood (two steps either way). */
struct graph_choice {
	const char *service, *system, *area;
	int group;                /* enum graph_group (render/graph_overview.h) */
};
void registers_graph_picker(struct buf *b, struct arena *a, enum lang lang, const struct ros_register *reg,
			    const struct graph_choice *c);
/* The risk matrix and the unwanted events, each with (edit) the button that makes its
 * proposed measures an action, by its number H-N and its title. */
void registers_risk(struct buf *b, struct arena *a, enum lang lang, const struct page_frame *pg, const struct ros_scales *sc,
		    const struct ros_register *reg, bool edit);

#endif
