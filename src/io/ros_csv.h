/* io/ros_csv.h: the ROS registers as CSV files, the way Norwegian Excel writes them:
 * ';' (or ',' or tab, found from the header line), UTF-8 with or without a byte order
 * mark, or Windows-1252. Headers in bokmål or English (docs/import.md). Errors name the
 * line and the column. Written files are UTF-8 with a byte order mark, ';', every field
 * quoted, and cells that a spreadsheet would take as a formula are defused. */
#ifndef BEREDT_ROS_CSV_H
#define BEREDT_ROS_CSV_H

#include <stddef.h>

#include "model/register.h"
#include "util/arena.h"
#include "util/buf.h"

#define ROS_CSV_MAX ((size_t)16 << 20)
#define ROS_CSV_ROWS_MAX 200000

enum ros_table { ROS_T_SERVICES, ROS_T_SYSTEMS, ROS_T_VENDORS, ROS_T_DEPENDENCIES, ROS_T_EVENTS,
		 ROS_T_COUNT };

/* "tjenester", "systemer", "leverandorer", "avhengigheter", "hendelser". */
const char *ros_table_name(enum ros_table t);

/* Read rows of table t into *rows (an array of struct ros_service, ros_system, ...,
 * matching t; n of them), all in the arena. A system's vendor and a dependency's ends
 * are names; nothing is checked against the database here. */
int ros_csv_read(struct arena *a, enum ros_table t, const char *data, size_t len,
		 const char *origin, void **rows, size_t *n, struct err *e);

/* Write table t of the register. */
int ros_csv_write(enum ros_table t, const struct ros_register *r, struct buf *out, struct err *e);

#endif
