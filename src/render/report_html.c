/* render/report_html.c: the leadership report as one self-contained HTML file: no
 * external resources (the style sheet is inside), prints on A4, readable without
 * colour (every status and level is also written out). */
#include "render/report_format.h"

#include <stdio.h>
#include <string.h>

#include "render/html.h"
#include "render/page.h"
#include "render/chart.h"
#include "render/report_text.h"
#include "util/crypto.h"

#define I18N_LANG lang

void report_html_decisions(struct buf *b, struct arena *a, enum lang lang, const struct report *r)
{
	HTML_LIT(b, "<ol>");
	for (size_t i = 0; i < r->n_decisions; i++) {
		HTML_LIT(b, "<li>");
		html_text(b, report_decision_text(a, lang, r, &r->decisions[i]));
		HTML_LIT(b, "</li>");
	}
	HTML_LIT(b, "</ol>");
}

static const char style[] =
	"@page{size:A4;margin:16mm 15mm}"
	"body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:11pt;line-height:1.45;"
	"color:#1a1a1a;max-width:48em;margin:2em auto;padding:0 1em}"
	"h1{font-size:1.7em;margin-bottom:.2em}h2{font-size:1.3em;margin-top:1.6em;"
	"border-bottom:2px solid #1f3b57;padding-bottom:.15em;color:#1f3b57}"
	"h3{font-size:1.08em;margin:1.2em 0 .3em}"
	".meta{color:#444}.big{font-size:1.35em;font-weight:bold}"
	"table{border-collapse:collapse;width:100%;margin:.5em 0 1em;font-size:.95em}"
	"th,td{border:1px solid #9a9a9a;padding:.3em .45em;text-align:left;vertical-align:top}"
	"th{background:#e9eef3}td.date{white-space:nowrap}caption{text-align:left;font-weight:bold;margin-bottom:.3em}"
	".st{font-weight:bold;white-space:nowrap}.st-ja{color:#1b5e20}.st-delvis{color:#8a4b00}"
	".st-nei{color:#a4161a}.st-ukjent{color:#5a3d8a}.st-ikke-relevant{color:#444}"
	".overdue{color:#a4161a;font-weight:bold}"
	"dl{display:grid;grid-template-columns:9em 1fr;gap:.2em .8em;margin:.3em 0}"
	"dt{font-weight:bold}dd{margin:0}dd p:first-child{margin-top:0}dd p:last-child{margin-bottom:0}"
	"svg text{font-family:'DejaVu Sans',Arial,sans-serif;font-size:13px;fill:#1a1a1a}"
	".measure{break-inside:avoid;border-left:4px solid #9a9a9a;padding-left:.8em;margin:1em 0}"
	".measure.st-nei{border-color:#a4161a}.measure.st-delvis{border-color:#b36200}"
	".measure.st-ukjent{border-color:#5a3d8a}"
	"footer{margin-top:2em;font-size:.85em;color:#444;border-top:1px solid #9a9a9a}"
	"@media print{body{margin:0;max-width:none}h2{break-after:avoid}tr{break-inside:avoid}}";

const char *report_html_style(void)
{
	return style;
}

static void cell(struct buf *b, const char *s)
{
	HTML_LIT(b, "<td>");
	html_text(b, s);
	HTML_LIT(b, "</td>");
}

static void date_cell(struct buf *b, const char *s)
{
	HTML_LIT(b, "<td class=\"date\">");
	html_text(b, s);
	HTML_LIT(b, "</td>");
}

static void status_cell(struct buf *b, enum lang lang, enum status s)
{
	HTML_LIT(b, "<td><span class=\"st st-");
	html_attr(b, status_code(s));
	HTML_LIT(b, "\">");
	html_text(b, T(status_label(s)));
	HTML_LIT(b, "</span></td>");
}

static const char *percent_text(struct arena *a, int p)
{
	return p < 0 ? "–" : arena_printf(a, "%d %%", p);
}

static void counts(struct buf *b, struct arena *a, enum lang lang, const struct readiness *r)
{
	html_text(b, arena_printf(a, T("%d på plass, %d delvis, %d ikke på plass, %d ukjent, "
				       "%d ikke relevant"),
				  r->count[STATUS_JA], r->count[STATUS_DELVIS], r->count[STATUS_NEI],
				  r->count[STATUS_UKJENT], r->count[STATUS_IKKE_RELEVANT]));
}

/* A CSS string: quotes, backslashes, '<' (the style element must not end early) and
 * control characters as escapes. */
static void css_string(struct buf *b, const char *s)
{
	buf_putc(b, '"');
	for (; s && *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == '"' || c == '\\' || c == '<' || c < 0x20)
			buf_printf(b, "\\%x ", c);
		else
			buf_putc(b, (char)c);
	}
	buf_putc(b, '"');
}

