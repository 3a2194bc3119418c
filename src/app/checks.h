/* app/checks.h: one run of the checks for a municipality: read the registers, the
 * action plan and the reference catalogs, run the rules (model/finding.h) and bring the
 * findings up to date. Shared by 'beredt check' and the worker in 'beredt serve', so it
 * sits beside them, above store/ and io/. */
#ifndef BEREDT_APP_CHECKS_H
#define BEREDT_APP_CHECKS_H

#include "db/db.h"
#include "model/evidence.h"
#include "model/finding.h"
#include "model/graph.h"
#include "model/lifecycle.h"
#include "model/register.h"
#include "model/ros.h"
#include "store/stamp.h"
#include "util/arena.h"

/* What the catalogs say of one system (pointers into the catalogs and the arena). */
struct checks_system_life {
	const struct eol_product *product;     /* NULL: not in the end-of-life catalog */
	const struct eol_release *release;     /* NULL: version not matched */
	enum life_status status;
	int32_t end;
	struct kev_hit *kev;                   /* the entries that concern it, judged (vulnmatch.h) */
	long n_kev;
	struct kev_tally tally;
};

/* The reference catalogs as loaded in the database (empty where none is), parsed into
 * the arena. */
int checks_refdata(struct db *db, struct arena *a, struct eol_catalog *eol, struct kev_catalog *kev,
		   struct err *e);

int checks_system_life(struct arena *a, int32_t today, const struct eol_catalog *eol,
		       const struct kev_catalog *kev, const struct ros_system *s, struct checks_system_life *out,
		       struct err *e);

/* Everything the rules look at for one municipality (arena): systems with their
 * catalog status, posture, the criticality resting on them; the action plan; the open
 * ports of the last scans; the settings (filled into *set, which in points to). */
int checks_input(struct db *db, struct arena *a, int64_t tenant, const struct eol_catalog *eol,
		 const struct kev_catalog *kev, int32_t today, struct check_input *in,
		 struct check_settings *set, struct err *e);

/* Run the checks for one municipality and apply the result in one transaction.
 * counts[FC_*] says what changed, *open how many findings are open afterwards. */
int checks_tenant(struct db *db, struct arena *a, int64_t tenant, const struct eol_catalog *eol,
		  const struct kev_catalog *kev, const struct store_stamp *st, int counts[4], size_t *open,
		  struct err *e);

/* Finding F-no (into *f), and whether the checks, run now on what is registered, would
 * find it again (and so reopen it once marked resolved): *detail then says what they find
 * (bokmål, arena). Nothing is stored. The catalogs are read from the database. -1 with a
 * message when there is no such finding. */
int checks_still_found(struct db *db, struct arena *a, int64_t tenant, int32_t today, int no, struct finding *f,
		       bool *still, const char **detail, struct err *e);

/* Read an nmap report (io/nmap_xml.h), replace what is known of the hosts it scanned,
 * and run the checks, so its risky ports are findings at once. Nothing is stored when
 * the report is refused. *hosts, *ports and *matched say what it held. */
int checks_nmap_import(struct db *db, struct arena *a, int64_t tenant, const char *data, size_t len,
		       const char *origin, const struct eol_catalog *eol, const struct kev_catalog *kev,
		       const struct store_stamp *st, size_t *hosts, size_t *ports, size_t *matched,
		       int counts[4], size_t *open, struct err *e);

/* What the registers and the findings say about measures 1b and 3a–3d (model/evidence.h).
 * Support status and vulnerabilities come from the open findings, so the catalogs are not
 * needed here. */
int checks_evidence(struct db *db, struct arena *a, int64_t tenant, int32_t today,
		    struct evidence out[EV_COUNT], struct err *e);

/* The same from the register, its graph, the action plan and the findings already read
 * (the report has them), so that a page reads each once. */
int checks_evidence_loaded(struct db *db, struct arena *a, int64_t tenant, int32_t today,
			   const struct ros_register *r, const struct ros_graph *g, const struct action *actions,
			   size_t n_actions, const struct finding *f, size_t n_findings, struct evidence out[EV_COUNT],
			   struct err *e);

/* Read a CycloneDX SBOM (io/cyclonedx.h) for one system, replace its components, and run
 * the checks. *n says how many components it held. */
int checks_sbom_import(struct db *db, struct arena *a, int64_t tenant, const char *system, const char *data,
		       size_t len, const char *origin, const struct eol_catalog *eol, const struct kev_catalog *kev,
		       const struct store_stamp *st, size_t *n, int counts[4], size_t *open, struct err *e);

/* Read a Greenbone/OpenVAS report (io/openvas_xml.h), replace what is known of the hosts
 * in it, and run the checks. */
int checks_openvas_import(struct db *db, struct arena *a, int64_t tenant, const char *data, size_t len,
			  const char *origin, const struct eol_catalog *eol, const struct kev_catalog *kev,
			  const struct store_stamp *st, size_t *hosts, size_t *results, size_t *matched, int counts[4],
			  size_t *open, struct err *e);

#endif
