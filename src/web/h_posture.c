/* h_posture.c: the security posture of each system (model/posture.h) on the web: an
 * overview of all systems with what is missing, and one form per system. Everyone sees
 * them; redaktør and above change them. A change runs nothing by itself: the next check
 * (at most an hour away, or beredt check) turns it into findings. */
#include <stdio.h>
#include <string.h>

#include "model/posture.h"
#include "render/profiles.h"
#include "store/posture.h"
#include "store/ros.h"
#include "store/tenant.h"
#include "web/handlers.h"
#include "web/view.h"

/* The cooperation's systems as a member names them ("felles:NAME"), and their profiles. */
struct shared {
	int64_t coop;
	const char *name;
	struct ros_register reg;
	struct posture *p;
	size_t n;
};

static int shared_of(struct req *r, struct shared *sh)
{
	struct tenant t;
	memset(sh, 0, sizeof(*sh));
	if (store_ros_coop_of(r->db, r->user.tenant_id, &sh->coop, &r->err) < 0)
		return -1;
	if (!sh->coop)
		return 0;
	if (store_tenant_by_id(r->db, r->a, sh->coop, &t, &r->err) < 0 ||
	    store_ros_load_own(r->db, r->a, sh->coop, &sh->reg, &r->err) < 0 ||
	    store_posture_list(r->db, r->a, sh->coop, &sh->p, &sh->n, &r->err) < 0)
		return -1;
	sh->name = t.name;
	for (size_t i = 0; i < sh->reg.n_systems; i++) {
		sh->reg.systems[i].name = arena_printf(r->a, ROS_SHARED "%s", sh->reg.systems[i].name);
		sh->reg.systems[i].shared = true;
	}
	return 0;
}

void h_posture_list(struct req *r)
{
	struct ros_register reg;
	struct posture *p;
	size_t n;
	struct page_frame pg = view_page(r, T("Sikkerhetsprofiler"), "ros");
	if (store_ros_load_own(r->db, r->a, r->user.tenant_id, &reg, &r->err) < 0 ||
	    store_posture_list(r->db, r->a, r->user.tenant_id, &p, &n, &r->err) < 0) {
		resp_store_error(r);
		return;
	}
	/* a member sees the profiles of its cooperation's shared systems too, read-only */
	struct shared sh;
	if (shared_of(r, &sh) < 0) {
		resp_store_error(r);
		return;
	}
	struct profiles_view v = { .a = r->a, .lang = r->lang, .pg = &pg, .editor = role_allows(r->user.role, ROLE_REDAKTOR) };
	struct profiles_view ro = v;
	ro.editor = false;
	page_begin(&r->out, &pg);
	profiles_list(&r->out, &v, &reg, p, n);
	if (sh.coop && sh.reg.n_systems)
		profiles_shared(&r->out, &ro, sh.name, &sh.reg, sh.p, sh.n);
	page_end(&r->out, &pg);
	resp_html(r, 200);
}

/* The system named by ?navn= (a form: its field), in this municipality; 404 otherwise.
 * By name, not database key: a name may hold '/' and anything else, so it is a value. */
static int load(struct req *r, struct ros_system *out, int64_t *owner)
{
	struct ros_register reg;
	struct shared sh;
	const char *name = r->post ? req_field(r, "navn") : req_query(r, "navn");
	*owner = r->user.tenant_id;
	if (name && *name && store_ros_load_own(r->db, r->a, r->user.tenant_id, &reg, &r->err) == 0)
		for (size_t i = 0; i < reg.n_systems; i++)
			if (strcmp(reg.systems[i].name, name) == 0)
				return *out = reg.systems[i], 0;
	/* a shared system's profile is the cooperation's: shown here, kept there */
	if (name && ros_is_shared_name(name) && shared_of(r, &sh) == 0)
		for (size_t i = 0; i < sh.reg.n_systems; i++)
			if (strcmp(sh.reg.systems[i].name, name) == 0) {
				*owner = sh.coop;
				return *out = sh.reg.systems[i], 0;
			}
	resp_error(r, 404, T("Systemet finnes ikke."));
	return -1;
}

static void form_page(struct req *r, int status, const struct ros_system *s, const struct posture *p,
		      const char *error)
{
	struct page_frame pg = view_page(r, arena_printf(r->a, T("Sikkerhetsprofil: %s"), s->name), "ros");
	pg.error = error;
	struct profiles_view v = { .a = r->a, .lang = r->lang, .pg = &pg,
				   .editor = !s->shared && role_allows(r->user.role, ROLE_REDAKTOR) };
	page_begin(&r->out, &pg);
	profiles_form(&r->out, &v, s, p);
	if (!s->shared)     /* a shared system's restore test is the cooperation's, with its files */
		view_attachments(r, &pg, arena_printf(r->a, "restore:%s", s->name));
	page_end(&r->out, &pg);
	resp_html(r, status);
}

void h_posture_get(struct req *r)
{
	struct ros_system s;
	struct posture p;
	int64_t owner;
	if (load(r, &s, &owner) < 0)
		return;
	if (store_posture_get(r->db, r->a, owner, s.id, &p, &r->err) < 0) {
		resp_store_error(r);
		return;
	}
	form_page(r, 200, &s, &p, NULL);
}

void h_posture_post(struct req *r)
{
	struct ros_system s;
	struct posture p;
	struct store_stamp st = req_stamp(r);
	int64_t owner;
	if (load(r, &s, &owner) < 0)
		return;
	if (owner != r->user.tenant_id) {
		resp_error(r, 403, T("Profilen til et felles system føres av samarbeidet."));
		return;
	}
	posture_unknown(&p, s.id);
	/* every field is in the form: what is left empty is unknown or never */
	for (int i = 0; i < POSTURE_FIELDS; i++)
		if (posture_set_field(&p, posture_field_name(i), req_field(r, posture_field_name(i)), &r->err) < 0) {
			form_page(r, 400, &s, &p, r->err.msg);
			return;
		}
	if (store_posture_put(r->db, r->a, r->user.tenant_id, &p, &st, &r->err) < 0) {
		form_page(r, 400, &s, &p, r->err.msg);
		return;
	}
	req_flash(r, arena_printf(r->a, T("Sikkerhetsprofilen til %s er lagret. Neste kontroll tar den med."), s.name));
	resp_redirect(r, "/ros/sikkerhet");
}
