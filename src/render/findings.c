/* render/findings.c: see findings.h. */
#include "render/findings.h"

#include <string.h>

#include "model/assess.h"
#include "model/notify.h"
#include "render/attachments.h"
#include "render/html.h"
#include "render/register_record.h"
#include "util/date.h"

#define I18N_LANG lang

/* The buttons a user may press on one finding. */
static void moves(struct buf *b, const struct findings_view *v, const struct finding *f)
{
	enum lang lang = v->lang;
	static const struct { const char *path, *label; enum finding_status to; } m[] = {
		{ "kvitter", N_("Kvitter"), FINDING_KVITTERT }, { "start", N_("Start"), FINDING_PAGAR },
		{ "los", N_("Løst"), FINDING_RESOLVED },
	};
	if (!v->editor || !finding_open(f->status))
		return;
	for (size_t i = 0; i < sizeof(m) / sizeof(m[0]); i++) {
		if ((m[i].to == FINDING_KVITTERT && f->status != FINDING_NY) || m[i].to == f->status)
			continue;
		page_form(b, v->pg, arena_printf(v->a, "/funn/%d/%s", f->no, m[i].path));
		page_button(b, T(m[i].label), NULL, NULL, true);
		page_form_end(b);
	}
	page_form(b, v->pg, arena_printf(v->a, "/funn/%d/ansvarlig", f->no));
	page_input(b, arena_printf(v->a, "ansvarlig-%d", f->no), arena_printf(v->a, T("Ansvarlig for F-%d"), f->no), "text",
		   f->owner, true, NULL, "off");
	page_button(b, T("Sett ansvarlig"), NULL, NULL, true);
	page_form_end(b);
	if (!v->leader)
		return;
	/* accepting the risk: a reason and a date, both required */
	page_form(b, v->pg, arena_printf(v->a, "/funn/%d/aksepter", f->no));
	page_input(b, arena_printf(v->a, "grunn-%d", f->no), T("Begrunnelse for å akseptere risikoen"), "text",
		   NULL, true, NULL, "off");
	page_input(b, arena_printf(v->a, "til-%d", f->no), T("Akseptert til"), "date", NULL, true, NULL, "off");
	page_button(b, T("Aksepter risikoen"), NULL, NULL, true);
	page_form_end(b);
}

/* One finding's row; fixed_by (NULL: this tenant's own, with its moves) names the
 * cooperation that fixes it, and the row is read-only. */
static void finding_row(struct buf *b, const struct findings_view *v, const struct finding *f, const char *fixed_by)
{
	enum lang lang = v->lang;
	const struct finding_rule *rule = finding_rule(f->rule);
	if (v->editor && !fixed_by && finding_open(f->status))
		/* ticked for the form under the list (form=, as a form cannot hold the row's own) */
		buf_printf(b, "<tr><td><input type=\"checkbox\" form=\"utvalg\" name=\"velg-%d\" id=\"velg-%d\" "
			   "value=\"ja\"> <label for=\"velg-%d\">F-%d</label></td><td>", f->no, f->no, f->no, f->no);
	else
		buf_printf(b, "<tr><td>F-%d</td><td>", f->no);
	page_badge(b, severity_code(f->severity), T(severity_code(f->severity)));
	HTML_LIT(b, "</td><td>");
	html_text(b, f->object_name);
	if (f->owner) {
		HTML_LIT(b, "<br><span class=\"muted\">");
		html_text(b, arena_printf(v->a, T("Ansvarlig: %s"), f->owner));
		HTML_LIT(b, "</span>");
	}
	HTML_LIT(b, "</td><td><strong>");
	html_text(b, rule ? T(rule->title) : f->rule);
	HTML_LIT(b, "</strong>");
	if (rule && rule->confidence) {
		/* how sure the catalog match is: bekreftet (the version is affected) or mulig */
		HTML_LIT(b, " ");
		page_badge(b, rule->confidence, T(rule->confidence));
	}
	HTML_LIT(b, "<br>");
	html_text(b, finding_detail(f, lang));
	if (rule) {
		HTML_LIT(b, "<br>");
		html_text(b, T(rule->todo));
	}
	HTML_LIT(b, "</td><td>");
	html_text(b, date_text(v->a, f->due, "–"));
	if (finding_open(f->status) && f->due < v->today) {
		HTML_LIT(b, " ");
		page_badge(b, "overdue", T("over fristen"));
	}
	HTML_LIT(b, "</td><td>");
	html_text(b, T(finding_status_code(f->status)));
	if (f->note) {
		HTML_LIT(b, ": ");
		html_text(b, T(f->note));     /* the checks' own notes are msgids */
	}
	if (f->status == FINDING_AKSEPTERT) {
		HTML_LIT(b, " ");
		html_text(b, arena_printf(v->a, T("(til %s)"), date_text(v->a, f->accepted_until, "–")));
	}
	HTML_LIT(b, "</td><td>");
	if (fixed_by) {
		html_text(b, arena_printf(v->a, T("Rettes av %s"), fixed_by));
	} else {
		const char *ref = arena_printf(v->a, "%d", f->no);
		attach_link(b, v->a, lang, arena_printf(v->a, "finding:%s", ref),
			    attach_count(v->files, v->n_files, ATT_FINDING, ref));
		moves(b, v, f);
	}
	HTML_LIT(b, "</td></tr>");
}

