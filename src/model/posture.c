/* posture.c: see posture.h. */
#include "model/posture.h"

#include <string.h>

#include "model/assess.h"
#include "model/ros.h"
#include "util/date.h"
#include "util/i18n.h"
#include "util/valid.h"

struct code {
	const char *code, *alias, *label;
};

static const struct code auths[AUTH_COUNT] = {
	{ "ukjent", "unknown", N_("Ukjent") },
	{ "passord", "password", N_("Bare passord") },
	{ "tofaktor", "two-factor", N_("Tofaktor") },
	{ "sso-tofaktor", "sso-two-factor", N_("Felles innlogging med tofaktor") },
};

static const struct code restores[RESTORE_COUNT] = {
	{ "ukjent", "unknown", N_("Ukjent") },
	{ "ok", "ok", N_("Vellykket") },
	{ "delvis", "partial", N_("Delvis vellykket") },
	{ "feilet", "failed", N_("Feilet") },
};

static const struct code watches[WATCH_COUNT] = {
	{ "ukjent", "unknown", N_("Ukjent") },
	{ "ingen", "none", N_("Ingen følger med") },
	{ "kontortid", "office-hours", N_("I kontortiden") },
	{ "døgnet", "24/7", N_("Hele døgnet") },
};

static int parse(const struct code *c, int n, const char *what, const char *s, int *out, struct err *e)
{
	char list[200] = "";
	for (int i = 0; i < n; i++) {
		if (s && (strcmp(s, c[i].code) == 0 || strcmp(s, c[i].alias) == 0))
			return *out = i, 0;
		strncat(list, i ? ", " : "", sizeof(list) - strlen(list) - 1);
		strncat(list, c[i].code, sizeof(list) - strlen(list) - 1);
	}
	return err_set(e, "Ukjent %s «%.60s»; gyldige er %s.", what, s ? s : "", list);
}

int posture_auth_parse(const char *s, enum posture_auth *out, struct err *e)
{
	int v = 0;
	if (parse(auths, AUTH_COUNT, "innlogging", s, &v, e) < 0)
		return -1;
	*out = (enum posture_auth)v;
	return 0;
}

int posture_restore_parse(const char *s, enum posture_restore *out, struct err *e)
{
	int v = 0;
	if (parse(restores, RESTORE_COUNT, "resultat av gjenopprettingstest", s, &v, e) < 0)
		return -1;
	*out = (enum posture_restore)v;
	return 0;
}

int posture_watch_parse(const char *s, enum posture_watch *out, struct err *e)
{
	int v = 0;
	if (parse(watches, WATCH_COUNT, "oppfølging av varsler", s, &v, e) < 0)
		return -1;
	*out = (enum posture_watch)v;
	return 0;
}

const char *posture_auth_code(enum posture_auth a)
{
	return (unsigned)a < AUTH_COUNT ? auths[a].code : "ukjent";
}

const char *posture_restore_code(enum posture_restore r)
{
	return (unsigned)r < RESTORE_COUNT ? restores[r].code : "ukjent";
}

const char *posture_watch_code(enum posture_watch w)
{
	return (unsigned)w < WATCH_COUNT ? watches[w].code : "ukjent";
}

const char *posture_auth_label(enum posture_auth a)
{
	return (unsigned)a < AUTH_COUNT ? auths[a].label : auths[0].label;
}

const char *posture_restore_label(enum posture_restore r)
{
	return (unsigned)r < RESTORE_COUNT ? restores[r].label : restores[0].label;
}

const char *posture_watch_label(enum posture_watch w)
{
	return (unsigned)w < WATCH_COUNT ? watches[w].label : watches[0].label;
}

void posture_unknown(struct posture *p, int64_t system_id)
{
	*p = (struct posture){
		.system_id = system_id, .backup_hours = ROS_UNKNOWN, .restore_tested = DATE_NONE,
		.restore_hours = ROS_UNKNOWN, .support_end = DATE_NONE, .last_scan = DATE_NONE,
		.last_pentest = DATE_NONE, .last_audit = DATE_NONE,
	};
}

/* A date of something done must not lie ahead; a typed year 2062 for 2026 would make
 * a test look fresh for decades. */
static int past(const char *field, int32_t d, int32_t today, struct err *e)
{
	if (d != DATE_NONE && d > today)
		return err_set(e, "%s kan ikke ligge fram i tid.", field);
	return 0;
}

int posture_check(const struct posture *p, int32_t today, struct err *e)
{
	if ((unsigned)p->auth >= AUTH_COUNT || (unsigned)p->restore_result >= RESTORE_COUNT ||
	    (unsigned)p->watch >= WATCH_COUNT)
		return err_set(e, "Ukjent kode i sikkerhetsprofilen.");
	if (p->backup_hours != ROS_UNKNOWN && (p->backup_hours < 1 || p->backup_hours > ROS_HOURS_MAX))
		return err_set(e, "Hvor ofte det tas sikkerhetskopi må være fra 1 til %d timer.", ROS_HOURS_MAX);
	if (p->restore_hours != ROS_UNKNOWN && (p->restore_hours < 0 || p->restore_hours > ROS_HOURS_MAX))
		return err_set(e, "Tiden gjenopprettingen tok må være fra 0 til %d timer.", ROS_HOURS_MAX);
	if (p->restore_tested == DATE_NONE && (p->restore_result != RESTORE_UKJENT || p->restore_hours != ROS_UNKNOWN))
		return err_set(e, "Et resultat eller en varighet for gjenopprettingstesten krever datoen for testen.");
	if (past("Datoen for gjenopprettingstesten", p->restore_tested, today, e) < 0 ||
	    past("Datoen for siste sårbarhetsskanning", p->last_scan, today, e) < 0 ||
	    past("Datoen for siste penetrasjonstest", p->last_pentest, today, e) < 0 ||
	    past("Datoen for siste revisjon", p->last_audit, today, e) < 0)
		return -1;
	return valid_text("Mottaker av varsler", p->alert_receiver, POSTURE_TEXT_MAX, false, false, e);
}

