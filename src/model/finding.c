/* finding.c: see finding.h. */
#include "model/finding.h"

#include <stdlib.h>
#include <string.h>

#include "model/assess.h"
#include "model/ros.h"
#include "util/date.h"
#include "util/i18n.h"

static const struct finding_rule rules[] = {
	{ "ustottet-produkt", "3c", "2.3", SEV_HOY, N_("Programvare uten støtte"),
	  N_("Produsenten retter ikke lenger sikkerhetshull i denne utgaven, så nye sårbarheter "
	     "blir stående åpne."),
	  N_("Oppgrader til en støttet utgave, eller isoler systemet og lag en plan for utfasing."), NULL },
	{ "stotte-slutter", "3c", "2.3", SEV_MIDDELS, N_("Støtten slutter innen seks måneder"),
	  N_("Etter datoen kommer det ikke flere sikkerhetsoppdateringer."),
	  N_("Planlegg og budsjetter oppgraderingen nå."), NULL },
	{ "kjent-utnyttet", "1b, 3c", "3.1", SEV_HOY, N_("Produktet har sårbarheter som utnyttes"),
	  N_("CISA har sett angripere utnytte sårbarheter i dette produktet, og versjonen som er "
	     "registrert, er blant dem som er berørt; noen brukes av løsepengevirus."),
	  N_("Sjekk at systemet har oppdateringene CISA viser til, og følg tiltakene i KEV-katalogen."),
	  N_("bekreftet") },
	{ "kjent-utnyttet-mulig", "1b, 3c", "3.1", SEV_MIDDELS, N_("Produktet kan ha sårbarheter som utnyttes"),
	  N_("CISA har sett angripere utnytte sårbarheter i dette produktet, men beredt vet ikke om "
	     "versjonen som er registrert, er berørt."),
	  N_("Sjekk i leverandørens sikkerhetsmeldinger om versjonen har rettelsene, eller registrer en "
	     "mer presis versjon så beredt kan avgjøre det."), N_("mulig") },
	{ "profil-mangler", "1b, 3a, 3b, 3d", "1.2", SEV_HOY, N_("Sikkerhetsprofilen mangler"),
	  N_("Ingen har registrert hvordan systemet er sikret: innlogging, sikkerhetskopi, "
	     "gjenopprettingstest og overvåking. Det som er ukjent, kan ikke regnes som på plass."),
	  N_("Fyll ut sikkerhetsprofilen for systemet (ROS → Sikkerhet, eller beredt posture set)."), NULL },
	{ "uten-tofaktor", "3a", "2.6", SEV_KRITISK, N_("Eksponert mot internett uten tofaktor"),
	  N_("Et stjålet eller gjettet passord er nok til å komme inn. Slik startet mange "
	     "løsepengevirusangrep."),
	  N_("Slå på tofaktor (eller felles innlogging med tofaktor) for alle brukere, også "
	     "leverandørens."), NULL },
	{ "backup-ubeskyttet", "3b", "2.9", SEV_KRITISK, N_("Kritisk system uten beskyttet sikkerhetskopi"),
	  N_("En angriper med administratortilgang kan slette eller kryptere sikkerhetskopiene "
	     "sammen med systemet, slik det skjedde i Østre Toten."),
	  N_("Ta en kopi som er frakoblet eller ikke kan endres, eller som ligger i et eget "
	     "administrativt domene."), NULL },
	{ "gjenoppretting-utestet", "3b", "2.9", SEV_HOY, N_("Gjenoppretting ikke testet"),
	  N_("En sikkerhetskopi ingen har prøvd å gjenopprette fra, er et håp, ikke en plan."),
	  N_("Gjenopprett systemet til et testmiljø, mål tiden og skriv ned resultatet."), NULL },
	{ "gjenoppretting-treg", "3b", "2.9", SEV_HOY, N_("Gjenoppretting tar lengre tid enn målet"),
	  N_("Siste test viste at systemet ikke kan være tilbake innen gjenopprettingsmålet (RTO)."),
	  N_("Gjør gjenopprettingen raskere, eller avtal et realistisk mål med tjenesteeieren."), NULL },
	{ "uten-overvaking", "3d", "3.2", SEV_HOY, N_("Uten overvåking eller mottaker av varsler"),
	  N_("Et angrep som ingen ser, får virke i fred; de fleste oppdages for sent."),
	  N_("Samle logger fra systemet og bestem hvem som mottar og følger opp varslene."), NULL },
	{ "pentest-gammel", "1b", "3.4", SEV_MIDDELS, N_("Ingen ny penetrasjonstest"),
	  N_("Et system som er eksponert mot internett, bør testes av noen som tenker som en "
	     "angriper minst en gang i året."),
	  N_("Bestill en penetrasjonstest og følg opp funnene."), NULL },
	{ "komponent-ustottet", "3c", "2.3", SEV_MIDDELS, N_("Komponent uten støtte"),
	  N_("En programvarekomponent i systemet (fra leverandørens SBOM) får ikke lenger sikkerhetsoppdateringer."),
	  N_("Be leverandøren om en plan for å bytte komponenten, og følg den opp i avtalen."), NULL },
	{ "komponent-utnyttet", "1b, 3c", "3.1", SEV_HOY, N_("Komponent med sårbarheter som utnyttes"),
	  N_("CISA har sett angripere utnytte sårbarheter i en komponent systemet er bygd av, og "
	     "komponentens versjon er blant dem som er berørt."),
	  N_("Spør leverandøren om systemet er rammet og når det er rettet."), N_("bekreftet") },
	{ "komponent-utnyttet-mulig", "1b, 3c", "3.1", SEV_LAV, N_("Komponent som kan ha sårbarheter som utnyttes"),
	  N_("CISA har sett angripere utnytte sårbarheter i en komponent systemet er bygd av, men "
	     "beredt vet ikke om komponentens versjon er berørt."),
	  N_("Spør leverandøren om versjonen i systemet har rettelsene."), N_("mulig") },
	{ "skanner-sarbarhet", "1b", "3.1", SEV_MIDDELS, N_("Sårbarhet funnet av skanneren"),
	  N_("Sårbarhetsskanneren fant en svakhet som kan utnyttes; alvorligheten følger CVSS, og den "
	     "heves når CISA har sett den utnyttet."),
	  N_("Rett svakheten (oppdatering eller konfigurasjon) og skann på nytt."), NULL },
	{ "risikabel-port", "1b", "2.4", SEV_HOY, N_("Risikabel tjeneste åpen på nettet"),
	  N_("Skanningen fant en tjeneste som angripere ofte bruker for å komme inn eller "
	     "spre seg (fjernskrivebord, fildeling, databaser)."),
	  N_("Steng porten i brannmuren, eller gi tilgang bare gjennom VPN med tofaktor."), NULL },
	{ "plan-mangler", "4a", "4.1", SEV_HOY, N_("Ingen beredskapsplan for dataangrep"),
	  N_("Uten en plan som sier hvem som gjør hva den første timen, går de viktigste timene tapt."),
	  N_("Lag planen fra malen (Beredskap → Planen) og tilpass den."), NULL },
	{ "plan-gjennomgang", "4a", "4.1", SEV_MIDDELS, N_("Beredskapsplanen er ikke gjennomgått"),
	  N_("Forskrift om kommunal beredskapsplikt krever at planen revideres minst en gang i året; "
	     "navn, numre og systemer endrer seg."),
	  N_("Gå gjennom planen og registrer datoen."), NULL },
	{ "kontakt-ubekreftet", "4b", "4.1", SEV_LAV, N_("Kontakt ikke bekreftet"),
	  N_("Et nummer som ikke virker når krisen kommer, er verre enn ingen nummer."),
	  N_("Ring eller skriv og bekreft at oppføringen stemmer, og registrer det."), NULL },
	{ "ovelse-mangler", "4d", "4.1", SEV_MIDDELS, N_("Beredskapsplanen er ikke øvd"),
	  N_("En plan som aldri er øvd, har hull ingen kjenner til."),
	  N_("Gjennomfør en øvelse, for eksempel en diskusjonsøvelse over tiltakskortet for løsepengevirus."), NULL },
	{ "pakke-utdatert", "4a", "4.1", SEV_LAV, N_("Beredskapspakken er ikke oppdatert"),
	  N_("Planen, kontaktene eller registrene er endret etter at siste beredskapspakke ble laget; "
	     "kopien som skal brukes når IKT er nede, er utdatert."),
	  N_("Last ned en ny beredskapspakke og erstatt kopiene (utskrift, minnepinne)."), NULL },
	{ "tiltak-forfalt", "", "", SEV_MIDDELS, N_("Oppgave over fristen"),
	  N_("En oppgave i handlingsplanen har passert fristen uten å være utført."),
	  N_("Gjør oppgaven ferdig, eller sett en ny frist med en begrunnelse."), NULL },
};

