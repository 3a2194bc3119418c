/* io/dataset_json.c: see dataset_json.h. */
#include "io/dataset_json.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "io/carry_json.h"
#include "io/ros_json.h"
#include "util/date.h"
#include "io/json_date.h"

#define FORMAT "beredt-export/2"
#define FORMAT_1 "beredt-export/1"   /* before the records: read, never written */

static json_t *opt(const char *s)
{
	return s && *s ? json_string(s) : json_null();
}

static json_t *answers(const struct dataset_round *dr)
{
	json_t *list = json_array(), *versions = NULL;
	for (size_t k = 0; k < dr->n_versions; k++) {
		const struct answer *x = &dr->versions[k];
		if (k == 0 || strcmp(dr->versions[k - 1].measure_id, x->measure_id) != 0) {
			versions = json_array();
			json_array_append_new(list, json_pack("{s:s, s:o}", "measure", x->measure_id,
							      "versions", versions));
		}
		json_array_append_new(versions, json_pack(
			"{s:i, s:s, s:o, s:o, s:o, s:o, s:s, s:s}", "version", x->version,
			"status", status_code(x->status), "evidence", opt(x->evidence),
			"owner", opt(x->owner), "plan", opt(x->plan), "due", io_json_date(x->due),
			"changed_by", x->changed_by, "changed_at", x->changed_at));
	}
	return list;
}

int dataset_json_write(struct arena *a, const struct dataset *d, struct buf *out, struct err *e)
{
	json_t *root = json_object(), *rounds = json_array(), *actions = json_array();
	(void)a;
	json_object_set_new(root, "format", json_string(FORMAT));
	json_object_set_new(root, "kommune", json_pack("{s:s, s:s, s:s, s:s}",
						       "kommunenr", d->tenant.kommunenr,
						       "name", d->tenant.name, "orgnr", d->tenant.orgnr,
						       "created_at", d->tenant.created_at));
	for (size_t i = 0; i < d->n_rounds; i++) {
		const struct round *r = &d->rounds[i].round;
		json_array_append_new(rounds, json_pack(
			"{s:i, s:s, s:s, s:o, s:s, s:s, s:o, s:o, s:o, s:o, s:o}",
			"no", r->no, "catalog", r->catalog_id, "title", r->title,
			"started", io_json_date(r->started), "created_at", r->created_at,
			"created_by", r->created_by, "closed_at", opt(r->closed_at),
			"closed_by", opt(r->closed_by), "approved_at", opt(r->approved_at),
			"approved_by", opt(r->approved_by), "answers", answers(&d->rounds[i])));
	}
	json_object_set_new(root, "rounds", rounds);
	for (size_t i = 0; i < d->n_actions; i++) {
		const struct dataset_action *da = &d->actions[i];
		const struct action *first = &da->versions[0];
		json_t *versions = json_array();
		for (size_t k = 0; k < da->n_versions; k++) {
			const struct action *x = &da->versions[k];
			json_t *jv = json_pack(
				"{s:i, s:o, s:o, s:o, s:o, s:s, s:s, s:o, s:s, s:s}",
				"version", x->version, "title", opt(x->title), "plan", opt(x->plan),
				"owner", opt(x->owner), "due", io_json_date(x->due),
				"priority", priority_code(x->priority),
				"status", action_status_code(x->status), "reason", opt(x->reason),
				"changed_by", x->changed_by, "changed_at", x->changed_at);
			json_object_set_new(jv, "cost_nok", x->cost_nok ? json_integer(x->cost_nok) : json_null());
			json_object_set_new(jv, "cost_year", x->cost_year ? json_integer(x->cost_year) : json_null());
			json_array_append_new(versions, jv);
		}
		json_array_append_new(actions, json_pack(
			"{s:i, s:s, s:o, s:o, s:s, s:o}", "no", first->no, "origin", first->origin,
			"catalog", opt(first->catalog_id), "measure", opt(first->measure_id),
			"created_at", first->created_at, "versions", versions));
	}
	json_object_set_new(root, "actions", actions);
	if (d->has_ros)
		json_object_set_new(root, "ros", ros_json_write(&d->ros, &d->scales));
	json_object_set_new(root, "records", carry_json_write(&d->records));
	char *text = json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	json_decref(root);
	if (!text)
		return err_set(e, "Tom for minne under eksport.");
	buf_puts(out, text);
	buf_putc(out, '\n');
	free(text);
	return out->failed ? err_set(e, "Eksporten ble for stor.") : 0;
}

