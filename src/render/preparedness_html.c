/* render/preparedness_html.c: see preparedness_html.h. */
#include "render/preparedness_html.h"

#include <string.h>

#include "render/contacts.h"
#include "render/attachments.h"
#include "render/html.h"
#include "util/date.h"
#include "util/seal.h"

#define I18N_LANG (v->lang)

static void h2(struct buf *b, const char *id, const char *text)
{
	HTML_LIT(b, "<h2 id=\"");
	html_attr(b, id);
	HTML_LIT(b, "\">");
	html_text(b, text);
	HTML_LIT(b, "</h2>");
}

static void plan_section(struct buf *b, const struct preparedness_view *v, const struct prep_all *p)
{
	h2(b, "plan", T("Beredskapsplanen (4a)"));
	if (!p->version[PREP_PLAN]) {
		HTML_LIT(b, "<p>");
		html_text(b, T("Kommunen har ingen beredskapsplan for dataangrep i beredt ennå. Start fra malen: "
			       "kriseorganisasjonen og tiltakskort for løsepengevirus, datalekkasje, tap av AD, "
			       "e-post, telefoni og Helsenett, og kompromittert leverandør."));
		HTML_LIT(b, "</p>");
		if (v->editor) {
			page_form(b, v->pg, "/beredskap/plan/mal");
			page_button(b, T("Lag planen fra malen"), NULL, NULL, false);
			page_form_end(b);
		}
		return;
	}
	int32_t due = prep_plan_due(&p->plan);
	HTML_LIT(b, "<p>");
	html_text(b, arena_printf(v->a, T("Versjon %d. Sist gjennomgått: %s. Neste gjennomgang: %s."),
				  p->version[PREP_PLAN], p->plan.reviewed_on == DATE_NONE ? T("aldri") : date_text(v->a, p->plan.reviewed_on, ""),
				  due == DATE_NONE ? T("nå") : date_text(v->a, due, "")));
	HTML_LIT(b, " ");
	page_link(b, "/beredskap/plan", v->editor ? T("Endre planen og kriseorganisasjonen") : T("Se hele planen"));
	HTML_LIT(b, "</p>");
	{
		const char *const cols[] = { T("Rolle"), T("Person"), T("Stedfortreder"), T("Telefon") };
		page_thead(b, cols, 4);
	}
	for (size_t i = 0; i < p->plan.n_roles; i++) {
		const struct prep_role *x = &p->plan.roles[i];
		HTML_LIT(b, "<tr><td>");
		html_text(b, x->role);
		HTML_LIT(b, "</td><td>");
		html_text(b, x->person);
		HTML_LIT(b, "</td><td>");
		html_text(b, x->deputy);
		HTML_LIT(b, "</td><td>");
		html_text(b, x->phone);
		HTML_LIT(b, "</td></tr>");
	}
	page_table_end(b);
	HTML_LIT(b, "<h3>");
	html_text(b, T("Tiltakskort"));
	HTML_LIT(b, "</h3><ul>");
	for (size_t i = 0; i < p->plan.n_cards; i++) {
		HTML_LIT(b, "<li>");
		page_link(b, arena_printf(v->a, "/beredskap/kort/%s", p->plan.cards[i].scenario), p->plan.cards[i].title);
		HTML_LIT(b, "</li>");
	}
	HTML_LIT(b, "</ul>");
}