/* Ports an attacker looks for first. The severity is for a host exposed to the
 * internet; inside the network it is one step lower. */
static const struct risky_port risky_ports[] = {
	{ 21, "tcp", "FTP", SEV_HOY },
	{ 23, "tcp", "Telnet", SEV_KRITISK },
	{ 135, "tcp", "Microsoft RPC", SEV_HOY },
	{ 139, "tcp", "NetBIOS", SEV_HOY },
	{ 161, "udp", "SNMP", SEV_MIDDELS },
	{ 389, "tcp", "LDAP", SEV_HOY },
	{ 445, "tcp", "SMB (fildeling)", SEV_KRITISK },
	{ 1433, "tcp", "Microsoft SQL Server", SEV_HOY },
	{ 1521, "tcp", "Oracle", SEV_HOY },
	{ 2375, "tcp", "Docker API", SEV_KRITISK },
	{ 3306, "tcp", "MySQL/MariaDB", SEV_HOY },
	{ 3389, "tcp", N_("Fjernskrivebord (RDP)"), SEV_KRITISK },
	{ 5432, "tcp", "PostgreSQL", SEV_HOY },
	{ 5900, "tcp", "VNC", SEV_KRITISK },
	{ 5985, "tcp", "WinRM", SEV_HOY },
	{ 5986, "tcp", "WinRM", SEV_HOY },
	{ 6379, "tcp", "Redis", SEV_HOY },
	{ 9200, "tcp", "Elasticsearch", SEV_HOY },
	{ 11211, "tcp", "Memcached", SEV_MIDDELS },
	{ 27017, "tcp", "MongoDB", SEV_HOY },
};

