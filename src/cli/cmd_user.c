/* cmd_user.c: beredt user add|list|disable|enable|reset-2fa, and beredt audit
 * verify|list. */
#include <inttypes.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/checkpoint.h"
#include "cli/options.h"
#include "store/audit.h"
#include "store/membership.h"
#include "store/tenant.h"
#include "store/user.h"

static const char help_user[] = N_(
	"Bruk: beredt user add --kommune NNNN --email E --role les|redaktor|leder|admin\n"
	"                      [--name NAVN] [--lang nb|en] [--base-url URL]\n"
	"       beredt user list [--format text|json]\n"
	"       beredt user disable|enable|reset-2fa|remove E-POST [--base-url URL]\n"
	"       beredt user grant --kommune KODE --email E --role les|redaktor|leder|admin\n"
	"\n"
	"Én konto (én adresse, ett passord, én tofaktor) kan ha en rolle i flere kommuner\n"
	"og samarbeid. grant gir en konto som finnes, en rolle i kommunen; remove avslutter\n"
	"medlemskapet der (innlogginger og API-nøkler der slutter straks), resten av kontoen\n"
	"består. disable og enable slår medlemskapet i kommunen av og på.\n"
	"\n"
	"Legger til brukere i nettløsningen. add og reset-2fa skriver ut en lenke som kan\n"
	"brukes én gang i 24 timer: der velger brukeren passord og setter opp tofaktor\n"
	"(obligatorisk for alle). Lenken begynner med --base-url, BEREDT_BASE_URL eller\n"
	"http://127.0.0.1:8080.\n");

static const char help_audit[] = N_(
	"Bruk: beredt audit verify [--checkpoints MAPPE] [--public-key HEX]\n"
	"       beredt audit list [--limit N] [--format text|json]\n"
	"       beredt audit key --out FIL\n"
	"       beredt audit checkpoint\n"
	"\n"
	"Revisjonssporet kan bare legges til. Hver oppføring har en hash som bygger på den\n"
	"forrige, så en endret, satt inn eller slettet oppføring bryter kjeden. verify går\n"
	"gjennom hele kjeden, sier hvor det første bruddet er, og skriver ut hashen til\n"
	"siste oppføring (ta vare på den et annet sted for å oppdage at hele kjeden er\n"
	"skrevet om).\n"
	"\n"
	"En kuttet slutt ser ikke kjeden selv. Et sjekkpunkt er hodet (nummer og hash) signert\n"
	"med installasjonens nøkkel (Ed25519) og skrevet utenfor databasen: key lager nøkkelen,\n"
	"checkpoint skriver et sjekkpunkt (serve gjør det ved endringer og minst hver time), og\n"
	"verify sjekker sporet mot det nyeste og sier fra om slutten er kuttet eller skrevet om.\n"
	"Nøkkelen og mappen: BEREDT_AUDIT_KEY og BEREDT_AUDIT_CHECKPOINTS ([audit] key,\n"
	"checkpoints).\n");

static const char *base_url(const struct cli *cli, const char *opt)
{
	if (opt && *opt)
		return opt;
	return cli->settings->base_url ? cli->settings->base_url : "http://127.0.0.1:8080";
}

static void print_link(struct cli *cli, const char *base, const char *token)
{
	printf(T("Engangslenke (gyldig i %d timer): %s/enroll?token=%s\n"), ENROLL_HOURS, base, token);
}

/* The user of the tenant with this address (an account with a membership there). */
static int find(struct cli *cli, const struct tenant *t, const char *email, struct user *u)
{
	bool found;
	if (store_user_member(cli->db, &cli->arena, t->id, email, u, &found, &cli->err) < 0)
		return -1;
	if (!found)
		return err_missing(&cli->err, "Ingen bruker i kommune %s har e-postadressen %s.", t->kommunenr,
				   email);
	return 0;
}

