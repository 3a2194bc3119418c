/* page.c: see page.h. */
#include "render/page.h"

#include <string.h>

#include "render/html.h"
#include "util/embed.h"

#define I18N_LANG (p->lang)

static void nav_item(struct buf *b, const struct page_frame *p, const char *key, const char *href,
		     const char *label)
{
	HTML_LIT(b, "<li><a href=\"");
	html_attr(b, href);
	HTML_LIT(b, "\"");
	if (p->active && strcmp(p->active, key) == 0)
		HTML_LIT(b, " aria-current=\"page\"");
	HTML_LIT(b, ">");
	html_text(b, label);
	HTML_LIT(b, "</a></li>");
}

/* The tenants the account works in, the active one selected: a form, so it works without
 * script; the server checks the membership again, whatever is sent. */
static void tenant_switcher(struct buf *b, const struct page_frame *p)
{
	page_form(b, p, "/bytt");
	HTML_LIT(b, "<span class=\"switch\"><label for=\"bytt-til\">");
	html_text(b, T("Arbeider i"));
	HTML_LIT(b, "</label> <select id=\"bytt-til\" name=\"kommune\">");
	for (size_t i = 0; i < p->n_tenants; i++) {
		const struct membership *m = &p->tenants[i];
		HTML_LIT(b, "<option value=\"");
		html_attr(b, m->code);
		HTML_LIT(b, "\"");
		if (p->tenant_code && strcmp(p->tenant_code, m->code) == 0)
			HTML_LIT(b, " selected");
		HTML_LIT(b, ">");
		html_text(b, m->name);
		HTML_LIT(b, " (");
		html_text(b, T(role_label(m->role)));
		HTML_LIT(b, ")</option>");
	}
	HTML_LIT(b, "</select> ");
	page_button(b, T("Bytt"), NULL, NULL, true);
	HTML_LIT(b, "</span>");
	page_form_end(b);
}

void page_begin(struct buf *b, const struct page_frame *p)
{
	HTML_LIT(b, "<!DOCTYPE html>\n<html lang=\"");
	html_attr(b, i18n_code(p->lang));
	HTML_LIT(b, "\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
		    "content=\"width=device-width, initial-scale=1\"><title>");
	html_text(b, p->title);
	HTML_LIT(b, " – beredt</title><link rel=\"stylesheet\" href=\"/static/style.css\"></head>"
		    "<body><a class=\"skip\" href=\"#main\">");
	html_text(b, T("Hopp til innholdet"));
	HTML_LIT(b, "</a><header class=\"top\"><div class=\"brand\"><a href=\"/\">beredt</a>");
	if (p->n_tenants > 1 && p->logged_in)
		tenant_switcher(b, p);
	else if (p->tenant && *p->tenant) {
		HTML_LIT(b, " <span class=\"tenant\">");
		html_text(b, p->tenant);
		HTML_LIT(b, "</span>");
	}
	HTML_LIT(b, "</div>");
	if (p->logged_in) {
		HTML_LIT(b, "<nav aria-label=\"");
		html_attr(b, T("Hovedmeny"));
		HTML_LIT(b, "\"><ul>");
		if (p->cooperation)
			nav_item(b, p, "samarbeid", "/samarbeid", T("Medlemmer"));
		nav_item(b, p, "oversikt", "/oversikt", T("Oversikt"));
		nav_item(b, p, "vurdering", "/vurdering", T("Vurdering"));
		nav_item(b, p, "tiltak", "/tiltak", T("Handlingsplan"));
		nav_item(b, p, "ros", "/ros", T("ROS"));
		nav_item(b, p, "funn", "/funn", T("Funn"));
		nav_item(b, p, "beredskap", "/beredskap", T("Beredskap"));
		nav_item(b, p, "rapport", "/rapport", T("Rapport"));
		if (role_allows(p->role, ROLE_LEDER))
			nav_item(b, p, "logg", "/logg", T("Revisjonsspor"));
		if (role_allows(p->role, ROLE_ADMIN))
			nav_item(b, p, "brukere", "/brukere", T("Brukere"));
		nav_item(b, p, "profil", "/profil", T("Profil"));
		HTML_LIT(b, "</ul></nav><div class=\"who\">");
		html_text(b, p->user);
		HTML_LIT(b, " (");
		html_text(b, T(role_label(p->role)));
		HTML_LIT(b, ")");
		page_form(b, p, "/logout");
		page_button(b, T("Logg ut"), NULL, NULL, true);
		page_form_end(b);
		HTML_LIT(b, "</div>");
	}
	HTML_LIT(b, "</header><main id=\"main\">");
	if (p->incident) {
		/* on every page while it lasts: the log and the clocks are one click away */
		HTML_LIT(b, "<p class=\"incident-banner\" role=\"status\"><strong>");
		html_text(b, T("Hendelse pågår:"));
		HTML_LIT(b, "</strong> <a href=\"/beredskap/hendelser/");
		buf_printf(b, "%d", p->incident);
		HTML_LIT(b, "\">");
		html_text(b, p->incident_title);
		HTML_LIT(b, "</a></p>");
	}
	HTML_LIT(b, "<h1>");
	html_text(b, p->title);
	HTML_LIT(b, "</h1>");
	if (p->flash && *p->flash) {
		HTML_LIT(b, "<p class=\"flash\" role=\"status\">");
		html_text(b, p->flash);
		HTML_LIT(b, "</p>");
	}
	if (p->error && *p->error) {
		HTML_LIT(b, "<p class=\"error\" role=\"alert\" id=\"form-error\">");
		html_text(b, p->error);
		HTML_LIT(b, "</p>");
	}
}

