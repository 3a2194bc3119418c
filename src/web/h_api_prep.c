/* web/h_api_prep.c: the API for what the preparedness pages do: the incident log (declare,
 * write, notify, when it became known), the preparedness documents, and a finding's
 * follow-up. The same store and use-case calls as the pages, the same refusals. */
#include <jansson.h>
#include <string.h>

#include "app/prep_docs.h"
#include "io/json_date.h"
#include "io/prep_json.h"
#include "store/finding.h"
#include "store/prep.h"
#include "util/date.h"
#include "app/checks.h"
#include "web/api.h"
#include "web/handlers.h"
#include "web/view.h"

/* A time given to the API: a UTC timestamp or Oslo time; now when absent. NULL after
 * answering 400. */
static const char *given_time(struct req *r, const char *key, const char *given)
{
	const char *t = given && *given ? date_local_timestamp(r->a, given) : r->now;
	if (!t)
		resp_error(r, 400, arena_printf(r->a, T("«%s» må være et tidspunkt (ÅÅÅÅ-MM-DDTTT:MM:SSZ eller norsk tid "
						      "ÅÅÅÅ-MM-DD TT:MM)."), key));
	return t;
}

static json_t *incident_json(struct req *r, const struct incident *x, bool whole)
{
	struct prep_clock c[2];
	prep_incident_state(r->a, x, r->epoch, c);
	json_t *clocks = json_array();
	for (int i = 0; i < 2; i++)
		if (c[i].applies)
			json_array_append_new(clocks, json_pack("{s:s, s:i, s:b, s:I}", "receiver", c[i].code, "hours",
								c[i].hours, "notified", c[i].done, "minutes_left",
								(json_int_t)c[i].left_minutes));
	json_t *o = json_pack("{s:i, s:s, s:s?, s:b, s:b, s:s, s:s, s:s, s:b, s:o}", "no", x->no, "title", x->title,
			      "scenario", x->scenario, "personal_data", x->personal_data, "essential", x->essential,
			      "declared_at", x->declared_at, "declared_by", x->declared_by, "aware_at",
			      x->aware_at ? x->aware_at : x->declared_at, "closed", x->closed, "clocks", clocks);
	if (!whole)
		return o;
	json_t *log = json_array(), *notices = json_array();
	for (size_t i = 0; i < x->n_entries; i++)
		json_array_append_new(log, json_pack("{s:s, s:s, s:s, s:s}", "at", x->entries[i].at, "by",
						     x->entries[i].by, "kind", x->entries[i].kind, "text", x->entries[i].text));
	for (size_t i = 0; i < x->n_notices; i++) {
		const struct incident_notice *v = &x->notices[i];
		json_array_append_new(notices, json_pack("{s:s, s:s?, s:s, s:s?, s:s, s:s}", "receiver", v->receiver,
							 "contact", v->contact, "notified_at", v->notified_at,
							 "reference", v->reference, "recorded_at", v->recorded_at,
							 "recorded_by", v->recorded_by));
	}
	json_object_set_new(o, "log", log);
	json_object_set_new(o, "notices", notices);
	return o;
}

/* The incident of the URL (H-N or N), answered 404 when not this municipality's. */
static bool load(struct req *r, struct incident *x)
{
	int no;
	const char *p = r->param && (r->param[0] == 'H' || r->param[0] == 'h') && r->param[1] == '-' ? r->param + 2
												    : r->param;
	if (view_number(p, &no) < 0 || store_incident_get(r->db, r->a, r->user.tenant_id, no, x, &r->err) < 0) {
		resp_error(r, 404, T("Hendelsen finnes ikke."));
		return false;
	}
	return true;
}

void h_api_incidents(struct req *r)
{
	struct incident *all;
	size_t n;
	if (store_incident_list(r->db, r->a, r->user.tenant_id, &all, &n, &r->err) < 0) {
		resp_store_error(r);
		return;
	}
	json_t *list = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(list, incident_json(r, &all[i], false));
	resp_json(r, 200, json_pack("{s:o}", "incidents", list));
}

void h_api_incident(struct req *r)
{
	struct incident x;
	if (load(r, &x))
		resp_json(r, 200, incident_json(r, &x, true));
}

/* Answer with the incident as it is now (after a change). */
static void incident_now(struct req *r, int no, int status)
{
	struct incident x;
	if (store_incident_get(r->db, r->a, r->user.tenant_id, no, &x, &r->err) < 0) {
		resp_store_error(r);
		return;
	}
	resp_json(r, status, incident_json(r, &x, true));
}

