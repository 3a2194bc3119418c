/* app/import.c: see import.h. */
#include "app/import.h"

#include <string.h>

#include "io/ros_json.h"
#include "util/buf.h"
#include "store/ros.h"

/* Every text of src parsed into im (the register to store and what was given). */
static int read_source(struct arena *a, const struct import_source *src, struct ros_import *im, bool given[ROS_T_COUNT],
		       struct err *e)
{
	/* the order store_ros_import names the files in */
	static const enum ros_table order[5] = { ROS_T_VENDORS, ROS_T_SYSTEMS, ROS_T_SERVICES, ROS_T_EVENTS,
						 ROS_T_DEPENDENCIES };
	void *rows[ROS_T_COUNT] = { 0 };
	size_t n[ROS_T_COUNT] = { 0 };
	struct ros_where *where = arena_alloc(a, ROS_T_COUNT * sizeof(*where));
	struct ros_document *doc = arena_alloc(a, sizeof(*doc));
	bool any_csv = false;
	if (!where || !doc)
		return err_set(e, "Tom for minne.");
	*im = (struct ros_import){ .json = src->json.data != NULL };
	for (int t = 0; t < ROS_T_COUNT; t++)
		any_csv |= src->csv[t].data != NULL;
	if (im->json && any_csv)
		return err_set(e, "Velg enten register.json eller CSV-filer, ikke begge.");
	if (!im->json && !any_csv)
		return err_set(e, "Velg minst én fil å importere.");
	if (im->json) {
		if (ros_json_read(a, src->json.data, src->json.len, src->json.name, doc, e) < 0)
			return -1;
		im->reg = doc->reg;
		im->deps_given = doc->given[ROS_T_DEPENDENCIES];
		im->scales = doc->has_scales ? &doc->scales : NULL;
		for (int k = 0; k < 5; k++)
			im->names[k] = src->json.name;
		for (int t = 0; t < ROS_T_COUNT; t++)
			given[t] = doc->given[t];
	} else {
		for (int t = 0; t < ROS_T_COUNT; t++) {
			const struct import_text *x = &src->csv[t];
			given[t] = x->data != NULL;
			if (x->data && ros_csv_read_where(a, (enum ros_table)t, x->data, x->len, x->name, &rows[t], &n[t],
							  &where[t], e) < 0)
				return -1;
		}
		ros_rows_register(rows, n, &im->reg);
		im->deps_given = src->csv[ROS_T_DEPENDENCIES].data != NULL;
		im->where[4] = im->deps_given ? &where[ROS_T_DEPENDENCIES] : NULL;
		for (int k = 0; k < 5; k++)
			im->names[k] = src->csv[order[k]].name;
	}
	return 0;
}

int import_register(struct db *db, struct arena *a, int64_t tenant, const struct import_source *src,
		    const struct store_stamp *s, struct ros_register *done, struct err *e)
{
	struct ros_import im;
	bool given[ROS_T_COUNT];
	if (read_source(a, src, &im, given, e) < 0 || store_ros_import(db, tenant, &im, s, e) < 0)
		return -1;
	if (done)
		*done = im.reg;
	return 0;
}

/* A row's key (its name; a dependency's ends and kind) and its whole text, in the arena. */
static void row_key(struct arena *a, enum ros_table t, const struct ros_register *r, size_t i, const char **key,
		    const char **all)
{
	struct ros_row_text o;
	size_t n = ros_row_text(t, r, i, &o);
	*key = t == ROS_T_DEPENDENCIES ? arena_printf(a, "%s %s → %s %s (%s)", o.v[0], o.v[1], o.v[2], o.v[3], o.v[4])
				       : o.v[0];
	struct buf b;
	buf_init(&b, 0);
	for (size_t k = 0; k < n; k++)
		buf_printf(&b, "%s\x1f", o.v[k] ? o.v[k] : "");
	*all = arena_strndup(a, b.data ? b.data : "", b.len);
	buf_release(&b);
}

static bool push(struct arena *a, const char ***list, size_t *n, const char *s)
{
	const char **next = arena_alloc(a, (*n + 1) * sizeof(*next));
	if (!next)
		return false;
	if (*n)
		memcpy(next, *list, *n * sizeof(*next));
	next[(*n)++] = s;
	*list = next;
	return true;
}

int import_preview(struct db *db, struct arena *a, int64_t tenant, const struct import_source *src,
		   struct import_preview *out, struct err *e)
{
	struct ros_import im;
	struct ros_register cur;
	memset(out, 0, sizeof(*out));
	if (read_source(a, src, &im, out->given, e) < 0 || store_ros_load_own(db, a, tenant, &cur, e) < 0)
		return -1;
	/* every check the import makes, the store's included (names it must find, what is the
	 * cooperation's): the import itself, in a transaction that is rolled back */
	struct store_stamp none = { .by = "preview", .at = "1970-01-01T00:00:00Z" };
	if (db_begin(db, e) < 0)
		return -1;
	int rc = store_ros_import(db, tenant, &im, &none, e);
	db_rollback(db);
	if (rc < 0)
		return -1;
	for (int t = 0; t < ROS_T_COUNT; t++) {
		struct ros_change *c = &out->table[t];
		size_t n_new = ros_table_rows((enum ros_table)t, &im.reg), n_cur = ros_table_rows((enum ros_table)t, &cur);
		c->before = n_cur;
		if (!out->given[t])
			continue;
		const char **cur_key = arena_alloc(a, (n_cur + 1) * sizeof(*cur_key));
		const char **cur_all = arena_alloc(a, (n_cur + 1) * sizeof(*cur_all));
		bool *kept = arena_alloc(a, n_cur + 1);
		if (!cur_key || !cur_all || !kept)
			return err_set(e, "Tom for minne.");
		for (size_t i = 0; i < n_cur; i++)
			row_key(a, (enum ros_table)t, &cur, i, &cur_key[i], &cur_all[i]);
		for (size_t i = 0; i < n_new; i++) {
			const char *key, *all;
			size_t j = 0;
			row_key(a, (enum ros_table)t, &im.reg, i, &key, &all);
			while (j < n_cur && strcmp(cur_key[j], key) != 0)
				j++;
			bool ok = true;
			if (j == n_cur)
				ok = push(a, &c->added, &c->n_added, key);
			else if ((kept[j] = true, strcmp(cur_all[j], all) != 0))
				ok = push(a, &c->changed, &c->n_changed, key);
			else
				c->n_same++;
			if (!ok)
				return err_set(e, "Tom for minne.");
		}
		/* the dependency file replaces them all: what it does not hold goes */
		for (size_t j = 0; t == ROS_T_DEPENDENCIES && j < n_cur; j++)
			if (!kept[j] && !push(a, &c->removed, &c->n_removed, cur_key[j]))
				return err_set(e, "Tom for minne.");
	}
	return 0;
}
