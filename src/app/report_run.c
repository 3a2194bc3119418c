/* app/report_run.c: see report_run.h. */
#include "app/report_run.h"

#include <string.h>

#include "app/checks.h"
#include "app/prep_docs.h"
#include "store/attachment.h"
#include "store/user.h"
#include "store/finding.h"
#include "store/report.h"
#include "store/ros.h"
#include "store/tenant.h"

/* The member's cooperation, from what the report has read and the cooperation's own. */
static int report_coop_gather(struct db *db, struct arena *a, int64_t tenant, struct report_input *in, struct err *e)
{
	int64_t coop;
	struct tenant ct;
	struct prep_all prep;
	struct finding *f;
	size_t nf;
	struct ros_work w;
	if (store_ros_coop_of(db, tenant, &coop, e) < 0 || !coop)
		return coop ? -1 : 0;
	struct report_coop *c = arena_alloc(a, sizeof(*c));
	const struct ros_register *reg = in->reg;
	if (!c)
		return err_set(e, "Tom for minne.");
	memset(c, 0, sizeof(*c));
	if (store_tenant_by_id(db, a, coop, &ct, e) < 0 || prep_load(db, a, coop, in->today, &prep, e) < 0 ||
	    store_finding_shared(db, a, tenant, &f, &nf, e) < 0 || ros_work_init(a, in->graph, &w, e) < 0)
		return -1;
	c->name = ct.name;
	c->contacts = prep.contacts.items;
	c->n_contacts = prep.contacts.n;
	c->findings_open = nf;
	for (size_t i = 0; i < nf; i++)
		c->findings_by_severity[f[i].severity]++;
	c->systems = arena_alloc(a, (reg->n_systems + 1) * sizeof(*c->systems));
	c->services = arena_alloc(a, (reg->n_systems + 1) * sizeof(*c->services));
	if (!c->systems || !c->services)
		return err_set(e, "Tom for minne.");
	for (size_t i = 0; i < reg->n_systems; i++) {
		struct ros_hit *h;
		size_t nh, v = reg->n_services + i;
		if (!reg->systems[i].shared)
			continue;
		ros_fail(&w, &v, 1, false);
		if (ros_hits(a, &w, &h, &nh) < 0)
			return err_set(e, "Tom for minne.");
		c->systems[c->n_systems] = &reg->systems[i];
		c->services[c->n_systems++] = (int)nh;
	}
	in->coop = c;
	return 0;
}

const char *report_person(struct db *db, struct arena *a, int64_t tenant, const char *who)
{
	struct user u;
	bool found = false;
	struct err ignored;
	err_init(&ignored, LANG_NB);
	if (!who || !strchr(who, '@') || store_user_member(db, a, tenant, who, &u, &found, &ignored) < 0 || !found ||
	    !u.name || !*u.name)
		return who;
	return u.name;
}

/* The round with names, not addresses, for who closed and approved it (arena). */
static const struct round *named_round(struct db *db, struct arena *a, int64_t tenant, const struct round *r)
{
	struct round *x = r ? arena_alloc(a, sizeof(*x)) : NULL;
	if (!x)
		return r;
	*x = *r;
	x->closed_by = report_person(db, a, tenant, r->closed_by);
	x->approved_by = report_person(db, a, tenant, r->approved_by);
	return x;
}

int report_run(struct db *db, struct arena *a, const struct tenant *t, int no, int32_t today, const char *now,
	       bool strict, struct report *out, struct err *e)
{
	struct report_input *in = arena_alloc(a, sizeof(*in));
	struct evidence *ev = arena_alloc(a, EV_COUNT * sizeof(*ev));
	struct report_prep *rp = arena_alloc(a, sizeof(*rp));
	if (!in || !ev || !rp)
		return err_set(e, "Tom for minne.");
	if (store_report_input(db, a, t, no, today, now, in, e) < 0)
		return -1;
	in->round = named_round(db, a, t->id, in->round);
	if (in->prev_round)
		in->prev_round = named_round(db, a, t->id, in->prev_round);
	struct err soft;
	err_init(&soft, e->lang);
	struct err *pe = strict ? e : &soft;
	if (checks_evidence_loaded(db, a, t->id, today, in->reg, in->graph, in->actions, in->n_actions, in->findings,
				   in->n_findings, ev, pe) == 0)
		in->evidence = ev;
	else if (strict)
		return -1;
	struct check_settings set;
	if (store_check_settings_load(db, t->id, &set, pe) == 0 &&
	    prep_report(db, a, t->id, today, set.contact_days, rp, pe) == 0)
		in->prep = rp;
	else if (strict)
		return -1;
	if (report_coop_gather(db, a, t->id, in, pe) < 0 && strict)
		return -1;
	struct attachment *xs;
	size_t nx;
	if (store_attach_list(db, a, t->id, NULL, &xs, &nx, pe) == 0) {
		/* the live ones: what stands as evidence today */
		size_t k = 0;
		for (size_t i = 0; i < nx; i++)
			if (attach_live(&xs[i]))
				xs[k++] = xs[i];
		in->attachments = xs;
		in->n_attachments = k;
	} else if (strict) {
		return -1;
	}
	return report_build(a, in, out, e);
}
