/* h_finding_settings.c: how a municipality follows up its findings, on the web: who fixes
 * each one (redaktør), and (leder) the deadlines and intervals of the checks and who is
 * told about new and overdue findings. A webhook's signing key is shown once, on the
 * page that answers the POST (like a new API token), never again. */
#include <stdio.h>
#include <string.h>

#include "model/notify.h"
#include "render/html.h"
#include "render/page.h"
#include "store/finding.h"
#include "store/notify.h"
#include "util/crypto.h"
#include "web/handlers.h"
#include "web/view.h"

/* POST /funn/N/ansvarlig */
void h_finding_assign(struct req *r)
{
	struct store_stamp st = req_stamp(r);
	int no;
	if (view_number(r->param, &no) < 0) {
		resp_error(r, 404, T("Siden finnes ikke."));
		return;
	}
	const char *owner = req_field(r, arena_printf(r->a, "ansvarlig-%d", no));
	if (store_finding_assign(r->db, r->a, r->user.tenant_id, no, owner, &st, &r->err) < 0) {
		if (r->err.kind == ERR_NOT_FOUND)
			resp_error(r, 404, r->err.msg);
		else
			resp_error(r, 400, r->err.msg);
		return;
	}
	req_flash(r, arena_printf(r->a, T("F-%d: ansvarlig er nå %s."), no, owner));
	resp_redirect(r, "/funn");
}

static const char *const fields[9] = { "kritisk", "hoy", "middels", "lav", "gjenoppretting", "pentest", "kritisk-fra",
				       "kontakter", "ovelser" };

static int *field(struct check_settings *s, int i)
{
	int *f[9] = { &s->days[SEV_KRITISK], &s->days[SEV_HOY], &s->days[SEV_MIDDELS], &s->days[SEV_LAV], &s->restore_days,
		      &s->pentest_days, &s->critical_level, &s->contact_days, &s->exercise_days };
	return f[i];
}

static void settings_page(struct req *r, int status, const struct check_settings *shown, const char *error,
			  const char *secret)
{
	static const char *const labels[9] = {
		N_("Frist for kritiske funn (dager)"), N_("Frist for høye funn (dager)"), N_("Frist for middels funn (dager)"),
		N_("Frist for lave funn (dager)"), N_("Gjenopprettingstest eldst (dager)"), N_("Penetrasjonstest eldst (dager)"),
		N_("Kritisk system fra kritikalitet (1–5)"), N_("Kontakter bekreftes minst hver (dager)"),
		N_("Beredskapsplanen øves minst hver (dager)"),
	};
	struct notify_target *t;
	size_t n;
	struct buf *b = &r->out;
	struct page_frame p = view_page(r, T("Innstillinger for kontrollene og varsler"), "funn");
	p.error = error;
	if (store_notify_target_list(r->db, r->a, r->user.tenant_id, &t, &n, &r->err) < 0) {
		resp_store_error(r);
		return;
	}
	page_begin(b, &p);
	HTML_LIT(b, "<p>");
	page_link(b, "/funn", T("Tilbake til funnene"));
	HTML_LIT(b, "</p>");
	if (secret) {
		HTML_LIT(b, "<div class=\"flash\" role=\"status\"><p>");
		html_text(b, T("Nøkkelen til signaturen (vises bare nå; legg den inn hos mottakeren):"));
		HTML_LIT(b, "</p><p><code id=\"webhook-secret\">");
		html_text(b, secret);
		HTML_LIT(b, "</code></p></div>");
	}
	HTML_LIT(b, "<h2>");
	html_text(b, T("Frister og intervaller"));
	HTML_LIT(b, "</h2>");
	page_form(b, &p, "/funn/innstillinger");
	struct check_settings copy = *shown;
	for (int i = 0; i < 9; i++)
		page_input(b, fields[i], T(labels[i]), "number", arena_printf(r->a, "%d", *field(&copy, i)), true, NULL, "off");
	page_button(b, T("Lagre innstillingene"), NULL, NULL, false);
	page_form_end(b);
	HTML_LIT(b, "<h2>");
	html_text(b, T("Hvem får varsel"));
	HTML_LIT(b, "</h2><p>");
	html_text(b, T("Etter hver kontroll får hver mottaker én samlet melding med de nye funnene og dem som har passert "
		       "fristen, fra alvorligheten mottakeren har valgt. E-post går gjennom reléet serveren er satt opp med "
		       "(docs/notify.md)."));
	HTML_LIT(b, "</p>");
	{
		const char *const cols[] = { T("Mottaker"), T("Type"), T("Fra alvorlighet"), T("Status") };
		page_thead(b, cols, 4);
	}
	for (size_t i = 0; i < n; i++) {
		HTML_LIT(b, "<tr><td>");
		html_text(b, t[i].address);
		HTML_LIT(b, "</td><td>");
		html_text(b, notify_kind_code(t[i].kind));
		HTML_LIT(b, "</td><td>");
		html_text(b, T(severity_code(t[i].min_severity)));
		HTML_LIT(b, "</td><td>");
		if (t[i].active) {
			/* by its place in the list, with its address to tell the list changed in between */
			page_form(b, &p, arena_printf(r->a, "/funn/mottakere/%zu/stopp", i + 1));
			page_hidden(b, "adresse", t[i].address);
			page_button(b, arena_printf(r->a, T("Stopp varsler til %s"), t[i].address), NULL, NULL, true);
			page_form_end(b);
		} else {
			html_text(b, T("stoppet"));
		}
		HTML_LIT(b, "</td></tr>");
	}
	page_table_end(b);
	page_form(b, &p, "/funn/mottakere");
	{
		const char *codes[] = { "epost", "webhook" }, *labs[] = { T("E-post"), T("Webhook (Teams, Slack, annet)") };
		page_select(b, "mottaker-type", T("Type"), codes, labs, 2, "epost");
	}
	page_input(b, "adresse", T("E-postadresse eller https-adresse"), "text", NULL, true, NULL, "off");
	{
		const char *codes[] = { "kritisk", "høy", "middels", "lav" };
		const char *labs[] = { T("kritisk"), T("høy"), T("middels"), T("lav") };
		page_select(b, "fra", T("Fra alvorlighet"), codes, labs, 4, "høy");
	}
	page_button(b, T("Legg til mottaker"), NULL, NULL, false);
	page_form_end(b);
	page_end(b, &p);
	resp_html(r, status);
}

