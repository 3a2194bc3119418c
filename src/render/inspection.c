/* render/inspection.c: see inspection.h. The order is the supervisor's: the overall ROS,
 * the plan and how it is kept up to date, the exercises and what was learnt, who approved,
 * and the evidence, each with its date. */
#include "render/inspection.h"

#include "model/register.h"
#include "render/attachments.h"
#include "render/doc_convert.h"
#include "render/html.h"
#include "render/report_text.h"
#include "util/date.h"

#define I18N_LANG lang

struct ctx {
	struct buf *b;
	struct arena *a;
	enum lang lang;
	const struct inspection *x;
};

static void para(struct buf *b, const char *text)
{
	HTML_LIT(b, "<p>");
	html_text(b, text);
	HTML_LIT(b, "</p>");
}

static void section(struct buf *b, const char *id, const char *title)
{
	HTML_LIT(b, "<section aria-labelledby=\"");
	html_attr(b, id);
	HTML_LIT(b, "\"><h2 id=\"");
	html_attr(b, id);
	HTML_LIT(b, "\">");
	html_text(b, title);
	HTML_LIT(b, "</h2>");
}

static void thead(struct buf *b, const char *const *cols, size_t n)
{
	HTML_LIT(b, "<table><thead><tr>");
	for (size_t i = 0; i < n; i++) {
		HTML_LIT(b, "<th scope=\"col\">");
		html_text(b, cols[i]);
		HTML_LIT(b, "</th>");
	}
	HTML_LIT(b, "</tr></thead><tbody>");
}

static void cells(struct buf *b, const char *const *v, size_t n)
{
	HTML_LIT(b, "<tr>");
	for (size_t i = 0; i < n; i++) {
		HTML_LIT(b, "<td>");
		html_text(b, v[i] ? v[i] : "");
		HTML_LIT(b, "</td>");
	}
	HTML_LIT(b, "</tr>");
}

static const char *day(struct arena *a, int32_t d, const char *none)
{
	return d == DATE_NONE ? none : report_date(a, d);
}

static const char *const parts[][2] = {
	{ "ros", N_("1. Helhetlig risiko- og sårbarhetsanalyse") }, { "plan", N_("2. Beredskapsplanen") },
	{ "ovelser", N_("3. Øvelser og evaluering") }, { "godkjent", N_("4. Godkjenninger") },
	{ "bevis", N_("5. Vedlegg: dokumentasjon") },
};

static void head(const struct ctx *c, const char *marking)
{
	struct buf *b = c->b;
	enum lang lang = c->lang;
	const struct report_input *in = c->x->rep.in;
	HTML_LIT(b, "<!DOCTYPE html>\n<html lang=\"");
	html_attr(b, lang == LANG_EN ? "en" : "nb");
	HTML_LIT(b, "\"><head><meta charset=\"utf-8\"><title>");
	html_text(b, arena_printf(c->a, T("Tilsyn med kommunal beredskapsplikt: %s"), in->tenant->name));
	HTML_LIT(b, "</title><style>");
	buf_puts(b, report_html_style());   /* constants of this program, not data */
	report_paged_style(b, in->tenant->name, lang, marking);
	buf_puts(b, "header.title-page{break-after:page}header.title-page h1{font-size:2em;margin-top:30mm}"
		    ".toc ol{list-style:none;padding:0}.toc li{margin:.2em 0}.toc a{color:inherit;text-decoration:none}"
		    ".toc a::after{content:leader('.') target-counter(attr(href),page)}"
		    "td.hash{font-family:'DejaVu Sans Mono',monospace;font-size:.8em;word-break:break-all}");
	HTML_LIT(b, "</style></head><body><header class=\"title-page\">");
	if (marking && *marking) {
		HTML_LIT(b, "<p class=\"overdue\">");
		html_text(b, marking);
		HTML_LIT(b, "</p>");
	}
	HTML_LIT(b, "<h1>");
	html_text(b, T("Tilsyn med kommunal beredskapsplikt: dokumentasjon"));
	HTML_LIT(b, "</h1><p class=\"meta\">");
	html_text(b, arena_printf(c->a, "%s (%s %s, %s %s)", in->tenant->name, T("kommunenummer"), in->tenant->kommunenr,
				  T("org.nr."), in->tenant->orgnr));
	HTML_LIT(b, "<br>");
	html_text(b, T("Til Statsforvalteren, for tilsyn etter sivilbeskyttelsesloven § 14 og forskrift om kommunal "
		       "beredskapsplikt."));
	HTML_LIT(b, "<br>");
	html_text(b, arena_printf(c->a, T("Laget %s."), date_local_text(c->a, in->generated_at)));
	HTML_LIT(b, "</p><nav class=\"toc\" aria-labelledby=\"toc\"><h2 id=\"toc\">");
	html_text(b, T("Innhold"));
	HTML_LIT(b, "</h2><ol>");
	for (size_t i = 0; i < sizeof(parts) / sizeof(parts[0]); i++) {
		HTML_LIT(b, "<li><a href=\"#");
		html_attr(b, parts[i][0]);
		HTML_LIT(b, "\">");
		html_text(b, T(parts[i][1]));
		HTML_LIT(b, "</a></li>");
	}
	HTML_LIT(b, "</ol></nav></header><main>");
}

