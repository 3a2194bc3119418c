/* ros.h: the registers of the risk and vulnerability analysis (ROS): services
 * (critical functions), systems, vendors, the dependencies between them, and unwanted
 * events (DSB's method). Codes are stored in bokmål; English aliases are accepted. */
#ifndef BEREDT_ROS_H
#define BEREDT_ROS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util/err.h"

#define ROS_HOURS_MAX (24 * 365 * 5)   /* five years: anything longer is a typing error */
#define ROS_UNKNOWN (-1)                /* hours not given */
/* A member municipality names its cooperation's shared systems and vendors with this
 * prefix ("felles:AD IKT Fjell"); no name of its own may begin with it. */
#define ROS_SHARED "felles:"
#define ROS_SHARED_LEN 7

struct ros_service {
	int64_t id;
	const char *name;
	const char *description;
	const char *sector;          /* ros_sector code */
	const char *owner;
	int criticality;             /* 1 (low) .. 5 (vital) */
	int mtd_hours;               /* maximum tolerable downtime; ROS_UNKNOWN */
	bool personal_data;
	bool special_categories;
	const char *fallback;        /* the manual fallback routine, Markdown */
	int32_t fallback_tested;     /* date, DATE_NONE */
};

struct ros_vendor {
	int64_t id;
	const char *name;
	const char *orgnr;
	const char *support_phone;
	bool support_247;
	const char *contract;
	int rto_hours;               /* how long the vendor needs to restore; ROS_UNKNOWN */
	bool shared;                 /* the cooperation's, seen by a member: read-only */
};

struct ros_system {
	int64_t id;
	const char *name;
	int64_t vendor_id;           /* 0: none */
	const char *vendor;          /* its name, when read with the vendor */
	const char *product;
	const char *version;
	const char *kind;            /* ros_system_kind code */
	const char *hosting;         /* ros_hosting code */
	const char *admin_domain;    /* managed from, e.g. "AD intern", "Entra ID", "leverandør" */
	int rto_hours;               /* recovery time objective; ROS_UNKNOWN */
	int rpo_hours;
	const char *classification;
	const char *owner;
	bool internet_exposed;
	const char *hosts;
	bool shared;                 /* the cooperation's, seen by a member: read-only */
};

enum ros_node_kind { ROS_SERVICE = 0, ROS_SYSTEM, ROS_VENDOR };

struct ros_dependency {
	int64_t id;
	enum ros_node_kind from_kind;   /* service or system */
	int64_t from_id;
	enum ros_node_kind to_kind;     /* system or vendor */
	int64_t to_id;
	const char *kind;               /* ros_dep_kind code */
	int alt_group;                  /* 0: required on its own */
	const char *from_name;          /* names, when read for people or files */
	const char *to_name;
	bool shared;                    /* between the cooperation's own nodes, seen by a member */
};

#define ROS_CONSEQUENCES 5
struct ros_event {
	int64_t id;
	const char *title;
	const char *cause;
	char probability;               /* 'A'..'E' */
	int consequence[ROS_CONSEQUENCES];  /* life, nature, economy, stability, governance: 1..5 */
	const char *barriers;
	const char *uncertainty;
	const char *measures;
};

/* The fields of a dependency, for saying where in a file one is wrong. */
enum ros_dep_field { RDF_NONE = 0, RDF_FROM_KIND, RDF_FROM, RDF_TO_KIND, RDF_TO, RDF_KIND, RDF_GROUP, RDF_COUNT };

/* Where the rows of one file are: each row's line (CSV; NULL for JSON, whose entries are
 * numbered), and for dependencies the column of each field (1-based; 0 unknown) and the
 * field's name as the file writes it. */
struct ros_where {
	const size_t *lines;
	int col[RDF_COUNT];
	const char *name[RDF_COUNT];
};

/* Code lists: parse a code or alias into the stored code (static), -1 with a message
 * listing the valid ones. */
int ros_sector(const char *s, const char **code, struct err *e);
int ros_system_kind(const char *s, const char **code, struct err *e);
int ros_hosting(const char *s, const char **code, struct err *e);
int ros_dep_kind(const char *s, const char **code, struct err *e);
int ros_node_kind_parse(const char *s, enum ros_node_kind *out, struct err *e);
const char *ros_node_kind_code(enum ros_node_kind k);   /* "tjeneste", "system", "leverandor" */

/* The codes of a list in order (for forms and templates), static; how many there are
 * (at most max are written). */
enum ros_list { ROS_LIST_SECTOR, ROS_LIST_SYSTEM_KIND, ROS_LIST_HOSTING, ROS_LIST_DEP_KIND };
size_t ros_list_codes(enum ros_list l, const char **out, size_t max);

/* The label of a code for people (bokmål msgid). */
const char *ros_code_label(const char *code);

/* Hours: empty means unknown; otherwise 0..ROS_HOURS_MAX. */
int ros_hours(const char *field, const char *s, int *out, struct err *e);

/* Checks before storing: names, limits, codes, ranges. */
int ros_service_check(const struct ros_service *s, struct err *e);
int ros_system_check(const struct ros_system *s, struct err *e);
int ros_vendor_check(const struct ros_vendor *v, struct err *e);
int ros_event_check(const struct ros_event *v, struct err *e);

/* Whether a name is a reference to the cooperation's shared register ("felles:..."). */
bool ros_is_shared_name(const char *name);

/* Whether a system's hosts list (names or addresses separated by commas, semicolons or
 * spaces) names host; case does not matter. */
bool ros_hosts_match(const char *hosts, const char *host);

/* The highest consequence of an event, and its place in the matrix colours. */
int ros_event_consequence(const struct ros_event *v);

#endif
