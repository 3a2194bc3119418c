/* io/ros_json.h: the whole ROS register as one JSON document, for moving a register
 * between installations and for programs:
 *
 *   {"format": "beredt-ros", "version": 1,
 *    "vendors": [...], "systems": [...], "services": [...], "dependencies": [...],
 *    "events": [...],
 *    "scales": {"probability": [{"label": "Svært lav", "text": "..."}, ...5],
 *               "consequence": [...5], "matrix": "0001100112011221122212222"}}
 *
 * Each entry is an object whose keys are the CSV columns (docs/import.md): English when
 * written, bokmål or English when read. Numbers are numbers, yes/no are booleans,
 * empty is null. Reading applies exactly the checks of the CSV reader. */
#ifndef BEREDT_ROS_JSON_H
#define BEREDT_ROS_JSON_H

#include <jansson.h>
#include <stdbool.h>

#include "io/ros_csv.h"
#include "model/scales.h"

#define ROS_JSON_FORMAT "beredt-ros"
#define ROS_JSON_VERSION 1

/* What a document holds. Tables that are absent are empty with given[t] false; the
 * scales are optional too. */
struct ros_document {
	struct ros_register reg;
	bool given[ROS_T_COUNT];
	struct ros_scales scales;
	bool has_scales;
};

/* The register (and the scales, unless NULL) as a new JSON object; the caller owns the
 * reference. NULL when out of memory. */
json_t *ros_json_write(const struct ros_register *r, const struct ros_scales *sc);

/* Read a register document from text, or from a parsed value (inside a whole
 * municipality's export). Everything lives in the arena. On error, e names the table,
 * the entry and the field. */
int ros_json_read(struct arena *a, const char *data, size_t len, const char *origin,
		  struct ros_document *out, struct err *e);
int ros_json_read_value(struct arena *a, json_t *doc, const char *origin, struct ros_document *out,
			struct err *e);


#endif
