/* render/annual.c: see annual.h. Four parts, as the kommunestyre reads an internal-control
 * report: what was examined, the deviations, what was done, what is planned. */
#include "render/annual.h"

#include "render/html.h"
#include "render/report_text.h"
#include "util/date.h"

#define I18N_LANG lang

struct ctx {
	struct buf *b;
	struct arena *a;
	enum lang lang;
	const struct annual *y;
};

static void para(struct buf *b, const char *text)
{
	HTML_LIT(b, "<p>");
	html_text(b, text);
	HTML_LIT(b, "</p>");
}

static void li(struct buf *b, const char *text)
{
	HTML_LIT(b, "<li>");
	html_text(b, text);
	HTML_LIT(b, "</li>");
}

static void h2(struct buf *b, const char *id, const char *text)
{
	HTML_LIT(b, "<section aria-labelledby=\"");
	html_attr(b, id);
	HTML_LIT(b, "\"><h2 id=\"");
	html_attr(b, id);
	HTML_LIT(b, "\">");
	html_text(b, text);
	HTML_LIT(b, "</h2>");
}

/* An action as the report names it: its number and its own title or its measure's. */
static const char *action_name(const struct ctx *c, const struct action *x)
{
	enum lang lang = c->lang;
	const struct catalog *cat = c->y->in->catalog;
	const char *title = x->title;
	if ((!title || !*title) && x->measure_id) {
		const struct catalog_item *it = cat ? catalog_item_find(cat, x->measure_id) : NULL;
		title = it ? arena_printf(c->a, "%s %s", it->id, text2_get(&it->title, lang)) : x->measure_id;
	}
	return arena_printf(c->a, "T-%d %s", x->no, title ? title : "");
}

static const char *exercise_name(const struct ctx *c, const struct prep_exercise *x)
{
	enum lang lang = c->lang;
	return arena_printf(c->a, T("Ø-%d %s: %s"), x->no, report_date(c->a, x->date), x->scenario ? x->scenario : "");
}

static void head(const struct ctx *c, const char *marking)
{
	struct buf *b = c->b;
	enum lang lang = c->lang;
	const struct annual_input *in = c->y->in;
	HTML_LIT(b, "<!DOCTYPE html>\n<html lang=\"");
	html_attr(b, lang == LANG_EN ? "en" : "nb");
	HTML_LIT(b, "\"><head><meta charset=\"utf-8\"><title>");
	html_text(b, arena_printf(c->a, T("Internkontroll %d: informasjonssikkerhet og beredskap, %s"), in->year,
				  in->tenant->name));
	HTML_LIT(b, "</title><style>");
	buf_puts(b, report_html_style());   /* constants of this program, not data */
	report_paged_style(b, in->tenant->name, lang, marking);
	HTML_LIT(b, "</style></head><body><header>");
	if (marking && *marking) {
		HTML_LIT(b, "<p class=\"overdue\">");
		html_text(b, marking);
		HTML_LIT(b, "</p>");
	}
	HTML_LIT(b, "<h1>");
	html_text(b, arena_printf(c->a, T("Internkontroll %d: informasjonssikkerhet og beredskap"), in->year));
	HTML_LIT(b, "</h1><p class=\"meta\">");
	html_text(b, arena_printf(c->a, T("%s. Kommunedirektørens rapport til kommunestyret om internkontroll, jf. "
					  "kommuneloven § 25-2."), in->tenant->name));
	HTML_LIT(b, "<br>");
	html_text(b, c->y->partial
			     ? arena_printf(c->a, T("Året er ikke omme: rapporten gjelder 1. januar til %s."),
					    report_date(c->a, c->y->until))
			     : arena_printf(c->a, T("Rapporten gjelder hele året %d."), in->year));
	HTML_LIT(b, "<br>");
	html_text(b, arena_printf(c->a, T("Laget %s."), date_local_text(c->a, in->generated_at)));
	HTML_LIT(b, "</p></header><main>");
}

