/* posture.h: the security posture of one system (measures 1b and 3a–3d): how people log
 * in, how it is backed up and whether restore has been tested, the vendor's support end,
 * monitoring, and when it was last scanned, tested and audited. Unknown never counts as
 * good: a field not filled in is what the checks treat as missing. Codes are stored in
 * bokmål; English aliases are accepted. Pure. */
#ifndef BEREDT_POSTURE_H
#define BEREDT_POSTURE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util/err.h"

#define POSTURE_TEXT_MAX 200

enum posture_auth { AUTH_UKJENT = 0, AUTH_PASSORD, AUTH_TOFAKTOR, AUTH_SSO_TOFAKTOR, AUTH_COUNT };
enum posture_restore { RESTORE_UKJENT = 0, RESTORE_OK, RESTORE_DELVIS, RESTORE_FEILET, RESTORE_COUNT };
enum posture_watch { WATCH_UKJENT = 0, WATCH_INGEN, WATCH_KONTORTID, WATCH_DOGNET, WATCH_COUNT };

struct posture {
	int64_t system_id;
	enum posture_auth auth;
	int backup_hours;              /* how often a backup is taken; ROS_UNKNOWN */
	bool backup_offline;           /* a copy that is offline or immutable */
	bool backup_separate;          /* a copy in a separate administrative domain */
	int32_t restore_tested;        /* last restore test; DATE_NONE: never */
	enum posture_restore restore_result;
	int restore_hours;             /* how long it took; ROS_UNKNOWN */
	int32_t support_end;           /* the vendor's support end, typed in; DATE_NONE */
	bool logs_collected;
	const char *alert_receiver;    /* who gets the alerts; NULL: nobody named */
	enum posture_watch watch;      /* when alerts are followed up */
	int32_t last_scan, last_pentest, last_audit;   /* DATE_NONE: never */
};

/* Everything unknown, for a system nobody has described yet. */
void posture_unknown(struct posture *p, int64_t system_id);

/* The profile of system 'system_id' from 'p' (n profiles in system id order), walking on
 * from *k as the systems are taken in id order; with none, *unknown filled as unknown. */
const struct posture *posture_of(const struct posture *p, size_t n, size_t *k, int64_t system_id,
				 struct posture *unknown);

/* Checks before storing: ranges, lengths, dates not in the future (today). */
int posture_check(const struct posture *p, int32_t today, struct err *e);

/* Code lists: parse a code or English alias; -1 with a message listing the valid ones. */
int posture_auth_parse(const char *s, enum posture_auth *out, struct err *e);
int posture_restore_parse(const char *s, enum posture_restore *out, struct err *e);
int posture_watch_parse(const char *s, enum posture_watch *out, struct err *e);
const char *posture_auth_code(enum posture_auth a);        /* "passord", "tofaktor", ... */
const char *posture_restore_code(enum posture_restore r);  /* "ok", "delvis", "feilet", "ukjent" */
const char *posture_watch_code(enum posture_watch w);      /* "ingen", "kontortid", "døgnet", ... */
const char *posture_auth_label(enum posture_auth a);       /* bokmål msgids for people */
const char *posture_restore_label(enum posture_restore r);
const char *posture_watch_label(enum posture_watch w);

/* The fields by name, as the CLI options, the form fields and the docs call them:
 * innlogging, backup-timer, backup-offline, backup-eget-domene, gjenoppretting-testet,
 * gjenoppretting-resultat, gjenoppretting-timer, stotte-slutt, logger, varselmottaker,
 * oppfolging, skanning, pentest, revisjon. */
#define POSTURE_FIELDS 14
const char *posture_field_name(int i);

/* Set one field from text (codes, "ja"/"nei", hours, ISO dates; empty means unknown or
 * none). v is kept by pointer (varselmottaker). -1 with a message naming the field. */
int posture_set_field(struct posture *p, const char *field, const char *v, struct err *e);

/* Two-factor (alone or through single sign-on). */
bool posture_two_factor(const struct posture *p);
/* A backup an attacker with the ordinary admin accounts cannot reach or delete. */
bool posture_backup_protected(const struct posture *p);
/* Logs collected and a named receiver of alerts. */
bool posture_monitored(const struct posture *p);

/* A software component of a system, from its SBOM (io/cyclonedx.h). */
struct sbom_component {
	const char *name, *version, *supplier, *purl;
};

/* One result of a vulnerability scanner (Greenbone/OpenVAS). */
struct vuln_result {
	const char *host, *port, *name, *oid;
	const char *cves;         /* "CVE-2023-38408, CVE-2024-6387" or NULL */
	int severity10;           /* CVSS × 10: 75 for 7.5 */
};

/* What a network scan saw (io/nmap_xml.h reads it; store/posture.h keeps it). */
/* One open port as a scan import gives it. */
struct scan_port {
	const char *host;
	int port;
	const char *proto, *service, *product, *version;
};

/* A scanned host: its address, and the name it goes by (NULL). */
struct scan_host {
	const char *addr, *name;
};

#endif
