/* render/contacts.c: see contacts.h. */
#include "render/contacts.h"

#include "render/html.h"
#include "util/date.h"

#define I18N_LANG lang

/* a value and, on a line of its own below it, another (when there is one) */
static void two(struct buf *b, const char *first, const char *second, bool strong)
{
	HTML_LIT(b, "<td>");
	if (strong)
		HTML_LIT(b, "<strong>");
	html_text(b, first);
	if (strong)
		HTML_LIT(b, "</strong>");
	if (second) {
		HTML_LIT(b, "<br>");
		html_text(b, second);
	}
	HTML_LIT(b, "</td>");
}

void contacts_table(struct buf *b, struct arena *a, enum lang lang, const struct prep_contacts *c,
		    const struct contacts_opts *o)
{
	const char *const cols[] = { T("Navn"), T("Rolle i en krise"), T("Telefon"), T("E-post"), T("Når"),
				     T("Bekreftet"), T("Bekreft") };
	page_thead(b, cols, o->pg ? 7 : 6);
	for (size_t i = 0; i < c->n; i++) {
		const struct prep_contact *x = &c->items[i];
		HTML_LIT(b, "<tr>");
		two(b, x->name, x->org, true);
		two(b, x->crisis_role, x->resources, false);
		HTML_LIT(b, "<td>");   /* numbers a phone dials with a tap, on the worst day too */
		html_phone(b, x->phone);
		if (x->phone2) {
			HTML_LIT(b, "<br>");
			html_phone(b, x->phone2);
		}
		HTML_LIT(b, "</td>");
		two(b, x->email, NULL, false);
		two(b, T(prep_availability_label(x->availability)), NULL, false);
		HTML_LIT(b, "<td>");
		html_text(b, x->verified_on == DATE_NONE ? T("aldri") : date_text(a, x->verified_on, ""));
		if (o->stale_days && prep_contact_stale(x, o->today, o->stale_days)) {
			HTML_LIT(b, " ");
			page_badge(b, "overdue", T("bør bekreftes"));
		}
		HTML_LIT(b, "</td>");
		if (o->pg) {
			HTML_LIT(b, "<td>");
			page_form(b, o->pg, arena_printf(a, "/beredskap/kontakter/%zu/bekreft", i + 1));
			page_hidden(b, "versjon", arena_printf(a, "%d", o->version));
			page_button(b, arena_printf(a, T("Bekreft %s"), x->name), NULL, NULL, true);
			page_form_end(b);
			HTML_LIT(b, "</td>");
		}
		HTML_LIT(b, "</tr>");
	}
	page_table_end(b);
}
