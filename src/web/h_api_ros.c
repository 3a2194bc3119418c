/* h_api_ros.c: one record of a ROS register through the API (docs/api.md): save a record
 * (new, or changed with the values it was read with), add or remove one dependency. The
 * use case is app/ros_edit.c, the same as the pages' and the CLI's. */
#include <jansson.h>
#include <stdio.h>
#include <string.h>

#include "app/ros_edit.h"
#include "web/api.h"
#include "web/handlers.h"
#include "web/view.h"

/* The members of object o as field names and text values (a number as digits, true and
 * false as "ja" and "nei", null as empty); -1 after answering 400. */
static long fields(struct req *r, json_t *o, const char **keys, const char **vals, size_t max)
{
	const char *k;
	json_t *v;
	size_t n = 0;
	if (!json_is_object(o)) {
		resp_error(r, 400, T("Feltene skal være et JSON-objekt."));
		return -1;
	}
	json_object_foreach(o, k, v) {
		if (n == max) {
			resp_error(r, 413, T("For mange felt."));
			return -1;
		}
		const char *text = json_is_string(v) ? arena_strdup(r->a, json_string_value(v))
				   : json_is_integer(v) ? arena_printf(r->a, "%lld", (long long)json_integer_value(v))
				   : json_is_true(v) ? "ja" : json_is_false(v) ? "nei" : json_is_null(v) ? "" : NULL;
		if (!text || (json_is_string(v) && strlen(text) != json_string_length(v))) {
			resp_error(r, 400, arena_printf(r->a, T("Feltet «%s» skal være tekst, et tall, true/false eller null."),
							k));
			return -1;
		}
		keys[n] = arena_strdup(r->a, k);
		vals[n++] = text;
	}
	return (long)n;
}

/* POST /api/v1/ros/records/REGISTER {"record": {...}, "name": opened (absent: new),
 * "was": {...} the values it was read with}. */
void h_api_ros_record(struct req *r)
{
	struct store_stamp st = req_stamp(r);
	struct ros_edit ed = { 0 };
	struct ros_edit_conflict c;
	const char *saved, *was_keys[ROS_COLS_MAX], *was_vals[ROS_COLS_MAX];
	bool given;
	int t = ros_edit_table(r->param);
	if (t < 0) {
		resp_error(r, 404, T("Ukjent register. Gyldige: tjenester, systemer, leverandorer, hendelser."));
		return;
	}
	json_t *j = api_body(r);
	if (!j)
		return;
	ed.table = (enum ros_table)t;
	bool remove = false;
	if (api_bool(r, j, "remove", &remove) < 0)
		goto out;
	if (remove) {
		/* {"name": "...", "remove": true}: the record off the register, or 409 with what rests on it */
		const char *name, **deps;
		size_t nd;
		if (api_member(r, j, "name", &name, &given) < 0)
			goto out;
		if (ros_edit_remove(r->db, r->a, r->user.tenant_id, ed.table, name, &st, &deps, &nd, &r->err) < 0) {
			int status = err_http_status(r->err.kind);
			json_t *o = json_pack("{s:i, s:s}", "status", status, "error", r->err.msg), *d = json_array();
			for (size_t i = 0; i < nd; i++)
				json_array_append_new(d, json_string(deps[i]));
			json_object_set_new(o, "dependants", d);
			resp_json(r, status, o);
			goto out;
		}
		resp_json(r, 200, json_pack("{s:s, s:b}", "name", name, "removed", 1));
		goto out;
	}
	long n = fields(r, json_object_get(j, "record"), ed.keys, ed.vals, ROS_COLS_MAX);
	if (n < 0 || api_member(r, j, "name", &ed.name_was, &given) < 0)
		goto out;
	ed.n = (size_t)n;
	json_t *was = json_object_get(j, "was");
	if (was) {
		long m = fields(r, was, was_keys, was_vals, ROS_COLS_MAX);
		if (m < 0)
			goto out;
		/* by column, as the pages carry them: the names as the export writes them */
		for (long i = 0; i < m; i++)
			for (size_t k = 0; k < ros_table_columns(ed.table); k++)
				if (strcmp(was_keys[i], ros_column_name(ed.table, k, false)) == 0 ||
				    strcmp(was_keys[i], ros_column_name(ed.table, k, true)) == 0)
					ed.was[k] = was_vals[i];
	}
	if (ros_edit_put(r->db, r->a, r->user.tenant_id, &ed, &st, &c, &saved, &r->err) < 0) {
		int status = err_http_status(r->err.kind);
		json_t *o = json_pack("{s:i, s:s}", "status", status, "error", r->err.msg), *ch = json_object();
		for (size_t i = 0; i < c.n; i++)
			json_object_set_new(ch, c.column[i], json_string(c.now[i] ? c.now[i] : ""));
		json_object_set_new(o, "changed", ch);
		resp_json(r, status, o);
		goto out;
	}
	resp_json(r, ed.name_was ? 200 : 201, json_pack("{s:s, s:s}", "register", ros_table_name(ed.table), "name", saved));
out:
	json_decref(j);
}

/* POST /api/v1/ros/dependencies {"dependency": {...}, "remove": false}. */
void h_api_ros_dependency(struct req *r)
{
	struct store_stamp st = req_stamp(r);
	const char *keys[ROS_COLS_MAX], *vals[ROS_COLS_MAX];
	bool remove = false;
	json_t *j = api_body(r);
	if (!j)
		return;
	long n = fields(r, json_object_get(j, "dependency"), keys, vals, ROS_COLS_MAX);
	if (n < 0 || api_bool(r, j, "remove", &remove) < 0)
		goto out;
	int rc = remove ? ros_edit_dep_remove(r->db, r->a, r->user.tenant_id, keys, vals, (size_t)n, &st, &r->err)
			: ros_edit_dep_add(r->db, r->a, r->user.tenant_id, keys, vals, (size_t)n, &st, &r->err);
	if (rc < 0)
		resp_store_error(r);
	else
		resp_json(r, remove ? 200 : 201, json_pack("{s:b}", remove ? "removed" : "added", 1));
out:
	json_decref(j);
}
