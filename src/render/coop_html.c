/* render/coop_html.c: see coop_html.h. */
#include "render/coop_html.h"

#include <string.h>

#include "model/ros.h"
#include "render/chart.h"
#include "render/html.h"
#include "render/impact_html.h"
#include "render/report_format.h"
#include "util/date.h"

#define I18N_LANG lang

static void cell(struct buf *b, const char *text)
{
	HTML_LIT(b, "<td>");
	html_text(b, text);
	HTML_LIT(b, "</td>");
}

static const char *pct(struct arena *a, int p)
{
	return p < 0 ? "–" : arena_printf(a, "%d %%", p);
}

static bool is_mine(const struct membership *mine, size_t n, const char *code, size_t len)
{
	for (size_t i = 0; i < n; i++)
		if (strlen(mine[i].code) == len && memcmp(mine[i].code, code, len) == 0)
			return true;
	return false;
}

#define SWITCH_MARK "<!--bytt:"

void coop_switches_fill(struct buf *out, struct arena *a, const struct page_frame *p, const char *body, size_t len,
			const struct membership *mine, size_t n_mine)
{
	enum lang lang = p->lang;
	const char *at = body, *end = body + len;
	while (at < end) {
		const char *m = strstr(at, SWITCH_MARK);
		const char *close = m ? strstr(m, "-->") : NULL;
		if (!m || !close || m >= end) {
			buf_append(out, at, (size_t)(end - at));
			break;
		}
		buf_append(out, at, (size_t)(m - at));
		const char *code = m + strlen(SWITCH_MARK);
		size_t clen = (size_t)(close - code);
		if (is_mine(mine, n_mine, code, clen)) {
			const char *kommune = arena_strndup(a, code, clen), *name = kommune;
			for (size_t i = 0; i < n_mine; i++)
				if (strcmp(mine[i].code, kommune) == 0)
					name = mine[i].name;
			page_form(out, p, "/bytt");
			page_hidden(out, "kommune", kommune);
			/* "Gå til" in the row that names the member; its whole name for a screen reader */
			HTML_LIT(out, "<button type=\"submit\" class=\"secondary small\" aria-label=\"");
			html_attr(out, arena_printf(a, T("Gå til %s"), name));
			HTML_LIT(out, "\">");
			html_text(out, T("Gå til"));
			HTML_LIT(out, "</button>");
			page_form_end(out);
		}
		at = close + 3;
	}
}

void coop_members_table(struct buf *b, struct arena *a, enum lang lang, const struct coop_row *rows, size_t n)
{
	size_t areas = 0;
	for (size_t i = 0; i < n; i++)
		if (rows[i].have && rows[i].catalog->n_groups > areas)
			areas = rows[i].catalog->n_groups;
	HTML_LIT(b, "<div class=\"table-wrap\"><table class=\"compact\"><caption>");
	html_text(b, T("Medlemmene side om side"));
	HTML_LIT(b, "</caption><thead><tr><th scope=\"col\">");
	html_text(b, T("Kommune"));
	HTML_LIT(b, "</th><th scope=\"col\">");
	html_text(b, T("Beredskap"));
	HTML_LIT(b, "</th>");
	for (size_t g = 0; g < areas; g++) {
		HTML_LIT(b, "<th scope=\"col\">");
		html_text(b, arena_printf(a, T("Omr. %zu"), g + 1));
		HTML_LIT(b, "</th>");
	}
	const char *const rest[] = { T("Forfalte oppgaver"), T("Åpne kritiske og høye funn"), T("Beredskapspakke"),
				     T("Siste øvelse"), T("Runde") };
	for (size_t i = 0; i < sizeof(rest) / sizeof(rest[0]); i++) {
		HTML_LIT(b, "<th scope=\"col\">");
		html_text(b, rest[i]);
		HTML_LIT(b, "</th>");
	}
	HTML_LIT(b, "</tr></thead><tbody>");
	for (size_t i = 0; i < n; i++) {
		const struct coop_row *r = &rows[i];
		HTML_LIT(b, "<tr><th scope=\"row\">");
		html_text(b, arena_printf(a, "%s %s", r->member.kommunenr, r->member.name));
		/* the switch into the member is the asking account's: a mark here, the form in its
		 * place when the page is put together (coop_switches_fill), so the rest is shared */
		HTML_LIT(b, "<!--bytt:");
		html_attr(b, r->member.kommunenr);
		HTML_LIT(b, "-->");
		HTML_LIT(b, "</th>");
		if (!r->have) {
			buf_printf(b, "<td colspan=\"%zu\">", areas + 6);
			html_text(b, T("Ingen runde ennå."));
			HTML_LIT(b, "</td></tr>");
			continue;
		}
		cell(b, pct(a, r->overall.percent));
		for (size_t g = 0; g < areas; g++)
			cell(b, g < r->catalog->n_groups ? pct(a, r->areas[g].percent) : "–");
		cell(b, arena_printf(a, "%zu", r->overdue));
		cell(b, arena_printf(a, "%zu", r->critical_high));
		cell(b, r->kit_age_days < 0 ? T("aldri skrevet")
		     : arena_printf(a, i18n_n(lang, "%d dag gammel", "%d dager gammel", (unsigned long)r->kit_age_days),
				    r->kit_age_days));
		char day[DATE_TEXT] = "";
		if (r->last_exercise != DATE_NONE)
			date_format(r->last_exercise, day);
		cell(b, r->last_exercise != DATE_NONE ? day : T("ingen"));
		cell(b, r->round_state ? T(r->round_state) : "–");
		HTML_LIT(b, "</tr>");
	}
	HTML_LIT(b, "</tbody></table></div>");
	if (areas && n) {
		/* what the numbered columns are: the areas of the catalog the rounds use */
		HTML_LIT(b, "<p class=\"hint\">");
		for (size_t i = 0; i < n; i++) {
			if (!rows[i].have || rows[i].catalog->n_groups != areas)
				continue;
			for (size_t g = 0; g < areas; g++)
				html_text(b, arena_printf(a, "%s%zu: %s", g ? "; " : "", g + 1,
							  text2_get(&rows[i].catalog->groups[g].title, lang)));
			break;
		}
		HTML_LIT(b, "</p>");
	}
}

