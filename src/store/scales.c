/* store/scales.c: see scales.h. */
#include "store/scales.h"

#include <string.h>

#include "store/audit.h"
#include "store/row.h"

static const char *const axis_name[2] = { "sannsynlighet", "konsekvens" };

int store_scales_load(struct db *db, struct arena *a, int64_t tenant, struct ros_scales *s,
		      struct err *e)
{
	struct db_stmt *q;
	enum db_step r;
	ros_scales_default(s);
	if (db_prepare(db, "SELECT axis, level, label, description FROM ros_scale_level WHERE tenant_id = ?",
		       &q, e) < 0)
		return -1;
	db_bind_int(q, 1, tenant);
	while ((r = db_step(q, e)) == DB_ROW) {
		int level = (int)db_col_int(q, 1);
		struct ros_level *lv = strcmp(db_col_text(q, 0), axis_name[0]) == 0 ? s->prob : s->cons;
		if (level < 1 || level > ROS_LEVELS)
			continue;              /* the CHECK constraint makes this impossible */
		lv[level - 1].label = arena_strdup(a, db_col_text(q, 2));
		lv[level - 1].text = db_col_null(q, 3) ? NULL : arena_strdup(a, db_col_text(q, 3));
	}
	db_finalize(q);
	if (r != DB_DONE)
		return -1;
	if (db_prepare(db, "SELECT cells FROM ros_matrix WHERE tenant_id = ?", &q, e) < 0)
		return -1;
	db_bind_int(q, 1, tenant);
	r = db_step(q, e);
	int rc = r == DB_ERROR ? -1 : r == DB_ROW ? ros_matrix_parse(db_col_text(q, 0), s, e) : 0;
	db_finalize(q);
	return rc;
}

/* "A=Svært lav; B=...; 1=...; matrix=0001100112..." for the audit trail. */
static const char *summary(struct arena *a, const struct ros_scales *s)
{
	char m[ROS_LEVELS * ROS_LEVELS + 1];
	const char *out = "";
	for (int i = 0; i < ROS_LEVELS; i++)
		out = arena_printf(a, "%s%c=%s; ", out, 'A' + i, s->prob[i].label);
	for (int i = 0; i < ROS_LEVELS; i++)
		out = arena_printf(a, "%s%d=%s; ", out, i + 1, s->cons[i].label);
	ros_matrix_text(s, m);
	return arena_printf(a, "%smatrise=%s", out, m);
}

int store_scales_save(struct db *db, struct arena *a, int64_t tenant, const struct ros_scales *s,
		      const struct store_stamp *st, struct err *e)
{
	struct ros_scales old;
	struct db_stmt *q;
	char m[ROS_LEVELS * ROS_LEVELS + 1];
	if (ros_scales_check(s, e) < 0 || db_begin(db, e) < 0)
		return -1;
	if (store_scales_load(db, a, tenant, &old, e) < 0)
		goto fail;
	for (int k = 0; k < 2; k++)
		for (int i = 0; i < ROS_LEVELS; i++) {
			const struct ros_level *lv = k ? &s->cons[i] : &s->prob[i];
			if (db_prepare(db, "INSERT INTO ros_scale_level (tenant_id, axis, level, label, description) "
				       "VALUES (?, ?, ?, ?, ?) ON CONFLICT (tenant_id, axis, level) DO UPDATE SET "
				       "label = excluded.label, description = excluded.description", &q, e) < 0)
				goto fail;
			db_bind_int(q, 1, tenant);
			db_bind_text(q, 2, axis_name[k]);
			db_bind_int(q, 3, i + 1);
			db_bind_text(q, 4, lv->label);
			row_bind_opt(q, 5, lv->text);
			enum db_step r = db_step(q, e);
			db_finalize(q);
			if (r != DB_DONE)
				goto fail;
		}
	ros_matrix_text(s, m);
	if (db_prepare(db, "INSERT INTO ros_matrix (tenant_id, cells) VALUES (?, ?) "
		       "ON CONFLICT (tenant_id) DO UPDATE SET cells = excluded.cells", &q, e) < 0)
		goto fail;
	db_bind_int(q, 1, tenant);
	db_bind_text(q, 2, m);
	enum db_step r = db_step(q, e);
	db_finalize(q);
	if (r != DB_DONE ||
	    store_audit(db, tenant, st, "ros.scales", "skalaer", summary(a, &old), summary(a, s), e) < 0)
		goto fail;
	return db_commit(db, e);
fail:
	db_rollback(db);
	return -1;
}
