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
#include "web/handlers.h"
#include "web/view.h"

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
	struct profiles_view v = { .a = r->a, .lang = r->lang, .pg = &pg, .editor = role_allows(r->user.role, ROLE_REDAKTOR) };
	page_begin(&r->out, &pg);
	profiles_list(&r->out, &v, &reg, p, n);
	page_end(&r->out, &pg);
	resp_html(r, 200);
}

/* The system named by ?navn= (a form: its field), in this municipality; 404 otherwise.
 * By name, not database key: a name may hold '/' and anything else, so it is a value. */
static int load(struct req *r, struct ros_system *out)
{
	struct ros_register reg;
	const char *name = r->post ? req_field(r, "navn") : req_query(r, "navn");
	if (name && *name && store_ros_load_own(r->db, r->a, r->user.tenant_id, &reg, &r->err) == 0)
		for (size_t i = 0; i < reg.n_systems; i++)
			if (strcmp(reg.systems[i].name, name) == 0)
				return *out = reg.systems[i], 0;
	resp_error(r, 404, T("Systemet finnes ikke."));
	return -1;
}

static void form_page(struct req *r, int status, const struct ros_system *s, const struct posture *p,
		      const char *error)
{
	struct page_frame pg = view_page(r, arena_printf(r->a, T("Sikkerhetsprofil: %s"), s->name), "ros");
	pg.error = error;
	struct profiles_view v = { .a = r->a, .lang = r->lang, .pg = &pg, .editor = role_allows(r->user.role, ROLE_REDAKTOR) };
	page_begin(&r->out, &pg);
	profiles_form(&r->out, &v, s, p);
	page_end(&r->out, &pg);
	resp_html(r, status);
}

void h_posture_get(struct req *r)
{
	struct ros_system s;
	struct posture p;
	if (load(r, &s) < 0)
		return;
	if (store_posture_get(r->db, r->a, r->user.tenant_id, s.id, &p, &r->err) < 0) {
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
	if (load(r, &s) < 0)
		return;
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
