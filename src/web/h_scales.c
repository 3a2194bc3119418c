/* h_scales.c: the municipality's risk scales (model/scales.h): the names and meanings
 * of the probability and consequence levels and the colours of the risk matrix. Everyone
 * sees them; redaktør and above change them. */
#include <stdio.h>
#include <string.h>

#include "render/html.h"
#include "render/page.h"
#include "render/risk.h"
#include "store/scales.h"
#include "web/handlers.h"
#include "web/view.h"

/* The field names: p1-navn, p1-tekst, ... k5-tekst, and c-A1 ... c-E5. */
static const char *field(struct req *r, char axis, int i, const char *what)
{
	return arena_printf(r->a, "%c%d-%s", axis, i + 1, what);
}

static void level_inputs(struct req *r, char axis, const struct ros_level *lv)
{
	struct buf *b = &r->out;
	for (int i = 0; i < ROS_LEVELS; i++) {
		const char *name = axis == 'p' ? arena_printf(r->a, "%c", 'A' + i) : arena_printf(r->a, "%d", i + 1);
		HTML_LIT(b, "<div class=\"level\">");
		page_input(b, field(r, axis, i, "navn"), arena_printf(r->a, T("Nivå %s: navn"), name), "text",
			   T(lv[i].label), true, NULL, "off");
		page_input(b, field(r, axis, i, "tekst"), arena_printf(r->a, T("Nivå %s: hva det betyr"), name),
			   "text", lv[i].text ? T(lv[i].text) : "", false, NULL, "off");
		HTML_LIT(b, "</div>");
	}
}

static void matrix_inputs(struct req *r, const struct ros_scales *s)
{
	struct buf *b = &r->out;
	const char *codes[] = { "0", "1", "2" };
	const char *labels[] = { T(ros_risk_label(ROS_RISK_OK)), T(ros_risk_label(ROS_RISK_CONSIDER)),
				 T(ros_risk_label(ROS_RISK_ACT)) };
	HTML_LIT(b, "<table class=\"matrix\"><caption>");
	html_text(b, T("Risikonivå per rute: sannsynlighet (rader) mot konsekvens (kolonner)"));
	HTML_LIT(b, "</caption><thead><tr><td></td>");
	for (int c = 0; c < ROS_LEVELS; c++)
		buf_printf(b, "<th scope=\"col\">%d</th>", c + 1);
	HTML_LIT(b, "</tr></thead><tbody>");
	for (int p = ROS_LEVELS - 1; p >= 0; p--) {
		buf_printf(b, "<tr><th scope=\"row\">%c</th>", 'A' + p);
		for (int c = 0; c < ROS_LEVELS; c++) {
			char id[8];
			snprintf(id, sizeof(id), "c-%c%d", 'A' + p, c + 1);
			buf_printf(b, "<td><select id=\"%s\" name=\"%s\" aria-label=\"%c%d\">", id, id, 'A' + p, c + 1);
			for (int k = 0; k < 3; k++) {
				buf_printf(b, "<option value=\"%s\"%s>", codes[k], s->cell[p][c] == k ? " selected" : "");
				html_text(b, labels[k]);
				HTML_LIT(b, "</option>");
			}
			HTML_LIT(b, "</select></td>");
		}
		HTML_LIT(b, "</tr>");
	}
	HTML_LIT(b, "</tbody></table>");
}

static void levels_table(struct req *r, const char *title, char axis, const struct ros_level *lv)
{
	struct buf *b = &r->out;
	const char *cols[] = { T("Nivå"), T("Navn"), T("Hva det betyr") };
	HTML_LIT(b, "<h2>");
	html_text(b, title);
	HTML_LIT(b, "</h2>");
	page_thead(b, cols, 3);
	for (int i = 0; i < ROS_LEVELS; i++) {
		if (axis == 'p')
			buf_printf(b, "<tr><td>%c</td><td>", 'A' + i);
		else
			buf_printf(b, "<tr><td>%d</td><td>", i + 1);
		html_text(b, T(lv[i].label));
		HTML_LIT(b, "</td><td>");
		html_text(b, lv[i].text ? T(lv[i].text) : "");
		HTML_LIT(b, "</td></tr>");
	}
	page_table_end(b);
}

static void scales_page(struct req *r, int status, const struct ros_scales *s, const char *error)
{
	struct buf *b = &r->out;
	struct page_frame p = view_page(r, T("Risikoskalaer"), "ros");
	p.error = error;
	page_begin(b, &p);
	HTML_LIT(b, "<p>");
	html_text(b, T("Skalaene for sannsynlighet og konsekvens i DSBs metode, og hvilket risikonivå hver rute "
		       "i risikomatrisen har. Konsekvensgrensene er ikke fastsatt nasjonalt for kommuner: skriv "
		       "inn det dere har vedtatt. Endringer gjelder risikomatrisen, tiltakene som lages av "
		       "hendelser og lederrapporten."));
	HTML_LIT(b, "</p>");
	render_risk_matrix(b, r->a, s, NULL, 0, r->lang);
	if (!role_allows(r->user.role, ROLE_REDAKTOR)) {
		levels_table(r, T("Sannsynlighet"), 'p', s->prob);
		levels_table(r, T("Konsekvens"), 'k', s->cons);
		page_end(b, &p);
		resp_html(r, status);
		return;
	}
	page_form(b, &p, "/ros/skalaer");
	HTML_LIT(b, "<fieldset><legend>");
	html_text(b, T("Sannsynlighet (A–E)"));
	HTML_LIT(b, "</legend>");
	level_inputs(r, 'p', s->prob);
	HTML_LIT(b, "</fieldset><fieldset><legend>");
	html_text(b, T("Konsekvens (1–5)"));
	HTML_LIT(b, "</legend>");
	level_inputs(r, 'k', s->cons);
	HTML_LIT(b, "</fieldset>");
	matrix_inputs(r, s);
	page_button(b, T("Lagre skalaene"), NULL, NULL, false);
	page_form_end(b);
	page_end(b, &p);
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
			const char *text = req_field(r, field(r, k ? 'k' : 'p', i, "tekst"));
			lv->label = req_field(r, field(r, k ? 'k' : 'p', i, "navn"));
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