bool posture_two_factor(const struct posture *p)
{
	return p->auth == AUTH_TOFAKTOR || p->auth == AUTH_SSO_TOFAKTOR;
}

bool posture_backup_protected(const struct posture *p)
{
	return p->backup_offline || p->backup_separate;
}

bool posture_monitored(const struct posture *p)
{
	return p->logs_collected && p->alert_receiver && *p->alert_receiver && p->watch != WATCH_INGEN;
}

static const char *const field_names[POSTURE_FIELDS] = {
	"innlogging", "backup-timer", "backup-offline", "backup-eget-domene", "gjenoppretting-testet",
	"gjenoppretting-resultat", "gjenoppretting-timer", "stotte-slutt", "logger", "varselmottaker",
	"oppfolging", "skanning", "pentest", "revisjon",
};

const char *posture_field_name(int i)
{
	return i >= 0 && i < POSTURE_FIELDS ? field_names[i] : NULL;
}

static int yes_no(const char *field, const char *v, bool *out, struct err *e)
{
	static const char *const yes[] = { "ja", "yes", "true", "1", "on" }, *const no[] = { "nei", "no", "false", "0", "" };
	for (size_t i = 0; i < sizeof(yes) / sizeof(yes[0]); i++) {
		if (strcmp(v, yes[i]) == 0)
			return *out = true, 0;
		if (strcmp(v, no[i]) == 0)
			return *out = false, 0;
	}
	return err_set(e, "%s må være ja eller nei, ikke «%.60s».", field, v);
}

/* A date, or none for empty; *out is left as it was when v is not a date. */
static int day(const char *field, const char *v, int32_t *out, struct err *e)
{
	int32_t d = DATE_NONE;
	if (*v && date_parse(v, &d) < 0)
		return err_set(e, "%s må være en dato (ÅÅÅÅ-MM-DD), ikke «%.60s».", field, v);
	*out = d;
	return 0;
}

int posture_set_field(struct posture *p, const char *field, const char *v, struct err *e)
{
	if (!v)
		v = "";
	if (strcmp(field, "innlogging") == 0)
		return posture_auth_parse(*v ? v : "ukjent", &p->auth, e);
	if (strcmp(field, "backup-timer") == 0) {
		int h;
		if (ros_hours("Hvor ofte det tas sikkerhetskopi", v, &h, e) < 0)
			return -1;
		if (h == 0)
			return err_set(e, "Hvor ofte det tas sikkerhetskopi må være minst 1 time.");
		p->backup_hours = h;
		return 0;
	}
	if (strcmp(field, "gjenoppretting-timer") == 0) {
		int h;
		if (ros_hours("Tiden gjenopprettingen tok", v, &h, e) < 0)
			return -1;
		p->restore_hours = h;
		return 0;
	}
	if (strcmp(field, "backup-offline") == 0)
		return yes_no("Frakoblet eller uforanderlig kopi", v, &p->backup_offline, e);
	if (strcmp(field, "backup-eget-domene") == 0)
		return yes_no("Kopi i eget administrativt domene", v, &p->backup_separate, e);
	if (strcmp(field, "gjenoppretting-testet") == 0)
		return day("Siste gjenopprettingstest", v, &p->restore_tested, e);
	if (strcmp(field, "gjenoppretting-resultat") == 0)
		return posture_restore_parse(*v ? v : "ukjent", &p->restore_result, e);
	if (strcmp(field, "stotte-slutt") == 0)
		return day("Leverandørens slutt på støtte", v, &p->support_end, e);
	if (strcmp(field, "logger") == 0)
		return yes_no("Logger samles inn", v, &p->logs_collected, e);
	if (strcmp(field, "varselmottaker") == 0) {
		p->alert_receiver = *v ? v : NULL;
		return 0;
	}
	if (strcmp(field, "oppfolging") == 0)
		return posture_watch_parse(*v ? v : "ukjent", &p->watch, e);
	if (strcmp(field, "skanning") == 0)
		return day("Siste sårbarhetsskanning", v, &p->last_scan, e);
	if (strcmp(field, "pentest") == 0)
		return day("Siste penetrasjonstest", v, &p->last_pentest, e);
	if (strcmp(field, "revisjon") == 0)
		return day("Siste revisjon", v, &p->last_audit, e);
	return err_set(e, "Ukjent felt i sikkerhetsprofilen «%.60s».", field);
}

const struct posture *posture_of(const struct posture *p, size_t n, size_t *k, int64_t system_id,
				 struct posture *unknown)
{
	while (*k < n && p[*k].system_id < system_id)
		(*k)++;
	if (*k < n && p[*k].system_id == system_id)
		return &p[*k];
	posture_unknown(unknown, system_id);
	return unknown;
}
