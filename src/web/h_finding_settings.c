/* h_finding_settings.c: how a municipality follows up its findings, on the web: who fixes
 * each one (redaktør), and (leder) the deadlines and intervals of the checks and who is
 * told about new and overdue findings. A webhook's signing key is shown once, on the
 * page that answers the POST (like a new API token), never again. */
#include <stdio.h>
#include <string.h>

#include "model/notify.h"
#include "render/findings.h"
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

static void settings_page(struct req *r, int status, const struct check_settings *shown, const char *error,
			  const char *secret)
{
	struct notify_target *t;
	size_t n;
	struct page_frame p = view_page(r, T("Innstillinger for kontrollene og varsler"), "funn");
	p.error = error;
	if (store_notify_target_list(r->db, r->a, r->user.tenant_id, &t, &n, &r->err) < 0) {
		resp_store_error(r);
		return;
	}
	page_begin(&r->out, &p);
	findings_settings(&r->out, r->a, r->lang, &p, shown, t, n, secret);
	page_end(&r->out, &p);
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
	for (int i = 0; i < FINDINGS_SETTINGS; i++) {
		int v;
		const char *text = req_field(r, findings_settings_field(i));
		if (!text || view_number(text, &v) < 0) {
			settings_page(r, 400, &s, T("Alle feltene må være hele tall."), NULL);
			return;
		}
		*findings_settings_slot(&s, i) = v;
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