const struct risky_port *risky_port_find(int port, const char *proto)
{
	for (size_t i = 0; i < sizeof(risky_ports) / sizeof(risky_ports[0]); i++)
		if (risky_ports[i].port == port && proto && strcmp(risky_ports[i].proto, proto) == 0)
			return &risky_ports[i];
	return NULL;
}

void check_settings_default(struct check_settings *s)
{
	*s = (struct check_settings){ .days = { 180, 90, 30, 7 }, .restore_days = 182,
				      .pentest_days = 365, .critical_level = 4, .contact_days = 183,
				      .exercise_days = 730 };
}

int check_settings_check(const struct check_settings *s, struct err *e)
{
	for (int i = 0; i < SEV_COUNT; i++)
		if (s->days[i] < 1 || s->days[i] > CHECK_DAYS_MAX)
			return err_set(e, "Fristen for %s funn må være fra 1 til %d dager.", severity_code((enum severity)i),
				       CHECK_DAYS_MAX);
	for (int i = 1; i < SEV_COUNT; i++)
		if (s->days[i] > s->days[i - 1])
			return err_set(e, "Et alvorligere funn kan ikke ha lengre frist enn et mindre alvorlig.");
	if (s->restore_days < 1 || s->restore_days > CHECK_DAYS_MAX ||
	    s->pentest_days < 1 || s->pentest_days > CHECK_DAYS_MAX ||
	    s->contact_days < 1 || s->contact_days > CHECK_DAYS_MAX ||
	    s->exercise_days < 1 || s->exercise_days > CHECK_DAYS_MAX)
		return err_set(e, "Intervallene for tester må være fra 1 til %d dager.", CHECK_DAYS_MAX);
	if (s->critical_level < 1 || s->critical_level > 5)
		return err_set(e, "Grensen for kritiske systemer må være en kritikalitet fra 1 til 5.");
	return 0;
}

const struct finding_rule *finding_rules(size_t *n)
{
	*n = sizeof(rules) / sizeof(rules[0]);
	return rules;
}

const struct finding_rule *finding_rule(const char *id)
{
	for (size_t i = 0; i < sizeof(rules) / sizeof(rules[0]); i++)
		if (strcmp(rules[i].id, id) == 0)
			return &rules[i];
	return NULL;
}

static int hit(struct arena *a, struct finding_hit **out, size_t *n, size_t *cap, const char *rule,
	       const char *object, const char *name, enum severity sev, const char *detail,
	       const char *owner, struct err *e)
{
	struct finding_hit *h = arena_push(a, (void **)out, n, cap, sizeof(*h));
	if (!h || !object || !detail)
		return err_set(e, "Tom for minne.");
	*h = (struct finding_hit){ rule, object, name, sev, detail, owner, NULL };
	return 0;
}

struct run {
	struct arena *a;
	struct finding_hit **out;
	size_t *n, cap;
	const struct check_settings *set;
	int32_t today;
	enum lang lang;           /* the language the texts are written in */
};

/* A text of a finding in the run's language (a bokmål msgid). */
#define L(s) i18n_tr(r->lang, s)

/* "1 kjent utnyttet sårbarhet", "3 kjente utnyttede sårbarheter" (or in English). */
static const char *kev_count(struct arena *a, enum lang lang, int n)
{
	return arena_printf(a, i18n_n(lang, "%d kjent utnyttet sårbarhet", "%d kjente utnyttede sårbarheter",
				      (unsigned long)n), n);
}

/* The two catalog findings of a system or a component: the entries known to concern its
 * version (high; critical when ransomware uses one), and those that may (lower, saying
 * what to check). 'what' names it with its version, for the text. */
