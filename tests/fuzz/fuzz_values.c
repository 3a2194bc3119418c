/* fuzz_values.c: the small parsers every form, header and file goes through: dates
 * (ÅÅÅÅ-MM-DD, timestamps, the browser's local time), kommunenummer, organisasjonsnummer,
 * cooperation ids, texts and ids, every field of every web form, and the client address
 * from X-Forwarded-For / Forwarded behind a trusted proxy. The first byte picks one. What
 * is accepted must come back the same when formatted and parsed again. */
#include "fuzz.h"
#include "util/date.h"
#include "util/valid.h"
#include "web/conns.h"
#include "web/forms.h"

static const struct form_spec *const forms[] = {
	&form_login, &form_code, &form_enroll, &form_assess_start, &form_assess_close, &form_measure,
	&form_action_add, &form_action, &form_posture, &form_plan, &form_card, &form_contact, &form_exercise,
	&form_insurance, &form_competence, &form_incident_declare, &form_incident_entry, &form_incident_notice,
	&form_finding_move, &form_check_settings, &form_receiver_add, &form_scales, &form_user_add,
	&form_token_add, &form_coop_member, &form_coop_invite,
};

static void dates(const char *s)
{
	int32_t d;
	int64_t t, t2;
	char out[TIMESTAMP_TEXT], local[DATE_LOCAL_TEXT];
	if (date_parse(s, &d) == 0) {
		int32_t again;
		date_format(d, out);
		FUZZ_ASSERT(date_parse(out, &again) == 0 && again == d, "a date did not come back the same");
	}
	if (date_timestamp_parse(s, &t) == 0) {
		date_timestamp_format(t, out);
		FUZZ_ASSERT(date_timestamp_parse(out, &t2) == 0 && t2 == t, "a timestamp did not come back the same");
		date_local_format(out, local);
	}
	(void)date_local_parse(s, &t);
	(void)date_is_timestamp(s);
}

static void fields(const char *s, struct err *e)
{
	for (size_t f = 0; f < sizeof(forms) / sizeof(forms[0]); f++)
		for (const struct form_field *x = forms[f]->fields; x->name; x++) {
			char name[64];
			/* "rolle-" stands for rolle-1, rolle-2 ... */
			snprintf(name, sizeof(name), "%s%s", x->name, x->name[strlen(x->name) - 1] == '-' ? "1" : "");
			int rc = form_check_value(forms[f], name, s, e);
			fuzz_check("form_check_value", rc, e);
		}
}

/* Everything up to the first newline is X-Forwarded-For, the rest Forwarded. */
static void client(char *s, struct err *e)
{
	struct conns c;
	char out[CONNS_ADDR_TEXT];
	char *nl = strchr(s, '\n');
	if (nl)
		*nl = '\0';
	if (conns_init(&c, 5, 30, "127.0.0.1,::1", e) < 0)
		abort();
	conns_client(&c, "127.0.0.1", s, nl ? nl + 1 : NULL, out);
	FUZZ_ASSERT(memchr(out, '\0', sizeof(out)), "the client address is not a string");
	conns_destroy(&c);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct err e;
	if (size < 1)
		return 0;
	char *s = fuzz_text(data + 1, size - 1);
	err_init(&e, LANG_NB);
	switch (data[0] % 5) {
	case 0:
		dates(s);
		break;
	case 1:
		fuzz_check("valid_kommunenr", valid_kommunenr(s, &e), &e);
		fuzz_check("valid_orgnr", valid_orgnr(s, &e), &e);
		fuzz_check("valid_coop_id", valid_coop_id(s, &e), &e);
		fuzz_check("valid_id", valid_id("id", s, &e), &e);
		break;
	case 2:
		(void)valid_utf8((const char *)data + 1, size - 1);
		fuzz_check("valid_text", valid_text("tekst", s, 200, data[0] & 8, data[0] & 16, &e), &e);
		break;
	case 3:
		fields(s, &e);
		break;
	default:
		client(s, &e);
		break;
	}
	free(s);
	return 0;
}