static void ros(const struct ctx *c)
{
	struct buf *b = c->b;
	enum lang lang = c->lang;
	const struct report *r = &c->x->rep;
	const struct report_input *in = r->in;
	section(b, parts[0][0], T(parts[0][1]));
	para(b, in->reg ? arena_printf(c->a, T("Registrene: %s."), ros_register_counts(c->a, lang, in->reg))
			: T("Kommunen har ikke registrert tjenester og systemer i beredt."));
	para(b, T("Metoden er DSBs: sannsynlighet A–E, konsekvens 1–5 for liv og helse, natur og kultur, økonomi, "
		  "samfunnsstabilitet og styringsevne; risikoen er cellen for sannsynligheten og den høyeste "
		  "konsekvensen i kommunens risikomatrise."));
	if (r->n_risks_all) {
		const char *const cols[] = { T("Uønsket hendelse"), T("Sannsynlighet"), T("Konsekvens"), T("Risiko"),
					     T("Tiltak") };
		thead(b, cols, 5);
		for (size_t i = 0; i < r->n_risks_all; i++) {
			const struct report_risk *k = &r->risks[i];
			const char *v[] = { k->event->title, arena_printf(c->a, "%c", k->event->probability),
					    arena_printf(c->a, "%d", k->consequence), T(ros_risk_label(k->level)),
					    k->event->measures };
			cells(b, v, 5);
		}
		HTML_LIT(b, "</tbody></table>");
	} else {
		para(b, T("Ingen uønskede hendelser er registrert."));
	}
	HTML_LIT(b, "<h3>");
	html_text(b, T("Tjenester som ikke kan komme tilbake innen tålbar nedetid"));
	HTML_LIT(b, "</h3><ul>");
	for (size_t i = 0; i < r->n_gaps; i++) {
		HTML_LIT(b, "<li>");
		html_text(b, report_gap_text(c->a, lang, r, &r->gaps[i]));
		HTML_LIT(b, "</li>");
	}
	if (!r->n_gaps) {
		HTML_LIT(b, "<li>");
		html_text(b, T("Ingen."));
		HTML_LIT(b, "</li>");
	}
	HTML_LIT(b, "</ul></section>");
}

