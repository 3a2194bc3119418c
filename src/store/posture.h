/* store/posture.h: the security posture of a municipality's systems and what the last
 * network scans saw (migrations/009_posture.sql). Every change is audited with the old
 * and the new values. */
#ifndef BEREDT_STORE_POSTURE_H
#define BEREDT_STORE_POSTURE_H

#include "db/db.h"
#include "util/err.h"
#include "model/finding.h"
#include "model/posture.h"
#include "store/stamp.h"
#include "util/arena.h"

/* Every described system of the tenant, by system id (arena). */
MUST_CHECK int store_posture_list(struct db *db, struct arena *a, int64_t tenant, struct posture **out, size_t *n,
		       struct err *e);

/* One system's posture; all unknown when nobody has described it. -1 when the tenant has
 * no such system. */
MUST_CHECK int store_posture_get(struct db *db, struct arena *a, int64_t tenant, int64_t system_id, struct posture *out,
		      struct err *e);

/* Checked (posture_check against today) and saved. */
MUST_CHECK int store_posture_put(struct db *db, struct arena *a, int64_t tenant, const struct posture *p,
		      const struct store_stamp *st, struct err *e);

/* Replace what is known of the scanned hosts (every host in hosts[], even one with no
 * open ports now) with these ports (p->host is the host's address), matching hosts to
 * systems by address or name in their hosts list. One transaction; audited as one
 * entry. *matched says how many hosts belong to a system. */
MUST_CHECK int store_scan_replace(struct db *db, struct arena *a, int64_t tenant, const struct scan_host *hosts, size_t n_hosts,
		       const struct scan_port *ports, size_t n_ports, const char *source,
		       const struct store_stamp *st, size_t *matched, struct err *e);

/* The open ports there are, with the systems they belong to (arena). */
MUST_CHECK int store_scan_list(struct db *db, struct arena *a, int64_t tenant, struct check_port **out, size_t *n,
		    struct err *e);

/* One component of a system's SBOM, as stored. */
struct sbom_row {
	int64_t system_id;
	const char *name, *version, *supplier, *purl;
};

/* Replace the components of one system (of this tenant) with these; audited. */
MUST_CHECK int store_sbom_replace(struct db *db, struct arena *a, int64_t tenant, int64_t system_id,
		       const struct sbom_component *c, size_t n, const char *source, const struct store_stamp *st,
		       struct err *e);
/* Every component of the tenant's systems (arena). */
MUST_CHECK int store_sbom_list(struct db *db, struct arena *a, int64_t tenant, struct sbom_row **out, size_t *n,
		    struct err *e);

/* Replace what is known of the scanned hosts with these scanner results (matched to
 * systems as store_scan_replace does); one transaction, audited. */
MUST_CHECK int store_vuln_replace(struct db *db, struct arena *a, int64_t tenant, const struct scan_host *hosts, size_t n_hosts,
		       const struct vuln_result *r, size_t n, const char *source, const struct store_stamp *st,
		       size_t *matched, struct err *e);

/* A stored result with the system it belongs to. */
struct vuln_row {
	struct vuln_result r;
	int64_t system_id;
	const char *system_name, *owner;
	bool internet_exposed;
};
MUST_CHECK int store_vuln_list(struct db *db, struct arena *a, int64_t tenant, struct vuln_row **out, size_t *n, struct err *e);

#endif
