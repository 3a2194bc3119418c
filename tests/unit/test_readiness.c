/* Unit tests: the readiness formula (docs/readiness.md), worked out by hand. */
#include "test.h"

#include "model/readiness.h"

static struct catalog_group groups[] = { { .id = "1" }, { .id = "2" } };
static struct catalog_item items[] = {
	{ .id = "1a", .group_id = "1" }, { .id = "1b", .group_id = "1" },
	{ .id = "2a", .group_id = "2" }, { .id = "2b", .group_id = "2" },
	{ .id = "2c", .group_id = "2" },
};
static struct catalog cat = { .id = "t", .groups = groups, .n_groups = 2, .items = items,
			      .n_items = 5 };

static struct answer ans(const char *id, enum status s)
{
	struct answer a = { .measure_id = id, .status = s, .due = DATE_NONE };
	return a;
}

static void nothing_answered_is_zero_not_unknown(void **state)
{
	(void)state;
	struct readiness per[2], all;
	readiness_compute(&cat, NULL, 0, per, &all);
	/* unanswered counts as ukjent, which scores 0: never as good */
	assert_int_equal(all.percent, 0);
	assert_int_equal(all.count[STATUS_UKJENT], 5);
	assert_int_equal(per[0].percent, 0);
}

static void mixed(void **state)
{
	(void)state;
	struct readiness per[2], all;
	struct answer a[] = {
		ans("1a", STATUS_JA), ans("1b", STATUS_DELVIS),          /* 2+1 of 4 = 75 % */
		ans("2a", STATUS_NEI), ans("2b", STATUS_UKJENT),
		ans("2c", STATUS_IKKE_RELEVANT),                          /* 0 of 4 = 0 % */
	};
	readiness_compute(&cat, a, 5, per, &all);
	assert_int_equal(per[0].percent, 75);
	assert_int_equal(per[1].percent, 0);
	/* overall: 3 points of 8 (2c left out) = 37.5 -> 38 (halves up) */
	assert_int_equal(all.points, 3);
	assert_int_equal(all.max, 8);
	assert_int_equal(all.percent, 38);
	assert_int_equal(all.count[STATUS_IKKE_RELEVANT], 1);
}

static void unknown_scores_like_no(void **state)
{
	(void)state;
	struct readiness per[2], a_all, b_all;
	struct answer a[] = { ans("1a", STATUS_JA), ans("1b", STATUS_UKJENT) };
	struct answer b[] = { ans("1a", STATUS_JA), ans("1b", STATUS_NEI) };
	readiness_compute(&cat, a, 2, per, &a_all);
	assert_int_equal(per[0].percent, 50);
	readiness_compute(&cat, b, 2, per, &b_all);
	assert_int_equal(a_all.percent, b_all.percent);
}

static void all_not_applicable_is_undefined(void **state)
{
	(void)state;
	struct readiness per[2], all;
	struct answer a[] = { ans("1a", STATUS_IKKE_RELEVANT), ans("1b", STATUS_IKKE_RELEVANT),
			      ans("2a", STATUS_JA) };
	readiness_compute(&cat, a, 3, per, &all);
	assert_int_equal(per[0].percent, -1);
	assert_int_equal(readiness_level(per[0].percent), READINESS_UNDEFINED);
	/* 2a ja, 2b/2c unanswered: 2 of 6 = 33 % */
	assert_int_equal(per[1].percent, 33);
}

static void levels(void **state)
{
	(void)state;
	assert_int_equal(readiness_level(0), READINESS_CRITICAL);
	assert_int_equal(readiness_level(39), READINESS_CRITICAL);
	assert_int_equal(readiness_level(40), READINESS_WEAK);
	assert_int_equal(readiness_level(69), READINESS_WEAK);
	assert_int_equal(readiness_level(70), READINESS_GOOD);
	assert_int_equal(readiness_level(90), READINESS_STRONG);
	assert_int_equal(readiness_level(100), READINESS_STRONG);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(nothing_answered_is_zero_not_unknown),
		cmocka_unit_test(mixed),
		cmocka_unit_test(unknown_scores_like_no),
		cmocka_unit_test(all_not_applicable_is_undefined),
		cmocka_unit_test(levels),
	};
	return cmocka_run_group_tests_name("readiness", tests, NULL, NULL);
}
