/* fuzz_ros_csv.c: the ROS register's CSV tables (docs/import.md), as the page and the CLI
 * read an uploaded file. The first byte picks the table (services, systems, vendors,
 * dependencies, events); the rest is the file. A table that is accepted is written out
 * and read back: the same number of rows, so that an export can always be imported. */
#include "fuzz.h"
#include "io/ros_csv.h"
#include "util/buf.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct arena a;
	struct err e;
	struct ros_where where;
	void *rows[ROS_T_COUNT] = { 0 }, *again = NULL;
	size_t n[ROS_T_COUNT] = { 0 }, n_again = 0;
	if (size < 1)
		return 0;
	enum ros_table t = (enum ros_table)(data[0] % ROS_T_COUNT);
	arena_init(&a, 0);
	err_init(&e, LANG_NB);
	int rc = ros_csv_read_where(&a, t, (const char *)data + 1, size - 1, "fuzz.csv", &rows[t], &n[t], &where, &e);
	fuzz_check("ros_csv_read_where", rc, &e);
	if (rc == 0) {
		struct ros_register r;
		struct buf out;
		buf_init(&out, 0);
		ros_rows_register(rows, n, &r);
		FUZZ_ASSERT(ros_csv_write(t, &r, &out, &e) == 0, "an accepted table could not be written");
		rc = ros_csv_read(&a, t, out.data, out.len, "again.csv", &again, &n_again, &e);
		if (rc != 0 || n_again != n[t]) {
			fprintf(stderr, "written back, %zu rows became %zu: %s\n", n[t], n_again, rc ? e.msg : "");
			abort();
		}
		buf_release(&out);
	}
	arena_release(&a);
	return 0;
}
