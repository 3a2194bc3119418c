/* finding.h: weaknesses found in the registers, and their follow-up (measure 3d: "a
 * process that follows up alerts").
 *
 * Rules are data (id, the KS measures and NSM principles they serve, severity, why and
 * what to do) plus one small pure function each, run over what the registers say. A rule
 * that fires opens a finding, or updates the one it opened; a finding whose rule no longer
 * fires closes itself, and reopens if it fires again. People move a finding from new to
 * acknowledged, in progress and resolved, or accept the risk (a leader, with a reason and
 * an expiry date; an expired acceptance reopens the finding). The deadline follows the
 * severity. Pure: today is a parameter.
 */
#ifndef BEREDT_FINDING_H
#define BEREDT_FINDING_H

#include <stdbool.h>
#include <stdint.h>

#include "model/action.h"
#include "model/lifecycle.h"
#include "model/posture.h"
#include "model/vulnmatch.h"
#include "util/arena.h"
#include "util/err.h"
#include "util/i18n.h"

enum severity { SEV_LAV = 0, SEV_MIDDELS, SEV_HOY, SEV_KRITISK, SEV_COUNT };

enum finding_status {
	FINDING_NY = 0,           /* new */
	FINDING_KVITTERT,         /* acknowledged: someone has seen it */
	FINDING_PAGAR,            /* in progress */
	FINDING_RESOLVED,             /* resolved (by a person, or because the rule stopped firing) */
	FINDING_AKSEPTERT,        /* risk accepted until a date */
	FINDING_STATUS_COUNT
};

struct finding_rule {
	const char *id;           /* "ustottet-produkt" */
	const char *measures;     /* the KS measures it serves: "3c" */
	const char *principles;   /* NSM principles: "2.3" */
	enum severity severity;   /* the usual severity; a rule may raise it */
	const char *title, *why, *todo;   /* bokmål msgids */
	const char *confidence;   /* a catalog match: "bekreftet" or "mulig" (vulnmatch.h); NULL */
};

/* The rules, in a fixed order. */
const struct finding_rule *finding_rules(size_t *n);
const struct finding_rule *finding_rule(const char *id);

/* What one check run sees of a system. */
struct check_system {
	int64_t id;
	const char *name;
	bool internet_exposed;
	enum life_status life;
	int32_t life_end;         /* or LIFE_NEVER / LIFE_ENDED */
	const char *release;      /* "Windows Server 2012-r2", for the text */
	const char *version;      /* as registered; NULL */
	struct kev_tally kev;     /* the known exploited vulnerabilities that concern it */
	const struct posture *posture;   /* NULL: nobody has described it (all unknown) */
	int weight;               /* the highest criticality (1..5) of a service resting on it; 0 */
	int rto_hours;            /* its recovery time objective; ROS_UNKNOWN */
	const char *owner;        /* who answers for it; NULL */
	const char *kind;         /* ros_system_kind code; NULL */
};

/* An open port a scanner saw (nmap), on a host matched to a system or not. */
struct check_port {
	const char *host;         /* address or name as scanned */
	int port;
	const char *proto;        /* "tcp", "udp" */
	const char *service;      /* nmap's service name: "ms-wbt-server" */
	const char *product;      /* "Microsoft Terminal Services", or NULL */
	int64_t system_id;        /* 0: no system has this host */
	const char *system_name;
	const char *owner;        /* the system's owner; NULL */
	bool internet_exposed;    /* of the system, or of the scan (an outside scan) */
	int32_t scanned;          /* the day of the scan */
};

/* A software component of a system (its SBOM), with what the catalogs say of it. */
struct check_component {
	int64_t system_id;
	const char *system_name, *owner;
	bool internet_exposed;
	const char *name, *version;
	enum life_status life;
	int32_t life_end;
	struct kev_tally kev;
};

/* A vulnerability a scanner reported, with the system it belongs to. */
struct check_vuln {
	const char *host, *port, *name, *oid, *cves;
	int severity10;           /* CVSS × 10 */
	int64_t system_id;
	const char *system_name, *owner;
	int kev, kev_ransomware;  /* how many of its CVEs CISA lists, and ransomware uses */
};

/* A port that should not be open to the network, and why (data, so a new one is a line). */
struct risky_port {
	int port;
	const char *proto;
	const char *what;         /* "Fjernskrivebord (RDP)" */
	enum severity severity;   /* when the host is exposed to the internet; one lower inside */
};
const struct risky_port *risky_port_find(int port, const char *proto);

/* What the checks see of preparedness (measures 4a–4d). */
struct check_contact {
	const char *name;
	int32_t verified_on;      /* DATE_NONE: never */
};

struct check_prep {
	bool has_plan;
	int32_t plan_due;         /* the next review of the plan; DATE_NONE: never reviewed */
	const struct check_contact *contacts;
	size_t n_contacts;
	int32_t last_exercise;    /* the latest held exercise; DATE_NONE: none */
	bool kit_stale;           /* no crisis kit made since the plan, contacts or registers changed */
	const char *kit_written;  /* when the last kit was made; NULL: never */
};

