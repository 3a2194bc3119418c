/* h_api.c: /api/v1/, JSON in and out, authenticated with a personal API token. The
 * router applies the same access and role rules as for the pages; the work is done by
 * the same store calls. Documented in docs/api.md. */
#include <jansson.h>
#include <string.h>

#include "render/report.h"
#include "render/report_text.h"
#include "store/action.h"
#include "store/answer.h"
#include "store/catalog.h"
#include "store/round.h"
#include "web/handlers.h"
#include "web/view.h"

static json_t *opt(const char *s)
{
	return s && *s ? json_string(s) : json_null();
}

static json_t *date_json(struct req *r, int32_t d)
{
	return d == DATE_NONE ? json_null() : json_string(report_date(r->a, d));
}

/* The request body as a JSON object; NULL after answering 400. */
static json_t *body(struct req *r)
{
	json_error_t je;
	json_t *j = json_loadb(r->body, r->body_len, JSON_REJECT_DUPLICATES, &je);
	if (!j || !json_is_object(j)) {
		resp_error(r, 400, arena_printf(r->a, V("Ugyldig JSON (linje %d, kolonne %d): %s"),
						je.line, je.column, j ? V("forventet et objekt") : je.text));
		json_decref(j);
		return NULL;
	}
	return j;
}

/* A string member (or null); -1 after answering 400 for another type. */
static int member(struct req *r, json_t *o, const char *key, const char **out, bool *given)
{
	json_t *v = json_object_get(o, key);
	*given = v != NULL;
	*out = NULL;
	if (!v || json_is_null(v))
		return 0;
	if (!json_is_string(v) || strlen(json_string_value(v)) != json_string_length(v)) {
		resp_error(r, 400, arena_printf(r->a, V("Feltet «%s» må være tekst."), key));
		return -1;
	}
	*out = arena_strdup(r->a, json_string_value(v));
	return 0;
}

static json_t *measure_json(struct req *r, const struct catalog_item *it, const struct answer *a)
{
	return json_pack("{s:s, s:s, s:s, s:s, s:o, s:o, s:o, s:o, s:i}", "id", it->id,
			 "area", it->group_id, "title", text2_get(&it->title, r->lang),
			 "status", status_code(a ? a->status : STATUS_UKJENT),
			 "owner", opt(a ? a->owner : NULL), "due", a ? date_json(r, a->due) : json_null(),
			 "evidence", opt(a ? a->evidence : NULL), "plan", opt(a ? a->plan : NULL),
			 "version", a ? a->version : 0);
}

void h_api_assessment(struct req *r)
{
	struct round rd;
	struct catalog *c;
	struct answer *ans;
	size_t n;
	if (store_round_get(r->db, r->a, r->user.tenant_id, 0, &rd, &r->err) < 0 ||
	    store_catalog_get(r->db, r->a, rd.catalog_id, &c, &r->err) < 0 ||
	    store_answers_load(r->db, r->a, r->user.tenant_id, rd.id, &ans, &n, &r->err) < 0) {
		resp_store_error(r);
		return;
	}
	json_t *list = json_array();
	for (size_t i = 0; i < c->n_items; i++)
		json_array_append_new(list, measure_json(r, &c->items[i], answer_find(ans, n, c->items[i].id)));
	resp_json(r, 200, json_pack("{s:i, s:s, s:s, s:b, s:o}", "round", rd.no, "title", rd.title,
				    "catalog", rd.catalog_id, "closed", round_is_closed(&rd),
				    "measures", list));
}

void h_api_answer(struct req *r)
{
	struct round rd;
	struct catalog *c;
	struct answer_patch p = { .measure_id = r->param };
	struct store_stamp s = req_stamp(r);
	const char *status, *due;
	bool given;
	json_t *j = body(r);
	if (!j)
		return;
	if (member(r, j, "status", &status, &p.has_status) < 0 ||
	    member(r, j, "owner", &p.owner, &given) < 0 ||
	    member(r, j, "evidence", &p.evidence, &given) < 0 ||
	    member(r, j, "plan", &p.plan, &given) < 0 || member(r, j, "due", &due, &p.has_due) < 0)
		goto out;
	if (given && !p.plan)
		p.plan = "";
	if (p.has_status && (!status || status_parse(status, &p.status, &r->err) < 0)) {
		resp_error(r, 400, status ? r->err.msg : V("Feltet «status» kan ikke være null."));
		goto out;
	}
	p.due = DATE_NONE;
	if (due && date_parse(due, &p.due) < 0) {
		resp_error(r, 400, arena_printf(r->a, V("Fristen «%s» er ikke en gyldig dato (ÅÅÅÅ-MM-DD)."), due));
		goto out;
	}
	if (store_round_get(r->db, r->a, r->user.tenant_id, 0, &rd, &r->err) < 0 ||
	    store_catalog_get(r->db, r->a, rd.catalog_id, &c, &r->err) < 0 ||
	    store_answer_set(r->db, r->user.tenant_id, rd.no, c, &p, &s, NULL, &r->err) < 0) {
		resp_store_error(r);
		goto out;
	}
	h_api_assessment(r);
out:
	json_decref(j);
}

