/* store/ros.c: see ros.h. */
#include "store/ros.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/audit.h"
#include "store/scales.h"
#include "store/row.h"
#include "model/assess.h"
#include "util/date.h"

static void read_service(struct arena *a, struct db_stmt *st, void *p)
{
	struct ros_service *s = p;
	s->id = db_col_int(st, 0);
	s->name = row_text(a, st, 1);
	s->description = row_text(a, st, 2);
	s->sector = row_text(a, st, 3);
	s->owner = row_text(a, st, 4);
	s->criticality = (int)db_col_int(st, 5);
	s->mtd_hours = row_hours(st, 6);
	s->personal_data = db_col_int(st, 7) != 0;
	s->special_categories = db_col_int(st, 8) != 0;
	s->fallback = row_text(a, st, 9);
	s->fallback_tested = row_date(st, 10);
}

static void read_system(struct arena *a, struct db_stmt *st, void *p)
{
	struct ros_system *s = p;
	s->id = db_col_int(st, 0);
	s->name = row_text(a, st, 1);
	s->vendor_id = db_col_null(st, 2) ? 0 : db_col_int(st, 2);
	s->vendor = row_text(a, st, 3);
	s->product = row_text(a, st, 4);
	s->version = row_text(a, st, 5);
	s->kind = row_text(a, st, 6);
	s->hosting = row_text(a, st, 7);
	s->admin_domain = row_text(a, st, 8);
	s->rto_hours = row_hours(st, 9);
	s->rpo_hours = row_hours(st, 10);
	s->classification = row_text(a, st, 11);
	s->owner = row_text(a, st, 12);
	s->internet_exposed = db_col_int(st, 13) != 0;
	s->hosts = row_text(a, st, 14);
}

static void read_vendor(struct arena *a, struct db_stmt *st, void *p)
{
	struct ros_vendor *v = p;
	v->id = db_col_int(st, 0);
	v->name = row_text(a, st, 1);
	v->orgnr = row_text(a, st, 2);
	v->support_phone = row_text(a, st, 3);
	v->support_247 = db_col_int(st, 4) != 0;
	v->contract = row_text(a, st, 5);
	v->rto_hours = row_hours(st, 6);
}

static void read_dep(struct arena *a, struct db_stmt *st, void *p)
{
	struct ros_dependency *d = p;
	struct err ignored;
	err_init(&ignored, LANG_NB);
	d->id = db_col_int(st, 0);
	ros_node_kind_parse(db_col_text(st, 1), &d->from_kind, &ignored);
	d->from_id = db_col_int(st, 2);
	ros_node_kind_parse(db_col_text(st, 3), &d->to_kind, &ignored);
	d->to_id = db_col_int(st, 4);
	d->kind = row_text(a, st, 5);
	d->alt_group = (int)db_col_int(st, 6);
	d->from_name = row_text(a, st, 7);
	d->to_name = row_text(a, st, 8);
}

static void read_event(struct arena *a, struct db_stmt *st, void *p)
{
	struct ros_event *v = p;
	const char *prob = db_col_text(st, 3);
	v->id = db_col_int(st, 0);
	v->title = row_text(a, st, 1);
	v->cause = row_text(a, st, 2);
	v->probability = prob ? prob[0] : 'A';
	for (int i = 0; i < ROS_CONSEQUENCES; i++)
		v->consequence[i] = (int)db_col_int(st, 4 + i);
	v->barriers = row_text(a, st, 9);
	v->uncertainty = row_text(a, st, 10);
	v->measures = row_text(a, st, 11);
}

/* The cooperation a tenant (an SQL expression) is a member of now, as a scalar subquery:
 * the one other tenant whose register it may read. */
#define COOP_OF(t) "(SELECT c.coop_id FROM coop_member c WHERE c.member_id = " t " AND c.left_at IS NULL)"

static int append_shared(struct arena *a, struct ros_register *r, const struct ros_register *c, struct err *e);

/* The registers' queries: the columns each reader reads, then the tenant (for reading many
 * at once), from WHERE on given by the caller. A dependency's end may be in the one other
 * tenant given as the first two parameters: its cooperation. */
#define SERVICES "SELECT id, name, description, sector, owner, criticality, mtd_hours, personal_data, " \
		 "special_categories, fallback, fallback_tested, tenant_id FROM ros_service "
#define SYSTEMS "SELECT s.id, s.name, s.vendor_id, v.name, s.product, s.version, s.kind, s.hosting, " \
		"s.admin_domain, s.rto_hours, s.rpo_hours, s.classification, s.owner, s.internet_exposed, " \
		"s.hosts, s.tenant_id FROM ros_system s LEFT JOIN ros_vendor v ON v.id = s.vendor_id AND " \
		"v.tenant_id = s.tenant_id "
