/* render/account.c: see account.h. */
#include "render/account.h"

#include "render/html.h"

#define I18N_LANG (v->lang)

void account_page(struct buf *b, const struct account_view *v, const struct api_token *tokens, size_t n)
{
	HTML_LIT(b, "<p>");
	html_text(b, arena_printf(v->a, "%s, %s (%s)", v->email, v->tenant,
				  T(role_label(v->role))));
	HTML_LIT(b, "</p><h2>");
	html_text(b, T("Språk"));
	HTML_LIT(b, "</h2>");
	static const char *const codes[] = { "nb", "en" };
	const char *names[] = { "Bokmål", "English" };
	page_form(b, v->pg, "/profil/sprak");
	page_select(b, "lang", T("Språk"), codes, names, 2, i18n_code(v->lang));
	page_button(b, T("Lagre"), NULL, NULL, false);
	page_form_end(b);

	page_h2(b, T("Bytt passord"));
	page_form(b, v->pg, "/profil/passord");
	page_input(b, "current", T("Nåværende passord"), "password", NULL, true, NULL, "current-password");
	page_input(b, "password", T("Nytt passord"), "password", NULL, true, T("Minst 12 tegn."),
		   "new-password");
	page_input(b, "password2", T("Gjenta det nye passordet"), "password", NULL, true, NULL,
		   "new-password");
	page_button(b, T("Bytt passord"), NULL, NULL, false);
	page_form_end(b);

	page_h2(b, T("API-nøkler"));
	if (v->new_token) {
		HTML_LIT(b, "<div class=\"flash\" role=\"status\"><p>");
		html_text(b, T("Den nye nøkkelen vises bare nå. Bruk den som «Authorization: Bearer "
			       "NØKKEL» mot /api/v1/."));
		HTML_LIT(b, "</p><p class=\"secret\" id=\"api-token\">");
		html_text(b, v->new_token);
		HTML_LIT(b, "</p></div>");
	}
	{
		const char *const cols[] = { T("Navn"), T("Laget"), T("Sist brukt"), T("Utløper"), T("Status") };
		page_thead(b, cols, 5);
	}
	for (size_t i = 0; i < n; i++) {
		HTML_LIT(b, "<tr><td>");
		html_text(b, tokens[i].label);
		HTML_LIT(b, "</td><td>");
		html_text(b, tokens[i].created_at);
		HTML_LIT(b, "</td><td>");
		html_text(b, tokens[i].last_used_at ? tokens[i].last_used_at : "–");
		HTML_LIT(b, "</td><td>");
		html_text(b, tokens[i].expires_at ? tokens[i].expires_at : "–");
		HTML_LIT(b, "</td><td>");
		if (tokens[i].revoked_at) {
			html_text(b, T("trukket tilbake"));
		} else if (user_token_expired(&tokens[i], v->now)) {
			html_text(b, T("utløpt"));
		} else {
			/* by its place in the list and when it was made: no database key in a page */
			page_form(b, v->pg, arena_printf(v->a, "/profil/nokler/%zu/slett", i + 1));
			page_hidden(b, "laget", tokens[i].created_at);
			page_button(b, T("Trekk tilbake"), NULL, NULL, true);
			page_form_end(b);
		}
		HTML_LIT(b, "</td></tr>");
	}
	page_table_end(b);
	page_form(b, v->pg, "/profil/nokler");
	page_input(b, "label", T("Navn på ny nøkkel"), "text", NULL, true,
		   arena_printf(v->a, T("Nøkkelen får din rolle og din kommune, og varer i %u dager. Den "
					"trekkes tilbake når du bytter passord, logger ut overalt eller får "
					"tofaktor nullstilt."), v->token_days), "off");
	page_input(b, "token-password", T("Passordet ditt"), "password", NULL, true, NULL, "current-password");
	page_input(b, "token-code", T("Kode fra appen"), "text", NULL, true, NULL, "one-time-code");
	page_button(b, T("Lag nøkkel"), NULL, NULL, false);
	page_form_end(b);

	page_h2(b, T("Innlogginger"));
	page_form(b, v->pg, "/logout-all");
	page_button(b, T("Logg ut overalt"), NULL, NULL, true);
	page_form_end(b);
}
