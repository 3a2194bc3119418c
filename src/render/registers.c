/* render/registers.c: see registers.h. */
#include "render/registers.h"

#include <stdbool.h>
#include <string.h>

#include "io/ros_csv.h"
#include "model/ros.h"
#include "model/text.h"
#include "io/ros_xlsx.h"
#include "render/html.h"
#include "render/impact_html.h"
#include "render/page.h"
#include "render/register_record.h"
#include "render/risk.h"

#define I18N_LANG lang

/* The values the coded columns take, for people filling in a CSV file by hand (the Excel
 * template has them as lists in its cells). */
static void allowed_values(struct buf *b, struct arena *a, enum lang lang)
{
	HTML_LIT(b, "<details><summary>");
	html_text(b, T("Tillatte verdier i kolonnene med faste verdier"));
	HTML_LIT(b, "</summary><ul>");
	for (int t = 0; t < ROS_T_COUNT; t++)
		for (size_t k = 0, nc = ros_table_columns((enum ros_table)t); k < nc; k++) {
			const char *codes[64];
			size_t n = ros_column_values((enum ros_table)t, k, codes, 64);
			if (!n || ros_column_type((enum ros_table)t, k) == ROS_COL_BOOL)
				continue;
			HTML_LIT(b, "<li><code>");
			html_text(b, arena_printf(a, "%s.%s", ros_table_name((enum ros_table)t),
						  ros_column_name((enum ros_table)t, k, false)));
			HTML_LIT(b, "</code>: ");
			for (size_t i = 0; i < n; i++) {
				if (i)
					HTML_LIT(b, ", ");
				HTML_LIT(b, "<code>");
				html_text(b, codes[i]);
				HTML_LIT(b, "</code>");
				const char *label = ros_code_label(codes[i]);
				if (strcmp(label, codes[i]) != 0) {
					HTML_LIT(b, " (");
					html_text(b, T(label));
					HTML_LIT(b, ")");
				}
			}
			HTML_LIT(b, "</li>");
		}
	HTML_LIT(b, "</ul><p>");
	html_text(b, T("Visningsnavnene i parentes tas også, på bokmål og engelsk, og ja/nei-kolonner tar ja, nei, "
		       "yes, no, sann og usann."));
	HTML_LIT(b, "</p></details>");
}

static void import_form(struct buf *b, struct arena *a, enum lang lang, const char *csrf)
{
	static const char *const fields[] = { "leverandorer", "systemer", "tjenester", "hendelser", "avhengigheter",
					      "register" };
	const char *labels[] = { T("Leverandører"), T("Systemer"), T("Tjenester"), T("Uønskede hendelser"),
				 T("Avhengigheter (erstatter alle)"), T("Eller hele registeret som JSON (register.json)") };
	HTML_LIT(b, "<h2>");
	html_text(b, T("Importer fra Excel, CSV eller JSON"));
	HTML_LIT(b, "</h2><p>");
	html_text(b, T("Excel-arbeidsbøker (.xlsx, det første arket) eller CSV-filer fra Excel (semikolon eller komma, "
		       "UTF-8 eller Windows-1252), eller register.json fra eksporten. Datoer som dd.mm.åååå, "
		       "desimalkomma, visningsnavnene som verdier og overskrifter med enheter tas. Begynn gjerne med "
		       "malen for hvert register: overskriftene, en eksempelrad og verdilistene. Først ser du hva "
		       "importen vil gjøre; ingenting endres før du bekrefter. Alt eller ingenting: er noe galt, "
		       "endres ingenting."));
	HTML_LIT(b, "</p>");
	allowed_values(b, a, lang);
	page_form_file(b, csrf, "/ros/import");
	for (size_t i = 0; i < 6; i++) {
		HTML_LIT(b, "<div class=\"field\"><label for=\"");
		html_attr(b, fields[i]);
		HTML_LIT(b, "\">");
		html_text(b, labels[i]);
		HTML_LIT(b, "</label>");
		if (i < 5) {
			HTML_LIT(b, "<p class=\"hint\">");
			html_text(b, T("Mal:"));
			HTML_LIT(b, " ");
			page_link(b, arena_printf(a, "/ros/mal/%s.xlsx", fields[i]), arena_printf(a, "%s.xlsx", fields[i]));
			HTML_LIT(b, " · ");
			page_link(b, arena_printf(a, "/ros/mal/%s.csv", fields[i]), arena_printf(a, "%s.csv", fields[i]));
			HTML_LIT(b, "</p><input type=\"file\" accept=\".xlsx,.csv,text/csv,application/vnd.openxmlformats-"
				    "officedocument.spreadsheetml.sheet\" id=\"");
		} else {
			HTML_LIT(b, "<input type=\"file\" accept=\".json,application/json\" id=\"");
		}
		html_attr(b, fields[i]);
		HTML_LIT(b, "\" name=\"");
		html_attr(b, fields[i]);
		HTML_LIT(b, "\"></div>");
	}
	page_button(b, T("Forhåndsvis importen"), NULL, NULL, false);
	HTML_LIT(b, "</form>");
}

