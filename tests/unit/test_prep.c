/* Unit tests: preparedness documents (checks, templates, JSON both ways), vCard and
 * iCalendar, the sealed crisis kit, the clocks of an incident, policy conditions. */
#include "test.h"

#include <string.h>

#include "io/prep_json.h"
#include "io/vcard.h"
#include "model/prep.h"
#include "util/buf.h"
#include "util/date.h"
#include "util/seal.h"

static struct arena a;
static struct err e;
static int32_t today;

static void templates_are_valid(void **state)
{
	struct prep_plan p;
	struct prep_contacts c;
	(void)state;
	assert_int_equal(prep_plan_template(&a, &p), 0);
	assert_int_equal(prep_plan_check(&p, &e), 0);
	assert_int_equal(p.n_cards, 7);
	const struct prep_card *r = prep_card_find(&p, "losepengevirus");
	assert_non_null(r);
	assert_non_null(strstr(r->notify, "72 timer"));          /* Datatilsynet */
	assert_non_null(strstr(r->notify, "24 timer"));          /* NSM */
	p.roles[0].person = "Kari";                             /* a copy: the template is untouched */
	struct prep_plan q;
	assert_int_equal(prep_plan_template(&a, &q), 0);
	assert_null(q.roles[0].person);
	assert_int_equal(prep_contacts_template(&a, &c), 0);
	assert_int_equal(prep_contacts_check(&c, today, &e), 0);
	assert_true(prep_contact_stale(&c.items[0], today, 183));   /* never verified */
}

static void checks_refuse(void **state)
{
	struct prep_plan p;
	(void)state;
	assert_int_equal(prep_plan_template(&a, &p), 0);
	p.cards[1].scenario = p.cards[0].scenario;
	assert_int_equal(prep_plan_check(&p, &e), -1);
	assert_non_null(strstr(e.msg, "allerede et kort"));
	struct prep_contact cs[] = {
		{ .name = "A", .kind = "intern", .verified_on = today + 1 },
	};
	struct prep_contacts c = { cs, 1 };
	assert_int_equal(prep_contacts_check(&c, today, &e), -1);
	assert_non_null(strstr(e.msg, "fram i tid"));
	cs[0].verified_on = today;
	cs[0].kind = "venn";
	assert_int_equal(prep_contacts_check(&c, today, &e), -1);
	struct prep_exercise x[] = { { .no = 1, .date = today + 3, .held = true, .kind = "spill", .scenario = "s" } };
	struct prep_exercises xs = { x, 1 };
	assert_int_equal(prep_exercises_check(&xs, today, &e), -1);
	x[0].held = false;                                       /* a planned one may lie ahead */
	assert_int_equal(prep_exercises_check(&xs, today, &e), 0);
	struct prep_insurance in[] = { { .name = "X", .insurer = "Y", .premium = -5, .deductible = -1, .limit = -1 } };
	struct prep_insurances is = { in, 1 };
	assert_int_equal(prep_insurances_check(&is, &e), -1);
}

static void json_round_trip(void **state)
{
	struct prep_plan p, back;
	(void)state;
	assert_int_equal(prep_plan_template(&a, &p), 0);
	p.roles[0].person = "Kari «Krise» Nordmann";
	p.reviewed_on = today - 10;
	const char *text = prep_json_text(&a, prep_plan_json(&p));
	assert_non_null(text);
	assert_int_equal(prep_plan_read(&a, text, &back, &e), 0);
	assert_string_equal(back.roles[0].person, "Kari «Krise» Nordmann");
	assert_int_equal(back.reviewed_on, today - 10);
	assert_int_equal(back.n_cards, p.n_cards);
	assert_string_equal(back.cards[0].first_hour, p.cards[0].first_hour);
	/* wrong shapes: a clear message, nothing returned */
	assert_int_equal(prep_plan_read(&a, "{\"roles\": 3}", &back, &e), -1);
	assert_non_null(strstr(e.msg, "liste"));
	assert_int_equal(prep_contacts_read(&a, "{\"contacts\": [{\"kind\": \"intern\"}]}", today, &(struct prep_contacts){ 0 }, &e), -1);
	assert_non_null(strstr(e.msg, "kontakt 1: mangler «name»"));
	assert_int_equal(prep_insurances_read(&a, "{\"insurance\": [{\"name\": \"A\", \"insurer\": \"B\", "
					      "\"cover\": {\"utpressing\": \"mye\"}}]}", &(struct prep_insurances){ 0 }, &e), -1);
	assert_non_null(strstr(e.msg, "utpressing"));
	assert_int_equal(prep_plan_read(&a, "not json", &back, &e), -1);
	/* ranges are checked before the number is narrowed: 4294967308 is not 12 */
	assert_int_equal(prep_plan_read(&a, "{\"review_months\": 4294967308}", &back, &e), -1);
	assert_non_null(strstr(e.msg, "«review_months» må være et helt tall fra 1 til 36"));
	assert_int_equal(prep_plan_read(&a, "{\"review_months\": \"12\"}", &back, &e), -1);
	assert_int_equal(prep_insurances_read(&a, "{\"insurance\": [{\"name\": \"A\", \"insurer\": \"B\", "
					      "\"notify_hours\": -4294967296}]}", &(struct prep_insurances){ 0 }, &e), -1);
	assert_non_null(strstr(e.msg, "notify_hours"));
	assert_int_equal(prep_exercises_read(&a, "{\"exercises\": [{\"no\": 4294967297, \"date\": \"2026-01-01\", "
					     "\"kind\": \"x\", \"scenario\": \"y\"}]}", today,
					     &(struct prep_exercises){ 0 }, &e), -1);
	assert_non_null(strstr(e.msg, "«no»"));
}

