/* ros.c: see ros.h. */
#include "model/ros.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include <strings.h>

#include "util/i18n.h"
#include "util/valid.h"

struct code {
	const char *code;
	const char *alias;
	const char *label;
};

/* DSB's critical societal functions, then the municipal service areas. */
static const struct code sectors[] = {
	{ "styring-og-kriseledelse", "governance", N_("Styring og kriseledelse") },
	{ "forsvar", "defence", N_("Forsvar") },
	{ "lov-og-orden", "law-and-order", N_("Lov og orden") },
	{ "helse-og-omsorg", "health-and-care", N_("Helse og omsorg") },
	{ "redningstjeneste", "rescue", N_("Redningstjeneste") },
	{ "ikt-sikkerhet", "ict-security", N_("IKT-sikkerhet i sivil sektor") },
	{ "natur-og-miljo", "nature", N_("Natur og miljø") },
	{ "forsyningssikkerhet", "supply", N_("Forsyningssikkerhet") },
	{ "vann-og-avlop", "water", N_("Vann og avløp") },
	{ "finansielle-tjenester", "finance", N_("Finansielle tjenester") },
	{ "kraftforsyning", "power", N_("Kraftforsyning") },
	{ "elektronisk-kommunikasjon", "telecom", N_("Elektronisk kommunikasjon") },
	{ "transport", "transport", N_("Transport") },
	{ "satellittbaserte-tjenester", "satellite", N_("Satellittbaserte tjenester") },
	{ "oppvekst-og-utdanning", "education", N_("Oppvekst og utdanning") },
	{ "barnevern", "child-welfare", N_("Barnevern") },
	{ "sosiale-tjenester", "social", N_("Sosiale tjenester og NAV") },
	{ "administrasjon", "administration", N_("Administrasjon og økonomi") },
	{ "tekniske-tjenester", "technical", N_("Tekniske tjenester, plan og bygg") },
	{ "kultur", "culture", N_("Kultur og fritid") },
};

static const struct code system_kinds[] = {
	{ "fagsystem", "application", N_("Fagsystem") },
	{ "infrastruktur", "infrastructure", N_("Infrastruktur") },
	{ "nettverk", "network", N_("Nettverk") },
	{ "sky", "cloud", N_("Skytjeneste") },
	{ "ot", "ot", N_("OT/SCADA") },
	{ "sluttbruker", "end-user", N_("Sluttbrukerutstyr") },
};

static const struct code hostings[] = {
	{ "egen", "own", N_("Egen drift") },
	{ "samarbeid", "cooperation", N_("IKT-samarbeid") },
	{ "leverandor", "vendor", N_("Leverandør/SaaS") },
};

static const struct code dep_kinds[] = {
	{ "kjorer-pa", "runs-on", N_("kjører på") },
	{ "autentisering", "authenticates-through", N_("autentiserer gjennom") },
	{ "nettverk", "network", N_("nettverk") },
	{ "dataflyt", "data-flow", N_("dataflyt") },
	{ "leverandorstotte", "vendor-support", N_("leverandørstøtte") },
};

#define N(a) (sizeof(a) / sizeof((a)[0]))

/* A value as compared: ASCII lower case, æ→ae, ø→o, å→a (either case), and spaces, '_',
 * '/' and '-' all as '-', trimmed; so "Egen drift", "egen-drift" and "EGEN DRIFT" meet. */
static void fold(const char *in, char *out, size_t n)
{
	size_t o = 0;
	for (const unsigned char *p = (const unsigned char *)in; *p && o + 3 < n; p++) {
		if (p[0] == 0xC3 && (p[1] == 0xA6 || p[1] == 0x86)) {
			out[o++] = 'a';
			out[o++] = 'e';
			p++;
		} else if (p[0] == 0xC3 && (p[1] == 0xB8 || p[1] == 0x98 || p[1] == 0xA5 || p[1] == 0x85)) {
			out[o++] = p[1] == 0xB8 || p[1] == 0x98 ? 'o' : 'a';
			p++;
		} else if (*p == ' ' || *p == '_' || *p == '/' || *p == '-') {
			if (o && out[o - 1] != '-')
				out[o++] = '-';
		} else {
			out[o++] = (char)(*p >= 'A' && *p <= 'Z' ? *p + 32 : *p);
		}
	}
	while (o && out[o - 1] == '-')
		o--;
	out[o] = '\0';
}

/* The code, its English alias, or its label as the pages show it in either language
 * (what a spreadsheet made from beredt's own template or pages holds). */
static bool matches(const struct code *c, const char *given)
{
	const char *names[] = { c->code, c->alias, c->label, i18n_tr(LANG_EN, c->label) };
	char a[160], b[160];
	fold(given, a, sizeof(a));
	for (size_t k = 0; k < sizeof(names) / sizeof(names[0]); k++) {
		fold(names[k], b, sizeof(b));
		if (*a && strcmp(a, b) == 0)
			return true;
	}
	return false;
}

