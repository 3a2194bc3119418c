/* render/register_record.c: see register_record.h. */
#include "render/register_record.h"

#include <string.h>

#include "model/ros.h"
#include "io/ros_xlsx.h"
#include "render/html.h"

#define I18N_LANG lang

const char *register_column_label(const char *column)
{
	static const struct { const char *col, *label; } labels[] = {
		{ "navn", N_("Navn") }, { "beskrivelse", N_("Beskrivelse") }, { "sektor", N_("Sektor") },
		{ "eier", N_("Eier") }, { "kritikalitet", N_("Kritikalitet (1–5)") },
		{ "maks_nedetid_timer", N_("Tålbar nedetid (timer)") },
		{ "personopplysninger", N_("Personopplysninger") },
		{ "saerlige_kategorier", N_("Særlige kategorier av personopplysninger") },
		{ "reserverutine", N_("Reserverutine") }, { "reserverutine_testet", N_("Reserverutinen sist testet") },
		{ "leverandor", N_("Leverandør") }, { "produkt", N_("Produkt") }, { "versjon", N_("Versjon") },
		{ "type", N_("Type") }, { "drift", N_("Drift") }, { "admin_domene", N_("Administreres fra") },
		{ "rto_timer", N_("Gjenopprettingstid, RTO (timer)") },
		{ "rpo_timer", N_("Tålbart datatap, RPO (timer)") }, { "klassifisering", N_("Klassifisering") },
		{ "internett", N_("Eksponert mot internett") }, { "verter", N_("Verter (navn eller adresser)") },
		{ "orgnr", N_("Organisasjonsnummer") }, { "stottetelefon", N_("Støttetelefon") },
		{ "dognbemannet", N_("Døgnbemannet støtte") }, { "avtale", N_("Avtale") },
		{ "fra_type", N_("Fra (type)") }, { "fra", N_("Fra") }, { "til_type", N_("Avhenger av (type)") },
		{ "til", N_("Avhenger av") }, { "alternativgruppe", N_("Alternativgruppe (0: ingen)") },
		{ "hendelse", N_("Uønsket hendelse") }, { "arsak", N_("Årsak") },
		{ "sannsynlighet", N_("Sannsynlighet (A–E)") },
		{ "konsekvens_liv_og_helse", N_("Konsekvens for liv og helse (1–5)") },
		{ "konsekvens_natur_og_kultur", N_("Konsekvens for natur og kultur (1–5)") },
		{ "konsekvens_okonomi", N_("Konsekvens for økonomi (1–5)") },
		{ "konsekvens_samfunnsstabilitet", N_("Konsekvens for samfunnsstabilitet (1–5)") },
		{ "konsekvens_styringsevne", N_("Konsekvens for styringsevne (1–5)") },
		{ "barrierer", N_("Barrierer") }, { "usikkerhet", N_("Usikkerhet") }, { "tiltak", N_("Foreslåtte tiltak") },
	};
	for (size_t i = 0; i < sizeof(labels) / sizeof(labels[0]); i++)
		if (strcmp(labels[i].col, column) == 0)
			return labels[i].label;
	return column;
}

const char *register_record_href(struct arena *a, enum ros_table t, const char *name)
{
	return name ? arena_printf(a, "/ros/post?register=%s&navn=%s", ros_table_name(t), html_query_value(a, name))
		    : arena_printf(a, "/ros/post?register=%s", ros_table_name(t));
}

/* The value list of a column, if it has one (io/ros_xlsx.h): codes and labels (translated),
 * n of them. */
static int column_list(enum lang lang, enum ros_table t, const char *col, const char **codes, const char **labels,
		       int max)
{
	size_t k = 0, nc = ros_table_columns(t);
	while (k < nc && strcmp(ros_column_name(t, k, false), col) != 0)
		k++;
	if (k == nc || ros_column_type(t, k) == ROS_COL_BOOL)
		return 0;
	int n = (int)ros_column_values(t, k, codes, (size_t)max);
	for (int i = 0; i < n; i++)
		labels[i] = strcmp(codes[i], "tjeneste") == 0	  ? T("tjeneste")
			    : strcmp(codes[i], "system") == 0	  ? T("system")
			    : strcmp(codes[i], "leverandor") == 0 ? T("leverandør")
								  : T(ros_code_label(codes[i]));
	return n;
}

