/* io/ros_json.h: the whole ROS register as one JSON document, for moving a register
 * between installations and for programs:
 *
 *   {"format": "beredt-ros", "version": 1,
 *    "vendors": [...], "systems": [...], "services": [...], "dependencies": [...],
 *    "events": [...]}
 *
 * Each entry is an object whose keys are the CSV columns (docs/import.md): English when
 * written, bokmål or English when read. Numbers are numbers, yes/no are booleans,
 * empty is null. Reading applies exactly the checks of the CSV reader. */
#ifndef BEREDT_ROS_JSON_H
#define BEREDT_ROS_JSON_H

#include <jansson.h>
#include <stdbool.h>

#include "io/ros_csv.h"

#define ROS_JSON_FORMAT "beredt-ros"
#define ROS_JSON_VERSION 1

/* The register as a new JSON object (the caller owns the reference); NULL when out of
 * memory. */
json_t *ros_json_write(const struct ros_register *r);

/* Read a register document. Tables that are absent are left empty and given[t] false;
 * everything lives in the arena. On error, e names the table, the entry and the field. */
int ros_json_read(struct arena *a, const char *data, size_t len, const char *origin,
		  struct ros_register *out, bool given[ROS_T_COUNT], struct err *e);

#endif
