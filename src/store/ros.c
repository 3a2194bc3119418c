/* store/ros.c: see ros.h. Writing the ROS registers; reading them is store/ros_read.c. */
#include "store/ros.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/audit.h"
#include "store/scales.h"
#include "store/row.h"
#include "model/assess.h"
#include "util/date.h"

/* Run an upsert whose RETURNING gives the id; audit it. */
static int upsert(struct db *db, struct db_stmt *st, int64_t tenant, int64_t *id,
		  const struct store_stamp *s, const char *action, const char *name,
		  const char *summary, struct err *e)
{
	enum db_step r = db_step(st, e);
	if (r == DB_ROW)
		*id = db_col_int(st, 0);
	db_finalize(st);
	if (r != DB_ROW)
		return -1;
	return store_audit(db, tenant, s, action, name, NULL, summary, e);
}

static int with_tx(struct db *db, int rc, struct err *e)
{
	if (rc < 0) {
		db_rollback(db);
		return -1;
	}
	return db_commit(db, e);
}

int store_ros_service_put(struct db *db, int64_t tenant, struct ros_service *s,
			  const struct store_stamp *st, struct err *e)
{
	struct db_stmt *q;
	char sum[256], day[DATE_TEXT] = "";
	if (ros_service_check(s, e) < 0 || db_begin(db, e) < 0)
		return -1;
	if (s->fallback_tested != DATE_NONE)
		date_format(s->fallback_tested, day);
	if (db_prepare(db, "INSERT INTO ros_service (tenant_id, name, description, sector, owner, "
			   "criticality, mtd_hours, personal_data, special_categories, fallback, "
			   "fallback_tested) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
			   "ON CONFLICT (tenant_id, name) DO UPDATE SET description = excluded.description, "
			   "sector = excluded.sector, owner = excluded.owner, criticality = excluded.criticality, "
			   "mtd_hours = excluded.mtd_hours, personal_data = excluded.personal_data, "
			   "special_categories = excluded.special_categories, fallback = excluded.fallback, "
			   "fallback_tested = excluded.fallback_tested RETURNING id", &q, e) < 0)
		return with_tx(db, -1, e);
	db_bind_int(q, 1, tenant);
	db_bind_text(q, 2, s->name);
	row_bind_opt(q, 3, s->description);
	db_bind_text(q, 4, s->sector);
	row_bind_opt(q, 5, s->owner);
	db_bind_int(q, 6, s->criticality);
	row_bind_hours(q, 7, s->mtd_hours);
	db_bind_int(q, 8, s->personal_data);
	db_bind_int(q, 9, s->special_categories);
	row_bind_opt(q, 10, s->fallback);
	row_bind_opt(q, 11, day);
	snprintf(sum, sizeof(sum), "criticality=%d; mtd=%d; sector=%s", s->criticality, s->mtd_hours,
		 s->sector);
	return with_tx(db, upsert(db, q, tenant, &s->id, st, "ros.service", s->name, sum, e), e);
}

/* Run sql (parameters: tenant, name) for one id: DB_ROW with *id, DB_DONE when none,
 * DB_ERROR. */
static enum db_step id_by_name(struct db *db, const char *sql, int64_t tenant, const char *name, int64_t *id,
			       struct err *e)
{
	struct db_stmt *q;
	if (db_prepare(db, sql, &q, e) < 0)
		return DB_ERROR;
	db_bind_int(q, 1, tenant);
	db_bind_text(q, 2, name ? name : "");
	enum db_step r = db_step(q, e);
	if (r == DB_ROW)
		*id = db_col_int(q, 0);
	db_finalize(q);
	return r;
}

/* The id of the vendor with this name; 0 and a message when none. */
static int vendor_id(struct db *db, int64_t tenant, const char *name, int64_t *id, struct err *e)
{
	*id = 0;
	enum db_step r = id_by_name(db, "SELECT id FROM ros_vendor WHERE tenant_id = ? AND name = ?", tenant, name, id, e);
	if (r == DB_DONE)
		return err_missing(e, "Leverandøren «%s» finnes ikke i leverandørregisteret. Legg den inn "
			       "først.", name);
	return r == DB_ROW ? 0 : -1;
}

