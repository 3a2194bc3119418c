/* render/dashboard.c: see dashboard.h. */
#include "render/dashboard.h"

#include "model/finding.h"
#include "render/chart.h"
#include "render/html.h"
#include "render/page.h"
#include "render/report_format.h"
#include "render/report_text.h"
#include "util/date.h"

#define I18N_LANG lang
#define SOON_DAYS 30   /* "deadlines in the next 30 days", as the heading says */

static void action_rows(struct buf *b, struct arena *a, enum lang lang, int32_t today, const struct report *rep,
			bool overdue)
{
	size_t shown = 0;
	for (size_t i = 0; i < rep->n_open; i++) {
		const struct action *x = rep->open[i];
		bool late = action_is_overdue(x, today);
		bool soon = !late && x->due != DATE_NONE && x->due <= today + SOON_DAYS;
		if (overdue ? !late : !soon)
			continue;
		if (!shown++) {
			{
				const char *const cols[] = { T("Nr."), T("Oppgave"), T("Ansvarlig"), T("Frist") };
				page_thead(b, cols, 4);
			}
		}
		HTML_LIT(b, "<tr><td>");
		page_link(b, arena_printf(a, "/tiltak/%d", x->no), report_action_ref(a, x));
		HTML_LIT(b, "</td><td>");
		html_text(b, report_action_title(rep, lang, x));
		HTML_LIT(b, "</td><td>");
		html_text(b, x->owner);
		HTML_LIT(b, "</td><td class=\"date\">");
		html_text(b, report_date(a, x->due));
		if (late) {
			HTML_LIT(b, " ");
			page_badge(b, "overdue", T("forfalt"));
		}
		HTML_LIT(b, "</td></tr>");
	}
	if (shown) {
		page_table_end(b);
	} else {
		HTML_LIT(b, "<p>");
		html_text(b, overdue ? T("Ingen oppgaver er forfalt.")
				     : T("Ingen frister de neste 30 dagene."));
		HTML_LIT(b, "</p>");
	}
}

static void card(struct buf *b, const char *title, const char *value,
		 const char *text)
{
	HTML_LIT(b, "<div class=\"card\"><h2>");
	html_text(b, title);
	HTML_LIT(b, "</h2><p class=\"big\">");
	html_text(b, value);
	HTML_LIT(b, "</p><p>");
	html_text(b, text);
	HTML_LIT(b, "</p></div>");
}

/* The first day, step by step, while a step is left: each links to its page. */
static void start_guide(struct buf *b, struct arena *a, enum lang lang, const struct dashboard_facts *f)
{
	const struct { bool done; const char *href, *text; } steps[] = {
		{ f->services > 0, "/ros", T("Registrer de kritiske tjenestene (tjenester.csv)") },
		{ f->systems > 0, "/ros", T("Registrer systemene bak dem (systemer.csv)") },
		{ f->deps > 0, "/ros", T("Si hva tjenestene hviler på (avhengigheter.csv)") },
		{ f->plan, "/beredskap/plan", T("Lag beredskapsplanen fra malen og tilpass den") },
		{ f->contacts > 0, "/beredskap", T("Legg inn kontaktene dere trenger i en krise") },
		{ f->kit_made, "/beredskap", T("Last ned den første beredskapspakken og legg den der den kan nås") },
		{ f->round, "/vurdering", T("Start gjennomgangen av de 15 tiltakene") },
	};
	size_t n = sizeof(steps) / sizeof(steps[0]), done = 0;
	for (size_t i = 0; i < n; i++)
		done += steps[i].done;
	if (done == n)
		return;
	HTML_LIT(b, "<section class=\"start\" aria-labelledby=\"kom-i-gang\"><h2 id=\"kom-i-gang\">");
	html_text(b, T("Kom i gang"));
	HTML_LIT(b, "</h2><p>");
	html_text(b, arena_printf(a, T("%zu av %zu steg er gjort."), done, n));
	HTML_LIT(b, "</p><ol>");
	for (size_t i = 0; i < n; i++) {
		HTML_LIT(b, "<li>");
		if (steps[i].done) {
			html_text(b, steps[i].text);
			HTML_LIT(b, " ");
			page_badge(b, "ok", T("gjort"));
		} else {
			page_link(b, steps[i].href, steps[i].text);
		}
		HTML_LIT(b, "</li>");
	}
	HTML_LIT(b, "</ol></section>");
}

