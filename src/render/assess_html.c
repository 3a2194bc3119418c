/* render/assess_html.c: see assess_html.h. */
#include "render/assess_html.h"

#include <string.h>

#include "render/evidence_html.h"
#include "render/attachments.h"
#include "render/html.h"
#include "render/report_text.h"
#include "util/date.h"

#define I18N_LANG lang

void assess_status_badge(struct buf *b, enum lang lang, enum status s)
{
	page_badge(b, status_code(s), T(status_label(s)));
}

void assess_evidence_block(struct buf *b, struct arena *a, enum lang lang, const struct evidence *ev, bool full)
{
	HTML_LIT(b, "<div class=\"evidence\"><p><strong>");
	html_text(b, T("Hva registrene sier:"));
	HTML_LIT(b, "</strong> ");
	html_text(b, evidence_text(a, lang, ev));
	HTML_LIT(b, "</p><p>");
	html_text(b, T("Forslag til svar:"));
	HTML_LIT(b, " ");
	assess_status_badge(b, lang, ev->suggest);
	if (full) {
		HTML_LIT(b, " ");
		html_text(b, T("Du bestemmer svaret; forslaget bygger på sikkerhetsprofilene og funnene."));
		HTML_LIT(b, " ");
		page_link(b, "/ros/sikkerhet", T("Sikkerhetsprofilene"));
		HTML_LIT(b, " · ");
		page_link(b, "/funn", T("Funn"));
	}
	HTML_LIT(b, "</p></div>");
}

void assess_mappings(struct buf *b, struct arena *a, enum lang lang, const struct catalog_item *it,
		     const struct catalog *others, size_t n_others)
{
	if (!it->n_mappings)
		return;
	HTML_LIT(b, "<dt>");
	html_text(b, T("Svarer til"));
	HTML_LIT(b, "</dt><dd><ul class=\"mappings\">");
	for (size_t i = 0; i < it->n_mappings; i++) {
		const char *colon = strchr(it->mappings[i], ':');
		const struct catalog *other = NULL;
		const struct catalog_item *x = NULL;
		for (size_t k = 0; colon && k < n_others && !other; k++)
			if (strlen(others[k].id) == (size_t)(colon - it->mappings[i]) &&
			    strncmp(others[k].id, it->mappings[i], strlen(others[k].id)) == 0)
				other = &others[k];
		if (other)
			x = catalog_item_find(other, colon + 1);
		HTML_LIT(b, "<li>");
		html_text(b, x ? arena_printf(a, "%s %s (%s)", x->id, text2_get(&x->title, lang), text2_get(&other->title, lang))
			       : it->mappings[i]);
		HTML_LIT(b, "</li>");
	}
	HTML_LIT(b, "</ul></dd>");
}

void assess_start_form(struct buf *b, struct arena *a, enum lang lang, const struct page_frame *pg, int32_t today,
		       const struct catalog *catalogs, size_t n_catalogs)
{
	char day[DATE_TEXT];
	date_format(today, day);
	page_form(b, pg, "/vurdering/start");
	page_input(b, "title", T("Tittel på runden"), "text", arena_printf(a, T("Gjennomgang %.4s"), day), true, NULL,
		   "off");
	/* a round per catalog may be open: KS's measures, NSM's principles beside them */
	if (n_catalogs > 1) {
		const char **codes = arena_alloc(a, (n_catalogs + 1) * sizeof(*codes));
		const char **labels = arena_alloc(a, (n_catalogs + 1) * sizeof(*labels));
		for (size_t i = 0; codes && labels && i < n_catalogs; i++) {
			codes[i] = catalogs[i].id;
			labels[i] = text2_get(&catalogs[i].title, lang);
		}
		if (codes && labels)
			page_select(b, "catalog", T("Katalog"), codes, labels, n_catalogs, ASSESS_MAIN_CATALOG);
	}
	page_button(b, T("Start ny runde"), NULL, NULL, false);
	page_form_end(b);
}

void assess_open_rounds(struct buf *b, struct arena *a, enum lang lang, const struct round *shown,
			const struct round *all, size_t n)
{
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		if (all[i].no == shown->no || round_is_closed(&all[i]))
			continue;
		if (!k++) {
			HTML_LIT(b, "<p>");
			html_text(b, T("Også åpen:"));
		}
		HTML_LIT(b, " ");
		page_link(b, arena_printf(a, "/vurdering?runde=%d", all[i].no),
			  arena_printf(a, T("runde %d, %s (%s)"), all[i].no, all[i].title, all[i].catalog_id));
	}
	if (k)
		HTML_LIT(b, "</p>");
}

