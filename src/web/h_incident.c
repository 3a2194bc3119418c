/* h_incident.c: the incident log on the web (store/prep.h): declare an incident, append
 * observations, decisions, tasks and notifications as they happen, with the clocks of
 * the duties to notify running at the top, and download the log for the after-action
 * review. Entries are only appended; a correction is a new entry. */
#include <stdio.h>
#include <string.h>

#include "app/prep.h"
#include "model/prep.h"
#include "render/html.h"
#include "render/incident.h"
#include "render/markdown.h"
#include "render/page.h"
#include "store/prep.h"
#include "util/date.h"
#include "web/handlers.h"
#include "web/prep_view.h"
#include "web/view.h"

static const char *const kinds[] = { "observasjon", "beslutning", "oppgave", "varsling", "korrigering", "avsluttet" };
static const char *const kind_labels[] = { N_("Observasjon"), N_("Beslutning"), N_("Oppgave"), N_("Varsling"),
					   N_("Korrigering"), N_("Avslutt hendelsen") };

static const char *local(struct req *r, const char *ts)
{
	return date_local_text(r->a, ts);
}

/* A time from a form (a browser's datetime-local is Oslo time) as a UTC timestamp; now
 * when empty; NULL when it is not a time. */
static const char *form_time(struct req *r, const char *given)
{
	return !given || !*given ? r->now : date_local_timestamp(r->a, given);
}

/* The list and the form to declare one, on the preparedness page. */
void prepv_incidents(struct req *r, const struct page *pg)
{
	struct buf *b = &r->out;
	struct incident *all;
	size_t n;
	if (store_incident_list(r->db, r->a, r->user.tenant_id, &all, &n, &r->err) < 0)
		return;
	HTML_LIT(b, "<h2 id=\"hendelser\">");
	html_text(b, V("Hendelseslogg"));
	HTML_LIT(b, "</h2>");
	if (!n) {
		HTML_LIT(b, "<p>");
		html_text(b, V("Ingen hendelser er erklært."));
		HTML_LIT(b, "</p>");
	} else {
		HTML_LIT(b, "<ul>");
		for (size_t i = 0; i < n; i++) {
			HTML_LIT(b, "<li>");
			page_link(b, arena_printf(r->a, "/beredskap/hendelser/%d", all[i].no),
				  arena_printf(r->a, "H-%d %s", all[i].no, all[i].title));
			HTML_LIT(b, " <span class=\"muted\">");
			html_text(b, arena_printf(r->a, V("erklært %s%s"), local(r, all[i].declared_at), all[i].closed ? V(", avsluttet") : ""));
			HTML_LIT(b, "</span></li>");
		}
		HTML_LIT(b, "</ul>");
	}
	if (!prepv_editor(r))
		return;
	HTML_LIT(b, "<details><summary>");
	html_text(b, V("Erklær en hendelse og start loggen"));
	HTML_LIT(b, "</summary>");
	page_form(b, pg, "/beredskap/hendelser");
	page_input(b, "hendelse-tittel", V("Hva har skjedd"), "text", NULL, true, NULL, "off");
	HTML_LIT(b, "<div class=\"field\"><input type=\"checkbox\" id=\"personopplysninger\" name=\"personopplysninger\" "
		    "value=\"1\"> <label for=\"personopplysninger\" class=\"inline\">");
	html_text(b, V("Personopplysninger kan være rammet (Datatilsynet innen 72 timer)"));
	HTML_LIT(b, "</label></div><div class=\"field\"><input type=\"checkbox\" id=\"samfunnsviktig\" name=\"samfunnsviktig\" "
		    "value=\"1\"> <label for=\"samfunnsviktig\" class=\"inline\">");
	html_text(b, V("En samfunnsviktig tjeneste er rammet (NSM innen 24 timer)"));
	HTML_LIT(b, "</label></div>");
	page_input(b, "kjent", V("Når ble kommunen kjent med det (norsk tid; tomt: nå)"), "datetime-local", NULL, false,
		   V("Fristene for å varsle regnes fra da."), "off");
	page_button(b, V("Erklær hendelsen"), NULL, NULL, false);
	page_form_end(b);
	HTML_LIT(b, "</details>");
}

void h_incident_declare(struct req *r)
{
	struct store_stamp st = req_stamp(r);
	struct incident x = { .title = req_field(r, "hendelse-tittel"), .personal_data = req_field(r, "personopplysninger") != NULL,
			      .essential = req_field(r, "samfunnsviktig") != NULL };
	const char *kjent = req_field(r, "kjent");
	if (kjent && *kjent && !(x.aware_at = form_time(r, kjent))) {
		prepv_page(r, 400, V("Tidspunktet for når kommunen ble kjent med det, er ikke gyldig."));
		return;
	}
	if (store_incident_declare(r->db, r->user.tenant_id, &x, &st, &r->err) < 0) {
		prepv_page(r, 400, r->err.msg);
		return;
	}
	req_flash(r, arena_printf(r->a, V("Hendelse H-%d er erklært; loggen er startet."), x.no));
	resp_redirect(r, arena_printf(r->a, "/beredskap/hendelser/%d", x.no));
}

