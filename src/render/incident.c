/* render/incident.c: see incident.h. */
#include "render/incident.h"

#include "render/html.h"
#include "render/markdown.h"
#include "render/page.h"
#include "util/date.h"

#define I18N_LANG lang

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

static const char *const kinds[] = { "observasjon", "beslutning", "oppgave", "varsling", "korrigering", "avsluttet" };
static const char *const kind_labels[] = { N_("Observasjon"), N_("Beslutning"), N_("Oppgave"), N_("Varsling"),
					   N_("Korrigering"), N_("Avslutt hendelsen") };

/* The list and the form to declare one, on the preparedness page. */
void incident_list_section(struct buf *b, const struct incident_view *v, const struct incident *all, size_t n)
{
	enum lang lang = v->lang;
	HTML_LIT(b, "<h2 id=\"hendelser\">");
	html_text(b, T("Hendelseslogg"));
	HTML_LIT(b, "</h2>");
	if (!n) {
		HTML_LIT(b, "<p>");
		html_text(b, T("Ingen hendelser er erklært."));
		HTML_LIT(b, "</p>");
	} else {
		HTML_LIT(b, "<ul>");
		for (size_t i = 0; i < n; i++) {
			HTML_LIT(b, "<li>");
			page_link(b, arena_printf(v->a, "/beredskap/hendelser/%d", all[i].no),
				  arena_printf(v->a, "H-%d %s", all[i].no, all[i].title));
			HTML_LIT(b, " <span class=\"muted\">");
			html_text(b, arena_printf(v->a, T("erklært %s%s"), date_local_text(v->a, all[i].declared_at), all[i].closed ? T(", avsluttet") : ""));
			HTML_LIT(b, "</span></li>");
		}
		HTML_LIT(b, "</ul>");
	}
	if (!v->editor)
		return;
	HTML_LIT(b, "<details><summary>");
	html_text(b, T("Erklær en hendelse og start loggen"));
	HTML_LIT(b, "</summary>");
	page_form(b, v->pg, "/beredskap/hendelser");
	page_input(b, "hendelse-tittel", T("Hva har skjedd"), "text", NULL, true, NULL, "off");
	HTML_LIT(b, "<div class=\"field\"><input type=\"checkbox\" id=\"personopplysninger\" name=\"personopplysninger\" "
		    "value=\"1\"> <label for=\"personopplysninger\" class=\"inline\">");
	html_text(b, T("Personopplysninger kan være rammet (Datatilsynet innen 72 timer)"));
	HTML_LIT(b, "</label></div><div class=\"field\"><input type=\"checkbox\" id=\"samfunnsviktig\" name=\"samfunnsviktig\" "
		    "value=\"1\"> <label for=\"samfunnsviktig\" class=\"inline\">");
	html_text(b, T("En samfunnsviktig tjeneste er rammet (NSM innen 24 timer)"));
	HTML_LIT(b, "</label></div>");
	page_input(b, "kjent", T("Når ble kommunen kjent med det (norsk tid; tomt: nå)"), "datetime-local", NULL, false,
		   T("Fristene for å varsle regnes fra da."), "off");
	page_button(b, T("Erklær hendelsen"), NULL, NULL, false);
	page_form_end(b);
	HTML_LIT(b, "</details>");
}

static void notify_form(struct buf *b, const struct incident_view *v, const struct incident *x)
{
	enum lang lang = v->lang;
	const char *codes[PREP_RECEIVERS], *labels[PREP_RECEIVERS];
	for (int i = 0; i < PREP_RECEIVERS; i++) {
		codes[i] = prep_receiver_code(i);
		labels[i] = T(prep_receiver_label(i));
	}
	HTML_LIT(b, "<h2>");
	html_text(b, T("Registrer en varsling"));
	HTML_LIT(b, "</h2><p>");
	html_text(b, T("Bare en registrert varsling stopper klokken, aldri teksten i en innføring."));
	HTML_LIT(b, "</p>");
	page_form(b, v->pg, arena_printf(v->a, "/beredskap/hendelser/%d/varsling", x->no));
	page_select(b, "mottaker", T("Mottaker"), codes, labels, PREP_RECEIVERS, "datatilsynet");
	page_input(b, "kontakt", T("Kontaktens navn (når mottakeren er en registrert kontakt)"), "text", NULL, false, NULL,
		   "off");
	page_input(b, "varslet", T("Varslet (norsk tid; tomt: nå)"), "datetime-local", NULL, false, NULL, "off");
	page_input(b, "referanse", T("Mottakerens referanse"), "text", NULL, false, T("Saksnummer eller kvittering"),
		   "off");
	page_button(b, T("Registrer varslingen"), NULL, NULL, false);
	page_form_end(b);
	page_h2(b, T("Når ble kommunen kjent med hendelsen?"));
	page_form(b, v->pg, arena_printf(v->a, "/beredskap/hendelser/%d/kjent", x->no));
	page_input(b, "kjent", T("Ble kjent (norsk tid)"), "datetime-local", NULL, true,
		   T("Fristene regnes fra da. En endring føres i loggen og revisjonssporet."), "off");
	page_button(b, T("Endre tidspunktet"), NULL, NULL, true);
	page_form_end(b);
}

/* The draft notification to Datatilsynet: a GET form (it changes nothing) naming the systems
 * whose data leaked, for the untrusted-data analysis. */
