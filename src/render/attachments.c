/* render/attachments.c: see attachments.h. */
#include "render/attachments.h"

#include <string.h>

#include "render/html.h"
#include "render/page.h"
#include "util/date.h"

#define I18N_LANG lang

/* What the file input offers to choose; the server decides by the content. */
#define ACCEPT ".pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp,.png,.jpg,.jpeg,.gif,.webp,.txt,.csv,.log"

const char *attach_size_text(struct arena *a, enum lang lang, int64_t size)
{
	if (size < 1024)
		return arena_printf(a, i18n_n(lang, "%lld byte", "%lld byte", (unsigned long)size), (long long)size);
	if (size < 1024 * 1024)
		return arena_printf(a, "%lld kB", (long long)((size + 512) / 1024));
	char *s = arena_printf(a, "%.1f MB", (double)size / (1024.0 * 1024.0));
	if (s && lang == LANG_NB)
		for (char *p = s; *p; p++)
			if (*p == '.')
				*p = ',';
	return s;
}

const char *attach_target_label(struct arena *a, enum lang lang, const struct attach_target *t)
{
	const char *kind = T(attach_kind_label(t->kind));
	switch (t->kind) {
	case ATT_ACTION:
		return arena_printf(a, "%s T-%d", kind, t->no);
	case ATT_FINDING:
		return arena_printf(a, "%s F-%d", kind, t->no);
	case ATT_EXERCISE:
		return arena_printf(a, "%s Ø-%d", kind, t->no);
	default:
		return arena_printf(a, "%s %s", kind, t->ref);
	}
}

const char *attach_target_href(struct arena *a, const struct attach_target *t)
{
	switch (t->kind) {
	case ATT_MEASURE:
		return arena_printf(a, "/vurdering/%s", html_query_value(a, t->ref));
	case ATT_ACTION:
		return arena_printf(a, "/tiltak/%d", t->no);
	case ATT_RESTORE:
		return arena_printf(a, "/ros/sikkerhet/system?navn=%s", html_query_value(a, t->ref));
	default:
		return arena_printf(a, "/vedlegg?til=%s",
				    html_query_value(a, arena_printf(a, "%s:%s", attach_kind_code(t->kind), t->ref)));
	}
}

static void when(struct buf *b, const char *at)
{
	char local[DATE_LOCAL_TEXT];
	date_local_format(at ? at : "", local);
	html_text(b, local);
}

/* "2026-11-28 10:00 (UTC+01:00) (Kari Nordmann)": when, and who. */
static void stamp(struct buf *b, const char *at, const char *by)
{
	when(b, at);
	HTML_LIT(b, " (");
	html_text(b, by);
	HTML_LIT(b, ")");
}

static void file_link(struct buf *b, struct arena *a, enum lang lang, const struct attachment *x)
{
	HTML_LIT(b, "<a href=\"");
	html_attr(b, arena_printf(a, "/vedlegg/%lld", (long long)x->id));
	HTML_LIT(b, "\" download>");
	html_text(b, x->name);
	HTML_LIT(b, "</a> <span class=\"hint\">(");
	html_textf(b, "V-%lld, ", (long long)x->id);
	const char *label = attach_type_label(x->content_type);
	html_text(b, label ? T(label) : x->content_type);
	HTML_LIT(b, ", ");
	html_text(b, attach_size_text(a, lang, x->size));
	HTML_LIT(b, ")</span>");
}