/* The first names of a list, with how many more. */
static void preview_names(struct buf *b, struct arena *a, enum lang lang, const char *what, const char *const *list,
			  size_t n)
{
	if (!n)
		return;
	HTML_LIT(b, "<li>");
	html_text(b, what);
	HTML_LIT(b, ": ");
	for (size_t i = 0; i < n && i < 10; i++) {
		if (i)
			HTML_LIT(b, ", ");
		html_text(b, list[i]);
	}
	if (n > 10)
		html_text(b, arena_printf(a, T(" og %zu til"), n - 10));
	HTML_LIT(b, "</li>");
}

void registers_preview(struct buf *b, struct arena *a, enum lang lang, const char *csrf, const bool *given,
		       const struct ros_change *ch, const char *const *texts)
{
	static const char *const fields[] = { "tjenester", "systemer", "leverandorer", "avhengigheter", "hendelser",
					      "register" };
	bool most = false;
	HTML_LIT(b, "<h2>");
	html_text(b, T("Forhåndsvisning av importen"));
	HTML_LIT(b, "</h2><p>");
	html_text(b, T("Ingenting er endret ennå. Se over hva importen vil gjøre, og importer når det stemmer."));
	HTML_LIT(b, "</p>");
	for (int t = 0; t < ROS_T_COUNT; t++) {
		const struct ros_change *c = &ch[t];
		bool red = ros_change_removes_most(c);
		if (!given[t])
			continue;
		most |= red;
		HTML_LIT(b, "<section class=\"preview\"><h3>");
		html_text(b, ros_table_name((enum ros_table)t));
		HTML_LIT(b, "</h3><p>");
		html_text(b, arena_printf(a, i18n_n(lang, "%zu ny", "%zu nye", (unsigned long)c->n_added), c->n_added));
		html_text(b, arena_printf(a, T(", %zu endret, %zu uendret"), c->n_changed, c->n_same));
		if (t == ROS_T_DEPENDENCIES)
			html_text(b, arena_printf(a, T(", %zu fjernes (filen erstatter alle %zu)"), c->n_removed, c->before));
		HTML_LIT(b, "</p><ul>");
		preview_names(b, a, lang, T("nye"), c->added, c->n_added);
		preview_names(b, a, lang, T("endret"), c->changed, c->n_changed);
		preview_names(b, a, lang, T("fjernes"), c->removed, c->n_removed);
		HTML_LIT(b, "</ul>");
		if (red) {
			HTML_LIT(b, "<p class=\"error\" role=\"alert\">");
			html_text(b, arena_printf(a, T("Importen fjerner mer enn halvparten av %s (%zu av %zu). Er filen "
						       "kuttet, eller har den bare overskriften?"),
						  ros_table_name((enum ros_table)t), c->n_removed, c->before));
			HTML_LIT(b, "</p>");
		}
		HTML_LIT(b, "</section>");
	}
	/* the same files on to the import, as they came: each in a hidden text area (a hidden
	 * input would lose its line breaks) */
	page_form_file(b, csrf, "/ros/import");
	for (int t = 0; t <= ROS_T_COUNT; t++) {
		if (!texts[t])
			continue;
		HTML_LIT(b, "<textarea hidden name=\"");
		html_attr(b, fields[t]);
		HTML_LIT(b, "\">\n");
		html_text(b, texts[t]);
		HTML_LIT(b, "</textarea>");
	}
	page_hidden(b, "bekreft", "ja");
	if (most) {
		HTML_LIT(b, "<div class=\"field\"><input type=\"checkbox\" id=\"fjern\" name=\"fjern\" value=\"ja\" "
			    "required><label for=\"fjern\">");
		html_text(b, T("Ja, fjern dem"));
		HTML_LIT(b, "</label></div>");
	}
	page_button(b, T("Importer"), NULL, NULL, false);
	page_form_end(b);
	HTML_LIT(b, "<p><a href=\"/ros\">");
	html_text(b, T("Avbryt"));
	HTML_LIT(b, "</a></p>");
}