const char *findings_group_key(const struct finding *f, int group, enum lang lang)
{
	if (group == FINDINGS_GROUP_RULE) {
		const struct finding_rule *rule = finding_rule(f->rule);
		return rule ? i18n_tr(lang, rule->title) : f->rule;
	}
	return f->object_name ? f->object_name : "";
}

/* The distinct non-empty values of one field of the findings, as select options after
 * "all" (codes and labels alike, in the arena). */
static int distinct(const struct finding *f, size_t n, int field, const char **codes, const char **labels,
		    const char *all)
{
	int k = 0;
	codes[k] = "";
	labels[k++] = all;
	for (size_t i = 0; i < n && k < 200; i++) {
		const char *s = field == 0 ? f[i].rule : field == 1 ? f[i].object_name : f[i].owner;
		bool seen = !s || !*s;
		for (int j = 1; !seen && j < k; j++)
			seen = strcmp(codes[j], s) == 0;
		if (!seen)
			codes[k] = labels[k] = s, k++;
	}
	return k;
}

/* The filter: severity, status, rule, system, owner; a GET form, so a choice is a link. */
static void filter_form(struct buf *b, const struct findings_view *v, const struct finding *f, size_t n)
{
	enum lang lang = v->lang;
	const struct finding_filter *flt = v->filter;
	const char *sev_codes[SEV_COUNT + 1] = { "" }, *sev_labels[SEV_COUNT + 1] = { T("alle") };
	for (int s = SEV_COUNT - 1, k = 1; s >= 0; s--, k++) {
		sev_codes[k] = severity_code((enum severity)s);
		sev_labels[k] = T(severity_code((enum severity)s));
	}
	const char *st_codes[FINDING_STATUS_COUNT + 2] = { "", "alle" },
		   *st_labels[FINDING_STATUS_COUNT + 2] = { T("åpne"), T("alle") };
	for (int s = 0; s < FINDING_STATUS_COUNT; s++) {
		st_codes[s + 2] = finding_status_code((enum finding_status)s);
		st_labels[s + 2] = T(finding_status_code((enum finding_status)s));
	}
	const char **codes = arena_alloc(v->a, 201 * sizeof(*codes)), **labels = arena_alloc(v->a, 201 * sizeof(*labels));
	if (!codes || !labels)
		return;
	HTML_LIT(b, "<form method=\"get\" action=\"/funn\" class=\"filter\"><fieldset><legend>");
	html_text(b, T("Utvalg"));
	HTML_LIT(b, "</legend>");
	page_select(b, "alvorlighet", T("Alvorlighet"), sev_codes, sev_labels, SEV_COUNT + 1,
		    flt->severity >= 0 ? severity_code((enum severity)flt->severity) : "");
	page_select(b, "status", T("Status"), st_codes, st_labels, FINDING_STATUS_COUNT + 2,
		    flt->status >= 0 ? finding_status_code((enum finding_status)flt->status) : flt->open_only ? "" : "alle");
	int k = distinct(f, n, 0, codes, labels, T("alle"));
	for (int i = 1; i < k; i++) {
		const struct finding_rule *rule = finding_rule(codes[i]);
		labels[i] = rule ? T(rule->title) : codes[i];
	}
	page_select(b, "regel", T("Kontroll"), codes, labels, k, flt->rule ? flt->rule : "");
	k = distinct(f, n, 1, codes, labels, T("alle"));
	page_select(b, "system", T("Gjelder"), codes, labels, k, flt->object ? flt->object : "");
	k = distinct(f, n, 2, codes, labels, T("alle"));
	codes[k] = "-";
	labels[k++] = T("ingen er satt");
	page_select(b, "ansvarlig", T("Ansvarlig"), codes, labels, k,
		    flt->owner ? (*flt->owner ? flt->owner : "-") : "");
	static const char *const groups[] = { "", "kontroll", "system" };
	const char *group_labels[] = { T("ingen grupper"), T("kontroll"), T("det funnet gjelder") };
	page_select(b, "gruppe", T("Grupper etter"), groups, group_labels, 3, groups[v->group]);
	page_button(b, T("Vis"), NULL, NULL, false);
	HTML_LIT(b, "</fieldset></form>");
}