/* The findings and preparedness beside the measures. */
static void facts_cards(struct buf *b, struct arena *a, enum lang lang, int32_t today, const struct dashboard_facts *f)
{
	HTML_LIT(b, "<div class=\"cards\">");
	HTML_LIT(b, "<div class=\"card\"><h2>");
	html_text(b, T("Åpne funn"));
	HTML_LIT(b, "</h2><p class=\"big\">");
	page_link(b, "/funn", arena_printf(a, "%zu", f->open_findings));
	HTML_LIT(b, "</p><p>");
	html_text(b, arena_printf(a, T("%zu kritiske, %zu høye, %zu middels, %zu lave"), f->by_severity[SEV_KRITISK],
				  f->by_severity[SEV_HOY], f->by_severity[SEV_MIDDELS], f->by_severity[SEV_LAV]));
	if (f->by_severity[SEV_KRITISK]) {
		HTML_LIT(b, " ");
		page_link(b, "/funn?alvorlighet=kritisk", T("Se de kritiske"));
	}
	HTML_LIT(b, "</p></div><div class=\"card\"><h2>");
	html_text(b, T("Beredskap"));
	HTML_LIT(b, "</h2><ul class=\"plain\"><li>");
	html_text(b, f->plan_reviewed == DATE_NONE ? T("Beredskapsplanen er ikke gjennomgått.")
		  : arena_printf(a, T("Planen gjennomgått %s."), date_text(a, f->plan_reviewed, "")));
	HTML_LIT(b, "</li><li>");
	html_text(b, f->kit_written ? arena_printf(a, T("Beredskapspakken laget %s (UTC)."), f->kit_written)
		  : T("Ingen beredskapspakke er laget."));
	HTML_LIT(b, "</li><li>");
	html_text(b, f->last_exercise == DATE_NONE ? T("Ingen øvelse er holdt.")
		  : arena_printf(a, i18n_n(I18N_LANG, "Siste øvelse %s (%d dag siden).", "Siste øvelse %s (%d dager siden).",
						 (unsigned long)(today - f->last_exercise)),
				 date_text(a, f->last_exercise, ""), (int)(today - f->last_exercise)));
	HTML_LIT(b, "</li></ul><p>");
	page_link(b, "/beredskap", T("Til beredskapen"));
	HTML_LIT(b, "</p></div></div>");
}

void dashboard_render(struct buf *b, struct arena *a, enum lang lang, int32_t today, const struct report *rep,
		      const struct dashboard_facts *f)
{
	if (f)
		start_guide(b, a, lang, f);
	if (!rep) {
		HTML_LIT(b, "<p>");
		html_text(b, T("Kommunen har ingen vurderingsrunde ennå."));
		HTML_LIT(b, " ");
		page_link(b, "/vurdering", T("Start gjennomgangen av de 15 tiltakene."));
		HTML_LIT(b, "</p>");
		return;
	}
	enum readiness_level lvl = readiness_level(rep->overall.percent);
	HTML_LIT(b, "<div class=\"cards\">");
	card(b, T("Samlet beredskap"),
	     rep->overall.percent < 0 ? "–" : arena_printf(a, "%d %%", rep->overall.percent),
	     T(readiness_level_name(lvl)));
	card(b, T("Åpne oppgaver"), arena_printf(a, "%zu", rep->n_open),
	     arena_printf(a, T("%zu av dem forfalt"), rep->n_overdue));
	card(b, T("Beslutninger som venter"), arena_printf(a, "%zu", rep->n_decisions),
	     T("Se rapporten for ledelsen"));
	HTML_LIT(b, "</div>");
	if (f)
		facts_cards(b, a, lang, today, f);
	HTML_LIT(b, "<h2>");
	html_text(b, T("Beredskap per område"));
	HTML_LIT(b, "</h2><p>");
	html_text(b, arena_printf(a, T("Runde %d: %s, %s"), rep->in->round->no, rep->in->round->title,
				  report_round_state(a, lang, rep->in->round)));
	HTML_LIT(b, "</p><figure>");
	render_readiness_chart(b, a, rep, lang);
	HTML_LIT(b, "</figure><ul>");
	for (size_t g = 0; g < rep->n_groups; g++) {
		const struct report_group *rg = &rep->groups[g];
		HTML_LIT(b, "<li><strong>");
		html_text(b, text2_get(&rg->group->title, lang));
		HTML_LIT(b, ":</strong> ");
		html_text(b, T(readiness_level_text(readiness_level(rg->now.percent))));
		HTML_LIT(b, "</li>");
	}
	HTML_LIT(b, "</ul><h2>");
	html_text(b, T("Forfalte oppgaver"));
	HTML_LIT(b, "</h2>");
	action_rows(b, a, lang, today, rep, true);
	page_h2(b, T("Frister de neste 30 dagene"));
	action_rows(b, a, lang, today, rep, false);
	page_h2(b, T("Beslutninger kommunedirektøren bes om å ta"));
	report_html_decisions(b, a, lang, rep);
}

