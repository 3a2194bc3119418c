/* h_api.c: /api/v1/, JSON in and out, authenticated with a personal API token. The
 * router applies the same access and role rules as for the pages; the work is done by
 * the same store calls. Documented in docs/api.md. */
#include <jansson.h>
#include <string.h>

#include "app/answers.h"
#include "app/checks.h"
#include "app/impact.h"
#include "io/impact_json.h"
#include "render/evidence_html.h"
#include "render/report_format.h"
#include "render/report_text.h"
#include "store/action.h"
#include "store/answer.h"
#include "store/catalog.h"
#include "io/json_date.h"
#include "io/posture_json.h"
#include "store/finding.h"
#include "store/posture.h"
#include "store/ros.h"
#include "store/round.h"
#include "web/api.h"
#include "web/handlers.h"
#include "web/view.h"

static json_t *opt(const char *s)
{
	return s && *s ? json_string(s) : json_null();
}

/* The request body as a JSON object; NULL after answering 400. */
static json_t *body(struct req *r)
{
	return api_body(r);
}

static int member(struct req *r, json_t *o, const char *key, const char **out, bool *given)
{
	return api_member(r, o, key, out, given);
}

static json_t *measure_json(struct req *r, const struct catalog_item *it, const struct answer *a,
			    const struct evidence *ev)
{
	json_t *pr = json_array();
	for (size_t k = 0; k < it->n_mappings; k++)
		json_array_append_new(pr, json_string(it->mappings[k]));
	int k = ev ? evidence_index(it->id) : -1;
	json_t *regs = k >= 0 ? json_pack("{s:s, s:s}", "suggested", status_code(ev[k].suggest), "text",
					  evidence_text(r->a, r->lang, &ev[k]))
			      : json_null();
	return json_pack("{s:s, s:s, s:s, s:s, s:o, s:o, s:o, s:o, s:i, s:o, s:o}", "id", it->id,
			 "area", it->group_id, "title", text2_get(&it->title, r->lang),
			 "status", status_code(a ? a->status : STATUS_UKJENT),
			 "owner", opt(a ? a->owner : NULL), "due", a ? io_json_date(a->due) : json_null(),
			 "evidence", opt(a ? a->evidence : NULL), "plan", opt(a ? a->plan : NULL),
			 "version", a ? a->version : 0, "principles", pr, "registers", regs);
}

/* Round no (0: the latest, store_round_get) with every measure, and beside KS's measures
 * what the registers say. */
static void assessment_of(struct req *r, int no)
{
	struct round rd;
	struct catalog *c;
	struct answer *ans;
	size_t n;
	struct evidence ev[EV_COUNT];
	if (store_round_get(r->db, r->a, r->user.tenant_id, no, &rd, &r->err) < 0 ||
	    store_catalog_get(r->db, r->a, rd.catalog_id, &c, &r->err) < 0 ||
	    store_answers_load(r->db, r->a, r->user.tenant_id, rd.id, &ans, &n, &r->err) < 0) {
		resp_store_error(r);
		return;
	}
	struct err ignored;
	err_init(&ignored, r->lang);
	bool have_ev = strcmp(rd.catalog_id, ASSESS_MAIN_CATALOG) == 0 &&
		       checks_evidence(r->db, r->a, r->user.tenant_id, r->today, ev, &ignored) == 0;
	json_t *list = json_array();
	for (size_t i = 0; i < c->n_items; i++)
		json_array_append_new(list, measure_json(r, &c->items[i], answer_find(ans, n, c->items[i].id),
							 have_ev ? ev : NULL));
	resp_json(r, 200, json_pack("{s:i, s:s, s:s, s:b, s:o}", "round", rd.no, "title", rd.title,
				    "catalog", rd.catalog_id, "closed", round_is_closed(&rd),
				    "measures", list));
}

