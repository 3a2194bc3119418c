/* cmd_serve.c: beredt serve: the web application. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
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

int cmd_serve(struct cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "listen", required_argument, NULL, 'l' }, { "base-url", required_argument, NULL, 'b' },
		{ "tls-cert", required_argument, NULL, 'c' }, { "tls-key", required_argument, NULL, 'k' },
		{ "threads", required_argument, NULL, 't' }, { "help", no_argument, NULL, 'h' },
		{ "check-interval", required_argument, NULL, 'i' }, { "kit-dir", required_argument, NULL, 'K' },
		{ "trusted-proxy", required_argument, NULL, 'p' }, { "head-timeout", required_argument, NULL, 'H' },
		{ "body-timeout", required_argument, NULL, 'B' },
		{ "token-days", required_argument, NULL, 'T' },
		{ 0, 0, 0, 0 },
	};
	const struct settings *set = cli->settings;
	struct web_config cfg = { .db_url = cli->db_url, .listen = "127.0.0.1:8080",
				  .base_url = set->base_url, .threads = 16, .check_interval = 3600,
				  .clock = cli->clock, .trusted_proxies = set->trusted_proxies,
				  .webhook_allow = set->webhook_allow, .settings = set };
	int c, n;
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'l': cfg.listen = optarg; break;
		case 'b': cfg.base_url = optarg; break;
		case 'c': cfg.tls_cert = optarg; break;
		case 'k': cfg.tls_key = optarg; break;
		case 't':
			if (cli_number(optarg, &n) < 0 || n > 32)
				return cli_usage(cli, "--threads 1..32", "«%s» er ikke et gyldig antall.", optarg);
			cfg.threads = (unsigned)n;
			break;
		case 'i':
			n = 0;
			if ((strcmp(optarg, "0") != 0 && cli_number(optarg, &n) < 0) || n > 7 * 24 * 3600)
				return cli_usage(cli, "--check-interval 0..604800", "«%s» er ikke et gyldig antall sekunder.",
						 optarg);
			cfg.check_interval = (unsigned)n;
			break;
		case 'K': cfg.kit_dir = optarg; break;
		case 'p': cfg.trusted_proxies = optarg; break;
		case 'H':
			if (cli_number(optarg, &n) < 0 || n > 120)
				return cli_usage(cli, "--head-timeout 1..120", "«%s» er ikke et gyldig antall sekunder.", optarg);
			cfg.head_timeout = (unsigned)n;
			break;
		case 'B':
			if (cli_number(optarg, &n) < 0 || n > 3600)
				return cli_usage(cli, "--body-timeout 1..3600", "«%s» er ikke et gyldig antall sekunder.", optarg);
			cfg.body_timeout = (unsigned)n;
			break;
		case 'T':
			if (cli_number(optarg, &n) < 0 || n > 366)
				return cli_usage(cli, "--token-days 1..366", "«%s» er ikke et gyldig antall dager.", optarg);
			cfg.token_days = (unsigned)n;
			break;
		case 'h': return cli_help(cli, help);
		default: return cli_usage(cli, "beredt serve --help", "Ukjent valg.");
		}
	}
	if (optind < argc)
		return cli_usage(cli, "beredt serve [--listen ADRESSE:PORT]", "serve tar ingen argumenter.");
	/* a kit written unattended to a directory is always encrypted */
	cfg.kit_passphrase = set->kit_passphrase;
	if (cfg.kit_dir && (!cfg.kit_passphrase || strlen(cfg.kit_passphrase) < 12))
		return cli_usage(cli, "BEREDT_KIT_PASSPHRASE=... beredt serve --kit-dir MAPPE",
				 "--kit-dir krever en passordfrase på minst 12 tegn i BEREDT_KIT_PASSPHRASE.");
	/* the CLI's own connection is not used by the server, which has its pool */
	db_close(cli->db);
	cli->db = NULL;
	if (web_serve(&cfg, ready, cli, &cli->err) < 0)
		return cli_fail(cli);
	puts(T("beredt stoppet."));
	return EXIT_OK;
}
