/* h_prep.c: preparedness on the web (measures 4a–5b; checks/prep.h): the contingency plan
 * with its crisis organisation and action cards, the contacts with a button to verify
 * each, the exercises whose lessons become actions, the insurance offers side by side,
 * and the offline crisis kit to download. Everyone reads; redaktør and above change.
 * Every form carries the version it was made from, so two people editing at once cannot
 * overwrite each other unseen. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "checks/kit.h"
#include "checks/prep.h"
#include "io/vcard.h"
#include "model/assess.h"
#include "render/html.h"
#include "render/page.h"
#include "store/finding.h"
#include "store/prep.h"
#include "store/tenant.h"
#include "util/date.h"
#include "util/seal.h"
#include "web/handlers.h"
#include "web/view.h"

#define ROLE_ROWS_EXTRA 2        /* empty rows in the form for new roles */

static const char *day(struct req *r, int32_t d)
{
	char *t = arena_alloc(r->a, DATE_TEXT);
	if (!t || d == DATE_NONE)
		return "";
	date_format(d, t);
	return t;
}

static bool load(struct req *r, struct prep_all *p)
{
	if (prep_load(r->db, r->a, r->user.tenant_id, r->today, p, &r->err) < 0) {
		resp_store_error(r);
		return false;
	}
	return true;
}

/* The version a form was made from; -1 when missing. */
static int based_on(struct req *r)
{
	const char *v = req_field(r, "versjon");
	char *end;
	long n = v && *v ? strtol(v, &end, 10) : -1;
	return v && *v && !*end && n >= 0 && n < 1000000000 ? (int)n : -1;    /* 0: never saved */
}

static void hidden_version(struct buf *b, int v)
{
	char t[16];
	snprintf(t, sizeof(t), "%d", v);
	page_hidden(b, "versjon", t);
}

static bool editor(struct req *r)
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
		if (editor(r)) {
			page_form(b, pg, "/beredskap/plan/mal");
			page_button(b, V("Lag planen fra malen"), NULL, NULL, false);
			page_form_end(b);
		}
		return;
	}
	int32_t due = prep_plan_due(&p->plan);
	HTML_LIT(b, "<p>");
	html_text(b, arena_printf(r->a, V("Versjon %d. Sist gjennomgått: %s. Neste gjennomgang: %s."),
				  p->version[PREP_PLAN], p->plan.reviewed_on == DATE_NONE ? V("aldri") : day(r, p->plan.reviewed_on),
				  due == DATE_NONE ? V("nå") : day(r, due)));
	HTML_LIT(b, " ");
	page_link(b, "/beredskap/plan", editor(r) ? V("Endre planen og kriseorganisasjonen") : V("Se hele planen"));
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
	{
		const char *const cols[] = { V("Navn"), V("Rolle i en krise"), V("Telefon"), V("Når"), V("Bekreftet"), V("Bekreft") };
		page_thead(b, cols, editor(r) ? 6 : 5);
	}
	for (size_t i = 0; i < p->contacts.n; i++) {
		const struct prep_contact *x = &p->contacts.items[i];
		bool stale = prep_contact_stale(x, r->today, stale_days);
		HTML_LIT(b, "<tr><td><strong>");
		html_text(b, x->name);
		HTML_LIT(b, "</strong>");
		if (x->org) {
			HTML_LIT(b, "<br>");
			html_text(b, x->org);
		}
		HTML_LIT(b, "</td><td>");
		html_text(b, x->crisis_role);
		HTML_LIT(b, "</td><td>");
		html_text(b, x->phone);
		if (x->phone2) {
			HTML_LIT(b, "<br>");
			html_text(b, x->phone2);
		}
		if (x->email) {
			HTML_LIT(b, "<br>");
			html_text(b, x->email);
		}
		HTML_LIT(b, "</td><td>");
		html_text(b, V(prep_availability_label(x->availability)));
		HTML_LIT(b, "</td><td>");
		html_text(b, x->verified_on == DATE_NONE ? V("aldri") : day(r, x->verified_on));
		if (stale) {
			HTML_LIT(b, " ");
			page_badge(b, "overdue", V("bør bekreftes"));
		}
		HTML_LIT(b, "</td>");
		if (editor(r)) {
			HTML_LIT(b, "<td>");
			page_form(b, pg, arena_printf(r->a, "/beredskap/kontakter/%zu/bekreft", i + 1));
			hidden_version(b, p->version[PREP_CONTACTS]);
			page_button(b, arena_printf(r->a, V("Bekreft %s"), x->name), NULL, NULL, true);
			page_form_end(b);
			HTML_LIT(b, "</td>");
		}
		HTML_LIT(b, "</tr>");
	}
	page_table_end(b);
	if (!editor(r))
		return;
	HTML_LIT(b, "<details><summary>");
	html_text(b, V("Legg til en kontakt"));
	HTML_LIT(b, "</summary>");
	page_form(b, pg, "/beredskap/kontakter");
	hidden_version(b, p->version[PREP_CONTACTS]);
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
		html_text(b, arena_printf(r->a, "Ø-%d %s: %s", x->no, day(r, x->date), x->scenario));
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
				} else if (editor(r)) {
					page_form(b, pg, arena_printf(r->a, "/beredskap/ovelser/%d/tiltak/%zu", x->no, k + 1));
					page_button(b, arena_printf(r->a, V("Gjør læringspunkt %zu til et tiltak"), k + 1), NULL, NULL, true);
					page_form_end(b);
				}
				HTML_LIT(b, "</li>");
			}
			HTML_LIT(b, "</ol>");
		}
		if (editor(r)) {
			page_form(b, pg, arena_printf(r->a, "/beredskap/ovelser/%d/laering", x->no));
			hidden_version(b, p->version[PREP_EXERCISES]);
			page_input(b, arena_printf(r->a, "laering-%d", x->no), arena_printf(r->a, V("Nytt læringspunkt for Ø-%d"), x->no),
				   "text", NULL, true, NULL, "off");
			page_button(b, V("Legg til læringspunkt"), NULL, NULL, true);
			page_form_end(b);
		}
	}
	if (!editor(r))
		return;
	HTML_LIT(b, "<details><summary>");
	html_text(b, V("Registrer en øvelse"));
	HTML_LIT(b, "</summary>");
	page_form(b, pg, "/beredskap/ovelser");
	hidden_version(b, p->version[PREP_EXERCISES]);
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
	page_input(b, "deltakere", V("Deltakere"), "text", NULL, false, NULL, "off");
	page_textarea(b, "observasjoner", V("Observasjoner"), NULL, 4, NULL);
	page_input(b, "laering", V("Læringspunkt"), "text", NULL, false, V("Flere kan legges til etterpå."), "off");
	page_button(b, V("Registrer øvelsen"), NULL, NULL, false);
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