static void plan(const struct ctx *c)
{
	struct buf *b = c->b;
	enum lang lang = c->lang;
	const struct inspection *x = c->x;
	const struct prep_plan *p = &x->prep.plan;
	section(b, parts[1][0], T(parts[1][1]));
	if (!x->prep.version[PREP_PLAN]) {
		para(b, T("Kommunen har ikke lagret en beredskapsplan i beredt."));
		HTML_LIT(b, "</section>");
		return;
	}
	para(b, arena_printf(c->a, T("Sist gjennomgått %s; planen skal gjennomgås hver %d. måned, neste gang innen %s."),
			     day(c->a, p->reviewed_on, T("aldri")), p->review_months,
			     day(c->a, prep_plan_due(p), T("nå"))));
	if (p->activation) {
		HTML_LIT(b, "<h3>");
		html_text(b, T("Når planen settes i verk"));
		HTML_LIT(b, "</h3>");
		html_markdown(b, p->activation);
	}
	HTML_LIT(b, "<h3>");
	html_text(b, T("Kriseorganisasjonen"));
	HTML_LIT(b, "</h3>");
	const char *const rc[] = { T("Rolle"), T("Person"), T("Stedfortreder") };
	thead(b, rc, 3);
	for (size_t i = 0; i < p->n_roles; i++) {
		const char *v[] = { p->roles[i].role, p->roles[i].person, p->roles[i].deputy ? p->roles[i].deputy : T("ingen") };
		cells(b, v, 3);
	}
	HTML_LIT(b, "</tbody></table><h3>");
	html_text(b, T("Tiltakskort"));
	HTML_LIT(b, "</h3><ul>");
	for (size_t i = 0; i < p->n_cards; i++) {
		HTML_LIT(b, "<li>");
		html_text(b, p->cards[i].title);
		HTML_LIT(b, "</li>");
	}
	HTML_LIT(b, "</ul><h3>");
	html_text(b, T("Revisjoner av planen"));
	HTML_LIT(b, "</h3>");
	const char *const vc[] = { T("Versjon"), T("Lagret"), T("Av") };
	thead(b, vc, 3);
	for (size_t i = 0; i < x->n_plan_versions; i++) {
		const struct prep_version_info *v = &x->plan_versions[i];
		const char *row[] = { arena_printf(c->a, "%d", v->version), date_local_text(c->a, v->changed_at),
				      v->changed_by };
		cells(b, row, 3);
	}
	HTML_LIT(b, "</tbody></table></section>");
}

static const char *lesson_action(const struct ctx *c, int no)
{
	enum lang lang = c->lang;
	for (size_t i = 0; i < c->x->n_actions; i++)
		if (c->x->actions[i].no == no)
			return arena_printf(c->a, T("oppgave T-%d (%s)"), no,
					    T(action_status_label(c->x->actions[i].status)));
	return arena_printf(c->a, "T-%d", no);
}

static void exercises(const struct ctx *c)
{
	struct buf *b = c->b;
	enum lang lang = c->lang;
	const struct prep_exercises *xs = &c->x->prep.exercises;
	section(b, parts[2][0], T(parts[2][1]));
	if (!xs->n)
		para(b, T("Ingen øvelser er registrert."));
	for (size_t i = 0; i < xs->n; i++) {
		const struct prep_exercise *ex = &xs->items[i];
		HTML_LIT(b, "<h3>");
		html_text(b, arena_printf(c->a, "Ø-%d %s: %s", ex->no, day(c->a, ex->date, ""), ex->scenario ? ex->scenario : ""));
		HTML_LIT(b, "</h3><dl><dt>");
		html_text(b, T("Status"));
		HTML_LIT(b, "</dt><dd>");
		html_text(b, ex->held ? T("Holdt") : T("Planlagt"));
		HTML_LIT(b, "</dd><dt>");
		html_text(b, T("Form"));
		HTML_LIT(b, "</dt><dd>");
		html_text(b, ex->kind ? ex->kind : "");
		HTML_LIT(b, "</dd><dt>");
		html_text(b, T("Deltakere"));
		HTML_LIT(b, "</dt><dd>");
		html_text(b, ex->participants ? ex->participants : "");
		HTML_LIT(b, "</dd><dt>");
		html_text(b, T("Evaluering"));
		HTML_LIT(b, "</dt><dd>");
		html_text(b, ex->observations ? ex->observations : (ex->held ? T("ikke skrevet") : ""));
		HTML_LIT(b, "</dd></dl>");
		if (ex->n_lessons) {
			HTML_LIT(b, "<ul>");
			for (size_t k = 0; k < ex->n_lessons; k++) {
				const struct prep_lesson *l = &ex->lessons[k];
				HTML_LIT(b, "<li>");
				html_text(b, l->action_no ? arena_printf(c->a, T("Læring: %s Fulgt opp som %s."), l->text,
									 lesson_action(c, l->action_no))
							  : arena_printf(c->a, T("Læring: %s Ikke fulgt opp som oppgave."), l->text));
				HTML_LIT(b, "</li>");
			}
			HTML_LIT(b, "</ul>");
		}
	}
	HTML_LIT(b, "</section>");
}