#define VENDORS "SELECT id, name, orgnr, support_phone, support_247, contract, rto_hours, tenant_id FROM ros_vendor "
#define DEPS "SELECT d.id, d.from_kind, d.from_id, d.to_kind, d.to_id, d.kind, d.alt_group, " \
	     "COALESCE(fs.name, fy.name), " \
	     "COALESCE(CASE WHEN ty.tenant_id = d.tenant_id THEN ty.name ELSE '" ROS_SHARED "' || ty.name END, " \
	     "CASE WHEN tv.tenant_id = d.tenant_id THEN tv.name ELSE '" ROS_SHARED "' || tv.name END), d.tenant_id " \
	     "FROM ros_dependency d " \
	     "LEFT JOIN ros_service fs ON d.from_kind = 'tjeneste' AND fs.id = d.from_id AND fs.tenant_id = d.tenant_id " \
	     "LEFT JOIN ros_system fy ON d.from_kind = 'system' AND fy.id = d.from_id AND fy.tenant_id = d.tenant_id " \
	     "LEFT JOIN ros_system ty ON d.to_kind = 'system' AND ty.id = d.to_id AND ty.tenant_id IN (d.tenant_id, ?) " \
	     "LEFT JOIN ros_vendor tv ON d.to_kind = 'leverandor' AND tv.id = d.to_id AND tv.tenant_id IN (d.tenant_id, ?) "
#define EVENTS "SELECT id, title, cause, probability, c_life, c_nature, c_economy, c_stability, c_governance, " \
	       "barriers, uncertainty, measures, tenant_id FROM ros_event "
#define TAG_SERVICES 11
#define TAG_SYSTEMS 15
#define TAG_VENDORS 7
#define TAG_DEPS 9
#define TAG_EVENTS 12

int store_ros_load_own(struct db *db, struct arena *a, int64_t tenant, struct ros_register *r, struct err *e)
{
	int64_t coop;     /* the one other tenant a dependency may point into */
	memset(r, 0, sizeof(*r));
	if (store_ros_coop_of(db, tenant, &coop, e) < 0 ||
	    row_list(db, a, SERVICES "WHERE tenant_id = ? ORDER BY id", tenant, (void **)&r->services, &r->n_services,
		     sizeof(struct ros_service), read_service, e) < 0 ||
	    row_list(db, a, SYSTEMS "WHERE s.tenant_id = ? ORDER BY s.id", tenant, (void **)&r->systems, &r->n_systems,
		     sizeof(struct ros_system), read_system, e) < 0 ||
	    row_list(db, a, VENDORS "WHERE tenant_id = ? ORDER BY id", tenant, (void **)&r->vendors, &r->n_vendors,
		     sizeof(struct ros_vendor), read_vendor, e) < 0 ||
	    row_list_by(db, a, DEPS "WHERE d.tenant_id = ? ORDER BY d.id", (const int64_t[]){ coop, coop, tenant }, 3,
			(void **)&r->deps, &r->n_deps, sizeof(struct ros_dependency), read_dep, e) < 0 ||
	    row_list(db, a, EVENTS "WHERE tenant_id = ? ORDER BY id", tenant, (void **)&r->events, &r->n_events,
		     sizeof(struct ros_event), read_event, e) < 0)
		return -1;
	return 0;
}

/* Rows of many tenants, ordered by tenant: the slice of tenant t. */
static void *slice(void *rows, size_t size, const int64_t *tags, size_t n, int64_t t, size_t *count)
{
	size_t i = 0;
	while (i < n && tags[i] != t)
		i++;
	size_t j = i;
	while (j < n && tags[j] == t)
		j++;
	*count = j - i;
	return *count ? (char *)rows + i * size : NULL;
}

#define MEMBERS_OF "(SELECT member_id FROM coop_member WHERE coop_id = ? AND left_at IS NULL)"