/* Whether any of the texts holds the filter's text, case aside. */
static bool holds(const char *want, const char *const *texts, size_t n)
{
	if (!want || !*want)
		return true;
	for (size_t i = 0; i < n; i++)
		if (text_holds(texts[i], want))
			return true;
	return false;
}

static bool is(const char *want, const char *code)
{
	return !want || !*want || (code && strcmp(want, code) == 0);
}

/* The filter as a query string, with list 'which' on page 'page' (arena): the pages' links. */
static const char *filter_query(struct arena *a, const struct registers_filter *f, int which, int page)
{
	static const char *const names[RP_LISTS] = { "side-tjenester", "side-systemer", "side-leverandorer" };
	const char *q = "?";
	const char *const keys[] = { "sok", "type", "drift", "domene", "sektor" };
	const char *const vals[] = { f->text, f->kind, f->hosting, f->domain, f->sector };
	for (size_t i = 0; i < 5; i++)
		if (vals[i] && *vals[i])
			q = arena_printf(a, "%s%s=%s&", q, keys[i], html_query_value(a, vals[i]));
	if (f->min_criticality > 0)
		q = arena_printf(a, "%skritikalitet=%d&", q, f->min_criticality);
	for (int k = 0; k < RP_LISTS; k++) {
		int pg = k == which ? page : f->page[k];
		if (pg > 1)
			q = arena_printf(a, "%s%s=%d&", q, names[k], pg);
	}
	return q;
}

/* The rows of a list a page holds, of n that pass the filter: [*from, *to). */
static void page_range(const struct registers_filter *f, int which, size_t n, size_t *from, size_t *to)
{
	size_t pg = f && f->page[which] > 1 ? (size_t)f->page[which] : 1;
	*from = (pg - 1) * REGISTERS_PAGE;
	if (*from >= n)
		*from = n > 0 ? ((n - 1) / REGISTERS_PAGE) * REGISTERS_PAGE : 0;
	*to = *from + REGISTERS_PAGE < n ? *from + REGISTERS_PAGE : n;
}

