/* render/report_md.c: the leadership report as Markdown (for e-mail, wikis and
 * case-handling systems). Data is escaped so that it cannot change the structure. */
#include "render/report_format.h"

#include <string.h>

#include "render/markdown.h"

#include "render/report_text.h"

#define I18N_LANG lang

/* Markdown written by a person (evidence, plans): kept as it is, indented into the list
 * item so that it cannot close the structure around it. */
static void md_block(struct buf *b, const char *s)
{
	buf_puts(b, "\n\n    ");
	for (; s && *s; s++) {
		buf_putc(b, *s);
		if (*s == '\n')
			buf_puts(b, "    ");
	}
	buf_putc(b, '\n');
}

static const char *pct(struct arena *a, int p)
{
	return p < 0 ? "–" : arena_printf(a, "%d %%", p);
}

static void area_table(struct buf *b, struct arena *a, const struct report *r, enum lang lang)
{
	buf_printf(b, "| %s | %s | %s | %s |\n|---|---|---|---|\n", T("Område"), T("Beredskap"),
		   T("Nivå"), T("Endring (prosentpoeng)"));
	for (size_t g = 0; g <= r->n_groups; g++) {
		bool all = g == r->n_groups;
		const struct readiness *now = all ? &r->overall : &r->groups[g].now;
		const struct readiness *prev = all ? &r->prev_overall : &r->groups[g].prev;
		buf_puts(b, "| ");
		if (all)
			buf_puts(b, "**");
		markdown_text(b, all ? T("Samlet") : text2_get(&r->groups[g].group->title, lang));
		if (all)
			buf_puts(b, "**");
		buf_printf(b, " | %s | %s | %s |\n", pct(a, now->percent),
			   T(readiness_level_name(readiness_level(now->percent))),
			   report_change(a, now, prev, r->has_prev));
	}
}

static void measures(struct buf *b, struct arena *a, const struct report *r, enum lang lang)
{
	buf_printf(b, "\n## %s\n\n", T("Tiltak som ikke er på plass"));
	size_t n = 0;
	for (size_t i = 0; i < r->n_items; i++) {
		const struct report_item *it = &r->items[i];
		const struct answer *ans = it->answer;
		if (!report_item_is_gap(it))
			continue;
		n++;
		buf_puts(b, "### ");
		markdown_text(b, arena_printf(a, "%s %s", it->item->id, text2_get(&it->item->title, lang)));
		buf_printf(b, "\n\n- **%s:** %s\n- **%s:** ", T("Status"), T(status_label(it->status)),
			   T("Ansvarlig"));
		markdown_text(b, ans && ans->owner ? ans->owner : T("ikke satt"));
		buf_printf(b, "\n- **%s:** %s\n- **%s:**", T("Frist"),
			   ans && ans->due != DATE_NONE ? report_date(a, ans->due) : T("ikke satt"),
			   T("Plan"));
		if (ans && ans->plan)
			md_block(b, ans->plan);
		else
			buf_printf(b, " %s\n", T("ingen plan registrert"));
		if (ans && ans->evidence) {
			buf_printf(b, "- **%s:**", T("Dokumentasjon"));
			md_block(b, ans->evidence);
		}
		if (it->action)
			buf_printf(b, "- **%s:** %s: %s\n", T("Oppgave i planen"),
				   report_action_ref(a, it->action),
				   T(action_status_label(it->action->status)));
		buf_putc(b, '\n');
	}
	if (!n)
		buf_printf(b, "%s\n", T("Alle tiltak er på plass eller vurdert som ikke relevante."));
}

static void actions(struct buf *b, struct arena *a, const struct report *r, enum lang lang,
		    bool overdue_only)
{
	buf_printf(b, "| %s | %s | %s | %s | %s | %s |\n|---|---|---|---|---|---|\n", T("Nr."),
		   T("Tiltak"), T("Ansvarlig"), T("Frist"), T("Prioritet"), T("Status"));
	for (size_t i = 0; i < r->n_open; i++) {
		const struct action *x = r->open[i];
		bool late = action_is_overdue(x, r->in->today);
		if (overdue_only && !late)
			continue;
		buf_printf(b, "| %s | ", report_action_ref(a, x));
		markdown_text(b, report_action_title(r, lang, x));
		buf_puts(b, " | ");
		markdown_text(b, x->owner);
		buf_printf(b, " | %s%s | %s | %s |\n", report_date(a, x->due),
			   late ? arena_printf(a, " **%s**", T("forfalt")) : "",
			   T(priority_label(x->priority)), T(action_status_label(x->status)));
	}
}