int store_ros_system_put(struct db *db, int64_t tenant, struct ros_system *s,
			 const struct store_stamp *st, struct err *e)
{
	struct db_stmt *q;
	char sum[300];
	if (ros_system_check(s, e) < 0 || db_begin(db, e) < 0)
		return -1;
	s->vendor_id = 0;
	if (s->vendor && *s->vendor && vendor_id(db, tenant, s->vendor, &s->vendor_id, e) < 0)
		return with_tx(db, -1, e);
	if (db_prepare(db, "INSERT INTO ros_system (tenant_id, name, vendor_id, product, version, kind, "
			   "hosting, admin_domain, rto_hours, rpo_hours, classification, owner, "
			   "internet_exposed, hosts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
			   "ON CONFLICT (tenant_id, name) DO UPDATE SET vendor_id = excluded.vendor_id, "
			   "product = excluded.product, version = excluded.version, kind = excluded.kind, "
			   "hosting = excluded.hosting, admin_domain = excluded.admin_domain, "
			   "rto_hours = excluded.rto_hours, rpo_hours = excluded.rpo_hours, "
			   "classification = excluded.classification, owner = excluded.owner, "
			   "internet_exposed = excluded.internet_exposed, hosts = excluded.hosts "
			   "RETURNING id", &q, e) < 0)
		return with_tx(db, -1, e);
	db_bind_int(q, 1, tenant);
	db_bind_text(q, 2, s->name);
	if (s->vendor_id)
		db_bind_int(q, 3, s->vendor_id);
	else
		db_bind_null(q, 3);
	row_bind_opt(q, 4, s->product);
	row_bind_opt(q, 5, s->version);
	db_bind_text(q, 6, s->kind);
	db_bind_text(q, 7, s->hosting);
	row_bind_opt(q, 8, s->admin_domain);
	row_bind_hours(q, 9, s->rto_hours);
	row_bind_hours(q, 10, s->rpo_hours);
	row_bind_opt(q, 11, s->classification);
	row_bind_opt(q, 12, s->owner);
	db_bind_int(q, 13, s->internet_exposed);
	row_bind_opt(q, 14, s->hosts);
	snprintf(sum, sizeof(sum), "kind=%s; rto=%d; domain=%.100s", s->kind, s->rto_hours,
		 s->admin_domain ? s->admin_domain : "-");
	return with_tx(db, upsert(db, q, tenant, &s->id, st, "ros.system", s->name, sum, e), e);
}

int store_ros_vendor_put(struct db *db, int64_t tenant, struct ros_vendor *v,
			 const struct store_stamp *st, struct err *e)
{
	struct db_stmt *q;
	char sum[200];
	if (ros_vendor_check(v, e) < 0 || db_begin(db, e) < 0)
		return -1;
	if (db_prepare(db, "INSERT INTO ros_vendor (tenant_id, name, orgnr, support_phone, support_247, "
			   "contract, rto_hours) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (tenant_id, name) "
			   "DO UPDATE SET orgnr = excluded.orgnr, support_phone = excluded.support_phone, "
			   "support_247 = excluded.support_247, contract = excluded.contract, "
			   "rto_hours = excluded.rto_hours RETURNING id", &q, e) < 0)
		return with_tx(db, -1, e);
	db_bind_int(q, 1, tenant);
	db_bind_text(q, 2, v->name);
	row_bind_opt(q, 3, v->orgnr);
	row_bind_opt(q, 4, v->support_phone);
	db_bind_int(q, 5, v->support_247);
	row_bind_opt(q, 6, v->contract);
	row_bind_hours(q, 7, v->rto_hours);
	snprintf(sum, sizeof(sum), "rto=%d; support_247=%d", v->rto_hours, v->support_247);
	return with_tx(db, upsert(db, q, tenant, &v->id, st, "ros.vendor", v->name, sum, e), e);
}