/* "Viser 51–100 av 150", and the links to the pages before and after. */
static void pager(struct buf *b, struct arena *a, enum lang lang, const struct registers_filter *f, int which,
		  const char *anchor, size_t from, size_t to, size_t n)
{
	if (n <= REGISTERS_PAGE) {
		HTML_LIT(b, "<p class=\"hint\">");
		html_text(b, arena_printf(a, i18n_n(lang, "%zu vises.", "%zu vises.", n), n));
		HTML_LIT(b, "</p>");
		return;
	}
	int pg = (int)(from / REGISTERS_PAGE) + 1;
	HTML_LIT(b, "<nav class=\"pager\" aria-label=\"");
	html_attr(b, T("Sider"));
	HTML_LIT(b, "\"><p>");
	html_text(b, arena_printf(a, T("Viser %zu–%zu av %zu."), from + 1, to, n));
	if (pg > 1) {
		HTML_LIT(b, " ");
		page_link(b, arena_printf(a, "/ros%s#%s", filter_query(a, f, which, pg - 1), anchor), T("Forrige side"));
	}
	if (to < n) {
		HTML_LIT(b, " ");
		page_link(b, arena_printf(a, "/ros%s#%s", filter_query(a, f, which, pg + 1), anchor), T("Neste side"));
	}
	HTML_LIT(b, "</p></nav>");
}

/* The GET form above the lists: a text; a system's kind, hosting and administrative domain;
 * a service's sector and criticality. */
static void filter_form(struct buf *b, struct arena *a, enum lang lang, const struct ros_register *reg,
			const struct registers_filter *f)
{
	const char *kinds[16] = { "" }, *kind_labels[16] = { T("alle") }, *hosts[16] = { "" }, *host_labels[16] = { T("alle") };
	const char *sectors[32] = { "" }, *sector_labels[32] = { T("alle") };
	size_t nk = ros_list_codes(ROS_LIST_SYSTEM_KIND, kinds + 1, 15), nh = ros_list_codes(ROS_LIST_HOSTING, hosts + 1, 15);
	size_t ns = ros_list_codes(ROS_LIST_SECTOR, sectors + 1, 31);
	for (size_t i = 1; i <= nk && i < 16; i++)
		kind_labels[i] = T(ros_code_label(kinds[i]));
	for (size_t i = 1; i <= nh && i < 16; i++)
		host_labels[i] = T(ros_code_label(hosts[i]));
	for (size_t i = 1; i <= ns && i < 32; i++)
		sector_labels[i] = T(ros_code_label(sectors[i]));
	/* the administrative domains the register has, each once */
	const char **domains = arena_alloc(a, (reg->n_systems + 2) * sizeof(*domains));
	int nd = 0;
	if (domains) {
		domains[nd++] = "";
		for (size_t i = 0; i < reg->n_systems; i++) {
			const char *d = reg->systems[i].admin_domain;
			bool seen = !d || !*d;
			for (int k = 1; k < nd && !seen; k++)
				seen = strcmp(domains[k], d) == 0;
			if (!seen)
				domains[nd++] = d;
		}
	}
	const char **domain_labels = arena_alloc(a, ((size_t)nd + 1) * sizeof(*domain_labels));
	for (int k = 0; domain_labels && k < nd; k++)
		domain_labels[k] = k ? domains[k] : T("alle");
	static const char *const crit[] = { "", "2", "3", "4", "5" };
	const char *crit_labels[] = { T("alle"), T("2 og høyere"), T("3 og høyere"), T("4 og høyere"), T("5") };
	const char *crit_now = f && f->min_criticality > 1 ? arena_printf(a, "%d", f->min_criticality) : "";
	HTML_LIT(b, "<form method=\"get\" action=\"/ros\" role=\"search\"><fieldset><legend>");
	html_text(b, T("Søk i registrene"));
	HTML_LIT(b, "</legend>");
	page_input(b, "sok", T("Navn, produkt eller administrativt domene"), "search", f ? f->text : NULL, false, NULL,
		   "off");
	page_select(b, "type", T("Systemtype"), kinds, kind_labels, (int)(nk < 15 ? nk + 1 : 16), f ? f->kind : NULL);
	page_select(b, "drift", T("Drift"), hosts, host_labels, (int)(nh < 15 ? nh + 1 : 16), f ? f->hosting : NULL);
	if (domains && domain_labels)
		page_select(b, "domene", T("Administrativt domene"), domains, domain_labels, nd, f ? f->domain : NULL);
	page_select(b, "sektor", T("Tjenesteområde"), sectors, sector_labels, (int)(ns < 31 ? ns + 1 : 32),
		    f ? f->sector : NULL);
	page_select(b, "kritikalitet", T("Kritikalitet"), crit, crit_labels, 5, crit_now);
	page_button(b, T("Vis"), NULL, NULL, false);
	HTML_LIT(b, "</fieldset></form>");
}

