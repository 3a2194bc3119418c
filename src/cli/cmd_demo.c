/* cmd_demo.c: beredt demo: the fictional Granheim kommune (3499), with a closed and
 * approved first round a year ago and a half-finished second round that shows every
 * status, an action plan with overdue, rejected and manual actions.
 *
 * Everything is written through the same store calls as a person's changes, with dates
 * relative to today so the demo never goes stale. Loading it twice changes nothing. The
 * ROS registers (30 services, 150 systems, 20 vendors; in demo/ros, made by
 * scripts/gen-demo-ros.py) are imported from the same CSV files a user would write. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/answers.h"
#include "app/import.h"
#include "cli/options.h"
#include "store/action.h"
#include "store/answer.h"
#include "store/catalog.h"
#include "store/round.h"
#include "app/prep_docs.h"
#include "store/posture.h"
#include "store/ros.h"
#include "store/tenant.h"
#include "io/ros_csv.h"
#include "util/embed.h"
#include "cli/demo_coop.h"

#define DEMO_KOMMUNE "3499"

static const char help[] = N_(
	"Bruk: beredt demo [--coop]\n"
	"\n"
	"Laster den oppdiktede demokommunen Granheim (kommunenummer 3499) med en lukket\n"
	"runde fra i fjor og en halvferdig runde i år. Finnes den, endres ingenting.\n"
	"\n"
	"Med --coop også IKT-samarbeidet IKT Fjell (ikt-fjell) med fem medlemskommuner\n"
	"(Granheim, Fjellvik, Bekkestad, Lia og Sørdal) som deler AD, virtualisering, nett,\n"
	"sikkerhetskopi, EPJ og lønn, og to kontoer med roller i flere av dem (inviterte:\n"
	"beredt --coop ikt-fjell user reset-2fa it-leder@iktfjell.no gir lenken).\n");

struct demo_answer {
	const char *measure;
	const char *status;
	const char *owner;
	int due;               /* days from today; 0 = none */
	const char *evidence;
	const char *plan;
};

static const struct demo_answer round1[] = {
	{ "1a", "nei", "Ingrid Haugen", -200, NULL,
	  "Be IKT-samarbeidet om en sikkerhetsrevisjon av infrastrukturen." },
	{ "1b", "nei", "Ingrid Haugen", -150, NULL, "Få på plass sårbarhetsskanning." },
	{ "2a", "delvis", "Ole Berg", -250, "Helhetlig ROS fra 2019 nevner IKT bare overordnet.", NULL },
	{ "2b", "nei", "Ole Berg", -200, NULL, NULL },
	{ "2c", "nei", "Ole Berg", -100, NULL, NULL },
	{ "3a", "delvis", "Ingrid Haugen", -300,
	  "To-faktor på e-post fra utsiden. Ikke på VPN eller fagsystemer.", NULL },
	{ "3b", "nei", "Ingrid Haugen", -200,
	  "Sikkerhetskopien ligger på en NAS i samme domene som serverne.", NULL },
	{ "3c", "ukjent", NULL, 0, NULL, NULL },
	{ "3d", "nei", "Per Olsen", 0, NULL, NULL },
	{ "4a", "delvis", "Ole Berg", -250, "Beredskapsplanen nevner strømbrudd, ikke dataangrep.", NULL },
	{ "4b", "delvis", "Ole Berg", -200, NULL, NULL },
	{ "4d", "nei", "Ole Berg", -100, NULL, NULL },
	{ "5a", "nei", "Hanne Lie", -200, NULL, "Innhente tilbud på cyberforsikring." },
};