/* The incident of the URL and the request's body; false after answering. */
static bool begin(struct req *r, struct incident *x, json_t **j)
{
	*j = NULL;
	return load(r, x) && (*j = api_body(r)) != NULL;
}

/* After a change: the incident as it is now, or the store's refusal. */
static void changed(struct req *r, int rc, int no)
{
	if (rc < 0)
		resp_store_error(r);
	else
		incident_now(r, no, 200);
}

void h_api_incident_declare(struct req *r)
{
	struct store_stamp st = req_stamp(r);
	struct incident x = { 0 };
	const char *aware;
	bool given;
	json_t *j = api_body(r);
	if (!j)
		return;
	if (api_member(r, j, "title", &x.title, &given) < 0 || api_member(r, j, "scenario", &x.scenario, &given) < 0 ||
	    api_bool(r, j, "personal_data", &x.personal_data) < 0 || api_bool(r, j, "essential", &x.essential) < 0 ||
	    api_member(r, j, "aware_at", &aware, &given) < 0)
		goto out;
	if (aware && !(x.aware_at = given_time(r, "aware_at", aware)))
		goto out;
	if (store_incident_declare(r->db, r->user.tenant_id, &x, &st, &r->err) < 0) {
		resp_store_error(r);
		goto out;
	}
	incident_now(r, x.no, 201);
out:
	json_decref(j);
}

void h_api_incident_log(struct req *r)
{
	struct store_stamp st = req_stamp(r);
	struct incident x;
	const char *kind, *text;
	bool given;
	json_t *j;
	if (!begin(r, &x, &j))
		return;
	if (api_member(r, j, "kind", &kind, &given) == 0 && api_member(r, j, "text", &text, &given) == 0)
		changed(r, store_incident_append(r->db, r->a, r->user.tenant_id, x.no, kind, text, &st, &r->err), x.no);
	json_decref(j);
}

void h_api_incident_notify(struct req *r)
{
	struct store_stamp st = req_stamp(r);
	struct incident x;
	struct incident_notice n = { 0 };
	const char *at;
	bool given;
	json_t *j;
	if (!begin(r, &x, &j))
		return;
	if (api_member(r, j, "to", &n.receiver, &given) == 0 && api_member(r, j, "contact", &n.contact, &given) == 0 &&
	    api_member(r, j, "at", &at, &given) == 0 && api_member(r, j, "reference", &n.reference, &given) == 0 &&
	    (n.notified_at = given_time(r, "at", at)))
		changed(r, store_incident_notify(r->db, r->a, r->user.tenant_id, x.no, &n, &st, &r->err), x.no);
	json_decref(j);
}

void h_api_incident_aware(struct req *r)
{
	struct store_stamp st = req_stamp(r);
	struct incident x;
	const char *at, *t;
	bool given;
	json_t *j;
	if (!begin(r, &x, &j))
		return;
	if (api_member(r, j, "at", &at, &given) == 0) {
		if (!at)
			resp_error(r, 400, T("Oppgi når kommunen ble kjent med hendelsen («at»)."));
		else if ((t = given_time(r, "at", at)))
			changed(r, store_incident_aware(r->db, r->a, r->user.tenant_id, x.no, t, &st, &r->err), x.no);
	}
	json_decref(j);
}

/* The list inside a document as io/prep_json writes it ({"contacts": [...]}). */
static json_t *inner(json_t *doc, const char *key)
{
	json_t *v = json_incref(json_object_get(doc, key));
	json_decref(doc);
	return v ? v : json_array();
}

/* The preparedness documents as stored, with their versions. */
void h_api_preparedness(struct req *r)
{
	struct prep_all p;
	if (prep_load(r->db, r->a, r->user.tenant_id, r->today, &p, &r->err) < 0) {
		resp_store_error(r);
		return;
	}
	int32_t due = p.version[PREP_PLAN] ? prep_plan_due(&p.plan) : DATE_NONE;
	resp_json(r, 200, json_pack("{s:o, s:o, s:o, s:o, s:o, s:o, s:{s:i, s:i, s:i, s:i, s:i}}",
		"plan", p.version[PREP_PLAN] ? prep_plan_json(&p.plan) : json_null(), "plan_review_due", io_json_date(due),
		"contacts", inner(prep_contacts_json(&p.contacts), "contacts"),
		"exercises", inner(prep_exercises_json(&p.exercises), "exercises"),
		"competence", inner(prep_competences_json(&p.competence), "competence"),
		"insurance", inner(prep_insurances_json(&p.insurance), "insurance"),
		"versions", "plan", p.version[PREP_PLAN], "contacts", p.version[PREP_CONTACTS], "exercises",
		p.version[PREP_EXERCISES], "competence", p.version[PREP_COMPETENCE], "insurance",
		p.version[PREP_INSURANCE]));
}