int report_render_markdown(struct arena *a, const struct report *r, enum lang lang,
			   struct buf *b)
{
	const struct report_input *in = r->in;
	buf_printf(b, "# %s\n\n", T("Lederrapport: IKT-sikkerhet og beredskap"));
	markdown_text(b, arena_printf(a, "%s (%s %s, %s %s)", in->tenant->name, T("kommunenummer"),
				in->tenant->kommunenr, T("org.nr."), in->tenant->orgnr));
	buf_puts(b, "  \n");
	markdown_text(b, arena_printf(a, T("Runde %d: %s, %s"), in->round->no, in->round->title,
				report_round_state(a, lang, in->round)));
	buf_puts(b, "  \n");
	markdown_text(b, arena_printf(a, T("Katalog: %s (versjon %s). Laget %s."),
				text2_get(&in->catalog->title, lang), in->catalog->version,
				report_date(a, in->today)));

	enum readiness_level lvl = readiness_level(r->overall.percent);
	buf_printf(b, "\n\n## %s\n\n**", T("Sammendrag"));
	buf_printf(b, T("Samlet beredskap: %s (%s)"), pct(a, r->overall.percent),
		   T(readiness_level_name(lvl)));
	buf_printf(b, "**\n\n%s\n\n- ", T(readiness_level_text(lvl)));
	buf_printf(b, T("%d på plass, %d delvis, %d ikke på plass, %d ukjent, %d ikke relevant"),
		   r->overall.count[STATUS_JA], r->overall.count[STATUS_DELVIS],
		   r->overall.count[STATUS_NEI], r->overall.count[STATUS_UKJENT],
		   r->overall.count[STATUS_IKKE_RELEVANT]);
	buf_puts(b, "\n- ");
	if (r->has_prev)
		buf_printf(b, T("Endring siden runde %d: %s prosentpoeng (fra %s)."),
			   in->prev_round->no, report_change(a, &r->overall, &r->prev_overall, true),
			   pct(a, r->prev_overall.percent));
	else
		buf_puts(b, T("Dette er kommunens første vurderingsrunde; det finnes ingen tidligere "
			      "runde å sammenligne med."));
	buf_puts(b, "\n- ");
	buf_printf(b, T("%zu åpne oppgaver i handlingsplanen, %zu av dem forfalt."), r->n_open,
		   r->n_overdue);

	buf_printf(b, "\n\n## %s\n\n", T("Beslutninger kommunedirektøren bes om å ta"));
	for (size_t i = 0; i < r->n_decisions; i++) {
		buf_printf(b, "%zu. ", i + 1);
		markdown_text(b, report_decision_text(a, lang, r, &r->decisions[i]));
		buf_putc(b, '\n');
	}
	if (!r->n_decisions)
		buf_printf(b, "%s\n", T("Ingen beslutninger venter."));

	buf_printf(b, "\n## %s\n\n", T("Beredskap per område"));
	area_table(b, a, r, lang);
	measures(b, a, r, lang);

	buf_printf(b, "\n## %s\n\n", T("Forfalte oppgaver"));
	if (r->n_overdue)
		actions(b, a, r, lang, true);
	else
		buf_printf(b, "%s\n", T("Ingen oppgaver er forfalt."));
	buf_printf(b, "\n## %s\n\n", T("Åpne oppgaver i handlingsplanen"));
	if (r->n_open)
		actions(b, a, r, lang, false);
	else
		buf_printf(b, "%s\n", T("Ingen åpne oppgaver."));

