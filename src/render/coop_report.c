/* render/coop_report.c: see coop_report.h. */
#include "render/coop_report.h"

#include <jansson.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "model/ros.h"
#include "render/coop_html.h"
#include "render/html.h"
#include "render/markdown.h"
#include "render/report_text.h"
#include "util/date.h"

#define I18N_LANG lang
#define TOP 5     /* services shown per shared system and per domain */

static const char *pct(struct arena *a, int p)
{
	return p < 0 ? "–" : arena_printf(a, "%d %%", p);
}

/* One member's line in words, for Markdown and the summary. */
static const char *member_text(struct arena *a, enum lang lang, const struct coop_row *r)
{
	if (!r->have)
		return arena_printf(a, T("%s (%s): ingen runde ennå."), r->member.name, r->member.kommunenr);
	return arena_printf(a, T("%s (%s): beredskap %s; %zu forfalte oppgaver; %zu åpne kritiske og høye funn; "
				 "beredskapspakke %s; siste øvelse %s; runden er %s."),
			    r->member.name, r->member.kommunenr, pct(a, r->overall.percent), r->overdue,
			    r->critical_high, r->kit_age_days < 0 ? T("aldri skrevet")
			    : arena_printf(a, i18n_n(lang, "%d dag gammel", "%d dager gammel", (unsigned long)r->kit_age_days),
					   r->kit_age_days),
			    r->last_exercise == DATE_NONE ? T("ingen") : report_date(a, r->last_exercise),
			    r->round_state ? T(r->round_state) : "–");
}

static const char *dependant_text(struct arena *a, enum lang lang, const struct coop_dependants *d)
{
	return arena_printf(a, "%s: %s, %s.", d->name,
			    arena_printf(a, i18n_n(lang, "%zu tjeneste stopper", "%zu tjenester stopper", (unsigned long)d->n), d->n),
			    arena_printf(a, i18n_n(lang, "hos %zu medlem", "hos %zu medlemmer", (unsigned long)d->members),
					 d->members));
}

static const char *hit_text(struct arena *a, enum lang lang, const struct coop_hit *h)
{
	return arena_printf(a, T("%s, %s: kritikalitet %d, tålbar nedetid %s%s"), h->member->name, h->s.name,
			    h->s.criticality, h->s.mtd_hours < 0 ? T("ukjent") : arena_printf(a, "%d t", h->s.mtd_hours),
			    h->s.exceeded > 0 ? arena_printf(a, T(", over den fra time %d"), h->s.mtd_hours) : "");
}

static const char *domain_text(struct arena *a, enum lang lang, const struct coop_domain *d)
{
	return arena_printf(a, T("Er domenet «%s» kompromittert, stopper %s."), d->domain,
			    arena_printf(a, i18n_n(lang, "%zu tjeneste hos medlemmene", "%zu tjenester hos medlemmene",
						   (unsigned long)d->impact.n), d->impact.n));
}

static void html_list(struct buf *b, const char *const *items, size_t n, bool ordered)
{
	buf_puts(b, ordered ? "<ol>" : "<ul>");
	for (size_t i = 0; i < n; i++) {
		HTML_LIT(b, "<li>");
		html_text(b, items[i]);
		HTML_LIT(b, "</li>");
	}
	buf_puts(b, ordered ? "</ol>" : "</ul>");
}

