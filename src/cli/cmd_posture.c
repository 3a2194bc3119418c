/* cmd_posture.c: beredt posture: the security posture of each system (measures 1b and
 * 3a–3d), shown and set field by field. */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/options.h"
#include "io/posture_json.h"
#include "model/posture.h"
#include "model/ros.h"
#include "store/posture.h"
#include "store/ros.h"
#include "util/date.h"

static const char help[] = N_(
	"Bruk: beredt posture list [--format text|json]\n"
	"       beredt posture show SYSTEM [--format text|json]\n"
	"       beredt posture set SYSTEM [--innlogging passord|tofaktor|sso-tofaktor|ukjent]\n"
	"              [--backup-timer TIMER] [--backup-offline ja|nei] [--backup-eget-domene ja|nei]\n"
	"              [--gjenoppretting-testet ÅÅÅÅ-MM-DD] [--gjenoppretting-resultat ok|delvis|feilet]\n"
	"              [--gjenoppretting-timer TIMER] [--stotte-slutt ÅÅÅÅ-MM-DD] [--logger ja|nei]\n"
	"              [--varselmottaker NAVN] [--oppfolging ingen|kontortid|døgnet]\n"
	"              [--skanning ÅÅÅÅ-MM-DD] [--pentest ÅÅÅÅ-MM-DD] [--revisjon ÅÅÅÅ-MM-DD]\n"
	"\n"
	"Sikkerhetsprofilen til hvert system: om innloggingen krever tofaktor, om det finnes\n"
	"en sikkerhetskopi som er frakoblet, uforanderlig eller i et eget administrativt domene,\n"
	"når gjenoppretting sist ble testet, hvordan det gikk og hvor lang tid det tok,\n"
	"leverandørens slutt på støtte, overvåking og når systemet sist ble skannet,\n"
	"penetrasjonstestet og revidert. set endrer bare feltene som er gitt; en tom verdi\n"
	"betyr ukjent eller aldri. Kontrollene (beredt check) bruker profilen.\n");

static const char *hours(struct cli *cli, int h)
{
	return h == ROS_UNKNOWN ? "-" : arena_printf(&cli->arena, "%d", h);
}

static const char *yes(const struct cli *cli, bool b)
{
	return b ? T("ja") : T("nei");
}

static int find(struct cli *cli, const struct tenant *t, const char *name, struct ros_register *r,
		const struct ros_system **out)
{
	if (store_ros_load_own(cli->db, &cli->arena, t->id, r, &cli->err) < 0)
		return -1;
	for (size_t i = 0; i < r->n_systems; i++)
		if (strcmp(r->systems[i].name, name) == 0)
			return *out = &r->systems[i], 0;
	return err_missing(&cli->err, "Systemet «%s» finnes ikke i registeret.", name);
}

static int show(struct cli *cli, const struct tenant *t, const char *name, bool json)
{
	struct ros_register r;
	const struct ros_system *s = NULL;
	struct posture p;
	if (find(cli, t, name, &r, &s) < 0 || store_posture_get(cli->db, &cli->arena, t->id, s->id, &p, &cli->err) < 0)
		return cli_fail(cli);
	if (json)
		return cli_print_json(cli, posture_json(&p, s->name)) < 0 ? cli_fail(cli) : EXIT_OK;
	printf("%s\n", s->name);
	printf("  %s %s\n", cli_col(cli, T("Innlogging:"), 34), T(posture_auth_label(p.auth)));
	printf("  %s %s\n", cli_col(cli, T("Sikkerhetskopi hver (timer):"), 34), hours(cli, p.backup_hours));
	printf("  %s %s\n", cli_col(cli, T("Frakoblet eller uforanderlig kopi:"), 34), yes(cli, p.backup_offline));
	printf("  %s %s\n", cli_col(cli, T("Kopi i eget administrativt domene:"), 34), yes(cli, p.backup_separate));
	printf("  %s %s, %s, %s %s\n", cli_col(cli, T("Siste gjenopprettingstest:"), 34), date_text(&cli->arena, p.restore_tested, "-"),
	       T(posture_restore_label(p.restore_result)), hours(cli, p.restore_hours), T("timer"));
	printf("  %s %s\n", cli_col(cli, T("Leverandørens slutt på støtte:"), 34), date_text(&cli->arena, p.support_end, "-"));
	printf("  %s %s\n", cli_col(cli, T("Logger samles inn:"), 34), yes(cli, p.logs_collected));
	printf("  %s %s\n", cli_col(cli, T("Mottaker av varsler:"), 34), p.alert_receiver ? p.alert_receiver : "-");
	printf("  %s %s\n", cli_col(cli, T("Varsler følges opp:"), 34), T(posture_watch_label(p.watch)));
	printf("  %s %s / %s / %s\n", cli_col(cli, T("Skanning / pentest / revisjon:"), 34), date_text(&cli->arena, p.last_scan, "-"),
	       date_text(&cli->arena, p.last_pentest, "-"), date_text(&cli->arena, p.last_audit, "-"));
	return EXIT_OK;
}