static int lookup(const struct code *list, size_t n, const char *s, const char **code,
		  const char *what, struct err *e)
{
	char valid[600];
	size_t o = 0;
	for (size_t i = 0; s && i < n; i++) {
		if (matches(&list[i], s)) {
			*code = list[i].code;
			return 0;
		}
	}
	valid[0] = '\0';
	for (size_t i = 0; i < n && o < sizeof(valid) - 70; i++)
		o += (size_t)snprintf(valid + o, sizeof(valid) - o, "%s%s", i ? ", " : "", list[i].code);
	return err_set(e, "Ukjent %s «%s». Gyldige verdier: %s.", what, s ? s : "", valid);
}

size_t ros_list_codes(enum ros_list l, const char **out, size_t max)
{
	const struct code *list = l == ROS_LIST_SECTOR ? sectors : l == ROS_LIST_SYSTEM_KIND ? system_kinds
				  : l == ROS_LIST_HOSTING ? hostings : dep_kinds;
	size_t n = l == ROS_LIST_SECTOR ? N(sectors) : l == ROS_LIST_SYSTEM_KIND ? N(system_kinds)
		   : l == ROS_LIST_HOSTING ? N(hostings) : N(dep_kinds);
	for (size_t i = 0; i < n && i < max; i++)
		out[i] = list[i].code;
	return n;
}

int ros_sector(const char *s, const char **code, struct err *e)
{
	return lookup(sectors, N(sectors), s, code, i18n_tr(e->lang, "sektor"), e);
}

int ros_system_kind(const char *s, const char **code, struct err *e)
{
	return lookup(system_kinds, N(system_kinds), s, code, i18n_tr(e->lang, "systemtype"), e);
}

int ros_hosting(const char *s, const char **code, struct err *e)
{
	return lookup(hostings, N(hostings), s, code, i18n_tr(e->lang, "driftsform"), e);
}

int ros_dep_kind(const char *s, const char **code, struct err *e)
{
	return lookup(dep_kinds, N(dep_kinds), s, code, i18n_tr(e->lang, "avhengighetstype"), e);
}

const char *ros_code_label(const char *code)
{
	const struct { const struct code *list; size_t n; } all[] = {
		{ sectors, N(sectors) }, { system_kinds, N(system_kinds) }, { hostings, N(hostings) },
		{ dep_kinds, N(dep_kinds) },
	};
	for (size_t k = 0; code && k < N(all); k++)
		for (size_t i = 0; i < all[k].n; i++)
			if (strcmp(all[k].list[i].code, code) == 0)
				return all[k].list[i].label;
	return code ? code : "";
}

int ros_node_kind_parse(const char *s, enum ros_node_kind *out, struct err *e)
{
	static const struct { const char *a, *b; enum ros_node_kind k; } kinds[] = {
		{ "tjeneste", "service", ROS_SERVICE }, { "system", "system", ROS_SYSTEM },
		{ "leverandor", "vendor", ROS_VENDOR }, { "leverandør", "supplier", ROS_VENDOR },
	};
	for (size_t i = 0; s && i < N(kinds); i++)
		if (strcasecmp(s, kinds[i].a) == 0 || strcasecmp(s, kinds[i].b) == 0) {
			*out = kinds[i].k;
			return 0;
		}
	return err_set(e, "Ukjent type «%s». Bruk tjeneste, system eller leverandor.", s ? s : "");
}

const char *ros_node_kind_code(enum ros_node_kind k)
{
	return k == ROS_SERVICE ? "tjeneste" : k == ROS_SYSTEM ? "system" : "leverandor";
}

int ros_hours(const char *field, const char *s, int *out, struct err *e)
{
	char *end;
	*out = ROS_UNKNOWN;
	if (!s || !*s)
		return 0;
	long v = strtol(s, &end, 10);
	if (*end || end == s || v < 0 || v > ROS_HOURS_MAX)
		return err_set(e, "%s må være et helt antall timer fra 0 til %d, ikke «%s».", field,
			       ROS_HOURS_MAX, s);
	*out = (int)v;
	return 0;
}

static int hours_ok(const char *field, int h, struct err *e)
{
	if (h != ROS_UNKNOWN && (h < 0 || h > ROS_HOURS_MAX))
		return err_set(e, "%s må være fra 0 til %d timer.", field, ROS_HOURS_MAX);
	return 0;
}

bool ros_is_shared_name(const char *name)
{
	return name && strncmp(name, ROS_SHARED, ROS_SHARED_LEN) == 0;
}

/* A name of the municipality's own: not one the shared register's references use. */
static int own_name(const char *name, struct err *e)
{
	if (ros_is_shared_name(name))
		return err_set(e, "Navnet «%s» begynner med «%s», som er forbeholdt samarbeidets felles systemer og "
			       "leverandører. De endres av samarbeidet, ikke her.", name, ROS_SHARED);
	return 0;
}

