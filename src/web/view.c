/* view.c: see view.h. */
#include "web/view.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/checks.h"
#include "app/prep_docs.h"
#include "store/finding.h"
#include "store/membership.h"
#include "store/prep.h"
#include "store/report.h"
#include "store/tenant.h"

struct page_frame view_page(struct req *r, const char *title, const char *active)
{
	struct page_frame p = { .lang = r->lang, .title = title, .active = active,
			  .logged_in = r->logged_in, .role = r->user.role,
			  .tenant = r->logged_in ? r->tenant_name : NULL,
			  .tenant_code = r->logged_in ? r->tenant_code : NULL };
	if (r->logged_in) {
		struct err ignored;
		err_init(&ignored, r->lang);
		p.user = r->user.name && *r->user.name ? r->user.name : r->user.email;
		p.csrf = r->session.csrf;
		struct membership *all = NULL;
		if (store_membership_list(r->db, r->a, r->user.id, &all, &p.n_tenants, &ignored) < 0)
			fprintf(stderr, "beredt: the account's tenants could not be read for the switcher: %s\n", ignored.msg);
		p.tenants = all;
		if (store_incident_active(r->db, r->a, r->user.tenant_id, &p.incident, &p.incident_title, &ignored) < 0)
			fprintf(stderr, "beredt: the open incident could not be read for the banner: %s\n", ignored.msg);
	} else if (r->has_session) {
		p.csrf = r->session.csrf;
	}
	if (r->has_session && r->session.flash && !r->post) {
		p.flash = r->session.flash;
		struct err ignored;
		err_init(&ignored, r->lang);
		if (store_session_flash(r->db, r->sid, NULL, &ignored) < 0)
			fprintf(stderr, "beredt: a shown message could not be cleared: %s\n", ignored.msg);
	}
	return p;
}

int view_report(struct req *r, int no, struct report *out)
{
	struct tenant *t = arena_alloc(r->a, sizeof(*t));
	struct report_input *in = arena_alloc(r->a, sizeof(*in));
	if (!t || !in)
		return err_set(&r->err, "Tom for minne.");
	if (store_tenant_by_id(r->db, r->a, r->user.tenant_id, t, &r->err) < 0 ||
	    store_report_input(r->db, r->a, t, no, r->today, r->now, in, &r->err) < 0)
		return -1;
	/* the report still shows without what the registers say, should they fail to load */
	struct evidence *ev = arena_alloc(r->a, EV_COUNT * sizeof(*ev));
	struct err ignored;
	err_init(&ignored, r->lang);
	if (ev && checks_evidence_loaded(r->db, r->a, t->id, r->today, in->reg, in->graph, in->actions, in->n_actions,
					 in->findings, in->n_findings, ev, &ignored) == 0)
		in->evidence = ev;
	struct report_prep *rp = arena_alloc(r->a, sizeof(*rp));
	struct check_settings set;
	if (rp && store_check_settings_load(r->db, t->id, &set, &ignored) == 0 &&
	    prep_report(r->db, r->a, t->id, r->today, set.contact_days, rp, &ignored) == 0)
		in->prep = rp;
	return report_build(r->a, in, out, &r->err);
}

int view_number(const char *s, int *out)
{
	char *end;
	if (!s || *s < '0' || *s > '9')
		return -1;
	long v = strtol(s, &end, 10);
	if (*end || v <= 0 || v > 1000000000)
		return -1;
	*out = (int)v;
	return 0;
}