static void contacts_section(struct buf *b, const struct preparedness_view *v, const struct prep_all *p)
{
	h2(b, "kontakter", T("Kontakter (4b)"));
	HTML_LIT(b, "<p>");
	html_text(b, arena_printf(v->a, T("En kontakt som ikke er bekreftet på %d dager, blir et funn."), v->stale_days));
	HTML_LIT(b, " ");
	page_link(b, "/beredskap/kontakter.vcf", T("Last ned som vCard"));
	HTML_LIT(b, "</p>");
	/* the same table as the crisis kit's, with a form to verify each for an editor */
	struct contacts_opts o = { .today = v->today, .stale_days = v->stale_days, .pg = v->editor ? v->pg : NULL,
				   .version = p->version[PREP_CONTACTS] };
	contacts_table(b, v->a, v->lang, &p->contacts, &o);
	if (!v->editor)
		return;
	HTML_LIT(b, "<details><summary>");
	html_text(b, T("Legg til en kontakt"));
	HTML_LIT(b, "</summary>");
	page_form(b, v->pg, "/beredskap/kontakter");
	page_hidden(b, "versjon", arena_printf(v->a, "%d", p->version[PREP_CONTACTS]));
	page_input(b, "navn", T("Navn"), "text", NULL, true, NULL, "off");
	page_input(b, "org", T("Organisasjon"), "text", NULL, false, NULL, "off");
	{
		const char *codes[] = { "intern", "leverandor", "ekstern" };
		const char *labels[] = { T("Intern"), T("Leverandør"), T("Ekstern") };
		page_select(b, "kontakt-type", T("Type"), codes, labels, 3, "ekstern");
	}
	page_input(b, "rolle", T("Rolle i en krise"), "text", NULL, false, NULL, "off");
	page_input(b, "telefon", T("Telefon"), "tel", NULL, false, NULL, "off");
	page_input(b, "telefon2", T("Telefon, annen kanal"), "tel", NULL, false, T("For eksempel mobil eller satellitt."), "off");
	page_input(b, "epost", T("E-post"), "email", NULL, false, NULL, "off");
	{
		const char *codes[] = { "døgnet", "kontortid", "avtale" };
		const char *labels[] = { T("Hele døgnet"), T("I kontortiden"), T("Etter avtale") };
		page_select(b, "tilgjengelighet", T("Når de kan nås"), codes, labels, 3, "kontortid");
	}
	page_input(b, "ressurser", T("Hva de kan bidra med"), "text", NULL, false, NULL, "off");
	page_button(b, T("Legg til"), NULL, NULL, false);
	page_form_end(b);
	HTML_LIT(b, "</details>");
}

