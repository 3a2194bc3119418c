/* Unit tests: the risk scales, the matrix as data, and an event's place in it. */
#include "test.h"

#include <string.h>

#include "model/scales.h"

static struct ros_event event(char p, int worst)
{
	struct ros_event v = { .title = "Løsepengevirus", .probability = p };
	for (int i = 0; i < ROS_CONSEQUENCES; i++)
		v.consequence[i] = 1;
	v.consequence[2] = worst;     /* economy */
	return v;
}

static struct ros_scales s;
static struct err e;

/* Every test starts from the defaults. */
static int fresh(void **state)
{
	(void)state;
	err_init(&e, LANG_NB);
	ros_scales_default(&s);
	return 0;
}

static void defaults(void **state)
{
	char m[26];
	(void)state;
	assert_int_equal(ros_scales_check(&s, &e), 0);
	ros_matrix_text(&s, m);
	assert_string_equal(m, "0001100112011221122212222");
	assert_string_equal(s.prob[0].label, "Svært lav");
	assert_string_equal(s.cons[4].label, "Svært store");
	struct ros_event d5 = event('D', 5), a1 = event('A', 1), c3 = event('C', 3);
	assert_int_equal(ros_event_risk(&s, &d5), ROS_RISK_ACT);
	assert_int_equal(ros_event_risk(&s, &a1), ROS_RISK_OK);
	assert_int_equal(ros_event_risk(&s, &c3), ROS_RISK_CONSIDER);
}

static void changed_matrix(void **state)
{
	char m[26];
	(void)state;
	/* a stricter municipality: a high or very high probability always needs measures */
	assert_int_equal(ros_matrix_parse("0001100112011222222222222", &s, &e), 0);
	assert_int_equal(ros_scales_check(&s, &e), 0);
	struct ros_event d1 = event('D', 1);
	assert_int_equal(ros_event_risk(&s, &d1), ROS_RISK_ACT);
	ros_matrix_text(&s, m);
	assert_string_equal(m, "0001100112011222222222222");
}

static void refused(void **state)
{
	(void)state;
	assert_int_equal(ros_matrix_parse("000110011201122112221222", &s, &e), -1);    /* 24 cells */
	assert_int_equal(ros_matrix_parse("0001100112011221122212223", &s, &e), -1);   /* a 3 */
	/* E5 acceptable while E4 needs measures: a higher consequence cannot lower the risk */
	assert_int_equal(ros_matrix_parse("0001100112011221122212220", &s, &e), 0);
	assert_int_equal(ros_scales_check(&s, &e), -1);
	assert_non_null(strstr(e.msg, "E5"));
	ros_scales_default(&s);
	s.prob[2].label = "";
	assert_int_equal(ros_scales_check(&s, &e), -1);
	ros_scales_default(&s);
	char long_text[ROS_SCALE_TEXT_MAX + 2];
	memset(long_text, 'x', sizeof(long_text) - 1);
	long_text[sizeof(long_text) - 1] = '\0';
	s.cons[0].text = long_text;
	assert_int_equal(ros_scales_check(&s, &e), -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup(defaults, fresh),
		cmocka_unit_test_setup(changed_matrix, fresh),
		cmocka_unit_test_setup(refused, fresh),
	};
	return cmocka_run_group_tests_name("scales", tests, NULL, NULL);
}
