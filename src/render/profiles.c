/* render/profiles.c: see profiles.h. */
#include "render/profiles.h"

#include "render/html.h"
#include "model/assess.h"
#include "util/date.h"

#define I18N_LANG lang

static const char *hours(struct arena *a, int h)
{
	return h == ROS_UNKNOWN ? "" : arena_printf(a, "%d", h);
}

/* A yes/no badge: good or missing, in words as well as colour. */
static void yes_no(struct buf *b, enum lang lang, bool yes)
{
	page_badge(b, yes ? "ja" : "nei", yes ? T("ja") : T("nei"));
}

static void select_codes(struct buf *b, const struct profiles_view *v, const char *id, const char *label, const char *(*code)(int),
			 const char *(*lab)(int), int n, const char *cur)
{
	enum lang lang = v->lang;
	const char **codes = arena_alloc(v->a, (size_t)n * sizeof(char *));
	const char **labels = arena_alloc(v->a, (size_t)n * sizeof(char *));
	if (!codes || !labels)
		return;
	for (int i = 0; i < n; i++) {
		codes[i] = code(i);
		labels[i] = T(lab(i));
	}
	page_select(b, id, label, codes, labels, n, cur);
}

static const char *auth_code(int i) { return posture_auth_code((enum posture_auth)i); }
static const char *auth_label(int i) { return posture_auth_label((enum posture_auth)i); }
static const char *restore_code(int i) { return posture_restore_code((enum posture_restore)i); }
static const char *restore_label(int i) { return posture_restore_label((enum posture_restore)i); }
static const char *watch_code(int i) { return posture_watch_code((enum posture_watch)i); }
static const char *watch_label(int i) { return posture_watch_label((enum posture_watch)i); }

static void yes_no_select(struct buf *b, enum lang lang, const char *id, const char *label, bool cur)
{
	const char *codes[] = { "nei", "ja" }, *labels[] = { T("nei"), T("ja") };
	page_select(b, id, label, codes, labels, 2, cur ? "ja" : "nei");
}

void profiles_list(struct buf *b, const struct profiles_view *v, const struct ros_register *reg,
		   const struct posture *p, size_t n)
{
	enum lang lang = v->lang;
	size_t k = 0, described = 0;
	/* the profiles of systems in the register (both lists are in system id order) */
	for (size_t i = 0, j = 0; i < reg->n_systems; i++) {
		while (j < n && p[j].system_id < reg->systems[i].id)
			j++;
		described += j < n && p[j].system_id == reg->systems[i].id;
	}
	HTML_LIT(b, "<p>");
	html_text(b, arena_printf(v->a, T("%zu av %zu systemer er beskrevet. Kontrollene bruker profilene til "
					  "funn om tofaktor, sikkerhetskopier, gjenopprettingstester, overvåking og "
					  "penetrasjonstester (tiltak 1b og 3a–3d)."), described, reg->n_systems));
	HTML_LIT(b, "</p>");
	{
		const char *const cols[] = { T("System"), T("Internett"), T("Innlogging"), T("Beskyttet kopi"),
					     T("Siste gjenopprettingstest"), T("Overvåket"), T("Siste pentest") };
		page_thead(b, cols, 7);
	}
	for (size_t i = 0; i < reg->n_systems; i++) {
		const struct ros_system *s = &reg->systems[i];
		while (k < n && p[k].system_id < s->id)
			k++;
		const struct posture *q = k < n && p[k].system_id == s->id ? &p[k] : NULL;
		HTML_LIT(b, "<tr><td>");
		page_link(b, arena_printf(v->a, "/ros/sikkerhet/system?navn=%s", html_query_value(v->a, s->name)), s->name);
		HTML_LIT(b, "</td><td>");
		html_text(b, s->internet_exposed ? T("ja") : T("nei"));
		HTML_LIT(b, "</td>");
		if (!q) {
			HTML_LIT(b, "<td colspan=\"5\">");
			page_badge(b, "ukjent", T("ikke beskrevet"));
			HTML_LIT(b, "</td></tr>");
			continue;
		}
		HTML_LIT(b, "<td>");
		html_text(b, T(posture_auth_label(q->auth)));
		HTML_LIT(b, "</td><td>");
		yes_no(b, lang, posture_backup_protected(q));
		HTML_LIT(b, "</td><td class=\"date\">");
		html_text(b, q->restore_tested == DATE_NONE ? T("aldri") : date_text(v->a, q->restore_tested, ""));
		HTML_LIT(b, "</td><td>");
		yes_no(b, lang, posture_monitored(q));
		HTML_LIT(b, "</td><td class=\"date\">");
		html_text(b, q->last_pentest == DATE_NONE ? T("aldri") : date_text(v->a, q->last_pentest, ""));
		HTML_LIT(b, "</td></tr>");
	}
	page_table_end(b);
}

