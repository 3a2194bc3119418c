/* web/forms.c: see forms.h. The tables follow the forms render/ draws; a field added to
 * a form is added here, or the router refuses the form. */
#include "web/forms.h"

#include <stdio.h>
#include <string.h>

#include "model/assess.h"
#include "util/crypto.h"
#include "util/date.h"
#include "util/valid.h"

#define END { NULL, FORM_NAME }
#define REQ_LABEL_TEXT 96   /* "Feltet «" + a field name (at most REQ_KEY_MAX) + "»" */

static const struct form_field login[] = { { "email", FORM_EMAIL }, { "password", FORM_SECRET }, END };
static const struct form_field code[] = { { "code", FORM_SECRET }, END };
static const struct form_field enroll[] = { { "token", FORM_SECRET }, { "password", FORM_SECRET },
					    { "password2", FORM_SECRET }, { "code", FORM_SECRET }, END };
static const struct form_field empty[] = { END };
static const struct form_field assess_start[] = { { "catalog", FORM_NAME }, { "title", FORM_NAME }, END };
static const struct form_field assess_close[] = { { "approve", FORM_NAME }, { "confirm", FORM_NAME },
						  { "runde", FORM_NUMBER }, { "unknown-ok", FORM_NUMBER }, END };
static const struct form_field measure[] = { { "status", FORM_NAME }, { "owner", FORM_NAME }, { "due", FORM_DATE },
					     { "evidence", FORM_TEXT }, { "plan", FORM_TEXT }, { "op", FORM_NAME },
					     { "runde", FORM_NUMBER }, END };
static const struct form_field action_add[] = { { "title", FORM_NAME }, { "owner", FORM_NAME }, { "due", FORM_DATE },
						{ "priority", FORM_NAME }, { "cost", FORM_NAME }, { "cost_year", FORM_NAME }, END };
static const struct form_field action[] = { { "version", FORM_NUMBER }, { "title", FORM_NAME }, { "owner", FORM_NAME },
					    { "due", FORM_DATE }, { "priority", FORM_NAME }, { "status", FORM_NAME },
					    { "reason", FORM_TEXT }, { "plan", FORM_TEXT }, { "cost", FORM_NAME },
					    { "cost_year", FORM_NAME }, END };
/* an Excel workbook holds NUL bytes: the files are read by io/csv_text.c, which refuses them
 * in a CSV file */
static const struct form_field ros_import[] = { { "leverandorer", FORM_BLOB }, { "systemer", FORM_BLOB },
						{ "tjenester", FORM_BLOB }, { "hendelser", FORM_BLOB },
						{ "avhengigheter", FORM_BLOB }, { "register", FORM_FILE },
						{ "bekreft", FORM_NAME }, { "fjern", FORM_NAME }, END };
static const struct form_field posture[] = {
	{ "navn", FORM_NAME }, { "innlogging", FORM_NAME }, { "backup-timer", FORM_NUMBER }, { "backup-offline", FORM_NAME },
	{ "backup-eget-domene", FORM_NAME }, { "gjenoppretting-testet", FORM_DATE }, { "gjenoppretting-resultat", FORM_NAME },
	{ "gjenoppretting-timer", FORM_NUMBER }, { "stotte-slutt", FORM_DATE }, { "logger", FORM_NAME },
	{ "varselmottaker", FORM_NAME }, { "oppfolging", FORM_NAME }, { "skanning", FORM_DATE }, { "pentest", FORM_DATE },
	{ "revisjon", FORM_DATE }, END,
};
static const struct form_field nmap[] = { { "nmap", FORM_FILE }, { "openvas", FORM_FILE }, { "cyclonedx", FORM_FILE },
					  { "system", FORM_NAME }, END };
static const struct form_field plan[] = { { "versjon", FORM_NUMBER }, { "aktivering", FORM_TEXT }, { "rolle-", FORM_NAME },
					  { "person-", FORM_NAME }, { "stedfortreder-", FORM_NAME }, { "telefon-", FORM_NAME },
					  { "maaneder", FORM_NUMBER }, { "gjennomgatt", FORM_NAME }, { "lederrapport", FORM_NAME },
					  END };