static bool load(struct req *r, struct incident *x)
{
	int no;
	if (view_number(r->param, &no) < 0 || store_incident_get(r->db, r->a, r->user.tenant_id, no, x, &r->err) < 0) {
		resp_error(r, 404, V("Hendelsen finnes ikke."));
		return false;
	}
	return true;
}

static void notify_form(struct req *r, const struct page *pg, const struct incident *x)
{
	struct buf *b = &r->out;
	const char *codes[PREP_RECEIVERS], *labels[PREP_RECEIVERS];
	for (int i = 0; i < PREP_RECEIVERS; i++) {
		codes[i] = prep_receiver_code(i);
		labels[i] = V(prep_receiver_label(i));
	}
	HTML_LIT(b, "<h2>");
	html_text(b, V("Registrer en varsling"));
	HTML_LIT(b, "</h2><p>");
	html_text(b, V("Bare en registrert varsling stopper klokken, aldri teksten i en innføring."));
	HTML_LIT(b, "</p>");
	page_form(b, pg, arena_printf(r->a, "/beredskap/hendelser/%d/varsling", x->no));
	page_select(b, "mottaker", V("Mottaker"), codes, labels, PREP_RECEIVERS, "datatilsynet");
	page_input(b, "kontakt", V("Kontaktens navn (når mottakeren er en registrert kontakt)"), "text", NULL, false, NULL,
		   "off");
	page_input(b, "varslet", V("Varslet (norsk tid; tomt: nå)"), "datetime-local", NULL, false, NULL, "off");
	page_input(b, "referanse", V("Mottakerens referanse"), "text", NULL, false, V("Saksnummer eller kvittering"),
		   "off");
	page_button(b, V("Registrer varslingen"), NULL, NULL, false);
	page_form_end(b);
	HTML_LIT(b, "<h2>");
	html_text(b, V("Når ble kommunen kjent med hendelsen?"));
	HTML_LIT(b, "</h2>");
	page_form(b, pg, arena_printf(r->a, "/beredskap/hendelser/%d/kjent", x->no));
	page_input(b, "kjent", V("Ble kjent (norsk tid)"), "datetime-local", NULL, true,
		   V("Fristene regnes fra da. En endring føres i loggen og revisjonssporet."), "off");
	page_button(b, V("Endre tidspunktet"), NULL, NULL, true);
	page_form_end(b);
}

static void incident_page(struct req *r, int status, const struct incident *x, const char *error)
{
	struct buf *b = &r->out;
	struct prep_clock c[2];
	struct page pg = view_page(r, arena_printf(r->a, "H-%d %s", x->no, x->title), "beredskap");
	pg.error = error;
	prep_incident_state(r->a, x, r->epoch, c);
	page_begin(b, &pg);
	HTML_LIT(b, "<p>");
	page_link(b, "/beredskap#hendelser", V("Tilbake til beredskap"));
	HTML_LIT(b, " · ");
	page_link(b, arena_printf(r->a, "/beredskap/hendelser/%d/logg.md", x->no), V("Last ned loggen"));
	HTML_LIT(b, "</p><p>");
	html_text(b, arena_printf(r->a, V("Erklært %s av %s."), local(r, x->declared_at), x->declared_by));
	HTML_LIT(b, " ");
	html_text(b, arena_printf(r->a, V("Kommunen ble kjent med hendelsen %s; fristene regnes fra da."),
				  local(r, x->aware_at)));
	HTML_LIT(b, "</p><ul class=\"clocks\">");
	for (int k = 0; k < 2; k++) {
		if (!c[k].applies)
			continue;
		HTML_LIT(b, "<li>");
		if (c[k].done) {
			page_badge(b, "ja", V("varslet"));
			html_text(b, arena_printf(r->a, " %s (%d %s)", c[k].to, c[k].hours, V("timer")));
		} else if (c[k].left_minutes >= 0) {
			page_badge(b, "delvis", V("klokken går"));
			html_text(b, arena_printf(r->a, V(" %s innen %d timer: %lld t %02lld min igjen."), c[k].to, c[k].hours,
						  c[k].left_minutes / 60, c[k].left_minutes % 60));
		} else {
			page_badge(b, "overdue", V("fristen er passert"));
			html_text(b, arena_printf(r->a, V(" %s innen %d timer: for %lld t %02lld min siden."), c[k].to, c[k].hours,
						  -c[k].left_minutes / 60, -c[k].left_minutes % 60));
		}
		HTML_LIT(b, "</li>");
	}
	HTML_LIT(b, "</ul>");
	if (x->n_notices) {
		HTML_LIT(b, "<h2>");
		html_text(b, V("Varslinger"));
		HTML_LIT(b, "</h2><ul id=\"notices\">");
		for (size_t i = 0; i < x->n_notices; i++) {
			const struct incident_notice *v = &x->notices[i];
			struct err ignored;
			err_init(&ignored, r->lang);
			int k = prep_receiver_parse(v->receiver, &ignored);
			HTML_LIT(b, "<li>");
			html_text(b, arena_printf(r->a, V("%s varslet %s%s%s (ført av %s)."),
						  v->contact ? v->contact : V(prep_receiver_label(k)), local(r, v->notified_at),
						  v->reference ? V(", referanse ") : "", v->reference ? v->reference : "",
						  v->recorded_by));
			HTML_LIT(b, "</li>");
		}
		HTML_LIT(b, "</ul>");
	}
	incident_log_table(b, r->a, r->lang, x->entries, x->n_entries, 0);
	if (x->closed) {
		HTML_LIT(b, "<p class=\"muted\">");
		html_text(b, V("Hendelsen er avsluttet; loggen kan ikke få flere innføringer."));
		HTML_LIT(b, "</p>");
	} else if (prepv_editor(r)) {
		const char *labels[6];
		for (int i = 0; i < 6; i++)
			labels[i] = V(kind_labels[i]);
		page_form(b, &pg, arena_printf(r->a, "/beredskap/hendelser/%d", x->no));
		page_select(b, "innforing-type", V("Type"), kinds, labels, 6, "observasjon");
		page_textarea(b, "innforing", V("Hva skjedde, hva ble bestemt, hvem fikk beskjed"), NULL, 3,
			      V("Tiden og navnet ditt føres på av seg selv. En rettelse er en ny innføring."));
		page_button(b, V("Før i loggen"), NULL, NULL, false);
		page_form_end(b);
		notify_form(r, &pg, x);
	}
	page_end(b, &pg);
	resp_html(r, status);
}