static int kev_hits(struct run *r, const char *sure_rule, const char *maybe_rule, const char *obj,
		    const char *where, const char *what, const char *version, const struct kev_tally *k,
		    enum severity maybe_sev, const char *owner, struct err *e)
{
	const char *ex = k->confirmed_example ? k->confirmed_example : "?";
	if (k->confirmed > 0 &&
	    hit(r->a, r->out, r->n, &r->cap, sure_rule, obj, where, k->confirmed_ransomware ? SEV_KRITISK : SEV_HOY,
		arena_printf(r->a, L("%s: %s gjelder denne versjonen (for eksempel %s%s%s), %d av dem brukt av "
			     "løsepengevirus."), what, kev_count(r->a, r->lang, k->confirmed), ex,
			     k->confirmed_fix ? L(", rettet med ") : "", k->confirmed_fix ? k->confirmed_fix : "",
			     k->confirmed_ransomware), owner, e) < 0)
		return -1;
	if (k->possible == 0)
		return 0;
	ex = k->possible_example ? k->possible_example : "?";
	const char *fix = k->possible_fix ? arena_printf(r->a, L(" (rettet i %s)"), k->possible_fix) : "";
	const char *text = version && *version
		? arena_printf(r->a, L("%s: %s gjelder produktet, men beredt vet ikke om versjon %s er berørt "
			       "(%d brukt av løsepengevirus). Sjekk om versjon %s har rettelsen for %s%s og de andre."), what, kev_count(r->a, r->lang, k->possible), version,
			       k->possible_ransomware, version, ex, fix)
		: arena_printf(r->a, L("%s: %s gjelder produktet (%d brukt av løsepengevirus); ingen versjon er "
			       "registrert. Registrer versjonen, eller sjekk at rettelsen for %s%s og de andre er "
			       "installert."), what, kev_count(r->a, r->lang, k->possible), k->possible_ransomware, ex, fix);
	return hit(r->a, r->out, r->n, &r->cap, maybe_rule, obj, where, maybe_sev, text, owner, e);
}

/* The support status from the catalog, or else from the date the vendor gave. */
static enum life_status support(const struct run *r, const struct check_system *s, int32_t *end)
{
	*end = s->life_end;
	if (s->life != LIFE_UNKNOWN || !s->posture || s->posture->support_end == DATE_NONE)
		return s->life;
	*end = s->posture->support_end;
	if (*end < r->today)
		return LIFE_UNSUPPORTED;
	return *end - r->today <= LIFE_SOON_DAYS ? LIFE_ENDING : LIFE_SUPPORTED;
}

static int system_life(struct run *r, const struct check_system *s, const char *obj, struct err *e)
{
	char day[DATE_TEXT] = "";
	int32_t end;
	enum life_status life = support(r, s, &end);
	if (end != LIFE_NEVER && end != LIFE_ENDED)
		date_format(end, day);
	/* exposed to the internet, an unsupported system is the door left open */
	if (life == LIFE_UNSUPPORTED &&
	    hit(r->a, r->out, r->n, &r->cap, "ustottet-produkt", obj, s->name,
		s->internet_exposed ? SEV_KRITISK : SEV_HOY,
		arena_printf(r->a, L("%s: støtten sluttet %s%s."), s->release, day[0] ? day : L("for lenge siden"),
			     s->internet_exposed ? L("; systemet er eksponert mot internett") : ""), s->owner, e) < 0)
		return -1;
	if (life == LIFE_ENDING &&
	    hit(r->a, r->out, r->n, &r->cap, "stotte-slutter", obj, s->name, SEV_MIDDELS,
		arena_printf(r->a, L("%s: støtten slutter %s."), s->release, day), s->owner, e) < 0)
		return -1;
	/* what only may be there matters more where an attacker reaches it or much rests on it */
	return kev_hits(r, "kjent-utnyttet", "kjent-utnyttet-mulig", obj, s->name, s->release, s->version, &s->kev,
			s->internet_exposed || s->weight >= r->set->critical_level ? SEV_MIDDELS : SEV_LAV, s->owner, e);
}

/* "aldri" or "2025-03-01 (400 dager siden)" (or in English). */
static const char *when(struct arena *a, enum lang lang, int32_t d, int32_t today)
{
	char day[DATE_TEXT];
	if (d == DATE_NONE)
		return i18n_tr(lang, "aldri");
	date_format(d, day);
	return arena_printf(a, i18n_n(lang, "%s (%d dag siden)", "%s (%d dager siden)", (unsigned long)(today - d)), day,
			    (int)(today - d));
}

