/* h_posture.c: the security posture of each system (model/posture.h) on the web: an
 * overview of all systems with what is missing, and one form per system. Everyone sees
 * them; redaktør and above change them. A change runs nothing by itself: the next check
 * (at most an hour away, or beredt check) turns it into findings. */
#include <stdio.h>
#include <string.h>

#include "model/posture.h"
#include "render/html.h"
#include "render/page.h"
#include "store/posture.h"
#include "store/ros.h"
#include "util/date.h"
#include "web/handlers.h"
#include "web/view.h"

static const char *hours(struct req *r, int h)
{
	return h == ROS_UNKNOWN ? "" : arena_printf(r->a, "%d", h);
}

/* A yes/no badge: good or missing, in words as well as colour. */
static void yes_no(struct req *r, bool yes)
{
	page_badge(&r->out, yes ? "ja" : "nei", yes ? V("ja") : V("nei"));
}

void h_posture_list(struct req *r)
{
	struct ros_register reg;
	struct posture *p;
	size_t n, k = 0, described = 0;
	struct buf *b = &r->out;
	struct page pg = view_page(r, V("Sikkerhetsprofiler"), "ros");
	if (store_ros_load(r->db, r->a, r->user.tenant_id, &reg, &r->err) < 0 ||
	    store_posture_list(r->db, r->a, r->user.tenant_id, &p, &n, &r->err) < 0) {
		resp_store_error(r);
		return;
	}
	/* the profiles of systems in the register (both lists are in system id order) */
	for (size_t i = 0, j = 0; i < reg.n_systems; i++) {
		while (j < n && p[j].system_id < reg.systems[i].id)
			j++;
		described += j < n && p[j].system_id == reg.systems[i].id;
	}
	page_begin(b, &pg);
	HTML_LIT(b, "<p>");
	html_text(b, arena_printf(r->a, V("%zu av %zu systemer er beskrevet. Kontrollene bruker profilene til "
					  "funn om tofaktor, sikkerhetskopier, gjenopprettingstester, overvåking og "
					  "penetrasjonstester (tiltak 1b og 3a–3d)."), described, reg.n_systems));
	HTML_LIT(b, "</p>");
	{
		const char *const cols[] = { V("System"), V("Internett"), V("Innlogging"), V("Beskyttet kopi"),
					     V("Siste gjenopprettingstest"), V("Overvåket"), V("Siste pentest") };
		page_thead(b, cols, 7);
	}
	for (size_t i = 0; i < reg.n_systems; i++) {
		const struct ros_system *s = &reg.systems[i];
		while (k < n && p[k].system_id < s->id)
			k++;
		const struct posture *q = k < n && p[k].system_id == s->id ? &p[k] : NULL;
		HTML_LIT(b, "<tr><td>");
		page_link(b, arena_printf(r->a, "/ros/sikkerhet/system?navn=%s", html_query_value(r->a, s->name)), s->name);
		HTML_LIT(b, "</td><td>");
		html_text(b, s->internet_exposed ? V("ja") : V("nei"));
		HTML_LIT(b, "</td>");
		if (!q) {
			HTML_LIT(b, "<td colspan=\"5\">");
			page_badge(b, "ukjent", V("ikke beskrevet"));
			HTML_LIT(b, "</td></tr>");
			continue;
		}
		HTML_LIT(b, "<td>");
		html_text(b, V(posture_auth_label(q->auth)));
		HTML_LIT(b, "</td><td>");
		yes_no(r, posture_backup_protected(q));
		HTML_LIT(b, "</td><td class=\"date\">");
		html_text(b, q->restore_tested == DATE_NONE ? V("aldri") : date_text(r->a, q->restore_tested, ""));
		HTML_LIT(b, "</td><td>");
		yes_no(r, posture_monitored(q));
		HTML_LIT(b, "</td><td class=\"date\">");
		html_text(b, q->last_pentest == DATE_NONE ? V("aldri") : date_text(r->a, q->last_pentest, ""));
		HTML_LIT(b, "</td></tr>");
	}
	page_table_end(b);
	page_end(b, &pg);
	resp_html(r, 200);
}

/* The system named by ?navn= (a form: its field), in this municipality; 404 otherwise.
 * By name, not database key: a name may hold '/' and anything else, so it is a value. */
static int load(struct req *r, struct ros_system *out)
{
	struct ros_register reg;
	const char *name = r->post ? req_field(r, "navn") : req_query(r, "navn");
	if (name && *name && store_ros_load(r->db, r->a, r->user.tenant_id, &reg, &r->err) == 0)
		for (size_t i = 0; i < reg.n_systems; i++)
			if (strcmp(reg.systems[i].name, name) == 0)
				return *out = reg.systems[i], 0;
	resp_error(r, 404, V("Systemet finnes ikke."));
	return -1;
}

static void select_codes(struct req *r, const char *id, const char *label, const char *(*code)(int),
			 const char *(*lab)(int), int n, const char *cur)
{
	const char **codes = arena_alloc(r->a, (size_t)n * sizeof(char *));
	const char **labels = arena_alloc(r->a, (size_t)n * sizeof(char *));
	if (!codes || !labels)
		return;
	for (int i = 0; i < n; i++) {
		codes[i] = code(i);
		labels[i] = V(lab(i));
	}
	page_select(&r->out, id, label, codes, labels, n, cur);
}