void findings_list(struct buf *b, const struct findings_view *v, const struct finding *f, size_t n,
		   const struct refdata_info *ref, size_t n_ref, const struct finding_figures *fig)
{
	enum lang lang = v->lang;
	size_t open = 0, overdue = 0, by_sev[SEV_COUNT] = { 0 };
	for (size_t i = 0; i < n; i++)
		if (finding_open(f[i].status)) {
			open++;
			by_sev[f[i].severity]++;
			overdue += f[i].due < v->today;
		}
	HTML_LIT(b, "<p>");
	html_text(b, arena_printf(v->a, T("%zu åpne funn: %zu kritiske, %zu høye, %zu middels, %zu lave; %zu over fristen."),
				  open, by_sev[SEV_KRITISK], by_sev[SEV_HOY], by_sev[SEV_MIDDELS], by_sev[SEV_LAV], overdue));
	HTML_LIT(b, "</p><p>");
	html_text(b, T("Funnene kommer fra kontrollene over registrene (beredt check, hver time). Et funn som "
		       "ikke lenger finnes, lukkes av seg selv; et løst funn som finnes igjen, gjenåpnes."));
	for (size_t i = 0; i < n_ref; i++) {
		HTML_LIT(b, " ");
		html_text(b, arena_printf(v->a, i18n_n(I18N_LANG, "Referansedata %s: versjon %s, data fra %s (%d dag gammel).", "Referansedata %s: versjon %s, data fra %s (%d dager gamle).", (unsigned long)(ref[i].data_date == DATE_NONE ? 2 : v->today - ref[i].data_date)),
					  ref[i].name, ref[i].version, date_text(v->a, ref[i].data_date, "–"),
					  ref[i].data_date == DATE_NONE ? -1 : (int)(v->today - ref[i].data_date)));
	}
	HTML_LIT(b, "</p><p>");
	if (fig) {
		html_text(b, fig->median_ack_days < 0 ? T("Ingen funn er kvittert for ennå.")
			  : arena_printf(v->a, i18n_n(I18N_LANG, "Median tid til kvittering: %d dag.", "Median tid til kvittering: %d dager.", (unsigned long)fig->median_ack_days), fig->median_ack_days));
		HTML_LIT(b, " ");
		html_text(b, fig->median_resolve_days < 0 ? T("Ingen funn er løst ennå.")
			  : arena_printf(v->a, i18n_n(I18N_LANG, "Median tid til løst: %d dag.", "Median tid til løst: %d dager.", (unsigned long)fig->median_resolve_days), fig->median_resolve_days));
	}
	HTML_LIT(b, "</p><p>");
	if (v->leader) {
		page_link(b, "/funn/innstillinger", T("Frister, intervaller og hvem som får varsel"));
		HTML_LIT(b, " · ");
	}
	page_link(b, v->all ? "/funn" : "/funn?status=alle", v->all ? T("Vis bare åpne") : T("Vis også løste og aksepterte"));
	HTML_LIT(b, "</p>");
	filter_form(b, v, f, n);
	size_t shown = 0, first = v->page * FINDINGS_PAGE;
	for (size_t i = 0; i < n; i++)
		shown += finding_matches(&f[i], v->filter);
	if (first >= shown && shown)
		first = (shown - 1) / FINDINGS_PAGE * FINDINGS_PAGE;
	size_t last = first + FINDINGS_PAGE < shown ? first + FINDINGS_PAGE : shown;
	HTML_LIT(b, "<p role=\"status\">");
	html_text(b, shown ? arena_printf(v->a, T("Viser %zu–%zu av %zu funn."), first + 1, last, shown)
			   : T("Ingen funn passer med utvalget."));
	HTML_LIT(b, "</p>");
	{
		const char *const cols[] = { T("Nr."), T("Alvorlighet"), T("Gjelder"), T("Funn"), T("Frist"),
					     T("Status"), T("Oppfølging") };
		page_thead(b, cols, 7);
	}
	const char *group = NULL;
	for (size_t i = 0, k = 0; i < n; i++) {
		if (!finding_matches(&f[i], v->filter) || k++ < first || k > last)
			continue;
		const char *key = v->group ? findings_group_key(&f[i], v->group, lang) : NULL;
		if (key && (!group || strcmp(key, group) != 0)) {
			/* a heading row for each group, with how many of it the filter shows */
			size_t in = 0;
			for (size_t j = 0; j < n; j++)
				in += finding_matches(&f[j], v->filter) && strcmp(findings_group_key(&f[j], v->group, lang), key) == 0;
			HTML_LIT(b, "<tr class=\"group\"><th colspan=\"7\" scope=\"colgroup\">");
			html_text(b, arena_printf(v->a, "%s (%zu)", key, in));
			HTML_LIT(b, "</th></tr>");
			group = key;
		}
		finding_row(b, v, &f[i], NULL);
	}
	page_table_end(b);
	if (v->editor && shown) {
		/* the selection: the ticked ones, or every one the filter shows (the query carries it) */
		const char *q = v->query && *v->query ? v->query : "";
		HTML_LIT(b, "<form method=\"post\" id=\"utvalg\" action=\"");
		html_attr(b, arena_printf(v->a, "/funn/utvalg%s%s", *q ? "?" : "", q));
		HTML_LIT(b, "\">");
		page_hidden(b, "csrf", v->pg->csrf);
		HTML_LIT(b, "<fieldset><legend>");
		html_text(b, T("Flere funn på en gang"));
		HTML_LIT(b, "</legend><div class=\"field\"><input type=\"checkbox\" id=\"alle\" name=\"alle\" value=\"ja\"> "
			    "<label for=\"alle\">");
		html_text(b, arena_printf(v->a, T("Alle funn i utvalget (%zu), ikke bare de avkryssede"), shown));
		HTML_LIT(b, "</label></div>");
		page_input(b, "ny-ansvarlig", T("Ansvarlig"), "text", NULL, false, NULL, "off");
		HTML_LIT(b, "<div class=\"field\"><input type=\"checkbox\" id=\"kvitter\" name=\"kvitter\" value=\"ja\"> "
			    "<label for=\"kvitter\">");
		html_text(b, T("Kvitter for de nye"));
		HTML_LIT(b, "</label></div>");
		page_button(b, T("Bruk på de valgte funnene"), NULL, NULL, false);
		HTML_LIT(b, "</fieldset></form>");
	}
	if (shown > FINDINGS_PAGE) {
		const char *q = v->query && *v->query ? v->query : "";
		HTML_LIT(b, "<nav aria-label=\"");
		html_attr(b, T("Sidene i listen"));
		HTML_LIT(b, "\"><p>");
		if (first)
			page_link(b, arena_printf(v->a, "/funn?%s%sside=%zu", q, *q ? "&" : "", first / FINDINGS_PAGE),
				  T("Forrige side"));
		if (first && last < shown)
			HTML_LIT(b, " · ");
		if (last < shown)
			page_link(b, arena_printf(v->a, "/funn?%s%sside=%zu", q, *q ? "&" : "", first / FINDINGS_PAGE + 2),
				  T("Neste side"));
		HTML_LIT(b, "</p></nav>");
	}
	if (v->editor) {
		HTML_LIT(b, "<h2>");
		html_text(b, T("Les inn en skanning eller en SBOM"));
		HTML_LIT(b, "</h2><p>");
		html_text(b, T("Én fil om gangen. En nmap-rapport (nmap -oX fil.xml) eller en Greenbone-rapport (XML): "
			       "vertene kobles til systemene som har adressen eller navnet i feltet verter; åpne porter "
			       "for fjernskrivebord, fildeling, databaser og lignende og kjente sårbarheter blir funn med "
			       "en gang. En SBOM (CycloneDX JSON) for ett system: komponentene sjekkes mot katalogene over "
			       "slutt på støtte og kjente utnyttede sårbarheter."));
		HTML_LIT(b, "</p>");
		page_form_file(b, v->pg->csrf, "/funn/nmap");
		HTML_LIT(b, "<div class=\"field\"><label for=\"nmap\">");
		html_text(b, T("nmap-rapport (XML)"));
		HTML_LIT(b, "</label><input type=\"file\" id=\"nmap\" name=\"nmap\" accept=\".xml,text/xml\"></div>"
			    "<div class=\"field\"><label for=\"openvas\">");
		html_text(b, T("Greenbone/OpenVAS-rapport (XML)"));
		HTML_LIT(b, "</label><input type=\"file\" id=\"openvas\" name=\"openvas\" accept=\".xml,text/xml\"></div>"
			    "<div class=\"field\"><label for=\"cyclonedx\">");
		html_text(b, T("SBOM (CycloneDX JSON)"));
		HTML_LIT(b, "</label><input type=\"file\" id=\"cyclonedx\" name=\"cyclonedx\" "
			    "accept=\".json,application/json\"></div>");
		page_input(b, "system", T("Systemet SBOM-en beskriver"), "text", NULL, false, T("Navnet i registeret."), NULL);
		page_button(b, T("Les inn"), NULL, NULL, false);
		HTML_LIT(b, "</form>");
	}
}

