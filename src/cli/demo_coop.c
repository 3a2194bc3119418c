/* demo_coop.c: see demo_coop.h. The registers are CSV files in demo/coop (embedded), read
 * through the import a user runs, "felles:" references included. */
#include "cli/demo_coop.h"

#include <stdio.h>
#include <string.h>

#include "app/import.h"
#include "app/prep_docs.h"
#include "store/coop.h"
#include "store/membership.h"
#include "store/round.h"
#include "store/tenant.h"
#include "store/user.h"
#include "util/buf.h"
#include "util/embed.h"

static const struct { const char *kommunenr, *name, *orgnr; } members[] = {
	{ "3491", "Fjellvik kommune", "944990046" }, { "3492", "Bekkestad kommune", "944990054" },
	{ "3493", "Lia kommune", "944990062" }, { "3494", "Sørdal kommune", "944990070" },
};

static const struct embedded_file *file(const char *name)
{
	for (const struct embedded_file *f = embedded_demo_coop; f->name; f++)
		if (strcmp(f->name, name) == 0)
			return f;
	return NULL;
}

/* The tables of one tenant's files, "CODE-systemer.csv" and so on, those that exist. */
static int import_files(struct cli *cli, int64_t tenant, const char *code, const struct store_stamp *s)
{
	static const struct { const char *suffix; enum ros_table table; } tables[] = {
		{ "leverandorer", ROS_T_VENDORS }, { "systemer", ROS_T_SYSTEMS }, { "tjenester", ROS_T_SERVICES },
		{ "avhengigheter", ROS_T_DEPENDENCIES },
	};
	struct import_source src = { 0 };
	for (size_t i = 0; i < sizeof(tables) / sizeof(tables[0]); i++) {
		const struct embedded_file *f = file(arena_printf(&cli->arena, "%s-%s.csv", code, tables[i].suffix));
		if (f)
			src.csv[tables[i].table] = (struct import_text){ f->data, f->len, f->name };
	}
	return import_register(cli->db, &cli->arena, tenant, &src, s, NULL, &cli->err);
}

/* Granheim keeps its register and adds its dependencies on the shared systems: the
 * dependencies are replaced as a whole, so the file is its own followed by the new rows. */
static int granheim_deps(struct cli *cli, const struct tenant *g, const struct store_stamp *s)
{
	const struct embedded_file *own = NULL, *more = file("3499-avhengigheter.csv");
	for (const struct embedded_file *f = embedded_demo; f->name; f++)
		if (strcmp(f->name, "avhengigheter.csv") == 0)
			own = f;
	if (!own || !more)
		return err_set(&cli->err, "Demofilene for Granheims avhengigheter mangler.");
	const char *rows = memchr(more->data, '\n', more->len);
	struct buf b;
	buf_init(&b, own->len + more->len + 1);
	buf_append(&b, own->data, own->len);
	if (rows)
		buf_append(&b, rows + 1, more->len - (size_t)(rows + 1 - more->data));
	struct import_source src = { 0 };
	src.csv[ROS_T_DEPENDENCIES] = (struct import_text){ b.data, b.len, "avhengigheter.csv" };
	int rc = import_register(cli->db, &cli->arena, g->id, &src, s, NULL, &cli->err);
	buf_release(&b);
	return rc;
}

/* An invited account (no password yet: beredt user reset-2fa gives the link) and its roles. */
static int account(struct cli *cli, int64_t home, const char *email, const char *name, enum role role,
		   const struct store_stamp *s)
{
	char token[CRYPTO_TOKEN_TEXT];
	bool elsewhere;
	struct user u = { .email = email, .name = name, .role = role, .lang = LANG_NB };
	return store_user_add(cli->db, home, &u, s, token, &elsewhere, &cli->err);
}

/* The cooperation's own contacts: its service desk and its incident line, which every
 * member's report and crisis kit name. */
