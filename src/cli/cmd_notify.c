/* cmd_notify.c: beredt notify: who is told about findings, and sending the digests (for
 * cron; 'beredt serve' does it by itself). */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/notify.h"
#include "cli/cli.h"
#include "model/notify.h"
#include "store/notify.h"
#include "store/tenant.h"
#include "util/crypto.h"

static const char help[] = N_(
	"Bruk: beredt notify add --email ADRESSE [--min kritisk|høy|middels|lav]\n"
	"       beredt notify add --webhook URL [--min ...]\n"
	"       beredt notify list\n"
	"       beredt notify remove ID\n"
	"       beredt notify send\n"
	"\n"
	"Varsler om funn. Etter hver kontroll får hver mottaker én samlet melding med de nye\n"
	"funnene og funnene som har passert fristen, fra alvorligheten mottakeren har valgt\n"
	"(standard: høy). En webhook får JSON signert med HMAC-SHA256; nøkkelen lages av\n"
	"beredt og vises én gang. send lager meldingene og sender det som står i kø (for cron;\n"
	"beredt serve gjør det selv). E-post sendes med STARTTLS gjennom reléet i\n"
	"BEREDT_SMTP_URL, med BEREDT_SMTP_USER, BEREDT_SMTP_PASSWORD og BEREDT_SMTP_FROM\n"
	"(se docs/notify.md). En melding som ikke kommer fram, prøves igjen senere.\n");

static int add(struct cli *cli, const struct tenant *t, const char *email, const char *hook, const char *min)
{
	char secret[CRYPTO_TOKEN_TEXT];
	struct notify_target target = { .kind = hook ? NOTIFY_WEBHOOK : NOTIFY_EPOST, .address = hook ? hook : email,
					.min_severity = SEV_HOY };
	if ((email != NULL) == (hook != NULL))
		return cli_usage(cli, "beredt notify add --email ADRESSE | --webhook URL", "Oppgi enten --email eller --webhook.");
	if (min && severity_parse(min, &target.min_severity, &cli->err) < 0)
		return cli_fail(cli);
	if (hook) {
		crypto_token(secret);
		target.secret = secret;
	}
	struct store_stamp st = cli_stamp(cli);
	if (store_notify_target_add(cli->db, &cli->arena, t->id, &target, &st, &cli->err) < 0)
		return cli_fail(cli);
	printf(T("Mottaker %lld: %s %s, funn fra %s.\n"), (long long)target.id, notify_kind_code(target.kind),
	       target.address, T(severity_code(target.min_severity)));
	if (hook)
		printf(T("Nøkkelen til signaturen (vises bare nå): %s\n"), secret);
	return EXIT_OK;
}

static int list(struct cli *cli, const struct tenant *t)
{
	struct notify_target *tg;
	struct notify_message *m;
	size_t n, nm;
	if (store_notify_target_list(cli->db, &cli->arena, t->id, &tg, &n, &cli->err) < 0 ||
	    store_notify_outbox(cli->db, &cli->arena, t->id, 10, &m, &nm, &cli->err) < 0)
		return cli_fail(cli);
	if (!n)
		puts(T("Ingen mottakere. Legg til en med beredt notify add --email ADRESSE."));
	for (size_t i = 0; i < n; i++)
		printf("%-4lld %s %s %s %s\n", (long long)tg[i].id, cli_col(cli, notify_kind_code(tg[i].kind), 8),
		       cli_col(cli, T(severity_code(tg[i].min_severity)), 8), tg[i].address,
		       tg[i].active ? "" : T("(stoppet)"));
	if (nm)
		printf("\n%s\n", T("Siste meldinger:"));
	for (size_t i = 0; i < nm; i++) {
		const char *state = m[i].sent_at ? T("sendt") : m[i].failed_at ? T("gitt opp") : T("i kø");
		printf("  %s %s %s (%d %s)%s%s\n", m[i].created_at, cli_col(cli, state, 9), m[i].target.address,
		       m[i].attempts, T("forsøk"), m[i].last_error ? ": " : "", m[i].last_error ? m[i].last_error : "");
	}
	return EXIT_OK;
}

static int send(struct cli *cli)
{
	struct notify_config c;
	struct tenant *all, one;
	size_t n, queued = 0, sent, failed;
	notify_config_from(cli->settings, &c);
	if (cli->kommune) {
		if (cli_tenant(cli, &one) < 0)
			return cli_fail(cli);
		all = &one;
		n = 1;
	} else if (store_tenant_list(cli->db, &cli->arena, &all, &n, &cli->err) < 0) {
		return cli_fail(cli);
	}
	struct store_stamp st = cli_stamp(cli);
	st.by = "beredt notify";
	for (size_t i = 0; i < n; i++) {
		size_t q;
		if (notify_queue_tenant(cli->db, &cli->arena, &all[i], c.base_url, &st, &q, &cli->err) < 0)
			return cli_fail(cli);
		queued += q;
	}
	if (notify_deliver(cli->db, &cli->arena, &c, &st, &sent, &failed, &cli->err) < 0)
		return cli_fail(cli);
	printf(T("%zu nye meldinger i kø; %zu sendt, %zu feilet (prøves igjen senere).\n"), queued, sent, failed);
	return failed ? EXIT_FAIL : EXIT_OK;
}

int cmd_notify(struct cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "email", required_argument, NULL, 'm' }, { "webhook", required_argument, NULL, 'w' },
		{ "min", required_argument, NULL, 'n' }, { "help", no_argument, NULL, 'h' }, { 0, 0, 0, 0 },
	};
	const char *usage = "beredt notify add|list|remove|send", *email = NULL, *hook = NULL, *min = NULL;
	struct tenant t;
	int c;
	if (argc >= 2 && cli_is_help(argv[1]))
		return cli_help(cli, help);
	if (argc < 2)
		return cli_usage(cli, usage, "Mangler underkommando.");
	while ((c = getopt_long(argc - 1, argv + 1, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'm': email = optarg; break;
		case 'w': hook = optarg; break;
		case 'n': min = optarg; break;
		case 'h': return cli_help(cli, help);
		default: return cli_usage(cli, usage, "Ukjent valg.");
		}
	}
	const char *sub = argv[1];
	int n = argc - 1 - optind, id;
	if (strcmp(sub, "send") == 0 && n == 0)
		return send(cli);
	if (cli_tenant(cli, &t) < 0)
		return cli_fail(cli);
	if (strcmp(sub, "add") == 0 && n == 0)
		return add(cli, &t, email, hook, min);
	if (strcmp(sub, "list") == 0 && n == 0)
		return list(cli, &t);
	if (strcmp(sub, "remove") == 0 && n == 1) {
		if (cli_number(argv[optind + 1], &id) < 0)
			return cli_usage(cli, "beredt notify remove ID", "«%s» er ikke et tall.", argv[optind + 1]);
		struct store_stamp st = cli_stamp(cli);
		if (store_notify_target_disable(cli->db, &cli->arena, t.id, id, &st, &cli->err) < 0)
			return cli_fail(cli);
		printf(T("Mottaker %d får ikke flere meldinger.\n"), id);
		return EXIT_OK;
	}
	return cli_usage(cli, usage, "Ukjent underkommando «%s» eller feil antall argumenter.", sub);
}
