/* h_scales.c: the municipality's risk scales (model/scales.h): the names and meanings
 * of the probability and consequence levels and the colours of the risk matrix. Everyone
 * sees them; redaktør and above change them. */
#include <stdio.h>
#include <string.h>

#include "render/risk.h"
#include "store/scales.h"
#include "web/handlers.h"
#include "web/view.h"

static void scales_page(struct req *r, int status, const struct ros_scales *s, const char *error)
{
	struct page_frame p = view_page(r, T("Risikoskalaer"), "ros");
	p.error = error;
	page_begin(&r->out, &p);
	risk_scales_section(&r->out, r->a, r->lang, &p, s, role_allows(r->user.role, ROLE_REDAKTOR));
	page_end(&r->out, &p);
	resp_html(r, status);
}

void h_ros_scales(struct req *r)
{
	struct ros_scales s;
	if (store_scales_load(r->db, r->a, r->user.tenant_id, &s, &r->err) < 0) {
		resp_store_error(r);
		return;
	}
	scales_page(r, 200, &s, NULL);
}

void h_ros_scales_save(struct req *r)
{
	struct ros_scales s;
	struct store_stamp st = req_stamp(r);
	ros_scales_default(&s);
	for (int k = 0; k < 2; k++)
		for (int i = 0; i < ROS_LEVELS; i++) {
			struct ros_level *lv = k ? &s.cons[i] : &s.prob[i];
			const char *text = req_field(r, risk_scales_field(r->a, k ? 'k' : 'p', i, "tekst"));
			lv->label = req_field(r, risk_scales_field(r->a, k ? 'k' : 'p', i, "navn"));
			lv->text = text && *text ? text : NULL;
		}
	for (int p = 0; p < ROS_LEVELS; p++)
		for (int c = 0; c < ROS_LEVELS; c++) {
			const char *v = req_field(r, arena_printf(r->a, "c-%c%d", 'A' + p, c + 1));
			if (!v || strlen(v) != 1 || v[0] < '0' || v[0] > '2') {
				scales_page(r, 400, &s, T("Velg et risikonivå for hver rute i matrisen."));
				return;
			}
			s.cell[p][c] = (unsigned char)(v[0] - '0');
		}
	if (store_scales_save(r->db, r->a, r->user.tenant_id, &s, &st, &r->err) < 0) {
		scales_page(r, 400, &s, r->err.msg);
		return;
	}
	req_flash(r, T("Skalaene er lagret."));
	resp_redirect(r, "/ros/skalaer");
}