int store_ros_event_put(struct db *db, int64_t tenant, struct ros_event *v,
			const struct store_stamp *st, struct err *e)
{
	struct db_stmt *q;
	char sum[64], prob[2] = { v->probability, 0 };
	if (ros_event_check(v, e) < 0 || db_begin(db, e) < 0)
		return -1;
	if (db_prepare(db, "INSERT INTO ros_event (tenant_id, title, cause, probability, c_life, c_nature, "
			   "c_economy, c_stability, c_governance, barriers, uncertainty, measures) VALUES "
			   "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (tenant_id, title) DO UPDATE SET "
			   "cause = excluded.cause, probability = excluded.probability, c_life = excluded.c_life, "
			   "c_nature = excluded.c_nature, c_economy = excluded.c_economy, "
			   "c_stability = excluded.c_stability, c_governance = excluded.c_governance, "
			   "barriers = excluded.barriers, uncertainty = excluded.uncertainty, "
			   "measures = excluded.measures RETURNING id", &q, e) < 0)
		return with_tx(db, -1, e);
	db_bind_int(q, 1, tenant);
	db_bind_text(q, 2, v->title);
	row_bind_opt(q, 3, v->cause);
	db_bind_text(q, 4, prob);
	for (int i = 0; i < ROS_CONSEQUENCES; i++)
		db_bind_int(q, 5 + i, v->consequence[i]);
	row_bind_opt(q, 10, v->barriers);
	row_bind_opt(q, 11, v->uncertainty);
	row_bind_opt(q, 12, v->measures);
	snprintf(sum, sizeof(sum), "probability=%c; consequence=%d", v->probability,
		 ros_event_consequence(v));
	return with_tx(db, upsert(db, q, tenant, &v->id, st, "ros.event", v->title, sum, e), e);
}

/* The id of the cooperation's shared system or vendor named (without the prefix) name. */
static int shared_id(struct db *db, int64_t tenant, enum ros_node_kind kind, const char *name, int64_t *id,
		     struct err *e)
{
	int64_t coop;
	if (store_ros_coop_of(db, tenant, &coop, e) < 0)
		return -1;
	/* no cooperation: coop 0, which holds no system, so the name is not found */
	enum db_step r = id_by_name(db, kind == ROS_SYSTEM ? "SELECT id FROM ros_system WHERE tenant_id = ? AND name = ?"
				    : "SELECT id FROM ros_vendor WHERE tenant_id = ? AND name = ?", coop, name, id, e);
	if (r == DB_DONE)
		return kind == ROS_SYSTEM
		       ? err_missing(e, "«%s%s» finnes ikke blant samarbeidets felles systemer (eller kommunen er ikke "
				     "medlem av et samarbeid).", ROS_SHARED, name)
		       : err_missing(e, "«%s%s» finnes ikke blant samarbeidets felles leverandører (eller kommunen er ikke "
				     "medlem av et samarbeid).", ROS_SHARED, name);
	return r == DB_ROW ? 0 : -1;
}

/* The id of a node of a kind by name; -1 with a message naming the line's end. A "felles:"
 * name is the cooperation's, and only something may depend on it (to). */
