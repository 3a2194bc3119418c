/* render/incident.c: see incident.h. */
#include "render/incident.h"

#include "render/html.h"
#include "render/markdown.h"
#include "render/page.h"
#include "util/date.h"

#define T(s) i18n_tr(lang, s)

void incident_log_table(struct buf *b, struct arena *a, enum lang lang, const struct incident_entry *entries,
			size_t n, int blank)
{
	const char *const cols[] = { T("Tid (norsk tid)"), T("Hvem"), T("Type"), T("Hva") };
	page_thead(b, cols, 4);
	for (size_t i = 0; i < n; i++) {
		HTML_LIT(b, "<tr><td class=\"date\">");
		html_text(b, date_local_text(a, entries[i].at));
		HTML_LIT(b, "</td><td>");
		html_text(b, entries[i].by);
		HTML_LIT(b, "</td><td>");
		html_text(b, entries[i].kind);
		HTML_LIT(b, "</td><td>");
		html_text(b, entries[i].text);
		HTML_LIT(b, "</td></tr>");
	}
	for (int i = 0; i < blank; i++)
		HTML_LIT(b, "<tr><td></td><td></td><td></td><td></td></tr>");
	page_table_end(b);
}

void incident_markdown(struct buf *b, struct arena *a, enum lang lang, const struct incident *x)
{
	buf_printf(b, "# H-%d ", x->no);
	markdown_text(b, x->title);
	buf_printf(b, "\n\n%s ", T("Erklært"));
	markdown_text(b, date_local_text(a, x->declared_at));
	buf_puts(b, ", ");
	markdown_text(b, x->declared_by);
	buf_printf(b, ".\n\n| %s | %s | %s | %s |\n|---|---|---|---|\n", T("Tid (norsk tid)"), T("Hvem"), T("Type"),
		   T("Hva"));
	for (size_t i = 0; i < x->n_entries; i++) {
		const char *cells[] = { date_local_text(a, x->entries[i].at), x->entries[i].by, x->entries[i].kind,
					x->entries[i].text };
		for (int c = 0; c < 4; c++) {
			buf_puts(b, "| ");
			markdown_text(b, cells[c]);
			buf_putc(b, ' ');
		}
		buf_puts(b, "|\n");
	}
}