void page_end(struct buf *b, const struct page_frame *p)
{
	HTML_LIT(b, "</main><footer class=\"bottom\"><p>");
	html_text(b, T("beredt: beredskap mot dataangrep for kommuner."));
	HTML_LIT(b, "</p></footer></body></html>\n");
}

void page_form(struct buf *b, const struct page_frame *p, const char *action)
{
	HTML_LIT(b, "<form method=\"post\" action=\"");
	html_attr(b, action);
	HTML_LIT(b, "\">");
	if (p->csrf)
		page_hidden(b, "csrf", p->csrf);
}

void page_form_file(struct buf *b, const char *csrf, const char *action)
{
	HTML_LIT(b, "<form method=\"post\" action=\"");
	html_attr(b, action);
	HTML_LIT(b, "\" enctype=\"multipart/form-data\">");
	if (csrf)
		page_hidden(b, "csrf", csrf);
}

void page_form_end(struct buf *b)
{
	HTML_LIT(b, "</form>");
}

static void hint(struct buf *b, const char *id, const char *text)
{
	if (!text)
		return;
	HTML_LIT(b, "<p class=\"hint\" id=\"");
	html_attr(b, id);
	HTML_LIT(b, "-hint\">");
	html_text(b, text);
	HTML_LIT(b, "</p>");
}

static void label(struct buf *b, const char *id, const char *text, bool required)
{
	HTML_LIT(b, "<label for=\"");
	html_attr(b, id);
	HTML_LIT(b, "\">");
	html_text(b, text);
	if (required)
		HTML_LIT(b, " <span aria-hidden=\"true\">*</span>");
	HTML_LIT(b, "</label>");
}

void page_input(struct buf *b, const char *id, const char *text, const char *type,
		const char *value, bool required, const char *hint_text, const char *autocomplete)
{
	HTML_LIT(b, "<div class=\"field\">");
	label(b, id, text, required);
	hint(b, id, hint_text);
	HTML_LIT(b, "<input id=\"");
	html_attr(b, id);
	HTML_LIT(b, "\" name=\"");
	html_attr(b, id);
	HTML_LIT(b, "\" type=\"");
	html_attr(b, type);
	HTML_LIT(b, "\"");
	if (value) {
		HTML_LIT(b, " value=\"");
		html_attr(b, value);
		HTML_LIT(b, "\"");
	}
	if (autocomplete) {
		HTML_LIT(b, " autocomplete=\"");
		html_attr(b, autocomplete);
		HTML_LIT(b, "\"");
	}
	if (required)
		HTML_LIT(b, " required");
	if (hint_text) {
		HTML_LIT(b, " aria-describedby=\"");
		html_attr(b, id);
		HTML_LIT(b, "-hint\"");
	}
	HTML_LIT(b, "></div>");
}

