/* cmd_user.c: beredt user add|list|disable|enable|reset-2fa, and beredt audit
 * verify|list. */
#include <getopt.h>
#include <inttypes.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "store/audit.h"
#include "store/tenant.h"
#include "store/user.h"

static const char help_user[] = N_(
	"Bruk: beredt user add --kommune NNNN --email E --role les|redaktor|leder|admin\n"
	"                      [--name NAVN] [--lang nb|en] [--base-url URL]\n"
	"       beredt user list [--format text|json]\n"
	"       beredt user disable|enable|reset-2fa E-POST [--base-url URL]\n"
	"\n"
	"Legger til brukere i nettløsningen. add og reset-2fa skriver ut en lenke som kan\n"
	"brukes én gang i 24 timer: der velger brukeren passord og setter opp tofaktor\n"
	"(obligatorisk for alle). Lenken begynner med --base-url, BEREDT_BASE_URL eller\n"
	"http://127.0.0.1:8080.\n");

static const char help_audit[] = N_(
	"Bruk: beredt audit verify\n"
	"       beredt audit list [--limit N] [--format text|json]\n"
	"\n"
	"Revisjonssporet kan bare legges til. Hver oppføring har en hash som bygger på den\n"
	"forrige, så en endret, satt inn eller slettet oppføring bryter kjeden. verify går\n"
	"gjennom hele kjeden, sier hvor det første bruddet er, og skriver ut hashen til\n"
	"siste oppføring (ta vare på den et annet sted for å oppdage at hele kjeden er\n"
	"skrevet om).\n");

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

static int find(struct cli *cli, const struct tenant *t, const char *email, struct user *u)
{
	bool found;
	if (store_user_by_email(cli->db, &cli->arena, email, u, &found, &cli->err) < 0)
		return -1;
	if (!found || u->tenant_id != t->id)
		return err_set(&cli->err, "Ingen bruker i kommune %s har e-postadressen %s.", t->kommunenr,
			       email);
	return 0;
}