static void vcard(void **state)
{
	struct prep_contact cs[] = {
		{ .name = "Kari; Nordmann, IT", .org = "Granheim kommune", .kind = "intern", .crisis_role = "IT-leder\nog vakt",
		  .phone = "900 00 001", .phone2 = "Satellitt 8816", .email = "kari@granheim.kommune.no",
		  .verified_on = DATE_NONE },
	};
	struct prep_contacts c = { cs, 1 }, back;
	struct buf b;
	(void)state;
	buf_init(&b, VCARD_MAX);
	assert_int_equal(vcard_write(&b, &c), 0);
	assert_non_null(strstr(b.data, "FN:Kari\\; Nordmann\\, IT\r\n"));
	assert_non_null(strstr(b.data, "TITLE:IT-leder\\nog vakt\r\n"));
	assert_int_equal(vcard_read(&a, b.data, b.len, "ut.vcf", &back, &e), 0);
	assert_int_equal(back.n, 1);
	assert_string_equal(back.items[0].name, "Kari; Nordmann, IT");
	assert_string_equal(back.items[0].crisis_role, "IT-leder\nog vakt");
	assert_string_equal(back.items[0].phone2, "Satellitt 8816");
	buf_release(&b);
	/* a phone's export: folded lines, N instead of FN, a group, tel: URIs */
	const char *phone = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Haugen;Ingrid;;;\r\nitem1.TEL;type=CELL:tel:+47 900\r\n"
			    " 11 002\r\nEND:VCARD\r\n";
	assert_int_equal(vcard_read(&a, phone, strlen(phone), "telefon.vcf", &back, &e), 0);
	assert_string_equal(back.items[0].name, "Ingrid Haugen");
	assert_string_equal(back.items[0].phone, "+47 90011 002");
	/* malformed: refused with the line */
	const char *bad = "BEGIN:VCARD\nFN:A\nthis is not a property\nEND:VCARD\n";
	assert_int_equal(vcard_read(&a, bad, strlen(bad), "feil.vcf", &back, &e), -1);
	assert_non_null(strstr(e.msg, "feil.vcf, linje 3"));
	const char *open = "BEGIN:VCARD\nFN:A\n";
	assert_int_equal(vcard_read(&a, open, strlen(open), "x.vcf", &back, &e), -1);
	assert_non_null(strstr(e.msg, "END:VCARD"));
	const char *noname = "BEGIN:VCARD\nTEL:1\nEND:VCARD\n";
	assert_int_equal(vcard_read(&a, noname, strlen(noname), "x.vcf", &back, &e), -1);
	/* an empty name is no name (its export could not be read back); NUL would cut a value */
	const char *empty = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:\r\nTEL:1\r\nEND:VCARD\r\n";
	assert_int_equal(vcard_read(&a, empty, strlen(empty), "x.vcf", &back, &e), -1);
	assert_non_null(strstr(e.msg, "mangler navn"));
	const char *blank = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:  \r\nEND:VCARD\r\n";
	assert_int_equal(vcard_read(&a, blank, strlen(blank), "x.vcf", &back, &e), -1);
	const char nul[] = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Kari\0 Nordmann\r\nEND:VCARD\r\n";
	assert_int_equal(vcard_read(&a, nul, sizeof(nul) - 1, "x.vcf", &back, &e), -1);
	assert_non_null(strstr(e.msg, "linje 3: en NUL-byte"));
}