static const struct demo_answer round2[] = {
	{ "1a", "ja", NULL, 0,
	  "Revisjon gjennomført av IKT-samarbeidets sikkerhetsteam i mars.\n\n"
	  "- Rapport: *Sikkerhetsrevisjon Granheim 2026* (sak 26/114)\n"
	  "- 14 funn, 9 lukket", NULL },
	{ "1b", "delvis", "Per Olsen", 60,
	  "Ukentlig skanning av eksterne adresser er i gang. Interne nett skannes ikke ennå.",
	  "Utvide skanningen til interne nett og følge opp funn innen 30 dager." },
	{ "2a", "ja", NULL, 0,
	  "Kritiske tjenester kartlagt i helhetlig ROS 2026, vedtatt i kommunestyret.", NULL },
	{ "2b", "delvis", "Ole Berg", 45,
	  "Systemene bak helse, omsorg og barnevern er kartlagt; skole og tekniske tjenester gjenstår.",
	  "Fullføre kartleggingen for skole og teknisk." },
	{ "3a", "delvis", "Ingrid Haugen", -20,
	  "To-faktor på e-post og VPN. Tre fagsystemer har bare passord.",
	  "Innføre to-faktor på de tre fagsystemene, eller skjerme dem bak VPN." },
	{ "3b", "delvis", "Ingrid Haugen", 90,
	  "Ny løsning med uforanderlige kopier er bestilt. Gjenoppretting ble sist testet for to år siden.",
	  "Ta i bruk uforanderlige kopier i eget administrativt domene, og teste full gjenoppretting." },
	{ "3c", "nei", "Ingrid Haugen", -5,
	  "Fire servere kjører Windows Server 2012 R2 uten støtte.",
	  "Fase ut eller isolere de fire serverne." },
	{ "4a", "ja", NULL, 0,
	  "Beredskapsplan for dataangrep vedtatt i juni, med tiltakskort for løsepengevirus.", NULL },
	{ "4b", "ja", NULL, 0, "Kontaktliste med leverandører, KommuneCERT og politiet, verifisert i september.",
	  NULL },
	{ "4d", "nei", "Ole Berg", 30, NULL, "Holde en spilløvelse om tap av IKT." },
	{ "5a", "ikke-relevant", NULL, 0,
	  "Kommunestyret vedtok at kommunen er selvassurandør for cyberrisiko (sak 25/88). "
	  "Vurderes på nytt ved neste budsjett.", NULL },
	{ "5b", "ukjent", NULL, 0, NULL, NULL },
};

static int32_t day(const struct cli *cli, int offset)
{
	return cli->today + offset;
}

static struct store_stamp stamp_at(struct cli *cli, const char *by, int offset)
{
	char d[DATE_TEXT];
	date_format(day(cli, offset), d);
	struct store_stamp s = { .by = by, .at = arena_printf(&cli->arena, "%sT09:00:00Z", d),
				 .today = day(cli, offset) };
	return s;
}

static int answer_all(struct cli *cli, const struct tenant *t, const struct round *r,
		      const struct catalog *c, const struct demo_answer *list, size_t n,
		      const char *by, int offset)
{
	for (size_t i = 0; i < n; i++) {
		const struct demo_answer *d = &list[i];
		struct answer_patch p = { .measure_id = d->measure, .owner = d->owner,
					  .evidence = d->evidence, .plan = d->plan };
		struct store_stamp s = stamp_at(cli, by, offset + (int)i);
		if (status_parse(d->status, &p.status, &cli->err) < 0)
			return -1;
		p.has_status = true;
		if (d->due) {
			p.has_due = true;
			p.due = day(cli, d->due);
		} else if (!status_is_gap(p.status)) {
			p.has_due = true;      /* in place: an old deadline no longer applies */
			p.due = DATE_NONE;
		}
		if (answers_set(cli->db, t->id, r->no, c, &p, &s, NULL, &cli->err) < 0)
			return -1;
	}
	return 0;
}

static int set_action(struct cli *cli, const struct tenant *t, const char *measure,
		      enum action_status st, const char *reason, const char *by, int offset)
{
	struct action x;
	bool found;
	struct store_stamp s = stamp_at(cli, by, offset);
	if (store_action_find_derived(cli->db, &cli->arena, t->id, "ks-2021", measure, &x, &found,
				      &cli->err) < 0)
		return -1;
	if (!found)
		return err_set(&cli->err, "demo: fant ikke tiltaket for %s", measure);
	x.status = st;
	if (reason)
		x.reason = reason;
	return store_action_update(cli->db, t->id, &x, &s, &cli->err);
}

/* What the open actions are estimated to cost, in next year's budget: what the political
 * summary asks the council to set aside. */