int cmd_user(struct cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "email", required_argument, NULL, 'e' }, { "role", required_argument, NULL, 'r' },
		{ "name", required_argument, NULL, 'n' }, { "lang", required_argument, NULL, 'l' },
		{ "base-url", required_argument, NULL, 'b' }, { "format", required_argument, NULL, 'f' },
		{ "kommune", required_argument, NULL, 'k' }, { "help", no_argument, NULL, 'h' },
		{ 0, 0, 0, 0 },
	};
	const char *usage = "beredt user add|list|disable|enable|reset-2fa";
	struct user u = { .role = ROLE_LES, .lang = LANG_NB };
	const char *role = NULL, *base = NULL;
	bool json = false;
	struct tenant t;
	struct store_stamp s = cli_stamp(cli);
	char token[CRYPTO_TOKEN_TEXT];
	int c;

	if (argc >= 2 && cli_is_help(argv[1]))
		return cli_help(cli, help_user);
	if (argc < 2)
		return cli_usage(cli, usage, "Mangler underkommando.");
	while ((c = getopt_long(argc - 1, argv + 1, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'e': u.email = optarg; break;
		case 'r': role = optarg; break;
		case 'n': u.name = optarg; break;
		case 'l':
			if (i18n_parse(optarg, &u.lang) < 0)
				return cli_usage(cli, usage, "Ukjent språk «%s».", optarg);
			break;
		case 'b': base = optarg; break;
		case 'k': cli->kommune = optarg; break;
		case 'f':
			if (cli_format(cli, optarg, &json) < 0)
				return cli_fail(cli);
			break;
		case 'h': return cli_help(cli, help_user);
		default: return cli_usage(cli, usage, "Ukjent valg.");
		}
	}
	const char *sub = argv[1];
	char **rest = argv + 1 + optind;
	int n = argc - 1 - optind;
	if (cli_tenant(cli, &t) < 0)
		return cli_fail(cli);
	if (strcmp(sub, "add") == 0 && n == 0) {
		if (!u.email || !role)
			return cli_usage(cli, "beredt user add --email E --role ROLLE", "--email og --role "
					 "må oppgis.");
		bool elsewhere;
		if (role_parse(role, &u.role, &cli->err) < 0 ||
		    store_user_add(cli->db, t.id, &u, &s, token, &elsewhere, &cli->err) < 0)
			return cli_fail(cli);
		/* the installation's operator sees every municipality: the CLI may say which */
		if (elsewhere)
			printf(T("%s har allerede en konto i en annen kommune. Invitasjonen til %s venter til "
				 "en konto kan høre til flere kommuner.\n"), u.email, t.name);
		else
			printf(T("La til %s (%s) i %s.\n"), u.email, T(role_label(u.role)), t.name);
		print_link(cli, base_url(cli, base), token);
		return EXIT_OK;
	}
	if (strcmp(sub, "list") == 0 && n == 0) {
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
	if ((strcmp(sub, "disable") == 0 || strcmp(sub, "enable") == 0 ||
	     strcmp(sub, "reset-2fa") == 0) && n == 1) {
		if (find(cli, &t, rest[0], &u) < 0)
			return cli_fail(cli);
		if (strcmp(sub, "reset-2fa") == 0) {
			if (store_user_reset(cli->db, t.id, u.id, &s, token, &cli->err) < 0)
				return cli_fail(cli);
			printf(T("Tofaktor for %s er nullstilt; alle innlogginger er avsluttet.\n"), u.email);
			print_link(cli, base_url(cli, base), token);
			return EXIT_OK;
		}
		bool on = strcmp(sub, "enable") == 0;
		if (store_user_set_active(cli->db, t.id, u.id, on, &s, &cli->err) < 0)
			return cli_fail(cli);
		printf(on ? T("Aktiverte %s.\n") : T("Deaktiverte %s; alle innlogginger er avsluttet.\n"),
		       u.email);
		return EXIT_OK;
	}
	return cli_usage(cli, usage, "Ukjent underkommando «%s» eller feil antall argumenter.", sub);
}

int cmd_audit(struct cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "limit", required_argument, NULL, 'n' }, { "format", required_argument, NULL, 'f' },
		{ "help", no_argument, NULL, 'h' }, { 0, 0, 0, 0 },
	};
	int limit = 50, c;
	bool json = false;
	if (argc >= 2 && cli_is_help(argv[1]))
		return cli_help(cli, help_audit);
	if (argc < 2)
		return cli_usage(cli, "beredt audit verify|list", "Mangler underkommando.");
	while ((c = getopt_long(argc - 1, argv + 1, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'n':
			if (cli_number(optarg, &limit) < 0)
				return cli_usage(cli, "--limit N", "«%s» er ikke et tall.", optarg);
			break;
		case 'f':
			if (cli_format(cli, optarg, &json) < 0)
				return cli_fail(cli);
			break;
		case 'h': return cli_help(cli, help_audit);
		default: return cli_usage(cli, "beredt audit verify|list", "Ukjent valg.");
		}
	}
	if (strcmp(argv[1], "verify") == 0) {
		int64_t count, broken;
		const char *head = NULL;
		if (store_audit_verify(cli->db, &cli->arena, &count, &broken, &head, &cli->err) < 0)
			return cli_fail(cli);
		if (broken) {
			fprintf(stderr, T("beredt: Revisjonssporet er brutt ved oppføring %" PRId64 ": %s\n"),
				broken, cli->err.msg);
			return EXIT_FAIL;
		}
		printf(T("Revisjonssporet er helt: %" PRId64 " oppføringer. Siste hash: %s\n"), count,
		       head ? head : "");
		return EXIT_OK;
	}
	if (strcmp(argv[1], "list") == 0) {
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
	return cli_usage(cli, "beredt audit verify|list", "Ukjent underkommando «%s».", argv[1]);
}
