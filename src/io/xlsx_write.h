/* io/xlsx_write.h: one table as an Excel workbook (.xlsx), with libxlsxwriter: a header row
 * in bold, frozen, with a filter; every value written as a string or a number, never as a
 * formula (a cell beginning with '=' stays text); the columns that take a list of values get
 * that list as data validation (where it fits Excel's 255 characters), the lists themselves
 * on a second sheet "verdier" for people to read. libxlsxwriter writes to a file, so the workbook is made in a private temporary
 * directory and read back. */
#ifndef BEREDT_IO_XLSX_WRITE_H
#define BEREDT_IO_XLSX_WRITE_H

#include <stdbool.h>
#include <stddef.h>

#include "util/buf.h"
#include "util/err.h"

struct xlsx_column {
	const char *header;
	bool number;                  /* written as a number where the text is one */
	const char *const *values;    /* the values it takes, or NULL */
	size_t n_values;
	double width;                 /* in characters; 0: 16 */
};

struct xlsx_table {
	const char *sheet;            /* the sheet's name (at most 31 characters, no []:*?/\) */
	const char *values_sheet;     /* the name of the sheet of value lists ("verdier") */
	const struct xlsx_column *cols;
	size_t n_cols;
	const char *const *cells;     /* row-major, n_rows × n_cols; NULL or "" for empty */
	size_t n_rows;
};

/* The workbook into out, made in a private directory under tmpdir (the settings'). -1 with a
 * message when libxlsxwriter or the file system fails. */
int xlsx_write_table(const struct xlsx_table *t, const char *tmpdir, struct buf *out, struct err *e);

#endif