static int node_id(struct db *db, int64_t tenant, enum ros_node_kind kind, const char *name, bool to,
		   int64_t *id, struct err *e)
{
	if (ros_is_shared_name(name) && to && kind != ROS_SERVICE)
		return shared_id(db, tenant, kind, name + ROS_SHARED_LEN, id, e);
	if (ros_is_shared_name(name))
		return err_set(e, "«%s» er samarbeidets; avhengighetene mellom samarbeidets systemer registreres av "
			       "samarbeidet.", name);
	static const char *const sql[] = {
		"SELECT id FROM ros_service WHERE tenant_id = ? AND name = ?",
		"SELECT id FROM ros_system WHERE tenant_id = ? AND name = ?",
		"SELECT id FROM ros_vendor WHERE tenant_id = ? AND name = ?",
	};
	enum db_step r = id_by_name(db, sql[kind], tenant, name, id, e);
	if (r == DB_DONE && kind == ROS_SERVICE)
		return err_missing(e, "«%s» finnes ikke blant registerets tjenester. En avhengighet kan bare vise til "
			       "noe som er registrert.", name ? name : "");
	if (r == DB_DONE && kind == ROS_SYSTEM)
		return err_missing(e, "«%s» finnes ikke blant registerets systemer. En avhengighet kan bare vise til "
			       "noe som er registrert.", name ? name : "");
	if (r == DB_DONE)
		return err_missing(e, "«%s» finnes ikke blant registerets leverandører. En avhengighet kan bare vise "
			       "til noe som er registrert.", name ? name : "");
	return r == DB_ROW ? 0 : -1;
}

/* Set where a dependency was refused and fail the transaction. */
static int dep_refused(struct db *db, struct ros_dep_fail *fail, size_t row, enum ros_dep_field field, struct err *e)
{
	fail->row = row;
	fail->field = field;
	return with_tx(db, -1, e);
}

int store_ros_deps_replace(struct db *db, int64_t tenant, const struct ros_dependency *deps,
			   size_t n, const struct store_stamp *st, struct ros_dep_fail *fail, struct err *e)
{
	struct db_stmt *q;
	char sum[64];
	memset(fail, 0, sizeof(*fail));
	if (db_begin(db, e) < 0)
		return -1;
	if (db_prepare(db, "DELETE FROM ros_dependency WHERE tenant_id = ?", &q, e) < 0)
		return with_tx(db, -1, e);
	db_bind_int(q, 1, tenant);
	if (row_exec(q, e) < 0)
		return with_tx(db, -1, e);
	for (size_t i = 0; i < n; i++) {
		const struct ros_dependency *d = &deps[i];
		const char *kind;
		int64_t from, to;
		if (d->from_kind == ROS_VENDOR) {
			err_set(e, "en leverandør kan ikke være avhengig av noe her; bare tjenester og systemer.");
			return dep_refused(db, fail, i, RDF_FROM_KIND, e);
		}
		if (d->to_kind == ROS_SERVICE) {
			err_set(e, "en tjeneste kan ikke være det noe er avhengig av; pek på et system eller en leverandør.");
			return dep_refused(db, fail, i, RDF_TO_KIND, e);
		}
		if (ros_dep_kind(d->kind, &kind, e) < 0)
			return dep_refused(db, fail, i, RDF_KIND, e);
		if (node_id(db, tenant, d->from_kind, d->from_name, false, &from, e) < 0)
			return dep_refused(db, fail, i, RDF_FROM, e);
		if (node_id(db, tenant, d->to_kind, d->to_name, true, &to, e) < 0)
			return dep_refused(db, fail, i, RDF_TO, e);
		if (d->from_kind == d->to_kind && from == to) {
			err_set(e, "«%s» kan ikke være avhengig av seg selv.", d->from_name);
			return dep_refused(db, fail, i, RDF_TO, e);
		}
		if (d->alt_group < 0 || d->alt_group > 1000000) {
			err_set(e, "alternativgruppen må være 0 (ingen) eller et positivt tall.");
			return dep_refused(db, fail, i, RDF_GROUP, e);
		}
		if (db_prepare(db, "INSERT INTO ros_dependency (tenant_id, from_kind, from_id, to_kind, "
				   "to_id, kind, alt_group) VALUES (?, ?, ?, ?, ?, ?, ?)", &q, e) < 0)
			return with_tx(db, -1, e);
		db_bind_int(q, 1, tenant);
		db_bind_text(q, 2, ros_node_kind_code(d->from_kind));
		db_bind_int(q, 3, from);
		db_bind_text(q, 4, ros_node_kind_code(d->to_kind));
		db_bind_int(q, 5, to);
		db_bind_text(q, 6, kind);
		db_bind_int(q, 7, d->alt_group);
		enum db_step r = db_step(q, e);
		bool dup = r == DB_ERROR && db_last_was_unique_violation(q);
		db_finalize(q);
		if (dup) {
			/* the first copy: the same two ends, earlier in the list */
			fail->twice = true;
			for (size_t j = 0; j < i; j++)
				if (deps[j].from_kind == d->from_kind && deps[j].to_kind == d->to_kind &&
				    deps[j].from_name && deps[j].to_name && strcmp(deps[j].from_name, d->from_name) == 0 &&
				    strcmp(deps[j].to_name, d->to_name) == 0) {
					fail->first = j;
					break;
				}
			err_set(e, "«%s» → «%s» (%s) står der to ganger.", d->from_name, d->to_name, kind);
		}
		if (r == DB_ERROR)
			return dep_refused(db, fail, i, RDF_NONE, e);
	}
	snprintf(sum, sizeof(sum), "dependencies=%zu", n);
	return with_tx(db, store_audit(db, tenant, st, "ros.dependencies", "alle", NULL, sum, e), e);
}


