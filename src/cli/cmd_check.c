/* cmd_check.c: beredt check: run the rules over the registers once (for cron or a
 * systemd timer) and bring the findings up to date. */
#include <getopt.h>
#include <jansson.h>
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "model/finding.h"
#include "model/lifecycle.h"
#include "model/register.h"
#include "store/action.h"
#include "store/finding.h"
#include "store/ros.h"
#include "store/tenant.h"

static const char help[] = N_(
	"Bruk: beredt check [--kommune NNNN] [--format text|json]\n"
	"\n"
	"Kjører kontrollene én gang over registrene (alle kommuner, eller den ene) og\n"
	"oppdaterer funnene: nye funn åpnes, funn som ikke lenger finnes lukkes, og løste funn\n"
	"som finnes igjen gjenåpnes. Reglene og livsløpet er beskrevet i docs/findings.md.\n");

/* Gather what the rules look at for one municipality, run them, apply the result. */
static int check_tenant(struct cli *cli, const struct tenant *t, const struct eol_catalog *eol,
			const struct kev_catalog *kev, int counts[4], size_t *open)
{
	struct ros_register r;
	struct action *actions;
	struct finding *have, *after;
	struct finding_hit *hits;
	struct finding_change *changes;
	size_t n_actions, n_have, n_hits, n_changes, n_after;
	struct store_stamp st = cli_stamp(cli);
	if (store_ros_load(cli->db, &cli->arena, t->id, &r, &cli->err) < 0 ||
	    store_action_list(cli->db, &cli->arena, t->id, &actions, &n_actions, &cli->err) < 0)
		return -1;
	struct check_system *sys = arena_alloc(&cli->arena, (r.n_systems + 1) * sizeof(*sys));
	if (!sys)
		return err_set(&cli->err, "Tom for minne.");
	for (size_t i = 0; i < r.n_systems; i++) {
		struct system_life life;
		const struct ros_system *s = &r.systems[i];
		if (cli_system_life(cli, eol, kev, s, &life) < 0)
			return -1;
		sys[i] = (struct check_system){
			.id = s->id, .name = s->name, .internet_exposed = s->internet_exposed,
			.life = (enum life_status)life.status, .life_end = life.end,
			.release = arena_printf(&cli->arena, "%s %s", s->product ? s->product : "",
						s->version ? s->version : ""),
			.kev = (int)life.n_kev, .kev_ransomware = life.ransomware,
			.kev_example = life.n_kev ? life.kev[0]->cve : NULL,
		};
	}
	struct check_input in = { sys, r.n_systems, actions, n_actions, cli->today };
	if (check_run(&cli->arena, &in, &hits, &n_hits, &cli->err) < 0 ||
	    store_finding_list(cli->db, &cli->arena, t->id, &have, &n_have, &cli->err) < 0 ||
	    finding_reconcile(&cli->arena, have, n_have, hits, n_hits, cli->today, &changes, &n_changes,
			      &cli->err) < 0 ||
	    store_finding_apply(cli->db, &cli->arena, t->id, have, hits, changes, n_changes, &st, counts,
				&cli->err) < 0 ||
	    store_finding_list(cli->db, &cli->arena, t->id, &after, &n_after, &cli->err) < 0)
		return -1;
	*open = 0;
	for (size_t i = 0; i < n_after; i++)
		*open += finding_open(after[i].status);
	return 0;
}

int cmd_check(struct cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "format", required_argument, NULL, 'f' }, { "help", no_argument, NULL, 'h' }, { 0, 0, 0, 0 },
	};
	struct eol_catalog eol;
	struct kev_catalog kev;
	struct tenant *all, one;
	size_t n;
	bool json = false;
	int c;
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		if (c == 'f' && cli_format(cli, optarg, &json) == 0)
			continue;
		if (c == 'h')
			return cli_help(cli, help);
		return c == 'f' ? cli_fail(cli) : cli_usage(cli, "beredt check", "Ukjent valg.");
	}
	if (optind < argc)
		return cli_usage(cli, "beredt check", "check tar ingen argumenter.");
	if (cli_refdata_load(cli, &eol, &kev) < 0)
		return cli_fail(cli);
	if (cli->kommune) {
		if (cli_tenant(cli, &one) < 0)
			return cli_fail(cli);
		all = &one;
		n = 1;
	} else if (store_tenant_list(cli->db, &cli->arena, &all, &n, &cli->err) < 0) {
		return cli_fail(cli);
	}
	json_t *arr = json ? json_array() : NULL;
	for (size_t i = 0; i < n; i++) {
		int counts[4] = { 0 };
		size_t open = 0;
		if (check_tenant(cli, &all[i], &eol, &kev, counts, &open) < 0)
			return cli_fail(cli);
		if (arr) {
			json_array_append_new(arr, json_pack("{s:s, s:i, s:i, s:i, s:i, s:i}", "kommune",
				all[i].kommunenr, "new", counts[FC_NEW], "reopened", counts[FC_REOPEN], "closed",
				counts[FC_CLOSE], "still", counts[FC_SEEN], "open", (int)open));
			continue;
		}
		printf(T("%s %s: %d nye, %d gjenåpnet, %d lukket; %zu åpne funn.\n"), all[i].kommunenr,
		       all[i].name, counts[FC_NEW], counts[FC_REOPEN], counts[FC_CLOSE], open);
	}
	return arr ? (cli_print_json(cli, arr) < 0 ? cli_fail(cli) : EXIT_OK) : EXIT_OK;
}
