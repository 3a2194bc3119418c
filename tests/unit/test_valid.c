/* Unit tests: validators for kommunenummer, organisasjonsnummer, text and ids. */
#include "test.h"

#include <string.h>

#include "util/valid.h"

static struct err e;

static void kommunenr_accepts_real_numbers(void **state)
{
	(void)state;
	assert_int_equal(valid_kommunenr("3442", &e), 0);   /* Østre Toten */
	assert_int_equal(valid_kommunenr("0301", &e), 0);   /* Oslo */
	assert_int_equal(valid_kommunenr("5601", &e), 0);   /* Alta */
	assert_int_equal(valid_kommunenr("4601", &e), 0);   /* Bergen */
}

static void kommunenr_refuses_bad(void **state)
{
	(void)state;
	assert_int_equal(valid_kommunenr("344", &e), -1);
	assert_non_null(strstr(e.msg, "fire sifre"));
	assert_int_equal(valid_kommunenr("34421", &e), -1);
	assert_int_equal(valid_kommunenr("34a2", &e), -1);
	assert_int_equal(valid_kommunenr("", &e), -1);
	assert_int_equal(valid_kommunenr(NULL, &e), -1);
	assert_int_equal(valid_kommunenr("9901", &e), -1);   /* no county 99 */
	assert_non_null(strstr(e.msg, "fylkesnummer"));
	assert_int_equal(valid_kommunenr("0501", &e), -1);   /* Oppland, gone since 2020 */
	assert_int_equal(valid_kommunenr("3400", &e), -1);   /* county only */
}

static void orgnr_checks_modulus_11(void **state)
{
	(void)state;
	assert_int_equal(valid_orgnr("974760673", &e), 0);  /* Brønnøysundregistrene */
	assert_int_equal(valid_orgnr("944990011", &e), 0);
	assert_int_equal(valid_orgnr("974760674", &e), -1); /* one digit off */
	assert_non_null(strstr(e.msg, "kontrollsiffer"));
	assert_int_equal(valid_orgnr("97476067", &e), -1);
	assert_non_null(strstr(e.msg, "ni sifre"));
	assert_int_equal(valid_orgnr("974 760 673", &e), -1);
	/* check digit 10 is never valid: 11 - (sum % 11) == 10 */
	assert_int_equal(valid_orgnr("400000000", &e), -1);
}

static void utf8_is_checked(void **state)
{
	(void)state;
	assert_true(valid_utf8("Østre Toten æøå", strlen("Østre Toten æøå")));
	assert_false(valid_utf8("\xc3", 1));                 /* truncated */
	assert_false(valid_utf8("\xc0\xaf", 2));             /* overlong '/' */
	assert_false(valid_utf8("\xed\xa0\x80", 3));         /* surrogate */
	assert_false(valid_utf8("\xf4\x90\x80\x80", 4));     /* past U+10FFFF */
	assert_false(valid_utf8("\xff", 1));
}

static void text_limits(void **state)
{
	(void)state;
	char big[VALID_NAME_MAX + 2];
	memset(big, 'a', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	assert_int_equal(valid_text("Navn", big, VALID_NAME_MAX, false, true, &e), -1);
	assert_non_null(strstr(e.msg, "for lang"));
	assert_int_equal(valid_text("Navn", "", VALID_NAME_MAX, false, true, &e), -1);
	assert_int_equal(valid_text("Navn", "", VALID_NAME_MAX, false, false, &e), 0);
	assert_int_equal(valid_text("Navn", "a\nb", VALID_NAME_MAX, false, false, &e), -1);
	assert_int_equal(valid_text("Tekst", "a\nb\tc", VALID_TEXT_MAX, true, false, &e), 0);
	assert_int_equal(valid_text("Tekst", "a\x1b[31m", VALID_TEXT_MAX, true, false, &e), -1);
}

static void ids(void **state)
{
	(void)state;
	assert_int_equal(valid_id("id", "ks-2021", &e), 0);
	assert_int_equal(valid_id("id", "2.9.4", &e), 0);
	assert_int_equal(valid_id("id", "nsm-grunnprinsipper:2.6", &e), 0);
	assert_int_equal(valid_id("id", "-x", &e), -1);
	assert_int_equal(valid_id("id", "a b", &e), -1);
	assert_int_equal(valid_id("id", "æ", &e), -1);
	assert_int_equal(valid_id("id", "", &e), -1);
}

int main(void)
{
	err_init(&e, LANG_NB);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(kommunenr_accepts_real_numbers),
		cmocka_unit_test(kommunenr_refuses_bad),
		cmocka_unit_test(orgnr_checks_modulus_11),
		cmocka_unit_test(utf8_is_checked),
		cmocka_unit_test(text_limits),
		cmocka_unit_test(ids),
	};
	return cmocka_run_group_tests_name("valid", tests, NULL, NULL);
}