static void exercises_section(struct buf *b, const struct preparedness_view *v, const struct prep_all *p)
{
	h2(b, "ovelser", T("Øvelser (4d)"));
	if (!p->exercises.n) {
		HTML_LIT(b, "<p>");
		html_text(b, T("Ingen øvelser er registrert."));
		HTML_LIT(b, "</p>");
	}
	for (size_t i = 0; i < p->exercises.n; i++) {
		const struct prep_exercise *x = &p->exercises.items[i];
		HTML_LIT(b, "<h3>");
		html_text(b, arena_printf(v->a, "Ø-%d %s: %s", x->no, date_text(v->a, x->date, ""), x->scenario));
		HTML_LIT(b, "</h3><p>");
		html_text(b, arena_printf(v->a, T("%s, %s."), x->held ? T("Gjennomført") : T("Planlagt"), x->kind));
		if (x->participants) {
			HTML_LIT(b, " ");
			html_text(b, arena_printf(v->a, T("Deltakere: %s."), x->participants));
		}
		HTML_LIT(b, " ");
		{
			const char *ref = arena_printf(v->a, "%d", x->no);
			attach_link(b, v->a, v->lang, arena_printf(v->a, "exercise:%s", ref),
				    attach_count(v->files, v->n_files, ATT_EXERCISE, ref));
		}
		HTML_LIT(b, "</p>");
		if (x->observations) {
			HTML_LIT(b, "<p>");
			html_text(b, x->observations);
			HTML_LIT(b, "</p>");
		}
		if (x->n_lessons) {
			HTML_LIT(b, "<ol>");
			for (size_t k = 0; k < x->n_lessons; k++) {
				HTML_LIT(b, "<li>");
				html_text(b, x->lessons[k].text);
				if (x->lessons[k].action_no) {
					HTML_LIT(b, " ");
					page_link(b, arena_printf(v->a, "/tiltak/%d", x->lessons[k].action_no),
						  arena_printf(v->a, T("er oppgave T-%d"), x->lessons[k].action_no));
				} else if (v->editor) {
					page_form(b, v->pg, arena_printf(v->a, "/beredskap/ovelser/%d/tiltak/%zu", x->no, k + 1));
					page_button(b, arena_printf(v->a, T("Gjør læringspunkt %zu til et tiltak"), k + 1), NULL, NULL, true);
					page_form_end(b);
				}
				HTML_LIT(b, "</li>");
			}
			HTML_LIT(b, "</ol>");
		}
		if (v->editor && x->held) {     /* lessons come from an exercise that was held */
			page_form(b, v->pg, arena_printf(v->a, "/beredskap/ovelser/%d/laering", x->no));
			page_hidden(b, "versjon", arena_printf(v->a, "%d", p->version[PREP_EXERCISES]));
			page_input(b, arena_printf(v->a, "laering-%d", x->no), arena_printf(v->a, T("Nytt læringspunkt for Ø-%d"), x->no),
				   "text", NULL, true, NULL, "off");
			page_button(b, T("Legg til læringspunkt"), NULL, NULL, true);
			page_form_end(b);
		}
	}
	if (!v->editor)
		return;
	HTML_LIT(b, "<details><summary>");
	html_text(b, T("Registrer en øvelse"));
	HTML_LIT(b, "</summary>");
	page_form(b, v->pg, "/beredskap/ovelser");
	page_hidden(b, "versjon", arena_printf(v->a, "%d", p->version[PREP_EXERCISES]));
	page_input(b, "dato", T("Dato"), "date", NULL, true, NULL, "off");
	{
		const char *codes[] = { "diskusjon", "spill", "funksjon", "fullskala" };
		const char *labels[] = { T("Diskusjonsøvelse"), T("Spilløvelse"), T("Funksjonsøvelse"), T("Fullskalaøvelse") };
		page_select(b, "ovelse-type", T("Type"), codes, labels, 4, "diskusjon");
	}
	{
		const char *codes[] = { "ja", "nei" }, *labels[] = { T("Gjennomført"), T("Planlagt") };
		page_select(b, "gjennomfort", T("Status"), codes, labels, 2, "ja");
	}
	page_input(b, "scenario", T("Scenario"), "text", NULL, true, T("For eksempel et av tiltakskortene, eller en av de "
									  "største risikoene i ROS-analysen."), "off");
	{
		const struct prep_scenario *sc = v->scenarios;
		size_t ns = v->n_scenarios;
		if (ns) {
			HTML_LIT(b, "<p>");
			html_text(b, T("Forslag fra ROS-analysen:"));
			HTML_LIT(b, "</p><ul>");
			for (size_t i = 0; i < ns; i++) {
				HTML_LIT(b, "<li>");
				html_text(b, sc[i].spof ? arena_printf(v->a, i18n_n(I18N_LANG, "Bortfall av %s (tar alene ned %d tjeneste)", "Bortfall av %s (tar alene ned %d tjenester)", (unsigned long)sc[i].services),
								       sc[i].title, sc[i].services)
							: arena_printf(v->a, T("%s (sannsynlighet %c, konsekvens %d)"), sc[i].title,
								       sc[i].probability, sc[i].consequence));
				HTML_LIT(b, "</li>");
			}
			HTML_LIT(b, "</ul>");
		}
	}
	page_input(b, "deltakere", T("Deltakere"), "text", NULL, false, NULL, "off");
	page_textarea(b, "observasjoner", T("Observasjoner"), NULL, 4, NULL);
	page_input(b, "laering", T("Læringspunkt"), "text", NULL, false, T("Flere kan legges til etterpå."), "off");
	page_button(b, T("Registrer øvelsen"), NULL, NULL, false);
	page_form_end(b);
	HTML_LIT(b, "</details>");
}

