/* h_prep.c: preparedness on the web (measures 4a–5b; app/prep.h): the contingency plan
 * with its crisis organisation and action cards, the contacts with a button to verify
 * each, the exercises whose lessons become actions, the insurance offers side by side,
 * and the offline crisis kit to download (the lists are in h_prep_items.c). Everyone reads;
 * redaktør and above change.
 * Every form carries the version it was made from, so two people editing at once cannot
 * overwrite each other unseen. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/prep.h"
#include "model/assess.h"
#include "render/contacts.h"
#include "render/html.h"
#include "render/page.h"
#include "store/finding.h"
#include "util/date.h"
#include "util/seal.h"
#include "web/handlers.h"
#include "web/prep_view.h"
#include "web/view.h"

#define ROLE_ROWS_EXTRA 2        /* empty rows in the form for new roles */

bool prepv_load(struct req *r, struct prep_all *p)
{
	if (prep_load(r->db, r->a, r->user.tenant_id, r->today, p, &r->err) < 0) {
		resp_store_error(r);
		return false;
	}
	return true;
}

/* The version a form was made from; -1 when missing. */
int prepv_based_on(struct req *r)
{
	const char *v = req_field(r, "versjon");
	char *end;
	long n = v && *v ? strtol(v, &end, 10) : -1;
	return v && *v && !*end && n >= 0 && n < 1000000000 ? (int)n : -1;    /* 0: never saved */
}

void prepv_hidden_version(struct buf *b, int v)
{
	char t[16];
	snprintf(t, sizeof(t), "%d", v);
	page_hidden(b, "versjon", t);
}

bool prepv_editor(struct req *r)
{
	return role_allows(r->user.role, ROLE_REDAKTOR);
}

static void h2(struct buf *b, const char *id, const char *text)
{
	HTML_LIT(b, "<h2 id=\"");
	html_attr(b, id);
	HTML_LIT(b, "\">");
	html_text(b, text);
	HTML_LIT(b, "</h2>");
}