static void measure_row(struct buf *b, struct arena *a, enum lang lang, const struct report *rep,
			const struct report_item *it)
{
	const struct round *rd = rep->in->round;
	HTML_LIT(b, "<tr><td>");
	page_link(b, arena_printf(a, "/vurdering/%s?runde=%d", it->item->id, rd->no),
		  arena_printf(a, "%s %s", it->item->id, text2_get(&it->item->title, lang)));
	HTML_LIT(b, "</td><td>");
	assess_status_badge(b, lang, it->status);
	if (!it->answer) {
		HTML_LIT(b, " <span class=\"muted\">");
		html_text(b, T("(ikke besvart)"));
		HTML_LIT(b, "</span>");
	}
	int k = rep->in->evidence ? evidence_index(it->item->id) : -1;
	if (k >= 0 && strcmp(rd->catalog_id, ASSESS_MAIN_CATALOG) == 0)
		assess_evidence_block(b, a, lang, &rep->in->evidence[k], false);
	HTML_LIT(b, "</td><td>");
	html_text(b, it->answer ? it->answer->owner : NULL);
	HTML_LIT(b, "</td><td class=\"date\">");
	html_text(b, it->answer ? report_date(a, it->answer->due) : "");
	HTML_LIT(b, "</td></tr>");
}

static void close_form(struct buf *b, struct arena *a, enum lang lang, const struct page_frame *pg, const struct round *rd)
{
	HTML_LIT(b, "<h2>");
	html_text(b, T("Lukk og godkjenn runden"));
	HTML_LIT(b, "</h2><p>");
	html_text(b, T("Når ledergruppen har gått gjennom svarene, lukkes runden. Svarene kan ikke endres etterpå."));
	HTML_LIT(b, "</p>");
	page_form(b, pg, "/vurdering/lukk");
	page_hidden(b, "runde", arena_printf(a, "%d", rd->no));
	HTML_LIT(b, "<div class=\"field\"><input type=\"checkbox\" id=\"approve\" name=\"approve\" "
		    "value=\"1\"> <label for=\"approve\" class=\"inline\">");
	html_text(b, T("Godkjenn runden i mitt navn"));
	HTML_LIT(b, "</label></div>");
	page_button(b, T("Lukk runden …"), NULL, NULL, false);
	page_form_end(b);
}

void assess_overview(struct buf *b, struct arena *a, enum lang lang, const struct assess_overview *v)
{
	const struct report *rep = v->rep;
	const struct round *rd = rep->in->round;
	HTML_LIT(b, "<p>");
	html_text(b, arena_printf(a, T("Runde %d: %s, %s"), rd->no, rd->title, report_round_state(a, lang, rd)));
	HTML_LIT(b, "</p>");
	assess_open_rounds(b, a, lang, rd, v->rounds, v->n_rounds);
	for (size_t g = 0; g < rep->n_groups; g++) {
		const struct report_group *rg = &rep->groups[g];
		page_h2(b, arena_printf(a, "%s. %s", rg->group->id, text2_get(&rg->group->title, lang)));
		const char *const cols[] = { T("Tiltak"), T("Status"), T("Ansvarlig"), T("Frist") };
		page_thead(b, cols, 4);
		for (size_t i = 0; i < rep->n_items; i++)
			if (strcmp(rep->items[i].item->group_id, rg->group->id) == 0)
				measure_row(b, a, lang, rep, &rep->items[i]);
		page_table_end(b);
	}
	if (round_is_closed(rd)) {
		HTML_LIT(b, "<p>");
		page_link(b, arena_printf(a, "/vurdering/oscal?runde=%d", rd->no),
			  T("Last ned runden som OSCAL-vurderingsresultater (JSON)"));
		HTML_LIT(b, "</p><h2>");
		html_text(b, T("Ny runde"));
		HTML_LIT(b, "</h2><p>");
		html_text(b, T("Runden er lukket. En ny runde starter med svarene fra denne."));
		HTML_LIT(b, "</p>");
		if (v->can_start)
			assess_start_form(b, a, lang, v->pg, v->today, v->catalogs, v->n_catalogs);
	} else if (v->can_close) {
		close_form(b, a, lang, v->pg, rd);
	}
}

