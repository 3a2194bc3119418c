/* render/actions.c: see actions.h. */
#include "render/actions.h"

#include "render/html.h"
#include "render/report_text.h"

#define I18N_LANG lang

static const char *const status_codes[] = { "åpen", "pågår", "utført", "avvist" };
static const char *const priority_codes[] = { "lav", "middels", "høy" };

static void labels(enum lang lang, const char *const *codes, int n, const char **out,
		   bool priorities)
{
	struct err ignored;
	err_init(&ignored, lang);
	for (int i = 0; i < n; i++) {
		if (priorities) {
			enum priority pr;
			priority_parse(codes[i], &pr, &ignored);
			out[i] = T(priority_label(pr));
		} else {
			enum action_status st;
			action_status_parse(codes[i], &st, &ignored);
			out[i] = T(action_status_label(st));
		}
	}
}

/* The estimate and its budget year: what the political summary sums per decision. */
static void cost_inputs(struct buf *b, const struct actions_view *v, const struct action *x)
{
	enum lang lang = v->lang;
	page_input(b, "cost", T("Anslått kostnad (kroner)"), "text",
		   x && x->cost_nok ? arena_printf(v->a, "%lld", (long long)x->cost_nok) : NULL, false,
		   T("Hele kroner, for eksempel 250000 eller «1,5 mill». Tomt: ikke anslått."), "off");
	page_input(b, "cost_year", T("Budsjettår"), "text",
		   x && x->cost_year ? arena_printf(v->a, "%d", x->cost_year) : NULL, false,
		   T("Tomt: året fristen faller i."), "off");
}

void actions_list(struct buf *b, const struct actions_view *v, const struct action *all, size_t n,
		  const struct actions_filter *f)
{
	enum lang lang = v->lang;
	const char *want = f->status_code;
	bool filter = f->by_status, late = f->overdue_only;
	enum action_status ws = f->status;
	HTML_LIT(b, "<p>");
	page_link(b, "/tiltak/handlingsplan.xlsx", T("Last ned hele planen som Excel-arbeidsbok"));
	HTML_LIT(b, "</p>");
	/* the filter is a GET form: it changes nothing, and works without JavaScript */
	HTML_LIT(b, "<form method=\"get\" action=\"/tiltak\" class=\"actions-row\">");
	const char *codes[5] = { "", "åpen", "pågår", "utført", "avvist" }, *names[5];
	names[0] = T("Alle");
	labels(lang, status_codes, 4, names + 1, false);
	page_select(b, "status", T("Status"), codes, names, 5, want);
	HTML_LIT(b, "<div class=\"field\"><input type=\"checkbox\" id=\"forfalt\" name=\"forfalt\" value=\"1\"");
	if (late)
		HTML_LIT(b, " checked");
	HTML_LIT(b, "> <label for=\"forfalt\" class=\"inline\">");
	html_text(b, T("Bare forfalte"));
	HTML_LIT(b, "</label></div>");
	page_button(b, T("Vis"), NULL, NULL, true);
	HTML_LIT(b, "</form>");
	{
		const char *const cols[] = { T("Nr."), T("Oppgave"), T("Ansvarlig"), T("Frist"), T("Prioritet"), T("Status"),
					     T("Kostnad") };
		page_thead(b, cols, 7);
	}
	size_t shown = 0;
	for (size_t i = 0; i < n; i++) {
		const struct action *x = &all[i];
		bool overdue = action_is_overdue(x, v->today);
		if ((filter && x->status != ws) || (late && !overdue))
			continue;
		shown++;
		HTML_LIT(b, "<tr><td>");
		page_link(b, arena_printf(v->a, "/tiltak/%d", x->no), report_action_ref(v->a, x));
		HTML_LIT(b, "</td><td>");
		html_text(b, v->rep ? report_action_title(v->rep, lang, x)
					 : x->title ? x->title : x->measure_id);
		HTML_LIT(b, "</td><td>");
		html_text(b, x->owner);
		HTML_LIT(b, "</td><td class=\"date\">");
		html_text(b, report_date(v->a, x->due));
		if (overdue) {
			HTML_LIT(b, " ");
			page_badge(b, "overdue", T("forfalt"));
		}
		HTML_LIT(b, "</td><td>");
		html_text(b, T(priority_label(x->priority)));
		HTML_LIT(b, "</td><td>");
		page_badge(b, action_status_code(x->status), T(action_status_label(x->status)));
		HTML_LIT(b, "</td><td class=\"date\">");
		if (x->cost_nok)
			html_text(b, report_money(v->a, lang, x->cost_nok, action_cost_year(x)));
		HTML_LIT(b, "</td></tr>");
	}
	page_table_end(b);
	if (!shown) {
		HTML_LIT(b, "<p>");
		html_text(b, T("Ingen oppgaver passer."));
		HTML_LIT(b, "</p>");
	}
	if (v->editor) {
		const char *pn[3];
		labels(lang, priority_codes, 3, pn, true);
		page_h2(b, T("Legg til en oppgave"));
		page_form(b, v->pg, "/tiltak");
		page_input(b, "title", T("Tittel"), "text", NULL, true, NULL, "off");
		page_input(b, "owner", T("Ansvarlig"), "text", NULL, false, NULL, "off");
		page_input(b, "due", T("Frist"), "date", NULL, false, NULL, "off");
		page_select(b, "priority", T("Prioritet"), priority_codes, pn, 3, "middels");
		cost_inputs(b, v, NULL);
		page_button(b, T("Legg til"), NULL, NULL, false);
		page_form_end(b);
	}
}