static int system_posture(struct run *r, const struct check_system *s, const char *obj, struct err *e)
{
	const struct posture *p = s->posture;
	bool critical = s->weight >= r->set->critical_level;
	/* a network line or a laptop is not restored from a backup */
	bool holds_data = !s->kind || (strcmp(s->kind, "nettverk") != 0 && strcmp(s->kind, "sluttbruker") != 0);
	/* one finding that asks for the description, rather than one per unknown field */
	if (!p) {
		if (!critical && !s->internet_exposed)
			return 0;
		return hit(r->a, r->out, r->n, &r->cap, "profil-mangler", obj, s->name,
			   critical && s->internet_exposed ? SEV_HOY : SEV_MIDDELS,
			   arena_printf(r->a, L("Ingen sikkerhetsprofil%s%s."),
					critical ? arena_printf(r->a, L("; tjenester med kritikalitet %d hviler på systemet"),
								s->weight) : "",
					s->internet_exposed ? L("; systemet er eksponert mot internett") : ""),
			   s->owner, e);
	}
	if (s->internet_exposed && !posture_two_factor(p) &&
	    hit(r->a, r->out, r->n, &r->cap, "uten-tofaktor", obj, s->name,
		p->auth == AUTH_PASSORD ? SEV_KRITISK : SEV_HOY,
		p->auth == AUTH_PASSORD ? L("Eksponert mot internett med bare passord.")
					: L("Eksponert mot internett, og ingen har registrert om innloggingen krever tofaktor."),
		s->owner, e) < 0)
		return -1;
	if (critical && holds_data && !posture_backup_protected(p) &&
	    hit(r->a, r->out, r->n, &r->cap, "backup-ubeskyttet", obj, s->name, SEV_KRITISK,
		arena_printf(r->a, L("Tjenester med kritikalitet %d hviler på systemet, og ingen kopi er "
			     "frakoblet, uforanderlig eller i eget administrativt domene."), s->weight), s->owner, e) < 0)
		return -1;
	if (critical && holds_data) {
		const char *why = NULL;
		if (p->restore_tested == DATE_NONE)
			why = L("Gjenoppretting er aldri testet.");
		else if (p->restore_result == RESTORE_FEILET)
			why = arena_printf(r->a, L("Siste gjenopprettingstest %s feilet."), when(r->a, r->lang, p->restore_tested, r->today));
		else if (r->today - p->restore_tested > r->set->restore_days)
			why = arena_printf(r->a, L("Siste gjenopprettingstest var %s; intervallet er %d dager."),
					   when(r->a, r->lang, p->restore_tested, r->today), r->set->restore_days);
		if (why && hit(r->a, r->out, r->n, &r->cap, "gjenoppretting-utestet", obj, s->name,
			       p->restore_result == RESTORE_FEILET ? SEV_KRITISK : SEV_HOY, why, s->owner, e) < 0)
			return -1;
	}
	if (p->restore_hours != ROS_UNKNOWN && s->rto_hours != ROS_UNKNOWN && p->restore_hours > s->rto_hours &&
	    hit(r->a, r->out, r->n, &r->cap, "gjenoppretting-treg", obj, s->name, critical ? SEV_HOY : SEV_MIDDELS,
		arena_printf(r->a, L("Gjenopprettingen tok %d timer; målet (RTO) er %d timer."), p->restore_hours,
			     s->rto_hours), s->owner, e) < 0)
		return -1;
	if ((s->internet_exposed || critical) && !posture_monitored(p)) {
		const char *why = !p->logs_collected ? L("Loggene samles ikke inn.")
				  : !(p->alert_receiver && *p->alert_receiver) ? L("Ingen er satt som mottaker av varsler.")
									     : L("Ingen følger med på varslene.");
		if (hit(r->a, r->out, r->n, &r->cap, "uten-overvaking", obj, s->name,
			s->internet_exposed ? SEV_HOY : SEV_MIDDELS, why, s->owner, e) < 0)
			return -1;
	}
	if (s->internet_exposed &&
	    (p->last_pentest == DATE_NONE || r->today - p->last_pentest > r->set->pentest_days) &&
	    hit(r->a, r->out, r->n, &r->cap, "pentest-gammel", obj, s->name, SEV_MIDDELS,
		arena_printf(r->a, L("Siste penetrasjonstest: %s."), when(r->a, r->lang, p->last_pentest, r->today)), s->owner, e) < 0)
		return -1;
	return 0;
}

static int port_hit(struct run *r, const struct check_port *p, struct err *e)
{
	const struct risky_port *rp = risky_port_find(p->port, p->proto);
	if (!rp)
		return 0;
	enum severity sev = p->internet_exposed ? rp->severity : rp->severity > SEV_LAV ? rp->severity - 1 : SEV_LAV;
	const char *where = p->system_id ? arena_printf(r->a, "%s (%s)", p->system_name, p->host) : p->host;
	return hit(r->a, r->out, r->n, &r->cap, "risikabel-port",
		   arena_printf(r->a, "port:%s:%d/%s", p->host, p->port, p->proto), where, sev,
		   arena_printf(r->a, L("%s åpen på %s port %d/%s%s%s%s."), L(rp->what), p->host, p->port, p->proto,
				p->product ? " (" : "", p->product ? p->product : "", p->product ? ")" : ""),
		   p->owner, e);
}

/* CVSS bands as NVD names them: 9.0+ critical, 7.0+ high, 4.0+ medium, else low; a CVE
 * CISA has seen exploited makes it at least high, and critical when ransomware uses it. */
static int vuln_hit(struct run *r, const struct check_vuln *v, struct err *e)
{
	enum severity sev = v->severity10 >= 90 ? SEV_KRITISK : v->severity10 >= 70 ? SEV_HOY
			    : v->severity10 >= 40 ? SEV_MIDDELS : SEV_LAV;
	if (v->kev && sev < SEV_HOY)
		sev = SEV_HOY;
	if (v->kev_ransomware)
		sev = SEV_KRITISK;
	const char *where = v->system_id ? arena_printf(r->a, "%s (%s)", v->system_name, v->host) : v->host;
	return hit(r->a, r->out, r->n, &r->cap, "skanner-sarbarhet",
		   arena_printf(r->a, "sarbarhet:%s:%s:%s", v->host, v->oid ? v->oid : v->name, v->port), where, sev,
		   arena_printf(r->a, L("%s (CVSS %d.%d) på %s %s%s%s%s."), v->name, v->severity10 / 10, v->severity10 % 10,
				v->host, v->port, v->cves ? "; " : "", v->cves ? v->cves : "",
				v->kev ? L("; CISA har sett den utnyttet") : ""),
		   v->owner, e);
}

