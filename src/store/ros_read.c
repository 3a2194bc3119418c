/* store/ros_read.c: reading the ROS registers (store/ros.h): one tenant's own, a member's
 * with its cooperation's shared systems, and every member of a cooperation at once. The
 * writes are in store/ros.c. */
#include "store/ros.h"

#include <stdlib.h>
#include <string.h>

#include "store/row.h"

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

int store_ros_graph(struct db *db, struct arena *a, int64_t tenant, struct ros_register *r,
		    struct ros_graph *g, struct err *e)
{
	if (store_ros_load(db, a, tenant, r, e) < 0)
		return -1;
	return ros_register_graph(a, r, g, e);
}
