/* main.c: beredt [--db URL] [--kommune NNNN] [--lang nb|en] [--user NAME] COMMAND ...
 *
 * Process-wide settings are made here and only here: the locale (C.UTF-8), the time
 * zone (Europe/Oslo, for 'today'), and the gettext binding. */
#include <getopt.h>
#include <libgen.h>
#include <limits.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cli/cli.h"
#include "util/settings.h"
#include "util/clock.h"
#include "net/send.h"
#include "util/crypto.h"
#include "util/totp.h"

#ifndef BEREDT_LOCALEDIR
#define BEREDT_LOCALEDIR "/usr/local/share/locale"
#endif

static const char usage_text[] = N_(
	"Bruk: beredt [--db URL] [--kommune NNNN] [--lang nb|en] [--user NAVN] KOMMANDO ...\n"
	"\n"
	"beredt hjelper kommunen å gjennomgå KS' 15 tiltak for IKT-sikkerhet og beredskap,\n"
	"følge opp handlingsplanen og rapportere til ledelsen.\n"
	"\n"
	"Kommandoer:\n"
	"  init        opprett eller oppgrader databasen og last inn de innebygde katalogene\n"
	"  tenant      registrer og list kommuner (add, list)\n"
	"  coop        IKT-samarbeid og medlemskommunene deres (add, list, show, member)\n"
	"  overview    samarbeidets medlemmer side om side (med --coop ID)\n"
	"  catalog     vis og importer kataloger over tiltak (list, show, import)\n"
	"  assess      vurderingsrunder og svar (start, set, show, list, history, close, approve)\n"
	"  action      handlingsplanen (list, show, add, set, export)\n"
	"  report      lag lederrapporten (HTML, Markdown eller JSON)\n"
	"  export      skriv alt om én kommune som JSON\n"
	"  import      les en eksportfil inn som en ny kommune\n"
	"  demo        last demokommunen Granheim\n"
	"  user        brukere av nettløsningen (add, list, disable, enable, reset-2fa)\n"
	"  audit       revisjonssporet (verify, list)\n"
	"  ros         ROS-registrene og analysene (import, export, list, impact, domain, gaps,\n"
	"              spof, order, support)\n"
	"  data        referansedataene: slutt på støtte og kjente sårbarheter (status, update)\n"
	"  check       kjør kontrollene én gang og oppdater funnene\n"
	"  finding     funnene og oppfølgingen av dem (list, show, ack, start, resolve, accept,\n"
	"              assign, figures, settings)\n"
	"  posture     sikkerhetsprofilen til hvert system (list, show, set)\n"
	"  scan        les inn resultater fra skannere og SBOM-er (import --nmap, --openvas,\n"
	"              --cyclonedx)\n"
	"  notify      varsler om funn på e-post og webhook (add, list, remove, send)\n"
	"  plan        beredskapsplanen og tiltakskortene (show, init, import, card, reviewed)\n"
	"  contact     kontaktene i en krise (list, add, verify, remove, init, export, import)\n"
	"  exercise    øvelser og læringspunkter (list, add, lesson, action, calendar)\n"
	"  competence  kompetansen til å håndtere og gjenopprette (list, add, remove)\n"
	"  insurance   cyberforsikring: poliser og tilbud (list, import, compare)\n"
	"  attachment  bevis som filer på tiltak, oppgaver, funn, tester, øvelser (add, list, get, remove)\n"
	"  incident    hendelsesloggen i en krise (declare, log, show, list)\n"
	"  kit         beredskapspakken som én HTML-fil, kryptert om ønsket\n"
	"  backup      sikkerhetskopi av beredts egen database\n"
	"  serve       start nettløsningen\n"
	"\n"
	"Globale valg:\n"
	"  --db URL        sqlite:STI eller postgresql://... (ellers BEREDT_DB,\n"
	"                  ellers sqlite:var/beredt.db)\n"
	"  --kommune NNNN  kommunenummeret det gjelder (ellers BEREDT_KOMMUNE, eller den\n"
	"                  eneste kommunen i databasen)\n"
	"  --coop ID       samarbeidet det gjelder (det samme som --kommune ID)\n"
	"  --lang nb|en    språk for tekst og rapporter (ellers BEREDT_LANG, ellers nb)\n"
	"  --user NAVN     hvem som gjør endringen (ellers BEREDT_USER, ellers $USER)\n"
	"\n"
	"Skriv beredt KOMMANDO --help for hjelp til en kommando.\n");