static void competence_section(struct buf *b, const struct preparedness_view *v, const struct prep_all *p)
{
	h2(b, "kompetanse", T("Kompetanse (1a, 4c, 5b)"));
	{
		const char *const cols[] = { T("Område"), T("Hvem"), T("Egne eller avtale"), T("Siste opplæring") };
		page_thead(b, cols, 4);
	}
	for (int k = 0; k < PREP_AREAS; k++) {
		bool any = false;
		for (size_t i = 0; i < p->competence.n; i++) {
			const struct prep_competence *c = &p->competence.items[i];
			if (strcmp(c->area, prep_area_code(k)) != 0)
				continue;
			any = true;
			HTML_LIT(b, "<tr><td>");
			html_text(b, arena_printf(v->a, "%s (%s)", T(prep_area_label(k)), prep_area_measure(k)));
			HTML_LIT(b, "</td><td>");
			html_text(b, c->who);
			HTML_LIT(b, "</td><td>");
			html_text(b, c->agreement ? T("avtale") : T("egne"));
			HTML_LIT(b, "</td><td class=\"date\">");
			html_text(b, c->trained_on == DATE_NONE ? T("ukjent") : date_text(v->a, c->trained_on, ""));
			HTML_LIT(b, "</td></tr>");
		}
		if (any)
			continue;
		HTML_LIT(b, "<tr><td>");
		html_text(b, arena_printf(v->a, "%s (%s)", T(prep_area_label(k)), prep_area_measure(k)));
		HTML_LIT(b, "</td><td colspan=\"3\">");
		page_badge(b, "nei", T("ingen dekker dette"));
		if (v->editor) {
			page_form(b, v->pg, arena_printf(v->a, "/beredskap/kompetanse/%s/tiltak", prep_area_code(k)));
			page_button(b, arena_printf(v->a, T("Gjør «%s» til et tiltak"), T(prep_area_label(k))), NULL, NULL, true);
			page_form_end(b);
		}
		HTML_LIT(b, "</td></tr>");
	}
	page_table_end(b);
	if (!v->editor)
		return;
	HTML_LIT(b, "<details><summary>");
	html_text(b, T("Registrer kompetanse"));
	HTML_LIT(b, "</summary>");
	page_form(b, v->pg, "/beredskap/kompetanse");
	page_hidden(b, "versjon", arena_printf(v->a, "%d", p->version[PREP_COMPETENCE]));
	{
		const char *codes[PREP_AREAS], *labels[PREP_AREAS];
		for (int k = 0; k < PREP_AREAS; k++) {
			codes[k] = prep_area_code(k);
			labels[k] = T(prep_area_label(k));
		}
		page_select(b, "omrade", T("Område"), codes, labels, PREP_AREAS, codes[0]);
	}
	page_input(b, "hvem", T("Hvem"), "text", NULL, true, NULL, "off");
	{
		const char *codes[] = { "egne", "avtale" }, *labels[] = { T("egne"), T("avtale") };
		page_select(b, "avtale", T("Egne eller avtale"), codes, labels, 2, "egne");
	}
	page_input(b, "opplaering", T("Siste opplæring"), "date", NULL, false, NULL, "off");
	page_button(b, T("Registrer"), NULL, NULL, false);
	page_form_end(b);
	HTML_LIT(b, "</details>");
}

static void kit_section(struct buf *b, const struct preparedness_view *v)
{
	h2(b, "pakke", T("Beredskapspakken"));
	HTML_LIT(b, "<p>");
	html_text(b, T("Én HTML-fil med planen, tiltakskortene, kontaktene, gjenopprettingsrekkefølgen, de manuelle "
		       "rutinene og leverandørenes støttelinjer, og blanke sider til en hendelseslogg på papir. Den "
		       "åpnes i en vanlig nettleser uten nett, og skrives ut på A4. Legg kopier der de kan nås når "
		       "all IKT er nede."));
	HTML_LIT(b, "</p>");
	page_form(b, v->pg, "/beredskap/pakke");
	page_input(b, "passordfrase", T("Passordfrase"), "password", NULL, false,
		   arena_printf(v->a, T("Minst %d tegn. Pakken krypteres (AES-256-GCM) og kan bare åpnes med frasen. "
					"Tomt: ukryptert, for utskrift."), SEAL_PASSPHRASE_MIN), "new-password");
	page_button(b, T("Last ned beredskapspakken"), NULL, NULL, false);
	page_form_end(b);
}


void preparedness_sections(struct buf *b, const struct preparedness_view *v, const struct prep_all *p)
{
	plan_section(b, v, p);
	contacts_section(b, v, p);
	exercises_section(b, v, p);
	competence_section(b, v, p);
}

void preparedness_kit_section(struct buf *b, const struct preparedness_view *v)
{
	kit_section(b, v);
}

