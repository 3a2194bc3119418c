/* h_auth.c: logging in (password, then the second factor), enrolment from a one-time
 * link, and logging out. Every failure says the same thing, whatever was wrong. */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "render/signin.h"
#include "store/audit.h"
#include "store/invite.h"
#include "store/session.h"
#include "store/tenant.h"
#include "store/user.h"
#include "util/totp.h"
#include "web/handlers.h"
#include "web/view.h"

#define LOGIN_FAILED N_("Innloggingen mislyktes. Sjekk e-post, passord og kode, eller vent litt " \
			"om du har prøvd mange ganger.")

void h_root(struct req *r)
{
	resp_redirect(r, "/oversikt");
}

static void login_page(struct req *r, int status, const char *error, const char *email)
{
	struct page_frame p = view_page(r, T("Logg inn"), NULL);
	p.error = error;
	page_begin(&r->out, &p);
	signin_login_form(&r->out, r->lang, &p, email);
	page_end(&r->out, &p);
	resp_html(r, status);
}

void h_login_get(struct req *r)
{
	if (r->logged_in) {
		resp_redirect(r, "/oversikt");
		return;
	}
	login_page(r, 200, NULL, NULL);
}

/* A failed attempt: count it against the account (if any) and the address. */
static void login_failed(struct req *r, const struct user *u, const char *email)
{
	struct store_stamp s = req_stamp(r);
	struct err ignored;
	err_init(&ignored, r->lang);
	s.by = email && *email ? email : "anonym";
	limiter_failed(&r->srv->limiter, r->ip, r->epoch);
	if ((u ? store_user_login_failed(r->db, u, &s, &ignored)
	       : store_audit(r->db, 0, &s, "login.failed", "ukjent bruker", NULL, NULL, &ignored)) < 0)
		fprintf(stderr, "beredt: a failed login could not be recorded: %s\n", ignored.msg);
}

/* Locked by earlier failures at 'now'? */
static bool locked(struct req *r, const struct user *u)
{
	int64_t until;
	return u->locked_until && date_timestamp_parse(u->locked_until, &until) == 0 && r->epoch < until;
}

void h_login_post(struct req *r)
{
	const char *email = req_field(r, "email"), *pw = req_field(r, "password");
	struct user u;
	bool found = false;
	char sid[CRYPTO_TOKEN_TEXT];

	if (!email || !pw || strlen(email) > VALID_EMAIL_MAX || strlen(pw) > CRYPTO_PASSWORD_MAX) {
		login_page(r, 400, T(LOGIN_FAILED), NULL);
		return;
	}
	bool blocked = limiter_blocked(&r->srv->limiter, r->ip, r->epoch);
	if (store_user_by_email(r->db, r->a, email, &u, &found, &r->err) < 0) {
		resp_error(r, 500, r->err.msg);
		return;
	}
	/* always do the password work, so the answer takes as long for unknown users */
	bool pw_ok = crypto_password_ok(pw, found && u.password_hash ? u.password_hash
								     : r->srv->dummy_hash);
	if (blocked || !found || !u.active || !u.totp_secret || locked(r, &u) || !pw_ok) {
		if (!blocked)
			login_failed(r, found ? &u : NULL, email);
		login_page(r, 401, T(LOGIN_FAILED), email);
		return;
	}
	struct store_stamp s = req_stamp(r);
	if (store_session_new(r->db, u.tenant_id, u.id, false, &s, sid, &r->err) < 0) {
		resp_error(r, 500, r->err.msg);
		return;
	}
	req_set_session_cookie(r, sid);
	resp_redirect(r, "/login/kode");
}

static void totp_page(struct req *r, int status, const char *error)
{
	struct page_frame p = view_page(r, T("Kode fra autentiseringsappen"), NULL);
	p.error = error;
	page_begin(&r->out, &p);
	signin_code_form(&r->out, r->lang, &p);
	page_end(&r->out, &p);
	resp_html(r, status);
}

void h_totp_get(struct req *r)
{
	totp_page(r, 200, NULL);
}