void registers_overview(struct buf *b, struct arena *a, enum lang lang, const struct ros_register *reg,
			const char *csrf, const struct registers_filter *f)
{
	static const struct registers_filter none;
	if (!f)
		f = &none;
	const char *text = f->text, *kind = f->kind, *hosting = f->hosting, *domain = f->domain, *sector = f->sector;
	/* a system's filter narrows to systems, a service's to services */
	bool systems_only = (kind && *kind) || (hosting && *hosting) || (domain && *domain);
	bool services_only = (sector && *sector) || f->min_criticality > 1;
	size_t from, to, shown;
	HTML_LIT(b, "<p>");
	html_text(b, arena_printf(a, "%s.", ros_register_counts(a, lang, reg)));
	HTML_LIT(b, "</p>");
	static const char *const hrefs[] = { "/ros/hva-hvis", "/ros/graf", "/ros/risiko", "/ros/skalaer", "/ros/sikkerhet" };
	const char *const labels[] = { T("Hva hvis? Se hva som stopper når noe faller ut eller ikke kan stoles på"),
				       T("Avhengighetsgrafen for hele kommunen"), T("Risikomatrisen"),
				       T("Skalaene og fargene i matrisen"),
				       T("Sikkerhetsprofilene: tofaktor, sikkerhetskopier, overvåking og tester") };
	page_link_list(b, hrefs, labels, 5);
	if (csrf) {
		const char *const add[] = { register_record_href(a, ROS_T_SERVICES, NULL),
					    register_record_href(a, ROS_T_SYSTEMS, NULL),
					    register_record_href(a, ROS_T_VENDORS, NULL),
					    register_record_href(a, ROS_T_EVENTS, NULL) };
		const char *const what[] = { T("Ny tjeneste"), T("Nytt system"), T("Ny leverandør"),
					     T("Ny uønsket hendelse") };
		page_h2(b, T("Legg til én post"));
		page_link_list(b, add, what, 4);
	}
	filter_form(b, a, lang, reg, f);
	HTML_LIT(b, "<h2 id=\"liste-tjenester\">");
	html_text(b, T("Tjenester"));
	HTML_LIT(b, "</h2>");
	{
		const char *const cols[] = { T("Tjeneste"), T("Sektor"), T("Kritikalitet"), T("Tålbar nedetid"),
					     T("Personopplysninger") };
		page_thead(b, cols, 5);
	}
	size_t n_pass = 0;
	for (size_t i = 0; i < reg->n_services; i++) {
		const struct ros_service *s = &reg->services[i];
		const char *const t[] = { s->name, s->owner };
		n_pass += !systems_only && holds(text, t, 2) && is(sector, s->sector) && s->criticality >= f->min_criticality;
	}
	page_range(f, RP_SERVICES, n_pass, &from, &to);
	shown = 0;
	for (size_t i = 0; i < reg->n_services; i++) {
		const struct ros_service *s = &reg->services[i];
		const char *const t[] = { s->name, s->owner };
		if (systems_only || !holds(text, t, 2) || !is(sector, s->sector) || s->criticality < f->min_criticality)
			continue;
		if (shown++ < from || shown > to)
			continue;
		HTML_LIT(b, "<tr><td>");
		page_link(b, register_record_href(a, ROS_T_SERVICES, s->name), s->name);
		HTML_LIT(b, " (");
		page_link(b, arena_printf(a, "/ros/graf?tjeneste=%s", html_query_value(a, s->name)),
			  arena_printf(a, T("graf for %s"), s->name));
		HTML_LIT(b, ")</td><td>");
		html_text(b, T(ros_code_label(s->sector)));
		HTML_LIT(b, "</td><td>");
		buf_printf(b, "%d", s->criticality);
		HTML_LIT(b, "</td><td>");
		html_text(b, impact_hours(a, lang, s->mtd_hours));
		HTML_LIT(b, "</td><td>");
		html_text(b, s->special_categories ? T("ja, særlige kategorier") : s->personal_data ? T("ja") : T("nei"));
		HTML_LIT(b, "</td></tr>");
	}
	page_table_end(b);
	pager(b, a, lang, f, RP_SERVICES, "liste-tjenester", from, to, n_pass);
	HTML_LIT(b, "<h2 id=\"liste-systemer\">");
	html_text(b, T("Systemer"));
	HTML_LIT(b, "</h2>");
	{
		const char *const cols[] = { T("System"), T("Type"), T("Drift"), T("Administreres fra"), "RTO",
					     T("Leverandør"), T("Eksponert mot internett") };
		page_thead(b, cols, 7);
	}
	n_pass = 0;
	for (size_t i = 0; i < reg->n_systems; i++) {
		const struct ros_system *s = &reg->systems[i];
		const char *const t[] = { s->name, s->product, s->version, s->admin_domain, s->vendor, s->owner };
		n_pass += !services_only && holds(text, t, 6) && is(kind, s->kind) && is(hosting, s->hosting) &&
			  is(domain, s->admin_domain);
	}
	page_range(f, RP_SYSTEMS, n_pass, &from, &to);
	shown = 0;
	for (size_t i = 0; i < reg->n_systems; i++) {
		const struct ros_system *s = &reg->systems[i];
		const char *const t[] = { s->name, s->product, s->version, s->admin_domain, s->vendor, s->owner };
		if (services_only || !holds(text, t, 6) || !is(kind, s->kind) || !is(hosting, s->hosting) ||
		    !is(domain, s->admin_domain))
			continue;
		if (shown++ < from || shown > to)
			continue;
		HTML_LIT(b, "<tr><td>");
		if (s->shared)
			html_text(b, s->name);      /* "felles:NAME", the cooperation's */
		else
			page_link(b, register_record_href(a, ROS_T_SYSTEMS, s->name), s->name);
		HTML_LIT(b, "</td><td>");
		html_text(b, T(ros_code_label(s->kind)));
		HTML_LIT(b, "</td><td>");
		html_text(b, T(ros_code_label(s->hosting)));
		HTML_LIT(b, "</td><td>");
		html_text(b, s->admin_domain);
		HTML_LIT(b, "</td><td>");
		html_text(b, impact_hours(a, lang, s->rto_hours));
		HTML_LIT(b, "</td><td>");
		html_text(b, s->vendor);
		HTML_LIT(b, "</td><td>");
		html_text(b, s->internet_exposed ? T("ja") : T("nei"));
		HTML_LIT(b, "</td></tr>");
	}
	page_table_end(b);
	pager(b, a, lang, f, RP_SYSTEMS, "liste-systemer", from, to, n_pass);
	HTML_LIT(b, "<h2 id=\"liste-leverandorer\">");
	html_text(b, T("Leverandører"));
	HTML_LIT(b, "</h2>");
	{
		const char *const cols[] = { T("Leverandør"), T("Støttetelefon"), T("Døgnbemannet"), "RTO" };
		page_thead(b, cols, 4);
	}
	n_pass = 0;
	for (size_t i = 0; i < reg->n_vendors; i++) {
		const char *const t[] = { reg->vendors[i].name };
		n_pass += !systems_only && !services_only && holds(text, t, 1);
	}
	page_range(f, RP_VENDORS, n_pass, &from, &to);
	shown = 0;
	for (size_t i = 0; i < reg->n_vendors; i++) {
		const struct ros_vendor *v = &reg->vendors[i];
		const char *const t[] = { v->name };
		if (systems_only || services_only || !holds(text, t, 1))
			continue;
		if (shown++ < from || shown > to)
			continue;
		HTML_LIT(b, "<tr><td>");
		if (v->shared)
			html_text(b, v->name);
		else
			page_link(b, register_record_href(a, ROS_T_VENDORS, v->name), v->name);
		HTML_LIT(b, "</td><td>");
		html_text(b, v->support_phone);
		HTML_LIT(b, "</td><td>");
		html_text(b, v->support_247 ? T("ja") : T("nei"));
		HTML_LIT(b, "</td><td>");
		html_text(b, impact_hours(a, lang, v->rto_hours));
		HTML_LIT(b, "</td></tr>");
	}
	page_table_end(b);
	pager(b, a, lang, f, RP_VENDORS, "liste-leverandorer", from, to, n_pass);
	HTML_LIT(b, "<h2>");
	html_text(b, T("Eksporter"));
	HTML_LIT(b, "</h2><ul>");
	for (int k = 0; k < ROS_T_COUNT; k++) {
		const char *name = ros_table_name((enum ros_table)k);
		HTML_LIT(b, "<li>");
		page_link(b, arena_printf(a, "/ros/eksport/%s", name), arena_printf(a, "%s.csv", name));
		HTML_LIT(b, " · ");
		page_link(b, arena_printf(a, "/ros/eksport/%s.xlsx", name), arena_printf(a, "%s.xlsx", name));
		HTML_LIT(b, "</li>");
	}
	HTML_LIT(b, "<li>");
	page_link(b, "/ros/eksport/register", "register.json");
	HTML_LIT(b, "</li></ul>");
	if (csrf)
		import_form(b, a, lang, csrf);
}