static void summary(const struct ctx *c)
{
	const struct annual *y = c->y;
	enum lang lang = c->lang;
	h2(c->b, "sum", T("Sammendrag"));
	para(c->b, arena_printf(c->a, i18n_n(lang, "I %d ble det funnet %zu avvik.", "I %d ble det funnet %zu avvik.",
					     y->deviations),
				y->in->year, y->deviations));
	HTML_LIT(c->b, "<ul>");
	li(c->b, arena_printf(c->a, i18n_n(lang, "%zu vurderingsrunde av KS-tiltakene.", "%zu vurderingsrunder av KS-tiltakene.",
					   y->n_rounds), y->n_rounds));
	li(c->b, arena_printf(c->a, i18n_n(lang, "%zu øvelse holdt.", "%zu øvelser holdt.", y->n_held), y->n_held));
	li(c->b, arena_printf(c->a, i18n_n(lang, "%zu gjenopprettingstest.", "%zu gjenopprettingstester.", y->n_restores),
			      y->n_restores));
	li(c->b, arena_printf(c->a, i18n_n(lang, "%zu oppgave i handlingsplanen fullført.",
					   "%zu oppgaver i handlingsplanen fullført.", y->n_done), y->n_done));
	li(c->b, arena_printf(c->a, i18n_n(lang, "%zu oppgave planlagt videre.", "%zu oppgaver planlagt videre.",
					   y->n_planned), y->n_planned));
	HTML_LIT(c->b, "</ul></section>");
}

static void examined(const struct ctx *c)
{
	const struct annual *y = c->y;
	enum lang lang = c->lang;
	struct buf *b = c->b;
	h2(b, "undersokt", T("1. Hva som ble undersøkt"));
	HTML_LIT(b, "<ul>");
	for (size_t i = 0; i < y->n_rounds; i++) {
		const struct round *r = y->rounds[i];
		li(b, arena_printf(c->a, T("Vurderingsrunde %d «%s» av KS' 15 tiltak: %s."), r->no, r->title,
				   report_round_state(c->a, lang, r)));
	}
	if (!y->n_rounds)
		li(b, T("Ingen vurderingsrunde av KS-tiltakene ble startet eller lukket i året."));
	li(b, arena_printf(c->a, i18n_n(lang, "De tekniske kontrollene fant %zu nytt funn (%zu kritiske, %zu høye).",
					"De tekniske kontrollene fant %zu nye funn (%zu kritiske, %zu høye).",
					y->findings_new),
			   y->findings_new, y->findings_new_by_severity[SEV_KRITISK], y->findings_new_by_severity[SEV_HOY]));
	li(b, arena_printf(c->a, i18n_n(lang, "%zu system fikk gjenopprettingen testet.",
					"%zu systemer fikk gjenopprettingen testet.", y->n_restores), y->n_restores));
	for (size_t i = 0; i < y->n_held; i++)
		li(b, arena_printf(c->a, T("Øvelse %s"), exercise_name(c, y->held[i])));
	if (y->plan_revised != DATE_NONE)
		li(b, arena_printf(c->a, T("Beredskapsplanen ble sist revidert %s."), report_date(c->a, y->plan_revised)));
	HTML_LIT(b, "</ul></section>");
}

static void deviation_row(const struct ctx *c, const char *what, const char *detail)
{
	HTML_LIT(c->b, "<tr><td>");
	html_text(c->b, what);
	HTML_LIT(c->b, "</td><td>");
	html_text(c->b, detail);
	HTML_LIT(c->b, "</td></tr>");
}

static void deviations(const struct ctx *c)
{
	const struct annual *y = c->y;
	enum lang lang = c->lang;
	struct buf *b = c->b;
	h2(b, "avvik", T("2. Avvik"));
	if (!y->deviations) {
		para(b, T("Ingen avvik ble funnet."));
		HTML_LIT(b, "</section>");
		return;
	}
	HTML_LIT(b, "<table><thead><tr><th scope=\"col\">");
	html_text(b, T("Avvik"));
	HTML_LIT(b, "</th><th scope=\"col\">");
	html_text(b, T("Hva"));
	HTML_LIT(b, "</th></tr></thead><tbody>");
	if (y->findings_new)
		deviation_row(c, T("Nye funn fra kontrollene"),
			      arena_printf(c->a, T("%zu kritiske, %zu høye, %zu middels, %zu lave"),
					   y->findings_new_by_severity[SEV_KRITISK], y->findings_new_by_severity[SEV_HOY],
					   y->findings_new_by_severity[SEV_MIDDELS], y->findings_new_by_severity[SEV_LAV]));
	if (y->findings_overdue)
		deviation_row(c, T("Funn over fristen"),
			      arena_printf(c->a, i18n_n(lang, "%zu funn var ikke rettet innen fristen",
							"%zu funn var ikke rettet innen fristen", y->findings_overdue),
					   y->findings_overdue));
	for (size_t i = 0; i < y->n_overdue; i++)
		deviation_row(c, T("Forfalt oppgave"),
			      arena_printf(c->a, T("%s, frist %s, ansvarlig %s"), action_name(c, y->overdue[i]),
					   report_date(c->a, y->overdue[i]->due),
					   y->overdue[i]->owner ? y->overdue[i]->owner : T("ingen")));
	for (size_t i = 0; i < y->n_restores; i++) {
		const struct annual_restore *t = &y->restores[i];
		if (t->result != RESTORE_FEILET && t->result != RESTORE_DELVIS)
			continue;
		deviation_row(c, T("Gjenopprettingstest som ikke lyktes"),
			      arena_printf(c->a, "%s, %s: %s", t->system, report_date(c->a, t->on),
					   T(posture_restore_label(t->result))));
	}
	for (size_t i = 0; i < y->n_missed; i++)
		deviation_row(c, T("Planlagt øvelse ikke holdt"), exercise_name(c, y->missed[i]));
	if (y->no_exercise)
		deviation_row(c, T("Ingen øvelse holdt"), T("KS-tiltak 4d ber om øvelser om tap eller manipulering av IT."));
	if (y->plan_not_revised)
		deviation_row(c, T("Beredskapsplanen ikke revidert"),
			      T("Planen skal gjennomgås minst én gang i året (KS-tiltak 4a)."));
	HTML_LIT(b, "</tbody></table></section>");
}

