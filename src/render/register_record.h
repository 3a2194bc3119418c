/* render/register_record.h: one record of a ROS register on its own page: its fields as a
 * form (for an editor), and for a service, system or vendor what rests on it and what it
 * rests on, each dependency with its remove button, and the form that adds one. */
#ifndef BEREDT_RENDER_REGISTER_RECORD_H
#define BEREDT_RENDER_REGISTER_RECORD_H

#include <stdbool.h>

#include "io/ros_csv.h"
#include "model/register.h"
#include "render/page.h"
#include "util/arena.h"
#include "util/buf.h"

struct record_view {
	enum ros_table table;          /* services, systems, vendors or events */
	const char *name;              /* the record's name; NULL: a new one */
	const char *const *vals;       /* the form's values by column (typed, or the record's now); NULL: empty */
	const char *const *was;        /* the values it was opened with by column (hidden); NULL: vals */
	const char *const *changed;    /* after a refusal: the columns someone else changed, and */
	const char *const *now;        /* their values now; n_changed of them */
	size_t n_changed;
	const struct ros_register *reg;   /* everything seen (the cooperation's too): dependencies, names */
	bool edit;                     /* may change it */
	bool shared;                   /* the cooperation's record: read only here */
};

/* The page's content under its h1 (the frame's title). */
void register_record(struct buf *b, struct arena *a, enum lang lang, const struct page_frame *pg,
		     const struct record_view *v);

/* The record's page: /ros/post?register=TABLE&navn=NAME (NULL name: a new one), in the arena. */
const char *register_record_href(struct arena *a, enum ros_table t, const char *name);

/* A field's label for people (bokmål msgid), by its column name. */
const char *register_column_label(const char *column);

#endif