int store_ros_load_members(struct db *db, struct arena *a, int64_t coop, const struct ros_register *own,
			   const int64_t *members, size_t n, struct ros_register *out, struct err *e)
{
	struct ros_service *sv;
	struct ros_system *sy;
	struct ros_vendor *ve;
	struct ros_dependency *de;
	struct ros_event *ev;
	size_t nsv, nsy, nve, nde, nev;
	int64_t *tsv, *tsy, *tve, *tde, *tev;
	/* five queries for every member together, rather than five per member */
	if (row_list_tagged(db, a, SERVICES "WHERE tenant_id IN " MEMBERS_OF " ORDER BY tenant_id, id", &coop, 1,
			    (void **)&sv, &nsv, sizeof(*sv), read_service, TAG_SERVICES, &tsv, e) < 0 ||
	    row_list_tagged(db, a, SYSTEMS "WHERE s.tenant_id IN " MEMBERS_OF " ORDER BY s.tenant_id, s.id", &coop, 1,
			    (void **)&sy, &nsy, sizeof(*sy), read_system, TAG_SYSTEMS, &tsy, e) < 0 ||
	    row_list_tagged(db, a, VENDORS "WHERE tenant_id IN " MEMBERS_OF " ORDER BY tenant_id, id", &coop, 1,
			    (void **)&ve, &nve, sizeof(*ve), read_vendor, TAG_VENDORS, &tve, e) < 0 ||
	    row_list_tagged(db, a, DEPS "WHERE d.tenant_id IN " MEMBERS_OF " ORDER BY d.tenant_id, d.id",
			    (const int64_t[]){ coop, coop, coop }, 3, (void **)&de, &nde, sizeof(*de), read_dep, TAG_DEPS,
			    &tde, e) < 0 ||
	    row_list_tagged(db, a, EVENTS "WHERE tenant_id IN " MEMBERS_OF " ORDER BY tenant_id, id", &coop, 1,
			    (void **)&ev, &nev, sizeof(*ev), read_event, TAG_EVENTS, &tev, e) < 0)
		return -1;
	for (size_t k = 0; k < n; k++) {
		struct ros_register *r = &out[k];
		memset(r, 0, sizeof(*r));
		r->services = slice(sv, sizeof(*sv), tsv, nsv, members[k], &r->n_services);
		r->systems = slice(sy, sizeof(*sy), tsy, nsy, members[k], &r->n_systems);
		r->vendors = slice(ve, sizeof(*ve), tve, nve, members[k], &r->n_vendors);
		r->deps = slice(de, sizeof(*de), tde, nde, members[k], &r->n_deps);
		r->events = slice(ev, sizeof(*ev), tev, nev, members[k], &r->n_events);
		if (append_shared(a, r, own, e) < 0)
			return -1;
	}
	return 0;
}

/* "felles:" + name, in the arena. */
static const char *shared_name(struct arena *a, const char *name)
{
	return name ? arena_printf(a, ROS_SHARED "%s", name) : NULL;
}

static int by_system_id(const void *x, const void *y)
{
	int64_t a = ((const struct ros_system *)x)->id, b = ((const struct ros_system *)y)->id;
	return (a > b) - (a < b);
}

static int by_vendor_id(const void *x, const void *y)
{
	int64_t a = ((const struct ros_vendor *)x)->id, b = ((const struct ros_vendor *)y)->id;
	return (a > b) - (a < b);
}

/* Append the cooperation's systems, vendors and the dependencies among them to a member's
 * register, each marked shared and named with the prefix. Its services stay its own. */
static int append_shared(struct arena *a, struct ros_register *r, const struct ros_register *c, struct err *e)
{
	struct ros_system *sys = arena_alloc(a, (r->n_systems + c->n_systems + 1) * sizeof(*sys));
	struct ros_vendor *ven = arena_alloc(a, (r->n_vendors + c->n_vendors + 1) * sizeof(*ven));
	struct ros_dependency *dep = arena_alloc(a, (r->n_deps + c->n_deps + 1) * sizeof(*dep));
	if (!sys || !ven || !dep)
		return err_set(e, "Tom for minne.");
	if (r->n_systems)      /* an empty list may be NULL, which memcpy may not be given */
		memcpy(sys, r->systems, r->n_systems * sizeof(*sys));
	if (r->n_vendors)
		memcpy(ven, r->vendors, r->n_vendors * sizeof(*ven));
	if (r->n_deps)
		memcpy(dep, r->deps, r->n_deps * sizeof(*dep));
	for (size_t i = 0; i < c->n_systems; i++) {
		struct ros_system *x = &sys[r->n_systems++];
		*x = c->systems[i];
		x->name = shared_name(a, x->name);
		x->vendor = shared_name(a, x->vendor);
		x->shared = true;
	}
	for (size_t i = 0; i < c->n_vendors; i++) {
		struct ros_vendor *x = &ven[r->n_vendors++];
		*x = c->vendors[i];
		x->name = shared_name(a, x->name);
		x->shared = true;
	}
	for (size_t i = 0; i < c->n_deps; i++) {
		if (c->deps[i].from_kind == ROS_SERVICE)   /* the cooperation's own services */
			continue;
		struct ros_dependency *x = &dep[r->n_deps++];
		*x = c->deps[i];
		x->from_name = shared_name(a, x->from_name);
		x->to_name = shared_name(a, x->to_name);
		x->shared = true;
	}
	/* a register stays in id order (ros_register_node searches it): the shared entries
	 * take their places among the member's own */
	qsort(sys, r->n_systems, sizeof(*sys), by_system_id);
	qsort(ven, r->n_vendors, sizeof(*ven), by_vendor_id);
	r->systems = sys;
	r->vendors = ven;
	r->deps = dep;
	return 0;
}

