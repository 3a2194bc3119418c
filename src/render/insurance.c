/* render/insurance.c: the insurance page's comparison and form (preparedness.h). */
#include "render/preparedness_html.h"

#include <stdio.h>

#include "render/attachments.h"
#include "render/html.h"
#include "util/date.h"

#define I18N_LANG (v->lang)

static const char *money(const struct preparedness_view *v, long long kr)
{
	if (kr < 0)
		return T("ukjent");
	/* thousands with a thin space, as Norwegian writes them */
	char raw[32], out[48];
	size_t n = (size_t)snprintf(raw, sizeof(raw), "%lld", kr), o = 0;
	for (size_t i = 0; i < n; i++) {
		if (i && (n - i) % 3 == 0)
			out[o++] = ' ';
		out[o++] = raw[i];
	}
	out[o] = '\0';
	return arena_printf(v->a, "%s kr", out);
}

/* The cover of each kind of loss is typed as "nei" (or empty), "ja", or a limit in NOK;
 * the conditions one per line, "text | measure | rule" (the last two may be left out). */
static void insurance_form(struct buf *b, const struct preparedness_view *v, int version)
{
	if (!v->editor)
		return;
	page_h2(b, T("Registrer en polise eller et tilbud"));
	page_form(b, v->pg, "/beredskap/forsikring");
	page_hidden(b, "versjon", arena_printf(v->a, "%d", version));
	page_input(b, "navn", T("Navn"), "text", NULL, true, T("For eksempel «Trygg Forsikring, tilbud 2027»."), "off");
	page_input(b, "selskap", T("Selskap"), "text", NULL, true, NULL, "off");
	{
		const char *codes[] = { "tilbud", "polise" }, *labels[] = { T("tilbud"), T("polise") };
		page_select(b, "art", T("Tilbud eller polise"), codes, labels, 2, "tilbud");
	}
	page_input(b, "fra", T("Fra"), "date", NULL, false, NULL, "off");
	page_input(b, "til", T("Til"), "date", NULL, false, NULL, "off");
	page_input(b, "premie", T("Premie per år (kr)"), "number", NULL, false, NULL, "off");
	page_input(b, "egenandel", T("Egenandel (kr)"), "number", NULL, false, NULL, "off");
	page_input(b, "grense", T("Samlet grense (kr)"), "number", NULL, false, NULL, "off");
	HTML_LIT(b, "<fieldset><legend>");
	html_text(b, T("Dekning: «ja», «nei» eller en grense i kroner"));
	HTML_LIT(b, "</legend>");
	for (int k = 0; k < PREP_COVERS; k++)
		page_input(b, arena_printf(v->a, "dekning-%s", prep_cover_code(k)), T(prep_cover_label(k)), "text", "nei", false,
			   NULL, "off");
	HTML_LIT(b, "</fieldset>");
	page_input(b, "meldefrist", T("Meld skade innen (timer)"), "number", NULL, false, NULL, "off");
	page_input(b, "skadetelefon", T("Skadetelefon"), "tel", NULL, false, NULL, "off");
	page_textarea(b, "unntak", T("Unntak"), NULL, 3, NULL);
	page_textarea(b, "vilkar", T("Sikkerhetsvilkår"), NULL, 4,
		      T("Ett per linje: teksten, og etter «|» KS-tiltaket og regelen det avhenger av, for eksempel "
			"«Tofaktor på fjerntilgang | 3a | uten-tofaktor»."));
	page_button(b, T("Registrer"), NULL, NULL, false);
	page_form_end(b);
}

/* The dossier for a claim: a GET form (it changes nothing) for a policy and the day. */
static void dossier_form(struct buf *b, const struct preparedness_view *v, const struct prep_insurances *x)
{

	const char **names = arena_alloc(v->a, (x->n + 1) * sizeof(*names));
	size_t n = 0;
	for (size_t i = 0; names && i < x->n; i++)
		if (!x->items[i].offer)
			names[n++] = x->items[i].name;
	if (!n)
		return;
	page_h2(b, T("Dokumentasjon til et skadeoppgjør"));
	HTML_LIT(b, "<p>");
	html_text(b, T("Hvilke av polisens sikkerhetsvilkår som var oppfylt ved utgangen av en dag (hendelsens), siden når "
		       "og med hvilke bevis, fra historikken; med SHA-256 av innholdet og revisjonssporets hode den gang."));
	HTML_LIT(b, "</p><form method=\"get\" action=\"/beredskap/forsikring/dokumentasjon\">");
	page_select(b, "polise", T("Polise"), names, names, n, names[0]);
	page_input(b, "dato", T("Dag"), "date", date_text(v->a, v->today, ""), true, NULL, "off");
	const char *const fv[] = { "pdf", "docx", "md", "html" };
	const char *const fl[] = { "PDF", "Word", "Markdown", "HTML" };
	page_select(b, "format", T("Format"), fv, fl, 4, "pdf");
	page_button(b, T("Lag dokumentasjonen"), NULL, NULL, true);
	HTML_LIT(b, "</form>");
}