static void plan_section(struct req *r, const struct page *pg, const struct prep_all *p)
{
	struct buf *b = &r->out;
	h2(b, "plan", V("Beredskapsplanen (4a)"));
	if (!p->version[PREP_PLAN]) {
		HTML_LIT(b, "<p>");
		html_text(b, V("Kommunen har ingen beredskapsplan for dataangrep i beredt ennå. Start fra malen: "
			       "kriseorganisasjonen og tiltakskort for løsepengevirus, datalekkasje, tap av AD, "
			       "e-post, telefoni og Helsenett, og kompromittert leverandør."));
		HTML_LIT(b, "</p>");
		if (prepv_editor(r)) {
			page_form(b, pg, "/beredskap/plan/mal");
			page_button(b, V("Lag planen fra malen"), NULL, NULL, false);
			page_form_end(b);
		}
		return;
	}
	int32_t due = prep_plan_due(&p->plan);
	HTML_LIT(b, "<p>");
	html_text(b, arena_printf(r->a, V("Versjon %d. Sist gjennomgått: %s. Neste gjennomgang: %s."),
				  p->version[PREP_PLAN], p->plan.reviewed_on == DATE_NONE ? V("aldri") : date_text(r->a, p->plan.reviewed_on, ""),
				  due == DATE_NONE ? V("nå") : date_text(r->a, due, "")));
	HTML_LIT(b, " ");
	page_link(b, "/beredskap/plan", prepv_editor(r) ? V("Endre planen og kriseorganisasjonen") : V("Se hele planen"));
	HTML_LIT(b, "</p>");
	{
		const char *const cols[] = { V("Rolle"), V("Person"), V("Stedfortreder"), V("Telefon") };
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
	html_text(b, V("Tiltakskort"));
	HTML_LIT(b, "</h3><ul>");
	for (size_t i = 0; i < p->plan.n_cards; i++) {
		HTML_LIT(b, "<li>");
		page_link(b, arena_printf(r->a, "/beredskap/kort/%s", p->plan.cards[i].scenario), p->plan.cards[i].title);
		HTML_LIT(b, "</li>");
	}
	HTML_LIT(b, "</ul>");
}

static void contacts_section(struct req *r, const struct page *pg, const struct prep_all *p, int stale_days)
{
	struct buf *b = &r->out;
	h2(b, "kontakter", V("Kontakter (4b)"));
	HTML_LIT(b, "<p>");
	html_text(b, arena_printf(r->a, V("En kontakt som ikke er bekreftet på %d dager, blir et funn."), stale_days));
	HTML_LIT(b, " ");
	page_link(b, "/beredskap/kontakter.vcf", V("Last ned som vCard"));
	HTML_LIT(b, "</p>");
	/* the same table as the crisis kit's, with a form to verify each for an editor */
	struct contacts_opts o = { .today = r->today, .stale_days = stale_days, .pg = prepv_editor(r) ? pg : NULL,
				   .version = p->version[PREP_CONTACTS] };
	contacts_table(b, r->a, r->lang, &p->contacts, &o);
	if (!prepv_editor(r))
		return;
	HTML_LIT(b, "<details><summary>");
	html_text(b, V("Legg til en kontakt"));
	HTML_LIT(b, "</summary>");
	page_form(b, pg, "/beredskap/kontakter");
	prepv_hidden_version(b, p->version[PREP_CONTACTS]);
	page_input(b, "navn", V("Navn"), "text", NULL, true, NULL, "off");
	page_input(b, "org", V("Organisasjon"), "text", NULL, false, NULL, "off");
	{
		const char *codes[] = { "intern", "leverandor", "ekstern" };
		const char *labels[] = { V("Intern"), V("Leverandør"), V("Ekstern") };
		page_select(b, "kontakt-type", V("Type"), codes, labels, 3, "ekstern");
	}
	page_input(b, "rolle", V("Rolle i en krise"), "text", NULL, false, NULL, "off");
	page_input(b, "telefon", V("Telefon"), "tel", NULL, false, NULL, "off");
	page_input(b, "telefon2", V("Telefon, annen kanal"), "tel", NULL, false, V("For eksempel mobil eller satellitt."), "off");
	page_input(b, "epost", V("E-post"), "email", NULL, false, NULL, "off");
	{
		const char *codes[] = { "døgnet", "kontortid", "avtale" };
		const char *labels[] = { V("Hele døgnet"), V("I kontortiden"), V("Etter avtale") };
		page_select(b, "tilgjengelighet", V("Når de kan nås"), codes, labels, 3, "kontortid");
	}
	page_input(b, "ressurser", V("Hva de kan bidra med"), "text", NULL, false, NULL, "off");
	page_button(b, V("Legg til"), NULL, NULL, false);
	page_form_end(b);
	HTML_LIT(b, "</details>");
}

static void exercises_section(struct req *r, const struct page *pg, const struct prep_all *p)
{
	struct buf *b = &r->out;
	h2(b, "ovelser", V("Øvelser (4d)"));
	if (!p->exercises.n) {
		HTML_LIT(b, "<p>");
		html_text(b, V("Ingen øvelser er registrert."));
		HTML_LIT(b, "</p>");
	}
	for (size_t i = 0; i < p->exercises.n; i++) {
		const struct prep_exercise *x = &p->exercises.items[i];
		HTML_LIT(b, "<h3>");
		html_text(b, arena_printf(r->a, "Ø-%d %s: %s", x->no, date_text(r->a, x->date, ""), x->scenario));
		HTML_LIT(b, "</h3><p>");
		html_text(b, arena_printf(r->a, V("%s, %s."), x->held ? V("Gjennomført") : V("Planlagt"), x->kind));
		if (x->participants) {
			HTML_LIT(b, " ");
			html_text(b, arena_printf(r->a, V("Deltakere: %s."), x->participants));
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
					page_link(b, arena_printf(r->a, "/tiltak/%d", x->lessons[k].action_no),
						  arena_printf(r->a, V("er tiltak T-%d"), x->lessons[k].action_no));
				} else if (prepv_editor(r)) {
					page_form(b, pg, arena_printf(r->a, "/beredskap/ovelser/%d/tiltak/%zu", x->no, k + 1));
					page_button(b, arena_printf(r->a, V("Gjør læringspunkt %zu til et tiltak"), k + 1), NULL, NULL, true);
					page_form_end(b);
				}
				HTML_LIT(b, "</li>");
			}
			HTML_LIT(b, "</ol>");
		}
		if (prepv_editor(r) && x->held) {     /* lessons come from an exercise that was held */
			page_form(b, pg, arena_printf(r->a, "/beredskap/ovelser/%d/laering", x->no));
			prepv_hidden_version(b, p->version[PREP_EXERCISES]);
			page_input(b, arena_printf(r->a, "laering-%d", x->no), arena_printf(r->a, V("Nytt læringspunkt for Ø-%d"), x->no),
				   "text", NULL, true, NULL, "off");
			page_button(b, V("Legg til læringspunkt"), NULL, NULL, true);
			page_form_end(b);
		}
	}
	if (!prepv_editor(r))
		return;
	HTML_LIT(b, "<details><summary>");
	html_text(b, V("Registrer en øvelse"));
	HTML_LIT(b, "</summary>");
	page_form(b, pg, "/beredskap/ovelser");
	prepv_hidden_version(b, p->version[PREP_EXERCISES]);
	page_input(b, "dato", V("Dato"), "date", NULL, true, NULL, "off");
	{
		const char *codes[] = { "diskusjon", "spill", "funksjon", "fullskala" };
		const char *labels[] = { V("Diskusjonsøvelse"), V("Spilløvelse"), V("Funksjonsøvelse"), V("Fullskalaøvelse") };
		page_select(b, "ovelse-type", V("Type"), codes, labels, 4, "diskusjon");
	}
	{
		const char *codes[] = { "ja", "nei" }, *labels[] = { V("Gjennomført"), V("Planlagt") };
		page_select(b, "gjennomfort", V("Status"), codes, labels, 2, "ja");
	}
	page_input(b, "scenario", V("Scenario"), "text", NULL, true, V("For eksempel et av tiltakskortene, eller en av de "
									  "største risikoene i ROS-analysen."), "off");
	{
		struct prep_scenario *sc;
		size_t ns;
		struct err ignored;
		err_init(&ignored, r->lang);
		if (prep_scenarios(r->db, r->a, r->user.tenant_id, &sc, &ns, &ignored) == 0 && ns) {
			HTML_LIT(b, "<p>");
			html_text(b, V("Forslag fra ROS-analysen:"));
			HTML_LIT(b, "</p><ul>");
			for (size_t i = 0; i < ns; i++) {
				HTML_LIT(b, "<li>");
				html_text(b, sc[i].spof ? arena_printf(r->a, V("Bortfall av %s (tar alene ned %d tjenester)"), sc[i].title,
								       sc[i].services)
							: arena_printf(r->a, V("%s (sannsynlighet %c, konsekvens %d)"), sc[i].title,
								       sc[i].probability, sc[i].consequence));
				HTML_LIT(b, "</li>");
			}
			HTML_LIT(b, "</ul>");
		}
	}
	page_input(b, "deltakere", V("Deltakere"), "text", NULL, false, NULL, "off");
	page_textarea(b, "observasjoner", V("Observasjoner"), NULL, 4, NULL);
	page_input(b, "laering", V("Læringspunkt"), "text", NULL, false, V("Flere kan legges til etterpå."), "off");
	page_button(b, V("Registrer øvelsen"), NULL, NULL, false);
	page_form_end(b);
	HTML_LIT(b, "</details>");
}