static void live_table(struct buf *b, const struct attach_view *v, size_t live)
{
	enum lang lang = v->lang;
	if (!live) {
		HTML_LIT(b, "<p>");
		html_text(b, T("Ingen filer er lagt ved ennå."));
		HTML_LIT(b, "</p>");
		return;
	}
	const char *cols[] = { T("Fil"), T("Lagt ved"), T("SHA-256"), T("Merknad"), T("Fjern") };
	HTML_LIT(b, "<div class=\"table-wrap\">");
	page_thead(b, cols, v->editor ? 5 : 4);
	for (size_t i = 0; i < v->n; i++) {
		const struct attachment *x = &v->xs[i];
		if (!attach_live(x))
			continue;
		HTML_LIT(b, "<tr><td>");
		file_link(b, v->a, lang, x);
		HTML_LIT(b, "</td><td>");
		stamp(b, x->added_at, x->added_by);
		HTML_LIT(b, "</td><td><code class=\"hash\" title=\"");
		html_attr(b, x->sha256);
		HTML_LIT(b, "\">");
		html_text(b, arena_strndup(v->a, x->sha256, 12));
		HTML_LIT(b, "…</code></td><td>");
		html_text(b, x->note ? x->note : "");
		HTML_LIT(b, "</td>");
		if (v->editor) {
			HTML_LIT(b, "<td>");
			page_form(b, &(struct page_frame){ .csrf = v->csrf },
				  arena_printf(v->a, "/vedlegg/%lld/fjern", (long long)x->id));
			buf_printf(b, "<label for=\"grunn-v%lld\">", (long long)x->id);
			html_textf(b, T("Hvorfor V-%lld fjernes"), (long long)x->id);
			buf_printf(b, "</label><input id=\"grunn-v%lld\" name=\"grunn\" type=\"text\" autocomplete=\"off\" "
				   "required> ", (long long)x->id);
			page_button(b, T("Fjern"), NULL, NULL, true);
			page_form_end(b);
			HTML_LIT(b, "</td>");
		}
		HTML_LIT(b, "</tr>");
	}
	page_table_end(b);
	HTML_LIT(b, "</div>");
}

static void upload_form(struct buf *b, const struct attach_view *v)
{
	enum lang lang = v->lang;
	page_form_file(b, v->csrf, "/vedlegg");
	page_hidden(b, "til", v->target);
	HTML_LIT(b, "<div class=\"field\"><label for=\"vedlegg-fil\">");
	html_text(b, T("Fil"));
	HTML_LIT(b, "</label><p class=\"hint\" id=\"vedlegg-fil-hint\">");
	html_text(b, T("PDF, Word, Excel, PowerPoint, OpenDocument, bilde eller tekst, høyst 10 MB. Typen leses av "
		       "innholdet, ikke av navnet."));
	HTML_LIT(b, "</p><input type=\"file\" id=\"vedlegg-fil\" name=\"fil\" aria-describedby=\"vedlegg-fil-hint\" "
		    "accept=\"" ACCEPT "\" required></div>");
	page_input(b, "merknad", T("Merknad (valgfri)"), "text", NULL, false, NULL, "off");
	size_t live = 0;
	for (size_t i = 0; i < v->n; i++)
		live += attach_live(&v->xs[i]);
	if (live) {
		/* replacing keeps the old file in the history */
		const char **codes = arena_alloc(v->a, (live + 1) * sizeof(*codes));
		const char **labels = arena_alloc(v->a, (live + 1) * sizeof(*labels));
		if (codes && labels) {
			int k = 0;
			codes[k] = "";
			labels[k++] = T("Nei, legg den ved i tillegg");
			for (size_t i = 0; i < v->n; i++)
				if (attach_live(&v->xs[i])) {
					codes[k] = arena_printf(v->a, "%lld", (long long)v->xs[i].id);
					labels[k++] = arena_printf(v->a, T("Ja, erstatt V-%lld %s"), (long long)v->xs[i].id,
								   v->xs[i].name);
				}
			page_select(b, "erstatter", T("Erstatter den en fil som er lagt ved?"), codes, labels, k, "");
		}
	}
	page_button(b, T("Legg ved"), NULL, NULL, false);
	page_form_end(b);
}