static int contacts(struct cli *cli, const struct tenant *coop, const struct store_stamp *s)
{
	static const struct prep_contact own[] = {
		{ "Servicedesk IKT Fjell", "IKT Fjell", "intern", "Brukerstøtte og første mottaker av feil i de felles "
		  "systemene", "61 00 40 00", NULL, "servicedesk@iktfjell.no", AVAIL_KONTORTID, NULL, NULL, 0, NULL },
		{ "Hendelseslinje IKT Fjell", "IKT Fjell", "intern", "IT-hendelser og dataangrep i de felles systemene, "
		  "døgnet rundt", "61 00 40 99", "Nødnett talegruppe IKT-FJELL", "hendelse@iktfjell.no", AVAIL_DOGNET,
		  "Vaktteknikere for AD, nett og sikkerhetskopi", NULL, 0, NULL },
	};
	struct prep_contacts cs = { arena_alloc(&cli->arena, sizeof(own)), sizeof(own) / sizeof(own[0]) };
	if (!cs.items)
		return err_set(&cli->err, "Tom for minne.");
	memcpy(cs.items, own, sizeof(own));
	for (size_t i = 0; i < cs.n; i++) {
		cs.items[i].verified_on = s->today;
		cs.items[i].verified_by = "Marit Fjell";
	}
	return prep_save_contacts(cli->db, &cli->arena, coop->id, &cs, 0, "samarbeidets kontakter", s, &cli->err);
}

int demo_coop_load(struct cli *cli, const struct tenant *granheim, const struct store_stamp *s)
{
	struct tenant coop = { .kommunenr = DEMO_COOP, .name = "IKT Fjell", .orgnr = "944990038", .cooperation = true };
	struct round r;
	if (store_tenant_add(cli->db, &coop, s, &cli->err) < 0 || import_files(cli, coop.id, DEMO_COOP, s) < 0 ||
	    contacts(cli, &coop, s) < 0 ||
	    account(cli, coop.id, "it-leder@iktfjell.no", "Marit Fjell", ROLE_ADMIN, s) < 0)
		return -1;
	for (size_t i = 0; i < sizeof(members) / sizeof(members[0]); i++) {
		struct tenant m = { .kommunenr = members[i].kommunenr, .name = members[i].name, .orgnr = members[i].orgnr };
		/* a new member starts with a round, and the shared systems are in its register at once */
		if (store_tenant_add(cli->db, &m, s, &cli->err) < 0 ||
		    store_round_start(cli->db, &cli->arena, m.id, "ks-2021", "Første gjennomgang av KS-tiltakene", s, &r,
				      &cli->err) < 0 ||
		    store_coop_join(cli->db, &cli->arena, &coop, m.kommunenr, s, &cli->err) < 0 ||
		    import_files(cli, m.id, m.kommunenr, s) < 0 ||
		    store_membership_grant(cli->db, m.id, "it-leder@iktfjell.no", ROLE_ADMIN, s, &cli->err) < 0)
			return -1;
	}
	if (store_coop_join(cli->db, &cli->arena, &coop, granheim->kommunenr, s, &cli->err) < 0 || granheim_deps(cli, granheim, s) < 0 ||
	    store_membership_grant(cli->db, granheim->id, "it-leder@iktfjell.no", ROLE_ADMIN, s, &cli->err) < 0)
		return -1;
	/* an adviser who reads in one municipality and edits in another */
	int64_t fjellvik = 0, bekkestad = 0;
	struct tenant t;
	if (store_tenant_get(cli->db, &cli->arena, "3491", &t, &cli->err) < 0)
		return -1;
	fjellvik = t.id;
	if (store_tenant_get(cli->db, &cli->arena, "3492", &t, &cli->err) < 0)
		return -1;
	bekkestad = t.id;
	if (account(cli, fjellvik, "radgiver@iktfjell.no", "Per Rådgiver", ROLE_LES, s) < 0 ||
	    store_membership_grant(cli->db, bekkestad, "radgiver@iktfjell.no", ROLE_REDAKTOR, s, &cli->err) < 0 ||
	    store_membership_grant(cli->db, coop.id, "radgiver@iktfjell.no", ROLE_LES, s, &cli->err) < 0)
		return -1;
	return 0;
}