static int component_hits(struct run *r, const struct check_component *c, struct err *e)
{
	char day[DATE_TEXT] = "";
	const char *obj = arena_printf(r->a, "komponent:%lld:%s@%s", (long long)c->system_id, c->name,
				       c->version ? c->version : "");
	const char *what = arena_printf(r->a, "%s %s", c->name, c->version ? c->version : "");
	if (!obj || !what)
		return err_set(e, "Tom for minne.");
	if (c->life_end != LIFE_NEVER && c->life_end != LIFE_ENDED && c->life_end != DATE_NONE)
		date_format(c->life_end, day);
	if (c->life == LIFE_UNSUPPORTED &&
	    hit(r->a, r->out, r->n, &r->cap, "komponent-ustottet", obj, c->system_name,
		c->internet_exposed ? SEV_HOY : SEV_MIDDELS,
		arena_printf(r->a, L("Komponenten %s: støtten sluttet %s."), what, *day ? day : L("for lenge siden")),
		c->owner, e) < 0)
		return -1;
	return kev_hits(r, "komponent-utnyttet", "komponent-utnyttet-mulig", obj, c->system_name,
			arena_printf(r->a, L("Komponenten %s"), what), c->version, &c->kev, SEV_LAV, c->owner, e);
}

static int prep_hits(struct run *r, const struct check_prep *p, struct err *e)
{
	char day[DATE_TEXT];
	if (!p->has_plan)
		return hit(r->a, r->out, r->n, &r->cap, "plan-mangler", "plan", "Beredskapsplanen", SEV_HOY,
			   L("Kommunen har ingen beredskapsplan for dataangrep og tap av IKT i beredt."), NULL, e);
	if (p->plan_due == DATE_NONE || p->plan_due < r->today) {
		if (p->plan_due != DATE_NONE)
			date_format(p->plan_due, day);
		if (hit(r->a, r->out, r->n, &r->cap, "plan-gjennomgang", "plan", "Beredskapsplanen", SEV_MIDDELS,
			p->plan_due == DATE_NONE ? L("Planen er aldri registrert som gjennomgått.")
						 : arena_printf(r->a, L("Planen skulle vært gjennomgått %s."), day), NULL, e) < 0)
			return -1;
	}
	for (size_t i = 0; i < p->n_contacts; i++) {
		const struct check_contact *c = &p->contacts[i];
		if (c->verified_on != DATE_NONE && r->today - c->verified_on <= r->set->contact_days)
			continue;
		if (c->verified_on != DATE_NONE)
			date_format(c->verified_on, day);
		if (hit(r->a, r->out, r->n, &r->cap, "kontakt-ubekreftet", arena_printf(r->a, "kontakt:%s", c->name), c->name,
			SEV_LAV, c->verified_on == DATE_NONE ? L("Aldri bekreftet.")
				 : arena_printf(r->a, i18n_n(r->lang, "Sist bekreftet %s (%d dag siden).", "Sist bekreftet %s (%d dager siden).",
							    (unsigned long)(r->today - c->verified_on)),
					       day, (int)(r->today - c->verified_on)),
			NULL, e) < 0)
			return -1;
	}
	if (p->last_exercise == DATE_NONE || r->today - p->last_exercise > r->set->exercise_days) {
		if (p->last_exercise != DATE_NONE)
			date_format(p->last_exercise, day);
		if (hit(r->a, r->out, r->n, &r->cap, "ovelse-mangler", "ovelser", "Øvelser", SEV_MIDDELS,
			p->last_exercise == DATE_NONE ? L("Ingen øvelse er registrert som gjennomført.")
				: arena_printf(r->a, L("Siste øvelse var %s; intervallet er %d dager."), day, r->set->exercise_days),
			NULL, e) < 0)
			return -1;
	}
	if (p->kit_stale &&
	    hit(r->a, r->out, r->n, &r->cap, "pakke-utdatert", "pakke", "Beredskapspakken", SEV_LAV,
		p->kit_written ? arena_printf(r->a, L("Siste pakke ble laget %s; noe er endret siden."), p->kit_written)
			       : L("Ingen beredskapspakke er laget ennå."), NULL, e) < 0)
		return -1;
	return 0;
}