int store_ros_coop_of(struct db *db, int64_t tenant, int64_t *coop, struct err *e)
{
	struct db_stmt *st;
	*coop = 0;
	if (db_prepare(db, "SELECT coop_id FROM coop_member WHERE member_id = ? AND left_at IS NULL", &st, e) < 0)
		return -1;
	db_bind_int(st, 1, tenant);
	enum db_step r = db_step(st, e);
	if (r == DB_ROW)
		*coop = db_col_int(st, 0);
	db_finalize(st);
	return r == DB_ERROR ? -1 : 0;
}

int store_ros_load_member(struct db *db, struct arena *a, int64_t member, const struct ros_register *coop,
			  struct ros_register *r, struct err *e)
{
	return store_ros_load_own(db, a, member, r, e) < 0 ? -1 : append_shared(a, r, coop, e);
}

int store_ros_load(struct db *db, struct arena *a, int64_t tenant, struct ros_register *r, struct err *e)
{
	struct ros_register c;
	int64_t coop;
	if (store_ros_load_own(db, a, tenant, r, e) < 0 || store_ros_coop_of(db, tenant, &coop, e) < 0)
		return -1;
	if (!coop)
		return 0;
	return store_ros_load_own(db, a, coop, &c, e) < 0 ? -1 : append_shared(a, r, &c, e);
}

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
	enum db_step r = id_by_name(db, kind == ROS_SYSTEM
				    ? "SELECT id FROM ros_system WHERE tenant_id = " COOP_OF("?") " AND name = ?"
				    : "SELECT id FROM ros_vendor WHERE tenant_id = " COOP_OF("?") " AND name = ?",
				    tenant, name, id, e);
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

int store_ros_graph(struct db *db, struct arena *a, int64_t tenant, struct ros_register *r,
		    struct ros_graph *g, struct err *e)
{
	if (store_ros_load(db, a, tenant, r, e) < 0)
		return -1;
	return ros_register_graph(a, r, g, e);
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
static int dependants(struct db *db, struct arena *a, int64_t system, const char ***out, size_t *n, struct err *e)
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
			   "WHERE d.to_kind = 'system' AND d.to_id = ? ORDER BY t.kommunenr, 3", &st, e) < 0)
		return -1;
	db_bind_int(st, 1, system);
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

int store_ros_system_remove(struct db *db, struct arena *a, int64_t tenant, const char *name,
			    const struct store_stamp *st, const char ***deps, size_t *n_deps, struct err *e)
{
	int64_t id = 0;
	*deps = NULL;
	*n_deps = 0;
	if (ros_is_shared_name(name))
		return err_set(e, "«%s» er samarbeidets; det fjernes av samarbeidet.", name);
	if (db_begin(db, e) < 0)
		return -1;
	enum db_step r = id_by_name(db, "SELECT id FROM ros_system WHERE tenant_id = ? AND name = ?", tenant, name, &id, e);
	if (r == DB_DONE)
		err_missing(e, "«%s» finnes ikke blant registerets systemer.", name);
	if (r != DB_ROW || dependants(db, a, id, deps, n_deps, e) < 0)
		goto fail;
	if (*n_deps) {
		/* the list names every dependant, the cooperation's members' too: the caller shows it */
		if (*n_deps == 1)
			err_conflict(e, "«%s» kan ikke fjernes: én tjeneste eller ett system er avhengig av det.", name);
		else
			err_conflict(e, "«%s» kan ikke fjernes: %zu tjenester og systemer er avhengige av det.", name, *n_deps);
		goto fail;
	}
	static const char *const cleanup[] = {
		"DELETE FROM ros_dependency WHERE tenant_id = ? AND from_kind = 'system' AND from_id = ?",
		"DELETE FROM system_posture WHERE tenant_id = ? AND system_id = ?",
		"DELETE FROM sbom_component WHERE tenant_id = ? AND system_id = ?",
		"UPDATE scan_port SET system_id = NULL WHERE tenant_id = ? AND system_id = ?",
		"UPDATE scan_vuln SET system_id = NULL WHERE tenant_id = ? AND system_id = ?",
		"DELETE FROM ros_system WHERE tenant_id = ? AND id = ?",
	};
	for (size_t i = 0; i < sizeof(cleanup) / sizeof(cleanup[0]); i++) {
		struct db_stmt *q;
		if (db_prepare(db, cleanup[i], &q, e) < 0)
			goto fail;
		db_bind_int(q, 1, tenant);
		db_bind_int(q, 2, id);
		if (row_exec(q, e) < 0)
			goto fail;
	}
	/* the findings on it close at the next run of the checks; the audit entry keeps what it was */
	if (store_audit(db, tenant, st, "ros.system-remove", name, name, NULL, e) < 0)
		goto fail;
	return db_commit(db, e);
fail:
	db_rollback(db);
	return -1;
}