static const char *const fields[FINDINGS_SETTINGS] = { "kritisk", "hoy", "middels", "lav", "gjenoppretting", "pentest", "kritisk-fra",
				       "kontakter", "ovelser" };

int *findings_settings_slot(struct check_settings *s, int i)
{
	int *f[FINDINGS_SETTINGS] = { &s->days[SEV_KRITISK], &s->days[SEV_HOY], &s->days[SEV_MIDDELS], &s->days[SEV_LAV], &s->restore_days,
		      &s->pentest_days, &s->critical_level, &s->contact_days, &s->exercise_days };
	return f[i];
}

const char *findings_settings_field(int i)
{
	return fields[i];
}

void findings_settings(struct buf *b, struct arena *a, enum lang lang, const struct page_frame *pg,
		       const struct check_settings *shown, const struct notify_target *t, size_t n, const char *secret)
{
	static const char *const labels[9] = {
		N_("Frist for kritiske funn (dager)"), N_("Frist for høye funn (dager)"), N_("Frist for middels funn (dager)"),
		N_("Frist for lave funn (dager)"), N_("Gjenopprettingstest eldst (dager)"), N_("Penetrasjonstest eldst (dager)"),
		N_("Kritisk system fra kritikalitet (1–5)"), N_("Kontakter bekreftes minst hver (dager)"),
		N_("Beredskapsplanen øves minst hver (dager)"),
	};
	HTML_LIT(b, "<p>");
	page_link(b, "/funn", T("Tilbake til funnene"));
	HTML_LIT(b, "</p>");
	if (secret) {
		HTML_LIT(b, "<div class=\"flash\" role=\"status\"><p>");
		html_text(b, T("Nøkkelen til signaturen (vises bare nå; legg den inn hos mottakeren):"));
		HTML_LIT(b, "</p><p><code id=\"webhook-secret\">");
		html_text(b, secret);
		HTML_LIT(b, "</code></p></div>");
	}
	page_h2(b, T("Frister og intervaller"));
	page_form(b, pg, "/funn/innstillinger");
	struct check_settings copy = *shown;
	for (int i = 0; i < FINDINGS_SETTINGS; i++)
		page_input(b, findings_settings_field(i), T(labels[i]), "number", arena_printf(a, "%d", *findings_settings_slot(&copy, i)), true, NULL, "off");
	page_button(b, T("Lagre innstillingene"), NULL, NULL, false);
	page_form_end(b);
	HTML_LIT(b, "<h2>");
	html_text(b, T("Hvem får varsel"));
	HTML_LIT(b, "</h2><p>");
	html_text(b, T("Etter hver kontroll får hver mottaker én samlet melding med de nye funnene og dem som har passert "
		       "fristen, fra alvorligheten mottakeren har valgt. E-post går gjennom reléet serveren er satt opp med "
		       "(docs/notify.md)."));
	HTML_LIT(b, "</p>");
	{
		const char *const cols[] = { T("Mottaker"), T("Type"), T("Fra alvorlighet"), T("Status") };
		page_thead(b, cols, 4);
	}
	for (size_t i = 0; i < n; i++) {
		HTML_LIT(b, "<tr><td>");
		html_text(b, t[i].address);
		HTML_LIT(b, "</td><td>");
		html_text(b, notify_kind_code(t[i].kind));
		HTML_LIT(b, "</td><td>");
		html_text(b, T(severity_code(t[i].min_severity)));
		HTML_LIT(b, "</td><td>");
		if (t[i].active) {
			/* by its place in the list, with its address to tell the list changed in between */
			page_form(b, pg, arena_printf(a, "/funn/mottakere/%zu/stopp", i + 1));
			page_hidden(b, "adresse", t[i].address);
			page_button(b, arena_printf(a, T("Stopp varsler til %s"), t[i].address), NULL, NULL, true);
			page_form_end(b);
		} else {
			html_text(b, T("stoppet"));
		}
		HTML_LIT(b, "</td></tr>");
	}
	page_table_end(b);
	page_form(b, pg, "/funn/mottakere");
	{
		const char *codes[] = { "epost", "webhook" }, *labs[] = { T("E-post"), T("Webhook (Teams, Slack, annet)") };
		page_select(b, "mottaker-type", T("Type"), codes, labs, 2, "epost");
	}
	page_input(b, "adresse", T("E-postadresse eller https-adresse"), "text", NULL, true, NULL, "off");
	{
		const char *codes[] = { "kritisk", "høy", "middels", "lav" };
		const char *labs[] = { T("kritisk"), T("høy"), T("middels"), T("lav") };
		page_select(b, "fra", T("Fra alvorlighet"), codes, labs, 4, "høy");
	}
	page_button(b, T("Legg til mottaker"), NULL, NULL, false);
	page_form_end(b);
}