int cmd_user(struct cli *cli, int argc, char **argv)
{
	struct user u = { .role = ROLE_LES, .lang = LANG_NB };
	const char *role = NULL, *base = NULL, *lang = NULL;
	bool json = false;
	struct tenant t;
	struct store_stamp s = cli_stamp(cli);
	char token[CRYPTO_TOKEN_TEXT];

	static const struct cli_sub subs[] = { { "add", 0, 0 }, { "list", 0, 0 }, { "disable", 1, 1 }, { "enable", 1, 1 }, { "reset-2fa", 1, 1 },
					       { "remove", 1, 1 }, { "grant", 0, 0 } };
	const struct cli_opt opts[] = {
		{ "email", CLI_OPT_TEXT, &u.email, "E" }, { "role", CLI_OPT_TEXT, &role, "les|redaktor|leder|admin" },
		{ "name", CLI_OPT_TEXT, &u.name, "NAVN" }, { "lang", CLI_OPT_TEXT, &lang, "nb|en" },
		{ "base-url", CLI_OPT_TEXT, &base, "URL" }, { "format", CLI_OPT_FORMAT, &json, NULL },
		{ "kommune", CLI_OPT_TEXT, &cli->kommune, "NR" },
	};
	const struct cli_spec spec = { "user", help_user, subs, CLI_COUNT(subs), opts, CLI_COUNT(opts) };
	struct cli_args args;
	if (cli_parse(cli, &spec, argc, argv, &args) < 0)
		return args.exit;
	if (lang && i18n_parse(lang, &u.lang) < 0)
		return cli_usage(cli, args.usage, "Ukjent språk «%s».", lang);
	if (cli_tenant(cli, &t) < 0)
		return cli_fail(cli);
	if (strcmp(args.sub, "add") == 0) {
		if (!u.email || !role)
			return cli_usage(cli, "beredt user add --email E --role ROLLE", "--email og --role "
					 "må oppgis.");
		bool elsewhere;
		if (role_parse(role, &u.role, &cli->err) < 0 ||
		    store_user_add(cli->db, t.id, &u, &s, token, &elsewhere, &cli->err) < 0)
			return cli_fail(cli);
		/* the installation's operator sees every municipality: the CLI may say which */
		if (elsewhere)
			printf(T("%s har allerede en konto. Åpner personen lenken mens hen er logget inn, får "
				 "kontoen rollen i %s.\n"), u.email, t.name);
		else
			printf(T("La til %s (%s) i %s.\n"), u.email, T(role_label(u.role)), t.name);
		print_link(cli, base_url(cli, base), token);
		return EXIT_OK;
	}
	if (strcmp(args.sub, "grant") == 0) {
		if (!u.email || !role)
			return cli_usage(cli, "beredt user grant --email E --role ROLLE", "--email og --role "
					 "må oppgis.");
		if (role_parse(role, &u.role, &cli->err) < 0 ||
		    store_membership_grant(cli->db, t.id, u.email, u.role, &s, &cli->err) < 0)
			return cli_fail(cli);
		printf(T("%s har nå rollen %s i %s.\n"), u.email, T(role_label(u.role)), t.name);
		return EXIT_OK;
	}
	if (strcmp(args.sub, "remove") == 0) {
		bool found;
		if (find(cli, &t, args.rest[0], &u) < 0 ||
		    store_membership_end(cli->db, t.id, u.id, &s, &found, &cli->err) < 0)
			return cli_fail(cli);
		printf(T("%s er ikke lenger bruker i %s; innlogginger og API-nøkler der er avsluttet.\n"),
		       u.email, t.name);
		return EXIT_OK;
	}
	if (strcmp(args.sub, "list") == 0) {
		struct user *all;
		size_t k;
		if (store_user_list(cli->db, &cli->arena, t.id, &all, &k, &cli->err) < 0)
			return cli_fail(cli);
		json_t *arr = json ? json_array() : NULL;
		for (size_t i = 0; i < k; i++) {
			const char *state = !all[i].active ? "deaktivert" : all[i].totp_secret ? "aktiv"
											   : "venter";
			if (arr)
				json_array_append_new(arr, json_pack("{s:s, s:s, s:s}", "email", all[i].email,
					"role", role_code(all[i].role), "state", state));
			else
				printf("%-40s %-9s %s\n", all[i].email, role_code(all[i].role), T(state));
		}
		return arr ? (cli_print_json(cli, arr) < 0 ? cli_fail(cli) : EXIT_OK) : EXIT_OK;
	}
	if (strcmp(args.sub, "disable") == 0 || strcmp(args.sub, "enable") == 0 || strcmp(args.sub, "reset-2fa") == 0) {
		if (find(cli, &t, args.rest[0], &u) < 0)
			return cli_fail(cli);
		if (strcmp(args.sub, "reset-2fa") == 0) {
			if (store_user_reset(cli->db, t.id, u.id, true, &s, token, &cli->err) < 0)
				return cli_fail(cli);
			printf(T("Tofaktor for %s er nullstilt; alle innlogginger er avsluttet.\n"), u.email);
			print_link(cli, base_url(cli, base), token);
			return EXIT_OK;
		}
		bool on = strcmp(args.sub, "enable") == 0;
		if (store_user_set_active(cli->db, t.id, u.id, on, &s, &cli->err) < 0)
			return cli_fail(cli);
		printf(on ? T("Aktiverte %s.\n") : T("Deaktiverte %s; alle innlogginger er avsluttet.\n"),
		       u.email);
		return EXIT_OK;
	}
	return cli_usage(cli, args.usage, "Ukjent underkommando «%s» eller feil antall argumenter.", args.sub);
}

