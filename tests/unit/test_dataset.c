/* Unit tests: the export format: write, read back, write again, same bytes; and the
 * shapes that must be refused. */
#include "test.h"

#include <string.h>

#include "io/dataset_json.h"

static struct arena a;
static struct err e;

static struct answer versions[] = {
	{ .measure_id = "1a", .status = STATUS_NEI, .owner = "Kari", .due = 20500, .version = 1,
	  .changed_by = "Kari", .changed_at = "2026-01-01T10:00:00Z" },
	{ .measure_id = "1a", .status = STATUS_JA, .evidence = "Rapport «æøå» <b>", .due = DATE_NONE,
	  .version = 2, .changed_by = "Per", .changed_at = "2026-02-01T10:00:00Z" },
	{ .measure_id = "3a", .status = STATUS_DELVIS, .plan = "MFA\nsnart", .due = DATE_NONE,
	  .version = 1, .changed_by = "Kari", .changed_at = "2026-01-02T10:00:00Z" },
};
static struct action act_versions[] = {
	{ .no = 1, .catalog_id = "ks-2021", .measure_id = "3a", .origin = "svar", .priority = PRIORITY_MIDDELS,
	  .status = ACTION_APEN, .due = DATE_NONE, .version = 1, .created_at = "2026-01-02T10:00:00Z",
	  .changed_by = "Kari", .changed_at = "2026-01-02T10:00:00Z" },
	{ .no = 1, .catalog_id = "ks-2021", .measure_id = "3a", .origin = "svar", .priority = PRIORITY_MIDDELS,
	  .status = ACTION_AVVIST, .reason = "Akseptert", .due = 20600, .version = 2,
	  .created_at = "2026-01-02T10:00:00Z", .changed_by = "Leder", .changed_at = "2026-03-01T10:00:00Z" },
};

static void sample(struct dataset *d)
{
	static struct dataset_round rounds[1];
	static struct dataset_action actions[1];
	memset(d, 0, sizeof(*d));
	d->tenant = (struct tenant){ .kommunenr = "3499", .name = "Granheim kommune",
				     .orgnr = "944990011", .created_at = "2026-01-01T09:00:00Z" };
	rounds[0].round = (struct round){ .no = 1, .catalog_id = "ks-2021", .title = "Runde",
					  .started = 20454, .created_at = "2026-01-01T09:00:00Z",
					  .created_by = "Kari" };
	rounds[0].versions = versions;
	rounds[0].n_versions = 3;
	actions[0].versions = act_versions;
	actions[0].n_versions = 2;
	d->rounds = rounds;
	d->n_rounds = 1;
	d->actions = actions;
	d->n_actions = 1;
}

static void round_trip_is_identical(void **state)
{
	(void)state;
	struct dataset d, back;
	struct buf one, two;
	sample(&d);
	buf_init(&one, 0);
	buf_init(&two, 0);
	assert_int_equal(dataset_check(&d, &e), 0);
	assert_int_equal(dataset_json_write(&a, &d, &one, &e), 0);
	assert_int_equal(dataset_json_read(&a, one.data, one.len, "x", &back, &e), 0);
	assert_int_equal(dataset_json_write(&a, &back, &two, &e), 0);
	assert_string_equal(one.data, two.data);
	assert_int_equal(back.rounds[0].n_versions, 3);
	assert_string_equal(back.rounds[0].versions[1].evidence, "Rapport «æøå» <b>");
	assert_int_equal(back.actions[0].versions[1].status, ACTION_AVVIST);
	buf_release(&one);
	buf_release(&two);
}

static int read_modified(const char *from, const char *to)
{
	struct dataset d, back;
	struct buf b;
	sample(&d);
	buf_init(&b, 0);
	dataset_json_write(&a, &d, &b, &e);
	char *p = strstr(b.data, from);
	assert_non_null(p);
	struct buf m;
	buf_init(&m, 0);
	buf_append(&m, b.data, (size_t)(p - b.data));
	buf_puts(&m, to);
	buf_puts(&m, p + strlen(from));
	int rc = dataset_json_read(&a, m.data, m.len, "x", &back, &e);
	buf_release(&b);
	buf_release(&m);
	return rc;
}

static void bad_shapes_refused(void **state)
{
	(void)state;
	assert_int_equal(read_modified("\"status\": \"delvis\"", "\"status\": \"kanskje\""), -1);
	assert_non_null(strstr(e.msg, "kanskje"));
	assert_int_equal(read_modified("\"orgnr\": \"944990011\"", "\"orgnr\": \"944990012\""), -1);
	assert_non_null(strstr(e.msg, "kontrollsiffer"));
	assert_int_equal(read_modified("\"version\": 2", "\"version\": 3"), -1);
	assert_int_equal(read_modified("\"due\": \"2026-02-16\"", "\"due\": \"2026-02-30\""), -1);
	assert_int_equal(read_modified("\"reason\": \"Akseptert\"", "\"reason\": null"), -1);
	assert_non_null(strstr(e.msg, "begrunnelse"));
	assert_int_equal(read_modified("\"format\": \"beredt-export/2\"", "\"format\": \"x/9\""), -1);
	assert_int_equal(read_modified("\"no\": 1", "\"no\": 1, \"no\": 2"), -1);
	assert_non_null(strstr(e.msg, "duplicate"));
}

/* What fuzzing found: no count limit (a million answer versions took 1 GB). Each list is
 * measured before it is read. */
static void counts_limited(void **state)
{
	(void)state;
	struct buf many;
	buf_init(&many, 0);
	buf_puts(&many, "\"rounds\": [");
	for (int i = 0; i <= DATASET_ROUNDS_MAX; i++)
		buf_puts(&many, "{}, ");
	assert_int_equal(read_modified("\"rounds\": [", many.data), -1);
	assert_non_null(strstr(e.msg, "en import tar høyst 1000"));
	buf_reset(&many);
	buf_puts(&many, "\"versions\": [");
	for (int i = 0; i <= DATASET_VERSIONS_MAX; i++)
		buf_puts(&many, "{}, ");
	assert_int_equal(read_modified("\"versions\": [", many.data), -1);
	assert_non_null(strstr(e.msg, "høyst 250000"));
	buf_release(&many);
}

static void truncated_refused(void **state)
{
	(void)state;
	struct dataset d, back;
	struct buf b;
	sample(&d);
	buf_init(&b, 0);
	dataset_json_write(&a, &d, &b, &e);
	assert_int_equal(dataset_json_read(&a, b.data, b.len / 2, "x.json", &back, &e), -1);
	assert_non_null(strstr(e.msg, "x.json, linje"));
	buf_release(&b);
}

int main(void)
{
	arena_init(&a, 0);
	err_init(&e, LANG_NB);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(round_trip_is_identical),
		cmocka_unit_test(bad_shapes_refused),
		cmocka_unit_test(truncated_refused),
		cmocka_unit_test(counts_limited),
	};
	int rc = cmocka_run_group_tests_name("dataset", tests, NULL, NULL);
	arena_release(&a);
	return rc;
}
