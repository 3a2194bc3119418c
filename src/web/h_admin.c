/* h_admin.c: users (invite, disable, enable, reset two-factor), pending invitations and the
 * audit trail. */
#include <inttypes.h>
#include <string.h>

#include "render/admin.h"
#include "render/mail.h"
#include "store/audit.h"
#include "store/invite.h"
#include "store/user.h"
#include "web/handlers.h"
#include "web/view.h"

/* The link by e-mail too, when the installation has a relay: from a thread of its own
 * (web/mailer.h). True when it was queued. */
static bool mail_link(struct req *r, const char *to, const char *subject, const char *text)
{
	return mailer_post(&r->srv->mailer, to, subject, text) == 0;
}

static void users_page_mailed(struct req *r, int status, const char *error, const char *link, const char *link_for,
			      bool mailed);

static void users_page(struct req *r, int status, const char *error, const char *link,
		       const char *link_for)
{
	users_page_mailed(r, status, error, link, link_for, false);
}

static void users_page_mailed(struct req *r, int status, const char *error, const char *link, const char *link_for,
			      bool mailed)
{
	struct user *all;
	size_t n;
	struct page_frame p = view_page(r, T("Brukere"), "brukere");
	p.error = error;
	struct invite *pending;
	size_t npending;
	if (store_user_list(r->db, r->a, r->user.tenant_id, &all, &n, &r->err) < 0 ||
	    store_invite_list(r->db, r->a, r->user.tenant_id, &pending, &npending, &r->err) < 0) {
		resp_store_error(r);
		return;
	}
	struct admin_view v = { .a = r->a, .lang = r->lang, .pg = &p, .self = r->user.id, .mailed = mailed };
	page_begin(&r->out, &p);
	admin_users(&r->out, &v, all, n, pending, npending, link, link_for);
	page_end(&r->out, &p);
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
	const char *link = arena_printf(r->a, "%s/enroll?token=%s", r->srv->base_url, token), *subject, *text;
	mail_invite(r->a, u.lang, r->tenant_name, r->tenant_name, u.name, u.role, link, &subject, &text);
	users_page_mailed(r, 200, NULL, link, u.email, mail_link(r, u.email, subject, text));
}

/* The user named by the form's address, in this municipality; another municipality's
 * user, like no user, is not found. */
static int target(struct req *r, int64_t *id)
{
	struct user u;
	bool found = false;
	const char *email = req_field(r, "email");
	if (email && *email && store_user_member(r->db, r->a, r->user.tenant_id, email, &u, &found, &r->err) < 0) {
		resp_store_error(r);
		return -1;
	}
	if (!found) {
		resp_error(r, 404, T("Brukeren finnes ikke."));
		return -1;
	}
	*id = u.id;
	return 0;
}

static void set_active(struct req *r, bool on)
{
	int64_t id;
	struct store_stamp s = req_stamp(r);
	if (target(r, &id) < 0)
		return;
	if (id == r->user.id) {
		resp_error(r, 400, T("Du kan ikke deaktivere deg selv."));
		return;
	}
	if (store_user_set_active(r->db, r->user.tenant_id, id, on, &s, &r->err) < 0) {
		resp_store_error(r);
		return;
	}
	req_flash(r, on ? T("Brukeren er aktivert.") : T("Brukeren er deaktivert og logget ut."));
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
	if (store_user_reset(r->db, r->user.tenant_id, id, false, &s, token, &r->err) < 0) {
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
		resp_error(r, 404, T("Invitasjonen finnes ikke."));
		return;
	}
	const char *link = arena_printf(r->a, "%s/enroll?token=%s", r->srv->base_url, token), *subject, *text;
	mail_renewed(r->a, LANG_NB, r->tenant_name, link, &subject, &text);
	users_page_mailed(r, 200, NULL, link, email, mail_link(r, email, subject, text));
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
		resp_error(r, 404, T("Invitasjonen finnes ikke."));
		return;
	}
	req_flash(r, T("Invitasjonen er trukket tilbake. Lenken virker ikke lenger."));
	resp_redirect(r, "/brukere");
}

void h_audit(struct req *r)
{
	struct audit_entry *all;
	size_t n;
	int64_t count, broken;
	const char *head = NULL;
	struct page_frame p = view_page(r, T("Revisjonsspor"), "logg");
	struct err chain;
	err_init(&chain, r->lang);
	if (store_audit_list(r->db, r->a, r->user.tenant_id, 200, &all, &n, &r->err) < 0 ||
	    store_audit_verify(r->db, r->a, &count, &broken, &head, &chain) < 0) {
		resp_store_error(r);
		return;
	}
	struct admin_view v = { .a = r->a, .lang = r->lang, .pg = &p, .self = r->user.id };
	page_begin(&r->out, &p);
	admin_audit(&r->out, &v, all, n, count, broken, chain.msg);
	page_end(&r->out, &p);
	resp_html(r, 200);
}
