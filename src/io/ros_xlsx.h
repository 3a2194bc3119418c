/* io/ros_xlsx.h: the ROS registers as Excel workbooks (io/xlsx_write.h), the columns named
 * and ordered as the CSV files, the value lists as data validation; and the templates to
 * start from, as CSV and as a workbook, with one example row (the demo's first) and the
 * allowed values. Reading a workbook is the CSV reader's (io/csv_text.h). */
#ifndef BEREDT_IO_ROS_XLSX_H
#define BEREDT_IO_ROS_XLSX_H

#include <stdbool.h>

#include "io/ros_csv.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/err.h"

/* The values column k of table t takes (codes, static), how many (at most max); 0 for a
 * free column. Yes/no columns take "ja" and "nei". */
size_t ros_column_values(enum ros_table t, size_t k, const char **out, size_t max);

/* Table t of the register as a workbook. */
int ros_xlsx_write(enum ros_table t, const struct ros_register *r, const char *tmpdir, struct buf *out, struct err *e);

/* The template of table t: CSV (as ros_csv_write writes) or a workbook, with the header and
 * one example row. tmpdir: as xlsx_write_table's. */
int ros_template(struct arena *a, enum ros_table t, bool xlsx, const char *tmpdir, struct buf *out, struct err *e);

#endif