void assess_close_confirm(struct buf *b, struct arena *a, enum lang lang, const struct page_frame *pg, const struct round *rd,
			  bool approving, const struct catalog_item *const *unknown, size_t k)
{
	HTML_LIT(b, "<p>");
	html_text(b, T("Å lukke er endelig: svarene i runden kan ikke endres etterpå. En ny runde "
		       "starter med svarene fra denne."));
	if (approving) {
		HTML_LIT(b, " ");
		html_text(b, T("Du godkjenner runden i ditt navn."));
	}
	HTML_LIT(b, "</p>");
	page_form(b, pg, "/vurdering/lukk");
	page_hidden(b, "confirm", "1");
	page_hidden(b, "runde", arena_printf(a, "%d", rd->no));
	if (approving)
		page_hidden(b, "approve", "1");
	if (k) {
		HTML_LIT(b, "<div class=\"warning\" id=\"unknown\"><p>");
		html_text(b, arena_printf(a, i18n_n(lang, "%zu tiltak står som ukjent:",
							"%zu tiltak står som ukjent:", k), k));
		HTML_LIT(b, "</p><ul>");
		for (size_t i = 0; i < k && i < 64; i++) {
			HTML_LIT(b, "<li>");
			page_link(b, arena_printf(a, "/vurdering/%s", unknown[i]->id),
				  arena_printf(a, "%s %s", unknown[i]->id, text2_get(&unknown[i]->title, lang)));
			HTML_LIT(b, "</li>");
		}
		HTML_LIT(b, "</ul></div><div class=\"field\"><input type=\"checkbox\" id=\"unknown-ok\" "
			    "name=\"unknown-ok\" required value=\"");
		buf_printf(b, "%zu", k);
		HTML_LIT(b, "\"> <label for=\"unknown-ok\" class=\"inline\">");
		html_text(b, arena_printf(a, i18n_n(lang, "Jeg vet at %zu tiltak står som ukjent, og vil "
							"lukke runden likevel",
							"Jeg vet at %zu tiltak står som ukjent, og vil "
							"lukke runden likevel", k), k));
		HTML_LIT(b, "</label></div>");
	}
	page_button(b, T("Lukk runden endelig"), NULL, NULL, false);
	page_form_end(b);
	HTML_LIT(b, "<p>");
	page_link(b, "/vurdering", T("Avbryt, runden forblir åpen"));
	HTML_LIT(b, "</p>");
}