static const struct form_field card[] = { { "versjon", FORM_NUMBER }, { "tittel", FORM_NAME }, { "forste-time", FORM_TEXT },
					  { "hvem", FORM_TEXT }, { "varsling", FORM_TEXT }, { "ansatte", FORM_TEXT },
					  { "innbyggere", FORM_TEXT }, END };
static const struct form_field contact[] = { { "versjon", FORM_NUMBER }, { "navn", FORM_NAME }, { "org", FORM_NAME },
					     { "kontakt-type", FORM_NAME }, { "rolle", FORM_NAME }, { "telefon", FORM_NAME },
					     { "telefon2", FORM_NAME }, { "epost", FORM_EMAIL }, { "tilgjengelighet", FORM_NAME },
					     { "ressurser", FORM_TEXT }, { "avtale", FORM_NAME }, END };
static const struct form_field version[] = { { "versjon", FORM_NUMBER }, END };
static const struct form_field exercise[] = { { "versjon", FORM_NUMBER }, { "dato", FORM_DATE }, { "ovelse-type", FORM_NAME },
					      { "scenario", FORM_NAME }, { "gjennomfort", FORM_NAME }, { "deltakere", FORM_TEXT },
					      { "observasjoner", FORM_TEXT }, { "laering", FORM_TEXT }, END };
static const struct form_field lesson[] = { { "versjon", FORM_NUMBER }, { "laering-", FORM_TEXT }, END };
static const struct form_field insurance[] = {
	{ "versjon", FORM_NUMBER }, { "navn", FORM_NAME }, { "selskap", FORM_NAME }, { "art", FORM_NAME }, { "fra", FORM_DATE },
	{ "til", FORM_DATE }, { "premie", FORM_NUMBER }, { "egenandel", FORM_NUMBER }, { "grense", FORM_NUMBER },
	{ "dekning-", FORM_NAME }, { "meldefrist", FORM_NUMBER }, { "skadetelefon", FORM_NAME }, { "unntak", FORM_TEXT },
	{ "vilkar", FORM_TEXT }, END,
};
static const struct form_field kit[] = { { "passordfrase", FORM_SECRET }, END };
static const struct form_field competence[] = { { "versjon", FORM_NUMBER }, { "hvem", FORM_NAME }, { "omrade", FORM_NAME },
						{ "avtale", FORM_NAME }, { "opplaering", FORM_DATE }, END };
static const struct form_field incident_declare[] = { { "hendelse-tittel", FORM_NAME }, { "personopplysninger", FORM_NAME },
						      { "samfunnsviktig", FORM_NAME }, { "kjent", FORM_TIME }, END };
static const struct form_field incident_entry[] = { { "innforing-type", FORM_NAME }, { "innforing", FORM_TEXT }, END };
static const struct form_field incident_notice[] = { { "mottaker", FORM_NAME }, { "kontakt", FORM_NAME },
						     { "varslet", FORM_TIME }, { "referanse", FORM_NAME }, END };
static const struct form_field incident_aware[] = { { "kjent", FORM_TIME }, END };
static const struct form_field finding_move[] = { { "grunn-", FORM_TEXT }, { "til-", FORM_DATE },
						  { "likevel", FORM_NAME }, END };
static const struct form_field finding_owner[] = { { "ansvarlig-", FORM_NAME }, END };
static const struct form_field findings_many[] = { { "velg-", FORM_NAME }, { "alle", FORM_NAME },
						   { "ny-ansvarlig", FORM_NAME }, { "kvitter", FORM_NAME }, END };
