/* ros_edit.c: one record of a register at a time (see ros_edit.h). */
#include "app/ros_edit.h"

#include <string.h>

#include "store/audit.h"
#include "store/ros.h"

/* The fields given, for ros_rows_read: one row. */
struct fields {
	const char *const *keys, *const *vals;
	size_t n;
};

static long one_row(void *ctx, size_t i, const char **keys, const char **vals, size_t max, struct err *e)
{
	const struct fields *f = ctx;
	(void)i;
	if (f->n > max)
		return err_limit(e, "For mange felt (%zu; høyst %zu).", f->n, max);
	for (size_t k = 0; k < f->n; k++)
		keys[k] = f->keys[k], vals[k] = f->vals[k];
	return (long)f->n;
}

static int read_row(struct arena *a, enum ros_table t, struct fields *f, void **row, struct err *e)
{
	size_t n = 0;
	if (ros_rows_read(a, t, ros_table_name(t), 1, one_row, f, row, &n, e) < 0)
		return -1;
	return n == 1 ? 0 : err_set(e, "Posten mangler.");
}

int ros_edit_table(const char *name)
{
	int t = ros_table_parse(name);
	return t == ROS_T_DEPENDENCIES ? -1 : t;
}

long ros_edit_find(enum ros_table t, const struct ros_register *own, const char *name)
{
	struct ros_row_text o;
	if (t == ROS_T_DEPENDENCIES || !name)
		return -1;
	for (size_t i = 0, n = ros_table_rows(t, own); i < n; i++) {
		ros_row_text(t, own, i, &o);
		if (strcmp(o.v[0], name) == 0)
			return (long)i;
	}
	return -1;
}

/* The row's values now against those it was opened with; the columns that differ into c. */
static void changed_since(struct arena *a, enum ros_table t, const struct ros_register *own, size_t i,
			  const struct ros_edit *ed, struct ros_edit_conflict *c)
{
	struct ros_row_text o;
	size_t cols = ros_row_text(t, own, i, &o);
	for (size_t k = 0; k < cols && k < ROS_COLS_MAX; k++)
		if (ed->was[k] && strcmp(ed->was[k], o.v[k]) != 0) {
			c->column[c->n] = ros_column_name(t, k, false);
			c->now[c->n++] = arena_strdup(a, o.v[k]);   /* o's numbers are its own */
		}
}

static int put(struct db *db, int64_t tenant, enum ros_table t, void *row, const struct store_stamp *st,
	       struct err *e)
{
	switch (t) {
	case ROS_T_SERVICES:
		return store_ros_service_put(db, tenant, row, st, e);
	case ROS_T_SYSTEMS:
		return store_ros_system_put(db, tenant, row, st, e);
	case ROS_T_VENDORS:
		return store_ros_vendor_put(db, tenant, row, st, e);
	case ROS_T_EVENTS:
		return store_ros_event_put(db, tenant, row, st, e);
	default:
		return err_set(e, "Avhengigheter legges til og fjernes én og én, ikke som en post.");
	}
}

/* Row 0 of a one-row table as a register, for ros_row_text. */
static void as_register(enum ros_table t, void *row, struct ros_register *r)
{
	void *rows[ROS_T_COUNT] = { 0 };
	size_t n[ROS_T_COUNT] = { 0 };
	rows[t] = row;
	n[t] = 1;
	ros_rows_register(rows, n, r);
}

int ros_edit_put(struct db *db, struct arena *a, int64_t tenant, const struct ros_edit *ed,
		 const struct store_stamp *st, struct ros_edit_conflict *c, const char **name, struct err *e)
{
	struct fields f = { ed->keys, ed->vals, ed->n };
	struct ros_register own, mine;
	struct ros_row_text o;
	void *row;
	c->n = 0;
	*name = NULL;
	if (ed->table == ROS_T_DEPENDENCIES || ed->table >= ROS_T_COUNT)
		return put(db, tenant, ROS_T_DEPENDENCIES, NULL, st, e);
	if (read_row(a, ed->table, &f, &row, e) < 0)
		return -1;
	as_register(ed->table, row, &mine);
	ros_row_text(ed->table, &mine, 0, &o);
	const char *now = arena_strdup(a, o.v[0]);
	if (!now)
		return err_set(e, "Tom for minne.");
	if (ed->name_was && strcmp(ed->name_was, now) != 0)
		return err_set(e, "Navnet kan ikke endres her: «%s» ble til «%s». Legg inn en ny post med det nye navnet "
			       "og fjern den gamle når ingenting avhenger av den.", ed->name_was, now);
	if (db_begin(db, e) < 0)
		return -1;
	/* read in the transaction, so that nothing can change between the check and the write */
	if (store_ros_load_own(db, a, tenant, &own, e) < 0)
		goto fail;
	long i = ros_edit_find(ed->table, &own, now);
	if (!ed->name_was && i >= 0 && !ed->or_update) {
		err_conflict(e, "«%s» finnes allerede i registeret. Åpne den for å endre den.", now);
		goto fail;
	}
	if (ed->name_was && i < 0) {
		err_missing(e, "«%s» er fjernet fra registeret siden du åpnet den.", ed->name_was);
		goto fail;
	}
	if (i >= 0) {
		changed_since(a, ed->table, &own, (size_t)i, ed, c);
		if (c->n) {
			err_conflict(e, "Noen andre har endret «%s» siden du åpnet den. Se hva som er endret, og lagre igjen.",
				     now);
			goto fail;
		}
	}
	if (put(db, tenant, ed->table, row, st, e) < 0 || db_commit(db, e) < 0)
		goto fail;
	*name = now;
	return 0;
fail:
	db_rollback(db);
	return -1;
}