void h_totp_post(struct req *r)
{
	const char *code = req_field(r, "code");
	struct store_stamp s = req_stamp(r);
	char sid[CRYPTO_TOKEN_TEXT];
	int64_t step = 0;
	bool recovery_ok = false;

	if (limiter_blocked(&r->srv->limiter, r->ip, r->epoch) || locked(r, &r->user) || !code) {
		totp_page(r, 401, T(LOGIN_FAILED));
		return;
	}
	if (strlen(code) == 6)
		step = totp_check(r->user.totp_secret, code, (time_t)r->epoch, r->user.totp_last_step);
	else if (strlen(code) <= RECOVERY_CODE_TYPED &&
		 store_recovery_use(r->db, &r->user, code, &s, &recovery_ok, &r->err) < 0) {
		resp_error(r, 500, r->err.msg);
		return;
	}
	if (!step && !recovery_ok) {
		login_failed(r, &r->user, r->user.email);
		totp_page(r, 401, T(LOGIN_FAILED));
		return;
	}
	/* The address's failures are not forgiven by a success: an attacker's own account
	 * would reset the count between guesses at someone else's. They fade with time. The
	 * code's step is taken with one compare-and-set: of two requests with the same code,
	 * exactly one logs in. */
	bool fresh = false;
	if (store_user_login_ok(r->db, &r->user, step, &s, &fresh, &r->err) < 0) {
		resp_error(r, 500, r->err.msg);
		return;
	}
	if (!fresh) {
		login_failed(r, &r->user, r->user.email);
		totp_page(r, 401, T(LOGIN_FAILED));
		return;
	}
	if (store_session_upgrade(r->db, r->sid, &s, sid, &r->err) < 0) {
		totp_page(r, 401, T(LOGIN_FAILED));
		return;
	}
	req_set_session_cookie(r, sid);
	if (recovery_ok) {
		int left = 0;
		if (store_recovery_left(r->db, r->user.id, &left, &r->err) < 0)
			fprintf(stderr, "beredt: the recovery codes left could not be counted: %s\n", r->err.msg);
		r->sid = arena_strdup(r->a, sid);
		r->has_session = true;
		req_flash(r, arena_printf(r->a, T("Du brukte en gjenopprettingskode. Du har %d igjen; be "
						  "administratoren nullstille tofaktor om telefonen er borte."),
					  left));
	}
	resp_redirect(r, "/oversikt");
}

void h_logout(struct req *r)
{
	struct err ignored;
	struct store_stamp s = req_stamp(r);
	err_init(&ignored, r->lang);
	if (store_session_end(r->db, r->sid, &ignored) < 0 ||
	    store_audit(r->db, r->user.tenant_id, &s, "logout", r->user.email, NULL, NULL, &ignored) < 0)
		fprintf(stderr, "beredt: a logout could not be recorded: %s\n", ignored.msg);
	req_clear_session_cookie(r);
	resp_redirect(r, "/login");
}

void h_logout_all(struct req *r)
{
	struct store_stamp s = req_stamp(r);
	/* "log out everywhere" that did not happen must not look as if it did */
	if (store_user_logout_all(r->db, r->user.tenant_id, r->user.id, &s, &r->err) < 0) {
		resp_store_error(r);
		return;
	}
	req_clear_session_cookie(r);
	resp_redirect(r, "/login");
}

/* ---- enrolment ---- */

static void enroll_page(struct req *r, int status, const char *token, const struct enrollment *en,
			const char *error)
{
	struct user u;
	struct page_frame p = view_page(r, T("Sett opp innlogging"), NULL);
	p.error = error;
	p.logged_in = false;
	if (store_user_get(r->db, r->a, en->tenant_id, en->user_id, &u, &r->err) < 0) {
		resp_error(r, 404, T("Lenken er brukt, utløpt eller ugyldig. Be administratoren om en ny."));
		return;
	}
	page_begin(&r->out, &p);
	signin_enroll(&r->out, r->a, r->lang, &p, u.email, token, en->totp_secret);
	page_end(&r->out, &p);
	resp_html(r, status);
}

/* The link of an invitation to an address that has an account in another municipality:
 * the person learns only what they know, that their address has an account. */
static void invited_elsewhere(struct req *r, const struct invite_link *l, const char *token)
{
	struct tenant t;
	if (store_tenant_by_id(r->db, r->a, l->tenant_id, &t, &r->err) < 0) {
		resp_store_error(r);
		return;
	}
	bool self = r->logged_in && strcmp(r->user.email, l->email) == 0;
	struct page_frame p = view_page(r, T("Du har allerede en konto"), NULL);
	page_begin(&r->out, &p);
	signin_elsewhere(&r->out, r->a, r->lang, &p, l->email, t.name, token, self);
	page_end(&r->out, &p);
	resp_html(r, 200);
}