void preparedness_insurance(struct buf *b, const struct preparedness_view *v, const struct prep_all *p,
			    const struct preparedness_conditions *in)
{
	const struct prep_insurances *x = &p->insurance;
	HTML_LIT(b, "<p>");
	page_link(b, "/beredskap", T("Tilbake til beredskap"));
	HTML_LIT(b, "</p><p>");
	html_text(b, T("Side om side: hva som dekkes, til hvilken grense, og hvilke sikkerhetsvilkår kommunen ikke "
		       "oppfyller i dag ut fra vurderingen og funnene. Et vilkår som ikke er oppfylt, kan koste "
		       "dekningen: i Østre Toten betalte forsikringen 1,5 av 33 millioner."));
	HTML_LIT(b, "</p>");
	if (!x->n) {
		HTML_LIT(b, "<p>");
		html_text(b, T("Ingen forsikringer eller tilbud er registrert ennå."));
		HTML_LIT(b, "</p>");
		insurance_form(b, v, p->version[PREP_INSURANCE]);
		return;
	}
	HTML_LIT(b, "<table class=\"compare\"><caption>");
	html_text(b, T("Forsikringer og tilbud"));
	HTML_LIT(b, "</caption><thead><tr><td></td>");
	for (size_t i = 0; i < x->n; i++) {
		HTML_LIT(b, "<th scope=\"col\">");
		html_text(b, x->items[i].name);
		HTML_LIT(b, "</th>");
	}
	HTML_LIT(b, "</tr></thead><tbody>");
#define ROW(label, cell)                                                   \
	do {                                                               \
		HTML_LIT(b, "<tr><th scope=\"row\">");                     \
		html_text(b, label);                                       \
		HTML_LIT(b, "</th>");                                      \
		for (size_t i = 0; i < x->n; i++) {                        \
			const struct prep_insurance *q = &x->items[i];     \
			HTML_LIT(b, "<td>");                               \
			cell;                                              \
			HTML_LIT(b, "</td>");                              \
		}                                                          \
		HTML_LIT(b, "</tr>");                                      \
	} while (0)
	ROW(T("Selskap"), html_text(b, q->insurer));
	ROW(T("Vedlegg"), attach_link(b, v->a, v->lang, arena_printf(v->a, "insurance:%s", q->name),
				      attach_count(v->files, v->n_files, ATT_INSURANCE, q->name)));
	ROW(T("Tilbud eller polise"), html_text(b, q->offer ? T("tilbud") : T("polise")));
	ROW(T("Periode"), html_text(b, arena_printf(v->a, "%s – %s", date_text(v->a, q->from, ""), date_text(v->a, q->to, ""))));
	ROW(T("Premie per år"), html_text(b, money(v, q->premium)));
	ROW(T("Egenandel"), html_text(b, money(v, q->deductible)));
	ROW(T("Samlet grense"), html_text(b, money(v, q->limit)));
	for (int k = 0; k < PREP_COVERS; k++)
		ROW(T(prep_cover_label(k)),
		    q->cover[k] == COVER_NONE ? page_badge(b, "nei", T("dekkes ikke"))
		    : q->cover[k] == COVER_YES ? page_badge(b, "ja", T("dekkes"))
					       : html_text(b, arena_printf(v->a, T("inntil %s"), money(v, q->cover[k]))));
	ROW(T("Meld skade innen"), html_text(b, q->notify_hours ? arena_printf(v->a, i18n_n(I18N_LANG, "%d time", "%d timer", (unsigned long)q->notify_hours), q->notify_hours) : T("ukjent")));
	ROW(T("Skadetelefon"), html_text(b, q->incident_line));
	ROW(T("Unntak"), html_text(b, q->exclusions));
	ROW(T("Sikkerhetsvilkår"), {
		HTML_LIT(b, "<ul>");
		for (size_t c = 0; c < q->n_conditions; c++) {
			bool unmet = prep_condition_unmet(&q->conditions[c], in->answers, in->n_answers, in->findings, in->n_findings);
			HTML_LIT(b, "<li>");
			html_text(b, q->conditions[c].text);
			HTML_LIT(b, " ");
			page_badge(b, unmet ? "nei" : "ja", unmet ? T("ikke oppfylt: risiko for dekningen") : T("oppfylt"));
			HTML_LIT(b, "</li>");
		}
		HTML_LIT(b, "</ul>");
	});
#undef ROW
	HTML_LIT(b, "</tbody></table>");
	dossier_form(b, v, x);
	insurance_form(b, v, p->version[PREP_INSURANCE]);
}

