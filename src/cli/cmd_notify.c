/* cmd_notify.c: beredt notify: who is told about findings, and sending the digests (for
 * cron; 'beredt serve' does it by itself). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/notify_outbox.h"
#include "cli/options.h"
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
	struct tenant *all;
	size_t n, queued = 0, sent, failed;
	notify_config_from(cli->settings, &c);
	if (cli_tenants(cli, &all, &n) < 0)
		return cli_fail(cli);
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
	const char *email = NULL, *hook = NULL, *min = NULL;
	struct tenant t;
	static const struct cli_sub subs[] = { { "add", 0, 0 }, { "list", 0, 0 }, { "remove", 1, 1 }, { "send", 0, 0 } };
	const struct cli_opt opts[] = {
		{ "email", CLI_OPT_TEXT, &email, "ADRESSE" }, { "webhook", CLI_OPT_TEXT, &hook, "URL" },
		{ "min", CLI_OPT_TEXT, &min, "kritisk|hoy|middels|lav" },
	};
	const struct cli_spec spec = { "notify", help, subs, CLI_COUNT(subs), opts, CLI_COUNT(opts) };
	struct cli_args args;
	if (cli_parse(cli, &spec, argc, argv, &args) < 0)
		return args.exit;
	int id;
	if (strcmp(args.sub, "send") == 0)
		return send(cli);
	if (cli_tenant(cli, &t) < 0)
		return cli_fail(cli);
	if (strcmp(args.sub, "add") == 0)
		return add(cli, &t, email, hook, min);
	if (strcmp(args.sub, "list") == 0)
		return list(cli, &t);
	if (strcmp(args.sub, "remove") == 0) {
		if (cli_number(args.rest[0], &id) < 0)
			return cli_usage(cli, "beredt notify remove ID", "«%s» er ikke et tall.", args.rest[0]);
		struct store_stamp st = cli_stamp(cli);
		if (store_notify_target_disable(cli->db, &cli->arena, t.id, id, &st, &cli->err) < 0)
			return cli_fail(cli);
		printf(T("Mottaker %d får ikke flere meldinger.\n"), id);
		return EXIT_OK;
	}
	return cli_usage(cli, args.usage, "Ukjent underkommando «%s» eller feil antall argumenter.", args.sub);
}