static const struct form_field check_settings[] = {
	{ "kritisk", FORM_NUMBER }, { "hoy", FORM_NUMBER }, { "middels", FORM_NUMBER }, { "lav", FORM_NUMBER },
	{ "gjenoppretting", FORM_NUMBER }, { "pentest", FORM_NUMBER }, { "kritisk-fra", FORM_NUMBER },
	{ "kontakter", FORM_NUMBER }, { "ovelser", FORM_NUMBER }, END,
};
static const struct form_field receiver_add[] = { { "mottaker-type", FORM_NAME }, { "adresse", FORM_NAME },
						  { "fra", FORM_NAME }, END };
static const struct form_field receiver_stop[] = { { "adresse", FORM_NAME }, END };
/* p1-navn, p1-tekst ... k5-tekst: a level's name and meaning, checked to their own limits
 * by the model; c-A1 ... c-E5: the cells */
static const struct form_field scales[] = { { "p1-", FORM_TEXT }, { "p2-", FORM_TEXT }, { "p3-", FORM_TEXT },
					    { "p4-", FORM_TEXT }, { "p5-", FORM_TEXT }, { "k1-", FORM_TEXT },
					    { "k2-", FORM_TEXT }, { "k3-", FORM_TEXT }, { "k4-", FORM_TEXT },
					    { "k5-", FORM_TEXT }, { "c-", FORM_NUMBER }, END };
static const struct form_field event_action[] = { { "tittel", FORM_NAME }, END };
/* one record of a register (web/h_ros_record.c): its fields by column, and the values it
 * was opened with */
static const struct form_field ros_record[] = { { "register", FORM_NAME }, { "post", FORM_NAME },
						{ "felt-", FORM_TEXT }, { "for-", FORM_TEXT },
						{ "avh-", FORM_NAME }, END };
static const struct form_field user_add[] = { { "email", FORM_EMAIL }, { "name", FORM_NAME }, { "role", FORM_NAME }, END };
static const struct form_field by_email[] = { { "email", FORM_EMAIL }, END };
static const struct form_field lang[] = { { "lang", FORM_NAME }, END };
static const struct form_field password[] = { { "current", FORM_SECRET }, { "password", FORM_SECRET },
					      { "password2", FORM_SECRET }, END };
static const struct form_field token_add[] = { { "label", FORM_NAME }, { "token-password", FORM_SECRET },
					       { "token-code", FORM_SECRET }, END };
static const struct form_field token_revoke[] = { { "laget", FORM_NAME }, END };
static const struct form_field tenant_switch[] = { { "kommune", FORM_NAME }, END };
static const struct form_field invite_accept[] = { { "token", FORM_SECRET }, END };
static const struct form_field coop_member[] = { { "kommunenr", FORM_NAME }, { "navn", FORM_NAME }, { "orgnr", FORM_NAME },
						 END };
static const struct form_field coop_invite[] = { { "email", FORM_EMAIL }, { "name", FORM_NAME }, { "medlem", FORM_NAME },
						 { "role", FORM_NAME }, END };
static const struct form_field coop_people[] = { { "personer", FORM_FILE }, END };
static const struct form_field attach[] = { { "fil", FORM_BLOB }, { "til", FORM_NAME }, { "merknad", FORM_NAME },
					    { "erstatter", FORM_NUMBER }, END };
static const struct form_field attach_remove[] = { { "grunn", FORM_NAME }, END };

const struct form_spec form_login = { login }, form_code = { code }, form_enroll = { enroll }, form_empty = { empty },
	form_assess_start = { assess_start }, form_assess_close = { assess_close }, form_measure = { measure },
	form_action_add = { action_add }, form_action = { action }, form_ros_import = { ros_import },
	form_posture = { posture }, form_nmap = { nmap }, form_plan = { plan }, form_card = { card },
	form_contact = { contact }, form_version = { version }, form_exercise = { exercise }, form_lesson = { lesson },
	form_insurance = { insurance }, form_kit = { kit }, form_competence = { competence },
	form_incident_declare = { incident_declare }, form_incident_entry = { incident_entry },
	form_incident_notice = { incident_notice }, form_incident_aware = { incident_aware },
	form_finding_move = { finding_move }, form_finding_owner = { finding_owner },
	form_findings_many = { findings_many },
	form_check_settings = { check_settings }, form_receiver_add = { receiver_add },
	form_receiver_stop = { receiver_stop }, form_scales = { scales }, form_event_action = { event_action },
	form_ros_record = { ros_record },
	form_user_add = { user_add }, form_by_email = { by_email }, form_lang = { lang }, form_password = { password },
	form_token_add = { token_add }, form_token_revoke = { token_revoke }, form_switch = { tenant_switch },
	form_invite_accept = { invite_accept }, form_coop_member = { coop_member }, form_coop_invite = { coop_invite },
	form_coop_people = { coop_people }, form_attach = { attach },
	form_attach_remove = { attach_remove };