void findings_shared(struct buf *b, const struct findings_view *v, const char *coop, const struct finding *f, size_t n)
{
	enum lang lang = v->lang;
	if (!n)
		return;
	page_h2(b, arena_printf(v->a, T("Funn på de felles systemene (rettes av %s)"), coop));
	HTML_LIT(b, "<p>");
	html_text(b, T("Systemene drives av samarbeidet, som følger opp funnene. De vises her fordi tjenestene deres "
		       "hviler på dem."));
	HTML_LIT(b, "</p>");
	const char *const cols[] = { T("Nr."), T("Alvorlighet"), T("Gjelder"), T("Funn"), T("Frist"), T("Status"),
				     T("Oppfølging") };
	page_thead(b, cols, 7);
	for (size_t i = 0; i < n; i++)
		finding_row(b, v, &f[i], coop);
	page_table_end(b);
}

void findings_reopen_warning(struct buf *b, struct arena *a, enum lang lang, const struct page_frame *pg,
			     const struct finding *f, const char *detail)
{
	HTML_LIT(b, "<div class=\"error\" role=\"alert\"><p>");
	html_text(b, arena_printf(a, T("Kontrollene finner fortsatt dette for %s: %s"), f->object_name,
				  detail ? detail : ""));
	HTML_LIT(b, "</p><p>");
	html_text(b, arena_printf(a, T("Merker du F-%d som løst nå, gjenåpner neste kontroll det. Endre det i "
				       "registeret eller i sikkerhetsprofilen først."), f->no));
	HTML_LIT(b, "</p></div>");
	if (f->object && strncmp(f->object, "system:", 7) == 0) {
		const char *hrefs[] = { register_record_href(a, ROS_T_SYSTEMS, f->object_name),
					arena_printf(a, "/ros/sikkerhet/system?navn=%s", html_query_value(a, f->object_name)) };
		const char *labels[] = { arena_printf(a, T("%s i registeret"), f->object_name),
					 arena_printf(a, T("Sikkerhetsprofilen til %s"), f->object_name) };
		page_link_list(b, hrefs, labels, 2);
	}
	page_form(b, pg, arena_printf(a, "/funn/%d/los", f->no));
	page_hidden(b, "likevel", "ja");
	page_button(b, arena_printf(a, T("Merk F-%d som løst likevel"), f->no), NULL, NULL, true);
	page_form_end(b);
	HTML_LIT(b, "<p><a href=\"/funn\">");
	html_text(b, T("Tilbake til funnene"));
	HTML_LIT(b, "</a></p>");
}