/* ---- reading ---- */

struct reader {
	struct arena *a;
	struct err *e;
	const char *origin;
	char where[128];       /* the element being read, for messages */
	size_t versions;       /* read so far, answers and actions */
};

/* Refuse a list longer than max, or versions past DATASET_VERSIONS_MAX, before reading it. */
static int within(struct reader *r, json_t *list, size_t max, const char *what)
{
	size_t n = json_array_size(list);
	if (n > max)
		return err_set(r->e, "%s: %s har %zu elementer i «%s»; en import tar høyst %zu.", r->origin, r->where,
			       n, what, max);
	if (strcmp(what, "versions") == 0 && (r->versions += n) > DATASET_VERSIONS_MAX)
		return err_set(r->e, "%s: filen har mer enn %d versjoner av svar og tiltak; en import tar høyst så mange.",
			       r->origin, DATASET_VERSIONS_MAX);
	return 0;
}

static int bad(struct reader *r, const char *key, const char *want)
{
	return err_set(r->e, "%s: %s: feltet «%s» må være %s.", r->origin, r->where, key, want);
}

static int get_str(struct reader *r, json_t *o, const char *key, bool required, const char **out)
{
	json_t *v = json_object_get(o, key);
	*out = NULL;
	if (!v || json_is_null(v)) {
		if (required)
			return err_set(r->e, "%s: %s: feltet «%s» mangler.", r->origin, r->where, key);
		return 0;
	}
	if (!json_is_string(v))
		return bad(r, key, "tekst");
	*out = arena_strndup(r->a, json_string_value(v), json_string_length(v));
	if (*out && strlen(*out) != json_string_length(v))
		return err_set(r->e, "%s: %s: feltet «%s» inneholder et NUL-tegn.", r->origin,
			       r->where, key);
	return *out ? 0 : err_set(r->e, "Tom for minne.");
}

static int get_int(struct reader *r, json_t *o, const char *key, int *out)
{
	json_t *v = json_object_get(o, key);
	if (!json_is_integer(v) || json_integer_value(v) < 0 || json_integer_value(v) > 1000000)
		return bad(r, key, "et heltall");
	*out = (int)json_integer_value(v);
	return 0;
}

/* An optional positive whole number up to max: absent or null is 0 (an export made before the
 * member existed has none). */
static int get_count_opt(struct reader *r, json_t *o, const char *key, long long max, int64_t *out)
{
	json_t *v = json_object_get(o, key);
	*out = 0;
	if (!v || json_is_null(v))
		return 0;
	if (!json_is_integer(v) || json_integer_value(v) <= 0 || json_integer_value(v) > max)
		return bad(r, key, "et positivt heltall eller null");
	*out = json_integer_value(v);
	return 0;
}

static int get_date(struct reader *r, json_t *o, const char *key, int32_t *out)
{
	const char *s;
	if (get_str(r, o, key, false, &s) < 0)
		return -1;
	*out = DATE_NONE;
	if (s && date_parse(s, out) < 0)
		return bad(r, key, "en dato ÅÅÅÅ-MM-DD");
	return 0;
}

static json_t *get_array(struct reader *r, json_t *o, const char *key)
{
	json_t *v = json_object_get(o, key);
	if (!json_is_array(v)) {
		bad(r, key, "en liste");
		return NULL;
	}
	return v;
}