static const struct form_field *find(const struct form_spec *f, const char *name)
{
	for (const struct form_field *x = f->fields; x->name; x++) {
		size_t n = strlen(x->name);
		bool prefix = n && x->name[n - 1] == '-';
		if (prefix ? strncmp(name, x->name, n) == 0 && name[n] : strcmp(name, x->name) == 0)
			return x;
	}
	return NULL;
}

bool form_takes_binary(const struct form_spec *f, const char *name)
{
	const struct form_field *x = find(f, name);
	return x && x->kind == FORM_BLOB;
}

bool form_declares(const struct form_spec *f, const char *name)
{
	return strcmp(name, "csrf") == 0 || find(f, name) != NULL;
}

/* Digits, with a sign, short enough to be a number. */
static bool number(const char *s)
{
	size_t n = strlen(s), i = s[0] == '-';
	if (n == i || n > 19)
		return false;
	for (; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return false;
	return true;
}

/* ÅÅÅÅ-MM-DDTTT:MM, as a browser's datetime-local sends it. */
static bool local_time(const char *s)
{
	int32_t day;
	char d[DATE_TEXT];
	if (strlen(s) != 16 || s[10] != 'T' || s[13] != ':')
		return false;
	memcpy(d, s, 10);
	d[10] = '\0';
	for (int i = 11; i < 16; i++)
		if (i != 13 && (s[i] < '0' || s[i] > '9'))
			return false;
	return date_parse(d, &day) == 0 && (s[11] - '0') * 10 + (s[12] - '0') < 24 && s[14] <= '5';
}

int form_check_value(const struct form_spec *f, const char *name, const char *value, struct err *e)
{
	const struct form_field *x = find(f, name);
	char label[REQ_LABEL_TEXT];
	int32_t day;
	snprintf(label, sizeof(label), i18n_tr(e->lang, "Feltet «%s»"), name);
	if (strcmp(name, "csrf") == 0)
		return 0;
	if (!x)
		return err_set(e, "Skjemaet har et felt beredt ikke kjenner: «%s». Last siden på nytt og prøv igjen.", name);
	switch (x->kind) {
	case FORM_NAME:
		return valid_text(label, value, VALID_NAME_MAX, false, false, e);
	case FORM_TEXT:
		return valid_text(label, value, VALID_TEXT_MAX, true, false, e);
	case FORM_SECRET:
		return valid_text(label, value, CRYPTO_PASSWORD_MAX, false, false, e);
	case FORM_EMAIL:
		return valid_text(label, value, VALID_EMAIL_MAX, false, false, e);
	case FORM_FILE:
	case FORM_BLOB:
		return 0;
	case FORM_DATE:
		if (!*value || date_parse(value, &day) == 0)
			return 0;
		return err_set(e, "«%s» er ikke en dato. Skriv den som ÅÅÅÅ-MM-DD, for eksempel 2027-03-31.", value);
	case FORM_TIME:
		if (!*value || local_time(value))
			return 0;
		return err_set(e, "«%s» er ikke et tidspunkt. Skriv det som ÅÅÅÅ-MM-DDTTT:MM, for eksempel "
			       "2027-03-31T08:30.", value);
	case FORM_NUMBER:
		if (!*value || number(value))
			return 0;
		return err_set(e, "«%s» er ikke et helt tall.", value);
	}
	return 0;
}