static int set_costs(struct cli *cli, const struct tenant *t)
{
	static const struct { const char *measure; int64_t nok; } costs[] = {
		{ "3b", 450000 }, { "3d", 600000 }, { "3c", 800000 }, { "3a", 150000 }, { "2b", 120000 },
	};
	int y, m, d;
	date_to_ymd(cli->today, &y, &m, &d);
	for (size_t i = 0; i < sizeof(costs) / sizeof(costs[0]); i++) {
		struct action x;
		bool found;
		struct store_stamp s = stamp_at(cli, "Hanne Lie", -6);
		if (store_action_find_derived(cli->db, &cli->arena, t->id, "ks-2021", costs[i].measure, &x, &found,
					      &cli->err) < 0)
			return -1;
		if (!found)
			return err_set(&cli->err, "demo: fant ikke tiltaket for %s", costs[i].measure);
		x.cost_nok = costs[i].nok;
		x.cost_year = y + 1;
		if (store_action_update(cli->db, t->id, &x, &s, &cli->err) < 0)
			return -1;
	}
	return 0;
}

/* The security posture of the systems (beredt posture set): the Microsoft 365 services
 * and the security vendor's tools are in order; the rest tells the story the checks are
 * for: an Active Directory whose backups sit in the same domain, an electronic patient
 * record that takes longer to restore than it may, a VPN tested long ago, map and
 * building case systems on the internet with passwords only. Fields as in
 * posture_set_field; a date given as -N is N days ago. */
static const struct { const char *system, *fields; } postures[] = {
	{ "Entra ID", "innlogging=sso-tofaktor;logger=ja;varselmottaker=Sikkerhetsdrift AS (SOC);oppfolging=døgnet;pentest=-120" },
	{ "Exchange Online", "innlogging=sso-tofaktor;logger=ja;varselmottaker=Sikkerhetsdrift AS (SOC);oppfolging=døgnet;pentest=-120" },
	{ "Teams", "innlogging=sso-tofaktor;logger=ja;varselmottaker=Sikkerhetsdrift AS (SOC);oppfolging=døgnet;pentest=-120" },
	{ "SharePoint", "innlogging=sso-tofaktor;logger=ja;varselmottaker=Sikkerhetsdrift AS (SOC);oppfolging=døgnet;pentest=-120" },
	{ "OneDrive", "innlogging=sso-tofaktor;logger=ja;varselmottaker=Sikkerhetsdrift AS (SOC);oppfolging=døgnet;pentest=-120" },
	{ "Intune", "innlogging=sso-tofaktor;logger=ja;varselmottaker=Sikkerhetsdrift AS (SOC);oppfolging=døgnet;pentest=-120" },
	{ "Endepunktsvern", "innlogging=sso-tofaktor;logger=ja;varselmottaker=Sikkerhetsdrift AS (SOC);oppfolging=døgnet;pentest=-200" },
	{ "Logginnsamling", "innlogging=sso-tofaktor;logger=ja;varselmottaker=Sikkerhetsdrift AS (SOC);oppfolging=døgnet;pentest=-200" },
	{ "VPN", "innlogging=tofaktor;logger=ja;varselmottaker=IT-vakt;oppfolging=kontortid;pentest=-500;skanning=-30" },
	{ "Brannmur", "innlogging=tofaktor;logger=ja;varselmottaker=IT-vakt;oppfolging=kontortid;pentest=-500;skanning=-30" },
	{ "Active Directory", "innlogging=tofaktor;backup-timer=24;backup-offline=nei;backup-eget-domene=nei;"
			      "gjenoppretting-testet=-420;gjenoppretting-resultat=ok;gjenoppretting-timer=30;"
			      "logger=ja;varselmottaker=Sikkerhetsdrift AS (SOC);oppfolging=døgnet" },
	{ "Sikkerhetskopi", "innlogging=tofaktor;backup-timer=24;backup-offline=ja;backup-eget-domene=ja;"
			    "gjenoppretting-testet=-60;gjenoppretting-resultat=ok;gjenoppretting-timer=6;logger=ja;"
			    "varselmottaker=IT-vakt;oppfolging=kontortid" },
	{ "EPJ helse og omsorg", "innlogging=sso-tofaktor;backup-timer=4;backup-offline=ja;"
				 "gjenoppretting-testet=-75;gjenoppretting-resultat=delvis;gjenoppretting-timer=20;"
				 "logger=ja;varselmottaker=Helsedata Nord AS;oppfolging=døgnet;revisjon=-300" },
	{ "Byggesak", "innlogging=passord;logger=nei" },
	{ "Kart og matrikkel", "innlogging=passord;logger=ja;varselmottaker=Plan og bygg;oppfolging=kontortid" },
};