static int html(struct arena *a, const struct coop_report *r, enum lang lang, struct buf *b)
{
	HTML_LIT(b, "<!DOCTYPE html>\n<html lang=\"");
	html_attr(b, lang == LANG_EN ? "en" : "nb");
	HTML_LIT(b, "\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, "
		    "initial-scale=1\"><title>");
	html_text(b, arena_printf(a, T("Rapport til representantskapet: %s"), r->coop->name));
	HTML_LIT(b, "</title><style>");
	buf_puts(b, report_html_style());   /* a constant, not data */
	HTML_LIT(b, "</style></head><body><header><h1>");
	html_text(b, arena_printf(a, T("Rapport til representantskapet: %s"), r->coop->name));
	HTML_LIT(b, "</h1><p class=\"meta\">");
	html_text(b, arena_printf(a, T("%s, org.nr. %s. %s. Laget %s."), r->coop->name, r->coop->orgnr,
				  arena_printf(a, i18n_n(lang, "%zu medlemskommune", "%zu medlemskommuner",
							 (unsigned long)r->n_rows), r->n_rows),
				  report_date(a, r->today)));
	HTML_LIT(b, "</p></header><main><section aria-labelledby=\"medlemmer\"><h2 id=\"medlemmer\">");
	html_text(b, T("Medlemmene side om side"));
	HTML_LIT(b, "</h2>");
	coop_members_chart(b, a, lang, r->rows, r->n_rows);
	const char **lines = arena_alloc(a, (r->n_rows + r->n_deps + r->n_findings + TOP + 1) * sizeof(*lines));
	if (!lines)
		return -1;
	for (size_t i = 0; i < r->n_rows; i++)
		lines[i] = member_text(a, lang, &r->rows[i]);
	html_list(b, lines, r->n_rows, false);
	HTML_LIT(b, "</section><section aria-labelledby=\"felles\"><h2 id=\"felles\">");
	html_text(b, T("De felles risikoene: hva hviler på de felles systemene"));
	HTML_LIT(b, "</h2>");
	for (size_t i = 0; i < r->n_deps; i++) {
		const struct coop_dependants *d = &r->deps[i];
		HTML_LIT(b, "<h3>");
		html_text(b, dependant_text(a, lang, d));
		HTML_LIT(b, "</h3>");
		size_t k = 0;
		for (; k < d->n && k < TOP; k++)
			lines[k] = hit_text(a, lang, &d->hits[k]);
		html_list(b, lines, k, true);
	}
	HTML_LIT(b, "</section><section aria-labelledby=\"domener\"><h2 id=\"domener\">");
	html_text(b, T("Et administrativt domene kompromittert"));
	HTML_LIT(b, "</h2>");
	for (size_t i = 0; i < r->n_domains; i++) {
		const struct coop_domain *d = &r->domains[i];
		HTML_LIT(b, "<h3>");
		html_text(b, domain_text(a, lang, d));
		HTML_LIT(b, "</h3><p>");
		html_text(b, T("Per kommune:"));
		HTML_LIT(b, "</p><ul>");
		for (size_t k = 0; k < d->impact.n_members; k++) {
			HTML_LIT(b, "<li>");
			html_text(b, arena_printf(a, "%s (%s): %s", d->impact.members[k].name, d->impact.members[k].kommunenr,
						  arena_printf(a, i18n_n(lang, "%zu tjeneste stopper", "%zu tjenester stopper",
									 (unsigned long)d->impact.results[k].n),
							       d->impact.results[k].n)));
			HTML_LIT(b, "</li>");
		}
		HTML_LIT(b, "</ul><p>");
		html_text(b, T("Gjenopprett først:"));
		HTML_LIT(b, "</p>");
		size_t k = 0;
		for (; k < d->impact.n && k < TOP; k++)
			lines[k] = hit_text(a, lang, &d->impact.hits[k]);
		html_list(b, lines, k, true);
	}
	HTML_LIT(b, "</section><section aria-labelledby=\"funn\"><h2 id=\"funn\">");
	html_text(b, T("Samarbeidets åpne funn"));
	HTML_LIT(b, "</h2>");
	for (size_t i = 0; i < r->n_findings; i++)
		lines[i] = report_finding_text(a, lang, &r->findings[i], r->today);
	if (r->n_findings)
		html_list(b, lines, r->n_findings, false);
	else {
		HTML_LIT(b, "<p>");
		html_text(b, T("Ingen åpne funn."));
		HTML_LIT(b, "</p>");
	}
	HTML_LIT(b, "</section></main><footer><p>");
	html_text(b, arena_printf(a, T("Laget av beredt %s. Hver medlemskommune ser bare sine egne data og de felles "
				       "systemene; denne rapporten er samarbeidets."), r->generated_at));
	HTML_LIT(b, "</p></footer></body></html>\n");
	return b->failed ? -1 : 0;
}

static void md_item(struct buf *b, const char *text)
{
	buf_puts(b, "- ");
	markdown_text(b, text);
	buf_putc(b, '\n');
}

static void md_numbered(struct buf *b, size_t i, const char *text)
{
	buf_printf(b, "%zu. ", i + 1);
	markdown_text(b, text);
	buf_putc(b, '\n');
}