void registers_graph_figure(struct buf *b, enum lang lang, const char *svg, size_t svg_len, const char *why_not)
{
	HTML_LIT(b, "<figure class=\"graph\">");
	if (svg) {
		/* dot's own SVG of labels we escaped for DOT; dot escapes them again for XML */
		buf_append(b, svg, svg_len);
		HTML_LIT(b, "<figcaption>");
		html_text(b, T("Bokser er tjenester, ellipser systemer og hus leverandører. Stiplet: "
			       "alternativer (ett av dem er nok). Prikket: dataflyt."));
		HTML_LIT(b, "</figcaption>");
	} else {
		HTML_LIT(b, "<p class=\"error\">");
		html_text(b, why_not);
		HTML_LIT(b, "</p>");
	}
	HTML_LIT(b, "</figure>");
}

void registers_graph_picker(struct buf *b, struct arena *a, enum lang lang, const struct ros_register *reg,
			    const struct graph_choice *c)
{
	/* which graph, as a GET form: it changes nothing */
	/* the names as both codes and labels, after "" for none */
	const char **services = arena_alloc(a, (reg->n_services + 2) * sizeof(*services));
	const char **systems = arena_alloc(a, (reg->n_systems + 2) * sizeof(*systems));
	const char **service_labels = arena_alloc(a, (reg->n_services + 2) * sizeof(*service_labels));
	const char **system_labels = arena_alloc(a, (reg->n_systems + 2) * sizeof(*system_labels));
	if (!services || !systems || !service_labels || !system_labels)
		return;
	services[0] = systems[0] = "";
	service_labels[0] = system_labels[0] = T("ingen");
	for (size_t i = 0; i < reg->n_services; i++)
		services[i + 1] = service_labels[i + 1] = reg->services[i].name;
	for (size_t i = 0; i < reg->n_systems; i++)
		systems[i + 1] = system_labels[i + 1] = reg->systems[i].name;
	const char *sectors[32] = { "" }, *sector_labels[32] = { T("alle") };
	size_t ns = ros_list_codes(ROS_LIST_SECTOR, sectors + 1, 31);
	for (size_t i = 1; i <= ns && i < 32; i++)
		sector_labels[i] = T(ros_code_label(sectors[i]));
	static const char *const groups[] = { "ingen", "omrade", "domene" };
	const char *group_labels[] = { T("ingen: alle systemer for seg"), T("tjenesteområde"), T("administrativt domene") };
	HTML_LIT(b, "<form method=\"get\" action=\"/ros/graf\" class=\"filter\"><fieldset><legend>");
	html_text(b, T("Hele kommunen"));
	HTML_LIT(b, "</legend>");
	page_select(b, "gruppe", T("Grupper etter"), groups, group_labels, 3, groups[c->group]);
	page_select(b, "omrade", T("Bare tjenesteområdet"), sectors, sector_labels, (int)(ns < 31 ? ns + 1 : 32),
		    c->area ? c->area : "");
	page_button(b, T("Vis"), NULL, NULL, false);
	HTML_LIT(b, "</fieldset></form><form method=\"get\" action=\"/ros/graf\" class=\"filter\"><fieldset><legend>");
	html_text(b, T("Én tjeneste eller ett system"));
	HTML_LIT(b, "</legend>");
	page_select(b, "tjeneste", T("Tjenesten og det den hviler på"), services, service_labels, (int)reg->n_services + 1,
		    c->service ? c->service : "");
	page_select(b, "system", T("Systemets nabolag: to steg hver vei"), systems, system_labels, (int)reg->n_systems + 1,
		    c->system ? c->system : "");
	page_button(b, T("Vis"), NULL, NULL, false);
	HTML_LIT(b, "</fieldset></form>");
}

