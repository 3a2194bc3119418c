/* cmd_serve.c: beredt serve: the web application. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli/options.h"
#include "web/web.h"

static const char help[] = N_(
	"Bruk: beredt [--db URL] serve [--listen ADRESSE:PORT] [--base-url URL]\n"
	"                         [--tls-cert FIL --tls-key FIL] [--threads N]\n"
	"                         [--check-interval SEKUNDER] [--kit-dir MAPPE]\n"
	"                         [--trusted-proxy ADRESSE,...] [--head-timeout SEKUNDER]\n"
	"                         [--body-timeout SEKUNDER] [--token-days DAGER]\n"
	"\n"
	"Starter nettløsningen (standard 127.0.0.1:8080). Bak en omvendt proxy med TLS\n"
	"(se contrib/nginx.conf) settes --base-url til adressen brukerne ser, for eksempel\n"
	"https://beredt.kommune.no; med --tls-cert og --tls-key serverer beredt TLS selv.\n"
	"Kjører kontrollene (som beredt check) ved start og så hver time, eller hvert\n"
	"--check-interval sekund; 0 slår det av. Med --kit-dir skrives en ny kryptert\n"
	"beredskapspakke per kommune til mappen når planen, kontaktene eller registrene er\n"
	"endret (passordfrasen i BEREDT_KIT_PASSPHRASE). Stopper rent på SIGINT og SIGTERM.\n"
	"\n"
	"--trusted-proxy (eller BEREDT_TRUSTED_PROXIES) gir adressene til omvendte proxyer\n"
	"hvis X-Forwarded-For regnes som klientens adresse; fra alle andre blir den\n"
	"ignorert. Hele forespørselshodet må komme innen --head-timeout sekunder\n"
	"(standard 10), og hele innholdet innen --body-timeout sekunder etter hodet\n"
	"(standard 120). API-nøkler varer i --token-days dager (standard 90). En webhook\n"
	"når bare offentlige https-adresser, med mindre adressen står i\n"
	"BEREDT_WEBHOOK_ALLOW (kommadelt liste som driftsansvarlig for installasjonen setter).\n");

static void ready(const char *base_url, void *arg)
{
	struct cli *cli = arg;
	printf(T("beredt lytter på %s\n"), base_url);
	fflush(stdout);
}

/* A file or directory that holds the municipality's weak points or a secret should not be
 * open to others: said at start (it is the operator's to fix, so the server still starts). */
static void warn_if_open(struct cli *cli, const char *path, mode_t bad, const char *what)
{
	struct stat st;
	if (path && *path && stat(path, &st) == 0 && (st.st_mode & bad))
		fprintf(stderr, T("beredt: advarsel: %s (%s) kan leses av andre (modus %03o); bruk chmod.\n"), what, path,
			(unsigned)(st.st_mode & 0777));
}

int cmd_serve(struct cli *cli, int argc, char **argv)
{
	const struct settings *set = cli->settings;
	struct web_config cfg = { .db_url = cli->db_url, .listen = "127.0.0.1:8080",
				  .base_url = set->base_url, .threads = 16, .check_interval = 3600,
				  .clock = cli->clock, .trusted_proxies = set->trusted_proxies,
				  .webhook_allow = set->webhook_allow, .settings = set };
	const char *given[5] = { 0 };
	const struct cli_opt opts[] = {
		{ "listen", CLI_OPT_TEXT, &cfg.listen, "ADRESSE:PORT" }, { "base-url", CLI_OPT_TEXT, &cfg.base_url, "URL" },
		{ "tls-cert", CLI_OPT_TEXT, &cfg.tls_cert, "FIL" }, { "tls-key", CLI_OPT_TEXT, &cfg.tls_key, "FIL" },
		{ "threads", CLI_OPT_TEXT, &given[0], "1..32" }, { "check-interval", CLI_OPT_TEXT, &given[1], "SEKUNDER" },
		{ "kit-dir", CLI_OPT_TEXT, &cfg.kit_dir, "MAPPE" },
		{ "trusted-proxy", CLI_OPT_TEXT, &cfg.trusted_proxies, "ADRESSER" },
		{ "head-timeout", CLI_OPT_TEXT, &given[2], "SEKUNDER" }, { "body-timeout", CLI_OPT_TEXT, &given[3], "SEKUNDER" },
		{ "token-days", CLI_OPT_TEXT, &given[4], "DAGER" },
	};
	/* the numbers, each with its range: the check interval may be 0 (no checks) */
	const struct { const char *opt; int min, max; unsigned *to; const char *unit; } num[] = {
		{ "threads", 1, 32, &cfg.threads, N_("tråder") },
		{ "check-interval", 0, 7 * 24 * 3600, &cfg.check_interval, N_("sekunder") },
		{ "head-timeout", 1, 120, &cfg.head_timeout, N_("sekunder") },
		{ "body-timeout", 1, 3600, &cfg.body_timeout, N_("sekunder") },
		{ "token-days", 1, 366, &cfg.token_days, N_("dager") },
	};
	const struct cli_spec spec = { "serve", help, NULL, 0, opts, CLI_COUNT(opts) };
	struct cli_args args;
	int n;
	if (cli_parse(cli, &spec, argc, argv, &args) < 0)
		return args.exit;
	for (size_t i = 0; i < CLI_COUNT(num); i++) {
		if (!given[i])
			continue;
		n = 0;
		if ((strcmp(given[i], "0") != 0 && cli_number(given[i], &n) < 0) || n < num[i].min || n > num[i].max)
			return cli_usage(cli, arena_printf(&cli->arena, "--%s %d..%d", num[i].opt, num[i].min, num[i].max),
					 "«%s» er ikke et gyldig antall %s.", given[i], T(num[i].unit));
		*num[i].to = (unsigned)n;
	}
	if (args.n)
		return cli_usage(cli, "beredt serve [--listen ADRESSE:PORT]", "serve tar ingen argumenter.");
	/* a kit written unattended to a directory is always encrypted */
	cfg.kit_passphrase = set->kit_passphrase;
	if (cfg.kit_dir && (!cfg.kit_passphrase || strlen(cfg.kit_passphrase) < 12))
		return cli_usage(cli, "BEREDT_KIT_PASSPHRASE=... beredt serve --kit-dir MAPPE",
				 "--kit-dir krever en passordfrase på minst 12 tegn i BEREDT_KIT_PASSPHRASE.");
	warn_if_open(cli, strncmp(cli->db_url, "sqlite:", 7) == 0 ? cli->db_url + 7 : NULL, 007, T("databasen"));
	warn_if_open(cli, cfg.tls_key, 077, T("TLS-nøkkelen"));
	warn_if_open(cli, cfg.kit_dir, 007, T("mappen for beredskapspakker"));
	warn_if_open(cli, set->audit_checkpoints, 002, T("mappen for sjekkpunkter"));
	/* the CLI's own connection is not used by the server, which has its pool */
	db_close(cli->db);
	cli->db = NULL;
	if (web_serve(&cfg, ready, cli, &cli->err) < 0)
		return cli_fail(cli);
	puts(T("beredt stoppet."));
	return EXIT_OK;
}
