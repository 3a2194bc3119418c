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

static json_t *levels_json(const struct ros_level *lv)
{
	json_t *arr = json_array();
	for (int i = 0; arr && i < ROS_LEVELS; i++)
		if (json_array_append_new(arr, json_pack("{s:s, s:s?}", "label", lv[i].label, "text", lv[i].text)) < 0) {
			json_decref(arr);
			return NULL;
		}
	return arr;
}

static json_t *scales_json(const struct ros_scales *sc)
{
	char m[ROS_LEVELS * ROS_LEVELS + 1];
	ros_matrix_text(sc, m);
	return json_pack("{s:o, s:o, s:s}", "probability", levels_json(sc->prob), "consequence",
			 levels_json(sc->cons), "matrix", m);
}

json_t *ros_json_write(const struct ros_register *r, const struct ros_scales *sc)
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
	if (sc && json_object_set_new(doc, "scales", scales_json(sc)) < 0)
		goto fail;
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

/* The scales: five levels of each axis with a label and an optional text, and the matrix;
 * checked as when changed on the web page. */
static int read_scales(struct arena *a, json_t *o, const char *origin, struct ros_scales *sc,
		       struct err *e)
{
	json_t *axis[2] = { json_object_get(o, "probability"), json_object_get(o, "consequence") };
	json_t *m = json_object_get(o, "matrix");
	ros_scales_default(sc);
	if (!json_is_object(o) || json_object_size(o) != 3 || !json_is_string(m))
		return err_set(e, "%s: «scales» må ha probability, consequence og matrix.", origin);
	for (int k = 0; k < 2; k++) {
		struct ros_level *lv = k ? sc->cons : sc->prob;
		if (!json_is_array(axis[k]) || json_array_size(axis[k]) != ROS_LEVELS)
			return err_set(e, "%s: «scales» må ha fem nivåer for sannsynlighet og for konsekvens.",
				       origin);
		for (int i = 0; i < ROS_LEVELS; i++) {
			json_t *x = json_array_get(axis[k], (size_t)i), *label = json_object_get(x, "label"),
			       *text = json_object_get(x, "text");
			if (!json_is_string(label) || (text && !json_is_string(text) && !json_is_null(text)))
				return err_set(e, "%s: hvert nivå i «scales» må ha label (tekst) og text (tekst "
					       "eller null).", origin);
			lv[i].label = arena_strdup(a, json_string_value(label));
			lv[i].text = json_is_string(text) ? arena_strdup(a, json_string_value(text)) : NULL;
		}
	}
	if (ros_matrix_parse(json_string_value(m), sc, e) < 0 || ros_scales_check(sc, e) < 0) {
		err_prefix(e, "%s, scales", origin);
		return -1;
	}
	return 0;
}

int ros_json_read_value(struct arena *a, json_t *doc, const char *origin, struct ros_document *out,
			struct err *e)
{
	void *rows[ROS_T_COUNT] = { 0 };
	size_t n[ROS_T_COUNT] = { 0 };
	const char *key;
	json_t *v;
	memset(out, 0, sizeof(*out));
	if (!json_is_object(doc) || !json_is_string(json_object_get(doc, "format")) ||
	    strcmp(json_string_value(json_object_get(doc, "format")), ROS_JSON_FORMAT) != 0)
		return err_set(e, "%s er ikke et ROS-register fra beredt (\"format\": \"%s\" mangler).", origin,
			       ROS_JSON_FORMAT);
	json_t *ver = json_object_get(doc, "version");
	if (!json_is_integer(ver) || json_integer_value(ver) != ROS_JSON_VERSION)
		return err_set(e, "%s har en versjon denne utgaven av beredt ikke kjenner (kan lese %d).", origin,
			       ROS_JSON_VERSION);
	json_object_foreach(doc, key, v) {
		int t = -1;
		if (strcmp(key, "format") == 0 || strcmp(key, "version") == 0)
			continue;
		if (strcmp(key, "scales") == 0) {
			if (read_scales(a, v, origin, &out->scales, e) < 0)
				return -1;
			out->has_scales = true;
			continue;
		}
		for (int k = 0; k < ROS_T_COUNT; k++)
			if (strcmp(key, table_key[k]) == 0 || strcmp(key, ros_table_name((enum ros_table)k)) == 0)
				t = k;
		if (t < 0)
			return err_set(e, "%s: ukjent nøkkel «%s». Gyldige: %s, %s, %s, %s, %s og scales.", origin,
				       key, table_key[0], table_key[1], table_key[2], table_key[3], table_key[4]);
		if (out->given[t])
			return err_set(e, "%s: %s står to ganger.", origin, key);
		if (!json_is_array(v))
			return err_set(e, "%s: «%s» må være en liste.", origin, key);
		struct rows c = { .arr = v, .a = a, .origin = origin, .table = ros_table_name((enum ros_table)t) };
		out->given[t] = true;
		if (ros_rows_read(a, (enum ros_table)t, origin, json_array_size(v), entry, &c, &rows[t], &n[t], e) < 0)
			return -1;
	}
	ros_rows_register(rows, n, &out->reg);
	return 0;
}

int ros_json_read(struct arena *a, const char *data, size_t len, const char *origin,
		  struct ros_document *out, struct err *e)
{
	json_error_t je;
	memset(out, 0, sizeof(*out));
	if (len > ROS_CSV_MAX)
		return err_set(e, "%s er for stor (mer enn %zu MiB).", origin, ROS_CSV_MAX >> 20);
	json_t *doc = json_loadb(data, len, JSON_REJECT_DUPLICATES, &je);
	if (!doc)
		return err_set(e, "%s, linje %d, kolonne %d: %s", origin, je.line, je.column, je.text);
	int rc = ros_json_read_value(a, doc, origin, out, e);
	json_decref(doc);
	return rc;
}