/* For a document printed to PDF: A4, the municipality on the left of every page's head, the
 * marking (when there is one) on the right, "side N av M" at the foot. */
void report_paged_style(struct buf *b, const char *tenant, enum lang lang, const char *marking)
{
	buf_puts(b, "@page{size:A4;margin:22mm 16mm 20mm 16mm;@top-left{content:");
	css_string(b, tenant);
	buf_puts(b, ";font-size:8pt;color:#444;font-family:'DejaVu Sans',Arial,sans-serif}");
	if (marking && *marking) {
		buf_puts(b, "@top-right{content:");
		css_string(b, marking);
		buf_puts(b, ";font-size:8pt;color:#a4161a;font-weight:bold;font-family:'DejaVu Sans',Arial,sans-serif}");
	}
	buf_puts(b, "@bottom-right{content:");
	css_string(b, T("side"));
	buf_puts(b, "\" \" counter(page) \" \"");
	css_string(b, T("av"));
	buf_puts(b, "\" \" counter(pages);font-size:8pt;color:#444;font-family:'DejaVu Sans',Arial,sans-serif}}"
		    "body{margin:0;max-width:none}h2{break-after:avoid}tr,.measure{break-inside:avoid}"
		    "table{font-size:.9em}svg{max-width:100%;height:auto}"
		    "header.title-page{break-after:page}header.title-page h1{font-size:2em;margin-top:30mm}"
		    ".toc ol{list-style:none;padding:0}.toc li{margin:.2em 0}.toc a{color:inherit;text-decoration:none}"
		    ".toc a::after{content:leader('.') target-counter(attr(href),page)}"
		    "section.annex{break-before:page}");
}

static void head_print(struct buf *b, struct arena *a, const struct report *r, enum lang lang, const char *marking,
		       bool print);

/* Whether the technical annex has anything in it. */
static bool has_annex(const struct report *r)
{
	return r->in->n_findings || r->in->evidence || r->in->n_attachments;
}

/* The table of contents of the printed report: each section present, with the page it starts
 * on (CSS paged media: target-counter). */
static void contents(struct buf *b, const struct report *r, enum lang lang)
{
	const struct report_input *in = r->in;
	const struct { const char *id, *title; bool on; } parts[] = {
		{ "sum", T("Sammendrag"), true },
		{ "dec", T("Beslutninger kommunedirektøren bes om å ta"), true },
		{ "areas", T("Beredskap per område"), true },
		{ "gaps", T("Tiltak som ikke er på plass"), true },
		{ "overdue", T("Forfalte oppgaver"), true },
		{ "open", T("Åpne oppgaver i handlingsplanen"), true },
		{ "chg", T("Endringer siden forrige runde"), true },
		{ "ros", T("Risiko og sårbarhet (ROS)"), in->ros != NULL },
		{ "beredskap", T("Beredskap: plan, kontakter, øvelser og forsikring"), in->prep != NULL },
		{ "samarbeid", T("IKT-samarbeidet"), in->coop != NULL },
		{ "annex", T("Teknisk vedlegg"), has_annex(r) },
		{ "funn", T("Funn fra kontrollene"), in->n_findings > 0 },
		{ "sikring", T("Sikring av systemene: hva registrene sier"), in->evidence != NULL },
		{ "vedlegg", T("Vedlegg: bevis som filer"), in->n_attachments > 0 },
	};
	HTML_LIT(b, "<nav class=\"toc\" aria-labelledby=\"toc\"><h2 id=\"toc\">");
	html_text(b, T("Innhold"));
	HTML_LIT(b, "</h2><ol>");
	for (size_t i = 0; i < sizeof(parts) / sizeof(parts[0]); i++) {
		if (!parts[i].on)
			continue;
		HTML_LIT(b, "<li><a href=\"#");
		html_attr(b, parts[i].id);
		HTML_LIT(b, "\">");
		html_text(b, parts[i].title);
		HTML_LIT(b, "</a></li>");
	}
	HTML_LIT(b, "</ol></nav>");
}

static void head(struct buf *b, struct arena *a, const struct report *r, enum lang lang)
{
	head_print(b, a, r, lang, NULL, false);
}

