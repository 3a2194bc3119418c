/* h_admin.c: users (invite, disable, enable, reset two-factor), pending invitations and the
 * audit trail. */
#include <inttypes.h>
#include <string.h>

#include "render/html.h"
#include "store/audit.h"
#include "store/invite.h"
#include "store/user.h"
#include "web/handlers.h"
#include "web/view.h"

static const char *const role_codes[] = { "les", "redaktor", "leder", "admin" };

static void user_form(struct req *r, const struct page *p)
{
	const char *names[4];
	for (int i = 0; i < 4; i++)
		names[i] = V(role_label((enum role)i));
	HTML_LIT(&r->out, "<h2>");
	html_text(&r->out, V("Inviter en bruker"));
	HTML_LIT(&r->out, "</h2>");
	page_form(&r->out, p, "/brukere");
	page_input(&r->out, "email", V("E-post"), "email", NULL, true, NULL, "off");
	page_input(&r->out, "name", V("Navn"), "text", NULL, false, NULL, "off");
	page_select(&r->out, "role", V("Rolle"), role_codes, names, 4, "redaktor");
	page_button(&r->out, V("Lag invitasjonslenke"), NULL, NULL, false);
	page_form_end(&r->out);
}

/* Invitations not yet taken up, of both kinds alike (see store/invite.h): the actions are
 * keyed by the address, so nothing on the page tells the kinds apart. */
static void pending_list(struct req *r, const struct page *p, const struct invite *v, size_t n)
{
	struct buf *b = &r->out;
	if (!n)
		return;
	HTML_LIT(b, "<h2>");
	html_text(b, V("Ventende invitasjoner"));
	HTML_LIT(b, "</h2>");
	const char *const cols[] = { V("E-post"), V("Rolle"), V("Handlinger") };
	page_thead(b, cols, 3);
	for (size_t i = 0; i < n; i++) {
		HTML_LIT(b, "<tr><td>");
		html_text(b, v[i].email);
		HTML_LIT(b, "</td><td>");
		html_text(b, V(role_label(v[i].role)));
		HTML_LIT(b, "</td><td class=\"actions-row\">");
		page_form(b, p, "/brukere/invitasjon/ny-lenke");
		page_hidden(b, "email", v[i].email);
		page_button(b, V("Ny lenke"), NULL, NULL, true);
		page_form_end(b);
		page_form(b, p, "/brukere/invitasjon/trekk");
		page_hidden(b, "email", v[i].email);
		page_button(b, V("Trekk tilbake"), NULL, NULL, true);
		page_form_end(b);
		HTML_LIT(b, "</td></tr>");
	}
	page_table_end(b);
}

static void users_page(struct req *r, int status, const char *error, const char *link,
		       const char *link_for)
{
	struct user *all;
	size_t n;
	struct buf *b = &r->out;
	struct page p = view_page(r, V("Brukere"), "brukere");
	p.error = error;
	struct invite *pending;
	size_t npending;
	if (store_user_list(r->db, r->a, r->user.tenant_id, &all, &n, &r->err) < 0 ||
	    store_invite_list(r->db, r->a, r->user.tenant_id, &pending, &npending, &r->err) < 0) {
		resp_store_error(r);
		return;
	}
	page_begin(b, &p);
	if (link) {
		HTML_LIT(b, "<div class=\"flash\" role=\"status\"><p>");
		html_text(b, arena_printf(r->a, V("Send denne lenken til %s. Den virker én gang, i %d "
						  "timer, og vises bare nå:"), link_for, ENROLL_HOURS));
		HTML_LIT(b, "</p><p class=\"secret\" id=\"enroll-link\">");
		html_text(b, link);
		HTML_LIT(b, "</p></div>");
	}
	{
		const char *const cols[] = { V("E-post"), V("Rolle"), V("Status"), V("Handlinger") };
		page_thead(b, cols, 4);
	}
	for (size_t i = 0; i < n; i++) {
		const struct user *u = &all[i];
		if (!u->password_hash)
			continue;       /* never logged in: listed with the invitations */
		HTML_LIT(b, "<tr><td>");
		html_text(b, u->email);
		HTML_LIT(b, "</td><td>");
		html_text(b, V(role_label(u->role)));
		HTML_LIT(b, "</td><td>");
		html_text(b, !u->active ? V("deaktivert") : u->totp_secret ? V("aktiv")
									 : V("venter på innlogging"));
		HTML_LIT(b, "</td><td class=\"actions-row\">");
		if (u->id != r->user.id) {
			page_form(b, &p, arena_printf(r->a, "/brukere/%" PRId64 "/%s", u->id,
						       u->active ? "deaktiver" : "aktiver"));
			page_button(b, u->active ? V("Deaktiver") : V("Aktiver"), NULL, NULL, true);
			page_form_end(b);
		}
		page_form(b, &p, arena_printf(r->a, "/brukere/%" PRId64 "/nullstill", u->id));
		page_button(b, V("Nullstill tofaktor"), NULL, NULL, true);
		page_form_end(b);
		HTML_LIT(b, "</td></tr>");
	}
	page_table_end(b);
	pending_list(r, &p, pending, npending);
	user_form(r, &p);
	page_end(b, &p);
	resp_html(r, status);
}

void h_users(struct req *r)
{
	users_page(r, 200, NULL, NULL, NULL);
}