/* What a municipality has set for its checks. */
struct check_settings {
	int days[SEV_COUNT];      /* days to fix by severity: low, medium, high, critical */
	int restore_days;         /* a restore test older than this is stale */
	int pentest_days;         /* a penetration test older than this is stale */
	int critical_level;       /* a system is critical when a service of this criticality rests on it */
	int contact_days;         /* a contact not verified for longer is stale */
	int exercise_days;        /* the contingency plan is exercised at least this often */
};

#define CHECK_DAYS_MAX 3650

/* Critical 7, high 30, medium 90, low 180 days; restore tests twice a year (NSM 2.9),
 * penetration tests once a year (NSM 3.4); critical from criticality 4; contacts
 * verified every six months; an exercise every second year (forskrift om kommunal
 * beredskapsplikt § 7). */
void check_settings_default(struct check_settings *s);
int check_settings_check(const struct check_settings *s, struct err *e);

struct check_input {
	const struct check_system *systems;
	size_t n_systems;
	const struct action *actions;
	size_t n_actions;
	int32_t today;
	const struct check_settings *settings;   /* NULL: the defaults */
	const struct check_port *ports;          /* open ports from the last scans */
	size_t n_ports;
	const struct check_prep *prep;           /* NULL: not checked */
	const struct check_component *components;   /* from the systems' SBOMs */
	size_t n_components;
	const struct check_vuln *vulns;          /* from vulnerability scanners */
	size_t n_vulns;
};

/* A rule firing on one object. */
struct finding_hit {
	const char *rule;
	const char *object;       /* "system:12", "tiltak:3": stable across runs */
	const char *object_name;
	enum severity severity;
	const char *detail;       /* bokmål, with the facts */
	const char *owner;        /* who answers for the object; NULL */
	const char *detail_en;    /* the same in English; NULL */
};

/* Run every rule (arena). */
int check_run(struct arena *a, const struct check_input *in, struct finding_hit **out, size_t *n,
	      struct err *e);

struct finding {
	int64_t id;
	int no;                   /* F-1, F-2, ... per municipality */
	const char *rule, *object, *object_name, *detail;
	enum severity severity;
	enum finding_status status;
	int32_t first_seen, last_seen, due, closed_on;   /* DATE_NONE when not set */
	const char *note;         /* the reason of the last change of status */
	int32_t accepted_until;   /* FINDING_AKSEPTERT: until when */
	const char *changed_by;
	const char *owner;        /* who is to fix it; NULL */
	int32_t acknowledged_on;  /* DATE_NONE */
	const char *detail_en;    /* the detail in English; NULL for one found before it was kept */
};

/* The detail in lang (bokmål where there is no English one). */
const char *finding_detail(const struct finding *f, enum lang lang);

/* What a check run does to the findings. */
enum finding_change_kind { FC_NEW, FC_SEEN, FC_REOPEN, FC_CLOSE };
struct finding_change {
	enum finding_change_kind kind;
	size_t finding;           /* index into have (not FC_NEW) */
	size_t hit;               /* index into hits (not FC_CLOSE) */
	int32_t due;              /* FC_NEW, FC_REOPEN: today + the deadline for the severity */
};

/* Match the hits of a run against the findings there are (arena). */
int finding_reconcile(struct arena *a, const struct finding *have, size_t n_have,
		      const struct finding_hit *hits, size_t n_hits, int32_t today,
		      const struct check_settings *set, struct finding_change **out, size_t *n,
		      struct err *e);

/* Days to fix a finding of a severity under the settings (NULL: the defaults). */
int severity_days(const struct check_settings *set, enum severity s);

/* Figures for follow-up: open by severity, overdue, and the median days from first seen
 * to acknowledged and to resolved by a person (-1 when there are none). */
struct finding_figures {
	int open[SEV_COUNT];
	int overdue;
	int median_ack_days, median_resolve_days;
};
int finding_figures(struct arena *a, const struct finding *f, size_t n, int32_t today,
		    struct finding_figures *out, struct err *e);

/* Whether a person may move a finding from its status to 'to': acknowledge and start
 * only open ones; resolve open ones; accept needs a reason and a date after today, and a
 * leader (caller's check). -1 with a message. */
int finding_transition(const struct finding *f, enum finding_status to, const char *reason,
		       int32_t until, int32_t today, struct err *e);

/* Which findings a list shows (the findings page's filter): each field NULL or negative
 * for "any". status_open: only the open ones (new, acknowledged, in progress). */
struct finding_filter {
	int severity;             /* enum severity, or -1 */
	int status;               /* enum finding_status, or -1 */
	bool open_only;
	const char *rule;         /* the rule's code */
	const char *object;       /* the system's (or object's) name, as it is shown */
	const char *owner;        /* who is to fix it; "" for nobody named */
};
bool finding_matches(const struct finding *f, const struct finding_filter *flt);

int severity_parse(const char *s, enum severity *out, struct err *e);
const char *severity_code(enum severity s);               /* "kritisk", "høy", ... */
const char *finding_status_code(enum finding_status s);   /* "ny", "kvittert", ... */
int finding_status_parse(const char *s, enum finding_status *out, struct err *e);
bool finding_open(enum finding_status s);                 /* ny, kvittert, pågår */

#endif