static void head_print(struct buf *b, struct arena *a, const struct report *r, enum lang lang, const char *marking,
		       bool print)
{
	const struct report_input *in = r->in;
	HTML_LIT(b, "<!DOCTYPE html>\n<html lang=\"");
	html_attr(b, lang == LANG_EN ? "en" : "nb");
	HTML_LIT(b, "\"><head><meta charset=\"utf-8\">"
		    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>");
	html_text(b, arena_printf(a, T("Lederrapport: %s"), in->tenant->name));
	HTML_LIT(b, "</title><style>");
	buf_puts(b, style);   /* a constant of this file, not data */
	if (print)
		report_paged_style(b, in->tenant->name, lang, marking);
	HTML_LIT(b, "</style></head><body><header");
	if (print)
		HTML_LIT(b, " class=\"title-page\"");
	HTML_LIT(b, ">");
	if (print && marking && *marking) {
		HTML_LIT(b, "<p class=\"overdue\">");
		html_text(b, marking);
		HTML_LIT(b, "</p>");
	}
	HTML_LIT(b, "<h1>");
	html_text(b, T("Lederrapport: IKT-sikkerhet og beredskap"));
	HTML_LIT(b, "</h1><p class=\"meta\">");
	html_text(b, arena_printf(a, "%s (%s %s, %s %s)", in->tenant->name, T("kommunenummer"),
				  in->tenant->kommunenr, T("org.nr."), in->tenant->orgnr));
	HTML_LIT(b, "<br>");
	html_text(b, arena_printf(a, T("Runde %d: %s, %s"), in->round->no, in->round->title,
				  report_round_state(a, lang, in->round)));
	HTML_LIT(b, "<br>");
	html_text(b, arena_printf(a, T("Katalog: %s (versjon %s). Laget %s."),
				  text2_get(&in->catalog->title, lang), in->catalog->version,
				  report_date(a, in->today)));
	HTML_LIT(b, "</p>");
	if (print) {
		/* a document for a case: whether it is a draft or approved, and by whom */
		const struct round *rd = in->round;
		HTML_LIT(b, "<p class=\"big\">");
		if (rd->approved_at)
			html_text(b, arena_printf(a, T("Status: godkjent av %s %.10s"), rd->approved_by, rd->approved_at));
		else if (round_is_closed(rd))
			html_text(b, arena_printf(a, T("Status: lukket av %s %.10s, ikke godkjent"), rd->closed_by,
						  rd->closed_at));
		else
			html_text(b, T("Status: utkast (runden er åpen)"));
		HTML_LIT(b, "</p>");
		contents(b, r, lang);
	}
	HTML_LIT(b, "</header><main>");
}

static void summary(struct buf *b, struct arena *a, const struct report *r, enum lang lang)
{
	enum readiness_level lvl = readiness_level(r->overall.percent);
	HTML_LIT(b, "<section aria-labelledby=\"sum\"><h2 id=\"sum\">");
	html_text(b, T("Sammendrag"));
	HTML_LIT(b, "</h2><p class=\"big\">");
	html_text(b, arena_printf(a, T("Samlet beredskap: %s (%s)"), percent_text(a, r->overall.percent),
				  T(readiness_level_name(lvl))));
	HTML_LIT(b, "</p><p>");
	html_text(b, T(readiness_level_text(lvl)));
	HTML_LIT(b, "</p><ul><li>");
	counts(b, a, lang, &r->overall);
	HTML_LIT(b, "</li><li>");
	if (r->has_prev)
		html_text(b, arena_printf(a, T("Endring siden runde %d: %s prosentpoeng (fra %s)."),
					  r->in->prev_round->no,
					  report_change(a, &r->overall, &r->prev_overall, true),
					  percent_text(a, r->prev_overall.percent)));
	else
		html_text(b, T("Dette er kommunens første vurderingsrunde; det finnes ingen tidligere "
			       "runde å sammenligne med."));
	HTML_LIT(b, "</li><li>");
	html_text(b, arena_printf(a, T("%zu åpne oppgaver i handlingsplanen, %zu av dem forfalt."),
				  r->n_open, r->n_overdue));
	HTML_LIT(b, "</li></ul></section>");
}

static void decisions(struct buf *b, struct arena *a, const struct report *r, enum lang lang)
{
	HTML_LIT(b, "<section aria-labelledby=\"dec\"><h2 id=\"dec\">");
	html_text(b, T("Beslutninger kommunedirektøren bes om å ta"));
	HTML_LIT(b, "</h2>");
	if (!r->n_decisions) {
		HTML_LIT(b, "<p>");
		html_text(b, T("Ingen beslutninger venter."));
		HTML_LIT(b, "</p></section>");
		return;
	}
	report_html_decisions(b, a, lang, r);
	HTML_LIT(b, "</section>");
}

static void areas(struct buf *b, struct arena *a, const struct report *r, enum lang lang)
{
	HTML_LIT(b, "<section aria-labelledby=\"areas\"><h2 id=\"areas\">");
	html_text(b, T("Beredskap per område"));
	HTML_LIT(b, "</h2><figure>");
	render_readiness_chart(b, a, r, lang);
	HTML_LIT(b, "</figure><table><caption>");
	html_text(b, T("Beredskap per område"));
	HTML_LIT(b, "</caption><thead><tr><th scope=\"col\">");
	html_text(b, T("Område"));
	HTML_LIT(b, "</th><th scope=\"col\">");
	html_text(b, T("Beredskap"));
	HTML_LIT(b, "</th><th scope=\"col\">");
	html_text(b, T("Nivå"));
	HTML_LIT(b, "</th><th scope=\"col\">");
	html_text(b, T("Endring (prosentpoeng)"));
	HTML_LIT(b, "</th></tr></thead><tbody>");
	for (size_t g = 0; g < r->n_groups; g++) {
		const struct report_group *rg = &r->groups[g];
		HTML_LIT(b, "<tr><th scope=\"row\">");
		html_text(b, text2_get(&rg->group->title, lang));
		HTML_LIT(b, "</th>");
		cell(b, percent_text(a, rg->now.percent));
		cell(b, T(readiness_level_name(readiness_level(rg->now.percent))));
		cell(b, report_change(a, &rg->now, &rg->prev, r->has_prev));
		HTML_LIT(b, "</tr>");
	}
	HTML_LIT(b, "</tbody></table>");

	for (size_t g = 0; g < r->n_groups; g++) {
		const struct report_group *rg = &r->groups[g];
		enum readiness_level lvl = readiness_level(rg->now.percent);
		HTML_LIT(b, "<h3>");
		html_text(b, text2_get(&rg->group->title, lang));
		HTML_LIT(b, "</h3><p>");
		html_text(b, arena_printf(a, "%s (%s). %s", percent_text(a, rg->now.percent),
					  T(readiness_level_name(lvl)), T(readiness_level_text(lvl))));
		HTML_LIT(b, "</p><table><thead><tr><th scope=\"col\">");
		html_text(b, T("Tiltak"));
		HTML_LIT(b, "</th><th scope=\"col\">");
		html_text(b, T("Status"));
		HTML_LIT(b, "</th><th scope=\"col\">");
		html_text(b, T("Ansvarlig"));
		HTML_LIT(b, "</th><th scope=\"col\">");
		html_text(b, T("Frist"));
		HTML_LIT(b, "</th></tr></thead><tbody>");
		for (size_t i = 0; i < r->n_items; i++) {
			const struct report_item *it = &r->items[i];
			if (catalog_group_index(r->in->catalog, it->item->group_id) != (long)g)
				continue;
			HTML_LIT(b, "<tr>");
			cell(b, arena_printf(a, "%s %s", it->item->id, text2_get(&it->item->title, lang)));
			status_cell(b, lang, it->status);
			cell(b, it->answer && it->answer->owner ? it->answer->owner : "");
			date_cell(b, it->answer ? report_date(a, it->answer->due) : "");
			HTML_LIT(b, "</tr>");
		}
		HTML_LIT(b, "</tbody></table>");
	}
	HTML_LIT(b, "</section>");
}

static void dl_row(struct buf *b, const char *dt, const char *dd, bool markdown)
{
	if (!dd || !*dd)
		return;
	HTML_LIT(b, "<dt>");
	html_text(b, dt);
	HTML_LIT(b, "</dt><dd>");
	if (markdown)
		html_markdown(b, dd);
	else
		html_text(b, dd);
	HTML_LIT(b, "</dd>");
}

static void gaps(struct buf *b, struct arena *a, const struct report *r, enum lang lang)
{
	size_t shown = 0;
	HTML_LIT(b, "<section aria-labelledby=\"gaps\"><h2 id=\"gaps\">");
	html_text(b, T("Tiltak som ikke er på plass"));
	HTML_LIT(b, "</h2>");
	for (size_t i = 0; i < r->n_items; i++) {
		const struct report_item *it = &r->items[i];
		const struct answer *ans = it->answer;
		if (!report_item_is_gap(it))
			continue;
		shown++;
		HTML_LIT(b, "<article class=\"measure st-");
		html_attr(b, status_code(it->status));
		HTML_LIT(b, "\"><h3>");
		html_text(b, arena_printf(a, "%s %s", it->item->id, text2_get(&it->item->title, lang)));
		HTML_LIT(b, "</h3><dl>");
		dl_row(b, T("Status"), T(status_label(it->status)), false);
		dl_row(b, T("Spørsmål"), text2_get(&it->item->question, lang), false);
		dl_row(b, T("Ansvarlig"), ans && ans->owner ? ans->owner : T("ikke satt"), false);
		dl_row(b, T("Frist"), ans && ans->due != DATE_NONE ? report_date(a, ans->due)
								   : T("ikke satt"), false);
		dl_row(b, T("Plan"), ans && ans->plan ? ans->plan : T("ingen plan registrert"),
		       ans && ans->plan);
		dl_row(b, T("Dokumentasjon"), ans ? ans->evidence : NULL, true);
		if (it->action)
			dl_row(b, T("Oppgave i planen"),
			       arena_printf(a, "%s: %s", report_action_ref(a, it->action),
					    T(action_status_label(it->action->status))), false);
		HTML_LIT(b, "</dl></article>");
	}
	if (!shown) {
		HTML_LIT(b, "<p>");
		html_text(b, T("Alle tiltak er på plass eller vurdert som ikke relevante."));
		HTML_LIT(b, "</p>");
	}
	HTML_LIT(b, "</section>");
}

static void action_table(struct buf *b, struct arena *a, const struct report *r, enum lang lang,
			 bool overdue_only)
{
	HTML_LIT(b, "<table><thead><tr><th scope=\"col\">");
	html_text(b, T("Nr."));
	HTML_LIT(b, "</th><th scope=\"col\">");
	html_text(b, T("Tiltak"));
	HTML_LIT(b, "</th><th scope=\"col\">");
	html_text(b, T("Ansvarlig"));
	HTML_LIT(b, "</th><th scope=\"col\">");
	html_text(b, T("Frist"));
	HTML_LIT(b, "</th><th scope=\"col\">");
	html_text(b, T("Prioritet"));
	HTML_LIT(b, "</th><th scope=\"col\">");
	html_text(b, T("Status"));
	HTML_LIT(b, "</th></tr></thead><tbody>");
	for (size_t i = 0; i < r->n_open; i++) {
		const struct action *x = r->open[i];
		bool late = action_is_overdue(x, r->in->today);
		if (overdue_only && !late)
			continue;
		HTML_LIT(b, "<tr>");
		cell(b, report_action_ref(a, x));
		cell(b, report_action_title(r, lang, x));
		cell(b, x->owner ? x->owner : "");
		if (late) {
			HTML_LIT(b, "<td class=\"date overdue\">");
			html_text(b, arena_printf(a, T("%s (forfalt)"), report_date(a, x->due)));
			HTML_LIT(b, "</td>");
		} else {
			date_cell(b, report_date(a, x->due));
		}
		cell(b, T(priority_label(x->priority)));
		cell(b, T(action_status_label(x->status)));
		HTML_LIT(b, "</tr>");
	}
	HTML_LIT(b, "</tbody></table>");
}

static void actions(struct buf *b, struct arena *a, const struct report *r, enum lang lang)
{
	HTML_LIT(b, "<section aria-labelledby=\"overdue\"><h2 id=\"overdue\">");
	html_text(b, T("Forfalte oppgaver"));
	HTML_LIT(b, "</h2>");
	if (r->n_overdue) {
		action_table(b, a, r, lang, true);
	} else {
		HTML_LIT(b, "<p>");
		html_text(b, T("Ingen oppgaver er forfalt."));
		HTML_LIT(b, "</p>");
	}
	HTML_LIT(b, "</section><section aria-labelledby=\"open\"><h2 id=\"open\">");
	html_text(b, T("Åpne oppgaver i handlingsplanen"));
	HTML_LIT(b, "</h2>");
	if (r->n_open) {
		action_table(b, a, r, lang, false);
	} else {
		HTML_LIT(b, "<p>");
		html_text(b, T("Ingen åpne oppgaver."));
		HTML_LIT(b, "</p>");
	}
	HTML_LIT(b, "</section>");
}

static void changes(struct buf *b, struct arena *a, const struct report *r, enum lang lang)
{
	size_t n = 0;
	HTML_LIT(b, "<section aria-labelledby=\"chg\"><h2 id=\"chg\">");
	html_text(b, T("Endringer siden forrige runde"));
	HTML_LIT(b, "</h2>");
	if (!r->has_prev) {
		HTML_LIT(b, "<p>");
		html_text(b, T("Dette er den første runden."));
		HTML_LIT(b, "</p></section>");
		return;
	}
	for (size_t i = 0; i < r->n_items; i++) {
		const struct report_item *it = &r->items[i];
		if (it->prev == it->status)
			continue;
		if (n++ == 0) {
			HTML_LIT(b, "<table><thead><tr><th scope=\"col\">");
			html_text(b, T("Tiltak"));
			HTML_LIT(b, "</th><th scope=\"col\">");
			html_text(b, arena_printf(a, T("Runde %d"), r->in->prev_round->no));
			HTML_LIT(b, "</th><th scope=\"col\">");
			html_text(b, arena_printf(a, T("Runde %d"), r->in->round->no));
			HTML_LIT(b, "</th></tr></thead><tbody>");
		}
		HTML_LIT(b, "<tr>");
		cell(b, arena_printf(a, "%s %s", it->item->id, text2_get(&it->item->title, lang)));
		status_cell(b, lang, it->prev);
		status_cell(b, lang, it->status);
		HTML_LIT(b, "</tr>");
	}
	if (n) {
		HTML_LIT(b, "</tbody></table>");
	} else {
		HTML_LIT(b, "<p>");
		html_text(b, T("Ingen tiltak har endret status siden forrige runde."));
		HTML_LIT(b, "</p>");
	}
	HTML_LIT(b, "</section>");
}

/* One list of sentences under a heading, or a sentence saying there are none. */
static void sentence_list(struct buf *b, const char *heading, const char *const *items, size_t n,
			  const char *none)
{
	HTML_LIT(b, "<h3>");
	html_text(b, heading);
	HTML_LIT(b, "</h3>");
	if (!n) {
		HTML_LIT(b, "<p>");
		html_text(b, none);
		HTML_LIT(b, "</p>");
		return;
	}
	HTML_LIT(b, "<ul>");
	for (size_t i = 0; i < n; i++) {
		HTML_LIT(b, "<li>");
		html_text(b, items[i]);
		HTML_LIT(b, "</li>");
	}
	HTML_LIT(b, "</ul>");
}

static void ros(struct buf *b, struct arena *a, const struct report *r, enum lang lang)
{
	if (!r->in->ros)
		return;
	const char **items = arena_alloc(a, (r->n_gaps + r->n_spof + r->n_risks + 1) * sizeof(char *));
	if (!items)
		return;
	HTML_LIT(b, "<section aria-labelledby=\"ros\"><h2 id=\"ros\">");
	html_text(b, T("Risiko og sårbarhet (ROS)"));
	HTML_LIT(b, "</h2>");
	for (size_t i = 0; i < r->n_gaps; i++)
		items[i] = report_gap_text(a, lang, r, &r->gaps[i]);
	sentence_list(b, T("Tjenester som ikke kan komme tilbake innen tålbar nedetid"), items, r->n_gaps,
		      T("Ingen: alle tjenester kan komme tilbake innen tålbar nedetid hvis én ting svikter."));
	for (size_t i = 0; i < r->n_spof; i++)
		items[i] = report_spof_text(a, lang, r, &r->spof[i]);
	sentence_list(b, T("De største enkeltpunktene for svikt"), items, r->n_spof,
		      T("Ingen enkeltpunkter for svikt er registrert."));
	if (r->n_scenario) {
		const char **sc = arena_alloc(a, (r->n_scenario + 1) * sizeof(char *));
		for (size_t i = 0; sc && i < r->n_scenario; i++)
			sc[i] = report_scenario_text(a, lang, r, &r->scenario[i]);
		if (sc)
			sentence_list(b, arena_printf(a, T("Hvis «%s» faller ut"),
						      r->in->ros->nodes[r->spof[0].node].name),
				      sc, r->n_scenario, "");
	}
	for (size_t i = 0; i < r->n_risks; i++)
		items[i] = report_risk_text(a, lang, &r->risks[i]);
	sentence_list(b, T("De høyeste risikoene"), items, r->n_risks, T("Ingen uønskede hendelser er registrert."));
	HTML_LIT(b, "</section>");
}

static void findings(struct buf *b, struct arena *a, const struct report *r, enum lang lang)
{
	const char **items = arena_alloc(a, (r->n_urgent + 1) * sizeof(char *));
	if (!items || !r->in->n_findings)
		return;
	HTML_LIT(b, "<section aria-labelledby=\"funn\"><h2 id=\"funn\">");
	html_text(b, T("Funn fra kontrollene"));
	HTML_LIT(b, "</h2><p>");
	html_text(b, report_findings_summary(a, lang, r));
	HTML_LIT(b, "</p>");
	for (size_t i = 0; i < r->n_urgent; i++)
		items[i] = report_finding_text(a, lang, r->urgent[i], r->in->today);
	sentence_list(b, T("Åpne kritiske og høye funn"), items, r->n_urgent, T("Ingen åpne kritiske eller høye funn."));
	HTML_LIT(b, "</section>");
}

static void cooperation(struct buf *b, struct arena *a, const struct report *r, enum lang lang)
{
	size_t n;
	const char **lines;
	if (!r->in->coop || !(lines = report_coop_text(a, lang, r->in->coop, &n)))
		return;
	HTML_LIT(b, "<section aria-labelledby=\"samarbeid\"><h2 id=\"samarbeid\">");
	html_text(b, arena_printf(a, T("IKT-samarbeidet: %s"), r->in->coop->name));
	HTML_LIT(b, "</h2>");
	sentence_list(b, T("Felles systemer, funn og kontakter"), lines, n, "");
	HTML_LIT(b, "</section>");
}

static void preparedness(struct buf *b, struct arena *a, const struct report *r, enum lang lang)
{
	const char *lines[6];
	size_t n;
	if (!r->in->prep)
		return;
	report_prep_text(a, lang, r->in->prep, lines, &n);
	HTML_LIT(b, "<section aria-labelledby=\"beredskap\"><h2 id=\"beredskap\">");
	html_text(b, T("Beredskap: plan, kontakter, øvelser og forsikring"));
	HTML_LIT(b, "</h2>");
	sentence_list(b, T("Tiltak 4a–5b"), lines, n, "");
	HTML_LIT(b, "</section>");
}

/* Measures 1b and 3a–3d as the registers see them, beside the answers given. */
static void posture(struct buf *b, struct arena *a, const struct report *r, enum lang lang)
{
	const char *items[EV_COUNT];
	if (!r->in->evidence)
		return;
	for (int i = 0; i < EV_COUNT; i++)
		items[i] = report_evidence_text(a, lang, r, &r->in->evidence[i]);
	HTML_LIT(b, "<section aria-labelledby=\"sikring\"><h2 id=\"sikring\">");
	html_text(b, T("Sikring av systemene: hva registrene sier"));
	HTML_LIT(b, "</h2><p>");
	html_text(b, T("Tallene kommer fra sikkerhetsprofilene i ROS-registeret og funnene fra kontrollene; "
		       "svarene er kommunens egne vurderinger."));
	HTML_LIT(b, "</p>");
	sentence_list(b, T("Tiltak 1b og 3a–3d"), items, EV_COUNT, "");
	HTML_LIT(b, "</section>");
}

/* The files attached as evidence, with their SHA-256 for whoever checks a copy. */
static void attachments(struct buf *b, struct arena *a, const struct report *r, enum lang lang)
{
	const struct report_input *in = r->in;
	if (!in->n_attachments)
		return;
	const char **items = arena_alloc(a, in->n_attachments * sizeof(*items));
	if (!items)
		return;
	for (size_t i = 0; i < in->n_attachments; i++)
		items[i] = report_attachment_text(a, lang, &in->attachments[i]);
	HTML_LIT(b, "<section aria-labelledby=\"vedlegg\"><h2 id=\"vedlegg\">");
	html_text(b, T("Vedlegg: bevis som filer"));
	HTML_LIT(b, "</h2>");
	sentence_list(b, T("Filer"), items, in->n_attachments, "");
	HTML_LIT(b, "</section>");
}

static void method(struct buf *b, struct arena *a, const struct report *r, enum lang lang)
{
	HTML_LIT(b, "</main><footer><h2>");
	html_text(b, T("Om rapporten"));
	HTML_LIT(b, "</h2><p>");
	html_text(b, T("Beredskapen er regnet slik: «ja» gir 2 poeng, «delvis» 1, «nei» og «ukjent» 0; "
		       "«ikke relevant» holdes utenfor. Prosenten er poengsummen delt på det høyeste "
		       "mulige. Det som ikke er kjent å være på plass, regnes ikke som på plass."));
	HTML_LIT(b, "</p><p>");
	html_text(b, arena_printf(a, T("Laget av beredt %s, %s (UTC)."), BEREDT_VERSION,
				  r->in->generated_at ? r->in->generated_at : ""));
	HTML_LIT(b, "</p></footer></body></html>\n");
}

static void body(struct buf *b, struct arena *a, const struct report *r, enum lang lang);

int report_render_html(struct arena *a, const struct report *r, enum lang lang, struct buf *b)
{
	head(b, a, r, lang);
	body(b, a, r, lang);
	return b->failed ? -1 : 0;
}

int report_render_html_print(struct arena *a, const struct report *r, enum lang lang, const char *marking,
			     struct buf *b)
{
	head_print(b, a, r, lang, marking, true);
	body(b, a, r, lang);
	return b->failed ? -1 : 0;
}

static void body(struct buf *b, struct arena *a, const struct report *r, enum lang lang)
{
	summary(b, a, r, lang);
	decisions(b, a, r, lang);
	areas(b, a, r, lang);
	gaps(b, a, r, lang);
	actions(b, a, r, lang);
	changes(b, a, r, lang);
	ros(b, a, r, lang);
	preparedness(b, a, r, lang);
	cooperation(b, a, r, lang);
	/* what only the IT staff needs: findings with CVEs and versions, the registers, the files */
	if (has_annex(r)) {
		HTML_LIT(b, "<section class=\"annex\" aria-labelledby=\"annex\"><h2 id=\"annex\">");
		html_text(b, T("Teknisk vedlegg"));
		HTML_LIT(b, "</h2><p>");
		html_text(b, T("Vedlegget er for IT-avdelingen og de som følger opp funnene: funn med sårbarheter og "
			       "versjoner, hva registrene sier om sikringen, og filene som er lagt ved som bevis."));
		HTML_LIT(b, "</p></section>");
	}
	findings(b, a, r, lang);
	posture(b, a, r, lang);
	attachments(b, a, r, lang);
	method(b, a, r, lang);
}

void report_style_csp(char *out, size_t n)
{
	unsigned char h[32];
	char b64[48];
	crypto_sha256(style, strlen(style), h);
	crypto_base64(h, sizeof(h), b64, sizeof(b64));
	snprintf(out, n, "default-src 'none'; style-src 'sha256-%s'; img-src data:; "
		 "frame-ancestors 'none'; base-uri 'none'; form-action 'none'", b64);
}

void report_html_page(struct buf *b, enum lang lang, bool have_round, int year)
{
	if (!have_round) {
		HTML_LIT(b, "<p>");
		html_text(b, T("Kommunen har ingen vurderingsrunde ennå."));
		HTML_LIT(b, "</p>");
		return;
	}
	HTML_LIT(b, "<p>");
	html_text(b, T("Rapporten sier hvor kommunen står per område, hva som ikke er på plass, "
		       "hvilke oppgaver som er forfalt, hva som er endret siden forrige runde og hvilke "
		       "beslutninger kommunedirektøren bes om å ta."));
	HTML_LIT(b, "</p>");
	report_html_links(b, lang);
	if (!have_round)
		return;
	/* the documents for the case: marked, paged, and Word for the municipality's own template */
	const char *const hrefs[] = { "/rapport/last-ned?format=pdf", "/rapport/last-ned?format=docx" };
	const char *const labels[] = { T("Last ned som PDF (merket, med sidetall)"),
				       T("Last ned som Word (overskriftene som Words egne)") };
	page_link_list(b, hrefs, labels, 2);
	/* the summary for the elected bodies: short, plain, public if the director chooses */
	page_h2(b, T("Sammendrag for folkevalgte"));
	HTML_LIT(b, "<p>");
	html_text(b, T("Høyst tre sider for formannskap og kommunestyre: hvor kommunen står, vedtakene som foreslås med "
		       "pengene oppgavene er anslått å koste, hva som er kommet på plass og de viktigste risikoene. Ingen "
		       "produktnavn, versjoner, maskinnavn eller sårbarheter, så det kan offentliggjøres."));
	HTML_LIT(b, "</p>");
	const char *const phrefs[] = { "/rapport/last-ned?for=politikere&format=pdf",
				       "/rapport/last-ned?for=politikere&format=docx",
				       "/rapport/last-ned?for=politikere&format=html" };
	const char *const plabels[] = { T("Sammendraget som PDF"), T("Sammendraget som Word"),
					T("Sammendraget som HTML") };
	page_link_list(b, phrefs, plabels, 3);
	page_h2(b, T("Internkontroll"));
	HTML_LIT(b, "<p>");
	html_text(b, T("Kommunedirektørens årlige rapport til kommunestyret om internkontroll (kommuneloven § 25-2) for "
		       "informasjonssikkerhet og beredskap: hva som ble undersøkt, avvikene, hva som ble gjort og hva som "
		       "er planlagt."));
	HTML_LIT(b, "</p>");
	/* a GET form: it changes nothing, and works without JavaScript */
	HTML_LIT(b, "<form method=\"get\" action=\"/rapport/last-ned\" class=\"actions-row\">"
		    "<input type=\"hidden\" name=\"kind\" value=\"internkontroll\">");
	char ybuf[5][8];
	const char *yv[5];
	for (int i = 0; i < 5; i++) {
		snprintf(ybuf[i], sizeof(ybuf[i]), "%d", year - i);
		yv[i] = ybuf[i];
	}
	page_select(b, "year", T("År"), yv, yv, 5, yv[0]);
	const char *const fv[] = { "pdf", "docx", "html" };
	const char *const fl[] = { "PDF", "Word", "HTML" };
	page_select(b, "format", T("Format"), fv, fl, 3, "pdf");
	page_button(b, T("Last ned"), NULL, NULL, true);
	HTML_LIT(b, "</form>");
	page_h2(b, T("Tilsyn"));
	HTML_LIT(b, "<p>");
	html_text(b, T("Dokumentasjonen til Statsforvalterens tilsyn med beredskapsplikten: helhetlig ROS, "
		       "beredskapsplanen og revisjonene av den, øvelser og evaluering, godkjenninger og bevisene, som én "
		       "PDF med innholdsfortegnelse og filene lagt ved."));
	HTML_LIT(b, "</p>");
	const char *const threfs[] = { "/rapport/last-ned?kind=tilsyn&format=pdf", "/rapport/last-ned?kind=tilsyn&format=docx" };
	const char *const tlabels[] = { T("Tilsynsdokumentasjonen som PDF"), T("Tilsynsdokumentasjonen som Word") };
	page_link_list(b, threfs, tlabels, 2);
}

void report_html_links(struct buf *b, enum lang lang)
{
	/* the other language's copy is offered in that language */
	const char *const hrefs[] = { "/rapport/vis", "/rapport/last-ned?format=html", "/rapport/last-ned?format=md",
				      "/rapport/last-ned?format=json",
				      lang == LANG_EN ? "/rapport/last-ned?format=html&lang=nb"
						      : "/rapport/last-ned?format=html&lang=en" };
	const char *const labels[] = { T("Vis rapporten"), T("Last ned som HTML (for utskrift og arkiv)"),
				       T("Last ned som Markdown"), T("Last ned som JSON"),
				       lang == LANG_EN ? "Last ned på bokmål (HTML)" : "Download in English (HTML)" };
	page_link_list(b, hrefs, labels, 5);
}