static void ical(void **state)
{
	struct prep_exercise x[] = { { .no = 1, .date = today, .held = false, .kind = "spill", .scenario = "Løsepengevirus, fredag" } };
	struct prep_exercises xs = { x, 1 };
	struct ical_deadline d[] = { { "T-3 Tofaktor", today + 5, "3499-tiltak-3@beredt" } };
	struct buf b;
	(void)state;
	buf_init(&b, 1 << 20);
	assert_int_equal(ical_write(&b, "3499", "2026-11-28T10:00:00Z", &xs, d, 1), 0);
	assert_non_null(strstr(b.data, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
	assert_non_null(strstr(b.data, "UID:3499-ovelse-1@beredt\r\nDTSTAMP:20261128T100000Z\r\n"));
	assert_non_null(strstr(b.data, "DTSTART;VALUE=DATE:20261128\r\nDTEND;VALUE=DATE:20261129\r\n"));
	assert_non_null(strstr(b.data, "SUMMARY:Løsepengevirus\\, fredag\r\n"));
	assert_non_null(strstr(b.data, "DTSTART;VALUE=DATE:20261203"));
	assert_non_null(strstr(b.data, "END:VCALENDAR\r\n"));
	buf_release(&b);
}

static void seal(void **state)
{
	const char *text = "<h1>Tiltakskort: Løsepengevirus</h1>";
	size_t n = strlen(text);
	unsigned char salt[SEAL_SALT], iv[SEAL_IV], ct[256], back[256];
	(void)state;
	assert_int_equal(seal_encrypt("kort", text, n, SEAL_ITERATIONS, salt, iv, ct, &e), -1);    /* too short */
	assert_int_equal(seal_encrypt("en lang passordfrase", text, n, SEAL_ITERATIONS, salt, iv, ct, &e), 0);
	for (size_t i = 0; i + 5 <= n; i++)                      /* no trace of the text */
		assert_false(memcmp(ct + i, "Løse", 5) == 0);
	assert_int_equal(seal_decrypt("en lang passordfrase", ct, n + SEAL_TAG, SEAL_ITERATIONS, salt, iv, back, &e), 0);
	assert_memory_equal(back, text, n);
	assert_int_equal(seal_decrypt("en annen passordfrase", ct, n + SEAL_TAG, SEAL_ITERATIONS, salt, iv, back, &e), -1);
	assert_non_null(strstr(e.msg, "Feil passordfrase"));
	ct[3] ^= 1;                                              /* one changed byte */
	assert_int_equal(seal_decrypt("en lang passordfrase", ct, n + SEAL_TAG, SEAL_ITERATIONS, salt, iv, back, &e), -1);
}

static void clocks_and_conditions(void **state)
{
	struct prep_clock c[2];
	const char *notified[] = { "nsm" };
	const char *texts[] = { "Varslet NSM og Datatilsynet på telefon 10:40" };
	(void)state;
	long long aware = 1795860000LL;
	prep_incident_clocks(true, true, aware, aware + 25 * 3600, notified, 1, c);
	assert_true(c[0].applies && !c[0].done);
	assert_int_equal(c[0].left_minutes, 47 * 60);            /* Datatilsynet: 72 h, 25 gone */
	assert_true(c[1].applies && c[1].done);                  /* a notification record to NSM */
	assert_true(c[1].left_minutes < 0);
	prep_incident_clocks(true, true, aware, aware, texts, 1, c);
	assert_false(c[0].done || c[1].done);                    /* text naming them is no record */
	prep_incident_clocks(false, false, aware, aware, NULL, 0, c);
	assert_false(c[0].applies || c[1].applies);

	struct answer ans[] = { { .measure_id = "3a", .status = STATUS_DELVIS }, { .measure_id = "3b", .status = STATUS_JA } };
	struct finding f[] = { { .rule = "backup-ubeskyttet", .status = FINDING_NY },
			       { .rule = "uten-tofaktor", .status = FINDING_RESOLVED } };
	struct prep_condition c1 = { "Tofaktor", "3a", NULL }, c2 = { "Kopi", "3b", "backup-ubeskyttet" },
			      c3 = { "Tofaktor ute", NULL, "uten-tofaktor" };
	assert_true(prep_condition_unmet(&c1, ans, 2, f, 2));    /* answered delvis */
	assert_true(prep_condition_unmet(&c2, ans, 2, f, 2));    /* yes, but an open finding says no */
	assert_false(prep_condition_unmet(&c3, ans, 2, f, 2));   /* its finding is resolved */
	struct prep_plan p = { .reviewed_on = DATE_NONE, .review_months = 12 };
	assert_int_equal(prep_plan_due(&p), DATE_NONE);
	date_parse("2026-01-31", &p.reviewed_on);
	int32_t want;
	date_parse("2027-01-28", &want);
	assert_int_equal(prep_plan_due(&p), want);
}

static int setup(void **state)
{
	(void)state;
	arena_init(&a, 0);
	err_init(&e, LANG_NB);
	date_parse("2026-11-28", &today);
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	arena_release(&a);
	return 0;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(templates_are_valid), cmocka_unit_test(checks_refuse), cmocka_unit_test(json_round_trip),
		cmocka_unit_test(vcard), cmocka_unit_test(ical), cmocka_unit_test(seal),
		cmocka_unit_test(clocks_and_conditions),
	};
	return cmocka_run_group_tests_name("prep", tests, setup, teardown);
}