void assess_measure(struct buf *b, struct arena *a, enum lang lang, const struct assess_measure *v)
{
	const struct round *rd = v->round;
	const struct catalog_item *it = v->item;
	const struct answer *shown = v->shown;
	HTML_LIT(b, "<p><a href=\"/vurdering\">");
	html_text(b, T("Tilbake til alle tiltakene"));
	HTML_LIT(b, "</a></p><dl><dt>");
	html_text(b, T("Spørsmål"));
	HTML_LIT(b, "</dt><dd>");
	html_text(b, text2_get(&it->question, lang));
	HTML_LIT(b, "</dd><dt>");
	html_text(b, T("Hvorfor det betyr noe"));
	HTML_LIT(b, "</dt><dd>");
	html_text(b, text2_get(&it->why, lang));
	HTML_LIT(b, "</dd><dt>");
	html_text(b, T("Hva som viser at det er på plass"));
	HTML_LIT(b, "</dt><dd>");
	html_text(b, text2_get(&it->evidence, lang));
	HTML_LIT(b, "</dd>");
	assess_mappings(b, a, lang, it, v->others, v->n_others);
	HTML_LIT(b, "</dl>");
	if (v->evidence)
		assess_evidence_block(b, a, lang, v->evidence, true);
	bool can_edit = v->can_edit;
	page_h2(b, T("Svar"));
	if (!can_edit) {
		HTML_LIT(b, "<p>");
		assess_status_badge(b, lang, shown ? shown->status : STATUS_UKJENT);
		HTML_LIT(b, "</p>");
		if (shown && shown->evidence) {
			HTML_LIT(b, "<div class=\"preview\">");
			html_markdown(b, shown->evidence);
			HTML_LIT(b, "</div>");
		}
		HTML_LIT(b, "<p class=\"muted\">");
		html_text(b, round_is_closed(rd) ? T("Runden er lukket og kan ikke endres.")
						 : T("Rollen din kan lese, men ikke endre svar."));
		HTML_LIT(b, "</p>");
	} else {
		page_form(b, v->pg, arena_printf(a, "/vurdering/%s", it->id));
		page_hidden(b, "runde", arena_printf(a, "%d", rd->no));
		HTML_LIT(b, "<fieldset><legend>");
		html_text(b, T("Status"));
		HTML_LIT(b, "</legend>");
		enum status cur = shown ? shown->status : STATUS_UKJENT;
		static const enum status order[] = { STATUS_JA, STATUS_DELVIS, STATUS_NEI, STATUS_UKJENT,
						     STATUS_IKKE_RELEVANT };
		for (size_t i = 0; i < 5; i++) {
			const char *code = status_code(order[i]);
			HTML_LIT(b, "<input type=\"radio\" name=\"status\" id=\"status-");
			html_attr(b, code);
			HTML_LIT(b, "\" value=\"");
			html_attr(b, code);
			HTML_LIT(b, "\"");
			if (order[i] == cur)
				HTML_LIT(b, " checked");
			HTML_LIT(b, "> <label for=\"status-");
			html_attr(b, code);
			HTML_LIT(b, "\">");
			html_text(b, T(status_label(order[i])));
			HTML_LIT(b, "</label> ");
		}
		HTML_LIT(b, "</fieldset>");
		page_input(b, "owner", T("Ansvarlig"), "text", shown ? shown->owner : NULL, false,
			   T("Hvem som sørger for at tiltaket kommer på plass."), "off");
		page_input(b, "due", T("Frist"), "date",
			   shown && shown->due != DATE_NONE ? report_date(a, shown->due) : NULL, false,
			   T("Datoen tiltaket skal være på plass (ÅÅÅÅ-MM-DD)."), "off");
		page_textarea(b, "evidence", T("Dokumentasjon"), shown ? shown->evidence : NULL, 6,
			      T("Hva viser at tiltaket er på plass? Markdown er tillatt."));
		page_textarea(b, "plan", T("Plan"), shown ? shown->plan : NULL, 4,
			      T("Hva gjøres for å få det på plass? Markdown er tillatt."));
		HTML_LIT(b, "<div class=\"actions-row\">");
		page_button(b, T("Lagre"), "op", "save", false);
		page_button(b, T("Forhåndsvis"), "op", "preview", true);
		HTML_LIT(b, "</div>");
		page_form_end(b);
		if (v->preview) {
			HTML_LIT(b, "<h2>");
			html_text(b, T("Forhåndsvisning"));
			HTML_LIT(b, "</h2><div class=\"preview\">");
			html_markdown(b, shown ? shown->evidence : NULL);
			if (shown && shown->plan && *shown->plan) {
				HTML_LIT(b, "<h3>");
				html_text(b, T("Plan"));
				HTML_LIT(b, "</h3>");
				html_markdown(b, shown->plan);
			}
			HTML_LIT(b, "</div>");
		}
	}
	if (!v->n_history)
		return;
	if (v->files)
		attach_section(b, v->files);
	HTML_LIT(b, "<h2 id=\"historikk\">");
	html_text(b, T("Historikk"));
	HTML_LIT(b, "</h2>");
	{
		const char *const cols[] = { T("Versjon"), T("Endret"), T("Av"), T("Status") };
		page_thead(b, cols, 4);
	}
	for (size_t i = 0; i < v->n_history; i++) {
		HTML_LIT(b, "<tr><td>");
		buf_printf(b, "%d", v->history[i].version);
		HTML_LIT(b, "</td><td>");
		html_text(b, v->history[i].changed_at);
		HTML_LIT(b, "</td><td>");
		html_text(b, v->history[i].changed_by);
		HTML_LIT(b, "</td><td>");
		assess_status_badge(b, lang, v->history[i].status);
		HTML_LIT(b, "</td></tr>");
	}
	page_table_end(b);
	HTML_LIT(b, "<p>");
	if (v->before) {
		page_link(b, arena_printf(a, "/vurdering/%s#historikk", it->id), T("Nyeste versjoner"));
		HTML_LIT(b, " ");
	}
	if (v->more)
		page_link(b, arena_printf(a, "/vurdering/%s?eldre=%d#historikk", it->id, v->history[v->n_history - 1].version),
			  T("Eldre versjoner"));
	HTML_LIT(b, "</p>");
}