static void competence_section(struct req *r, const struct page *pg, const struct prep_all *p)
{
	struct buf *b = &r->out;
	h2(b, "kompetanse", V("Kompetanse (1a, 4c, 5b)"));
	{
		const char *const cols[] = { V("Område"), V("Hvem"), V("Egne eller avtale"), V("Siste opplæring") };
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
			html_text(b, arena_printf(r->a, "%s (%s)", V(prep_area_label(k)), prep_area_measure(k)));
			HTML_LIT(b, "</td><td>");
			html_text(b, c->who);
			HTML_LIT(b, "</td><td>");
			html_text(b, c->agreement ? V("avtale") : V("egne"));
			HTML_LIT(b, "</td><td class=\"date\">");
			html_text(b, c->trained_on == DATE_NONE ? V("ukjent") : date_text(r->a, c->trained_on, ""));
			HTML_LIT(b, "</td></tr>");
		}
		if (any)
			continue;
		HTML_LIT(b, "<tr><td>");
		html_text(b, arena_printf(r->a, "%s (%s)", V(prep_area_label(k)), prep_area_measure(k)));
		HTML_LIT(b, "</td><td colspan=\"3\">");
		page_badge(b, "nei", V("ingen dekker dette"));
		if (prepv_editor(r)) {
			page_form(b, pg, arena_printf(r->a, "/beredskap/kompetanse/%s/tiltak", prep_area_code(k)));
			page_button(b, arena_printf(r->a, V("Gjør «%s» til et tiltak"), V(prep_area_label(k))), NULL, NULL, true);
			page_form_end(b);
		}
		HTML_LIT(b, "</td></tr>");
	}
	page_table_end(b);
	if (!prepv_editor(r))
		return;
	HTML_LIT(b, "<details><summary>");
	html_text(b, V("Registrer kompetanse"));
	HTML_LIT(b, "</summary>");
	page_form(b, pg, "/beredskap/kompetanse");
	prepv_hidden_version(b, p->version[PREP_COMPETENCE]);
	{
		const char *codes[PREP_AREAS], *labels[PREP_AREAS];
		for (int k = 0; k < PREP_AREAS; k++) {
			codes[k] = prep_area_code(k);
			labels[k] = V(prep_area_label(k));
		}
		page_select(b, "omrade", V("Område"), codes, labels, PREP_AREAS, codes[0]);
	}
	page_input(b, "hvem", V("Hvem"), "text", NULL, true, NULL, "off");
	{
		const char *codes[] = { "egne", "avtale" }, *labels[] = { V("egne"), V("avtale") };
		page_select(b, "avtale", V("Egne eller avtale"), codes, labels, 2, "egne");
	}
	page_input(b, "opplaering", V("Siste opplæring"), "date", NULL, false, NULL, "off");
	page_button(b, V("Registrer"), NULL, NULL, false);
	page_form_end(b);
	HTML_LIT(b, "</details>");
}