static const char *auth_code(int i) { return posture_auth_code((enum posture_auth)i); }
static const char *auth_label(int i) { return posture_auth_label((enum posture_auth)i); }
static const char *restore_code(int i) { return posture_restore_code((enum posture_restore)i); }
static const char *restore_label(int i) { return posture_restore_label((enum posture_restore)i); }
static const char *watch_code(int i) { return posture_watch_code((enum posture_watch)i); }
static const char *watch_label(int i) { return posture_watch_label((enum posture_watch)i); }

static void yes_no_select(struct req *r, const char *id, const char *label, bool cur)
{
	const char *codes[] = { "nei", "ja" }, *labels[] = { V("nei"), V("ja") };
	page_select(&r->out, id, label, codes, labels, 2, cur ? "ja" : "nei");
}

static void form_page(struct req *r, int status, const struct ros_system *s, const struct posture *p,
		      const char *error)
{
	struct buf *b = &r->out;
	struct page pg = view_page(r, arena_printf(r->a, V("Sikkerhetsprofil: %s"), s->name), "ros");
	pg.error = error;
	page_begin(b, &pg);
	HTML_LIT(b, "<p>");
	page_link(b, "/ros/sikkerhet", V("Tilbake til alle sikkerhetsprofilene"));
	HTML_LIT(b, "</p><p>");
	html_text(b, arena_printf(r->a, V("%s, %s. Eksponert mot internett: %s. Gjenopprettingsmål (RTO): %s timer."),
				  s->product ? s->product : V("ukjent produkt"), s->version ? s->version : "",
				  s->internet_exposed ? V("ja") : V("nei"),
				  s->rto_hours == ROS_UNKNOWN ? V("ukjent") : hours(r, s->rto_hours)));
	HTML_LIT(b, "</p>");
	if (!role_allows(r->user.role, ROLE_REDAKTOR)) {
		HTML_LIT(b, "<p class=\"muted\">");
		html_text(b, V("Rollen din kan lese, men ikke endre sikkerhetsprofiler."));
		HTML_LIT(b, "</p>");
	}
	page_form(b, &pg, "/ros/sikkerhet/system");
	page_hidden(b, "navn", s->name);
	HTML_LIT(b, "<fieldset><legend>");
	html_text(b, V("Innlogging (3a)"));
	HTML_LIT(b, "</legend>");
	select_codes(r, "innlogging", V("Hvordan brukerne logger inn"), auth_code, auth_label, AUTH_COUNT,
		     posture_auth_code(p->auth));
	HTML_LIT(b, "</fieldset><fieldset><legend>");
	html_text(b, V("Sikkerhetskopi og gjenoppretting (3b)"));
	HTML_LIT(b, "</legend>");
	page_input(b, "backup-timer", V("Sikkerhetskopi tas hver (timer)"), "number", hours(r, p->backup_hours), false,
		   NULL, "off");
	yes_no_select(r, "backup-offline", V("Kopi som er frakoblet eller ikke kan endres"), p->backup_offline);
	yes_no_select(r, "backup-eget-domene", V("Kopi i et eget administrativt domene"), p->backup_separate);
	page_input(b, "gjenoppretting-testet", V("Siste gjenopprettingstest"), "date", date_text(r->a, p->restore_tested, ""),
		   false, V("Tomt: aldri testet."), "off");
	select_codes(r, "gjenoppretting-resultat", V("Resultat av testen"), restore_code, restore_label,
		     RESTORE_COUNT, posture_restore_code(p->restore_result));
	page_input(b, "gjenoppretting-timer", V("Tiden gjenopprettingen tok (timer)"), "number",
		   hours(r, p->restore_hours), false, NULL, "off");
	HTML_LIT(b, "</fieldset><fieldset><legend>");
	html_text(b, V("Livsløp (3c)"));
	HTML_LIT(b, "</legend>");
	page_input(b, "stotte-slutt", V("Leverandørens slutt på støtte"), "date", date_text(r->a, p->support_end, ""), false,
		   V("Brukes når produktet ikke finnes i katalogen over slutt på støtte."), "off");
	HTML_LIT(b, "</fieldset><fieldset><legend>");
	html_text(b, V("Overvåking (3d)"));
	HTML_LIT(b, "</legend>");
	yes_no_select(r, "logger", V("Logger samles inn"), p->logs_collected);
	page_input(b, "varselmottaker", V("Mottaker av varsler"), "text", p->alert_receiver, false,
		   V("Hvem som får varslene, for eksempel en vakttelefon eller et SOC."), "off");
	select_codes(r, "oppfolging", V("Når varsler følges opp"), watch_code, watch_label, WATCH_COUNT,
		     posture_watch_code(p->watch));
	HTML_LIT(b, "</fieldset><fieldset><legend>");
	html_text(b, V("Tester (1b)"));
	HTML_LIT(b, "</legend>");
	page_input(b, "skanning", V("Siste sårbarhetsskanning"), "date", date_text(r->a, p->last_scan, ""), false, NULL, "off");
	page_input(b, "pentest", V("Siste penetrasjonstest"), "date", date_text(r->a, p->last_pentest, ""), false, NULL, "off");
	page_input(b, "revisjon", V("Siste revisjon"), "date", date_text(r->a, p->last_audit, ""), false, NULL, "off");
	HTML_LIT(b, "</fieldset>");
	if (role_allows(r->user.role, ROLE_REDAKTOR))
		page_button(b, V("Lagre"), NULL, NULL, false);
	page_form_end(b);
	page_end(b, &pg);
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
	req_flash(r, arena_printf(r->a, V("Sikkerhetsprofilen til %s er lagret. Neste kontroll tar den med."), s.name));
	resp_redirect(r, "/ros/sikkerhet");
}
