/* render/dossier.c: see dossier.h. */
#include "render/dossier.h"

#include <string.h>

#include "render/attachments.h"
#include "render/html.h"
#include "render/markdown.h"
#include "render/report_text.h"
#include "util/date.h"

#define I18N_LANG lang

static void line(struct buf *b, const char *text)
{
	markdown_text(b, text);
	buf_puts(b, "\n");
}

/* The content: everything the hash covers. No time of writing in it, so the dossier for the
 * same moment, made again from the same history, has the same hash. */
static void body(struct buf *b, struct arena *a, const struct dossier_doc *x, enum lang lang)
{
	const struct dossier *d = &x->d;
	const struct prep_insurance *p = d->policy;
	buf_puts(b, "# ");
	markdown_text(b, arena_printf(a, T("Forsikringsdokumentasjon: %s"), p->name));
	buf_puts(b, "\n\n");
	line(b, arena_printf(a, T("%s (org.nr. %s). Forsikringsselskap: %s. Polisen gjelder %s til %s."), x->tenant->name,
			     x->tenant->orgnr, p->insurer ? p->insurer : "?", report_date(a, p->from), report_date(a, p->to)));
	buf_puts(b, "\n");
	line(b, arena_printf(a, T("Tilstanden %s, slik historikken viser den (forsikringsdokumentet i versjon %d)."),
			     date_local_text(a, d->at), x->policy_version));
	buf_puts(b, "\n");
	line(b, arena_printf(a, i18n_n(lang, "%zu av %zu sikkerhetsvilkår var oppfylt.", "%zu av %zu sikkerhetsvilkår var oppfylt.",
				       d->n), d->met, d->n));
	for (size_t i = 0; i < d->n; i++) {
		const struct dossier_condition *c = &d->conditions[i];
		buf_puts(b, "\n## ");
		markdown_text(b, arena_printf(a, "%zu. %s", i + 1, c->cond->text));
		buf_puts(b, "\n\n");
		if (!c->judged)
			line(b, T("Kan ikke vurderes: vilkåret er ikke knyttet til et KS-tiltak eller en kontroll. Regnes som ikke "
				  "oppfylt."));
		else if (c->met)
			line(b, c->since ? arena_printf(a, T("Oppfylt, sammenhengende siden %s."), date_local_text(a, c->since))
					 : T("Oppfylt."));
		else
			line(b, T("Ikke oppfylt."));
		if (c->cond->measure) {
			buf_puts(b, "\n- ");
			line(b, c->answer ? arena_printf(a, T("KS-tiltak %s: «%s», satt %s av %s."), c->cond->measure,
							 T(status_label(c->answer->status)), date_local_text(a, c->answer->changed_at),
							 c->answer->changed_by)
					  : arena_printf(a, T("KS-tiltak %s: ikke besvart da."), c->cond->measure));
			if (c->answer && c->answer->evidence && *c->answer->evidence) {
				buf_puts(b, "- ");
				line(b, arena_printf(a, T("Dokumentasjon: %s"), c->answer->evidence));
			}
		}
		if (c->cond->rule) {
			buf_puts(b, c->cond->measure ? "- " : "\n- ");
			line(b, c->n_open ? arena_printf(a, i18n_n(lang, "Kontrollen «%s»: %zu åpent funn da.",
								   "Kontrollen «%s»: %zu åpne funn da.", c->n_open),
							 c->cond->rule, c->n_open)
					  : arena_printf(a, T("Kontrollen «%s»: ingen åpne funn da."), c->cond->rule));
			for (size_t k = 0; k < c->n_open; k++) {
				buf_puts(b, "    - ");
				line(b, arena_printf(a, T("F-%d %s, funnet %s"), c->open[k]->no, c->open[k]->object_name,
						     report_date(a, c->open[k]->first_seen)));
			}
		}
		for (size_t k = 0; k < c->n_files; k++) {
			const struct attachment *f = c->files[k];
			buf_puts(b, "- ");
			line(b, arena_printf(a, T("Vedlegg V-%lld «%s», lagt ved %s av %s, SHA-256 %s"), (long long)f->id, f->name,
					     date_local_text(a, f->added_at), f->added_by, f->sha256));
		}
	}
	buf_puts(b, "\n## ");
	markdown_text(b, T("Revisjonssporet"));
	buf_puts(b, "\n\n");
	line(b, x->audit_seq ? arena_printf(a, T("Revisjonssporets hode da: innføring nr. %lld med kjedehash %s. Kjeden kan "
						"kontrolleres med beredt audit verify; en senere endring i historikken bryter den."),
					    (long long)x->audit_seq, x->audit_hash)
			     : T("Revisjonssporet hadde ingen innføringer da."));
	buf_puts(b, "\n");
}

int dossier_render(struct arena *a, const struct dossier_doc *x, enum report_format fmt, enum lang lang,
		   const char *marking, const char *path, char sha256[CRYPTO_HASH_HEX], struct buf *out, struct err *e)
{
	struct buf md;
	buf_init(&md, out->max);
	body(&md, a, x, lang);
	if (md.failed) {
		buf_release(&md);
		return err_set(e, "Dokumentet ble for stort.");
	}
	crypto_sha256_hex(md.data, md.len, sha256);
	const char *sig = lang == LANG_EN ? DOSSIER_SIGNATURE_EN : DOSSIER_SIGNATURE;
	int rc;
	if (fmt == REPORT_MARKDOWN) {
		buf_append(out, md.data, md.len);
		buf_puts(out, sig);
		buf_puts(out, sha256);
		buf_puts(out, "\n");
		rc = out->failed ? err_set(e, "Dokumentet ble for stort.") : 0;
	} else {
		struct buf html, *b = &html;
		buf_init(&html, out->max);
		buf_append(&md, "", 1);   /* NUL for html_markdown */
		HTML_LIT(b, "<!DOCTYPE html>\n<html lang=\"");
		html_attr(b, lang == LANG_EN ? "en" : "nb");
		HTML_LIT(b, "\"><head><meta charset=\"utf-8\"><title>");
		html_text(b, arena_printf(a, T("Forsikringsdokumentasjon: %s"), x->d.policy->name));
		HTML_LIT(b, "</title><style>");
		buf_puts(b, report_html_style());   /* constants of this program, not data */
		report_paged_style(b, x->tenant->name, lang, marking);
		buf_puts(b, ".sig{font-family:'DejaVu Sans Mono',monospace;font-size:.85em;word-break:break-all}");
		HTML_LIT(b, "</style></head><body><main>");
		html_markdown(b, md.data);
		HTML_LIT(b, "</main><footer><p class=\"sig\">");
		html_text(b, sig);
		html_text(b, sha256);
		HTML_LIT(b, "</p><p>");
		html_text(b, T("Sjekksummen gjelder teksten i Markdown-utgaven av dokumentet (beredt insurance dossier --format "
			       "md), som er den samme i alle formater."));
		HTML_LIT(b, "</p></footer></body></html>\n");
		rc = report_document_finish(fmt, i18n_tr(e->lang, "Forsikringsdokumentasjonen"), &html, path, out, e);
		buf_release(&html);
	}
	buf_release(&md);
	return rc;
}