static int load_postures(struct cli *cli, const struct tenant *t, const struct store_stamp *s)
{
	struct ros_register r;
	if (store_ros_load_own(cli->db, &cli->arena, t->id, &r, &cli->err) < 0)
		return -1;
	for (size_t i = 0; i < sizeof(postures) / sizeof(postures[0]); i++) {
		struct posture p;
		size_t k = 0;
		while (k < r.n_systems && strcmp(r.systems[k].name, postures[i].system) != 0)
			k++;
		if (k == r.n_systems)
			return err_set(&cli->err, "demo: fant ikke systemet %s", postures[i].system);
		posture_unknown(&p, r.systems[k].id);
		char *fields = arena_strdup(&cli->arena, postures[i].fields), *save = NULL;
		for (char *f = strtok_r(fields, ";", &save); f; f = strtok_r(NULL, ";", &save)) {
			char *v = strchr(f, '=');
			if (!v)
				return err_set(&cli->err, "demo: %s", f);
			*v++ = '\0';
			if (*v == '-') {
				char d[DATE_TEXT];
				date_format(day(cli, -atoi(v + 1)), d);
				v = arena_strdup(&cli->arena, d);
			}
			if (posture_set_field(&p, f, v, &cli->err) < 0)
				return -1;
		}
		if (store_posture_put(cli->db, &cli->arena, t->id, &p, s, &cli->err) < 0)
			return -1;
	}
	return 0;
}

/* Preparedness (measures 4a–5b): the plan from the template with the crisis organisation
 * filled in and reviewed in the spring; the national contacts and Granheim's own, most
 * verified, two not for a long time; a tabletop exercise in September whose lessons
 * include one already in the action plan; two cyber insurance offers to compare. */
