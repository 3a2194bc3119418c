/* web/forms.h: every form a page posts, as a table of its fields: each field's name and
 * kind. The router checks a posted form against its route's table before the handler runs
 * (kore's validators): a field the form does not have, a value past its kind's ceiling, a
 * control character in a one-line field, a date, a time or a number that is not one, and
 * the handler is never called. req_field() gives a handler only the fields its form
 * declares, so what it reads has been checked. The meaning of a value (a status, a rule
 * between fields) is the use case's. */
#ifndef BEREDT_WEB_FORMS_H
#define BEREDT_WEB_FORMS_H

#include <stdbool.h>

#include "util/err.h"

enum form_kind {
	FORM_NAME,     /* one line, at most VALID_NAME_MAX bytes: names, titles, owners, codes */
	FORM_TEXT,     /* several lines, at most VALID_TEXT_MAX: Markdown, plans, reasons */
	FORM_DATE,     /* empty or ÅÅÅÅ-MM-DD */
	FORM_TIME,     /* empty or a browser's datetime-local, ÅÅÅÅ-MM-DDTTT:MM */
	FORM_NUMBER,   /* empty or a whole number */
	FORM_SECRET,   /* a password or a code: one line, at most CRYPTO_PASSWORD_MAX */
	FORM_EMAIL,    /* one line, at most VALID_EMAIL_MAX */
	FORM_FILE,     /* an uploaded file or pasted document: its reader checks it */
	FORM_BLOB,     /* an uploaded file of any bytes (an attachment): its use case checks it */
};

/* One field; a name ending in '-' stands for every name it begins (rolle-1, rolle-2 ...). */
struct form_field {
	const char *name;
	enum form_kind kind;
};

/* A form: its fields, ended by { NULL }. */
struct form_spec {
	const struct form_field *fields;
};

/* Whether the form has a field of that name (the CSRF token it always has). */
bool form_declares(const struct form_spec *f, const char *name);

/* Whether the field takes any bytes, NUL included (FORM_BLOB). */
bool form_takes_binary(const struct form_spec *f, const char *name);

/* Check a posted value of 'name' against its field; -1 with e saying what is wrong. */
int form_check_value(const struct form_spec *f, const char *name, const char *value, struct err *e);

/* The forms, one per posting page (web/forms.c). */
extern const struct form_spec form_login, form_code, form_enroll, form_empty, form_assess_start, form_assess_close,
	form_measure, form_action_add, form_action, form_ros_import, form_posture, form_nmap, form_plan, form_card,
	form_contact, form_version, form_exercise, form_lesson, form_insurance, form_kit, form_competence,
	form_incident_declare, form_incident_entry, form_incident_notice, form_incident_aware, form_finding_move,
	form_finding_owner, form_findings_many, form_check_settings, form_receiver_add, form_receiver_stop, form_scales, form_event_action, form_ros_record,
	form_user_add, form_by_email, form_lang, form_password, form_token_add, form_token_revoke,
	form_switch, form_invite_accept, form_coop_member, form_coop_invite, form_coop_people, form_attach,
	form_attach_remove;

#endif
