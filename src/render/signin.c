/* render/signin.c: see signin.h. */
#include "render/signin.h"

#include "render/html.h"
#include "render/qr.h"

#define I18N_LANG lang

void signin_login_form(struct buf *b, enum lang lang, const struct page_frame *pg, const char *email)
{
	page_form(b, pg, "/login");
	page_input(b, "email", T("E-post"), "email", email, true, NULL, "username");
	page_input(b, "password", T("Passord"), "password", NULL, true, NULL, "current-password");
	page_button(b, T("Logg inn"), NULL, NULL, false);
	page_form_end(b);
	HTML_LIT(b, "<p class=\"muted\">");
	html_text(b, T("Alle brukere logger inn med passord og en kode fra en "
		       "autentiseringsapp (tofaktor). Har du fått en lenke fra "
		       "administratoren, bruk den for å komme i gang."));
	HTML_LIT(b, "</p>");
}

void signin_code_form(struct buf *b, enum lang lang, const struct page_frame *pg)
{
	page_form(b, pg, "/login/kode");
	page_input(b, "code", T("Kode"), "text", NULL, true,
		   T("Sekssifret kode fra appen, eller en av gjenopprettingskodene dine."), "one-time-code");
	page_button(b, T("Fortsett"), NULL, NULL, false);
	page_form_end(b);
}

void signin_enroll(struct buf *b, struct arena *a, enum lang lang, const struct page_frame *pg, const char *email,
		   const char *token, const char *secret)
{
	HTML_LIT(b, "<p>");
	html_text(b, arena_printf(a, T("Velkommen, %s. Velg et passord, og koble "
						"autentiseringsappen din (for eksempel Microsoft "
						"Authenticator, Google Authenticator eller FreeOTP) til "
						"beredt."), email));
	HTML_LIT(b, "</p><h2>");
	html_text(b, T("1. Skann koden med appen"));
	HTML_LIT(b, "</h2><div class=\"qr\">");
	const char *uri = arena_printf(a, "otpauth://totp/beredt:%s?secret=%s&issuer=beredt&digits=6&period=30",
				       email, secret);
	render_qr_svg(b, uri, T("QR-kode for autentiseringsappen"));
	HTML_LIT(b, "</div><p>");
	html_text(b, T("Kan du ikke skanne? Skriv inn denne nøkkelen i appen:"));
	HTML_LIT(b, "</p><p class=\"secret\" id=\"totp-key\">");
	html_text(b, secret);
	HTML_LIT(b, "</p><h2>");
	html_text(b, T("2. Velg passord og bekreft med en kode"));
	HTML_LIT(b, "</h2>");
	page_form(b, pg, "/enroll");
	page_hidden(b, "token", token);
	page_input(b, "password", T("Nytt passord"), "password", NULL, true,
		   T("Minst 12 tegn. En setning med flere ord er lett å huske og vanskelig å gjette."),
		   "new-password");
	page_input(b, "password2", T("Gjenta passordet"), "password", NULL, true, NULL,
		   "new-password");
	page_input(b, "code", T("Kode fra appen"), "text", NULL, true,
		   T("Sekssifret kode som appen viser nå."), "one-time-code");
	page_button(b, T("Fullfør"), NULL, NULL, false);
	page_form_end(b);
}

void signin_elsewhere(struct buf *b, struct arena *a, enum lang lang, const struct page_frame *p,
		      const char *email, const char *tenant, const char *token, bool signed_in)
{
	HTML_LIT(b, "<p>");
	html_text(b, arena_printf(a, T("%s har invitert %s til beredt, og adressen har allerede en "
				       "konto."), tenant, email));
	HTML_LIT(b, "</p><p>");
	if (!signed_in) {
		/* the link alone never adds a tenant to an account: its owner must be signed in */
		html_text(b, T("Logg inn med kontoen din (passord og tofaktor som før), og åpne så lenken "
			       "i invitasjonen igjen for å godta den."));
		HTML_LIT(b, "</p><p>");
		page_link(b, "/login", T("Logg inn"));
		HTML_LIT(b, "</p>");
		return;
	}
	html_text(b, arena_printf(a, T("Godtar du, kan du bytte til %s i toppen av siden, med den "
				       "rollen invitasjonen gir. Passordet og tofaktor er de samme."), tenant));
	HTML_LIT(b, "</p>");
	page_form(b, p, "/enroll/godta");
	page_hidden(b, "token", token);
	page_button(b, T("Godta invitasjonen"), NULL, NULL, false);
	page_form_end(b);
}

void signin_recovery_codes(struct buf *b, enum lang lang, const char *codes, int n, size_t width)
{
	HTML_LIT(b, "<p>");
	html_text(b, T("Innloggingen er klar. Skriv ut eller ta vare på disse kodene et trygt "
			     "sted. Hver kode kan brukes én gang i stedet for koden fra appen, om "
			     "telefonen blir borte. De vises bare nå."));
	HTML_LIT(b, "</p><ul class=\"codes\" id=\"recovery-codes\">");
	for (int i = 0; i < n; i++) {
		HTML_LIT(b, "<li>");
		html_text(b, codes + (size_t)i * width);
		HTML_LIT(b, "</li>");
	}
	HTML_LIT(b, "</ul><p>");
	page_link(b, "/oversikt", T("Jeg har tatt vare på kodene – fortsett"));
	HTML_LIT(b, "</p>");
}