/* Say where in its file a refused dependency is: the file, the line (CSV) or the entry
 * (JSON), the column and its name, and for one given twice where the first copy is. */
static void dep_where(const struct ros_import *im, const struct ros_dep_fail *df, struct err *e)
{
	const char *file = im->names[4] ? im->names[4] : "?";
	const struct ros_where *w = im->json ? NULL : im->where[4];
	static const char *const json_key[RDF_COUNT] = { NULL, "fra_type", "fra", "til_type", "til", "type",
							   "alternativgruppe" };
	char why[sizeof(e->msg)];
	snprintf(why, sizeof(why), "%s", e->msg);
	if (df->twice) {
		size_t here = w && w->lines ? w->lines[df->row] : df->row + 1, first = w && w->lines ? w->lines[df->first]
												  : df->first + 1;
		if (w && w->lines)
			err_set(e, "%s, linje %zu: %s Første gang på linje %zu.", file, here, why, first);
		else
			err_set(e, "%s, avhengigheter nr. %zu: %s Første gang som nr. %zu.", file, here, why, first);
		return;
	}
	if (w && w->lines) {
		int col = df->field ? w->col[df->field] : 0;
		if (col)
			err_set(e, "%s, linje %zu, kolonne %d («%s»): %s", file, w->lines[df->row], col, w->name[df->field],
				why);
		else
			err_set(e, "%s, linje %zu: %s", file, w->lines[df->row], why);
		return;
	}
	if (df->field && json_key[df->field])
		err_set(e, "%s, avhengigheter nr. %zu, «%s»: %s", file, df->row + 1, json_key[df->field], why);
	else
		err_set(e, "%s, avhengigheter nr. %zu: %s", file, df->row + 1, why);
}

