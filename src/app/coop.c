/* app/coop.c: see coop.h. */
#include "app/coop.h"

#include <stdlib.h>
#include <string.h>

#include "app/prep_docs.h"
#include "store/action.h"
#include "store/answer.h"
#include "store/catalog.h"
#include "store/prep.h"
#include "store/round.h"
#include "model/ros.h"
#include "store/coop.h"
#include "store/finding.h"
#include "store/ros.h"
#include "util/date.h"

static int members_of(struct db *db, struct arena *a, int64_t coop, struct tenant **out, size_t *n, struct err *e)
{
	struct coop_member *m;
	if (store_coop_members(db, a, coop, false, &m, n, e) < 0)
		return -1;
	*out = arena_alloc(a, (*n + 1) * sizeof(**out));
	if (!*out)
		return err_set(e, "Tom for minne.");
	for (size_t i = 0; i < *n; i++)
		(*out)[i] = m[i].member;
	return 0;
}

/* Every member's register (with the shared systems) in a few queries; *regs parallel to m. */
static int load_members(struct db *db, struct arena *a, int64_t coop, const struct ros_register *own,
			const struct tenant *m, size_t n, struct ros_register **regs, struct err *e)
{
	int64_t *ids = arena_alloc(a, (n + 1) * sizeof(*ids));
	*regs = arena_alloc(a, (n + 1) * sizeof(**regs));
	if (!ids || !*regs)
		return err_set(e, "Tom for minne.");
	for (size_t k = 0; k < n; k++)
		ids[k] = m[k].id;
	return store_ros_load_members(db, a, coop, own, ids, n, *regs, e);
}

static const char *round_state(const struct round *r)
{
	return !r ? NULL : r->approved_at ? N_("godkjent") : r->closed_at ? N_("lukket") : N_("åpen");
}

static int kit_age(const char *written, int32_t today)
{
	int32_t d;
	char day[DATE_TEXT];
	if (!written || strlen(written) < DATE_TEXT - 1)
		return -1;
	memcpy(day, written, DATE_TEXT - 1);
	day[DATE_TEXT - 1] = '\0';
	return date_parse(day, &d) == 0 && d <= today ? (int)(today - d) : -1;
}

/* One member's figures from the few rows they need (not its whole report: the page asks
 * for twenty at once). catalogs caches the catalogs already read. */
static int member_row(struct db *db, struct arena *a, int32_t today, struct coop_row *r, struct catalog **catalogs,
		      size_t *n_catalogs, struct err *e)
{
	struct round rd;
	struct answer *ans;
	struct action *acts;
	struct finding *f;
	struct prep_all prep;
	size_t n_ans, n_acts, nf;
	int64_t kit_head, head;
	const char *written;
	struct err soft;
	err_init(&soft, e->lang);
	/* a member without a round yet is a row without figures, not a failed page */
	if (store_round_get(db, a, r->member.id, 0, &rd, &soft) < 0)
		return soft.kind == ERR_NOT_FOUND ? 0 : err_set(e, "%s: %s", r->member.name, soft.msg);
	struct catalog *c = NULL;
	for (size_t i = 0; i < *n_catalogs && !c; i++)
		if (strcmp(catalogs[i]->id, rd.catalog_id) == 0)
			c = catalogs[i];
	if (!c) {
		if (store_catalog_get(db, a, rd.catalog_id, &c, e) < 0)
			return -1;
		catalogs[(*n_catalogs)++] = c;
	}
	if (store_answers_load(db, a, r->member.id, rd.id, &ans, &n_ans, e) < 0 ||
	    store_action_list(db, a, r->member.id, &acts, &n_acts, e) < 0 ||
	    store_finding_list(db, a, r->member.id, &f, &nf, e) < 0 ||
	    store_kit_state(db, r->member.id, &kit_head, &head, &written, a, e) < 0 ||
	    prep_load(db, a, r->member.id, today, &prep, e) < 0)
		return -1;
	struct round *keep = arena_alloc(a, sizeof(*keep));
	r->areas = arena_alloc(a, (c->n_groups + 1) * sizeof(*r->areas));
	if (!keep || !r->areas)
		return err_set(e, "Tom for minne.");
	*keep = rd;
	readiness_compute(c, ans, n_ans, r->areas, &r->overall);
	r->catalog = c;
	r->have = true;
	r->round_state = round_state(keep);
	for (size_t i = 0; i < n_acts; i++)
		r->overdue += action_is_overdue(&acts[i], today);
	for (size_t i = 0; i < nf; i++)
		r->critical_high += finding_open(f[i].status) && (f[i].severity == SEV_KRITISK || f[i].severity == SEV_HOY);
	r->kit_age_days = kit_age(written, today);
	for (size_t i = 0; i < prep.exercises.n; i++)
		if (prep.exercises.items[i].held && prep.exercises.items[i].date <= today &&
		    (r->last_exercise == DATE_NONE || prep.exercises.items[i].date > r->last_exercise))
			r->last_exercise = prep.exercises.items[i].date;
	return 0;
}