static void prep_page(struct req *r, int status, const char *error)
{
	struct prep_all p;
	struct check_settings set;
	struct buf *b = &r->out;
	struct page pg = view_page(r, V("Beredskap"), "beredskap");
	pg.error = error;
	if (!load(r, &p))
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
	kit_section(r, &pg);
	page_end(b, &pg);
	resp_html(r, status);
}

void h_prep(struct req *r)
{
	prep_page(r, 200, NULL);
}

/* ---- the plan ---- */

void h_prep_plan_template(struct req *r)
{
	struct prep_all p;
	struct prep_plan tmpl;
	struct store_stamp st = req_stamp(r);
	if (!load(r, &p))
		return;
	if (p.version[PREP_PLAN]) {
		prep_page(r, 400, V("Kommunen har allerede en beredskapsplan."));
		return;
	}
	if (prep_plan_template(r->a, &tmpl) < 0 ||
	    prep_save_plan(r->db, r->a, r->user.tenant_id, &tmpl, 0, "fra malen", &st, &r->err) < 0) {
		prep_page(r, 400, r->err.msg);
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
	hidden_version(b, version);
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
	if (editor(r))
		page_button(b, V("Lagre planen"), NULL, NULL, false);
	page_form_end(b);
	page_end(b, &pg);
	resp_html(r, status);
}

void h_prep_plan_get(struct req *r)
{
	struct prep_all p;
	if (!load(r, &p))
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
	if (!load(r, &p))
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
	if (prep_save_plan(r->db, r->a, r->user.tenant_id, &next, based_on(r), "endret på nettet", &st, &r->err) < 0) {
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
	if (editor(r)) {
		static const char *const fields[] = { "forste-time", "hvem", "varsling", "ansatte", "innbyggere" };
		HTML_LIT(b, "<h2>");
		html_text(b, V("Endre kortet"));
		HTML_LIT(b, "</h2>");
		page_form(b, &pg, arena_printf(r->a, "/beredskap/kort/%s", c->scenario));
		hidden_version(b, version);
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
	if (!load(r, &p))
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
	if (!load(r, &p))
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
	if (prep_save_plan(r->db, r->a, r->user.tenant_id, &p.plan, based_on(r),
			   arena_printf(r->a, "tiltakskort %s", c->scenario), &st, &r->err) < 0) {
		if (!c->title)
			c->title = c->scenario;
		card_form(r, 400, c, p.version[PREP_PLAN], r->err.msg);
		return;
	}
	req_flash(r, V("Tiltakskortet er lagret."));
	resp_redirect(r, arena_printf(r->a, "/beredskap/kort/%s", c->scenario));
}

/* ---- contacts ---- */

void h_prep_contact_add(struct req *r)
{
	struct prep_all p;
	struct store_stamp st = req_stamp(r);
	if (!load(r, &p))
		return;
	struct prep_contact x = { .verified_on = r->today, .verified_by = r->user.email };
	const char *f[] = { req_field(r, "navn"), req_field(r, "org"), req_field(r, "kontakt-type"), req_field(r, "rolle"),
			    req_field(r, "telefon"), req_field(r, "telefon2"), req_field(r, "epost"), req_field(r, "ressurser") };
	for (size_t i = 0; i < sizeof(f) / sizeof(f[0]); i++)
		if (f[i] && !*f[i])
			f[i] = NULL;
	x.name = f[0];
	x.org = f[1];
	x.kind = f[2];
	x.crisis_role = f[3];
	x.phone = f[4];
	x.phone2 = f[5];
	x.email = f[6];
	x.resources = f[7];
	if (!x.name) {
		prep_page(r, 400, V("Kontakten må ha et navn."));
		return;
	}
	if (prep_availability_parse(req_field(r, "tilgjengelighet"), &x.availability, &r->err) < 0) {
		prep_page(r, 400, r->err.msg);
		return;
	}
	struct prep_contacts next = { arena_copy(r->a, p.contacts.items, p.contacts.n, 1, sizeof(x)), p.contacts.n + 1 };
	if (!next.items) {
		resp_error(r, 500, V("Tom for minne."));
		return;
	}
	next.items[p.contacts.n] = x;
	if (prep_save_contacts(r->db, r->a, r->user.tenant_id, &next, based_on(r), arena_printf(r->a, "ny: %s", x.name),
			       &st, &r->err) < 0) {
		prep_page(r, 400, r->err.msg);
		return;
	}
	req_flash(r, arena_printf(r->a, V("%s er lagt til."), x.name));
	resp_redirect(r, "/beredskap#kontakter");
}

void h_prep_contact_verify(struct req *r)
{
	struct prep_all p;
	struct store_stamp st = req_stamp(r);
	int i;
	if (!load(r, &p))
		return;
	if (view_number(r->param, &i) < 0 || i < 1 || (size_t)i > p.contacts.n) {
		resp_error(r, 404, V("Kontakten finnes ikke."));
		return;
	}
	struct prep_contact *x = &p.contacts.items[i - 1];
	x->verified_on = r->today;
	x->verified_by = r->user.email;
	if (prep_save_contacts(r->db, r->a, r->user.tenant_id, &p.contacts, based_on(r),
			       arena_printf(r->a, "bekreftet: %s", x->name), &st, &r->err) < 0) {
		prep_page(r, 400, r->err.msg);
		return;
	}
	req_flash(r, arena_printf(r->a, V("%s er bekreftet i dag."), x->name));
	resp_redirect(r, "/beredskap#kontakter");
}

/* ---- exercises ---- */

static struct prep_exercise *find_exercise(struct prep_exercises *x, const char *param)
{
	int no;
	if (view_number(param, &no) < 0)
		return NULL;
	for (size_t i = 0; i < x->n; i++)
		if (x->items[i].no == no)
			return &x->items[i];
	return NULL;
}

void h_prep_exercise_add(struct req *r)
{
	struct prep_all p;
	struct store_stamp st = req_stamp(r);
	if (!load(r, &p))
		return;
	const char *d = req_field(r, "dato"), *lesson = req_field(r, "laering");
	struct prep_exercise x = { .no = prep_exercise_next_no(&p.exercises), .date = DATE_NONE, .kind = req_field(r, "ovelse-type"),
				   .scenario = req_field(r, "scenario"), .participants = req_field(r, "deltakere"),
				   .observations = req_field(r, "observasjoner") };
	x.held = !req_field(r, "gjennomfort") || strcmp(req_field(r, "gjennomfort"), "ja") == 0;
	if (!d || date_parse(d, &x.date) < 0) {
		prep_page(r, 400, V("Datoen må skrives ÅÅÅÅ-MM-DD."));
		return;
	}
	if (x.participants && !*x.participants)
		x.participants = NULL;
	if (x.observations && !*x.observations)
		x.observations = NULL;
	if (lesson && *lesson) {
		x.lessons = arena_alloc(r->a, sizeof(*x.lessons));
		if (x.lessons) {
			x.lessons[0] = (struct prep_lesson){ lesson, 0 };
			x.n_lessons = 1;
		}
	}
	struct prep_exercises next = { arena_copy(r->a, p.exercises.items, p.exercises.n, 1, sizeof(x)), p.exercises.n + 1 };
	if (!next.items) {
		resp_error(r, 500, V("Tom for minne."));
		return;
	}
	next.items[p.exercises.n] = x;
	if (prep_save_exercises(r->db, r->a, r->user.tenant_id, &next, based_on(r), arena_printf(r->a, "ny: Ø-%d", x.no),
				&st, &r->err) < 0) {
		prep_page(r, 400, r->err.msg);
		return;
	}
	req_flash(r, arena_printf(r->a, V("Øvelse Ø-%d er registrert."), x.no));
	resp_redirect(r, "/beredskap#ovelser");
}

void h_prep_lesson_add(struct req *r)
{
	struct prep_all p;
	struct store_stamp st = req_stamp(r);
	if (!load(r, &p))
		return;
	struct prep_exercise *x = find_exercise(&p.exercises, r->param);
	if (!x) {
		resp_error(r, 404, V("Øvelsen finnes ikke."));
		return;
	}
	const char *text = req_field(r, arena_printf(r->a, "laering-%d", x->no));
	if (!text || !*text) {
		prep_page(r, 400, V("Skriv læringspunktet."));
		return;
	}
	struct prep_lesson *ls = arena_copy(r->a, x->lessons, x->n_lessons, 1, sizeof(*ls));
	if (!ls) {
		resp_error(r, 500, V("Tom for minne."));
		return;
	}
	ls[x->n_lessons] = (struct prep_lesson){ text, 0 };
	x->lessons = ls;
	x->n_lessons++;
	if (prep_save_exercises(r->db, r->a, r->user.tenant_id, &p.exercises, based_on(r),
				arena_printf(r->a, "Ø-%d: læringspunkt %zu", x->no, x->n_lessons), &st, &r->err) < 0) {
		prep_page(r, 400, r->err.msg);
		return;
	}
	req_flash(r, V("Læringspunktet er lagt til."));
	resp_redirect(r, "/beredskap#ovelser");
}

/* POST /beredskap/ovelser/N/tiltak/K (the router keeps the last '*', K; N is read from
 * the path, which the route has already matched). */
void h_prep_lesson_action(struct req *r)
{
	struct store_stamp st = req_stamp(r);
	const char *n = r->path + strlen("/beredskap/ovelser/");
	int no, lesson, act;
	char part[16];
	size_t len = strcspn(n, "/");
	if (len == 0 || len >= sizeof(part)) {
		resp_error(r, 404, V("Læringspunktet finnes ikke."));
		return;
	}
	memcpy(part, n, len);
	part[len] = '\0';
	if (view_number(part, &no) < 0 || view_number(r->param, &lesson) < 0 || lesson < 1) {
		resp_error(r, 404, V("Læringspunktet finnes ikke."));
		return;
	}
	if (prep_lesson_to_action(r->db, r->a, r->user.tenant_id, no, (size_t)lesson - 1, &st, &act, &r->err) < 0) {
		if (strstr(r->err.msg, "finnes ikke") || strstr(r->err.msg, "har ikke"))
			resp_error(r, 404, r->err.msg);
		else
			prep_page(r, 400, r->err.msg);
		return;
	}
	req_flash(r, arena_printf(r->a, V("Læringspunktet er nå tiltak T-%d i tiltaksplanen."), act));
	resp_redirect(r, "/beredskap#ovelser");
}

/* ---- insurance ---- */

static const char *money(struct req *r, long long v)
{
	if (v < 0)
		return V("ukjent");
	/* thousands with a thin space, as Norwegian writes them */
	char raw[32], out[48];
	size_t n = (size_t)snprintf(raw, sizeof(raw), "%lld", v), o = 0;
	for (size_t i = 0; i < n; i++) {
		if (i && (n - i) % 3 == 0)
			out[o++] = ' ';
		out[o++] = raw[i];
	}
	out[o] = '\0';
	return arena_printf(r->a, "%s kr", out);
}

void h_prep_insurance(struct req *r)
{
	struct prep_all p;
	struct answer *ans;
	struct finding *f;
	size_t na, nf;
	struct buf *b = &r->out;
	struct page pg = view_page(r, V("Forsikringer og tilbud"), "beredskap");
	if (!load(r, &p))
		return;
	if (prep_condition_inputs(r->db, r->a, r->user.tenant_id, &ans, &na, &f, &nf, &r->err) < 0) {
		resp_store_error(r);
		return;
	}
	const struct prep_insurances *x = &p.insurance;
	page_begin(b, &pg);
	HTML_LIT(b, "<p>");
	page_link(b, "/beredskap", V("Tilbake til beredskap"));
	HTML_LIT(b, "</p><p>");
	html_text(b, V("Side om side: hva som dekkes, til hvilken grense, og hvilke sikkerhetsvilkår kommunen ikke "
		       "oppfyller i dag ut fra vurderingen og funnene. Et vilkår som ikke er oppfylt, kan koste "
		       "dekningen: i Østre Toten betalte forsikringen 1,5 av 33 millioner."));
	HTML_LIT(b, "</p>");
	if (!x->n) {
		HTML_LIT(b, "<p>");
		html_text(b, V("Ingen forsikringer eller tilbud er registrert (beredt insurance import)."));
		HTML_LIT(b, "</p>");
		page_end(b, &pg);
		resp_html(r, 200);
		return;
	}
	HTML_LIT(b, "<table class=\"compare\"><caption>");
	html_text(b, V("Forsikringer og tilbud"));
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
	ROW(V("Selskap"), html_text(b, q->insurer));
	ROW(V("Tilbud eller polise"), html_text(b, q->offer ? V("tilbud") : V("polise")));
	ROW(V("Periode"), html_text(b, arena_printf(r->a, "%s – %s", day(r, q->from), day(r, q->to))));
	ROW(V("Premie per år"), html_text(b, money(r, q->premium)));
	ROW(V("Egenandel"), html_text(b, money(r, q->deductible)));
	ROW(V("Samlet grense"), html_text(b, money(r, q->limit)));
	for (int k = 0; k < PREP_COVERS; k++)
		ROW(V(prep_cover_label(k)),
		    q->cover[k] == COVER_NONE ? page_badge(b, "nei", V("dekkes ikke"))
		    : q->cover[k] == COVER_YES ? page_badge(b, "ja", V("dekkes"))
					       : html_text(b, arena_printf(r->a, V("inntil %s"), money(r, q->cover[k]))));
	ROW(V("Meld skade innen"), html_text(b, q->notify_hours ? arena_printf(r->a, V("%d timer"), q->notify_hours) : V("ukjent")));
	ROW(V("Skadetelefon"), html_text(b, q->incident_line));
	ROW(V("Unntak"), html_text(b, q->exclusions));
	ROW(V("Sikkerhetsvilkår"), {
		HTML_LIT(b, "<ul>");
		for (size_t c = 0; c < q->n_conditions; c++) {
			bool unmet = prep_condition_unmet(&q->conditions[c], ans, na, f, nf);
			HTML_LIT(b, "<li>");
			html_text(b, q->conditions[c].text);
			HTML_LIT(b, " ");
			page_badge(b, unmet ? "nei" : "ja", unmet ? V("ikke oppfylt: risiko for dekningen") : V("oppfylt"));
			HTML_LIT(b, "</li>");
		}
		HTML_LIT(b, "</ul>");
	});
#undef ROW
	HTML_LIT(b, "</tbody></table>");
	page_end(b, &pg);
	resp_html(r, 200);
}

/* ---- the crisis kit ---- */

void h_prep_kit(struct req *r)
{
	struct tenant t;
	struct store_stamp st = req_stamp(r);
	const char *pass = req_field(r, "passordfrase"), *sha;
	if (pass && !*pass)
		pass = NULL;
	if (store_tenant_by_id(r->db, r->a, r->user.tenant_id, &t, &r->err) < 0) {
		resp_store_error(r);
		return;
	}
	if (kit_make(r->db, r->a, &t, r->lang, pass, &st, &r->out, &sha, &r->err) < 0) {
		buf_reset(&r->out);
		prep_page(r, 400, r->err.msg);
		return;
	}
	char d[DATE_TEXT];
	date_format(r->today, d);
	r->status = 200;
	r->content_type = "text/html; charset=utf-8";
	r->disposition = arena_printf(r->a, "attachment; filename=\"beredskapspakke-%s-%s%s.html\"", t.kommunenr, d,
				      pass ? "-kryptert" : "");
}

void h_prep_vcard(struct req *r)
{
	struct prep_all p;
	if (!load(r, &p))
		return;
	if (vcard_write(&r->out, &p.contacts) < 0) {
		resp_error(r, 500, V("Tom for minne."));
		return;
	}
	r->status = 200;
	r->content_type = "text/vcard; charset=utf-8";
	r->disposition = "attachment; filename=\"beredskapskontakter.vcf\"";
}
