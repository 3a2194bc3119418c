/* render/breach.c: see breach.h. */
#include "render/breach.h"

#include "render/html.h"
#include "util/date.h"

#define I18N_LANG lang

const char *breach_deadline_text(struct arena *a, const struct breach_notice *n)
{
	char ts[TIMESTAMP_TEXT];
	date_timestamp_format(n->deadline_epoch, ts);
	return date_local_text(a, ts);
}

static void deadline(struct buf *b, struct arena *a, const struct breach_notice *n, enum lang lang)
{
	HTML_LIT(b, "<p class=\"deadline\">");
	html_text(b, arena_printf(a, T("Frist for melding til Datatilsynet: %s (%d timer etter at kommunen ble kjent med "
				       "bruddet)."), breach_deadline_text(a, n), BREACH_HOURS));
	HTML_LIT(b, " ");
	if (n->notified)
		html_text(b, arena_printf(a, T("Meldt %s."), date_local_text(a, n->notified_at)));
	else if (n->left_minutes >= 0)
		html_text(b, arena_printf(a, T("%lld t %02lld min igjen."), (long long)(n->left_minutes / 60),
					  (long long)(n->left_minutes % 60)));
	else
		html_text(b, arena_printf(a, T("Fristen er passert for %lld t %02lld min siden: meld straks, og si hvorfor "
					       "meldingen kommer for sent."), (long long)(-n->left_minutes / 60),
					  (long long)(-n->left_minutes % 60)));
	HTML_LIT(b, "</p>");
}

int breach_render(struct arena *a, const struct breach_notice *n, enum report_format fmt, enum lang lang,
		  const char *marking, const char *path, struct buf *out, struct err *e)
{
	const struct breach_input *in = n->in;
	struct buf html, *b = &html;
	buf_init(&html, out->max);
	HTML_LIT(b, "<!DOCTYPE html>\n<html lang=\"");
	html_attr(b, lang == LANG_EN ? "en" : "nb");
	HTML_LIT(b, "\"><head><meta charset=\"utf-8\"><title>");
	html_text(b, arena_printf(a, T("Melding om brudd på personopplysningssikkerheten: H-%d"), in->incident->no));
	HTML_LIT(b, "</title><style>");
	buf_puts(b, report_html_style());   /* constants of this program, not data */
	report_paged_style(b, in->tenant->name, lang, marking);
	buf_puts(b, ".deadline{font-size:1.15em;font-weight:bold;color:#a4161a;border:2px solid #a4161a;padding:.4em}"
		    ".write{border:1px dashed #8a4b00;padding:.3em .5em;color:#8a4b00;background:#fff7ec}");
	HTML_LIT(b, "</style></head><body><header>");
	deadline(b, a, n, lang);
	if (marking && *marking) {
		HTML_LIT(b, "<p class=\"overdue\">");
		html_text(b, marking);
		HTML_LIT(b, "</p>");
	}
	HTML_LIT(b, "<h1>");
	html_text(b, T("Melding om brudd på personopplysningssikkerheten: utkast"));
	HTML_LIT(b, "</h1><p class=\"meta\">");
	html_text(b, arena_printf(a, T("Til Datatilsynet, etter personvernforordningen artikkel 33. Hendelse H-%d: %s."),
				  in->incident->no, in->incident->title));
	HTML_LIT(b, "<br>");
	html_text(b, n->to_write ? arena_printf(a, i18n_n(lang, "%zu felt må skrives av en person; det er merket «Må fylles ut».",
							  "%zu felt må skrives av en person; de er merket «Må fylles ut».",
							  n->to_write), n->to_write)
				 : T("Alle feltene er fylt ut fra registrene; les dem før meldingen sendes."));
	HTML_LIT(b, "</p></header><main>");
	for (int i = 0; i < BF_COUNT; i++) {
		const struct breach_field *f = &n->fields[i];
		HTML_LIT(b, "<section><h2>");
		html_text(b, arena_printf(a, "%d. %s", i + 1, T(f->label)));
		HTML_LIT(b, "</h2>");
		if (f->text && *f->text) {
			if (f->markdown)
				html_markdown(b, f->text);
			else {
				HTML_LIT(b, "<p>");
				html_text(b, f->text);
				HTML_LIT(b, "</p>");
			}
			if (f->hint && f->markdown) {
				HTML_LIT(b, "<p class=\"meta\">");
				html_text(b, T(f->hint));
				HTML_LIT(b, "</p>");
			}
		} else {
			HTML_LIT(b, "<p class=\"write\"><strong>");
			html_text(b, T("Må fylles ut:"));
			HTML_LIT(b, "</strong> ");
			html_text(b, f->hint ? T(f->hint) : "");
			HTML_LIT(b, "</p>");
		}
		HTML_LIT(b, "</section>");
	}
	HTML_LIT(b, "</main><footer><p>");
	html_text(b, T("Utkastet er laget fra hendelsesloggen, registrene og beredskapsplanen. Send meldingen i "
		       "Datatilsynets skjema, og registrer varslingen i hendelsesloggen: da stopper klokken."));
	HTML_LIT(b, "</p></footer></body></html>\n");
	int rc = report_document_finish(fmt, i18n_tr(e->lang, "Meldingen til Datatilsynet"), &html, path, out, e);
	buf_release(&html);
	return rc;
}
