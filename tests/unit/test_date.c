/* Unit tests: dates as day numbers. */
#include "test.h"

#include <string.h>

#include "util/date.h"

static void round_trip_every_day(void **state)
{
	(void)state;
	char s[DATE_TEXT];
	int32_t d, back;
	/* every day from 1900 to 2100: format, parse, same number */
	for (d = date_from_ymd(1900, 1, 1); d <= date_from_ymd(2100, 12, 31); d++) {
		date_format(d, s);
		assert_int_equal(date_parse(s, &back), 0);
		assert_int_equal(back, d);
	}
}

static void known_days(void **state)
{
	(void)state;
	int32_t d;
	assert_int_equal(date_from_ymd(1970, 1, 1), 0);
	assert_int_equal(date_parse("2021-01-09", &d), 0);   /* the Østre Toten attack */
	assert_int_equal(d, 18636);
	assert_int_equal(date_parse("2024-02-29", &d), 0);   /* leap year */
	assert_int_equal(date_parse("2000-02-29", &d), 0);   /* divisible by 400 */
}

static void refuses_bad_dates(void **state)
{
	(void)state;
	int32_t d;
	assert_int_equal(date_parse("2023-02-29", &d), -1);
	assert_int_equal(date_parse("2100-02-29", &d), -1);
	assert_int_equal(date_parse("2026-13-01", &d), -1);
	assert_int_equal(date_parse("2026-04-31", &d), -1);
	assert_int_equal(date_parse("2026-4-3", &d), -1);
	assert_int_equal(date_parse("28.11.2026", &d), -1);
	assert_int_equal(date_parse("2026-11-28x", &d), -1);
	assert_int_equal(date_parse("", &d), -1);
	assert_int_equal(date_parse(NULL, &d), -1);
}

static void timestamps(void **state)
{
	(void)state;
	assert_true(date_is_timestamp("2026-11-28T05:44:24Z"));
	assert_false(date_is_timestamp("2026-11-28 05:44:24"));
	assert_false(date_is_timestamp("2026-11-28T25:00:00Z"));
	assert_false(date_is_timestamp("2026-02-30T10:00:00Z"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(round_trip_every_day),
		cmocka_unit_test(known_days),
		cmocka_unit_test(refuses_bad_dates),
		cmocka_unit_test(timestamps),
	};
	return cmocka_run_group_tests_name("date", tests, NULL, NULL);
}