int store_ros_import(struct db *db, int64_t tenant, struct ros_import *im,
		     const struct store_stamp *st, struct err *e)
{
	static const char *const table[5] = { "leverandorer", "systemer", "tjenester", "hendelser",
					       "avhengigheter" };
	int which = -1;
	size_t row = 0;
	struct arena a;
	arena_init(&a, 0);
	if (db_begin(db, e) < 0)
		goto out;
	for (size_t i = 0; i < im->reg.n_vendors; i++)
		if (store_ros_vendor_put(db, tenant, &im->reg.vendors[i], st, e) < 0) {
			which = 0, row = i + 1;
			goto fail;
		}
	for (size_t i = 0; i < im->reg.n_systems; i++)
		if (store_ros_system_put(db, tenant, &im->reg.systems[i], st, e) < 0) {
			which = 1, row = i + 1;
			goto fail;
		}
	for (size_t i = 0; i < im->reg.n_services; i++)
		if (store_ros_service_put(db, tenant, &im->reg.services[i], st, e) < 0) {
			which = 2, row = i + 1;
			goto fail;
		}
	for (size_t i = 0; i < im->reg.n_events; i++)
		if (store_ros_event_put(db, tenant, &im->reg.events[i], st, e) < 0) {
			which = 3, row = i + 1;
			goto fail;
		}
	struct ros_dep_fail df;
	if (im->deps_given && store_ros_deps_replace(db, tenant, im->reg.deps, im->reg.n_deps, st, &df, e) < 0) {
		dep_where(im, &df, e);
		goto fail_done;
	}
	if (im->scales && store_scales_save(db, &a, tenant, im->scales, st, e) < 0)
		goto fail;
	arena_release(&a);
	return db_commit(db, e);
fail:
	if (which >= 0) {
		const char *file = im->names[which] ? im->names[which] : "?";
		if (row && im->json)       /* entries count from 1, as in the JSON reader's messages */
			err_prefix(e, "%s, %s nr. %zu", file, table[which], row);
		else if (row)              /* the header is line 1 */
			err_prefix(e, "%s, linje %zu", file, row + 1);
		else
			err_prefix(e, "%s", file);
	}
fail_done:
	db_rollback(db);
out:
	arena_release(&a);
	return -1;
}

/* What depends on the system, in any tenant (its own, or a member's when it is a shared
 * system): "kommunenr name: node" lines into the arena; *n how many. */
/* What rests on a system or a vendor (to_kind), in any tenant (a cooperation's members
 * too), as "KOMMUNENR NAVN: TJENESTE"; for a vendor also the systems it delivers. */
static int dependants(struct db *db, struct arena *a, const char *to_kind, int64_t id, const char ***out, size_t *n,
		      struct err *e)
{
	struct db_stmt *st;
	size_t cap = 0;
	enum db_step r;
	*out = NULL;
	*n = 0;
	if (db_prepare(db, "SELECT t.kommunenr, t.name, COALESCE(fs.name, fy.name) FROM ros_dependency d "
			   "JOIN tenant t ON t.id = d.tenant_id "
			   "LEFT JOIN ros_service fs ON d.from_kind = 'tjeneste' AND fs.id = d.from_id "
			   "LEFT JOIN ros_system fy ON d.from_kind = 'system' AND fy.id = d.from_id "
			   "WHERE d.to_kind = ? AND d.to_id = ? "
			   "UNION ALL SELECT t.kommunenr, t.name, y.name FROM ros_system y JOIN tenant t ON t.id = y.tenant_id "
			   "WHERE ? = 'leverandor' AND y.vendor_id = ? ORDER BY 1, 3", &st, e) < 0)
		return -1;
	db_bind_text(st, 1, to_kind);
	db_bind_int(st, 2, id);
	db_bind_text(st, 3, to_kind);
	db_bind_int(st, 4, id);
	while ((r = db_step(st, e)) == DB_ROW) {
		const char **x = arena_push(a, (void **)out, n, &cap, sizeof(*x));
		if (!x || !(*x = arena_printf(a, "%s %s: %s", db_col_text(st, 0), db_col_text(st, 1),
					       db_col_text(st, 2) ? db_col_text(st, 2) : "?"))) {
			db_finalize(st);
			return row_oom(e);
		}
	}
	db_finalize(st);
	return r == DB_ERROR ? -1 : 0;
}

/* What a removal of each kind reads, cleans up and says. */
struct removal {
	const char *find;              /* the record's id by tenant and name */
	const char *to_kind;           /* what may rest on it: "system", "leverandor"; NULL: nothing */
	const char *const *cleanup;    /* run with (tenant, id), in order, the record's own row last */
	const char *audit;
};