/* POST /api/v1/findings/F-N: its follow-up, as on the findings page: {"status":
 * "kvittert|pågår|løst|akseptert", "reason", "until"}; accepting a risk is a leder's. */
void h_api_finding(struct req *r)
{
	struct store_stamp st = req_stamp(r);
	const char *status, *reason, *until;
	enum finding_status to;
	int32_t day = DATE_NONE;
	bool given;
	int no;
	const char *p = r->param && (r->param[0] == 'F' || r->param[0] == 'f') && r->param[1] == '-' ? r->param + 2
												    : r->param;
	json_t *j = NULL;
	if (view_number(p, &no) < 0) {
		resp_error(r, 404, T("Funnet finnes ikke."));
		return;
	}
	if (!(j = api_body(r)))
		return;
	if (api_member(r, j, "status", &status, &given) < 0 || api_member(r, j, "reason", &reason, &given) < 0 ||
	    api_member(r, j, "until", &until, &given) < 0)
		goto out;
	if (!status || finding_status_parse(status, &to, &r->err) < 0) {
		resp_error(r, 400, status ? r->err.msg : T("Feltet «status» mangler."));
		goto out;
	}
	if (to == FINDING_AKSEPTERT && !role_allows(r->user.role, ROLE_LEDER)) {
		resp_error(r, 403, T("Bare en leder kan akseptere en risiko."));
		goto out;
	}
	if (until && date_parse(until, &day) < 0) {
		resp_error(r, 400, T("Datoen må skrives ÅÅÅÅ-MM-DD."));
		goto out;
	}
	/* resolved while the checks still find it: said in the answer (the page asks first) */
	struct finding f;
	bool still = false;
	const char *detail = NULL;
	if ((to == FINDING_RESOLVED &&
	     checks_still_found(r->db, r->a, r->user.tenant_id, r->today, no, &f, &still, &detail, &r->err) < 0) ||
	    store_finding_set(r->db, r->a, r->user.tenant_id, no, to, reason, day, &st, &r->err) < 0) {
		resp_store_error(r);
		goto out;
	}
	resp_json(r, 200, json_pack("{s:i, s:s, s:b, s:s?}", "no", no, "status", finding_status_code(to),
				    "reopens", still, "still_found", still ? detail : NULL));
out:
	json_decref(j);
}

/* POST /api/v1/findings {"findings": ["F-1", 2, ...], "owner": "...", "acknowledge": true}:
 * many at once, all or none, as the findings page's selection. */
void h_api_findings_many(struct req *r)
{
	struct store_stamp st = req_stamp(r);
	const char *owner;
	bool given, ack = false;
	size_t acked, i;
	json_t *j = api_body(r), *list, *x;
	if (!j)
		return;
	list = json_object_get(j, "findings");
	if (api_member(r, j, "owner", &owner, &given) < 0 || api_bool(r, j, "acknowledge", &ack) < 0)
		goto out;
	if (!json_is_array(list) || !json_array_size(list) || json_array_size(list) > 100000 ||
	    ((!owner || !*owner) && !ack)) {
		resp_error(r, 400, T("Oppgi «findings» (en liste med funn) og «owner» eller «acknowledge»."));
		goto out;
	}
	int *nos = arena_alloc(r->a, json_array_size(list) * sizeof(*nos));
	if (!nos) {
		resp_error(r, 413, T("For mange funn."));
		goto out;
	}
	json_array_foreach(list, i, x) {
		const char *s = json_string_value(x);
		if (json_is_integer(x) && json_integer_value(x) > 0 && json_integer_value(x) < 1000000000) {
			nos[i] = (int)json_integer_value(x);
		} else if (!s || view_number(s[0] == 'F' && s[1] == '-' ? s + 2 : s, &nos[i]) < 0) {
			resp_error(r, 400, T("Et funn oppgis som «F-3» eller 3."));
			goto out;
		}
	}
	if (store_finding_many(r->db, r->a, r->user.tenant_id, nos, json_array_size(list), owner, ack, &st, &acked,
			       &r->err) < 0) {
		resp_store_error(r);
		goto out;
	}
	resp_json(r, 200, json_pack("{s:I, s:I}", "changed", (json_int_t)json_array_size(list), "acknowledged",
				    (json_int_t)acked));
out:
	json_decref(j);
}