static void kit_section(struct req *r, const struct page *pg)
{
	struct buf *b = &r->out;
	h2(b, "pakke", V("Beredskapspakken"));
	HTML_LIT(b, "<p>");
	html_text(b, V("Én HTML-fil med planen, tiltakskortene, kontaktene, gjenopprettingsrekkefølgen, de manuelle "
		       "rutinene og leverandørenes støttelinjer, og blanke sider til en hendelseslogg på papir. Den "
		       "åpnes i en vanlig nettleser uten nett, og skrives ut på A4. Legg kopier der de kan nås når "
		       "all IKT er nede."));
	HTML_LIT(b, "</p>");
	page_form(b, pg, "/beredskap/pakke");
	page_input(b, "passordfrase", V("Passordfrase"), "password", NULL, false,
		   arena_printf(r->a, V("Minst %d tegn. Pakken krypteres (AES-256-GCM) og kan bare åpnes med frasen. "
					"Tomt: ukryptert, for utskrift."), SEAL_PASSPHRASE_MIN), "new-password");
	page_button(b, V("Last ned beredskapspakken"), NULL, NULL, false);
	page_form_end(b);
}

void prepv_page(struct req *r, int status, const char *error)
{
	struct prep_all p;
	struct check_settings set;
	struct buf *b = &r->out;
	struct page pg = view_page(r, V("Beredskap"), "beredskap");
	pg.error = error;
	if (!prepv_load(r, &p))
		return;
	if (store_check_settings_load(r->db, r->user.tenant_id, &set, &r->err) < 0) {
		resp_store_error(r);
		return;
	}
	page_begin(b, &pg);
	HTML_LIT(b, "<p>");
	html_text(b, V("Beredskapsplanen, kontaktene, øvelsene, forsikringen og beredskapspakken (KS-tiltak 4a–5b)."));
	HTML_LIT(b, " ");
	page_link(b, "/beredskap/forsikring", V("Forsikringer og tilbud side om side"));
	HTML_LIT(b, "</p>");
	plan_section(r, &pg, &p);
	contacts_section(r, &pg, &p, set.contact_days);
	exercises_section(r, &pg, &p);
	competence_section(r, &pg, &p);
	prepv_incidents(r, &pg);
	kit_section(r, &pg);
	page_end(b, &pg);
	resp_html(r, status);
}