void preparedness_plan_form(struct buf *b, const struct preparedness_view *v, const struct prep_plan *plan, int version)
{
	HTML_LIT(b, "<p>");
	page_link(b, "/beredskap", T("Tilbake til beredskap"));
	HTML_LIT(b, "</p>");
	page_form(b, v->pg, "/beredskap/plan");
	page_hidden(b, "versjon", arena_printf(v->a, "%d", version));
	page_textarea(b, "aktivering", T("Når planen aktiveres, og av hvem"), plan->activation, 5, T("Markdown er tillatt."));
	HTML_LIT(b, "<fieldset><legend>");
	html_text(b, T("Kriseorganisasjonen"));
	HTML_LIT(b, "</legend><table><thead><tr><th scope=\"col\">");
	html_text(b, T("Rolle"));
	HTML_LIT(b, "</th><th scope=\"col\">");
	html_text(b, T("Person"));
	HTML_LIT(b, "</th><th scope=\"col\">");
	html_text(b, T("Stedfortreder"));
	HTML_LIT(b, "</th><th scope=\"col\">");
	html_text(b, T("Telefon"));
	HTML_LIT(b, "</th></tr></thead><tbody>");
	for (size_t i = 0; i < plan->n_roles + PREPAREDNESS_ROLE_ROWS; i++) {
		const struct prep_role *x = i < plan->n_roles ? &plan->roles[i] : NULL;
		static const char *const f[4] = { "rolle", "person", "stedfortreder", "telefon" };
		HTML_LIT(b, "<tr>");
		for (int k = 0; k < 4; k++) {
			const char *val = !x ? NULL : k == 0 ? x->role : k == 1 ? x->person : k == 2 ? x->deputy : x->phone;
			const char *label = arena_printf(v->a, "%s %zu", k == 0 ? T("Rolle") : k == 1 ? T("Person")
									 : k == 2 ? T("Stedfortreder") : T("Telefon"), i + 1);
			buf_printf(b, "<td><input type=\"text\" name=\"%s-%zu\" aria-label=\"", f[k], i + 1);
			html_attr(b, label);
			HTML_LIT(b, "\" value=\"");
			html_attr(b, val ? val : "");
			HTML_LIT(b, "\"></td>");
		}
		HTML_LIT(b, "</tr>");
	}
	HTML_LIT(b, "</tbody></table></fieldset>");
	page_input(b, "maaneder", T("Gjennomgås hver (måneder)"), "number", arena_printf(v->a, "%d", plan->review_months),
		   true, NULL, "off");
	HTML_LIT(b, "<div class=\"field\"><input type=\"checkbox\" id=\"gjennomgatt\" name=\"gjennomgatt\" value=\"1\"> "
		    "<label for=\"gjennomgatt\" class=\"inline\">");
	html_text(b, T("Planen er gjennomgått i dag"));
	HTML_LIT(b, "</label></div><div class=\"field\"><input type=\"checkbox\" id=\"lederrapport\" name=\"lederrapport\" "
		    "value=\"1\"> <label for=\"lederrapport\" class=\"inline\">");
	html_text(b, T("Rapport om sikkerhet og personvern er lagt fram for ledelsen i dag (5b)"));
	HTML_LIT(b, "</label></div>");
	if (v->editor)
		page_button(b, T("Lagre planen"), NULL, NULL, false);
	page_form_end(b);
}

void preparedness_card_form(struct buf *b, const struct preparedness_view *v, const struct prep_card *c, int version)
{
	HTML_LIT(b, "<p>");
	page_link(b, "/beredskap", T("Tilbake til beredskap"));
	HTML_LIT(b, "</p><div class=\"preview\">");
	static const char *const heads[] = { N_("Første time"), N_("Hvem gjør hva"), N_("Varsling: hvem og innen når"),
					     N_("Til de ansatte"), N_("Til innbyggerne") };
	const char *texts[] = { c->first_hour, c->who, c->notify, c->staff, c->public_text };
	for (int i = 0; i < 5; i++) {
		if (!texts[i])
			continue;
		page_h2(b, T(heads[i]));
		html_markdown(b, texts[i]);
	}
	HTML_LIT(b, "</div>");
	if (v->editor) {
		static const char *const fields[] = { "forste-time", "hvem", "varsling", "ansatte", "innbyggere" };
		page_h2(b, T("Endre kortet"));
		page_form(b, v->pg, arena_printf(v->a, "/beredskap/kort/%s", c->scenario));
		page_hidden(b, "versjon", arena_printf(v->a, "%d", version));
		page_input(b, "tittel", T("Tittel"), "text", c->title, true, NULL, "off");
		for (int i = 0; i < 5; i++)
			page_textarea(b, fields[i], T(heads[i]), texts[i], 6, T("Markdown er tillatt."));
		page_button(b, T("Lagre kortet"), NULL, NULL, false);
		page_form_end(b);
	}
}