static const char *const clean_service[] = {
	"DELETE FROM ros_dependency WHERE tenant_id = ? AND from_kind = 'tjeneste' AND from_id = ?",
	"DELETE FROM ros_service WHERE tenant_id = ? AND id = ?", NULL,
};
static const char *const clean_system[] = {
	"DELETE FROM ros_dependency WHERE tenant_id = ? AND from_kind = 'system' AND from_id = ?",
	"DELETE FROM system_posture WHERE tenant_id = ? AND system_id = ?",
	"DELETE FROM sbom_component WHERE tenant_id = ? AND system_id = ?",
	"UPDATE scan_port SET system_id = NULL WHERE tenant_id = ? AND system_id = ?",
	"UPDATE scan_vuln SET system_id = NULL WHERE tenant_id = ? AND system_id = ?",
	"DELETE FROM ros_system WHERE tenant_id = ? AND id = ?", NULL,
};
static const char *const clean_vendor[] = { "DELETE FROM ros_vendor WHERE tenant_id = ? AND id = ?", NULL };
static const char *const clean_event[] = { "DELETE FROM ros_event WHERE tenant_id = ? AND id = ?", NULL };

static const struct removal removals[] = {
	[ROS_REMOVE_SERVICE] = { "SELECT id FROM ros_service WHERE tenant_id = ? AND name = ?", NULL, clean_service,
				 "ros.service-remove" },
	[ROS_REMOVE_SYSTEM] = { "SELECT id FROM ros_system WHERE tenant_id = ? AND name = ?", "system", clean_system,
				"ros.system-remove" },
	[ROS_REMOVE_VENDOR] = { "SELECT id FROM ros_vendor WHERE tenant_id = ? AND name = ?", "leverandor", clean_vendor,
				"ros.vendor-remove" },
	[ROS_REMOVE_EVENT] = { "SELECT id FROM ros_event WHERE tenant_id = ? AND title = ?", NULL, clean_event,
			       "ros.event-remove" },
};

int store_ros_remove(struct db *db, struct arena *a, int64_t tenant, enum ros_remove kind, const char *name,
		     const struct store_stamp *st, const char ***deps, size_t *n_deps, struct err *e)
{
	const struct removal *x = &removals[kind];
	int64_t id = 0;
	*deps = NULL;
	*n_deps = 0;
	if (ros_is_shared_name(name))
		return err_set(e, "«%s» er samarbeidets; det fjernes av samarbeidet.", name);
	if (db_begin(db, e) < 0)
		return -1;
	enum db_step r = id_by_name(db, x->find, tenant, name, &id, e);
	if (r == DB_DONE)
		err_missing(e, "«%s» finnes ikke i registeret.", name);
	if (r != DB_ROW || (x->to_kind && dependants(db, a, x->to_kind, id, deps, n_deps, e) < 0))
		goto fail;
	if (*n_deps) {
		/* the list names every dependant, the cooperation's members' too: the caller shows it */
		if (*n_deps == 1)
			err_conflict(e, "«%s» kan ikke fjernes: én tjeneste eller ett system er avhengig av det.", name);
		else
			err_conflict(e, "«%s» kan ikke fjernes: %zu tjenester og systemer er avhengige av det.", name, *n_deps);
		goto fail;
	}
	for (size_t i = 0; x->cleanup[i]; i++)
		if (row_exec2(db, x->cleanup[i], tenant, id, e) < 0)
			goto fail;
	/* a system's findings close at the next run of the checks; the audit entry keeps what it was */
	if (store_audit(db, tenant, st, x->audit, name, name, NULL, e) < 0)
		goto fail;
	return db_commit(db, e);
fail:
	db_rollback(db);
	return -1;
}

int store_ros_system_remove(struct db *db, struct arena *a, int64_t tenant, const char *name,
			    const struct store_stamp *st, const char ***deps, size_t *n_deps, struct err *e)
{
	return store_ros_remove(db, a, tenant, ROS_REMOVE_SYSTEM, name, st, deps, n_deps, e);
}