/* Removing the record: what it takes with it, and what stops it. */
static void remove_form(struct buf *b, struct arena *a, enum lang lang, const struct page_frame *pg, enum ros_table t,
			const char *name)
{
	static const char *const heading[] = { N_("Fjern tjenesten"), N_("Fjern systemet"), N_("Fjern leverandøren"), "",
					       N_("Fjern den uønskede hendelsen") };
	static const char *const why[] = {
		N_("Tjenesten fjernes med avhengighetene den har."),
		N_("Et system som noe avhenger av, kan ikke fjernes: fjern avhengighetene først. Sikkerhetsprofilen og "
		   "komponentene fjernes med det."),
		N_("En leverandør som et system har, eller som noe avhenger av, kan ikke fjernes: endre systemene og fjern "
		   "avhengighetene først."),
		"", N_("Hendelsen fjernes fra risikoanalysen."),
	};
	page_h2(b, T(heading[t]));
	HTML_LIT(b, "<p>");
	html_text(b, T(why[t]));
	HTML_LIT(b, "</p>");
	page_form(b, pg, "/ros/post/fjern");
	page_hidden(b, "register", ros_table_name(t));
	page_hidden(b, "post", name);
	page_button(b, arena_printf(a, T("Fjern «%s»"), name), NULL, NULL, true);
	page_form_end(b);
}

/* One field of the form: felt-COLUMN (avh-COLUMN for a dependency), a select where the column has a value list. */
static void field(struct buf *b, struct arena *a, enum lang lang, enum ros_table t, size_t k, const char *value,
		  bool readonly)
{
	const char *col = ros_column_name(t, k, false), *codes[64], *labels[64];
	/* a dependency's fields are avh-COLUMN: the record's form on the same page has felt-type too */
	const char *id = arena_printf(a, "%s-%s", t == ROS_T_DEPENDENCIES ? "avh" : "felt", col);
	const char *label = T(register_column_label(col));
	if (!id)
		return;
	if (ros_column_type(t, k) == ROS_COL_BOOL) {
		static const char *const yn[] = { "nei", "ja" };
		const char *l[] = { T("nei"), T("ja") };
		page_select(b, id, label, yn, l, 2, value && *value ? value : "nei");
		return;
	}
	int n = column_list(lang, t, col, codes, labels, 64);
	if (n > 0) {
		page_select(b, id, label, codes, labels, n, value);
		return;
	}
	if (readonly) {    /* a record's name: what it is known by (see ros_edit_put) */
		page_hidden(b, id, value);
		return;
	}
	bool long_text = strcmp(col, "beskrivelse") == 0 || strcmp(col, "reserverutine") == 0 ||
			 strcmp(col, "barrierer") == 0 || strcmp(col, "tiltak") == 0 || strcmp(col, "arsak") == 0 ||
			 strcmp(col, "usikkerhet") == 0;
	if (long_text) {
		page_textarea(b, id, label, value, 3, NULL);
		return;
	}
	const char *type = ros_column_type(t, k) == ROS_COL_INT ? "number"
			   : strcmp(col, "reserverutine_testet") == 0 ? "date" : "text";
	page_input(b, id, label, type, value, k == 0, NULL, NULL);
}

static enum ros_node_kind node_kind(enum ros_table t)
{
	return t == ROS_T_SERVICES ? ROS_SERVICE : t == ROS_T_SYSTEMS ? ROS_SYSTEM : ROS_VENDOR;
}

/* The hidden fields that give a dependency (to remove it) and the page to come back to. */
static void dep_hidden(struct buf *b, struct arena *a, const struct ros_dependency *d, enum ros_table t,
		       const char *name)
{
	page_hidden(b, "avh-fra_type", ros_node_kind_code(d->from_kind));
	page_hidden(b, "avh-fra", d->from_name);
	page_hidden(b, "avh-til_type", ros_node_kind_code(d->to_kind));
	page_hidden(b, "avh-til", d->to_name);
	page_hidden(b, "avh-type", d->kind);
	page_hidden(b, "avh-alternativgruppe", arena_printf(a, "%d", d->alt_group));
	page_hidden(b, "register", ros_table_name(t));
	page_hidden(b, "post", name);
}