void h_finding_settings(struct req *r)
{
	struct check_settings s;
	if (store_check_settings_load(r->db, r->user.tenant_id, &s, &r->err) < 0) {
		resp_store_error(r);
		return;
	}
	settings_page(r, 200, &s, NULL, NULL);
}

void h_finding_settings_save(struct req *r)
{
	struct check_settings s;
	struct store_stamp st = req_stamp(r);
	if (store_check_settings_load(r->db, r->user.tenant_id, &s, &r->err) < 0) {
		resp_store_error(r);
		return;
	}
	for (int i = 0; i < 9; i++) {
		int v;
		const char *text = req_field(r, fields[i]);
		if (!text || view_number(text, &v) < 0) {
			settings_page(r, 400, &s, T("Alle feltene må være hele tall."), NULL);
			return;
		}
		*field(&s, i) = v;
	}
	if (store_check_settings_save(r->db, r->a, r->user.tenant_id, &s, &st, &r->err) < 0) {
		settings_page(r, 400, &s, r->err.msg, NULL);
		return;
	}
	req_flash(r, T("Innstillingene er lagret. Neste kontroll bruker dem."));
	resp_redirect(r, "/funn/innstillinger");
}

void h_notify_add(struct req *r)
{
	struct check_settings s;
	struct store_stamp st = req_stamp(r);
	char secret[CRYPTO_TOKEN_TEXT];
	struct notify_target t = { .address = req_field(r, "adresse") };
	if (store_check_settings_load(r->db, r->user.tenant_id, &s, &r->err) < 0) {
		resp_store_error(r);
		return;
	}
	if (notify_kind_parse(req_field(r, "mottaker-type"), &t.kind, &r->err) < 0 ||
	    severity_parse(req_field(r, "fra"), &t.min_severity, &r->err) < 0) {
		settings_page(r, 400, &s, r->err.msg, NULL);
		return;
	}
	if (t.kind == NOTIFY_WEBHOOK) {
		crypto_token(secret);
		t.secret = secret;
	}
	if (store_notify_target_add(r->db, r->a, r->user.tenant_id, &t, &st, &r->err) < 0) {
		settings_page(r, 400, &s, r->err.msg, NULL);
		return;
	}
	if (t.kind == NOTIFY_WEBHOOK) {
		/* the only time the key is shown: answered here, not after a redirect */
		settings_page(r, 200, &s, NULL, secret);
		return;
	}
	req_flash(r, arena_printf(r->a, T("%s får nå varsler."), t.address));
	resp_redirect(r, "/funn/innstillinger");
}

void h_notify_stop(struct req *r)
{
	struct store_stamp st = req_stamp(r);
	struct notify_target *t;
	const char *address = req_field(r, "adresse");
	size_t n;
	int no;
	if (view_number(r->param, &no) < 0 || store_notify_target_list(r->db, r->a, r->user.tenant_id, &t, &n, &r->err) < 0 ||
	    (size_t)no > n) {
		resp_error(r, 404, T("Mottakeren finnes ikke."));
		return;
	}
	if (address && strcmp(address, t[no - 1].address) != 0) {
		resp_error(r, 409, T("Mottakerne er endret i mellomtiden. Last siden på nytt og prøv igjen."));
		return;
	}
	if (store_notify_target_disable(r->db, r->a, r->user.tenant_id, t[no - 1].id, &st, &r->err) < 0) {
		resp_store_error(r);
		return;
	}
	req_flash(r, T("Mottakeren får ikke flere varsler."));
	resp_redirect(r, "/funn/innstillinger");
}