static void approvals(const struct ctx *c)
{
	struct buf *b = c->b;
	enum lang lang = c->lang;
	section(b, parts[3][0], T(parts[3][1]));
	para(b, T("Kommunedirektørens gjennomganger av KS' tiltak for IKT-sikkerhet og beredskap, med hvem som lukket og "
		  "godkjente dem."));
	const char *const cols[] = { T("Runde"), T("Startet"), T("Lukket"), T("Godkjent") };
	thead(b, cols, 4);
	for (size_t i = 0; i < c->x->n_rounds; i++) {
		const struct round *r = &c->x->rounds[i];
		const char *v[] = { arena_printf(c->a, "%d %s", r->no, r->title), day(c->a, r->started, ""),
				    r->closed_at ? arena_printf(c->a, "%.10s, %s", r->closed_at, r->closed_by) : T("åpen"),
				    r->approved_at ? arena_printf(c->a, "%.10s, %s", r->approved_at, r->approved_by)
						   : T("ikke godkjent") };
		cells(b, v, 4);
	}
	HTML_LIT(b, "</tbody></table></section>");
}

static void evidence(const struct ctx *c, bool embedded)
{
	struct buf *b = c->b;
	enum lang lang = c->lang;
	const struct inspection *x = c->x;
	section(b, parts[4][0], T(parts[4][1]));
	if (!x->n_files) {
		para(b, T("Ingen filer er lagt ved som bevis."));
		HTML_LIT(b, "</section>");
		return;
	}
	para(b, embedded ? T("Filene er lagt inn i denne PDF-en som vedlegg (se vedleggene i PDF-leseren); SHA-256 viser "
			     "at en kopi er den samme.")
			 : T("Filene er lagt inn i PDF-utgaven av dokumentet; SHA-256 viser at en kopi er den samme."));
	const char *const cols[] = { T("Vedlegg"), T("Dokumenterer"), T("Lagt ved"), T("I PDF-en"), "SHA-256" };
	thead(b, cols, 5);
	for (size_t i = 0; i < x->n_files; i++) {
		const struct attachment *m = &x->files[i].meta;
		HTML_LIT(b, "<tr><td>");
		html_text(b, arena_printf(c->a, "V-%lld %s (%s)", (long long)m->id, m->name, attach_size_text(c->a, lang, m->size)));
		HTML_LIT(b, "</td><td>");
		html_text(b, attach_target_label(c->a, lang, &m->target));
		HTML_LIT(b, "</td><td>");
		html_text(b, arena_printf(c->a, "%s, %s", date_local_text(c->a, m->added_at), m->added_by));
		HTML_LIT(b, "</td><td>");
		html_text(b, x->files[i].content ? T("ja") : T("nei, for stor"));
		HTML_LIT(b, "</td><td class=\"hash\">");
		html_text(b, m->sha256);
		HTML_LIT(b, "</td></tr>");
	}
	HTML_LIT(b, "</tbody></table></section>");
}

int inspection_render(struct arena *a, const struct inspection *x, enum report_format fmt, enum lang lang,
		      const char *marking, const char *path, const char *tmpdir, struct buf *out, struct err *e)
{
	struct buf html;
	buf_init(&html, out->max);
	struct ctx c = { &html, a, lang, x };
	head(&c, marking);
	ros(&c);
	plan(&c);
	exercises(&c);
	approvals(&c);
	evidence(&c, fmt == REPORT_PDF);
	HTML_LIT(&html, "</main></body></html>\n");
	int rc;
	if (fmt == REPORT_PDF && !html.failed) {
		struct doc_file *fs = arena_alloc(a, (x->n_files + 1) * sizeof(*fs));
		size_t n = 0;
		for (size_t i = 0; fs && i < x->n_files; i++)
			if (x->files[i].content)
				fs[n++] = (struct doc_file){ x->files[i].meta.name,
							     arena_printf(a, "V-%lld %s", (long long)x->files[i].meta.id,
									  attach_target_label(a, lang, &x->files[i].meta.target)),
							     x->files[i].content, (size_t)x->files[i].meta.size };
		rc = fs ? doc_pdf_files(html.data, html.len, fs, n, tmpdir, path, out, e) : err_set(e, "Tom for minne.");
	} else {
		rc = report_document_finish(fmt, i18n_tr(e->lang, "Tilsynsdokumentasjonen"), &html, path, out, e);
	}
	buf_release(&html);
	return rc;
}