void profiles_form(struct buf *b, const struct profiles_view *v, const struct ros_system *s, const struct posture *p)
{
	enum lang lang = v->lang;
	HTML_LIT(b, "<p>");
	page_link(b, "/ros/sikkerhet", T("Tilbake til alle sikkerhetsprofilene"));
	HTML_LIT(b, "</p><p>");
	html_text(b, arena_printf(v->a, T("%s, %s. Eksponert mot internett: %s. Gjenopprettingsmål (RTO): %s timer."),
				  s->product ? s->product : T("ukjent produkt"), s->version ? s->version : "",
				  s->internet_exposed ? T("ja") : T("nei"),
				  s->rto_hours == ROS_UNKNOWN ? T("ukjent") : hours(v->a, s->rto_hours)));
	HTML_LIT(b, "</p>");
	if (!v->editor) {
		HTML_LIT(b, "<p class=\"muted\">");
		html_text(b, s->shared ? T("Systemet er samarbeidets, som fører profilen; her kan den bare leses.")
			  : T("Rollen din kan lese, men ikke endre sikkerhetsprofiler."));
		HTML_LIT(b, "</p>");
	}
	page_form(b, v->pg, "/ros/sikkerhet/system");
	page_hidden(b, "navn", s->name);
	HTML_LIT(b, "<fieldset><legend>");
	html_text(b, T("Innlogging (3a)"));
	HTML_LIT(b, "</legend>");
	select_codes(b, v, "innlogging", T("Hvordan brukerne logger inn"), auth_code, auth_label, AUTH_COUNT,
		     posture_auth_code(p->auth));
	HTML_LIT(b, "</fieldset><fieldset><legend>");
	html_text(b, T("Sikkerhetskopi og gjenoppretting (3b)"));
	HTML_LIT(b, "</legend>");
	page_input(b, "backup-timer", T("Sikkerhetskopi tas hver (timer)"), "number", hours(v->a, p->backup_hours), false,
		   NULL, "off");
	yes_no_select(b, lang, "backup-offline", T("Kopi som er frakoblet eller ikke kan endres"), p->backup_offline);
	yes_no_select(b, lang, "backup-eget-domene", T("Kopi i et eget administrativt domene"), p->backup_separate);
	page_input(b, "gjenoppretting-testet", T("Siste gjenopprettingstest"), "date", date_text(v->a, p->restore_tested, ""),
		   false, T("Tomt: aldri testet."), "off");
	select_codes(b, v, "gjenoppretting-resultat", T("Resultat av testen"), restore_code, restore_label,
		     RESTORE_COUNT, posture_restore_code(p->restore_result));
	page_input(b, "gjenoppretting-timer", T("Tiden gjenopprettingen tok (timer)"), "number",
		   hours(v->a, p->restore_hours), false, NULL, "off");
	HTML_LIT(b, "</fieldset><fieldset><legend>");
	html_text(b, T("Livsløp (3c)"));
	HTML_LIT(b, "</legend>");
	page_input(b, "stotte-slutt", T("Leverandørens slutt på støtte"), "date", date_text(v->a, p->support_end, ""), false,
		   T("Brukes når produktet ikke finnes i katalogen over slutt på støtte."), "off");
	HTML_LIT(b, "</fieldset><fieldset><legend>");
	html_text(b, T("Overvåking (3d)"));
	HTML_LIT(b, "</legend>");
	yes_no_select(b, lang, "logger", T("Logger samles inn"), p->logs_collected);
	page_input(b, "varselmottaker", T("Mottaker av varsler"), "text", p->alert_receiver, false,
		   T("Hvem som får varslene, for eksempel en vakttelefon eller et SOC."), "off");
	select_codes(b, v, "oppfolging", T("Når varsler følges opp"), watch_code, watch_label, WATCH_COUNT,
		     posture_watch_code(p->watch));
	HTML_LIT(b, "</fieldset><fieldset><legend>");
	html_text(b, T("Tester (1b)"));
	HTML_LIT(b, "</legend>");
	page_input(b, "skanning", T("Siste sårbarhetsskanning"), "date", date_text(v->a, p->last_scan, ""), false, NULL, "off");
	page_input(b, "pentest", T("Siste penetrasjonstest"), "date", date_text(v->a, p->last_pentest, ""), false, NULL, "off");
	page_input(b, "revisjon", T("Siste revisjon"), "date", date_text(v->a, p->last_audit, ""), false, NULL, "off");
	HTML_LIT(b, "</fieldset>");
	if (v->editor)
		page_button(b, T("Lagre"), NULL, NULL, false);
	page_form_end(b);
}

void profiles_shared(struct buf *b, const struct profiles_view *v, const char *coop, const struct ros_register *reg,
		     const struct posture *p, size_t n)
{
	enum lang lang = v->lang;
	page_h2(b, arena_printf(v->a, T("De felles systemene (profilene føres av %s)"), coop));
	profiles_list(b, v, reg, p, n);
}