static json_t *action_json(struct req *r, const struct action *x)
{
	return json_pack("{s:s, s:i, s:o, s:s, s:o, s:o, s:o, s:s, s:s, s:o, s:b, s:i}",
			 "ref", report_action_ref(r->a, x), "no", x->no, "measure", opt(x->measure_id),
			 "origin", x->origin, "title", opt(x->title), "owner", opt(x->owner),
			 "due", date_json(r, x->due), "priority", priority_code(x->priority),
			 "status", action_status_code(x->status), "reason", opt(x->reason),
			 "overdue", action_is_overdue(x, r->today), "version", x->version);
}

void h_api_actions(struct req *r)
{
	struct action *all;
	size_t n;
	if (store_action_list(r->db, r->a, r->user.tenant_id, &all, &n, &r->err) < 0) {
		resp_store_error(r);
		return;
	}
	json_t *list = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(list, action_json(r, &all[i]));
	resp_json(r, 200, list);
}

void h_api_action(struct req *r)
{
	struct action x;
	struct store_stamp s = req_stamp(r);
	const char *v;
	bool given;
	int no;
	if (view_number(r->param, &no) < 0 ||
	    store_action_get(r->db, r->a, r->user.tenant_id, no, &x, &r->err) < 0) {
		resp_error(r, 404, V("Tiltaket finnes ikke."));
		return;
	}
	enum action_status was = x.status;
	json_t *j = body(r);
	if (!j)
		return;
	if (member(r, j, "status", &v, &given) < 0)
		goto out;
	if (given && (!v || action_status_parse(v, &x.status, &r->err) < 0)) {
		resp_error(r, 400, v ? r->err.msg : V("Feltet «status» kan ikke være null."));
		goto out;
	}
	if (member(r, j, "priority", &v, &given) < 0)
		goto out;
	if (given && (!v || priority_parse(v, &x.priority, &r->err) < 0)) {
		resp_error(r, 400, v ? r->err.msg : V("Feltet «priority» kan ikke være null."));
		goto out;
	}
	if (member(r, j, "due", &v, &given) < 0)
		goto out;
	if (given) {
		x.due = DATE_NONE;
		if (v && date_parse(v, &x.due) < 0) {
			resp_error(r, 400, arena_printf(r->a, V("Fristen «%s» er ikke en gyldig dato (ÅÅÅÅ-MM-DD)."), v));
			goto out;
		}
	}
	if (member(r, j, "owner", &v, &given) < 0)
		goto out;
	if (given)
		x.owner = v;
	if (member(r, j, "reason", &v, &given) < 0)
		goto out;
	if (given)
		x.reason = v;
	if (member(r, j, "title", &v, &given) < 0)
		goto out;
	if (given)
		x.title = v;
	if (x.status == ACTION_AVVIST && was != ACTION_AVVIST && !role_allows(r->user.role, ROLE_LEDER)) {
		resp_error(r, 403, V("Å avvise et tiltak er å akseptere en risiko; det kan bare en leder gjøre."));
		goto out;
	}
	if (store_action_update(r->db, r->user.tenant_id, &x, &s, &r->err) < 0) {
		resp_error(r, 400, r->err.msg);
		goto out;
	}
	resp_json(r, 200, action_json(r, &x));
out:
	json_decref(j);
}

void h_api_report(struct req *r)
{
	struct report rep;
	enum lang lang = r->lang;
	const char *l = req_query(r, "lang");
	if (l && i18n_parse(l, &lang) < 0) {
		resp_error(r, 400, V("Ukjent språk."));
		return;
	}
	if (view_report(r, 0, &rep) < 0) {
		resp_store_error(r);
		return;
	}
	buf_reset(&r->out);
	if (report_render(r->a, &rep, REPORT_JSON, lang, &r->out, &r->err) < 0) {
		resp_error(r, 500, r->err.msg);
		return;
	}
	r->status = 200;
	r->content_type = "application/json; charset=utf-8";
}