void registers_risk(struct buf *b, struct arena *a, enum lang lang, const struct page_frame *pg, const struct ros_scales *sc,
		    const struct ros_register *reg, bool edit)
{
	render_risk_matrix(b, a, sc, reg->events, reg->n_events, lang);
	HTML_LIT(b, "<p>");
	page_link(b, "/ros/skalaer", T("Skalaene og fargene i matrisen"));
	HTML_LIT(b, "</p>");
	{
		const char *const cols[] = { T("Nr."), T("Uønsket hendelse"), T("Sannsynlighet"), T("Konsekvens"),
					     T("Risiko"), T("Barrierer"), T("Forslag til tiltak"), T("Handlingsplan") };
		page_thead(b, cols, edit ? 8 : 7);
	}
	for (size_t i = 0; i < reg->n_events; i++) {
		const struct ros_event *v = &reg->events[i];
		HTML_LIT(b, "<tr><td>");
		buf_printf(b, "H%zu", i + 1);
		HTML_LIT(b, "</td><td>");
		html_text(b, v->title);
		HTML_LIT(b, "</td><td>");
		buf_putc(b, v->probability);
		HTML_LIT(b, "</td><td>");
		buf_printf(b, "%d", ros_event_consequence(v));
		HTML_LIT(b, "</td><td>");
		html_text(b, T(ros_risk_label(ros_event_risk(sc, v))));
		HTML_LIT(b, "</td><td>");
		html_text(b, v->barriers);
		HTML_LIT(b, "</td><td>");
		html_text(b, v->measures);
		HTML_LIT(b, "</td>");
		if (edit) {
			HTML_LIT(b, "<td>");
			if (v->measures && *v->measures) {
				/* by its number H-N, with its title to tell a list changed in between */
				page_form(b, pg, arena_printf(a, "/ros/hendelser/%zu/tiltak", i + 1));
				page_hidden(b, "tittel", v->title);
				page_button(b, T("Gjør til tiltak"), NULL, NULL, true);
				page_form_end(b);
			}
			HTML_LIT(b, "</td>");
		}
		HTML_LIT(b, "</tr>");
	}
	page_table_end(b);
}
