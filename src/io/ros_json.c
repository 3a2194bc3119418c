/* io/ros_json.c: see ros_json.h. Parsing is jansson's; the rows go through the CSV
 * reader's field checks (ros_rows_read), so both formats accept exactly the same. */
#include "io/ros_json.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

/* The JSON keys of the tables, English first (as written), then bokmål. */
static const char *const table_key[ROS_T_COUNT] = {
	[ROS_T_SERVICES] = "services", [ROS_T_SYSTEMS] = "systems", [ROS_T_VENDORS] = "vendors",
	[ROS_T_DEPENDENCIES] = "dependencies", [ROS_T_EVENTS] = "events",
};

json_t *ros_json_write(const struct ros_register *r)
{
	json_t *doc = json_pack("{s:s, s:i}", "format", ROS_JSON_FORMAT, "version", ROS_JSON_VERSION);
	struct ros_row_text row;
	if (!doc)
		return NULL;
	for (int t = 0; t < ROS_T_COUNT; t++) {
		json_t *arr = json_array();
		if (!arr || json_object_set_new(doc, table_key[t], arr) < 0)
			goto fail;
		for (size_t i = 0, n = ros_table_rows((enum ros_table)t, r); i < n; i++) {
			size_t ncol = ros_row_text((enum ros_table)t, r, i, &row);
			json_t *o = json_object();
			if (!o || json_array_append_new(arr, o) < 0)
				goto fail;
			for (size_t k = 0; k < ncol; k++) {
				const char *v = row.v[k];
				json_t *x;
				if (!*v)
					x = json_null();
				else if (ros_column_type((enum ros_table)t, k) == ROS_COL_INT)
					x = json_integer(strtoll(v, NULL, 10));
				else if (ros_column_type((enum ros_table)t, k) == ROS_COL_BOOL)
					x = json_boolean(strcmp(v, "ja") == 0);
				else
					x = json_string(v);
				if (!x || json_object_set_new(o, ros_column_name((enum ros_table)t, k, true), x) < 0)
					goto fail;
			}
		}
	}
	return doc;
fail:
	json_decref(doc);
	return NULL;
}

struct rows {
	json_t *arr;
	struct arena *a;
	const char *origin;
	const char *table;
};

/* One entry's fields as text for ros_rows_read. */
static long entry(void *ctx, size_t i, const char **keys, const char **vals, size_t max,
		  struct err *e)
{
	struct rows *c = ctx;
	json_t *o = json_array_get(c->arr, i), *v;
	const char *k;
	size_t n = 0;
	if (!json_is_object(o))
		return err_set(e, "%s, %s nr. %zu: må være et objekt med feltene som nøkler.", c->origin,
			       c->table, i + 1);
	json_object_foreach(o, k, v) {
		if (n == max)
			return err_set(e, "%s, %s nr. %zu: for mange felt.", c->origin, c->table, i + 1);
		keys[n] = k;
		if (json_is_string(v)) {
			vals[n] = json_string_value(v);
		} else if (json_is_integer(v)) {
			vals[n] = arena_printf(c->a, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
		} else if (json_is_boolean(v)) {
			vals[n] = json_is_true(v) ? "ja" : "nei";
		} else if (json_is_null(v)) {
			vals[n] = "";
		} else {
			return err_set(e, "%s, %s nr. %zu, «%s»: må være tekst, et heltall, true/false "
				       "eller null.", c->origin, c->table, i + 1, k);
		}
		if (!vals[n])
			return err_set(e, "Tom for minne.");
		n++;
	}
	return (long)n;
}

int ros_json_read(struct arena *a, const char *data, size_t len, const char *origin,
		  struct ros_register *out, bool given[ROS_T_COUNT], struct err *e)
{
	json_error_t je;
	void *rows[ROS_T_COUNT] = { 0 };
	size_t n[ROS_T_COUNT] = { 0 };
	const char *key;
	json_t *v;
	int rc = -1;
	memset(out, 0, sizeof(*out));
	memset(given, 0, ROS_T_COUNT * sizeof(bool));
	if (len > ROS_CSV_MAX)
		return err_set(e, "%s er for stor (mer enn %zu MiB).", origin, ROS_CSV_MAX >> 20);
	json_t *doc = json_loadb(data, len, JSON_REJECT_DUPLICATES, &je);
	if (!doc)
		return err_set(e, "%s, linje %d, kolonne %d: %s", origin, je.line, je.column, je.text);
	if (!json_is_object(doc) || !json_is_string(json_object_get(doc, "format")) ||
	    strcmp(json_string_value(json_object_get(doc, "format")), ROS_JSON_FORMAT) != 0) {
		err_set(e, "%s er ikke et ROS-register fra beredt (\"format\": \"%s\" mangler).", origin,
			ROS_JSON_FORMAT);
		goto fail;
	}
	json_t *ver = json_object_get(doc, "version");
	if (!json_is_integer(ver) || json_integer_value(ver) != ROS_JSON_VERSION) {
		err_set(e, "%s har en versjon denne utgaven av beredt ikke kjenner (kan lese %d).", origin,
			ROS_JSON_VERSION);
		goto fail;
	}
	json_object_foreach(doc, key, v) {
		int t = -1;
		if (strcmp(key, "format") == 0 || strcmp(key, "version") == 0)
			continue;
		for (int k = 0; k < ROS_T_COUNT; k++)
			if (strcmp(key, table_key[k]) == 0 || strcmp(key, ros_table_name((enum ros_table)k)) == 0)
				t = k;
		if (t < 0) {
			err_set(e, "%s: ukjent nøkkel «%s». Gyldige: %s, %s, %s, %s, %s.", origin, key,
				table_key[0], table_key[1], table_key[2], table_key[3], table_key[4]);
			goto fail;
		}
		if (given[t]) {
			err_set(e, "%s: %s står to ganger.", origin, key);
			goto fail;
		}
		if (!json_is_array(v)) {
			err_set(e, "%s: «%s» må være en liste.", origin, key);
			goto fail;
		}
		struct rows c = { .arr = v, .a = a, .origin = origin, .table = ros_table_name((enum ros_table)t) };
		given[t] = true;
		if (ros_rows_read(a, (enum ros_table)t, origin, json_array_size(v), entry, &c, &rows[t],
				  &n[t], e) < 0)
			goto fail;
	}
	*out = (struct ros_register){
		.services = rows[ROS_T_SERVICES], .n_services = n[ROS_T_SERVICES],
		.systems = rows[ROS_T_SYSTEMS], .n_systems = n[ROS_T_SYSTEMS],
		.vendors = rows[ROS_T_VENDORS], .n_vendors = n[ROS_T_VENDORS],
		.deps = rows[ROS_T_DEPENDENCIES], .n_deps = n[ROS_T_DEPENDENCIES],
		.events = rows[ROS_T_EVENTS], .n_events = n[ROS_T_EVENTS],
	};
	rc = 0;
fail:
	json_decref(doc);
	return rc;
}