static int load_preparedness(struct cli *cli, const struct tenant *t)
{
	struct prep_plan plan;
	struct prep_contacts nat, cs;
	struct arena *a = &cli->arena;
	struct store_stamp s = stamp_at(cli, "Hanne Lie", -200);
	if (prep_plan_template(a, &plan) < 0 || prep_contacts_template(a, &nat) < 0)
		return err_set(&cli->err, "Tom for minne.");
	static const char *const people[][3] = {
		{ "Hanne Lie (kommunedirektør)", "Ole Berg", "900 11 001" },
		{ "Ingrid Haugen (IT-sjef)", "Per Olsen", "900 11 002" },
		{ "Siri Dahl", "Kari Nymo", "900 11 003" },
		{ "Lars Vik", "Siri Dahl", "900 11 004" },
		{ "Anne Moen", "Tor Lund", "900 11 005" },
	};
	for (size_t i = 0; i < plan.n_roles && i < 5; i++) {
		plan.roles[i].person = people[i][0];
		plan.roles[i].deputy = people[i][1];
		plan.roles[i].phone = people[i][2];
	}
	plan.reviewed_on = day(cli, -200);
	plan.leader_report_on = day(cli, -150);
	if (prep_save_plan(cli->db, a, t->id, &plan, 0, "fra malen, tilpasset", &s, &cli->err) < 0)
		return -1;

	static const struct prep_contact own[] = {
		{ "IT-vakt Granheim", "Granheim kommune", "intern", "Første mottaker av alle varsler om IT-hendelser",
		  "900 22 000", "Sambandsradio kanal 4", "it-vakt@granheim.kommune.no", AVAIL_DOGNET, NULL, NULL, 0, NULL },
		{ "Helsedata Nord AS hendelseslinje", "Helsedata Nord AS", "leverandor", "Gjenoppretting av EPJ og "
		  "kurve", "815 00 100", NULL, "hendelse@helsedata-nord.no", AVAIL_DOGNET, "Egen responsgruppe; "
		  "reservedrift i eget datasenter", "Driftsavtale 2023-14", 0, NULL },
		{ "Sikkerhetsdrift AS (SOC)", "Sikkerhetsdrift AS", "leverandor", "Overvåking, analyse og "
		  "hendelseshåndtering", "815 00 200", "900 33 200", "soc@sikkerhetsdrift.no", AVAIL_DOGNET,
		  "Digital etterforskning etter avtale", "SOC-avtale 2025", 0, NULL },
		{ "Trygg Forsikring skadetelefon", "Trygg Forsikring", "ekstern", "Melding av skade; formidler "
		  "hendelseshåndtering", "800 12 345", NULL, NULL, AVAIL_DOGNET, NULL, "Tilbud 2027", 0, NULL },
	};
	size_t n_own = sizeof(own) / sizeof(own[0]);
	cs.n = nat.n + n_own;
	cs.items = arena_alloc(a, cs.n * sizeof(*cs.items));
	if (!cs.items)
		return err_set(&cli->err, "Tom for minne.");
	memcpy(cs.items, nat.items, nat.n * sizeof(*cs.items));
	memcpy(cs.items + nat.n, own, sizeof(own));
	for (size_t i = 0; i < cs.n; i++) {
		/* verified in the autumn, except KommuneCERT and the insurer's line: long ago */
		bool old = strcmp(cs.items[i].name, "KommuneCERT") == 0 || strncmp(cs.items[i].name, "Trygg", 5) == 0;
		cs.items[i].verified_on = day(cli, old ? -400 : -60 - (int)i);
		cs.items[i].verified_by = "Ingrid Haugen";
	}
	s = stamp_at(cli, "Ingrid Haugen", -60);
	if (prep_save_contacts(cli->db, a, t->id, &cs, 0, "demo", &s, &cli->err) < 0)
		return -1;

	static struct prep_lesson lessons[] = {
		{ "Telefonlisten lå bare på filserveren, som var «kryptert» i øvelsen. Skriv den ut.", 0 },
		{ "Ingen visste hvem som skulle varsle Datatilsynet. Gjør personvernombudet ansvarlig.", 0 },
		{ "Gjenoppretting av AD er aldri øvd. Øv det i et isolert nett.", 0 },
	};
	struct prep_exercise ex[] = {
		{ .no = 1, .date = day(cli, -75), .held = true, .kind = "spill",
		  .scenario = "Løsepengevirus fredag ettermiddag: AD og filserver kryptert, e-post nede",
		  .participants = "Kriseledelsen, IT, helse og omsorg, kommunikasjon; KommuneCERT som motspiller",
		  .observations = "Planen ble funnet, men telefonlisten lå på filserveren. Varslingen til "
				  "Datatilsynet tok for lang tid.", .lessons = lessons, .n_lessons = 3 },
		{ .no = 2, .date = day(cli, 120), .held = false, .kind = "funksjon",
		  .scenario = "Gjenoppretting av Active Directory fra frakoblet kopi" },
	};
	struct prep_exercises xs = { ex, 2 };
	s = stamp_at(cli, "Hanne Lie", -70);
	if (prep_save_exercises(cli->db, a, t->id, &xs, 0, "demo", &s, &cli->err) < 0)
		return -1;
	int act;
	s = stamp_at(cli, "Hanne Lie", -69);
	if (prep_lesson_to_action(cli->db, a, t->id, 1, 0, &s, &act, &cli->err) < 0)
		return -1;

	static struct prep_condition cond_a[] = {
		{ "Tofaktor på all fjerntilgang og e-post", "3a", "uten-tofaktor" },
		{ "Frakoblet eller uforanderlig sikkerhetskopi, testet siste år", "3b", "backup-ubeskyttet" },
		{ "Programvare uten støtte fases ut", "3c", "ustottet-produkt" },
	};
	static struct prep_condition cond_b[] = {
		{ "Tofaktor på all fjerntilgang", "3a", NULL },
		{ "Sikkerhetskopi utenfor kommunens domene", NULL, "backup-ubeskyttet" },
	};
	static struct prep_condition cond_p[] = {
		{ "Tofaktor på all fjerntilgang", "3a", "uten-tofaktor" },
		{ "Sikkerhetskopi som er frakoblet eller uforanderlig", "3b", "backup-ubeskyttet" },
		{ "Beredskapsplan for dataangrep", "4a", NULL },
	};
	/* the policy in force this year, registered in the winter; the offers for next year came later */
	struct prep_insurance policy = {
		.name = "Kommuneforsikring cyber 2026", .insurer = "Trygg Forsikring", .offer = false, .from = day(cli, -300),
		.to = day(cli, 65), .premium = 310000, .deductible = 250000, .limit = 10000000,
		.cover = { COVER_YES, COVER_YES, 3000000, 5000000, COVER_NONE, COVER_YES, COVER_YES, COVER_YES },
		.exclusions = "Krig og statlige aktører.", .incident_line = "800 12 345", .notify_hours = 24,
		.conditions = cond_p, .n_conditions = 3 };
	struct prep_insurances first = { &policy, 1 };
	s = stamp_at(cli, "Hanne Lie", -300);
	if (prep_save_insurance(cli->db, a, t->id, &first, 0, "polisen for 2026", &s, &cli->err) < 0)
		return -1;
	struct prep_insurance ins[] = {
		policy,
		{ .name = "Trygg Forsikring, tilbud 2027", .insurer = "Trygg Forsikring", .offer = true,
		  .from = day(cli, 34), .to = day(cli, 399), .premium = 385000, .deductible = 250000, .limit = 20000000,
		  .cover = { COVER_YES, COVER_YES, 5000000, 10000000, COVER_NONE, COVER_YES, 1000000, COVER_YES },
		  .exclusions = "Krig og statlige aktører; kjente sårbarheter som ikke er rettet innen 30 dager.",
		  .incident_line = "800 12 345", .notify_hours = 24, .conditions = cond_a, .n_conditions = 3 },
		{ .name = "Nordisk Cyber, tilbud 2027", .insurer = "Nordisk Cyber", .offer = true,
		  .from = day(cli, 34), .to = day(cli, 399), .premium = 298000, .deductible = 500000, .limit = 15000000,
		  .cover = { COVER_YES, 2000000, 3000000, COVER_NONE, 2000000, COVER_YES, COVER_YES, COVER_NONE },
		  .exclusions = "Krig og terror; driftsavbrudd hos leverandører.", .incident_line = "800 99 000",
		  .notify_hours = 72, .conditions = cond_b, .n_conditions = 2 },
	};
	struct prep_insurances is = { ins, 3 };
	s = stamp_at(cli, "Hanne Lie", -20);
	return prep_save_insurance(cli->db, a, t->id, &is, 1, "to tilbud", &s, &cli->err);
}

