/* io/ros_csv.h: the ROS registers as CSV files, the way Norwegian Excel writes them:
 * ';' (or ',' or tab, found from the header line), UTF-8 with or without a byte order
 * mark, or Windows-1252. Headers in bokmål or English (docs/import.md). Errors name the
 * line and the column. Written files are UTF-8 with a byte order mark, ';', every field
 * quoted, and cells that a spreadsheet would take as a formula are defused. */
#ifndef BEREDT_ROS_CSV_H
#define BEREDT_ROS_CSV_H

#include <stdbool.h>
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
/* The table of such a name, or of its English one ("systems"); -1 for neither. */
int ros_table_parse(const char *name);

/* Read rows of table t into *rows (an array of struct ros_service, ros_system, ...,
 * matching t; n of them), all in the arena. A system's vendor and a dependency's ends
 * are names; nothing is checked against the database here. */
int ros_csv_read(struct arena *a, enum ros_table t, const char *data, size_t len,
		 const char *origin, void **rows, size_t *n, struct err *e);

/* The same, saying in *where the line of each row and, for dependencies, the column of
 * each field, so that a problem found later (in the store) names its line and column. */
int ros_csv_read_where(struct arena *a, enum ros_table t, const char *data, size_t len, const char *origin,
		       void **rows, size_t *n, struct ros_where *where, struct err *e);

/* The per-table arrays of rows (indexed by enum ros_table, as read above) as a register. */
void ros_rows_register(void *const rows[ROS_T_COUNT], const size_t n[ROS_T_COUNT],
		       struct ros_register *out);

/* Write table t of the register. */
int ros_csv_write(enum ros_table t, const struct ros_register *r, struct buf *out, struct err *e);

/* ---- rows as text, for the other formats (io/ros_json.c) ---- */

#define ROS_COLS_MAX 16
enum ros_col_type { ROS_COL_TEXT, ROS_COL_INT, ROS_COL_BOOL };

/* The columns of table t: how many, their names in bokmål or English, and what they hold. */
size_t ros_table_columns(enum ros_table t);
const char *ros_column_name(enum ros_table t, size_t k, bool english);
enum ros_col_type ros_column_type(enum ros_table t, size_t k);

/* The number of rows of table t in the register. */
size_t ros_table_rows(enum ros_table t, const struct ros_register *r);

/* Row i of table t as text in column order ("" when empty, "ja"/"nei" for yes/no);
 * returns the number of columns. The pointers are into the register and *o. */
struct ros_row_text {
	const char *v[ROS_COLS_MAX];
	char num[6][16];
	char day[16];
};
size_t ros_row_text(enum ros_table t, const struct ros_register *r, size_t i, struct ros_row_text *o);

/* Read nrows rows given as names and text values: get(ctx, i, keys, vals, max, e) fills row
 * i's field names (bokmål or English, as CSV headers) and values and returns how many, or
 * -1 with e set. The same checks as CSV; errors name the table, the entry (from 1) and
 * the field. */
typedef long ros_row_fn(void *ctx, size_t i, const char **keys, const char **vals, size_t max,
			struct err *e);
int ros_rows_read(struct arena *a, enum ros_table t, const char *origin, size_t nrows,
		  ros_row_fn *get, void *ctx, void **rows, size_t *n, struct err *e);

#endif