void coop_members_chart(struct buf *b, struct arena *a, enum lang lang, const struct coop_row *rows, size_t n)
{
	const int row = 30, bar_w = 360, left = 200;
	buf_printf(b, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 680 %d\" width=\"100%%\" role=\"img\" "
		   "aria-labelledby=\"coop-chart-title\">", (int)(n ? n : 1) * row + 6);
	HTML_LIT(b, "<title id=\"coop-chart-title\">");
	html_text(b, T("Samlet beredskap per medlem i prosent"));
	HTML_LIT(b, "</title>");
	for (size_t i = 0; i < n; i++) {
		int p = rows[i].have ? rows[i].overall.percent : -1, y = (int)i * row;
		buf_printf(b, "<text x=\"0\" y=\"%d\">", y + 19);
		html_text(b, rows[i].member.name);
		buf_printf(b, "</text><rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"20\" fill=\"#e6e6e6\"/>", left, y + 5,
			   bar_w);
		buf_printf(b, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"20\" fill=\"", left, y + 5,
			   p > 0 ? p * bar_w / 100 : 0);
		html_attr(b, render_level_colour(readiness_level(p)));
		buf_printf(b, "\"/><text x=\"%d\" y=\"%d\">", left + bar_w + 8, y + 19);
		html_text(b, p < 0 ? T("ingen runde") : arena_printf(a, "%d %% %s", p, T(readiness_level_name(readiness_level(p)))));
		HTML_LIT(b, "</text>");
	}
	HTML_LIT(b, "</svg>");
}

void coop_dependants_section(struct buf *b, struct arena *a, enum lang lang, const struct coop_dependants *d,
			     size_t n)
{
	page_h2(b, T("Hva hviler på de felles systemene"));
	if (!n) {
		HTML_LIT(b, "<p>");
		html_text(b, T("Samarbeidet har ingen systemer eller leverandører i registeret ennå."));
		HTML_LIT(b, "</p>");
		return;
	}
	HTML_LIT(b, "<ul class=\"dependants\">");
	for (size_t i = 0; i < n; i++) {
		HTML_LIT(b, "<li><details><summary><strong>");
		html_text(b, d[i].name);
		HTML_LIT(b, "</strong>: ");
		html_text(b, arena_printf(a, "%s, %s", arena_printf(a, i18n_n(lang, "%zu tjeneste stopper", "%zu tjenester stopper",
										 (unsigned long)d[i].n), d[i].n),
					  arena_printf(a, i18n_n(lang, "hos %zu medlem", "hos %zu medlemmer",
								  (unsigned long)d[i].members), d[i].members)));
		HTML_LIT(b, "</summary><ul>");
		for (size_t j = 0; j < d[i].n; j++) {
			HTML_LIT(b, "<li>");
			html_text(b, arena_printf(a, "%s: %s (%s %d, %s %s)", d[i].hits[j].member->name, d[i].hits[j].s.name,
						  T("kritikalitet"), d[i].hits[j].s.criticality, T("tålbar"),
						  impact_hours(a, lang, d[i].hits[j].s.mtd_hours)));
			HTML_LIT(b, "</li>");
		}
		HTML_LIT(b, "</ul></details></li>");
	}
	HTML_LIT(b, "</ul>");
}