int coop_overview(struct db *db, struct arena *a, int64_t coop, int32_t today, struct coop_row **out, size_t *n,
		  struct err *e)
{
	struct tenant *m;
	if (members_of(db, a, coop, &m, n, e) < 0)
		return -1;
	*out = arena_alloc(a, (*n + 1) * sizeof(**out));
	struct catalog **catalogs = arena_alloc(a, (*n + 1) * sizeof(*catalogs));
	size_t n_catalogs = 0;
	if (!*out || !catalogs)
		return err_set(e, "Tom for minne.");
	for (size_t i = 0; i < *n; i++) {
		(*out)[i] = (struct coop_row){ .member = m[i], .kit_age_days = -1, .last_exercise = DATE_NONE };
		if (member_row(db, a, today, &(*out)[i], catalogs, &n_catalogs, e) < 0)
			return -1;
	}
	return 0;
}

static int hit_order(const void *x, const void *y)
{
	const struct coop_hit *a = x, *b = y;
	if (a->s.criticality != b->s.criticality)
		return b->s.criticality - a->s.criticality;
	int32_t ma = a->s.mtd_hours == ROS_UNKNOWN ? INT32_MAX : a->s.mtd_hours;
	int32_t mb = b->s.mtd_hours == ROS_UNKNOWN ? INT32_MAX : b->s.mtd_hours;
	if (ma != mb)
		return ma < mb ? -1 : 1;
	if (a->s.exceeded != b->s.exceeded)
		return b->s.exceeded > a->s.exceeded ? 1 : -1;
	int c = strcmp(a->member->kommunenr, b->member->kommunenr);
	return c ? c : strcmp(a->s.name, b->s.name);
}

/* The cooperation's own names checked against its own register. */
static int check_names(const struct ros_register *own, const struct impact_query *q, struct err *e)
{
	for (size_t i = 0; i < q->n_names; i++) {
		size_t v = q->names[i] ? ros_register_find(own, q->names[i]) : (size_t)-1;
		if (v == (size_t)-1 || v < own->n_services)
			return err_missing(e, "«%s» er ikke et av samarbeidets systemer eller leverandører.",
					   q->names[i] ? q->names[i] : "");
	}
	return 0;
}

int coop_impact_run(struct db *db, struct arena *a, int64_t coop, const struct impact_query *q,
		    struct coop_impact *out, struct err *e)
{
	size_t cap = 0;
	memset(out, 0, sizeof(*out));
	out->untrusted = q->untrusted;
	if (q->n_names > IMPACT_NAMES_MAX)
		return err_set(e, "Høyst %d systemer og leverandører om gangen.", IMPACT_NAMES_MAX);
	struct ros_register own;
	if (store_ros_load_own(db, a, coop, &own, e) < 0 || check_names(&own, q, e) < 0 ||
	    members_of(db, a, coop, &out->members, &out->n_members, e) < 0)
		return -1;
	/* each member knows the shared entries as "felles:NAME" */
	const char **names = arena_alloc(a, (q->n_names + 1) * sizeof(*names));
	out->results = arena_alloc(a, (out->n_members + 1) * sizeof(*out->results));
	if (!names || !out->results)
		return err_set(e, "Tom for minne.");
	for (size_t i = 0; i < q->n_names; i++)
		names[i] = arena_printf(a, ROS_SHARED "%s", q->names[i]);
	struct impact_query mq = *q;
	mq.names = names;
	struct ros_register *regs;
	if (load_members(db, a, coop, &own, out->members, out->n_members, &regs, e) < 0)
		return -1;
	for (size_t k = 0; k < out->n_members; k++) {
		struct err one;
		err_init(&one, e->lang);
		/* a domain no system of this member is run from stops nothing here */
		if (impact_answer(a, &regs[k], &mq, &out->results[k], &one) < 0) {
			if (one.kind == ERR_NOT_FOUND && q->domain && *q->domain) {
				out->results[k].n = 0;
				continue;
			}
			return err_set(e, "%s: %s", out->members[k].name, one.msg);
		}
		for (size_t i = 0; i < out->results[k].n; i++) {
			struct coop_hit *h = arena_push(a, (void **)&out->hits, &out->n, &cap, sizeof(*h));
			if (!h)
				return err_set(e, "Tom for minne.");
			*h = (struct coop_hit){ &out->members[k], out->results[k].services[i] };
		}
	}
	bool any = out->n > 0;
	for (size_t k = 0; !any && k < out->n_members; k++)
		any = out->results[k].n_failed > 0;
	if (q->domain && *q->domain && !any)
		return err_missing(e, "Ingen systemer administreres fra domenet «%s».", q->domain);
	if (out->n)
		qsort(out->hits, out->n, sizeof(*out->hits), hit_order);
	return 0;
}