/* The dependencies with this record at one end (from: it rests on them; else: they rest on it). */
static void deps_table(struct buf *b, struct arena *a, enum lang lang, const struct page_frame *pg,
		       const struct record_view *v, bool from)
{
	enum ros_node_kind me = node_kind(v->table);
	const struct ros_register *r = v->reg;
	size_t shown = 0;
	page_h2(b, from ? T("Hva den hviler på") : T("Hva som hviler på den"));
	for (size_t i = 0; i < r->n_deps; i++) {
		const struct ros_dependency *d = &r->deps[i];
		enum ros_node_kind k = from ? d->from_kind : d->to_kind;
		const char *end = from ? d->from_name : d->to_name, *other = from ? d->to_name : d->from_name;
		enum ros_node_kind ok = from ? d->to_kind : d->from_kind;
		if (k != me || !end || strcmp(end, v->name) != 0)
			continue;
		if (!shown++) {
			const char *const cols[] = { from ? T("Avhenger av") : T("Avhengig"), T("Type"), T("Hvordan"),
						     T("Alternativgruppe"), T("Endre") };
			page_thead(b, cols, v->edit ? 5 : 4);
		}
		HTML_LIT(b, "<tr><td>");
		enum ros_table ot = ok == ROS_SERVICE ? ROS_T_SERVICES : ok == ROS_SYSTEM ? ROS_T_SYSTEMS : ROS_T_VENDORS;
		if (other && !ros_is_shared_name(other))
			page_link(b, register_record_href(a, ot, other), other);
		else
			html_text(b, other);
		HTML_LIT(b, "</td><td>");
		html_text(b, ok == ROS_SERVICE ? T("tjeneste") : ok == ROS_SYSTEM ? T("system") : T("leverandør"));
		HTML_LIT(b, "</td><td>");
		html_text(b, T(ros_code_label(d->kind)));
		HTML_LIT(b, "</td><td>");
		if (d->alt_group)
			buf_printf(b, "%d", d->alt_group);
		HTML_LIT(b, "</td>");
		if (v->edit) {
			HTML_LIT(b, "<td>");
			if (!d->shared) {
				page_form(b, pg, "/ros/avhengighet/fjern");
				dep_hidden(b, a, d, v->table, v->name);
				page_button(b, arena_printf(a, T("Fjern avhengigheten av «%s»"), from ? d->to_name : d->from_name),
					    NULL, NULL, true);
				page_form_end(b);
			}
			HTML_LIT(b, "</td>");
		}
		HTML_LIT(b, "</tr>");
	}
	if (shown)
		page_table_end(b);
	else {
		HTML_LIT(b, "<p>");
		html_text(b, from ? T("Ingen registrert.") : T("Ingenting registrert."));
		HTML_LIT(b, "</p>");
	}
}

/* The form that adds what this service or system rests on. */
static void dep_add_form(struct buf *b, struct arena *a, enum lang lang, const struct page_frame *pg,
			 const struct record_view *v)
{
	const struct ros_register *r = v->reg;
	page_h2(b, T("Legg til en avhengighet"));
	page_form(b, pg, "/ros/avhengighet");
	page_hidden(b, "avh-fra_type", ros_node_kind_code(node_kind(v->table)));
	page_hidden(b, "avh-fra", v->name);
	page_hidden(b, "register", ros_table_name(v->table));
	page_hidden(b, "post", v->name);
	size_t dep_cols = ros_table_columns(ROS_T_DEPENDENCIES);
	for (size_t k = 0; k < dep_cols; k++) {
		const char *col = ros_column_name(ROS_T_DEPENDENCIES, k, false);
		if (strcmp(col, "fra_type") == 0 || strcmp(col, "fra") == 0)
			continue;
		if (strcmp(col, "til") == 0) {
			/* a name of a system or vendor, the cooperation's too, offered as the user types */
			HTML_LIT(b, "<div class=\"field\"><label for=\"avh-til\">");
			html_text(b, T("Avhenger av"));
			HTML_LIT(b, "</label><input id=\"avh-til\" name=\"avh-til\" type=\"text\" list=\"navn\" required>"
				    "<datalist id=\"navn\">");
			for (size_t i = 0; i < r->n_systems; i++) {
				HTML_LIT(b, "<option value=\"");
				html_attr(b, r->systems[i].name);   /* the cooperation's as "felles:NAME" */
				HTML_LIT(b, "\">");
			}
			for (size_t i = 0; i < r->n_vendors; i++) {
				HTML_LIT(b, "<option value=\"");
				html_attr(b, r->vendors[i].name);
				HTML_LIT(b, "\">");
			}
			HTML_LIT(b, "</datalist></div>");
			continue;
		}
		field(b, a, lang, ROS_T_DEPENDENCIES, k, strcmp(col, "alternativgruppe") == 0 ? "0" : NULL, false);
	}
	page_button(b, T("Legg til avhengigheten"), NULL, NULL, false);
	page_form_end(b);
}