/* The ROS registers, the CSV files in demo/ros (embedded), through the import a user runs. */
static int load_register(struct cli *cli, const struct tenant *t, const struct store_stamp *s)
{
	static const struct { const char *file; enum ros_table table; } files[] = {
		{ "leverandorer.csv", ROS_T_VENDORS }, { "systemer.csv", ROS_T_SYSTEMS },
		{ "tjenester.csv", ROS_T_SERVICES }, { "hendelser.csv", ROS_T_EVENTS },
		{ "avhengigheter.csv", ROS_T_DEPENDENCIES },
	};
	struct import_source src = { 0 };
	for (size_t i = 0; i < sizeof(files) / sizeof(files[0]); i++)
		for (const struct embedded_file *f = embedded_demo; f->name; f++)
			if (strcmp(f->name, files[i].file) == 0)
				src.csv[files[i].table] = (struct import_text){ f->data, f->len, f->name };
	return import_register(cli->db, &cli->arena, t->id, &src, s, NULL, &cli->err);
}

static int load(struct cli *cli, struct tenant *t)
{
	struct round r1, r2;
	struct catalog *c;
	struct store_stamp s = stamp_at(cli, "Ingrid Haugen", -400);
	struct action manual = { .origin = ACTION_ORIGIN_MANUAL, .title = "Opplæring i phishing for "
				 "alle ansatte", .owner = "Siri Dahl", .due = day(cli, 20), .cost_nok = 60000,
				 .priority = PRIORITY_MIDDELS, .status = ACTION_APEN };

	if (store_catalog_get(cli->db, &cli->arena, "ks-2021", &c, &cli->err) < 0 ||
	    store_tenant_add(cli->db, t, &s, &cli->err) < 0 ||
	    store_round_start(cli->db, &cli->arena, t->id, "ks-2021",
			      "Første gjennomgang av KS-tiltakene", &s, &r1, &cli->err) < 0 ||
	    answer_all(cli, t, &r1, c, round1, sizeof(round1) / sizeof(round1[0]), "Ingrid Haugen",
		       -395) < 0)
		return -1;
	s = stamp_at(cli, "Hanne Lie", -340);
	if (store_round_close(cli->db, t->id, r1.no, "Hanne Lie", ROUND_UNKNOWN_ANY, &s, &cli->err) < 0)
		return -1;
	s = stamp_at(cli, "Ole Berg", -45);
	if (store_round_start(cli->db, &cli->arena, t->id, "ks-2021", "Årlig gjennomgang", &s, &r2,
			      &cli->err) < 0 ||
	    answer_all(cli, t, &r2, c, round2, sizeof(round2) / sizeof(round2[0]), "Ole Berg", -40) < 0 ||
	    set_action(cli, t, "1b", ACTION_PAGAR, NULL, "Per Olsen", -10) < 0 ||
	    set_action(cli, t, "3b", ACTION_PAGAR, NULL, "Ingrid Haugen", -9) < 0 ||
	    set_action(cli, t, "4d", ACTION_AVVIST, "Øvelsen er utsatt til IKT-samarbeidets felles "
		       "øvelse neste år.", "Hanne Lie", -8) < 0)
		return -1;
	s = stamp_at(cli, "Siri Dahl", -7);
	if (store_action_add(cli->db, t->id, &manual, &s, &cli->err) < 0 || set_costs(cli, t) < 0)
		return -1;
	s = stamp_at(cli, "Ole Berg", -30);
	if (load_register(cli, t, &s) < 0)
		return -1;
	s = stamp_at(cli, "Per Olsen", -20);
	if (load_postures(cli, t, &s) < 0)
		return -1;
	return load_preparedness(cli, t);
}