/* Switch the session to another tenant the account belongs to; one it does not belong to
 * is answered as a page that does not exist. */
static void switch_to(struct req *r, const char *code)
{
	struct store_stamp s = req_stamp(r);
	int64_t to;
	bool found;
	if (store_session_switch(r->db, r->sid, r->user.id, r->user.tenant_id, code, &s, &to, &found, &r->err) < 0) {
		resp_store_error(r);
		return;
	}
	if (!found) {
		resp_error(r, 404, T("Du har ingen tilgang der, eller den finnes ikke."));
		return;
	}
	resp_redirect(r, "/oversikt");
}

void h_switch(struct req *r)
{
	switch_to(r, req_field(r, "kommune"));
}

void h_invite_accept(struct req *r)
{
	struct store_stamp s = req_stamp(r);
	struct tenant t;
	int64_t tenant;
	bool found;
	if (store_invite_accept(r->db, req_field(r, "token"), &r->user, &s, &tenant, &found, &r->err) < 0) {
		resp_store_error(r);
		return;
	}
	if (!found) {
		resp_error(r, 404, T("Lenken er brukt, utløpt eller ugyldig. Be administratoren om en ny."));
		return;
	}
	if (store_tenant_by_id(r->db, r->a, tenant, &t, &r->err) < 0) {
		resp_store_error(r);
		return;
	}
	switch_to(r, t.kommunenr);
}

static bool enrollment(struct req *r, const char *token, struct enrollment *en)
{
	bool found = false;
	struct invite_link l;
	if (store_enrollment_get(r->db, r->a, token, r->now, en, &found, &r->err) < 0)
		goto gone;
	if (found)
		return true;
	if (store_invite_by_token(r->db, r->a, token, r->now, &l, &found, &r->err) < 0 || !found)
		goto gone;
	invited_elsewhere(r, &l, token);
	return false;
gone:
	resp_error(r, 404, T("Lenken er brukt, utløpt eller ugyldig. Be administratoren om en ny."));
	return false;
}

void h_enroll_get(struct req *r)
{
	struct enrollment en;
	const char *token = req_query(r, "token");
	if (enrollment(r, token, &en))
		enroll_page(r, 200, token, &en, NULL);
}

void h_enroll_post(struct req *r)
{
	struct enrollment en;
	const char *token = req_field(r, "token"), *pw = req_field(r, "password");
	const char *pw2 = req_field(r, "password2"), *code = req_field(r, "code");
	char codes[RECOVERY_CODES][RECOVERY_CODE_TEXT], sid[CRYPTO_TOKEN_TEXT];
	struct store_stamp s = req_stamp(r);

	if (!enrollment(r, token, &en))
		return;
	if (!pw || !pw2 || strcmp(pw, pw2) != 0) {
		enroll_page(r, 400, token, &en, T("Passordene er ikke like."));
		return;
	}
	if (user_check_password(pw, &r->err) < 0) {
		enroll_page(r, 400, token, &en, r->err.msg);
		return;
	}
	int64_t step = totp_check(en.totp_secret, code, (time_t)r->epoch, 0);
	if (!step) {
		enroll_page(r, 400, token, &en, T("Koden stemmer ikke. Sjekk at klokka på telefonen "
						  "er riktig, og skriv inn koden appen viser nå."));
		return;
	}
	s.by = "enrolment";
	if (store_enrollment_finish(r->db, token, pw, step, &s, codes, &r->err) < 0 ||
	    store_session_new(r->db, en.tenant_id, en.user_id, true, &s, sid, &r->err) < 0) {
		enroll_page(r, 400, token, &en, r->err.msg);
		return;
	}
	req_set_session_cookie(r, sid);
	/* The recovery codes are shown on this answer and never again: they are not stored
	 * in clear anywhere, so this page cannot follow the usual redirect. */
	struct page_frame p = view_page(r, T("Gjenopprettingskoder"), NULL);
	page_begin(&r->out, &p);
	signin_recovery_codes(&r->out, r->lang, (const char *)codes, RECOVERY_CODES, RECOVERY_CODE_TEXT);
	page_end(&r->out, &p);
	resp_html(r, 200);
}
