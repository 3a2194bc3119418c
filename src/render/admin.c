/* render/admin.c: see admin.h. */
#include "render/admin.h"

#include <inttypes.h>

#include "render/html.h"

#define I18N_LANG lang

static const char *const role_codes[] = { "les", "redaktor", "leder", "admin" };

static void user_form(struct buf *b, const struct admin_view *v)
{
	enum lang lang = v->lang;
	const char *names[4];
	for (int i = 0; i < 4; i++)
		names[i] = T(role_label((enum role)i));
	page_h2(b, T("Inviter en bruker"));
	page_form(b, v->pg, "/brukere");
	page_input(b, "email", T("E-post"), "email", NULL, true, NULL, "off");
	page_input(b, "name", T("Navn"), "text", NULL, false, NULL, "off");
	page_select(b, "role", T("Rolle"), role_codes, names, 4, "redaktor");
	page_button(b, T("Lag invitasjonslenke"), NULL, NULL, false);
	page_form_end(b);
}

/* Invitations not yet taken up, of both kinds alike (see store/invite.h): the actions are
 * keyed by the address, so nothing on the page tells the kinds apart. */
static void pending_list(struct buf *b, const struct admin_view *v, const struct invite *inv, size_t n)
{
	enum lang lang = v->lang;
	if (!n)
		return;
	page_h2(b, T("Ventende invitasjoner"));
	const char *const cols[] = { T("E-post"), T("Rolle"), T("Handlinger") };
	page_thead(b, cols, 3);
	for (size_t i = 0; i < n; i++) {
		HTML_LIT(b, "<tr><td>");
		html_text(b, inv[i].email);
		HTML_LIT(b, "</td><td>");
		html_text(b, T(role_label(inv[i].role)));
		HTML_LIT(b, "</td><td class=\"actions-row\">");
		page_form(b, v->pg, "/brukere/invitasjon/ny-lenke");
		page_hidden(b, "email", inv[i].email);
		page_button(b, T("Ny lenke"), NULL, NULL, true);
		page_form_end(b);
		page_form(b, v->pg, "/brukere/invitasjon/trekk");
		page_hidden(b, "email", inv[i].email);
		page_button(b, T("Trekk tilbake"), NULL, NULL, true);
		page_form_end(b);
		HTML_LIT(b, "</td></tr>");
	}
	page_table_end(b);
}

void admin_users(struct buf *b, const struct admin_view *v, const struct user *all, size_t n,
		 const struct invite *pending, size_t npending, const char *link, const char *link_for)
{
	enum lang lang = v->lang;
	if (link) {
		HTML_LIT(b, "<div class=\"flash\" role=\"status\"><p>");
		if (v->mailed)
			html_text(b, arena_printf(v->a, T("Lenken er lagt i kø for e-post til %s. Den virker én gang, i %d "
							  "timer; her vises den bare nå:"), link_for, ENROLL_HOURS));
		else
			html_text(b, arena_printf(v->a, T("Send denne lenken til %s. Den virker én gang, i %d "
							  "timer, og vises bare nå:"), link_for, ENROLL_HOURS));
		HTML_LIT(b, "</p><p class=\"secret\" id=\"enroll-link\">");
		html_text(b, link);
		HTML_LIT(b, "</p></div>");
	}
	{
		const char *const cols[] = { T("E-post"), T("Rolle"), T("Status"), T("Handlinger") };
		page_thead(b, cols, 4);
	}
	for (size_t i = 0; i < n; i++) {
		const struct user *u = &all[i];
		if (!u->password_hash)
			continue;       /* never logged in: listed with the invitations */
		HTML_LIT(b, "<tr><td>");
		html_text(b, u->email);
		HTML_LIT(b, "</td><td>");
		html_text(b, T(role_label(u->role)));
		HTML_LIT(b, "</td><td>");
		html_text(b, !u->active ? T("deaktivert") : u->totp_secret ? T("aktiv")
									 : T("venter på innlogging"));
		HTML_LIT(b, "</td><td class=\"actions-row\">");
		if (u->id != v->self) {
			/* by the address, as the invitations are: no database key in a page */
			page_form(b, v->pg, u->active ? "/brukere/deaktiver" : "/brukere/aktiver");
			page_hidden(b, "email", u->email);
			page_button(b, u->active ? T("Deaktiver") : T("Aktiver"), NULL, NULL, true);
			page_form_end(b);
		}
		page_form(b, v->pg, "/brukere/nullstill");
		page_hidden(b, "email", u->email);
		page_button(b, T("Nullstill tofaktor"), NULL, NULL, true);
		page_form_end(b);
		HTML_LIT(b, "</td></tr>");
	}
	page_table_end(b);
	pending_list(b, v, pending, npending);
	user_form(b, v);
}

void admin_audit(struct buf *b, const struct admin_view *v, const struct audit_entry *all, size_t n, int64_t count,
		 int64_t broken, const char *why)
{
	enum lang lang = v->lang;
	if (broken)
		HTML_LIT(b, "<p class=\"error\" role=\"alert\">");
	else
		HTML_LIT(b, "<p class=\"flash\">");
	if (broken)
		html_text(b, arena_printf(v->a, T("Revisjonssporet er brutt ved oppføring %" PRId64 ": %s"),
					  broken, why));
	else
		html_text(b, arena_printf(v->a, T("Revisjonssporet er helt: %" PRId64 " oppføringer, "
						  "hver bundet til den forrige med en hash."), count));
	HTML_LIT(b, "</p>");
	{
		const char *const cols[] = { T("Nr."), T("Tidspunkt (UTC)"), T("Hvem"), T("Hva"), T("Gammel verdi"), T("Ny verdi") };
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
		html_text(b, arena_printf(v->a, "%s %s", x->action, x->object));
		HTML_LIT(b, "</td><td>");
		html_text(b, x->old_value);
		HTML_LIT(b, "</td><td>");
		html_text(b, x->new_value);
		HTML_LIT(b, "</td></tr>");
	}
	page_table_end(b);
}
