/* h_prep.c: preparedness on the web (measures 4a–5b; app/prep_docs.h): the contingency plan
 * with its crisis organisation and action cards, the contacts with a button to verify
 * each, the exercises whose lessons become actions, the insurance offers side by side,
 * and the offline crisis kit to download (the lists are in h_prep_items.c). Everyone reads;
 * redaktør and above change.
 * Every form carries the version it was made from, so two people editing at once cannot
 * overwrite each other unseen. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/prep_docs.h"
#include "model/assess.h"
#include "render/preparedness_html.h"
#include "render/html.h"
#include "render/page.h"
#include "store/finding.h"
#include "util/date.h"
#include "util/seal.h"
#include "store/attachment.h"
#include "web/handlers.h"
#include "web/h_prep.h"
#include "web/view.h"


bool h_prep_load(struct req *r, struct prep_all *p)
{
	if (prep_load(r->db, r->a, r->user.tenant_id, r->today, p, &r->err) < 0) {
		resp_store_error(r);
		return false;
	}
	return true;
}

/* The version a form was made from; -1 when missing. */
int h_prep_based_on(struct req *r)
{
	const char *v = req_field(r, "versjon");
	char *end;
	long n = v && *v ? strtol(v, &end, 10) : -1;
	return v && *v && !*end && n >= 0 && n < 1000000000 ? (int)n : -1;    /* 0: never saved */
}

bool h_prep_editor(struct req *r)
{
	return role_allows(r->user.role, ROLE_REDAKTOR);
}

struct preparedness_view h_prep_view(struct req *r, const struct page_frame *pg)
{
	struct preparedness_view v = { .a = r->a, .lang = r->lang, .pg = pg, .today = r->today,
				       .editor = h_prep_editor(r) };
	struct attachment *xs;
	if (store_attach_list(r->db, r->a, r->user.tenant_id, NULL, &xs, &v.n_files, &r->err) == 0)
		v.files = xs;
	else
		v.n_files = 0;
	return v;
}

void h_prep_page(struct req *r, int status, const char *error)
{
	struct prep_all p;
	struct check_settings set;
	struct buf *b = &r->out;
	struct page_frame pg = view_page(r, T("Beredskap"), "beredskap");
	pg.error = error;
	if (!h_prep_load(r, &p))
		return;
	if (store_check_settings_load(r->db, r->user.tenant_id, &set, &r->err) < 0) {
		resp_store_error(r);
		return;
	}
	page_begin(b, &pg);
	HTML_LIT(b, "<p>");
	html_text(b, T("Beredskapsplanen, kontaktene, øvelsene, forsikringen og beredskapspakken (KS-tiltak 4a–5b)."));
	HTML_LIT(b, " ");
	page_link(b, "/beredskap/forsikring", T("Forsikringer og tilbud side om side"));
	HTML_LIT(b, "</p>");
	struct preparedness_view v = h_prep_view(r, &pg);
	v.stale_days = set.contact_days;
	struct prep_scenario *sc = NULL;
	struct err ignored;
	err_init(&ignored, r->lang);
	/* scenarios to exercise, from the ROS analysis (the form offers them; none if unread) */
	if (v.editor && prep_scenarios(r->db, r->a, r->user.tenant_id, &sc, &v.n_scenarios, &ignored) == 0)
		v.scenarios = sc;
	else
		v.n_scenarios = 0;
	preparedness_sections(b, &v, &p);
	h_prep_incidents(r, &pg);
	preparedness_kit_section(b, &v);
	page_end(b, &pg);
	resp_html(r, status);
}

void h_prep(struct req *r)
{
	h_prep_page(r, 200, NULL);
}

/* ---- the plan ---- */

void h_prep_plan_template(struct req *r)
{
	struct prep_all p;
	struct prep_plan tmpl;
	struct store_stamp st = req_stamp(r);
	if (!h_prep_load(r, &p))
		return;
	if (p.version[PREP_PLAN]) {
		h_prep_page(r, 400, T("Kommunen har allerede en beredskapsplan."));
		return;
	}
	if (prep_plan_template(r->a, &tmpl) < 0 ||
	    prep_save_plan(r->db, r->a, r->user.tenant_id, &tmpl, 0, "fra malen", &st, &r->err) < 0) {
		h_prep_page(r, 400, r->err.msg);
		return;
	}
	req_flash(r, T("Beredskapsplanen er laget fra malen. Fyll inn kriseorganisasjonen og tilpass tiltakskortene."));
	resp_redirect(r, "/beredskap/plan");
}

static void plan_form(struct req *r, int status, const struct prep_plan *plan, int version, const char *error)
{
	struct page_frame pg = view_page(r, T("Beredskapsplanen"), "beredskap");
	pg.error = error;
	struct preparedness_view v = h_prep_view(r, &pg);
	page_begin(&r->out, &pg);
	preparedness_plan_form(&r->out, &v, plan, version);
	page_end(&r->out, &pg);
	resp_html(r, status);
}

