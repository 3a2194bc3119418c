/* render/report_public.c: see report_public.h. Plain bokmål (or English) for people who
 * decide: sentences, one chart, the money; nothing a reader needs IT to understand. */
#include "render/report_public.h"

#include "render/chart.h"
#include "render/html.h"
#include "render/report_text.h"
#include "util/date.h"

#define I18N_LANG lang

/* Short and readable: the chart and a page's worth of text must stay within three pages. */
static const char public_style[] =
	"h1{font-size:1.45em}h2{font-size:1.15em;margin-top:1.1em}body{font-size:10.5pt;line-height:1.4}"
	"figure{margin:.4em 0}ol li,ul li{margin-bottom:.25em}ul.areas{margin-top:.2em}"
	".note{font-size:.9em;color:#444}";

static const char *measure_title(struct arena *a, enum lang lang, const struct report_item *it)
{
	return arena_printf(a, "%s %s", it->item->id, text2_get(&it->item->title, lang));
}

static void para(struct buf *b, const char *text)
{
	HTML_LIT(b, "<p>");
	html_text(b, text);
	HTML_LIT(b, "</p>");
}

static void head(struct buf *b, struct arena *a, const struct report *r, enum lang lang)
{
	const struct report_input *in = r->in;
	const struct round *rd = in->round;
	HTML_LIT(b, "<!DOCTYPE html>\n<html lang=\"");
	html_attr(b, lang == LANG_EN ? "en" : "nb");
	HTML_LIT(b, "\"><head><meta charset=\"utf-8\"><title>");
	html_text(b, arena_printf(a, T("IKT-sikkerhet og beredskap: sammendrag for folkevalgte, %s"), in->tenant->name));
	HTML_LIT(b, "</title><style>");
	buf_puts(b, report_html_style());   /* constants of this program, not data */
	report_paged_style(b, in->tenant->name, lang, NULL);
	buf_puts(b, public_style);
	HTML_LIT(b, "</style></head><body><header><h1>");
	html_text(b, T("IKT-sikkerhet og beredskap: sammendrag for folkevalgte"));
	HTML_LIT(b, "</h1><p class=\"meta\">");
	html_text(b, arena_printf(a, T("%s, %s. Grunnlag: vurderingsrunde %d (%s)."), in->tenant->name,
				  report_date(a, in->today), rd->no, rd->title));
	HTML_LIT(b, "<br>");
	if (rd->approved_at)
		html_text(b, arena_printf(a, T("Status: godkjent av %s %.10s"), rd->approved_by, rd->approved_at));
	else if (round_is_closed(rd))
		html_text(b, arena_printf(a, T("Status: lukket av %s %.10s, ikke godkjent"), rd->closed_by, rd->closed_at));
	else
		html_text(b, T("Status: utkast (runden er åpen)"));
	HTML_LIT(b, "</p></header><main>");
}

static void standing(struct buf *b, struct arena *a, const struct report *r, enum lang lang)
{
	enum readiness_level lvl = readiness_level(r->overall.percent);
	HTML_LIT(b, "<section><h2>");
	html_text(b, T("Hvor kommunen står"));
	HTML_LIT(b, "</h2>");
	para(b, arena_printf(a, T("KS har gitt kommunene 15 tiltak for IKT-sikkerhet og beredskap. Samlet har "
				  "kommunen %d\u00a0%% av det som skal være på plass: %s. %s"),
			     r->overall.percent < 0 ? 0 : r->overall.percent, T(readiness_level_name(lvl)),
			     T(readiness_level_text(lvl))));
	if (r->has_prev)
		para(b, arena_printf(a, T("Ved forrige gjennomgang (runde %d) var tallet %d\u00a0%%."), r->in->prev_round->no,
				     r->prev_overall.percent < 0 ? 0 : r->prev_overall.percent));
	HTML_LIT(b, "<figure>");
	render_readiness_chart(b, a, r, lang);
	HTML_LIT(b, "</figure></section>");
}