void h_incident_get(struct req *r)
{
	struct incident x;
	if (load(r, &x))
		incident_page(r, 200, &x, NULL);
}

void h_incident_append(struct req *r)
{
	struct incident x;
	struct store_stamp st = req_stamp(r);
	if (!load(r, &x))
		return;
	if (store_incident_append(r->db, r->a, r->user.tenant_id, x.no, req_field(r, "innforing-type"),
				  req_field(r, "innforing"), &st, &r->err) < 0) {
		incident_page(r, 400, &x, r->err.msg);
		return;
	}
	resp_redirect(r, arena_printf(r->a, "/beredskap/hendelser/%d", x.no));
}

/* POST /beredskap/hendelser/N/varsling: a notification, as a record of its own. */
void h_incident_notify(struct req *r)
{
	struct incident x;
	struct store_stamp st = req_stamp(r);
	if (!load(r, &x))
		return;
	int no = x.no;
	struct incident_notice n = { .receiver = req_field(r, "mottaker"), .contact = req_field(r, "kontakt"),
				     .notified_at = form_time(r, req_field(r, "varslet")), .reference = req_field(r, "referanse") };
	if (n.contact && !*n.contact)
		n.contact = NULL;
	if (!n.notified_at) {
		incident_page(r, 400, &x, V("Tidspunktet for varslingen er ikke gyldig."));
		return;
	}
	if (store_incident_notify(r->db, r->a, r->user.tenant_id, no, &n, &st, &r->err) < 0) {
		incident_page(r, 400, &x, r->err.msg);
		return;
	}
	req_flash(r, V("Varslingen er registrert."));
	resp_redirect(r, arena_printf(r->a, "/beredskap/hendelser/%d", no));
}

/* POST /beredskap/hendelser/N/kjent: when the municipality became aware of it. */
void h_incident_aware(struct req *r)
{
	struct incident x;
	struct store_stamp st = req_stamp(r);
	if (!load(r, &x))
		return;
	int no = x.no;
	const char *at = form_time(r, req_field(r, "kjent"));
	if (!at || !req_field(r, "kjent") || !*req_field(r, "kjent")) {
		incident_page(r, 400, &x, V("Oppgi når kommunen ble kjent med hendelsen."));
		return;
	}
	if (store_incident_aware(r->db, r->a, r->user.tenant_id, no, at, &st, &r->err) < 0) {
		incident_page(r, 400, &x, r->err.msg);
		return;
	}
	req_flash(r, V("Fristene regnes nå fra det nye tidspunktet."));
	resp_redirect(r, arena_printf(r->a, "/beredskap/hendelser/%d", no));
}

/* GET /beredskap/hendelser/N/logg.md: the log as Markdown, for the after-action review. */
void h_incident_export(struct req *r)
{
	struct incident x;
	if (!load(r, &x))
		return;
	struct buf *b = &r->out;
	incident_markdown(b, r->a, r->lang, &x);
	r->status = 200;
	r->content_type = "text/markdown; charset=utf-8";
	r->disposition = arena_printf(r->a, "attachment; filename=\"hendelseslogg-H-%d.md\"", x.no);
}