static void breach_form(struct buf *b, const struct incident_view *v, const struct incident *x)
{
	enum lang lang = v->lang;
	page_h2(b, T("Melding til Datatilsynet"));
	HTML_LIT(b, "<p>");
	html_text(b, T("Et utkast til meldingen om brudd på personopplysningssikkerheten, med fristen på første linje, fylt "
		       "ut fra loggen, personvernombudet i beredskapsplanen og tjenestene med personopplysninger i systemene "
		       "som er rammet. Det en person må skrive, er merket."));
	HTML_LIT(b, "</p><form method=\"get\" action=\"");
	html_attr(b, arena_printf(v->a, "/beredskap/hendelser/%d/melding", x->no));
	HTML_LIT(b, "\">");
	page_input(b, "systemer", T("Systemer som er rammet"), "text", NULL, false,
		   T("Navnene i ROS-registeret, skilt med komma. Tomt: ingen analyse av tjenestene."), "off");
	const char *const fv[] = { "pdf", "docx", "html" };
	const char *const fl[] = { "PDF", "Word", "HTML" };
	page_select(b, "format", T("Format"), fv, fl, 3, "pdf");
	page_button(b, T("Lag utkastet"), NULL, NULL, true);
	HTML_LIT(b, "</form>");
}

void incident_page_body(struct buf *b, const struct incident_view *v, const struct incident *x,
			const struct prep_clock c[2])
{
	enum lang lang = v->lang;
	HTML_LIT(b, "<p>");
	page_link(b, "/beredskap#hendelser", T("Tilbake til beredskap"));
	HTML_LIT(b, " · ");
	page_link(b, arena_printf(v->a, "/beredskap/hendelser/%d/logg.md", x->no), T("Last ned loggen"));
	HTML_LIT(b, "</p><p>");
	html_text(b, arena_printf(v->a, T("Erklært %s av %s."), date_local_text(v->a, x->declared_at), x->declared_by));
	HTML_LIT(b, " ");
	html_text(b, arena_printf(v->a, T("Kommunen ble kjent med hendelsen %s; fristene regnes fra da."),
				  date_local_text(v->a, x->aware_at)));
	HTML_LIT(b, "</p><ul class=\"clocks\">");
	for (int k = 0; k < 2; k++) {
		if (!c[k].applies)
			continue;
		HTML_LIT(b, "<li>");
		if (c[k].done) {
			page_badge(b, "ja", T("varslet"));
			html_text(b, arena_printf(v->a, " %s (%d %s)", c[k].to, c[k].hours, T("timer")));
		} else if (c[k].left_minutes >= 0) {
			page_badge(b, "delvis", T("klokken går"));
			html_text(b, arena_printf(v->a, T(" %s innen %d timer: %lld t %02lld min igjen."), c[k].to, c[k].hours,
						  c[k].left_minutes / 60, c[k].left_minutes % 60));
		} else {
			page_badge(b, "overdue", T("fristen er passert"));
			html_text(b, arena_printf(v->a, T(" %s innen %d timer: for %lld t %02lld min siden."), c[k].to, c[k].hours,
						  -c[k].left_minutes / 60, -c[k].left_minutes % 60));
		}
		HTML_LIT(b, "</li>");
	}
	HTML_LIT(b, "</ul>");
	if (x->n_notices) {
		HTML_LIT(b, "<h2>");
		html_text(b, T("Varslinger"));
		HTML_LIT(b, "</h2><ul id=\"notices\">");
		for (size_t i = 0; i < x->n_notices; i++) {
			const struct incident_notice *n = &x->notices[i];
			struct err ignored;
			err_init(&ignored, lang);
			int k = prep_receiver_parse(n->receiver, &ignored);
			HTML_LIT(b, "<li>");
			html_text(b, arena_printf(v->a, T("%s varslet %s%s%s (ført av %s)."),
						  n->contact ? n->contact : T(prep_receiver_label(k)), date_local_text(v->a, n->notified_at),
						  n->reference ? T(", referanse ") : "", n->reference ? n->reference : "",
						  n->recorded_by));
			HTML_LIT(b, "</li>");
		}
		HTML_LIT(b, "</ul>");
	}
	if (x->personal_data)
		breach_form(b, v, x);
	incident_log_table(b, v->a, lang, x->entries, x->n_entries, 0);
	if (x->closed) {
		HTML_LIT(b, "<p class=\"muted\">");
		html_text(b, T("Hendelsen er avsluttet; loggen kan ikke få flere innføringer."));
		HTML_LIT(b, "</p>");
	} else if (v->editor) {
		const char *labels[6];
		for (int i = 0; i < 6; i++)
			labels[i] = T(kind_labels[i]);
		page_form(b, v->pg, arena_printf(v->a, "/beredskap/hendelser/%d", x->no));
		page_select(b, "innforing-type", T("Type"), kinds, labels, 6, "observasjon");
		page_textarea(b, "innforing", T("Hva skjedde, hva ble bestemt, hvem fikk beskjed"), NULL, 3,
			      T("Tiden og navnet ditt føres på av seg selv. En rettelse er en ny innføring."));
		page_button(b, T("Før i loggen"), NULL, NULL, false);
		page_form_end(b);
		notify_form(b, v, x);
	}
}