	buf_printf(b, "\n## %s\n\n", T("Endringer siden forrige runde"));
	if (!r->has_prev) {
		buf_printf(b, "%s\n", T("Dette er den første runden."));
	} else {
		size_t n = 0;
		for (size_t i = 0; i < r->n_items; i++) {
			const struct report_item *it = &r->items[i];
			if (it->prev == it->status)
				continue;
			n++;
			buf_puts(b, "- ");
			markdown_text(b, arena_printf(a, "%s %s", it->item->id, text2_get(&it->item->title, lang)));
			buf_printf(b, ": %s → %s\n", T(status_label(it->prev)), T(status_label(it->status)));
		}
		if (!n)
			buf_printf(b, "%s\n", T("Ingen tiltak har endret status siden forrige runde."));
	}
	if (in->ros) {
		buf_printf(b, "\n## %s\n\n### %s\n\n", T("Risiko og sårbarhet (ROS)"),
			   T("Tjenester som ikke kan komme tilbake innen tålbar nedetid"));
		for (size_t i = 0; i < r->n_gaps; i++) {
			buf_puts(b, "- ");
			markdown_text(b, report_gap_text(a, lang, r, &r->gaps[i]));
			buf_putc(b, '\n');
		}
		if (!r->n_gaps)
			buf_printf(b, "%s\n", T("Ingen: alle tjenester kan komme tilbake innen tålbar nedetid hvis én ting svikter."));
		buf_printf(b, "\n### %s\n\n", T("De største enkeltpunktene for svikt"));
		for (size_t i = 0; i < r->n_spof; i++) {
			buf_puts(b, "- ");
			markdown_text(b, report_spof_text(a, lang, r, &r->spof[i]));
			buf_putc(b, '\n');
		}
		if (r->n_scenario) {
			buf_puts(b, "\n### ");
			markdown_text(b, arena_printf(a, T("Hvis «%s» faller ut"), in->ros->nodes[r->spof[0].node].name));
			buf_puts(b, "\n\n");
			for (size_t i = 0; i < r->n_scenario; i++) {
				buf_puts(b, "- ");
				markdown_text(b, report_scenario_text(a, lang, r, &r->scenario[i]));
				buf_putc(b, '\n');
			}
		}
		buf_printf(b, "\n### %s\n\n", T("De høyeste risikoene"));
		for (size_t i = 0; i < r->n_risks; i++) {
			buf_puts(b, "- ");
			markdown_text(b, report_risk_text(a, lang, &r->risks[i]));
			buf_putc(b, '\n');
		}
	}
	if (in->n_findings) {
		buf_printf(b, "\n## %s\n\n", T("Funn fra kontrollene"));
		markdown_text(b, report_findings_summary(a, lang, r));
		buf_printf(b, "\n\n### %s\n\n", T("Åpne kritiske og høye funn"));
		for (size_t i = 0; i < r->n_urgent; i++) {
			buf_puts(b, "- ");
			markdown_text(b, report_finding_text(a, lang, r->urgent[i], in->today));
			buf_putc(b, '\n');
		}
		if (!r->n_urgent)
			buf_printf(b, "%s\n", T("Ingen åpne kritiske eller høye funn."));
	}
	if (in->prep) {
		const char *lines[6];
		size_t nl;
		report_prep_text(a, lang, in->prep, lines, &nl);
		buf_printf(b, "\n## %s\n\n", T("Beredskap: plan, kontakter, øvelser og forsikring"));
		for (size_t i = 0; i < nl; i++) {
			buf_puts(b, "- ");
			markdown_text(b, lines[i]);
			buf_putc(b, '\n');
		}
	}
	if (in->coop) {
		size_t nl;
		const char **lines = report_coop_text(a, lang, in->coop, &nl);
		buf_printf(b, "\n## ");
		markdown_text(b, arena_printf(a, T("IKT-samarbeidet: %s"), in->coop->name));
		buf_puts(b, "\n\n");
		for (size_t i = 0; lines && i < nl; i++) {
			buf_puts(b, "- ");
			markdown_text(b, lines[i]);
			buf_putc(b, '\n');
		}
	}
	if (in->evidence) {
		buf_printf(b, "\n## %s\n\n", T("Sikring av systemene: hva registrene sier"));
		for (int i = 0; i < EV_COUNT; i++) {
			buf_puts(b, "- ");
			markdown_text(b, report_evidence_text(a, lang, r, &in->evidence[i]));
			buf_putc(b, '\n');
		}
	}
	if (in->n_attachments) {
		buf_printf(b, "\n## %s\n\n", T("Vedlegg: bevis som filer"));
		for (size_t i = 0; i < in->n_attachments; i++) {
			buf_puts(b, "- ");
			markdown_text(b, report_attachment_text(a, lang, &in->attachments[i]));
			buf_putc(b, '\n');
		}
	}
	buf_printf(b, "\n## %s\n\n%s\n\n", T("Om rapporten"),
		   T("Beredskapen er regnet slik: «ja» gir 2 poeng, «delvis» 1, «nei» og «ukjent» 0; "
		     "«ikke relevant» holdes utenfor. Prosenten er poengsummen delt på det høyeste "
		     "mulige. Det som ikke er kjent å være på plass, regnes ikke som på plass."));
	buf_printf(b, T("Laget av beredt %s, %s (UTC)."), BEREDT_VERSION,
		   in->generated_at ? in->generated_at : "");
	buf_putc(b, '\n');
	return b->failed ? -1 : 0;
}