void h_prep(struct req *r)
{
	prepv_page(r, 200, NULL);
}

/* ---- the plan ---- */

void h_prep_plan_template(struct req *r)
{
	struct prep_all p;
	struct prep_plan tmpl;
	struct store_stamp st = req_stamp(r);
	if (!prepv_load(r, &p))
		return;
	if (p.version[PREP_PLAN]) {
		prepv_page(r, 400, V("Kommunen har allerede en beredskapsplan."));
		return;
	}
	if (prep_plan_template(r->a, &tmpl) < 0 ||
	    prep_save_plan(r->db, r->a, r->user.tenant_id, &tmpl, 0, "fra malen", &st, &r->err) < 0) {
		prepv_page(r, 400, r->err.msg);
		return;
	}
	req_flash(r, V("Beredskapsplanen er laget fra malen. Fyll inn kriseorganisasjonen og tilpass tiltakskortene."));
	resp_redirect(r, "/beredskap/plan");
}

static void plan_form(struct req *r, int status, const struct prep_plan *plan, int version, const char *error)
{
	struct buf *b = &r->out;
	struct page pg = view_page(r, V("Beredskapsplanen"), "beredskap");
	pg.error = error;
	page_begin(b, &pg);
	HTML_LIT(b, "<p>");
	page_link(b, "/beredskap", V("Tilbake til beredskap"));
	HTML_LIT(b, "</p>");
	page_form(b, &pg, "/beredskap/plan");
	prepv_hidden_version(b, version);
	page_textarea(b, "aktivering", V("Når planen aktiveres, og av hvem"), plan->activation, 5, V("Markdown er tillatt."));
	HTML_LIT(b, "<fieldset><legend>");
	html_text(b, V("Kriseorganisasjonen"));
	HTML_LIT(b, "</legend><table><thead><tr><th scope=\"col\">");
	html_text(b, V("Rolle"));
	HTML_LIT(b, "</th><th scope=\"col\">");
	html_text(b, V("Person"));
	HTML_LIT(b, "</th><th scope=\"col\">");
	html_text(b, V("Stedfortreder"));
	HTML_LIT(b, "</th><th scope=\"col\">");
	html_text(b, V("Telefon"));
	HTML_LIT(b, "</th></tr></thead><tbody>");
	for (size_t i = 0; i < plan->n_roles + ROLE_ROWS_EXTRA; i++) {
		const struct prep_role *x = i < plan->n_roles ? &plan->roles[i] : NULL;
		static const char *const f[4] = { "rolle", "person", "stedfortreder", "telefon" };
		HTML_LIT(b, "<tr>");
		for (int k = 0; k < 4; k++) {
			const char *v = !x ? NULL : k == 0 ? x->role : k == 1 ? x->person : k == 2 ? x->deputy : x->phone;
			const char *label = arena_printf(r->a, "%s %zu", k == 0 ? V("Rolle") : k == 1 ? V("Person")
									 : k == 2 ? V("Stedfortreder") : V("Telefon"), i + 1);
			buf_printf(b, "<td><input type=\"text\" name=\"%s-%zu\" aria-label=\"", f[k], i + 1);
			html_attr(b, label);
			HTML_LIT(b, "\" value=\"");
			html_attr(b, v ? v : "");
			HTML_LIT(b, "\"></td>");
		}
		HTML_LIT(b, "</tr>");
	}
	HTML_LIT(b, "</tbody></table></fieldset>");
	page_input(b, "maaneder", V("Gjennomgås hver (måneder)"), "number", arena_printf(r->a, "%d", plan->review_months),
		   true, NULL, "off");
	HTML_LIT(b, "<div class=\"field\"><input type=\"checkbox\" id=\"gjennomgatt\" name=\"gjennomgatt\" value=\"1\"> "
		    "<label for=\"gjennomgatt\" class=\"inline\">");
	html_text(b, V("Planen er gjennomgått i dag"));
	HTML_LIT(b, "</label></div><div class=\"field\"><input type=\"checkbox\" id=\"lederrapport\" name=\"lederrapport\" "
		    "value=\"1\"> <label for=\"lederrapport\" class=\"inline\">");
	html_text(b, V("Rapport om sikkerhet og personvern er lagt fram for ledelsen i dag (5b)"));
	HTML_LIT(b, "</label></div>");
	if (prepv_editor(r))
		page_button(b, V("Lagre planen"), NULL, NULL, false);
	page_form_end(b);
	page_end(b, &pg);
	resp_html(r, status);
}