void actions_one(struct buf *b, const struct actions_view *v, const struct action *x, const struct action *hist,
		 size_t n)
{
	enum lang lang = v->lang;
	HTML_LIT(b, "<p><a href=\"/tiltak\">");
	html_text(b, T("Tilbake til handlingsplanen"));
	HTML_LIT(b, "</a></p>");
	if (x->measure_id) {
		HTML_LIT(b, "<p>");
		html_text(b, T("Gjelder KS-tiltak"));
		HTML_LIT(b, " ");
		page_link(b, arena_printf(v->a, "/vurdering/%s", x->measure_id), x->measure_id);
		HTML_LIT(b, "</p>");
	}
	if (v->editor) {
		const char *sn[4], *pn[3];
		labels(lang, status_codes, 4, sn, false);
		labels(lang, priority_codes, 3, pn, true);
		page_form(b, v->pg, arena_printf(v->a, "/tiltak/%d", x->no));
		page_hidden(b, "version", arena_printf(v->a, "%d", x->version));
		page_input(b, "title", T("Tittel"), "text", x->title, !x->measure_id,
			   x->measure_id ? T("Tom: tittelen på tiltaket i katalogen brukes.") : NULL, "off");
		page_input(b, "owner", T("Ansvarlig"), "text", x->owner, false, NULL, "off");
		page_input(b, "due", T("Frist"), "date", report_date(v->a, x->due), false, NULL, "off");
		page_select(b, "priority", T("Prioritet"), priority_codes, pn, 3, priority_code(x->priority));
		page_select(b, "status", T("Status"), status_codes, sn, 4, action_status_code(x->status));
		page_textarea(b, "reason", T("Begrunnelse"), x->reason, 3,
			      T("Påkrevd for å avvise en oppgave (bare ledere kan avvise)."));
		page_textarea(b, "plan", T("Plan"), x->plan, 4, NULL);
		cost_inputs(b, v, x);
		page_button(b, T("Lagre"), NULL, NULL, false);
		page_form_end(b);
	}
	if (!n)
		return;
	page_h2(b, T("Historikk"));
	{
		const char *const cols[] = { T("Versjon"), T("Endret"), T("Av"), T("Status") };
		page_thead(b, cols, 4);
	}
	for (size_t i = n; i-- > 0;) {
		HTML_LIT(b, "<tr><td>");
		buf_printf(b, "%d", hist[i].version);
		HTML_LIT(b, "</td><td>");
		html_text(b, hist[i].changed_at);
		HTML_LIT(b, "</td><td>");
		html_text(b, hist[i].changed_by);
		HTML_LIT(b, "</td><td>");
		html_text(b, T(action_status_label(hist[i].status)));
		HTML_LIT(b, "</td></tr>");
	}
	page_table_end(b);
}