void h_api_assessment(struct req *r)
{
	const char *which = req_query(r, "runde");
	int no = 0;
	if (which && view_number(which, &no) < 0) {
		resp_error(r, 400, T("«runde» må være et rundenummer."));
		return;
	}
	assessment_of(r, no);
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
		resp_error(r, 400, status ? r->err.msg : T("Feltet «status» kan ikke være null."));
		goto out;
	}
	p.due = DATE_NONE;
	if (due && date_parse(due, &p.due) < 0) {
		resp_error(r, 400, arena_printf(r->a, T("Fristen «%s» er ikke en gyldig dato (ÅÅÅÅ-MM-DD)."), due));
		goto out;
	}
	/* into the round whose catalog has the measure (KS's "3a", NSM's "2.6"), or ?runde=N */
	const char *which = req_query(r, "runde");
	int no = 0;
	if (which && view_number(which, &no) < 0) {
		resp_error(r, 400, T("«runde» må være et rundenummer."));
		goto out;
	}
	if (store_round_for(r->db, r->a, r->user.tenant_id, no, r->param, &rd, &r->err) < 0 ||
	    store_catalog_get(r->db, r->a, rd.catalog_id, &c, &r->err) < 0 ||
	    answers_set(r->db, r->user.tenant_id, rd.no, c, &p, &s, NULL, &r->err) < 0) {
		resp_store_error(r);
		goto out;
	}
	assessment_of(r, rd.no);
out:
	json_decref(j);
}

static json_t *action_json(struct req *r, const struct action *x)
{
	json_t *j = json_pack("{s:s, s:i, s:o, s:s, s:o, s:o, s:o, s:s, s:s, s:o, s:b, s:i}",
			 "ref", report_action_ref(r->a, x), "no", x->no, "measure", opt(x->measure_id),
			 "origin", x->origin, "title", opt(x->title), "owner", opt(x->owner),
			 "due", io_json_date(x->due), "priority", priority_code(x->priority),
			 "status", action_status_code(x->status), "reason", opt(x->reason),
			 "overdue", action_is_overdue(x, r->today), "version", x->version);
	json_object_set_new(j, "cost_nok", x->cost_nok ? json_integer(x->cost_nok) : json_null());
	json_object_set_new(j, "cost_year", x->cost_year ? json_integer(x->cost_year) : json_null());
	return j;
}

/* A whole number given as a number, as text ("250 000") or null (none): the text
 * action_cost_set reads, or NULL when the member is absent. -1 (and the answer sent) when it is
 * something else. */
