/* h_profile.c: the user's own settings: language, password, API tokens, and logging
 * out everywhere. Two-factor cannot be turned off; an administrator can reset it. */
#include <inttypes.h>
#include <string.h>
#include <time.h>

#include "render/account.h"
#include "store/apitoken.h"
#include "store/user.h"
#include "util/totp.h"
#include "store/audit.h"
#include "store/user.h"
#include "web/handlers.h"
#include "web/view.h"

static void profile_page(struct req *r, int status, const char *error, const char *new_token)
{
	struct api_token *tokens;
	size_t n;
	struct buf *b = &r->out;
	struct page_frame p = view_page(r, T("Profil"), "profil");
	p.error = error;
	if (store_token_list(r->db, r->a, r->user.tenant_id, r->user.id, &tokens, &n, &r->err) < 0) {
		resp_store_error(r);
		return;
	}
	struct account_view v = { .a = r->a, .lang = r->lang, .pg = &p, .email = r->user.email, .tenant = r->tenant_name,
				  .role = r->user.role, .now = r->now, .token_days = r->srv->token_days, .new_token = new_token };
	page_begin(b, &p);
	account_page(b, &v, tokens, n);
	page_end(b, &p);
	resp_html(r, status);
}

void h_profile(struct req *r)
{
	profile_page(r, 200, NULL, NULL);
}

void h_profile_lang(struct req *r)
{
	enum lang l;
	struct store_stamp s = req_stamp(r);
	const char *v = req_field(r, "lang");
	if (!v || i18n_parse(v, &l) < 0) {
		profile_page(r, 400, T("Ukjent språk."), NULL);
		return;
	}
	if (store_user_set_lang(r->db, r->user.tenant_id, r->user.id, l, &s, &r->err) < 0) {
		resp_store_error(r);
		return;
	}
	r->lang = l;
	req_flash(r, T("Språket er lagret."));
	resp_redirect(r, "/profil");
}

void h_profile_password(struct req *r)
{
	struct store_stamp s = req_stamp(r);
	const char *cur = req_field(r, "current"), *pw = req_field(r, "password");
	const char *pw2 = req_field(r, "password2");
	if (!cur || !crypto_password_ok(cur, r->user.password_hash)) {
		profile_page(r, 400, T("Det nåværende passordet stemmer ikke."), NULL);
		return;
	}
	if (!pw || !pw2 || strcmp(pw, pw2) != 0) {
		profile_page(r, 400, T("De nye passordene er ikke like."), NULL);
		return;
	}
	if (store_user_set_password(r->db, r->user.tenant_id, r->user.id, pw, r->sid, &s, &r->err) < 0) {
		profile_page(r, 400, r->err.msg, NULL);
		return;
	}
	req_flash(r, T("Passordet er byttet. Du er logget ut alle andre steder, og API-nøklene dine er trukket tilbake."));
	resp_redirect(r, "/profil");
}

void h_token_add(struct req *r)
{
	char token[API_TOKEN_TEXT];
	struct store_stamp s = req_stamp(r);
	const char *pw = req_field(r, "token-password"), *code = req_field(r, "token-code");
	bool fresh = false;
	/* a token outlives the session that makes it: whoever makes one proves again who
	 * they are, with the password and a current code (taken, so it works once) */
	if (!pw || !crypto_password_ok(pw, r->user.password_hash) || !code || strlen(code) != 6) {
		profile_page(r, 400, T("Oppgi passordet ditt og en kode fra appen for å lage en nøkkel."), NULL);
		return;
	}
	int64_t step = totp_check(r->user.totp_secret, code, (time_t)r->epoch, r->user.totp_last_step);
	if (store_user_confirm(r->db, &r->user, step, &s, &fresh, &r->err) < 0) {
		resp_store_error(r);
		return;
	}
	if (!fresh) {
		profile_page(r, 400, T("Oppgi passordet ditt og en kode fra appen for å lage en nøkkel."), NULL);
		return;
	}
	if (store_token_new(r->db, r->user.tenant_id, r->user.id, req_field(r, "label"), r->srv->token_days, &s, token,
			    &r->err) < 0) {
		profile_page(r, 400, r->err.msg, NULL);
		return;
	}
	/* shown once on this answer; only its hash is kept */
	profile_page(r, 200, NULL, token);
}

void h_token_revoke(struct req *r)
{
	int pos;
	struct api_token *tokens;
	size_t n;
	struct store_stamp s = req_stamp(r);
	const char *made = req_field(r, "laget");
	if (store_token_list(r->db, r->a, r->user.tenant_id, r->user.id, &tokens, &n, &r->err) < 0) {
		resp_store_error(r);
		return;
	}
	if (view_number(r->param, &pos) < 0 || pos < 1 || (size_t)pos > n || !made) {
		resp_error(r, 404, T("Nøkkelen finnes ikke."));
		return;
	}
	if (strcmp(tokens[pos - 1].created_at, made) != 0) {
		resp_error(r, 409, T("Listen over nøkler er endret siden siden ble lastet. Last den inn på nytt."));
		return;
	}
	if (store_token_revoke(r->db, r->user.tenant_id, r->user.id, tokens[pos - 1].id, &s, &r->err) < 0) {
		resp_store_error(r);
		return;
	}
	req_flash(r, T("Nøkkelen er trukket tilbake."));
	resp_redirect(r, "/profil");
}