static int run_in(struct arena *a, const struct check_input *in, enum lang lang, struct finding_hit **out, size_t *n,
		  struct err *e)
{
	struct check_settings defaults;
	char day[DATE_TEXT];
	check_settings_default(&defaults);
	struct run r = { a, out, n, 0, in->settings ? in->settings : &defaults, in->today, lang };
	*out = NULL;
	*n = 0;
	for (size_t i = 0; i < in->n_systems; i++) {
		const struct check_system *s = &in->systems[i];
		const char *obj = arena_printf(a, "system:%lld", (long long)s->id);
		if (!obj)
			return err_set(e, "Tom for minne.");
		if (system_life(&r, s, obj, e) < 0 || system_posture(&r, s, obj, e) < 0)
			return -1;
	}
	for (size_t i = 0; i < in->n_ports; i++)
		if (port_hit(&r, &in->ports[i], e) < 0)
			return -1;
	if (in->prep && prep_hits(&r, in->prep, e) < 0)
		return -1;
	for (size_t i = 0; i < in->n_components; i++)
		if (component_hits(&r, &in->components[i], e) < 0)
			return -1;
	for (size_t i = 0; i < in->n_vulns; i++)
		if (vuln_hit(&r, &in->vulns[i], e) < 0)
			return -1;
	for (size_t i = 0; i < in->n_actions; i++) {
		const struct action *x = &in->actions[i];
		if (x->due == DATE_NONE || x->due >= in->today ||
		    (x->status != ACTION_APEN && x->status != ACTION_PAGAR))
			continue;
		date_format(x->due, day);
		if (hit(a, out, n, &r.cap, "tiltak-forfalt", arena_printf(a, "tiltak:%d", x->no),
			arena_printf(a, "T-%d", x->no), x->priority == PRIORITY_HOY ? SEV_HOY : SEV_MIDDELS,
			arena_printf(a, i18n_n(r.lang, "T-%d «%s» hadde frist %s (%d dag siden)%s.",
					    "T-%d «%s» hadde frist %s (%d dager siden)%s.", (unsigned long)(in->today - x->due)),
				     x->no,
				     x->title ? x->title : x->measure_id ? x->measure_id : "", day,
				     (int)(in->today - x->due), x->owner ? "" : i18n_tr(r.lang, "; ingen ansvarlig")), x->owner, e) < 0)
			return -1;
	}
	return 0;
}

/* The rules run once in each language: the same facts, so the same hits in the same order,
 * each with its text in bokmål (detail) and in English (detail_en). */
int check_run(struct arena *a, const struct check_input *in, struct finding_hit **out, size_t *n,
	      struct err *e)
{
	struct finding_hit *en;
	size_t n_en;
	if (run_in(a, in, LANG_NB, out, n, e) < 0 || run_in(a, in, LANG_EN, &en, &n_en, e) < 0)
		return -1;
	for (size_t i = 0; i < *n; i++)
		(*out)[i].detail_en = i < n_en && strcmp(en[i].object, (*out)[i].object) == 0 &&
					      strcmp(en[i].rule, (*out)[i].rule) == 0
					      ? en[i].detail
					      : NULL;
	return 0;
}

const char *finding_detail(const struct finding *f, enum lang lang)
{
	return lang == LANG_EN && f->detail_en && *f->detail_en ? f->detail_en : f->detail;
}

int severity_days(const struct check_settings *set, enum severity s)
{
	struct check_settings d;
	if (!set) {
		check_settings_default(&d);
		set = &d;
	}
	return (unsigned)s < SEV_COUNT ? set->days[s] : set->days[SEV_HOY];
}

static int cmp_int(const void *x, const void *y)
{
	int a = *(const int *)x, b = *(const int *)y;
	return (a > b) - (a < b);
}