void coop_impact_section(struct buf *b, struct arena *a, enum lang lang, const struct coop_impact *r)
{
	page_h2(b, T("Rekkefølgen å gjenopprette i, på tvers av medlemmene"));
	HTML_LIT(b, "<p>");
	html_text(b, arena_printf(a, "%s %s", arena_printf(a, i18n_n(lang, "%zu tjeneste stopper", "%zu tjenester stopper",
								      (unsigned long)r->n), r->n),
				  arena_printf(a, i18n_n(lang, "hos %zu medlem.", "hos %zu medlemmer.", (unsigned long)r->n_members),
					       r->n_members)));
	html_text(b, T(" Den mest kritiske først, så den med kortest tålbar nedetid."));
	HTML_LIT(b, "</p>");
	if (!r->n)
		return;
	const char *const down[] = { "#", T("Kommune"), T("Tjeneste"), T("Kritikalitet"), T("Tålbar nedetid"),
				     T("Tilbake om"), T("Over tålegrensen") };
	const char *const untrusted[] = { "#", T("Kommune"), T("Tjeneste"), T("Kritikalitet"), T("Personopplysninger") };
	HTML_LIT(b, "<div class=\"table-wrap\">");
	if (r->untrusted)
		page_thead(b, untrusted, 5);
	else
		page_thead(b, down, 7);
	for (size_t i = 0; i < r->n; i++) {
		const struct coop_hit *h = &r->hits[i];
		HTML_LIT(b, "<tr>");
		cell(b, arena_printf(a, "%zu", i + 1));
		cell(b, h->member->name);
		cell(b, h->s.name);
		cell(b, arena_printf(a, "%d", h->s.criticality));
		if (r->untrusted) {
			cell(b, h->s.special_categories ? T("ja, særlige kategorier") : h->s.personal_data ? T("ja") : T("nei"));
		} else {
			cell(b, impact_hours(a, lang, h->s.mtd_hours));
			cell(b, impact_hours(a, lang, h->s.recovery));
			cell(b, h->s.exceeded > 0 ? arena_printf(a, T("fra time %d, med %d t"), h->s.mtd_hours, h->s.exceeded)
			     : h->s.exceeded == 0 ? T("nei") : T("kan ikke vurderes"));
		}
		HTML_LIT(b, "</tr>");
	}
	page_table_end(b);
	HTML_LIT(b, "</div>");
}

void coop_admin_forms(struct buf *b, const struct page_frame *p, const struct coop_member *members, size_t n)
{
	enum lang lang = p->lang;
	page_h2(b, T("Ny medlemskommune"));
	HTML_LIT(b, "<p>");
	html_text(b, T("Kommunen opprettes i beredt med en første runde, og de felles systemene er i registeret "
		       "dens med en gang. Du blir administrator der og kan invitere folk."));
	HTML_LIT(b, "</p>");
	page_form(b, p, "/samarbeid/medlemmer");
	page_input(b, "kommunenr", T("Kommunenummer"), "text", NULL, true, T("Fire sifre, for eksempel 3401."), "off");
	page_input(b, "navn", T("Kommunens navn"), "text", NULL, true, NULL, "organization");
	page_input(b, "orgnr", T("Organisasjonsnummer"), "text", NULL, true, T("Ni sifre."), "off");
	page_button(b, T("Legg til kommunen"), NULL, NULL, false);
	page_form_end(b);

	page_h2(b, T("Inviter til en medlemskommune"));
	HTML_LIT(b, "<p>");
	html_text(b, T("Engangslenken sendes på e-post. Har adressen en konto fra før, får kontoen rollen i "
		       "kommunen når personen godtar invitasjonen."));
	HTML_LIT(b, "</p>");
	page_form(b, p, "/samarbeid/invitasjoner");
	page_input(b, "email", T("E-post"), "email", NULL, true, NULL, "email");
	page_input(b, "name", T("Navn"), "text", NULL, false, NULL, "name");
	const char *codes[64], *labels[64];
	int k = 0;
	for (size_t i = 0; i < n && k < 64; i++, k++) {
		codes[k] = members[i].member.kommunenr;
		labels[k] = members[i].member.name;
	}
	page_select(b, "medlem", T("Kommune"), codes, labels, k, NULL);
	const char *rcodes[ROLE_COUNT], *rlabels[ROLE_COUNT];
	for (int i = 0; i < ROLE_COUNT; i++) {
		rcodes[i] = role_code((enum role)i);
		rlabels[i] = T(role_label((enum role)i));
	}
	page_select(b, "role", T("Rolle"), rcodes, rlabels, ROLE_COUNT, "leder");
	page_button(b, T("Send invitasjonen"), NULL, NULL, false);
	page_form_end(b);
	HTML_LIT(b, "<p>");
	html_text(b, T("Mange på en gang: last opp en CSV-fil med kolonnene navn;epost;kommunenr;rolle."));
	HTML_LIT(b, "</p>");
	page_form_file(b, p->csrf, "/samarbeid/invitasjoner/csv");
	HTML_LIT(b, "<div class=\"field\"><label for=\"personer\">");
	html_text(b, T("CSV-fil med personer"));
	HTML_LIT(b, "</label><input type=\"file\" id=\"personer\" name=\"personer\" accept=\".csv,text/csv\" required></div>");
	page_button(b, T("Inviter alle"), NULL, NULL, false);
	HTML_LIT(b, "</form>");
}