void register_record(struct buf *b, struct arena *a, enum lang lang, const struct page_frame *pg,
		     const struct record_view *v)
{
	enum ros_table t = v->table;
	size_t cols = ros_table_columns(t);
	if (v->n_changed) {
		HTML_LIT(b, "<div class=\"error\" role=\"alert\"><p>");
		html_text(b, T("Endret av noen andre siden du åpnet den (verdiene nå):"));
		HTML_LIT(b, "</p><ul>");
		for (size_t i = 0; i < v->n_changed; i++) {
			HTML_LIT(b, "<li>");
			html_text(b, T(register_column_label(v->changed[i])));
			HTML_LIT(b, ": «");
			html_text(b, v->now[i]);
			HTML_LIT(b, "»</li>");
		}
		HTML_LIT(b, "</ul><p>");
		html_text(b, T("Det du skrev, står i skjemaet. Lagre igjen for å skrive over."));
		HTML_LIT(b, "</p></div>");
	}
	if (v->shared) {
		HTML_LIT(b, "<p>");
		html_text(b, T("Dette er IKT-samarbeidets felles post. Den endres av samarbeidet."));
		HTML_LIT(b, "</p>");
	}
	if (v->edit && !v->shared) {
		page_form(b, pg, "/ros/post");
		page_hidden(b, "register", ros_table_name(t));
		if (v->name) {
			page_hidden(b, "post", v->name);
			for (size_t k = 0; k < cols; k++) {
				const char *const *w = v->was ? v->was : v->vals;
				page_hidden(b, arena_printf(a, "for-%s", ros_column_name(t, k, false)), w ? w[k] : "");
			}
		}
		for (size_t k = 0; k < cols; k++)
			field(b, a, lang, t, k, v->vals ? v->vals[k] : NULL, k == 0 && v->name);
		page_button(b, v->name ? T("Lagre") : T("Legg til"), NULL, NULL, false);
		page_form_end(b);
	} else if (v->vals) {
		HTML_LIT(b, "<dl>");
		for (size_t k = 0; k < cols; k++) {
			HTML_LIT(b, "<dt>");
			html_text(b, T(register_column_label(ros_column_name(t, k, false))));
			HTML_LIT(b, "</dt><dd>");
			html_text(b, v->vals[k]);
			HTML_LIT(b, "</dd>");
		}
		HTML_LIT(b, "</dl>");
	}
	if (v->name && t != ROS_T_EVENTS) {
		if (t == ROS_T_SYSTEMS && !v->shared) {
			HTML_LIT(b, "<p>");
			page_link(b, arena_printf(a, "/ros/graf?system=%s", html_query_value(a, v->name)),
				  T("Systemets nabolag i avhengighetsgrafen"));
			HTML_LIT(b, "</p>");
		}
		if (t != ROS_T_VENDORS)
			deps_table(b, a, lang, pg, v, true);
		if (t != ROS_T_SERVICES)
			deps_table(b, a, lang, pg, v, false);
		if (v->edit && !v->shared && t != ROS_T_VENDORS)
			dep_add_form(b, a, lang, pg, v);
	}
	if (v->name && v->edit && !v->shared)
		remove_form(b, a, lang, pg, t, v->name);
	HTML_LIT(b, "<p><a href=\"/ros\">");
	html_text(b, T("Tilbake til registrene"));
	HTML_LIT(b, "</a></p>");
}