static const struct {
	const char *name;
	int (*fn)(struct cli *, int, char **);
	bool needs_db;
} commands[] = {
	{ "init", cmd_init, false },
	{ "tenant", cmd_tenant, true },
	{ "coop", cmd_coop, true },
	{ "overview", cmd_overview, true },
	{ "catalog", cmd_catalog, true },
	{ "assess", cmd_assess, true },
	{ "action", cmd_action, true },
	{ "report", cmd_report, true },
	{ "export", cmd_export, true },
	{ "import", cmd_import, true },
	{ "demo", cmd_demo, true },
	{ "user", cmd_user, true },
	{ "audit", cmd_audit, true },
	{ "serve", cmd_serve, true },
	{ "ros", cmd_ros, true },
	{ "data", cmd_data, true },
	{ "check", cmd_check, true },
	{ "finding", cmd_finding, true },
	{ "posture", cmd_posture, true },
	{ "scan", cmd_scan, true },
	{ "notify", cmd_notify, true },
	{ "plan", cmd_plan, true },
	{ "kit", cmd_kit, true },
	{ "contact", cmd_contact, true },
	{ "exercise", cmd_exercise, true },
	{ "backup", cmd_backup, true },
	{ "insurance", cmd_insurance, true },
	{ "attachment", cmd_attachment, true },
	{ "incident", cmd_incident, true },
	{ "competence", cmd_competence, true },
};

/* The English catalog: BEREDT_LOCALEDIR, else 'locale' beside the executable (the build
 * tree), else the installed location. */
static void bind_locale(const char *env)
{
	char exe[PATH_MAX], dir[PATH_MAX + 16];
	struct stat sb;
	if (env && *env) {
		i18n_init(env);
		return;
	}
	ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	if (n > 0) {
		exe[n] = '\0';
		snprintf(dir, sizeof(dir), "%s/locale", dirname(exe));
		if (stat(dir, &sb) == 0 && S_ISDIR(sb.st_mode)) {
			i18n_init(dir);
			return;
		}
	}
	i18n_init(BEREDT_LOCALEDIR);
}

static int dispatch(struct cli *cli, int argc, char **argv)
{
	for (size_t i = 0; i < sizeof(commands) / sizeof(commands[0]); i++) {
		if (strcmp(argv[0], commands[i].name) != 0)
			continue;
		bool help = false;
		for (int k = 1; k < argc; k++)
			help = help || cli_is_help(argv[k]);
		if (commands[i].needs_db && !help && cli_open(cli) < 0)
			return cli_fail(cli);
		optind = 0;   /* each command parses its own options with getopt_long */
		return commands[i].fn(cli, argc, argv);
	}
	return cli_usage(cli, "beredt --help", "Ukjent kommando «%s».", argv[0]);
}

int main(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "kommune", required_argument, NULL, 'k' },
		{ "coop", required_argument, NULL, 'k' },     /* a cooperation is a tenant like any other */
		{ "lang", required_argument, NULL, 'l' },
		{ "user", required_argument, NULL, 'u' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ 0, 0, 0, 0 },
	};
	struct cli cli = { 0 };
	struct settings settings;
	int c, rc;


	setlocale(LC_ALL, "C.UTF-8");
	/* the sender of mail and webhooks (net/sender.c): nothing else of ours runs in it */
	if (argc == 2 && strcmp(argv[1], NET_SENDER_ARG) == 0)
		return net_sender_main();
	if (crypto_setup() < 0 || totp_setup() < 0 || net_setup() < 0) {
		fputs("beredt: libsodium, liboath or libcurl could not be initialised\n", stderr);
		return EXIT_FAIL;
	}
	signal(SIGPIPE, SIG_IGN);     /* a helper (dot) that exits early must not stop us */
	setenv("TZ", "Europe/Oslo", 1);
	tzset();
	arena_init(&cli.arena, 0);
	err_init(&cli.err, LANG_NB);
	/* the one reading of the configuration file and the environment */
	if (settings_read(&settings, &cli.arena, &cli.err) < 0) {
		fprintf(stderr, "beredt: %s\n", cli.err.msg);
		return EXIT_FAIL;
	}
	const char *lang = settings.lang;
	bind_locale(settings.localedir);

	cli.settings = &settings;
	cli.db_url = settings.db_url;
	cli.kommune = settings.kommune;
	cli.user = settings.user;
	if (lang && *lang && i18n_parse(lang, &cli.lang) < 0)
		cli.lang = LANG_NB;

	/* '+': stop at the command, whose own options come after it */
	while ((c = getopt_long(argc, argv, "+hV", opts, NULL)) != -1) {
		switch (c) {
		case 'd': cli.db_url = optarg; break;
		case 'k': cli.kommune = optarg; break;
		case 'u': cli.user = optarg; break;
		case 'l':
			if (i18n_parse(optarg, &cli.lang) < 0)
				return cli_usage(&cli, "--lang nb|en", "Ukjent språk «%s».", optarg);
			break;
		case 'h': return cli_help(&cli, usage_text);
		case 'V': printf("beredt %s\n", BEREDT_VERSION); return EXIT_OK;
		default: return cli_usage(&cli, "beredt --help", "Ukjent valg.");
		}
	}
	cli.err.lang = cli.lang;
	if (optind >= argc)
		return cli_usage(&cli, "beredt KOMMANDO ...", "Mangler kommando. Se beredt --help.");
	if (clock_init(&cli.clock, settings.now, settings.today, &cli.err) < 0)
		return cli_fail(&cli);
	clock_read(&cli.clock, cli.now, &cli.today, NULL);

	rc = dispatch(&cli, argc - optind, argv + optind);
	db_close(cli.db);
	arena_release(&cli.arena);
	return rc;
}