static void history(struct buf *b, const struct attach_view *v, size_t past)
{
	enum lang lang = v->lang;
	if (!past)
		return;
	HTML_LIT(b, "<details><summary>");
	html_textf(b, i18n_n(lang, "Tidligere vedlegg (%zu)", "Tidligere vedlegg (%zu)", past), past);
	HTML_LIT(b, "</summary><ul>");
	for (size_t i = 0; i < v->n; i++) {
		const struct attachment *x = &v->xs[i];
		if (attach_live(x))
			continue;
		HTML_LIT(b, "<li>");
		file_link(b, v->a, lang, x);
		HTML_LIT(b, ": ");
		html_text(b, T("lagt ved"));
		HTML_LIT(b, " ");
		stamp(b, x->added_at, x->added_by);
		HTML_LIT(b, "; ");
		if (x->replaced_by)
			html_textf(b, T("erstattet av V-%lld"), (long long)x->replaced_by);
		else {
			html_text(b, T("fjernet"));
			HTML_LIT(b, " ");
			stamp(b, x->removed_at, x->removed_by);
			if (x->removed_reason) {
				HTML_LIT(b, ": ");
				html_text(b, x->removed_reason);
			}
		}
		HTML_LIT(b, "</li>");
	}
	HTML_LIT(b, "</ul></details>");
}

void attach_section(struct buf *b, const struct attach_view *v)
{
	enum lang lang = v->lang;
	size_t live = 0;
	for (size_t i = 0; i < v->n; i++)
		live += attach_live(&v->xs[i]);
	HTML_LIT(b, "<section class=\"vedlegg\" aria-labelledby=\"vedlegg-h\"><h2 id=\"vedlegg-h\">");
	html_text(b, T("Vedlegg"));
	HTML_LIT(b, "</h2>");
	live_table(b, v, live);
	history(b, v, v->n - live);
	if (v->editor)
		upload_form(b, v);
	HTML_LIT(b, "</section>");
}

void attach_link(struct buf *b, struct arena *a, enum lang lang, const char *target, size_t live)
{
	HTML_LIT(b, "<a href=\"");
	html_attr(b, arena_printf(a, "/vedlegg?til=%s", html_query_value(a, target)));
	HTML_LIT(b, "\">");
	html_textf(b, i18n_n(lang, "Vedlegg (%zu)", "Vedlegg (%zu)", live), live);
	HTML_LIT(b, "</a>");
}

void attach_all(struct buf *b, struct arena *a, enum lang lang, const struct attachment *xs, size_t n)
{
	if (!n) {
		HTML_LIT(b, "<p>");
		html_text(b, T("Ingen filer er lagt ved ennå. Legg ved bevis der de hører til: på et KS-tiltak i "
			       "vurderingen, en oppgave i handlingsplanen, et funn, en gjenopprettingstest, en øvelse "
			       "eller en forsikring."));
		HTML_LIT(b, "</p>");
		return;
	}
	const char *cols[] = { T("Fil"), T("Hører til"), T("Lagt ved"), T("Status") };
	HTML_LIT(b, "<div class=\"table-wrap\">");
	page_thead(b, cols, 4);
	for (size_t k = n; k-- > 0;) {
		const struct attachment *x = &xs[k];
		HTML_LIT(b, "<tr><td>");
		file_link(b, a, lang, x);
		HTML_LIT(b, "</td><td>");
		HTML_LIT(b, "<a href=\"");
		html_attr(b, attach_target_href(a, &x->target));
		HTML_LIT(b, "\">");
		html_text(b, attach_target_label(a, lang, &x->target));
		HTML_LIT(b, "</a></td><td>");
		stamp(b, x->added_at, x->added_by);
		HTML_LIT(b, "</td><td>");
		if (attach_live(x))
			html_text(b, T("gjeldende"));
		else if (x->replaced_by)
			html_textf(b, T("erstattet av V-%lld"), (long long)x->replaced_by);
		else
			html_text(b, T("fjernet"));
		HTML_LIT(b, "</td></tr>");
	}
	page_table_end(b);
	HTML_LIT(b, "</div>");
}
