/* io/xlsx_read.h: the first sheet of an Excel workbook (.xlsx) as CSV text, so that a
 * register saved from Excel as a workbook is read by the same CSV reader as one saved as
 * CSV (io/ros_csv.c), with its labels, units and dates. The zip is opened with libzip and
 * every part read to a ceiling (a zip bomb stops at the ceiling, not in memory); the XML
 * (the shared strings, the styles that say which numbers are dates, the sheet) with expat
 * through io/xml_guard.c, which refuses entity declarations. */
#ifndef BEREDT_IO_XLSX_READ_H
#define BEREDT_IO_XLSX_READ_H

#include <stdbool.h>
#include <stddef.h>

#include "util/arena.h"
#include "util/err.h"

#define XLSX_PART_MAX ((size_t)64 << 20)    /* one part, unpacked */
#define XLSX_CELLS_MAX 4000000              /* cells of the sheet */
#define XLSX_STRINGS_MAX 1000000            /* shared strings */

/* Whether data is a zip archive (an .xlsx begins as one). */
bool xlsx_is_zip(const char *data, size_t len);

/* The first sheet as CSV: ';' between fields, every field quoted, a row per line; a
 * number in a date style as ÅÅÅÅ-MM-DD, other numbers as written, TRUE/FALSE as ja/nei.
 * *csv in the arena. -1 with a message naming origin. */
int xlsx_to_csv(struct arena *a, const char *data, size_t len, const char *origin, const char **csv, size_t *csv_len,
		struct err *e);

#endif