void page_textarea(struct buf *b, const char *id, const char *text, const char *value, int rows,
		   const char *hint_text)
{
	HTML_LIT(b, "<div class=\"field\">");
	label(b, id, text, false);
	hint(b, id, hint_text);
	HTML_LIT(b, "<textarea id=\"");
	html_attr(b, id);
	HTML_LIT(b, "\" name=\"");
	html_attr(b, id);
	buf_printf(b, "\" rows=\"%d\"", rows);
	if (hint_text) {
		HTML_LIT(b, " aria-describedby=\"");
		html_attr(b, id);
		HTML_LIT(b, "-hint\"");
	}
	HTML_LIT(b, ">");
	html_text(b, value);
	HTML_LIT(b, "</textarea></div>");
}

void page_select(struct buf *b, const char *id, const char *text, const char *const *codes,
		 const char *const *labels, int n, const char *selected)
{
	HTML_LIT(b, "<div class=\"field\">");
	label(b, id, text, false);
	HTML_LIT(b, "<select id=\"");
	html_attr(b, id);
	HTML_LIT(b, "\" name=\"");
	html_attr(b, id);
	HTML_LIT(b, "\">");
	for (int i = 0; i < n; i++) {
		HTML_LIT(b, "<option value=\"");
		html_attr(b, codes[i]);
		HTML_LIT(b, "\"");
		if (selected && strcmp(selected, codes[i]) == 0)
			HTML_LIT(b, " selected");
		HTML_LIT(b, ">");
		html_text(b, labels[i]);
		HTML_LIT(b, "</option>");
	}
	HTML_LIT(b, "</select></div>");
}

void page_link_list(struct buf *b, const char *const *hrefs, const char *const *labels, size_t n)
{
	HTML_LIT(b, "<ul>");
	for (size_t i = 0; i < n; i++) {
		HTML_LIT(b, "<li>");
		page_link(b, hrefs[i], labels[i]);
		HTML_LIT(b, "</li>");
	}
	HTML_LIT(b, "</ul>");
}

void page_h2(struct buf *b, const char *text)
{
	HTML_LIT(b, "<h2>");
	html_text(b, text);
	HTML_LIT(b, "</h2>");
}

void page_hidden(struct buf *b, const char *name, const char *value)
{
	HTML_LIT(b, "<input type=\"hidden\" name=\"");
	html_attr(b, name);
	HTML_LIT(b, "\" value=\"");
	html_attr(b, value);
	HTML_LIT(b, "\">");
}

void page_button(struct buf *b, const char *text, const char *name, const char *value,
		 bool secondary)
{
	HTML_LIT(b, "<button type=\"submit\"");
	if (secondary)
		HTML_LIT(b, " class=\"secondary\"");
	if (name) {
		HTML_LIT(b, " name=\"");
		html_attr(b, name);
		HTML_LIT(b, "\" value=\"");
		html_attr(b, value ? value : "");
		HTML_LIT(b, "\"");
	}
	HTML_LIT(b, ">");
	html_text(b, text);
	HTML_LIT(b, "</button>");
}

void page_thead(struct buf *b, const char *const *labels, int n)
{
	/* in a box of its own that scrolls sideways on a phone, so the page itself never does */
	HTML_LIT(b, "<div class=\"table-wrap\"><table><thead><tr>");
	for (int i = 0; i < n; i++) {
		HTML_LIT(b, "<th scope=\"col\">");
		html_text(b, labels[i]);
		HTML_LIT(b, "</th>");
	}
	HTML_LIT(b, "</tr></thead><tbody>");
}

void page_table_end(struct buf *b)
{
	HTML_LIT(b, "</tbody></table></div>");
}

void page_link(struct buf *b, const char *href, const char *text)
{
	HTML_LIT(b, "<a href=\"");
	html_attr(b, href);
	HTML_LIT(b, "\">");
	html_text(b, text);
	HTML_LIT(b, "</a>");
}

void page_badge(struct buf *b, const char *kind, const char *text)
{
	HTML_LIT(b, "<span class=\"badge badge-");
	html_attr(b, kind);
	HTML_LIT(b, "\">");
	html_text(b, text);
	HTML_LIT(b, "</span>");
}

const char *page_stylesheet(size_t *len)
{
	for (const struct embedded_file *f = embedded_static; f->name; f++) {
		if (strcmp(f->name, "style.css") == 0) {
			*len = f->len;
			return f->data;
		}
	}
	*len = 0;
	return "";
}