void h_user_add(struct req *r)
{
	struct user u = { .lang = r->user.lang };
	struct store_stamp s = req_stamp(r);
	char token[CRYPTO_TOKEN_TEXT];
	bool elsewhere;     /* not shown: the answer is the same either way */
	const char *role = req_field(r, "role");
	u.email = req_field(r, "email");
	u.name = req_field(r, "name");
	if (!role || role_parse(role, &u.role, &r->err) < 0 ||
	    store_user_add(r->db, r->user.tenant_id, &u, &s, token, &elsewhere, &r->err) < 0) {
		users_page(r, 400, r->err.msg, NULL, NULL);
		return;
	}
	/* the link is a secret shown once: answered here, not after a redirect */
	users_page(r, 200, NULL, arena_printf(r->a, "%s/enroll?token=%s", r->srv->base_url, token),
		   u.email);
}

static int target(struct req *r, int64_t *id)
{
	int n;
	struct user u;
	if (view_number(r->param, &n) < 0 ||
	    store_user_get(r->db, r->a, r->user.tenant_id, n, &u, &r->err) < 0) {
		resp_error(r, 404, V("Siden finnes ikke."));
		return -1;
	}
	*id = n;
	return 0;
}

static void set_active(struct req *r, bool on)
{
	int64_t id;
	struct store_stamp s = req_stamp(r);
	if (target(r, &id) < 0)
		return;
	if (id == r->user.id) {
		resp_error(r, 400, V("Du kan ikke deaktivere deg selv."));
		return;
	}
	if (store_user_set_active(r->db, r->user.tenant_id, id, on, &s, &r->err) < 0) {
		resp_store_error(r);
		return;
	}
	req_flash(r, on ? V("Brukeren er aktivert.") : V("Brukeren er deaktivert og logget ut."));
	resp_redirect(r, "/brukere");
}

void h_user_disable(struct req *r)
{
	set_active(r, false);
}

void h_user_enable(struct req *r)
{
	set_active(r, true);
}

void h_user_reset(struct req *r)
{
	int64_t id;
	struct user u;
	struct store_stamp s = req_stamp(r);
	char token[CRYPTO_TOKEN_TEXT];
	if (target(r, &id) < 0 || store_user_get(r->db, r->a, r->user.tenant_id, id, &u, &r->err) < 0)
		return;
	if (store_user_reset(r->db, r->user.tenant_id, id, &s, token, &r->err) < 0) {
		resp_store_error(r);
		return;
	}
	if (id == r->user.id) {       /* their own sessions are gone too */
		req_clear_session_cookie(r);
		r->logged_in = false;
	}
	users_page(r, 200, NULL, arena_printf(r->a, "%s/enroll?token=%s", r->srv->base_url, token),
		   u.email);
}

void h_invite_renew(struct req *r)
{
	struct store_stamp s = req_stamp(r);
	char token[CRYPTO_TOKEN_TEXT];
	bool found;
	const char *email = req_field(r, "email");
	if (store_invite_renew(r->db, r->user.tenant_id, email, &s, token, &found, &r->err) < 0) {
		resp_store_error(r);
		return;
	}
	if (!found) {
		resp_error(r, 404, V("Invitasjonen finnes ikke."));
		return;
	}
	users_page(r, 200, NULL, arena_printf(r->a, "%s/enroll?token=%s", r->srv->base_url, token), email);
}

void h_invite_withdraw(struct req *r)
{
	struct store_stamp s = req_stamp(r);
	bool found;
	if (store_invite_withdraw(r->db, r->user.tenant_id, req_field(r, "email"), &s, &found, &r->err) < 0) {
		resp_store_error(r);
		return;
	}
	if (!found) {
		resp_error(r, 404, V("Invitasjonen finnes ikke."));
		return;
	}
	req_flash(r, V("Invitasjonen er trukket tilbake. Lenken virker ikke lenger."));
	resp_redirect(r, "/brukere");
}

void h_audit(struct req *r)
{
	struct audit_entry *all;
	size_t n;
	int64_t count, broken;
	const char *head = NULL;
	struct buf *b = &r->out;
	struct page p = view_page(r, V("Revisjonsspor"), "logg");
	struct err chain;
	err_init(&chain, r->lang);
	if (store_audit_list(r->db, r->a, r->user.tenant_id, 200, &all, &n, &r->err) < 0 ||
	    store_audit_verify(r->db, r->a, &count, &broken, &head, &chain) < 0) {
		resp_store_error(r);
		return;
	}
	page_begin(b, &p);
	if (broken)
		HTML_LIT(b, "<p class=\"error\" role=\"alert\">");
	else
		HTML_LIT(b, "<p class=\"flash\">");
	if (broken)
		html_text(b, arena_printf(r->a, V("Revisjonssporet er brutt ved oppføring %" PRId64 ": %s"),
					  broken, chain.msg));
	else
		html_text(b, arena_printf(r->a, V("Revisjonssporet er helt: %" PRId64 " oppføringer, "
						  "hver bundet til den forrige med en hash."), count));
	HTML_LIT(b, "</p>");
	{
		const char *const cols[] = { V("Nr."), V("Tidspunkt (UTC)"), V("Hvem"), V("Hva"), V("Gammel verdi"), V("Ny verdi") };
		page_thead(b, cols, 6);
	}
	for (size_t i = 0; i < n; i++) {
		const struct audit_entry *x = &all[i];
		HTML_LIT(b, "<tr><td>");
		buf_printf(b, "%" PRId64, x->seq);
		HTML_LIT(b, "</td><td class=\"date\">");
		html_text(b, x->at);
		HTML_LIT(b, "</td><td>");
		html_text(b, x->actor);
		HTML_LIT(b, "</td><td>");
		html_text(b, arena_printf(r->a, "%s %s", x->action, x->object));
		HTML_LIT(b, "</td><td>");
		html_text(b, x->old_value);
		HTML_LIT(b, "</td><td>");
		html_text(b, x->new_value);
		HTML_LIT(b, "</td></tr>");
	}
	page_table_end(b);
	page_end(b, &p);
	resp_html(r, 200);
}
