/* io/xlsx_write.c: see xlsx_write.h. */
#include "io/xlsx_write.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include "util/file.h"

#define XLSX_OUT_MAX ((size_t)64 << 20)
#define VALIDATION_MAX 64

/* A whole number or a decimal with '.' or ',': what a number column holds. */
static bool numeric(const char *s, double *v)
{
	char tmp[64], *end;
	size_t n = strlen(s);
	if (!n || n >= sizeof(tmp))
		return false;
	memcpy(tmp, s, n + 1);
	for (char *p = tmp; *p; p++)
		if (*p == ',')
			*p = '.';
	*v = strtod(tmp, &end);
	return *end == '\0' && end != tmp;
}

static int write_book(const struct xlsx_table *t, const char *path, struct err *e)
{
	lxw_workbook *wb = workbook_new(path);
	if (!wb)
		return err_set(e, "Kan ikke lage arbeidsboken.");
	lxw_worksheet *ws = workbook_add_worksheet(wb, t->sheet);
	lxw_worksheet *vs = NULL;
	lxw_format *bold = workbook_add_format(wb);
	lxw_error x = LXW_NO_ERROR;
	bool lists = false;
	if (!ws || !bold) {
		workbook_close(wb);
		return err_set(e, "Kan ikke lage arbeidsboken.");
	}
	format_set_bold(bold);
	for (size_t c = 0; c < t->n_cols; c++)
		lists |= t->cols[c].values != NULL;
	if (lists && !(vs = workbook_add_worksheet(wb, t->values_sheet))) {
		workbook_close(wb);
		return err_set(e, "Kan ikke lage arbeidsboken.");
	}
	for (size_t c = 0; c < t->n_cols && !x; c++) {
		const struct xlsx_column *col = &t->cols[c];
		x = worksheet_write_string(ws, 0, (lxw_col_t)c, col->header, bold);
		if (!x)
			x = worksheet_set_column(ws, (lxw_col_t)c, (lxw_col_t)c, col->width > 0 ? col->width : 16, NULL);
		if (!x && col->values && vs) {
			x = worksheet_write_string(vs, 0, (lxw_col_t)c, col->header, bold);
			for (size_t k = 0; !x && k < col->n_values; k++)
				x = worksheet_write_string(vs, (lxw_row_t)(k + 1), (lxw_col_t)c, col->values[k], NULL);
			if (!x)
				x = worksheet_set_column(vs, (lxw_col_t)c, (lxw_col_t)c, 18, NULL);
			/* the list as validation down the column, past the rows there are: given as the
			 * list itself (Excel takes 255 characters of it), not as a range of the values
			 * sheet, which libxlsxwriter 1.1.4 does not free */
			size_t chars = 0;
			for (size_t k = 0; k < col->n_values; k++)
				chars += strlen(col->values[k]) + 1;
			const char *list[VALIDATION_MAX + 1];
			lxw_data_validation dv = { .validate = LXW_VALIDATION_TYPE_LIST, .ignore_blank = LXW_VALIDATION_ON };
			if (!x && col->n_values && col->n_values <= VALIDATION_MAX && chars <= 256) {
				memcpy(list, col->values, col->n_values * sizeof(*list));
				list[col->n_values] = NULL;
				dv.value_list = (char **)(uintptr_t)list;
				x = worksheet_data_validation_range(ws, 1, (lxw_col_t)c, (lxw_row_t)(t->n_rows + 1000),
								    (lxw_col_t)c, &dv);
			}
		}
	}
	for (size_t r = 0; r < t->n_rows && !x; r++)
		for (size_t c = 0; c < t->n_cols && !x; c++) {
			const char *v = t->cells[r * t->n_cols + c];
			double num;
			if (!v || !*v)
				continue;
			if (t->cols[c].number && numeric(v, &num))
				x = worksheet_write_number(ws, (lxw_row_t)(r + 1), (lxw_col_t)c, num, NULL);
			else
				x = worksheet_write_string(ws, (lxw_row_t)(r + 1), (lxw_col_t)c, v, NULL);
		}
	if (!x) {
		worksheet_freeze_panes(ws, 1, 0);
		x = worksheet_autofilter(ws, 0, 0, (lxw_row_t)t->n_rows, (lxw_col_t)(t->n_cols ? t->n_cols - 1 : 0));
	}
	lxw_error closed = workbook_close(wb);
	if (x || closed)
		return err_set(e, "Arbeidsboken kunne ikke skrives: %s.", lxw_strerror(x ? x : closed));
	return 0;
}

int xlsx_write_table(const struct xlsx_table *t, const char *tmpdir, struct buf *out, struct err *e)
{
	char dir[512], path[600];
	snprintf(dir, sizeof(dir), "%s/beredt-xlsx.XXXXXX", tmpdir && *tmpdir ? tmpdir : "/tmp");
	if (!mkdtemp(dir))
		return err_set(e, "Kan ikke lage en midlertidig mappe for arbeidsboken.");
	snprintf(path, sizeof(path), "%s/bok.xlsx", dir);
	int rc = write_book(t, path, e);
	if (rc == 0) {
		buf_reset(out);
		out->max = XLSX_OUT_MAX;
		rc = file_read(path, XLSX_OUT_MAX, out, e);
	}
	unlink(path);
	rmdir(dir);
	return rc;
}