int cmd_demo(struct cli *cli, int argc, char **argv)
{
	struct tenant t = { .kommunenr = DEMO_KOMMUNE, .name = "Granheim kommune",
			    .orgnr = "944990011" };
	struct tenant *all;
	size_t n;
	bool coop = false, have = false, have_coop = false;
	const struct cli_opt opts[] = { { "coop", CLI_OPT_FLAG, &coop, NULL } };
	const struct cli_spec spec = { "demo", help, NULL, 0, opts, CLI_COUNT(opts) };
	struct cli_args args;
	if (cli_parse(cli, &spec, argc, argv, &args) < 0)
		return args.exit;
	if (args.n)
		return cli_usage(cli, "beredt demo [--coop]", "demo tar ingen argumenter.");
	if (store_tenant_list(cli->db, &cli->arena, &all, &n, &cli->err) < 0)
		return cli_fail(cli);
	for (size_t i = 0; i < n; i++) {
		if (strcmp(all[i].kommunenr, DEMO_KOMMUNE) == 0) {
			t = all[i];
			have = true;
		}
		have_coop |= strcmp(all[i].kommunenr, DEMO_COOP) == 0;
	}
	if (have && (!coop || have_coop)) {
		printf(T("Demokommunen %s (%s) finnes allerede; ingenting er endret.\n"), t.name, DEMO_KOMMUNE);
		return EXIT_OK;
	}
	/* one transaction: the demo appears whole or not at all */
	if (db_begin(cli->db, &cli->err) < 0)
		return cli_fail(cli);
	struct store_stamp s = stamp_at(cli, "Marit Fjell", -60);
	if ((!have && load(cli, &t) < 0) || (coop && !have_coop && demo_coop_load(cli, &t, &s) < 0)) {
		db_rollback(cli->db);
		return cli_fail(cli);
	}
	if (db_commit(cli->db, &cli->err) < 0)
		return cli_fail(cli);
	if (!have)
		printf(T("Lastet demokommunen %s (%s). Prøv beredt --kommune %s assess show.\n"), t.name,
		       DEMO_KOMMUNE, DEMO_KOMMUNE);
	if (coop && !have_coop)
		printf(T("Lastet IKT-samarbeidet IKT Fjell (%s) med fem medlemskommuner. Prøv beredt coop show %s.\n"),
		       DEMO_COOP, DEMO_COOP);
	return EXIT_OK;
}