static void improved(struct buf *b, struct arena *a, const struct report_public *p, enum lang lang)
{
	const struct report *r = p->r;
	HTML_LIT(b, "<section><h2>");
	html_text(b, r->has_prev ? arena_printf(a, T("På plass siden runde %d"), r->in->prev_round->no)
				 : T("På plass siden forrige gjennomgang"));
	HTML_LIT(b, "</h2>");
	if (!r->has_prev) {
		para(b, T("Dette er kommunens første gjennomgang; neste sammendrag viser hva som er kommet på plass."));
	} else if (!p->n_improved) {
		para(b, T("Ingen av tiltakene har kommet på plass siden forrige gjennomgang."));
	} else {
		HTML_LIT(b, "<ul>");
		for (size_t i = 0; i < p->n_improved; i++) {
			HTML_LIT(b, "<li>");
			html_text(b, measure_title(a, lang, p->improved[i]));
			HTML_LIT(b, "</li>");
		}
		HTML_LIT(b, "</ul>");
	}
	HTML_LIT(b, "</section>");
}

static const char *area_name(enum lang lang, const struct public_budget_area *ar)
{
	return ar->group ? text2_get(&ar->group->title, lang) : T("Andre oppgaver");
}

static void decisions(struct buf *b, struct arena *a, const struct report_public *p, enum lang lang)
{
	const struct report *r = p->r;
	const struct round *rd = r->in->round;
	HTML_LIT(b, "<section><h2>");
	html_text(b, T("Vedtak som foreslås"));
	HTML_LIT(b, "</h2><ol>");
	for (size_t i = 0; i < p->n_budgets; i++) {
		const struct public_budget *bu = &p->budgets[i];
		HTML_LIT(b, "<li>");
		const char *money = report_money(a, lang, bu->nok, 0);
		if (bu->year)
			html_text(b, arena_printf(a, i18n_n(lang, "Sette av %s i budsjettet for %d til %zu oppgave i "
								  "handlingsplanen:",
							    "Sette av %s i budsjettet for %d til %zu oppgaver i "
							    "handlingsplanen:", bu->actions),
						  money, bu->year, bu->actions));
		else
			html_text(b, arena_printf(a, i18n_n(lang, "Sette av %s til %zu oppgave i handlingsplanen "
								  "som ikke har noe budsjettår:",
							    "Sette av %s til %zu oppgaver i handlingsplanen som "
							    "ikke har noe budsjettår:", bu->actions),
						  money, bu->actions));
		HTML_LIT(b, "<ul class=\"areas\">");
		for (size_t k = 0; k < bu->n_areas; k++) {
			const struct public_budget_area *ar = &bu->areas[k];
			HTML_LIT(b, "<li>");
			html_text(b, arena_printf(a, i18n_n(lang, "%s: %s (%zu oppgave)", "%s: %s (%zu oppgaver)",
							    ar->actions),
						  area_name(lang, ar), report_money(a, lang, ar->nok, 0), ar->actions));
			HTML_LIT(b, "</li>");
		}
		HTML_LIT(b, "</ul></li>");
	}
	for (size_t i = 0; i < p->n_accept; i++) {
		const struct public_accept *x = &p->accept[i];
		HTML_LIT(b, "<li>");
		if (x->reason)
			html_text(b, arena_printf(a, T("Akseptere risikoen ved at «%s» ikke er på plass nå. Administrasjonens "
						       "begrunnelse: %s"), measure_title(a, lang, x->item), x->reason));
		else
			html_text(b, arena_printf(a, T("Akseptere risikoen ved at «%s» ikke er på plass nå, eller gi "
						       "tiltaket ressurser."), measure_title(a, lang, x->item)));
		HTML_LIT(b, "</li>");
	}
	HTML_LIT(b, "<li>");
	if (rd->approved_at)
		html_text(b, T("Ta kommunedirektørens gjennomgang av tiltakene til orientering."));
	else
		html_text(b, T("Ta kommunedirektørens gjennomgang til orientering når den er godkjent; den er ennå ikke "
			       "godkjent."));
	HTML_LIT(b, "</li></ol>");
	if (p->uncosted)
		para(b, arena_printf(a, i18n_n(lang, "%zu åpen oppgave har ennå ikke noe kostnadsoverslag og er ikke med i "
						     "beløpene.",
					       "%zu åpne oppgaver har ennå ikke noe kostnadsoverslag og er ikke med i "
					       "beløpene.", p->uncosted),
				     p->uncosted));
	if (r->n_overdue)
		para(b, arena_printf(a, i18n_n(lang, "%zu oppgave er forsinket; administrasjonen følger den opp.",
					       "%zu oppgaver er forsinket; administrasjonen følger dem opp.", r->n_overdue),
				     r->n_overdue));
	HTML_LIT(b, "</section>");
}