static int markdown(struct arena *a, const struct coop_report *r, enum lang lang, struct buf *b)
{
	buf_puts(b, "# ");
	markdown_text(b, arena_printf(a, T("Rapport til representantskapet: %s"), r->coop->name));
	buf_puts(b, "\n\n");
	markdown_text(b, arena_printf(a, T("Laget %s."), report_date(a, r->today)));
	buf_printf(b, "\n\n## %s\n\n", T("Medlemmene side om side"));
	for (size_t i = 0; i < r->n_rows; i++)
		md_item(b, member_text(a, lang, &r->rows[i]));
	buf_printf(b, "\n## %s\n", T("De felles risikoene: hva hviler på de felles systemene"));
	for (size_t i = 0; i < r->n_deps; i++) {
		buf_puts(b, "\n### ");
		markdown_text(b, dependant_text(a, lang, &r->deps[i]));
		buf_puts(b, "\n\n");
		for (size_t k = 0; k < r->deps[i].n && k < TOP; k++)
			md_numbered(b, k, hit_text(a, lang, &r->deps[i].hits[k]));
	}
	buf_printf(b, "\n## %s\n", T("Et administrativt domene kompromittert"));
	for (size_t i = 0; i < r->n_domains; i++) {
		const struct coop_domain *d = &r->domains[i];
		buf_puts(b, "\n### ");
		markdown_text(b, domain_text(a, lang, d));
		buf_puts(b, "\n\n");
		for (size_t k = 0; k < d->impact.n_members; k++)
			md_item(b, arena_printf(a, "%s (%s): %zu", d->impact.members[k].name, d->impact.members[k].kommunenr,
						d->impact.results[k].n));
		buf_putc(b, '\n');
		for (size_t k = 0; k < d->impact.n && k < TOP; k++)
			md_numbered(b, k, hit_text(a, lang, &d->impact.hits[k]));
	}
	buf_printf(b, "\n## %s\n\n", T("Samarbeidets åpne funn"));
	for (size_t i = 0; i < r->n_findings; i++)
		md_item(b, report_finding_text(a, lang, &r->findings[i], r->today));
	if (!r->n_findings)
		md_item(b, T("Ingen åpne funn."));
	return b->failed ? -1 : 0;
}

static json_t *hits_json(const struct coop_hit *h, size_t n)
{
	json_t *arr = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(arr, json_pack("{s:i, s:s, s:s, s:i, s:o, s:o}", "order", (int)i + 1, "kommunenr",
						     h[i].member->kommunenr, "service", h[i].s.name, "criticality",
						     h[i].s.criticality, "max_downtime_hours",
						     h[i].s.mtd_hours < 0 ? json_null() : json_integer(h[i].s.mtd_hours),
						     "exceeded_hours", h[i].s.exceeded < 0 ? json_null() : json_integer(h[i].s.exceeded)));
	return arr;
}

static int json(struct arena *a, const struct coop_report *r, enum lang lang, struct buf *b)
{
	json_t *members = json_array(), *shared = json_array(), *domains = json_array(), *findings = json_array();
	for (size_t i = 0; i < r->n_rows; i++) {
		const struct coop_row *x = &r->rows[i];
		json_array_append_new(members, json_pack("{s:s, s:s, s:o, s:i, s:i}", "kommunenr", x->member.kommunenr,
			"name", x->member.name, "readiness", x->have && x->overall.percent >= 0
			? json_integer(x->overall.percent) : json_null(), "overdue_actions", (int)x->overdue,
			"critical_high_findings", (int)x->critical_high));
	}
	for (size_t i = 0; i < r->n_deps; i++)
		json_array_append_new(shared, json_pack("{s:s, s:i, s:i, s:o}", "name", r->deps[i].name, "services",
							(int)r->deps[i].n, "members", (int)r->deps[i].members, "services_stopped",
							hits_json(r->deps[i].hits, r->deps[i].n)));
	for (size_t i = 0; i < r->n_domains; i++)
		json_array_append_new(domains, json_pack("{s:s, s:i, s:o}", "domain", r->domains[i].domain, "services",
							 (int)r->domains[i].impact.n, "restore_order",
							 hits_json(r->domains[i].impact.hits, r->domains[i].impact.n)));
	for (size_t i = 0; i < r->n_findings; i++)
		json_array_append_new(findings, json_pack("{s:i, s:s, s:s, s:s}", "no", r->findings[i].no, "severity",
							  severity_code(r->findings[i].severity), "object",
							  r->findings[i].object_name ? r->findings[i].object_name : "", "text",
							  report_finding_text(a, lang, &r->findings[i], r->today)));
	json_t *root = json_pack("{s:s, s:s, s:s, s:s, s:o, s:o, s:o, s:o}", "format", "beredt-coop-report/1", "id",
				 r->coop->kommunenr, "name", r->coop->name, "generated_at", r->generated_at, "members", members,
				 "shared_systems", shared, "domains", domains, "shared_findings", findings);
	return report_json_append(b, root);
}

int coop_report_render(struct arena *a, const struct coop_report *r, enum report_format fmt, enum lang lang,
		       struct buf *out, struct err *e)
{
	int rc = fmt == REPORT_MARKDOWN ? markdown(a, r, lang, out) : fmt == REPORT_JSON ? json(a, r, lang, out)
		 : html(a, r, lang, out);
	return rc < 0 || out->failed ? err_set(e, "Rapporten ble for stor.") : 0;
}