static bool same_ends(const struct ros_dependency *x, const struct ros_dependency *y)
{
	return x->from_kind == y->from_kind && x->to_kind == y->to_kind && x->from_name && y->from_name &&
	       x->to_name && y->to_name && strcmp(x->from_name, y->from_name) == 0 &&
	       strcmp(x->to_name, y->to_name) == 0;
}

/* Add (adding) or remove the dependency given, keeping the others. */
static int dep_change(struct db *db, struct arena *a, int64_t tenant, const char *const *keys,
		      const char *const *vals, size_t n, bool adding, const struct store_stamp *st, struct err *e)
{
	struct fields f = { keys, vals, n };
	struct ros_register own;
	struct ros_dependency *d, *list;
	struct ros_dep_fail df;
	size_t m = 0;
	if (read_row(a, ROS_T_DEPENDENCIES, &f, (void **)&d, e) < 0 || db_begin(db, e) < 0)
		return -1;
	if (store_ros_load_own(db, a, tenant, &own, e) < 0)
		goto fail;
	list = arena_alloc(a, (own.n_deps + 1) * sizeof(*list));
	if (!list) {
		err_set(e, "Tom for minne.");
		goto fail;
	}
	bool found = false;
	for (size_t i = 0; i < own.n_deps; i++) {
		if (same_ends(&own.deps[i], d)) {
			found = true;
			if (!adding)
				continue;
		}
		list[m++] = own.deps[i];
	}
	if (adding && found) {
		err_conflict(e, "«%s» avhenger allerede av «%s».", d->from_name, d->to_name);
		goto fail;
	}
	if (!adding && !found) {
		err_missing(e, "«%s» avhenger ikke av «%s» i registeret.", d->from_name, d->to_name);
		goto fail;
	}
	if (adding)
		list[m++] = *d;
	const char *what = arena_printf(a, "%s %s → %s %s", ros_node_kind_code(d->from_kind), d->from_name,
					ros_node_kind_code(d->to_kind), d->to_name);
	if (!what) {
		err_set(e, "Tom for minne.");
		goto fail;
	}
	if (store_ros_deps_replace(db, tenant, list, m, st, &df, e) < 0 ||
	    store_audit(db, tenant, st, adding ? "ros.dependency.add" : "ros.dependency.remove", what, NULL,
			adding ? arena_printf(a, "kind=%s; group=%d", d->kind, d->alt_group) : NULL, e) < 0 ||
	    db_commit(db, e) < 0)
		goto fail;
	return 0;
fail:
	db_rollback(db);
	return -1;
}

int ros_edit_dep_add(struct db *db, struct arena *a, int64_t tenant, const char *const *keys,
		     const char *const *vals, size_t n, const struct store_stamp *st, struct err *e)
{
	return dep_change(db, a, tenant, keys, vals, n, true, st, e);
}

int ros_edit_dep_remove(struct db *db, struct arena *a, int64_t tenant, const char *const *keys,
			const char *const *vals, size_t n, const struct store_stamp *st, struct err *e)
{
	return dep_change(db, a, tenant, keys, vals, n, false, st, e);
}

int ros_edit_remove(struct db *db, struct arena *a, int64_t tenant, enum ros_table t, const char *name,
		    const struct store_stamp *st, const char ***deps, size_t *n_deps, struct err *e)
{
	static const int kinds[ROS_T_COUNT] = { [ROS_T_SERVICES] = ROS_REMOVE_SERVICE, [ROS_T_SYSTEMS] = ROS_REMOVE_SYSTEM,
						[ROS_T_VENDORS] = ROS_REMOVE_VENDOR, [ROS_T_DEPENDENCIES] = -1,
						[ROS_T_EVENTS] = ROS_REMOVE_EVENT };
	*deps = NULL;
	*n_deps = 0;
	if ((unsigned)t >= ROS_T_COUNT || kinds[t] < 0)
		return err_set(e, "En avhengighet fjernes for seg (avhengigheten, ikke registeret).");
	if (!name || !*name)
		return err_set(e, "Oppgi navnet på posten som skal fjernes.");
	return store_ros_remove(db, a, tenant, (enum ros_remove)kinds[t], name, st, deps, n_deps, e);
}