static int median(int *v, size_t n)
{
	if (n == 0)
		return -1;
	qsort(v, n, sizeof(int), cmp_int);
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

int finding_figures(struct arena *a, const struct finding *f, size_t n, int32_t today,
		    struct finding_figures *out, struct err *e)
{
	int *ack = arena_alloc(a, (n + 1) * sizeof(int)), *res = arena_alloc(a, (n + 1) * sizeof(int));
	size_t na = 0, nr = 0;
	memset(out, 0, sizeof(*out));
	if (!ack || !res)
		return err_set(e, "Tom for minne.");
	for (size_t i = 0; i < n; i++) {
		if (finding_open(f[i].status)) {
			out->open[f[i].severity]++;
			out->overdue += f[i].due != DATE_NONE && f[i].due < today;
		}
		if (f[i].acknowledged_on != DATE_NONE && f[i].first_seen != DATE_NONE)
			ack[na++] = (int)(f[i].acknowledged_on - f[i].first_seen);
		if (f[i].status == FINDING_RESOLVED && f[i].closed_on != DATE_NONE && f[i].first_seen != DATE_NONE)
			res[nr++] = (int)(f[i].closed_on - f[i].first_seen);
	}
	out->median_ack_days = median(ack, na);
	out->median_resolve_days = median(res, nr);
	return 0;
}

int finding_reconcile(struct arena *a, const struct finding *have, size_t n_have,
		      const struct finding_hit *hits, size_t n_hits, int32_t today,
		      const struct check_settings *set, struct finding_change **out, size_t *n,
		      struct err *e)
{
	size_t cap = 0;
	bool *seen = arena_alloc(a, (n_have + 1) * sizeof(bool));
	*out = NULL;
	*n = 0;
	if (!seen)
		return err_set(e, "Tom for minne.");
	for (size_t h = 0; h < n_hits; h++) {
		size_t f = n_have;
		for (size_t i = 0; i < n_have && f == n_have; i++)
			if (strcmp(have[i].rule, hits[h].rule) == 0 && strcmp(have[i].object, hits[h].object) == 0)
				f = i;
		struct finding_change *c = arena_push(a, (void **)out, n, &cap, sizeof(*c));
		if (!c)
			return err_set(e, "Tom for minne.");
		*c = (struct finding_change){ FC_SEEN, f, h, today + severity_days(set, hits[h].severity) };
		if (f == n_have) {
			c->kind = FC_NEW;
			continue;
		}
		seen[f] = true;
		/* resolved by a person while the rule still fires, or an acceptance run out */
		if (have[f].status == FINDING_RESOLVED ||
		    (have[f].status == FINDING_AKSEPTERT && have[f].accepted_until < today))
			c->kind = FC_REOPEN;
	}
	for (size_t i = 0; i < n_have; i++) {
		if (seen[i] || have[i].status == FINDING_RESOLVED)
			continue;
		struct finding_change *c = arena_push(a, (void **)out, n, &cap, sizeof(*c));
		if (!c)
			return err_set(e, "Tom for minne.");
		*c = (struct finding_change){ FC_CLOSE, i, 0, DATE_NONE };
	}
	return 0;
}

bool finding_open(enum finding_status s)
{
	return s == FINDING_NY || s == FINDING_KVITTERT || s == FINDING_PAGAR;
}

int finding_transition(const struct finding *f, enum finding_status to, const char *reason,
		       int32_t until, int32_t today, struct err *e)
{
	if (!finding_open(f->status) && !(to == FINDING_RESOLVED && f->status == FINDING_AKSEPTERT))
		return err_set(e, "F-%d er %s; bare åpne funn kan endres.", f->no, finding_status_code(f->status));
	if (to == FINDING_NY)
		return err_set(e, "Et funn settes tilbake til ny bare av kontrollen.");
	if (to == f->status)
		return err_set(e, "F-%d er allerede %s.", f->no, finding_status_code(to));
	if (to == FINDING_KVITTERT && f->status != FINDING_NY)
		return err_set(e, "F-%d er allerede kvittert for.", f->no);
	if (to == FINDING_AKSEPTERT) {
		if (!reason || !*reason)
			return err_set(e, "Å akseptere risikoen krever en begrunnelse.");
		if (until == DATE_NONE || until <= today)
			return err_set(e, "Å akseptere risikoen krever en utløpsdato etter i dag.");
		if (until > today + 366)
			return err_set(e, "En risiko kan aksepteres for høyst ett år om gangen.");
	}
	return 0;
}

int severity_parse(const char *s, enum severity *out, struct err *e)
{
	static const char *const codes[SEV_COUNT] = { "lav", "middels", "høy", "kritisk" };
	for (int i = 0; i < SEV_COUNT; i++)
		if (s && strcmp(s, codes[i]) == 0)
			return *out = (enum severity)i, 0;
	return err_set(e, "Ukjent alvorlighet «%s».", s ? s : "");
}

const char *severity_code(enum severity s)
{
	static const char *const codes[SEV_COUNT] = { N_("lav"), N_("middels"), N_("høy"), N_("kritisk") };
	return (unsigned)s < SEV_COUNT ? codes[s] : "?";
}

static const char *const status_codes[FINDING_STATUS_COUNT] = {
	N_("ny"), N_("kvittert"), N_("pågår"), N_("løst"), N_("akseptert"),
};

const char *finding_status_code(enum finding_status s)
{
	return (unsigned)s < FINDING_STATUS_COUNT ? status_codes[s] : "?";
}

int finding_status_parse(const char *s, enum finding_status *out, struct err *e)
{
	for (int i = 0; i < FINDING_STATUS_COUNT; i++)
		if (s && strcmp(s, status_codes[i]) == 0)
			return *out = (enum finding_status)i, 0;
	return err_set(e, "Ukjent status for funn «%s».", s ? s : "");
}

bool finding_matches(const struct finding *f, const struct finding_filter *flt)
{
	if (flt->severity >= 0 && (int)f->severity != flt->severity)
		return false;
	if (flt->status >= 0 && (int)f->status != flt->status)
		return false;
	if (flt->open_only && !finding_open(f->status))
		return false;
	if (flt->rule && *flt->rule && (!f->rule || strcmp(f->rule, flt->rule) != 0))
		return false;
	if (flt->object && *flt->object && (!f->object_name || strcmp(f->object_name, flt->object) != 0))
		return false;
	if (flt->owner && (*flt->owner ? !f->owner || strcmp(f->owner, flt->owner) != 0 : f->owner && *f->owner))
		return false;
	return true;
}