void coop_link_shown(struct buf *b, struct arena *a, enum lang lang, const char *links, const char *to, bool mailed)
{
	HTML_LIT(b, "<div class=\"flash\" role=\"status\"><p>");
	if (mailed)
		html_text(b, arena_printf(a, T("Invitasjonen til %s er lagt i kø for e-post. Lenken virker i %d timer; her "
					       "vises den bare nå, om den må gis på annen måte:"), to, ENROLL_HOURS));
	else
		html_text(b, arena_printf(a, T("E-post er ikke satt opp i denne installasjonen. Gi %s lenken på en trygg "
					       "måte; den virker i %d timer og vises bare nå:"), to, ENROLL_HOURS));
	HTML_LIT(b, "</p><pre class=\"secret\" id=\"enroll-link\">");
	html_text(b, links);
	HTML_LIT(b, "</pre></div>");
}

void coop_whatif_link(struct buf *b, enum lang lang)
{
	HTML_LIT(b, "<p>");
	page_link(b, "/samarbeid/hva-hvis", T("Hva hvis et felles system faller ut? Se hva som stopper hos hvert medlem"));
	HTML_LIT(b, "</p>");
}

void coop_member_heading(struct buf *b, struct arena *a, enum lang lang, const struct tenant *m, size_t n)
{
	HTML_LIT(b, "<h3>");
	html_text(b, arena_printf(a, "%s (%s): %s", m->name, m->kommunenr,
				  n ? arena_printf(a, i18n_n(lang, "%zu tjeneste stopper", "%zu tjenester stopper", (unsigned long)n), n)
				    : T("ingenting stopper")));
	HTML_LIT(b, "</h3>");
}

void coop_report_page(struct buf *b, enum lang lang)
{
	HTML_LIT(b, "<p>");
	html_text(b, T("Rapporten til representantskapet viser medlemmene side om side, hva som hviler på hvert "
		       "felles system, hva som stopper hos hvert medlem om et administrativt domene blir kompromittert, "
		       "og samarbeidets åpne funn på de felles systemene."));
	HTML_LIT(b, "</p>");
	report_html_links(b, lang);
}

void coop_graph_link(struct buf *b, struct arena *a, enum lang lang, const struct impact_query *q, const struct tenant *m)
{
	/* the same question, with this member's graph drawn */
	const char *href = "/samarbeid/hva-hvis?";
	for (size_t i = 0; i < q->n_names; i++)
		href = arena_printf(a, "%sn=%s&", href, html_query_value(a, q->names[i]));
	if (q->domain && *q->domain)
		href = arena_printf(a, "%sdomene=%s&", href, html_query_value(a, q->domain));
	href = arena_printf(a, "%smodus=%s&graf=%s", href, q->untrusted ? "utrygg" : "ute", html_query_value(a, m->kommunenr));
	HTML_LIT(b, "<p>");
	page_link(b, href, arena_printf(a, T("Tegn grafen for %s"), m->name));
	HTML_LIT(b, "</p>");
}