static void risks(struct buf *b, struct arena *a, const struct report_public *p, enum lang lang)
{
	HTML_LIT(b, "<section><h2>");
	html_text(b, T("De viktigste risikoene"));
	HTML_LIT(b, "</h2><ul>");
	if (p->services) {
		HTML_LIT(b, "<li>");
		if (p->services_late)
			html_text(b, arena_printf(a, i18n_n(lang, "%zu av kommunens %zu kartlagte tjenester kan ikke komme "
								  "tilbake så raskt som innbyggerne trenger hvis ett "
								  "system eller én leverandør faller ut.",
							    "%zu av kommunens %zu kartlagte tjenester kan ikke komme "
							    "tilbake så raskt som innbyggerne trenger hvis ett "
							    "system eller én leverandør faller ut.", p->services_late),
						  p->services_late, p->services));
		else
			html_text(b, arena_printf(a, T("Alle kommunens %zu kartlagte tjenester kan komme tilbake i tide hvis "
						       "ett system eller én leverandør faller ut."), p->services));
		HTML_LIT(b, "</li>");
	}
	if (p->spof_services > 1) {
		HTML_LIT(b, "<li>");
		html_text(b, arena_printf(a, T("Det verste enkeltpunktet for svikt tar alene ned %d tjenester."),
					  p->spof_services));
		HTML_LIT(b, "</li>");
	}
	if (p->r->in->n_findings) {
		HTML_LIT(b, "<li>");
		html_text(b, arena_printf(a, i18n_n(lang, "De tekniske kontrollene har %zu åpent alvorlig funn (kritisk "
							  "eller høyt) som følges opp.",
						    "De tekniske kontrollene har %zu åpne alvorlige funn (kritiske "
						    "eller høye) som følges opp.", p->findings_serious),
					  p->findings_serious));
		HTML_LIT(b, "</li>");
	}
	for (size_t i = 0; i < p->n_risks; i++) {
		const struct report_risk *k = p->risks[i];
		HTML_LIT(b, "<li>");
		html_text(b, arena_printf(a, T("«%s»: %s."), k->event->title, T(ros_risk_label(k->level))));
		HTML_LIT(b, "</li>");
	}
	HTML_LIT(b, "</ul>");
	if (p->risks_unnamed)
		para(b, arena_printf(a, i18n_n(lang, "%zu risiko er ikke nevnt her fordi beskrivelsen er teknisk; den står "
						     "i den administrative rapporten.",
					       "%zu risikoer er ikke nevnt her fordi beskrivelsene er tekniske; de står "
					       "i den administrative rapporten.", p->risks_unnamed),
				     p->risks_unnamed));
	HTML_LIT(b, "</section>");
}

static void foot(struct buf *b, struct arena *a, const struct report *r, enum lang lang)
{
	HTML_LIT(b, "</main><footer>");
	para(b, T("Sammendraget nevner ingen produkter, versjoner, maskinnavn eller sårbarheter, og kan derfor "
		  "offentliggjøres. Detaljene står i den administrative rapporten med teknisk vedlegg, som er unntatt "
		  "offentlighet."));
	/* no program version here: a public document says nothing about the installation */
	para(b, arena_printf(a, T("Laget med beredt %s."), date_local_text(a, r->in->generated_at)));
	HTML_LIT(b, "</footer></body></html>\n");
}

int report_public_render(struct arena *a, const struct report_public *p, enum report_format fmt, enum lang lang,
			 const char *path, struct buf *out, struct err *e)
{
	struct buf html;
	buf_init(&html, out->max);
	struct buf *b = &html;
	head(b, a, p->r, lang);
	standing(b, a, p->r, lang);
	decisions(b, a, p, lang);
	improved(b, a, p, lang);
	risks(b, a, p, lang);
	foot(b, a, p->r, lang);
	int rc = report_document_finish(fmt, i18n_tr(e->lang, "Sammendraget for folkevalgte"), &html, path, out, e);
	buf_release(&html);
	return rc;
}