int coop_dependants_run(struct db *db, struct arena *a, int64_t coop, struct coop_dependants **out, size_t *n,
			struct err *e)
{
	struct ros_register own;
	struct tenant *m;
	size_t nm, *caps;
	if (store_ros_load_own(db, a, coop, &own, e) < 0 || members_of(db, a, coop, &m, &nm, e) < 0)
		return -1;
	*n = own.n_systems + own.n_vendors;
	*out = arena_alloc(a, (*n + 1) * sizeof(**out));
	caps = arena_alloc(a, (*n + 1) * sizeof(*caps));
	if (!*out || !caps)
		return err_set(e, "Tom for minne.");
	for (size_t i = 0; i < *n; i++) {
		(*out)[i] = (struct coop_dependants){ i < own.n_systems ? own.systems[i].name
							 : own.vendors[i - own.n_systems].name, NULL, 0, 0 };
		caps[i] = 0;
	}
	/* one graph per member, each shared entry failed alone on it */
	for (size_t k = 0; k < nm; k++) {
		struct ros_register r;
		struct ros_graph g;
		struct ros_work w;
		if (store_ros_graph(db, a, m[k].id, &r, &g, e) < 0 || ros_work_init(a, &g, &w, e) < 0)
			return -1;
		for (size_t i = 0; i < *n; i++) {
			struct coop_dependants *d = &(*out)[i];
			size_t v = ros_register_find(&r, arena_printf(a, ROS_SHARED "%s", d->name)), nh;
			struct ros_hit *h;
			if (v == (size_t)-1)
				continue;
			ros_fail(&w, &v, 1, true);
			if (ros_hits(a, &w, &h, &nh) < 0)
				return err_set(e, "Tom for minne.");
			d->members += nh > 0;
			for (size_t j = 0; j < nh; j++) {
				struct coop_hit *x = arena_push(a, (void **)&d->hits, &d->n, &caps[i], sizeof(*x));
				if (!x)
					return err_set(e, "Tom for minne.");
				const struct ros_node *s = &g.nodes[h[j].node];
				*x = (struct coop_hit){ &m[k], { h[j].node, s->name, s->criticality, h[j].recovery, s->mtd_hours,
							       h[j].exceeded, s->personal_data, s->special_categories } };
			}
		}
	}
	for (size_t i = 0; i < *n; i++)   /* across the members, in the order to restore */
		if ((*out)[i].n)
			qsort((*out)[i].hits, (*out)[i].n, sizeof(*(*out)[i].hits), hit_order);
	return 0;
}

static int by_weight(const void *x, const void *y)
{
	const struct coop_dependants *a = x, *b = y;
	if (a->n != b->n)
		return a->n < b->n ? 1 : -1;
	return strcmp(a->name, b->name);
}

static int by_severity(const void *x, const void *y)
{
	const struct finding *a = x, *b = y;
	if (a->severity != b->severity)
		return (int)b->severity - (int)a->severity;
	return a->no - b->no;
}

int coop_report_run(struct db *db, struct arena *a, const struct tenant *coop, int32_t today, const char *now,
		    struct coop_report *out, struct err *e)
{
	struct ros_register own;
	struct finding *f;
	size_t nf, cap = 0;
	memset(out, 0, sizeof(*out));
	out->coop = coop;
	out->generated_at = now;
	out->today = today;
	if (coop_overview(db, a, coop->id, today, &out->rows, &out->n_rows, e) < 0 ||
	    coop_dependants_run(db, a, coop->id, &out->deps, &out->n_deps, e) < 0 ||
	    store_ros_load_own(db, a, coop->id, &own, e) < 0 || store_finding_list(db, a, coop->id, &f, &nf, e) < 0)
		return -1;
	if (out->n_deps)
		qsort(out->deps, out->n_deps, sizeof(*out->deps), by_weight);
	/* each administrative domain the cooperation runs systems from, compromised */
	for (size_t i = 0; i < own.n_systems; i++) {
		const char *d = own.systems[i].admin_domain;
		bool seen = !d || !*d;
		for (size_t k = 0; !seen && k < out->n_domains; k++)
			seen = strcmp(out->domains[k].domain, d) == 0;
		if (seen)
			continue;
		struct coop_domain *x = arena_push(a, (void **)&out->domains, &out->n_domains, &cap, sizeof(*x));
		if (!x)
			return err_set(e, "Tom for minne.");
		struct impact_query q = { .domain = d };
		x->domain = d;
		if (coop_impact_run(db, a, coop->id, &q, &x->impact, e) < 0)
			return -1;
	}
	size_t k = 0;
	for (size_t i = 0; i < nf; i++)
		if (finding_open(f[i].status))
			f[k++] = f[i];
	if (k)
		qsort(f, k, sizeof(*f), by_severity);
	out->findings = f;
	out->n_findings = k;
	return 0;
}