int cmd_audit(struct cli *cli, int argc, char **argv)
{
	int limit = 50;
	bool json = false;
	const char *out = NULL, *dir = cli->settings->audit_checkpoints, *pub = NULL;
	static const struct cli_sub subs[] = { { "verify", 0, 0 }, { "list", 0, 0 }, { "key", 0, 0 }, { "checkpoint", 0, 0 } };
	const struct cli_opt opts[] = {
		{ "limit", CLI_OPT_NUMBER, &limit, "N" }, { "format", CLI_OPT_FORMAT, &json, NULL },
		{ "out", CLI_OPT_TEXT, &out, "FIL" }, { "checkpoints", CLI_OPT_TEXT, &dir, "MAPPE" },
		{ "public-key", CLI_OPT_TEXT, &pub, "HEX" },
	};
	const struct cli_spec spec = { "audit", help_audit, subs, CLI_COUNT(subs), opts, CLI_COUNT(opts) };
	struct cli_args args;
	if (cli_parse(cli, &spec, argc, argv, &args) < 0)
		return args.exit;
	if (strcmp(args.sub, "key") == 0) {
		char pk[CRYPTO_SIGN_PUBLIC_HEX];
		if (!out)
			return cli_usage(cli, "beredt audit key --out FIL", "--out må oppgis.");
		if (checkpoint_key_new(out, pk, &cli->err) < 0)
			return cli_fail(cli);
		printf(T("Laget signeringsnøkkelen %s. Den offentlige nøkkelen (ta vare på den et annet sted):\n%s\n"), out, pk);
		return EXIT_OK;
	}
	if (strcmp(args.sub, "checkpoint") == 0) {
		bool written;
		if (checkpoint_write(cli->db, &cli->arena, dir, cli->settings->audit_key, cli->now, clock_epoch(&cli->clock),
				     true, &written, &cli->err) < 0)
			return cli_fail(cli);
		printf(T("Skrev et sjekkpunkt av revisjonssporet til %s.\n"), dir);
		return EXIT_OK;
	}
	if (strcmp(args.sub, "verify") == 0) {
		int64_t count, broken;
		const char *head = NULL;
		if (store_audit_verify(cli->db, &cli->arena, &count, &broken, &head, &cli->err) < 0)
			return cli_fail(cli);
		if (broken) {
			fprintf(stderr, T("beredt: Revisjonssporet er brutt ved oppføring %" PRId64 ": %s\n"),
				broken, cli->err.msg);
			return EXIT_FAIL;
		}
		struct checkpoint_check cc = { 0 };
		if (dir && *dir && checkpoint_verify(cli->db, &cli->arena, dir, cli->settings->audit_key, pub, &cc,
						     &cli->err) < 0) {
			if (cli->err.kind != ERR_CONFLICT)
				return cli_fail(cli);
			fprintf(stderr, T("beredt: Revisjonssporet stemmer ikke med sjekkpunktet: %s\n"), cli->err.msg);
			return EXIT_FAIL;
		}
		printf(T("Revisjonssporet er helt: %" PRId64 " oppføringer. Siste hash: %s\n"), count,
		       head ? head : "");
		if (cc.found)
			printf(T("Det stemmer med det nyeste sjekkpunktet (oppføring %" PRId64 ", %s).\n"), cc.seq, cc.at);
		else if (dir && *dir)
			printf(T("Det finnes ikke noe sjekkpunkt i %s ennå.\n"), dir);
		return EXIT_OK;
	}
	if (strcmp(args.sub, "list") == 0) {
		struct tenant t;
		struct audit_entry *all;
		size_t n;
		if (cli_tenant(cli, &t) < 0 ||
		    store_audit_list(cli->db, &cli->arena, t.id, limit, &all, &n, &cli->err) < 0)
			return cli_fail(cli);
		json_t *arr = json ? json_array() : NULL;
		for (size_t i = 0; i < n; i++) {
			const struct audit_entry *x = &all[i];
			if (arr) {
				json_array_append_new(arr, json_pack("{s:I, s:s, s:s, s:s, s:s, s:s?, s:s?}",
					"seq", (json_int_t)x->seq, "at", x->at, "actor", x->actor,
					"action", x->action, "object", x->object, "old", x->old_value,
					"new", x->new_value));
				continue;
			}
			printf("%6" PRId64 " %s %-24s %-16s %s%s%s\n", x->seq, x->at, x->actor, x->action,
			       x->object, x->new_value ? ": " : "", x->new_value ? x->new_value : "");
		}
		return arr ? (cli_print_json(cli, arr) < 0 ? cli_fail(cli) : EXIT_OK) : EXIT_OK;
	}
	return cli_usage(cli, "beredt audit verify|list", "Ukjent underkommando «%s».", args.sub);
}