int ros_service_check(const struct ros_service *s, struct err *e)
{
	const char *code;
	enum lang l = e->lang;
	if (own_name(s->name, e) < 0 || valid_text(i18n_tr(l, "Navn"), s->name, VALID_NAME_MAX, false, true, e) < 0 ||
	    valid_text(i18n_tr(l, "Beskrivelse"), s->description, VALID_TEXT_MAX, true, false, e) < 0 ||
	    valid_text(i18n_tr(l, "Eier"), s->owner, VALID_NAME_MAX, false, false, e) < 0 ||
	    valid_text(i18n_tr(l, "Reserverutine"), s->fallback, VALID_TEXT_MAX, true, false, e) < 0 ||
	    ros_sector(s->sector, &code, e) < 0 ||
	    hours_ok(i18n_tr(l, "Maksimal tålbar nedetid"), s->mtd_hours, e) < 0)
		return -1;
	if (s->criticality < 1 || s->criticality > 5)
		return err_set(e, "Kritikalitet må være fra 1 (lav) til 5 (livsviktig), ikke %d.", s->criticality);
	return 0;
}

int ros_system_check(const struct ros_system *s, struct err *e)
{
	const char *code;
	enum lang l = e->lang;
	if (own_name(s->name, e) < 0 || valid_text(i18n_tr(l, "Navn"), s->name, VALID_NAME_MAX, false, true, e) < 0 ||
	    valid_text(i18n_tr(l, "Produkt"), s->product, VALID_NAME_MAX, false, false, e) < 0 ||
	    valid_text(i18n_tr(l, "Versjon"), s->version, VALID_NAME_MAX, false, false, e) < 0 ||
	    valid_text(i18n_tr(l, "Administrativt domene"), s->admin_domain, VALID_NAME_MAX, false, false, e) < 0 ||
	    valid_text(i18n_tr(l, "Klassifisering"), s->classification, VALID_NAME_MAX, false, false, e) < 0 ||
	    valid_text(i18n_tr(l, "Eier"), s->owner, VALID_NAME_MAX, false, false, e) < 0 ||
	    valid_text(i18n_tr(l, "Verter"), s->hosts, VALID_TEXT_MAX, false, false, e) < 0 ||
	    ros_system_kind(s->kind, &code, e) < 0 || ros_hosting(s->hosting, &code, e) < 0 ||
	    hours_ok("RTO", s->rto_hours, e) < 0 || hours_ok("RPO", s->rpo_hours, e) < 0)
		return -1;
	return 0;
}

int ros_vendor_check(const struct ros_vendor *v, struct err *e)
{
	enum lang l = e->lang;
	if (own_name(v->name, e) < 0 || valid_text(i18n_tr(l, "Navn"), v->name, VALID_NAME_MAX, false, true, e) < 0 ||
	    valid_text(i18n_tr(l, "Støttetelefon"), v->support_phone, VALID_NAME_MAX, false, false, e) < 0 ||
	    valid_text(i18n_tr(l, "Avtale"), v->contract, VALID_NAME_MAX, false, false, e) < 0 ||
	    hours_ok("RTO", v->rto_hours, e) < 0)
		return -1;
	if (v->orgnr && *v->orgnr && valid_orgnr(v->orgnr, e) < 0)
		return -1;
	return 0;
}

int ros_event_check(const struct ros_event *v, struct err *e)
{
	enum lang l = e->lang;
	if (valid_text(i18n_tr(l, "Hendelse"), v->title, VALID_NAME_MAX, false, true, e) < 0 ||
	    valid_text(i18n_tr(l, "Årsak"), v->cause, VALID_TEXT_MAX, true, false, e) < 0 ||
	    valid_text(i18n_tr(l, "Barrierer"), v->barriers, VALID_TEXT_MAX, true, false, e) < 0 ||
	    valid_text(i18n_tr(l, "Usikkerhet"), v->uncertainty, VALID_TEXT_MAX, true, false, e) < 0 ||
	    valid_text(i18n_tr(l, "Tiltak"), v->measures, VALID_TEXT_MAX, true, false, e) < 0)
		return -1;
	if (v->probability < 'A' || v->probability > 'E')
		return err_set(e, "Sannsynlighet må være A (svært lav) til E (svært høy).");
	for (int i = 0; i < ROS_CONSEQUENCES; i++)
		if (v->consequence[i] < 1 || v->consequence[i] > 5)
			return err_set(e, "Konsekvens må være fra 1 (svært små) til 5 (svært store).");
	return 0;
}

int ros_event_consequence(const struct ros_event *v)
{
	int m = 1;
	for (int i = 0; i < ROS_CONSEQUENCES; i++)
		if (v->consequence[i] > m)
			m = v->consequence[i];
	return m;
}

bool ros_hosts_match(const char *hosts, const char *host)
{
	size_t n = host ? strlen(host) : 0;
	if (!hosts || n == 0)
		return false;
	for (const char *p = hosts; *p;) {
		p += strspn(p, ", ;\t\n");
		size_t len = strcspn(p, ", ;\t\n");
		if (len == n && strncasecmp(p, host, n) == 0)
			return true;
		p += len;
	}
	return false;
}