void h_prep_plan_get(struct req *r)
{
	struct prep_all p;
	if (!prepv_load(r, &p))
		return;
	if (!p.version[PREP_PLAN]) {
		resp_redirect(r, "/beredskap");
		return;
	}
	plan_form(r, 200, &p.plan, p.version[PREP_PLAN], NULL);
}

void h_prep_plan_post(struct req *r)
{
	struct prep_all p;
	struct store_stamp st = req_stamp(r);
	if (!prepv_load(r, &p))
		return;
	struct prep_plan next = p.plan;
	size_t max = p.plan.n_roles + ROLE_ROWS_EXTRA;
	next.roles = arena_alloc(r->a, (max + 1) * sizeof(*next.roles));
	next.n_roles = 0;
	if (!next.roles) {
		resp_error(r, 500, V("Tom for minne."));
		return;
	}
	for (size_t i = 0; i < max; i++) {
		const char *role = req_field(r, arena_printf(r->a, "rolle-%zu", i + 1));
		if (!role || !*role)
			continue;     /* an emptied role is removed */
		const char *person = req_field(r, arena_printf(r->a, "person-%zu", i + 1));
		const char *deputy = req_field(r, arena_printf(r->a, "stedfortreder-%zu", i + 1));
		const char *phone = req_field(r, arena_printf(r->a, "telefon-%zu", i + 1));
		next.roles[next.n_roles++] = (struct prep_role){ role, person && *person ? person : NULL,
								 deputy && *deputy ? deputy : NULL, phone && *phone ? phone : NULL };
	}
	const char *act = req_field(r, "aktivering"), *months = req_field(r, "maaneder");
	next.activation = act && *act ? act : NULL;
	int m;
	if (!months || view_number(months, &m) < 0) {
		plan_form(r, 400, &next, p.version[PREP_PLAN], V("Oppgi hvor mange måneder det går mellom gjennomgangene."));
		return;
	}
	next.review_months = m;
	if (req_field(r, "gjennomgatt"))
		next.reviewed_on = r->today;
	if (req_field(r, "lederrapport"))
		next.leader_report_on = r->today;
	if (prep_save_plan(r->db, r->a, r->user.tenant_id, &next, prepv_based_on(r), "endret på nettet", &st, &r->err) < 0) {
		plan_form(r, 400, &next, p.version[PREP_PLAN], r->err.msg);
		return;
	}
	req_flash(r, V("Beredskapsplanen er lagret."));
	resp_redirect(r, "/beredskap#plan");
}

