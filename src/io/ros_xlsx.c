/* io/ros_xlsx.c: see ros_xlsx.h. */
#include "io/ros_xlsx.h"

#include <string.h>

#include "io/xlsx_write.h"
#include "util/embed.h"

size_t ros_column_values(enum ros_table t, size_t k, const char **out, size_t max)
{
	static const char *const prob[] = { "A", "B", "C", "D", "E" }, *const yn[] = { "ja", "nei" };
	static const char *const to_kinds[] = { "system", "leverandor" }, *const from_kinds[] = { "tjeneste", "system" };
	const char *col = ros_column_name(t, k, false);
	const char *const *fixed = NULL;
	size_t n = 0;
	if (ros_column_type(t, k) == ROS_COL_BOOL)
		fixed = yn, n = 2;
	else if (t == ROS_T_DEPENDENCIES && strcmp(col, "fra_type") == 0)
		fixed = from_kinds, n = 2;
	else if (t == ROS_T_DEPENDENCIES && strcmp(col, "til_type") == 0)
		fixed = to_kinds, n = 2;
	else if (t == ROS_T_EVENTS && strcmp(col, "sannsynlighet") == 0)
		fixed = prob, n = 5;
	if (fixed) {
		for (size_t i = 0; i < n && i < max; i++)
			out[i] = fixed[i];
		return n < max ? n : max;
	}
	enum ros_list l;
	if (t == ROS_T_SERVICES && strcmp(col, "sektor") == 0)
		l = ROS_LIST_SECTOR;
	else if (t == ROS_T_SYSTEMS && strcmp(col, "type") == 0)
		l = ROS_LIST_SYSTEM_KIND;
	else if (t == ROS_T_SYSTEMS && strcmp(col, "drift") == 0)
		l = ROS_LIST_HOSTING;
	else if (t == ROS_T_DEPENDENCIES && strcmp(col, "type") == 0)
		l = ROS_LIST_DEP_KIND;
	else
		return 0;
	n = ros_list_codes(l, out, max);
	return n < max ? n : max;
}

#define VALUES_MAX 64

int ros_xlsx_write(enum ros_table t, const struct ros_register *r, const char *tmpdir, struct buf *out, struct err *e)
{
	size_t nc = ros_table_columns(t), nr = ros_table_rows(t, r);
	struct xlsx_column cols[ROS_COLS_MAX];
	const char *values[ROS_COLS_MAX][VALUES_MAX];
	struct ros_row_text row;
	struct arena a;
	int rc = -1;
	arena_init(&a, 0);
	const char **cells = arena_alloc(&a, (nr * nc + 1) * sizeof(*cells));
	if (!cells) {
		err_set(e, "Tom for minne.");
		goto out;
	}
	for (size_t k = 0; k < nc; k++) {
		size_t nv = ros_column_values(t, k, values[k], VALUES_MAX);
		cols[k] = (struct xlsx_column){ .header = ros_column_name(t, k, false),
						.number = ros_column_type(t, k) == ROS_COL_INT,
						.values = nv ? values[k] : NULL, .n_values = nv,
						.width = k == 0 ? 36 : 18 };
	}
	for (size_t i = 0; i < nr; i++) {
		ros_row_text(t, r, i, &row);
		/* the row's texts live in the register, its numbers in 'row': copied */
		for (size_t k = 0; k < nc; k++)
			if (!(cells[i * nc + k] = arena_strdup(&a, row.v[k]))) {
				err_set(e, "Tom for minne.");
				goto out;
			}
	}
	struct xlsx_table x = { .sheet = ros_table_name(t), .values_sheet = "verdier", .cols = cols, .n_cols = nc,
				.cells = cells, .n_rows = nr };
	rc = xlsx_write_table(&x, tmpdir, out, e);
out:
	arena_release(&a);
	return rc;
}

int ros_template(struct arena *a, enum ros_table t, bool xlsx, const char *tmpdir, struct buf *out, struct err *e)
{
	const char *file = arena_printf(a, "%s.csv", ros_table_name(t));
	void *rows[ROS_T_COUNT] = { 0 };
	size_t n[ROS_T_COUNT] = { 0 };
	struct ros_register reg;
	for (const struct embedded_file *f = embedded_demo; f->name; f++) {
		if (strcmp(f->name, file) != 0)
			continue;
		if (ros_csv_read(a, t, f->data, f->len, f->name, &rows[t], &n[t], e) < 0)
			return -1;
		if (n[t] > 1)
			n[t] = 1;      /* one example row */
	}
	ros_rows_register(rows, n, &reg);
	return xlsx ? ros_xlsx_write(t, &reg, tmpdir, out, e) : ros_csv_write(t, &reg, out, e);
}