static int list(struct cli *cli, const struct tenant *t, bool json)
{
	struct ros_register r;
	struct posture *p;
	size_t n, k = 0;
	if (store_ros_load_own(cli->db, &cli->arena, t->id, &r, &cli->err) < 0 ||
	    store_posture_list(cli->db, &cli->arena, t->id, &p, &n, &cli->err) < 0)
		return cli_fail(cli);
	json_t *arr = json ? json_array() : NULL;
	if (!json)
		printf("%s %s %s %s %s\n", cli_col(cli, T("System"), 28), cli_col(cli, T("Innlogging"), 14),
		       cli_col(cli, T("Beskyttet kopi"), 14), cli_col(cli, T("Gjenoppretting"), 14), T("Overvåket"));
	for (size_t i = 0; i < r.n_systems; i++) {
		struct posture unknown;
		const struct ros_system *s = &r.systems[i];
		const struct posture *q = posture_of(p, n, &k, s->id, &unknown);
		if (arr) {
			json_array_append_new(arr, posture_json(q, s->name));
			continue;
		}
		printf("%s %s %s %s %s\n", cli_col(cli, s->name, 28), cli_col(cli, T(posture_auth_label(q->auth)), 14),
		       cli_col(cli, yes(cli, posture_backup_protected(q)), 14), cli_col(cli, date_text(&cli->arena, q->restore_tested, "-"), 14),
		       yes(cli, posture_monitored(q)));
	}
	if (arr)
		return cli_print_json(cli, arr) < 0 ? cli_fail(cli) : EXIT_OK;
	return EXIT_OK;
}

int cmd_posture(struct cli *cli, int argc, char **argv)
{
	const char *value[POSTURE_FIELDS] = { 0 };
	bool json = false;
	struct tenant t;
	/* one option per field of the profile (model/posture.h names them), and --format */
	static const struct cli_sub subs[] = { { "list", 0, 0 }, { "show", 1, 1 }, { "set", 1, 1 } };
	struct cli_opt opts[POSTURE_FIELDS + 1];
	for (int i = 0; i < POSTURE_FIELDS; i++)
		opts[i] = (struct cli_opt){ posture_field_name(i), CLI_OPT_TEXT, &value[i], "VERDI" };
	opts[POSTURE_FIELDS] = (struct cli_opt){ "format", CLI_OPT_FORMAT, &json, NULL };
	const struct cli_spec spec = { "posture", help, subs, CLI_COUNT(subs), opts, CLI_COUNT(opts) };
	struct cli_args args;
	if (cli_parse(cli, &spec, argc, argv, &args) < 0)
		return args.exit;
	const char *name = args.n ? args.rest[0] : NULL;
	if (cli_tenant(cli, &t) < 0)
		return cli_fail(cli);
	if (strcmp(args.sub, "list") == 0)
		return list(cli, &t, json);
	if (strcmp(args.sub, "show") == 0)
		return show(cli, &t, name, json);
	if (strcmp(args.sub, "set") != 0 || args.n != 1)
		return cli_usage(cli, args.usage, "Ukjent underkommando «%s» eller feil antall argumenter.", args.sub);
	struct ros_register r;
	const struct ros_system *s = NULL;
	struct posture p;
	if (find(cli, &t, name, &r, &s) < 0 || store_posture_get(cli->db, &cli->arena, t.id, s->id, &p, &cli->err) < 0)
		return cli_fail(cli);
	bool any = false;
	for (int i = 0; i < POSTURE_FIELDS; i++)
		if (value[i]) {
			any = true;
			if (posture_set_field(&p, posture_field_name(i), value[i], &cli->err) < 0)
				return cli_fail(cli);
		}
	if (!any)
		return cli_usage(cli, args.usage, "Oppgi minst ett felt å endre, for eksempel --innlogging tofaktor.");
	struct store_stamp st = cli_stamp(cli);
	if (store_posture_put(cli->db, &cli->arena, t.id, &p, &st, &cli->err) < 0)
		return cli_fail(cli);
	printf(T("Sikkerhetsprofilen til %s er lagret.\n"), s->name);
	return EXIT_OK;
}