static void card_form(struct req *r, int status, const struct prep_card *c, int version, const char *error)
{
	struct buf *b = &r->out;
	struct page pg = view_page(r, arena_printf(r->a, V("Tiltakskort: %s"), c->title), "beredskap");
	pg.error = error;
	page_begin(b, &pg);
	HTML_LIT(b, "<p>");
	page_link(b, "/beredskap", V("Tilbake til beredskap"));
	HTML_LIT(b, "</p><div class=\"preview\">");
	static const char *const heads[] = { N_("Første time"), N_("Hvem gjør hva"), N_("Varsling: hvem og innen når"),
					     N_("Til de ansatte"), N_("Til innbyggerne") };
	const char *texts[] = { c->first_hour, c->who, c->notify, c->staff, c->public_text };
	for (int i = 0; i < 5; i++) {
		if (!texts[i])
			continue;
		HTML_LIT(b, "<h2>");
		html_text(b, V(heads[i]));
		HTML_LIT(b, "</h2>");
		html_markdown(b, texts[i]);
	}
	HTML_LIT(b, "</div>");
	if (prepv_editor(r)) {
		static const char *const fields[] = { "forste-time", "hvem", "varsling", "ansatte", "innbyggere" };
		HTML_LIT(b, "<h2>");
		html_text(b, V("Endre kortet"));
		HTML_LIT(b, "</h2>");
		page_form(b, &pg, arena_printf(r->a, "/beredskap/kort/%s", c->scenario));
		prepv_hidden_version(b, version);
		page_input(b, "tittel", V("Tittel"), "text", c->title, true, NULL, "off");
		for (int i = 0; i < 5; i++)
			page_textarea(b, fields[i], V(heads[i]), texts[i], 6, V("Markdown er tillatt."));
		page_button(b, V("Lagre kortet"), NULL, NULL, false);
		page_form_end(b);
	}
	page_end(b, &pg);
	resp_html(r, status);
}

static struct prep_card *find_card(struct prep_plan *p, const char *scenario)
{
	for (size_t i = 0; i < p->n_cards; i++)
		if (scenario && strcmp(p->cards[i].scenario, scenario) == 0)
			return &p->cards[i];
	return NULL;
}

void h_prep_card_get(struct req *r)
{
	struct prep_all p;
	if (!prepv_load(r, &p))
		return;
	struct prep_card *c = find_card(&p.plan, r->param);
	if (!c) {
		resp_error(r, 404, V("Tiltakskortet finnes ikke."));
		return;
	}
	card_form(r, 200, c, p.version[PREP_PLAN], NULL);
}

void h_prep_card_post(struct req *r)
{
	struct prep_all p;
	struct store_stamp st = req_stamp(r);
	if (!prepv_load(r, &p))
		return;
	struct prep_card *c = find_card(&p.plan, r->param);
	if (!c) {
		resp_error(r, 404, V("Tiltakskortet finnes ikke."));
		return;
	}
	const char *f[] = { req_field(r, "tittel"), req_field(r, "forste-time"), req_field(r, "hvem"),
			    req_field(r, "varsling"), req_field(r, "ansatte"), req_field(r, "innbyggere") };
	for (int i = 0; i < 6; i++)
		if (f[i] && !*f[i])
			f[i] = NULL;
	c->title = f[0];
	c->first_hour = f[1];
	c->who = f[2];
	c->notify = f[3];
	c->staff = f[4];
	c->public_text = f[5];
	if (prep_save_plan(r->db, r->a, r->user.tenant_id, &p.plan, prepv_based_on(r),
			   arena_printf(r->a, "tiltakskort %s", c->scenario), &st, &r->err) < 0) {
		if (!c->title)
			c->title = c->scenario;
		card_form(r, 400, c, p.version[PREP_PLAN], r->err.msg);
		return;
	}
	req_flash(r, V("Tiltakskortet er lagret."));
	resp_redirect(r, arena_printf(r->a, "/beredskap/kort/%s", c->scenario));
}