void h_prep_plan_get(struct req *r)
{
	struct prep_all p;
	if (!h_prep_load(r, &p))
		return;
	if (!p.version[PREP_PLAN]) {
		resp_redirect(r, "/beredskap");
		return;
	}
	plan_form(r, 200, &p.plan, p.version[PREP_PLAN], NULL);
}

void h_prep_plan_post(struct req *r)
{
	struct prep_all p;
	struct store_stamp st = req_stamp(r);
	if (!h_prep_load(r, &p))
		return;
	struct prep_plan next = p.plan;
	size_t max = p.plan.n_roles + PREPAREDNESS_ROLE_ROWS;
	next.roles = arena_alloc(r->a, (max + 1) * sizeof(*next.roles));
	next.n_roles = 0;
	if (!next.roles) {
		resp_error(r, 500, T("Tom for minne."));
		return;
	}
	for (size_t i = 0; i < max; i++) {
		const char *role = req_field(r, arena_printf(r->a, "rolle-%zu", i + 1));
		if (!role || !*role)
			continue;     /* an emptied role is removed */
		const char *person = req_field(r, arena_printf(r->a, "person-%zu", i + 1));
		const char *deputy = req_field(r, arena_printf(r->a, "stedfortreder-%zu", i + 1));
		const char *phone = req_field(r, arena_printf(r->a, "telefon-%zu", i + 1));
		next.roles[next.n_roles++] = (struct prep_role){ role, person && *person ? person : NULL,
								 deputy && *deputy ? deputy : NULL, phone && *phone ? phone : NULL };
	}
	const char *act = req_field(r, "aktivering"), *months = req_field(r, "maaneder");
	next.activation = act && *act ? act : NULL;
	int m;
	if (!months || view_number(months, &m) < 0) {
		plan_form(r, 400, &next, p.version[PREP_PLAN], T("Oppgi hvor mange måneder det går mellom gjennomgangene."));
		return;
	}
	next.review_months = m;
	if (req_field(r, "gjennomgatt"))
		next.reviewed_on = r->today;
	if (req_field(r, "lederrapport"))
		next.leader_report_on = r->today;
	if (prep_save_plan(r->db, r->a, r->user.tenant_id, &next, h_prep_based_on(r), "endret på nettet", &st, &r->err) < 0) {
		plan_form(r, 400, &next, p.version[PREP_PLAN], r->err.msg);
		return;
	}
	req_flash(r, T("Beredskapsplanen er lagret."));
	resp_redirect(r, "/beredskap#plan");
}

static void card_form(struct req *r, int status, const struct prep_card *c, int version, const char *error)
{
	struct page_frame pg = view_page(r, arena_printf(r->a, T("Tiltakskort: %s"), c->title), "beredskap");
	pg.error = error;
	struct preparedness_view v = h_prep_view(r, &pg);
	page_begin(&r->out, &pg);
	preparedness_card_form(&r->out, &v, c, version);
	page_end(&r->out, &pg);
	resp_html(r, status);
}

static struct prep_card *find_card(struct prep_plan *p, const char *scenario)
{
	for (size_t i = 0; i < p->n_cards; i++)
		if (scenario && strcmp(p->cards[i].scenario, scenario) == 0)
			return &p->cards[i];
	return NULL;
}

void h_prep_card_get(struct req *r)
{
	struct prep_all p;
	if (!h_prep_load(r, &p))
		return;
	struct prep_card *c = find_card(&p.plan, r->param);
	if (!c) {
		resp_error(r, 404, T("Tiltakskortet finnes ikke."));
		return;
	}
	card_form(r, 200, c, p.version[PREP_PLAN], NULL);
}

void h_prep_card_post(struct req *r)
{
	struct prep_all p;
	struct store_stamp st = req_stamp(r);
	if (!h_prep_load(r, &p))
		return;
	struct prep_card *c = find_card(&p.plan, r->param);
	if (!c) {
		resp_error(r, 404, T("Tiltakskortet finnes ikke."));
		return;
	}
	const char *f[] = { req_field(r, "tittel"), req_field(r, "forste-time"), req_field(r, "hvem"),
			    req_field(r, "varsling"), req_field(r, "ansatte"), req_field(r, "innbyggere") };
	for (int i = 0; i < 6; i++)
		if (f[i] && !*f[i])
			f[i] = NULL;
	c->title = f[0];
	c->first_hour = f[1];
	c->who = f[2];
	c->notify = f[3];
	c->staff = f[4];
	c->public_text = f[5];
	if (prep_save_plan(r->db, r->a, r->user.tenant_id, &p.plan, h_prep_based_on(r),
			   arena_printf(r->a, "tiltakskort %s", c->scenario), &st, &r->err) < 0) {
		if (!c->title)
			c->title = c->scenario;
		card_form(r, 400, c, p.version[PREP_PLAN], r->err.msg);
		return;
	}
	req_flash(r, T("Tiltakskortet er lagret."));
	resp_redirect(r, arena_printf(r->a, "/beredskap/kort/%s", c->scenario));
}