static int read_answers(struct reader *r, json_t *list, struct dataset_round *dr)
{
	size_t i, k, cap = 0;
	json_t *m, *v;
	json_array_foreach(list, i, m) {
		const char *measure;
		json_t *versions;
		if (!json_is_object(m))
			return bad(r, "answers", "en liste av objekter");
		if (get_str(r, m, "measure", true, &measure) < 0 || !(versions = get_array(r, m, "versions")) ||
		    within(r, versions, DATASET_VERSIONS_MAX, "versions") < 0)
			return -1;
		json_array_foreach(versions, k, v) {
			struct answer *x = arena_push(r->a, (void **)&dr->versions, &dr->n_versions, &cap,
						      sizeof(*x));
			const char *status;
			if (!x)
				return err_set(r->e, "Tom for minne.");
			if (!json_is_object(v))
				return bad(r, "versions", "en liste av objekter");
			snprintf(r->where, sizeof(r->where), "runde %d, tiltak %.40s, versjon %zu",
				 dr->round.no, measure, k + 1);
			x->measure_id = measure;
			if (get_int(r, v, "version", &x->version) < 0 ||
			    get_str(r, v, "status", true, &status) < 0 ||
			    status_parse(status, &x->status, r->e) < 0 ||
			    get_str(r, v, "evidence", false, &x->evidence) < 0 ||
			    get_str(r, v, "owner", false, &x->owner) < 0 ||
			    get_str(r, v, "plan", false, &x->plan) < 0 ||
			    get_date(r, v, "due", &x->due) < 0 ||
			    get_str(r, v, "changed_by", true, &x->changed_by) < 0 ||
			    get_str(r, v, "changed_at", true, &x->changed_at) < 0)
				return -1;
		}
	}
	return 0;
}

static int read_rounds(struct reader *r, json_t *list, struct dataset *d)
{
	size_t i, cap = 0;
	json_t *o;
	json_array_foreach(list, i, o) {
		struct dataset_round *dr = arena_push(r->a, (void **)&d->rounds, &d->n_rounds, &cap,
						      sizeof(*dr));
		struct round *rd;
		json_t *ans;
		if (!dr)
			return err_set(r->e, "Tom for minne.");
		rd = &dr->round;
		snprintf(r->where, sizeof(r->where), "runde nr. %zu", i + 1);
		if (!json_is_object(o))
			return bad(r, "rounds", "en liste av objekter");
		if (get_int(r, o, "no", &rd->no) < 0 ||
		    get_str(r, o, "catalog", true, &rd->catalog_id) < 0 ||
		    get_str(r, o, "title", true, &rd->title) < 0 ||
		    get_date(r, o, "started", &rd->started) < 0 ||
		    get_str(r, o, "created_at", true, &rd->created_at) < 0 ||
		    get_str(r, o, "created_by", true, &rd->created_by) < 0 ||
		    get_str(r, o, "closed_at", false, &rd->closed_at) < 0 ||
		    get_str(r, o, "closed_by", false, &rd->closed_by) < 0 ||
		    get_str(r, o, "approved_at", false, &rd->approved_at) < 0 ||
		    get_str(r, o, "approved_by", false, &rd->approved_by) < 0 ||
		    !(ans = get_array(r, o, "answers")) || within(r, ans, DATASET_ANSWERS_MAX, "answers") < 0 ||
		    read_answers(r, ans, dr) < 0)
			return -1;
	}
	return 0;
}

static int read_actions(struct reader *r, json_t *list, struct dataset *d)
{
	size_t i, k, cap = 0;
	json_t *o, *v;
	json_array_foreach(list, i, o) {
		struct dataset_action *da = arena_push(r->a, (void **)&d->actions, &d->n_actions, &cap,
						       sizeof(*da));
		struct action head = { 0 };
		json_t *versions;
		size_t vcap = 0;
		if (!da)
			return err_set(r->e, "Tom for minne.");
		snprintf(r->where, sizeof(r->where), "tiltak nr. %zu", i + 1);
		if (!json_is_object(o))
			return bad(r, "actions", "en liste av objekter");
		if (get_int(r, o, "no", &head.no) < 0 ||
		    get_str(r, o, "origin", true, &head.origin) < 0 ||
		    get_str(r, o, "catalog", false, &head.catalog_id) < 0 ||
		    get_str(r, o, "measure", false, &head.measure_id) < 0 ||
		    get_str(r, o, "created_at", true, &head.created_at) < 0 ||
		    !(versions = get_array(r, o, "versions")) ||
		    within(r, versions, DATASET_VERSIONS_MAX, "versions") < 0)
			return -1;
		json_array_foreach(versions, k, v) {
			struct action *x = arena_push(r->a, (void **)&da->versions, &da->n_versions, &vcap,
						      sizeof(*x));
			const char *pri, *st;
			int64_t year;
			if (!x)
				return err_set(r->e, "Tom for minne.");
			if (!json_is_object(v))
				return bad(r, "versions", "en liste av objekter");
			*x = head;
			snprintf(r->where, sizeof(r->where), "T-%d, versjon nr. %zu", head.no, k + 1);
			if (get_int(r, v, "version", &x->version) < 0 ||
			    get_str(r, v, "title", false, &x->title) < 0 ||
			    get_str(r, v, "plan", false, &x->plan) < 0 ||
			    get_str(r, v, "owner", false, &x->owner) < 0 ||
			    get_date(r, v, "due", &x->due) < 0 ||
			    get_str(r, v, "priority", true, &pri) < 0 ||
			    priority_parse(pri, &x->priority, r->e) < 0 ||
			    get_str(r, v, "status", true, &st) < 0 ||
			    action_status_parse(st, &x->status, r->e) < 0 ||
			    get_str(r, v, "reason", false, &x->reason) < 0 ||
			    get_str(r, v, "changed_by", true, &x->changed_by) < 0 ||
			    get_str(r, v, "changed_at", true, &x->changed_at) < 0 ||
			    get_count_opt(r, v, "cost_nok", ACTION_COST_MAX, &x->cost_nok) < 0 ||
			    get_count_opt(r, v, "cost_year", 2100, &year) < 0)
				return -1;
			x->cost_year = (int)year;
		}
	}
	return 0;
}