static int money_member(struct req *r, json_t *o, const char *key, const char **out)
{
	json_t *v = json_object_get(o, key);
	*out = NULL;
	if (!v)
		return 0;
	if (json_is_null(v))
		*out = "";
	else if (json_is_integer(v) && json_integer_value(v) > 0)
		*out = arena_printf(r->a, "%lld", (long long)json_integer_value(v));
	else if (json_is_string(v))
		*out = json_string_value(v);
	if (*out)
		return 0;
	resp_error(r, 400, arena_printf(r->a, T("Feltet «%s» må være et positivt heltall, tekst eller null."), key));
	return -1;
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
		resp_error(r, 404, T("Oppgaven finnes ikke."));
		return;
	}
	enum action_status was = x.status;
	const char *was_reason = x.reason;
	json_t *j = body(r);
	if (!j)
		return;
	if (member(r, j, "status", &v, &given) < 0)
		goto out;
	if (given && (!v || action_status_parse(v, &x.status, &r->err) < 0)) {
		resp_error(r, 400, v ? r->err.msg : T("Feltet «status» kan ikke være null."));
		goto out;
	}
	if (member(r, j, "priority", &v, &given) < 0)
		goto out;
	if (given && (!v || priority_parse(v, &x.priority, &r->err) < 0)) {
		resp_error(r, 400, v ? r->err.msg : T("Feltet «priority» kan ikke være null."));
		goto out;
	}
	if (member(r, j, "due", &v, &given) < 0)
		goto out;
	if (given) {
		x.due = DATE_NONE;
		if (v && date_parse(v, &x.due) < 0) {
			resp_error(r, 400, arena_printf(r->a, T("Fristen «%s» er ikke en gyldig dato (ÅÅÅÅ-MM-DD)."), v));
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
	const char *cost, *year;
	if (money_member(r, j, "cost_nok", &cost) < 0 || money_member(r, j, "cost_year", &year) < 0)
		goto out;
	if (action_cost_set(&x, cost, year, &r->err) < 0) {
		resp_error(r, 400, r->err.msg);
		goto out;
	}
	if (action_change_is_leaders(was, was_reason, &x) && r->user.role != ROLE_LEDER) {
		resp_error(r, 403, T("Å avvise en oppgave er å akseptere en risiko; bare en leder kan avvise, "
				     "gjenåpne eller endre begrunnelsen."));
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
		resp_error(r, 400, T("Ukjent språk."));
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

static json_t *hours_json(int h)
{
	return h == ROS_UNKNOWN || h == ROS_REC_UNKNOWN ? json_null() : json_integer(h);
}

void h_api_ros(struct req *r)
{
	struct ros_register reg;
	if (store_ros_load(r->db, r->a, r->user.tenant_id, &reg, &r->err) < 0) {
		resp_store_error(r);
		return;
	}
	json_t *services = json_array(), *systems = json_array(), *vendors = json_array(), *deps = json_array();
	for (size_t i = 0; i < reg.n_services; i++) {
		const struct ros_service *x = &reg.services[i];
		json_array_append_new(services, json_pack("{s:s, s:s, s:i, s:o, s:b, s:b}", "name", x->name, "sector", x->sector, "criticality", x->criticality,
			"max_downtime_hours", hours_json(x->mtd_hours), "personal_data", x->personal_data,
			"special_categories", x->special_categories));
	}
	for (size_t i = 0; i < reg.n_systems; i++) {
		const struct ros_system *x = &reg.systems[i];
		json_array_append_new(systems, json_pack("{s:s, s:o, s:s, s:s, s:o, s:o, s:b}", "name", x->name, "vendor", opt(x->vendor), "kind", x->kind,
			"hosting", x->hosting, "admin_domain", opt(x->admin_domain),
			"rto_hours", hours_json(x->rto_hours), "internet_exposed", x->internet_exposed));
	}
	for (size_t i = 0; i < reg.n_vendors; i++) {
		const struct ros_vendor *x = &reg.vendors[i];
		json_array_append_new(vendors, json_pack("{s:s, s:o, s:b, s:o}", "name", x->name, "support_phone", opt(x->support_phone), "support_24_7", x->support_247,
			"rto_hours", hours_json(x->rto_hours)));
	}
	for (size_t i = 0; i < reg.n_deps; i++) {
		const struct ros_dependency *x = &reg.deps[i];
		json_array_append_new(deps, json_pack("{s:s, s:s, s:s, s:s, s:s, s:i}", "from_kind",
			ros_node_kind_code(x->from_kind), "from", x->from_name ? x->from_name : "",
			"to_kind", ros_node_kind_code(x->to_kind), "to", x->to_name ? x->to_name : "",
			"kind", x->kind, "alternative_group", x->alt_group));
	}
	resp_json(r, 200, json_pack("{s:o, s:o, s:o, s:o}", "services", services, "systems", systems,
				    "vendors", vendors, "dependencies", deps));
}

/* ?fail=NAME&fail=NAME... or ?domain=D, and mode=unavailable|untrusted. */
void h_api_ros_impact(struct req *r)
{
	const char *names[IMPACT_NAMES_MAX + 1], *mode = req_query(r, "mode");
	struct impact_query q = { .names = names, .n_names = req_query_all(r, "fail", names, IMPACT_NAMES_MAX + 1),
				  .domain = req_query(r, "domain"), .untrusted = mode && strcmp(mode, "untrusted") == 0 };
	struct impact_result res;
	if (mode && !q.untrusted && strcmp(mode, "unavailable") != 0) {
		resp_error(r, 400, T("«mode» må være unavailable eller untrusted."));
		return;
	}
	if (impact_run(r->db, r->a, r->user.tenant_id, &q, &res, &r->err) < 0) {
		resp_error(r, r->err.kind == ERR_NOT_FOUND ? 404 : 400, r->err.msg);
		return;
	}
	resp_json(r, 200, impact_json(&res));
}

/* Every system with its posture (all fields; null where unknown). */
void h_api_posture(struct req *r)
{
	struct ros_register reg;
	struct posture *p;
	size_t n, k = 0;
	if (store_ros_load_own(r->db, r->a, r->user.tenant_id, &reg, &r->err) < 0 ||
	    store_posture_list(r->db, r->a, r->user.tenant_id, &p, &n, &r->err) < 0) {
		resp_store_error(r);
		return;
	}
	json_t *arr = json_array();
	for (size_t i = 0; i < reg.n_systems; i++) {
		struct posture unknown;
		const struct ros_system *s = &reg.systems[i];
		const struct posture *q = posture_of(p, n, &k, s->id, &unknown);
		json_t *o = posture_json(q, s->name);
		json_object_set_new(o, "described", json_boolean(q != &unknown));
		json_array_append_new(arr, o);
	}
	resp_json(r, 200, json_pack("{s:o}", "systems", arr));
}

/* POST /api/v1/posture: {"system": NAME, fields...}; the fields given change, the others
 * stay. By name, as everywhere: no database key in the API either. */
void h_api_posture_set(struct req *r)
{
	struct ros_register reg;
	struct posture p;
	struct store_stamp st = req_stamp(r);
	json_t *j = body(r);
	if (!j)
		return;
	const char *name = json_string_value(json_object_get(j, "system"));
	size_t at = (size_t)-1;
	if (store_ros_load_own(r->db, r->a, r->user.tenant_id, &reg, &r->err) < 0) {
		json_decref(j);
		resp_store_error(r);
		return;
	}
	for (size_t i = 0; name && i < reg.n_systems; i++)
		if (strcmp(reg.systems[i].name, name) == 0)
			at = i;
	if (at == (size_t)-1) {
		json_decref(j);
		resp_error(r, name ? 404 : 400, name ? T("Systemet finnes ikke.") : T("Oppgi systemet ved navn i feltet «system»."));
		return;
	}
	if (store_posture_get(r->db, r->a, r->user.tenant_id, reg.systems[at].id, &p, &r->err) < 0) {
		json_decref(j);
		resp_store_error(r);
		return;
	}
	int rc = posture_json_apply(r->a, j, &p, &r->err);
	json_decref(j);
	if (rc < 0 || store_posture_put(r->db, r->a, r->user.tenant_id, &p, &st, &r->err) < 0) {
		resp_error(r, 400, r->err.msg);
		return;
	}
	resp_json(r, 200, posture_json(&p, reg.systems[at].name));
}

/* The findings, open ones first as on the page; ?alle=1 for resolved and accepted too. */
void h_api_findings(struct req *r)
{
	struct finding *f;
	size_t n;
	bool all = req_query(r, "alle") != NULL;
	if (store_finding_list(r->db, r->a, r->user.tenant_id, &f, &n, &r->err) < 0) {
		resp_store_error(r);
		return;
	}
	json_t *arr = json_array();
	for (size_t i = 0; i < n; i++) {
		if (!all && !finding_open(f[i].status))
			continue;
		json_array_append_new(arr, json_pack("{s:i, s:s, s:s, s:s, s:s, s:s, s:o, s:o, s:o, s:o, s:b}",
			"no", f[i].no, "rule", f[i].rule, "object", f[i].object_name, "severity",
			severity_code(f[i].severity), "status", finding_status_code(f[i].status), "detail", finding_detail(&f[i], r->lang),
			"owner", opt(f[i].owner), "first_seen", io_json_date(f[i].first_seen), "due",
			io_json_date(f[i].due), "acknowledged_on", io_json_date(f[i].acknowledged_on),
			"overdue", finding_open(f[i].status) && f[i].due < r->today));
		const struct finding_rule *rule = finding_rule(f[i].rule);
		if (rule && rule->confidence)       /* a catalog match: how sure */
			json_object_set_new(json_array_get(arr, json_array_size(arr) - 1), "confidence",
					    json_string(rule->confidence));
	}
	resp_json(r, 200, json_pack("{s:o}", "findings", arr));
}
