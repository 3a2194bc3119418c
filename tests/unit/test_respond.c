/* test_respond.c: the one check before an answer is sent (web/respond.c resp_finish): a
 * page that passed its ceiling is never sent cut short as if it were whole. */
#include "test.h"

#include <string.h>

#include "web/req.h"

static void an_answer_past_its_ceiling_is_a_clear_500(void **state)
{
	(void)state;
	struct req r;
	memset(&r, 0, sizeof(r));
	r.method = "GET";
	r.path = "/ros";
	r.status = 200;
	r.content_type = "text/csv; charset=utf-8";
	r.disposition = "attachment; filename=\"x.csv\"";
	buf_init(&r.out, 1024);
	for (int i = 0; i < 200; i++)
		buf_puts(&r.out, "<tr><td>en rad</td></tr>");
	assert_true(r.out.failed);
	resp_finish(&r);
	assert_int_equal(r.status, 500);
	assert_string_equal(r.content_type, "text/html; charset=utf-8");
	assert_null(r.disposition);
	assert_non_null(strstr(r.out.data, "for stort"));
	assert_null(strstr(r.out.data, "en rad"));
	buf_release(&r.out);
}

static void a_whole_answer_is_sent_as_it_is(void **state)
{
	(void)state;
	struct req r;
	memset(&r, 0, sizeof(r));
	r.status = 201;
	buf_init(&r.out, 1024);
	buf_puts(&r.out, "<p>hele siden</p>");
	resp_finish(&r);
	assert_int_equal(r.status, 201);
	assert_string_equal(r.out.data, "<p>hele siden</p>");
	buf_release(&r.out);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(an_answer_past_its_ceiling_is_a_clear_500),
		cmocka_unit_test(a_whole_answer_is_sent_as_it_is),
	};
	return cmocka_run_group_tests_name("respond", tests, NULL, NULL);
}
