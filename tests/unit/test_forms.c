/* test_forms.c: the forms' tables (web/forms.c): what a posted field may be. */
#include "test.h"

#include <string.h>

#include "web/forms.h"

static void fields_are_checked_by_kind(void **state)
{
	(void)state;
	struct err e;
	err_init(&e, LANG_NB);
	assert_int_equal(form_check_value(&form_action, "due", "2027-03-31", &e), 0);
	assert_int_equal(form_check_value(&form_action, "due", "", &e), 0);
	assert_int_equal(form_check_value(&form_action, "due", "31.03.2027", &e), -1);
	assert_non_null(strstr(e.msg, "ÅÅÅÅ-MM-DD"));
	assert_int_equal(form_check_value(&form_action, "version", "7", &e), 0);
	assert_int_equal(form_check_value(&form_action, "version", "7a", &e), -1);
	assert_int_equal(form_check_value(&form_action, "owner", "Kari\nOla", &e), -1);
	assert_int_equal(form_check_value(&form_action, "plan", "Første\nAndre", &e), 0);
	assert_int_equal(form_check_value(&form_incident_aware, "kjent", "2026-11-28T07:15", &e), 0);
	assert_int_equal(form_check_value(&form_incident_aware, "kjent", "2026-11-28 07:15", &e), -1);
	assert_int_equal(form_check_value(&form_incident_aware, "kjent", "2026-11-28T25:15", &e), -1);
}

static void only_declared_fields_pass(void **state)
{
	(void)state;
	struct err e;
	err_init(&e, LANG_NB);
	assert_true(form_declares(&form_action, "csrf"));
	assert_false(form_declares(&form_action, "admin"));
	assert_int_equal(form_check_value(&form_action, "admin", "1", &e), -1);
	assert_non_null(strstr(e.msg, "admin"));
	/* a name ending in '-' stands for the names it begins, but not for itself */
	assert_true(form_declares(&form_plan, "rolle-3"));
	assert_false(form_declares(&form_plan, "rolle-"));
	assert_false(form_declares(&form_empty, "title"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(fields_are_checked_by_kind),
		cmocka_unit_test(only_declared_fields_pass),
	};
	return cmocka_run_group_tests_name("forms", tests, NULL, NULL);
}