int dataset_json_read(struct arena *a, const char *data, size_t len, const char *origin,
		      struct dataset *out, struct err *e)
{
	json_error_t je;
	json_t *root, *k, *rounds, *actions;
	struct reader r = { .a = a, .e = e, .origin = origin };
	const char *format;
	int rc = -1;

	memset(out, 0, sizeof(*out));
	root = json_loadb(data, len, JSON_REJECT_DUPLICATES, &je);
	if (!root)
		return err_set(e, "%s, linje %d, kolonne %d: %s. Filen er ikke gyldig JSON (avkortet "
			       "eller skadet?). Ingenting er endret.", origin, je.line, je.column, je.text);
	snprintf(r.where, sizeof(r.where), "%s", "toppnivå");
	if (!json_is_object(root)) {
		err_set(e, "%s: en eksportfil må være et JSON-objekt.", origin);
		goto out;
	}
	if (get_str(&r, root, "format", true, &format) < 0)
		goto out;
	if (strcmp(format, FORMAT) != 0 && strcmp(format, FORMAT_1) != 0) {
		err_set(e, "%s: ukjent format «%s»; denne versjonen leser «%s».", origin, format, FORMAT);
		goto out;
	}
	k = json_object_get(root, "kommune");
	snprintf(r.where, sizeof(r.where), "%s", "kommune");
	if (!json_is_object(k)) {
		bad(&r, "kommune", "et objekt");
		goto out;
	}
	if (get_str(&r, k, "kommunenr", true, &out->tenant.kommunenr) < 0 ||
	    get_str(&r, k, "name", true, &out->tenant.name) < 0 ||
	    get_str(&r, k, "orgnr", true, &out->tenant.orgnr) < 0 ||
	    get_str(&r, k, "created_at", true, &out->tenant.created_at) < 0)
		goto out;
	snprintf(r.where, sizeof(r.where), "%s", "toppnivå");
	if (!(rounds = get_array(&r, root, "rounds")) || within(&r, rounds, DATASET_ROUNDS_MAX, "rounds") < 0 ||
	    read_rounds(&r, rounds, out) < 0 ||
	    !(actions = get_array(&r, root, "actions")) || within(&r, actions, DATASET_ACTIONS_MAX, "actions") < 0 ||
	    read_actions(&r, actions, out) < 0)
		goto out;
	json_t *ros = json_object_get(root, "ros");
	if (ros) {
		struct ros_document doc;
		if (ros_json_read_value(a, ros, arena_printf(a, "%s, ros", origin), &doc, e) < 0)
			goto out;
		out->ros = doc.reg;
		if (doc.has_scales)
			out->scales = doc.scales;
		else
			ros_scales_default(&out->scales);
		out->has_ros = true;
	}
	json_t *records = json_object_get(root, "records");
	if (records && carry_json_read(a, records, origin, &out->records, e) < 0)
		goto out;
	if (!date_is_timestamp(out->tenant.created_at)) {
		err_set(e, "%s: kommune.created_at er ikke et gyldig tidspunkt.", origin);
		goto out;
	}
	if (dataset_check(out, e) < 0) {
		err_prefix(e, "%s", origin);
		goto out;
	}
	rc = 0;
out:
	json_decref(root);
	return rc;
}