static void done(const struct ctx *c)
{
	const struct annual *y = c->y;
	enum lang lang = c->lang;
	struct buf *b = c->b;
	h2(b, "gjort", T("3. Hva som ble gjort"));
	HTML_LIT(b, "<ul>");
	for (size_t i = 0; i < y->n_done; i++)
		li(b, arena_printf(c->a, T("%s: fullført %s."), action_name(c, y->done[i]),
				   report_date(c->a, y->in->done_on[y->done[i] - y->in->actions])));
	if (!y->n_done)
		li(b, T("Ingen oppgaver i handlingsplanen ble fullført i året."));
	li(b, arena_printf(c->a, i18n_n(lang, "%zu funn fra kontrollene ble rettet.", "%zu funn fra kontrollene ble rettet.",
					y->findings_closed), y->findings_closed));
	HTML_LIT(b, "</ul></section>");
}

static void planned(const struct ctx *c)
{
	const struct annual *y = c->y;
	enum lang lang = c->lang;
	struct buf *b = c->b;
	h2(b, "planlagt", T("4. Hva som er planlagt"));
	HTML_LIT(b, "<ul>");
	for (size_t i = 0; i < y->n_planned; i++) {
		const struct action *x = y->planned[i];
		const char *when = x->due != DATE_NONE ? arena_printf(c->a, T("frist %s"), report_date(c->a, x->due))
						       : T("uten frist");
		li(b, x->cost_nok ? arena_printf(c->a, "%s (%s; %s)", action_name(c, x), when,
						 report_money(c->a, lang, x->cost_nok, action_cost_year(x)))
				  : arena_printf(c->a, "%s (%s)", action_name(c, x), when));
	}
	for (size_t i = 0; i < y->n_ahead; i++)
		li(b, arena_printf(c->a, T("Øvelse %s"), exercise_name(c, y->ahead[i])));
	if (!y->n_planned && !y->n_ahead)
		li(b, T("Ingenting er planlagt: handlingsplanen har ingen åpne oppgaver."));
	HTML_LIT(b, "</ul></section>");
}

int annual_render(struct arena *a, const struct annual *y, enum report_format fmt, enum lang lang, const char *marking,
		  const char *path, struct buf *out, struct err *e)
{
	struct buf html;
	buf_init(&html, out->max);
	struct ctx c = { &html, a, lang, y };
	head(&c, marking);
	summary(&c);
	examined(&c);
	deviations(&c);
	done(&c);
	planned(&c);
	HTML_LIT(&html, "</main><footer>");
	para(&html, T("Tallene kommer fra beredts registre: vurderingsrundene, handlingsplanen med historikk, funnene fra "
		      "kontrollene, sikkerhetsprofilene og beredskapsdokumentene. Hva som ble undersøkt og gjort er "
		      "hentet fra datoene i historikken; forfalte og planlagte oppgaver er slik handlingsplanen står "
		      "når rapporten lages."));
	HTML_LIT(&html, "</footer></body></html>\n");
	int rc = report_document_finish(fmt, i18n_tr(e->lang, "Internkontrollrapporten"), &html, path, out, e);
	buf_release(&html);
	return rc;
}
