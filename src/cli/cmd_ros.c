/* cmd_ros.c: beredt ros: the registers of the risk and vulnerability analysis, and the
 * questions asked of them. */
#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "app/checks.h"
#include "app/impact.h"
#include "app/import.h"
#include "cli/options.h"
#include "io/impact_json.h"
#include "io/coop_json.h"
#include "app/coop.h"
#include "io/ros_csv.h"
#include "io/ros_json.h"
#include "model/lifecycle.h"
#include "app/ros_edit.h"
#include "store/ros.h"
#include "store/scales.h"
#include "io/ros_xlsx.h"
#include "util/file.h"

static const char help[] = N_(
	"Bruk: beredt ros import [--vendors FIL] [--systems FIL] [--services FIL]\n"
	"                        [--dependencies FIL] [--events FIL] [--dry-run]\n"
	"       beredt ros import --json FIL [--dry-run]\n"
	"       beredt ros export --dir MAPPE [--xlsx] | --json FIL\n"
	"       beredt ros template REGISTER [--xlsx] --out FIL\n"
	"       beredt ros list [tjenester|systemer|leverandorer|avhengigheter|hendelser]\n"
	"       beredt ros impact NAVN ... [--untrusted]\n"
	"       beredt ros domain ADMINISTRATIVT-DOMENE\n"
	"       beredt ros gaps | spof [--top N] | order | support\n"
	"       beredt ros remove [tjenester|systemer|leverandorer|hendelser] NAVN\n"
	"       beredt ros put tjenester|systemer|leverandorer|hendelser FELT=VERDI ...\n"
	"       beredt ros dep-add|dep-remove FELT=VERDI ...\n"
	"       (alle med --format text|json)\n"
	"\n"
	"Registrene over kritiske tjenester, systemene bak dem, leverandørene og\n"
	"avhengighetene, og analysene av dem: hva stopper hvis noe faller ut (impact), hva\n"
	"berøres hvis data er manipulert eller på avveie (--untrusted), hva faller hvis et\n"
	"administrativt domene er kompromittert (domain), hvilke tjenester kan ikke komme\n"
	"tilbake innen tålbar nedetid (gaps), enkeltpunkter for svikt (spof) og rekkefølgen\n"
	"systemene bør gjenopprettes i (order), og hvilke systemer som har passert slutt på\n"
	"støtte eller har kjente utnyttede sårbarheter (support). import leser CSV fra Excel\n"
	"(; eller ,, UTF-8 eller Windows-1252) og Excel-arbeidsbøker (.xlsx, det første arket);\n"
	"template skriver en mal med en eksempelrad (med --xlsx en arbeidsbok med verdilistene),\n"
	"og export --xlsx skriver registrene som arbeidsbøker. Import er alt eller ingenting, og\n"
	"avhengighetene som leses inn erstatter alle avhengigheter. put legger til eller endrer én post (feltene som\n"
	"kolonnene i CSV-filen, med de samme kontrollene), dep-add og dep-remove én avhengighet\n"
	"(fra_type, fra, til_type, til, type, alternativgruppe). --dry-run viser hva importen ville legge til, endre og\n"
	"fjerne i hvert register, uten å endre noe. --json - betyr standard inn eller ut.\n");

/* A file's text (path "-": standard input), in the arena. */
static int read_text(struct cli *cli, const char *path, struct import_text *out)
{
	struct buf b;
	buf_init(&b, 0);
	int rc = file_read(path, ROS_CSV_MAX, &b, &cli->err);
	if (rc == 0) {
		/* every byte: an Excel workbook (.xlsx) holds NUL bytes, read by io/xlsx_read.c */
		char *copy = arena_alloc(&cli->arena, b.len + 1);
		if (copy) {
			memcpy(copy, b.data ? b.data : "", b.len);
			copy[b.len] = '\0';
		}
		out->data = copy;
		out->len = b.len;
		out->name = path;
		rc = out->data ? 0 : err_set(&cli->err, "Tom for minne.");
	}
	buf_release(&b);
	return rc;
}

/* The first names of a list, as one line. */
static void names(struct cli *cli, const char *what, const char *const *list, size_t n)
{
	if (!n)
		return;
	printf("    %s: ", what);
	for (size_t i = 0; i < n && i < 8; i++)
		printf("%s%s", i ? ", " : "", list[i]);
	if (n > 8)
		printf(T(" og %zu til"), n - 8);
	putchar('\n');
}

/* What the import would do, register by register; nothing is changed. */
static int preview(struct cli *cli, const struct tenant *t, const struct import_source *src, bool json)
{
	struct import_preview p;
	if (import_preview(cli->db, &cli->arena, t->id, src, &p, &cli->err) < 0)
		return cli_fail(cli);
	json_t *all = json ? json_object() : NULL;
	if (!json)
		printf(T("Forhåndsvisning: ingenting er endret.\n"));
	for (int k = 0; k < ROS_T_COUNT; k++) {
		const struct ros_change *c = &p.table[k];
		const char *name = ros_table_name((enum ros_table)k);
		bool most = ros_change_removes_most(c);
		if (!p.given[k])
			continue;
		if (json) {
			json_t *list[3] = { json_array(), json_array(), json_array() };
			for (size_t i = 0; i < c->n_added; i++)
				json_array_append_new(list[0], json_string(c->added[i]));
			for (size_t i = 0; i < c->n_changed; i++)
				json_array_append_new(list[1], json_string(c->changed[i]));
			for (size_t i = 0; i < c->n_removed; i++)
				json_array_append_new(list[2], json_string(c->removed[i]));
			json_object_set_new(all, name, json_pack("{s:o, s:o, s:o, s:I, s:I, s:b}", "added", list[0],
								 "changed", list[1], "removed", list[2], "unchanged",
								 (json_int_t)c->n_same, "before", (json_int_t)c->before,
								 "removes_most", most));
			continue;
		}
		printf("  %s: ", name);
		printf(i18n_n(cli->lang, "%zu ny", "%zu nye", (unsigned long)c->n_added), c->n_added);
		printf(T(", %zu endret, %zu uendret"), c->n_changed, c->n_same);
		if (k == ROS_T_DEPENDENCIES)
			printf(T(", %zu fjernes (filen erstatter alle %zu)"), c->n_removed, c->before);
		putchar('\n');
		names(cli, T("nye"), c->added, c->n_added);
		names(cli, T("endret"), c->changed, c->n_changed);
		names(cli, T("fjernes"), c->removed, c->n_removed);
		if (most)
			printf(T("  ADVARSEL: importen fjerner mer enn halvparten av %s (%zu av %zu). Er filen kuttet, "
				 "eller har den bare overskriften?\n"), name, c->n_removed, c->before);
	}
	if (json)
		return cli_print_json(cli, all) < 0 ? cli_fail(cli) : EXIT_OK;
	return EXIT_OK;
}

static int import(struct cli *cli, const struct tenant *t, const char *files[ROS_T_COUNT],
		  const char *json_path, bool dry_run, bool json)
{
	struct store_stamp s = cli_stamp(cli);
	struct import_source src = { 0 };
	struct ros_register done;
	bool any = json_path != NULL;
	/* read every file before touching the database */
	for (int k = 0; k < ROS_T_COUNT; k++) {
		if (!files[k])
			continue;
		if (json_path)
			return cli_usage(cli, "beredt ros import --json FIL", "Bruk enten --json eller CSV-filene.");
		any = true;
		if (read_text(cli, files[k], &src.csv[k]) < 0)
			return cli_fail(cli);
	}
	if (!any)
		return cli_usage(cli, "beredt ros import --systems FIL ...", "Oppgi minst én fil.");
	if (json_path && read_text(cli, json_path, &src.json) < 0)
		return cli_fail(cli);
	if (dry_run)
		return preview(cli, t, &src, json);
	if (import_register(cli->db, &cli->arena, t->id, &src, &s, &done, &cli->err) < 0)
		return cli_fail(cli);
	printf(T("Importerte %s.\n"), ros_register_counts(&cli->arena, cli->lang, &done));
	return EXIT_OK;
}

/* The whole register as JSON to path ("-": standard output). */
static int export_json(struct cli *cli, const struct ros_register *r, const struct ros_scales *sc,
		       const char *path)
{
	json_t *doc = ros_json_write(r, sc);
	char *text = doc ? json_dumps(doc, JSON_INDENT(2) | JSON_PRESERVE_ORDER) : NULL;
	int rc = -1;
	json_decref(doc);
	if (!text) {
		err_set(&cli->err, "Tom for minne.");
		goto fail;
	}
	if ((rc = file_write(path, text, strlen(text), &cli->err)) == 0 && strcmp(path, "-") != 0)
		printf("%s\n", path);
fail:
	free(text);
	return rc < 0 ? cli_fail(cli) : EXIT_OK;
}

/* The template of one register, CSV or a workbook, to a file. */
static int template(struct cli *cli, const char *table, bool xlsx, const char *out)
{
	int t = ros_table_parse(table);
	struct buf b;
	if (t < 0)
		return cli_usage(cli, "beredt ros template REGISTER [--xlsx] --out FIL",
				 "Ukjent register «%s». Bruk tjenester, systemer, leverandorer, avhengigheter eller hendelser.",
				 table);
	if (!out)
		return cli_usage(cli, "beredt ros template REGISTER [--xlsx] --out FIL", "Oppgi --out FIL.");
	buf_init(&b, 0);
	int rc = ros_template(&cli->arena, (enum ros_table)t, xlsx, cli->settings->tmpdir, &b, &cli->err);
	if (rc == 0)
		rc = file_write(out, b.data, b.len, &cli->err);
	buf_release(&b);
	if (rc < 0)
		return cli_fail(cli);
	printf("%s\n", out);
	return EXIT_OK;
}

static int export(struct cli *cli, const struct tenant *t, const char *dir, const char *json_path, bool xlsx)
{
	struct ros_register r;
	if (!dir == !json_path)
		return cli_usage(cli, "beredt ros export --dir MAPPE | --json FIL",
				 "Oppgi mappen filene skal skrives til.");
	if (json_path) {
		struct ros_scales sc;
		if (store_ros_load_own(cli->db, &cli->arena, t->id, &r, &cli->err) < 0 ||
		    store_scales_load(cli->db, &cli->arena, t->id, &sc, &cli->err) < 0)
			return cli_fail(cli);
		return export_json(cli, &r, &sc, json_path);
	}
	if (mkdir(dir, 0750) < 0 && errno != EEXIST) {
		err_set(&cli->err, "Kan ikke lage mappen %s: %s.", dir, strerror(errno));
		return cli_fail(cli);
	}
	if (store_ros_load_own(cli->db, &cli->arena, t->id, &r, &cli->err) < 0)
		return cli_fail(cli);
	for (int k = 0; k < ROS_T_COUNT; k++) {
		struct buf b;
		buf_init(&b, 0);
		const char *path = arena_printf(&cli->arena, "%s/%s.%s", dir, ros_table_name((enum ros_table)k),
						xlsx ? "xlsx" : "csv");
		int rc = xlsx ? ros_xlsx_write((enum ros_table)k, &r, cli->settings->tmpdir, &b, &cli->err)
			      : ros_csv_write((enum ros_table)k, &r, &b, &cli->err);
		if (rc == 0)
			rc = file_write(path, b.data, b.len, &cli->err);
		buf_release(&b);
		if (rc < 0)
			return cli_fail(cli);
		printf("%s\n", path);
	}
	return EXIT_OK;
}

static const char *hours(struct cli *cli, int32_t h)
{
	if (h == ROS_REC_UNKNOWN || h == ROS_UNKNOWN)
		return T("ukjent");
	return arena_printf(&cli->arena, "%d t", h);
}

static json_t *jhours(int32_t h)
{
	return h == ROS_REC_UNKNOWN || h < 0 ? json_null() : json_integer(h);
}

/* The question for a cooperation: every member's services, in the order to restore them. */
static int coop_impact_print(struct cli *cli, const struct tenant *t, const struct impact_query *q, bool json)
{
	struct coop_impact res;
	if (coop_impact_run(cli->db, &cli->arena, t->id, q, &res, &cli->err) < 0)
		return cli_fail(cli);
	if (json)
		return cli_print_json(cli, coop_impact_json(&res)) < 0 ? cli_fail(cli) : EXIT_OK;
	printf(i18n_n(cli->lang, "%zu tjeneste stopper hos %s sine medlemmer. Gjenopprett i denne rekkefølgen:\n",
		      "%zu tjenester stopper hos %s sine medlemmer. Gjenopprett i denne rekkefølgen:\n",
		      (unsigned long)res.n), res.n, t->name);
	for (size_t i = 0; i < res.n; i++) {
		const struct coop_hit *h = &res.hits[i];
		printf("%3zu. %s %-18s %-36s %s %d", i + 1, h->member->kommunenr, cli_col(cli, h->member->name, 18),
		       cli_col(cli, h->s.name, 36), T("kritikalitet"), h->s.criticality);
		if (!q->untrusted)
			printf("  %s %-6s %s %-6s", T("tilbake om"), hours(cli, h->s.recovery), T("tålbar"),
			       hours(cli, h->s.mtd_hours));
		if (!q->untrusted && h->s.exceeded > 0)
			printf(T("  OVERSKRIDER fra time %d"), h->s.mtd_hours);
		putchar('\n');
	}
	return EXIT_OK;
}

/* Fail the named nodes (or a domain's systems) and report the services that stop. */
static int impact(struct cli *cli, const struct tenant *t, char **names, int nn,
		  const char *domain, bool untrusted, bool json)
{
	struct impact_query q = { .names = (const char *const *)names, .n_names = (size_t)nn, .domain = domain,
				  .untrusted = untrusted };
	struct impact_result res;
	if (t->cooperation)
		return coop_impact_print(cli, t, &q, json);
	if (impact_run(cli->db, &cli->arena, t->id, &q, &res, &cli->err) < 0)
		return cli_fail(cli);
	if (json)
		return cli_print_json(cli, impact_json(&res)) < 0 ? cli_fail(cli) : EXIT_OK;
	if (untrusted) {
		for (size_t i = 0; i < res.n; i++) {
			const struct impact_service *s = &res.services[i];
			printf("%-40s %s%s\n", cli_col(cli, s->name, 40), s->personal_data ? T("personopplysninger") : "",
			       s->special_categories ? T(" (særlige kategorier)") : "");
		}
		printf(T("%zu tjenester har data som kan være manipulert eller på avveie. Der det er "
			 "personopplysninger, skal Datatilsynet varsles innen 72 timer.\n"), res.n);
		return EXIT_OK;
	}
	printf(i18n_n(cli->lang, "%zu tjeneste stopper.\n", "%zu tjenester stopper.\n", (unsigned long)res.n), res.n);
	for (size_t i = 0; i < res.n; i++) {
		const struct impact_service *s = &res.services[i];
		printf("  %-40s %s %d  %s %-8s %s %-8s", cli_col(cli, s->name, 40), T("kritikalitet"), s->criticality,
		       T("tilbake om"), hours(cli, s->recovery), T("tålbar"), hours(cli, s->mtd_hours));
		if (s->exceeded > 0)
			printf(T("  OVERSKRIDER med %d t"), s->exceeded);
		else if (s->exceeded < 0)
			printf(T("  (kan ikke vurderes: ukjent tid)"));
		putchar('\n');
	}
	if (res.cycles)
		puts(T("Merk: noen av systemene er avhengige av hverandre i ring; de må gjenopprettes samlet."));
	return EXIT_OK;
}

static int single(struct cli *cli, const struct tenant *t, const char *what, int top, bool json)
{
	struct ros_register r;
	struct ros_graph g;
	struct ros_work w;
	struct ros_spof *sp;
	struct ros_gap *gp;
	size_t nsp, ngp;
	if (store_ros_graph(cli->db, &cli->arena, t->id, &r, &g, &cli->err) < 0 ||
	    ros_work_init(&cli->arena, &g, &w, &cli->err) < 0 ||
	    ros_single_failures(&cli->arena, &w, &sp, &nsp, &gp, &ngp, &cli->err) < 0)
		return cli_fail(cli);
	json_t *arr = json ? json_array() : NULL;
	if (strcmp(what, "spof") == 0) {
		for (size_t i = 0; i < nsp && (top <= 0 || (int)i < top); i++) {
			if (arr)
				json_array_append_new(arr, json_pack("{s:s, s:s, s:i, s:i}", "name", sp[i].name,
					"kind", ros_node_kind_code(g.nodes[sp[i].node].kind), "weight", sp[i].weight,
					"services", sp[i].services));
			else
				printf(T("%3zu. %-40s tar ned %d tjenester (vekt %d)\n"), i + 1, cli_col(cli, sp[i].name, 40),
				       sp[i].services, sp[i].weight);
		}
	} else {
		for (size_t i = 0; i < ngp; i++) {
			const struct ros_node *s = &g.nodes[gp[i].service];
			if (arr) {
				json_array_append_new(arr, json_pack("{s:s, s:o, s:o, s:s?, s:b}", "service", s->name,
					"max_downtime_hours", jhours(s->mtd_hours), "worst_recovery_hours",
					jhours(gp[i].worst), "because_of", gp[i].unknown ? NULL : g.nodes[gp[i].culprit].name,
					"unknown", gp[i].unknown));
				continue;
			}
			if (gp[i].unknown)
				printf(T("%-40s kan ikke vurderes: et enkeltpunkt for svikt mangler gjenopprettingstid\n"),
				       cli_col(cli, s->name, 40));
			else
				printf(T("%-40s tålbar nedetid %s, men %s trenger %s\n"), cli_col(cli, s->name, 40),
				       hours(cli, s->mtd_hours), g.nodes[gp[i].culprit].name, hours(cli, gp[i].worst));
		}
		if (!arr && !ngp)
			puts(T("Ingen tjeneste har avhengigheter som trenger lengre tid enn tålbar nedetid."));
	}
	return arr ? (cli_print_json(cli, arr) < 0 ? cli_fail(cli) : EXIT_OK) : EXIT_OK;
}

/* Each system's support status from the end-of-life catalog, and the known exploited
 * vulnerabilities that concern its product. */
static int support(struct cli *cli, const struct tenant *t, bool json)
{
	struct ros_register r;
	struct eol_catalog eol;
	struct kev_catalog kev;
	char day[DATE_TEXT];
	if (store_ros_load_own(cli->db, &cli->arena, t->id, &r, &cli->err) < 0 ||
	    cli_refdata_load(cli, &eol, &kev) < 0)
		return cli_fail(cli);
	json_t *arr = json ? json_array() : NULL;
	for (size_t i = 0; i < r.n_systems; i++) {
		const struct ros_system *s = &r.systems[i];
		struct checks_system_life life;
		if (checks_system_life(&cli->arena, cli->today, &eol, &kev, s, &life, &cli->err) < 0)
			return cli_fail(cli);
		const struct eol_product *p = life.product;
		const struct eol_release *rel = life.release;
		const struct kev_hit *k = life.kev;
		int32_t end = life.end;
		enum life_status st = life.status;
		long nk = life.n_kev;
		const struct kev_tally *tl = &life.tally;
		if (!s->product || (!p && nk == 0))
			continue;              /* nothing in the catalogs to say */
		day[0] = '\0';
		if (end != LIFE_NEVER && end != LIFE_ENDED)
			date_format(end, day);
		if (arr) {
			json_t *cves = json_array();
			for (long j = 0; j < nk; j++)
				json_array_append_new(cves, json_pack("{s:s, s:s, s:b, s:s, s:s?}", "cve", k[j].entry->cve,
					"name", k[j].entry->name ? k[j].entry->name : "", "ransomware", k[j].entry->ransomware,
					"confidence", kev_confidence_code(k[j].confidence), "fix", k[j].fix));
			json_array_append_new(arr, json_pack("{s:s, s:s, s:s?, s:s?, s:s?, s:s, s:s?, s:o}",
				"system", s->name, "product", s->product, "version", s->version,
				"catalog_product", p ? p->id : NULL, "release", rel ? rel->cycle : NULL,
				"status", life_status_label(st), "support_ends", day[0] ? day : NULL, "kev", cves));
			continue;
		}
		const char *when = !day[0] ? ""
			: arena_printf(&cli->arena, st == LIFE_UNSUPPORTED ? T("(sluttet %s)") : T("(til %s)"), day);
		printf("%s %s %s", cli_col(cli, s->name, 28),
		       cli_col(cli, arena_printf(&cli->arena, "%s %s", s->product, s->version ? s->version : ""), 30),
		       nk || *when ? cli_col(cli, T(life_status_label(st)), 13) : T(life_status_label(st)));
		if (nk)
			printf(T(" %s KEV: %d bekreftet, %d mulig (%d brukt i løsepengevirus)"), cli_col(cli, when, 20),
			       tl->confirmed, tl->possible, tl->confirmed_ransomware + tl->possible_ransomware);
		else if (*when)
			printf(" %s", when);
		putchar('\n');
	}
	if (arr)
		return cli_print_json(cli, arr) < 0 ? cli_fail(cli) : EXIT_OK;
	return EXIT_OK;
}

static int order(struct cli *cli, const struct tenant *t, bool json)
{
	struct ros_register r;
	struct ros_graph g;
	struct ros_order *o;
	size_t n;
	int cycles;
	if (store_ros_graph(cli->db, &cli->arena, t->id, &r, &g, &cli->err) < 0 ||
	    ros_recovery_order(&cli->arena, &g, &o, &n, &cycles, &cli->err) < 0)
		return cli_fail(cli);
	json_t *arr = json ? json_array() : NULL;
	for (size_t i = 0; i < n; i++) {
		if (arr)
			json_array_append_new(arr, json_pack("{s:i, s:s, s:s, s:i, s:o}", "position", (int)i + 1,
				"name", o[i].name, "kind", ros_node_kind_code(g.nodes[o[i].node].kind),
				"criticality", o[i].weight, "cycle", o[i].cycle ? json_integer(o[i].cycle) : json_null()));
		else
			printf("%3zu. %-40s %s %d%s\n", i + 1, cli_col(cli, o[i].name, 40), T("kritikalitet"), o[i].weight,
			       o[i].cycle ? arena_printf(&cli->arena, T("  (ring %d)"), o[i].cycle) : "");
	}
	if (arr)
		return cli_print_json(cli, arr) < 0 ? cli_fail(cli) : EXIT_OK;
	if (cycles)
		printf(T("%d ringer av gjensidige avhengigheter: systemene i en ring må gjenopprettes samlet.\n"),
		       cycles);
	return EXIT_OK;
}

/* Remove a system nothing depends on; otherwise say what does, in every member. */
/* ros remove [REGISTER] NAVN: a system when no register is given, as before. */
static int remove_record(struct cli *cli, const struct tenant *t, char *const *args, size_t nargs)
{
	struct store_stamp s = cli_stamp(cli);
	const char **deps, *name = args[nargs - 1];
	size_t n;
	int table = nargs == 2 ? ros_edit_table(args[0]) : ROS_T_SYSTEMS;
	if (table < 0)
		return cli_usage(cli, "beredt ros remove [tjenester|systemer|leverandorer|hendelser] NAVN",
				 "Ukjent register «%s». Bruk tjenester, systemer, leverandorer eller hendelser.", args[0]);
	if (ros_edit_remove(cli->db, &cli->arena, t->id, (enum ros_table)table, name, &s, &deps, &n, &cli->err) < 0) {
		int rc = cli_fail(cli);
		for (size_t i = 0; i < n; i++)
			fprintf(stderr, "  %s\n", deps[i]);
		return rc;
	}
	printf(T("Fjernet %s fra registeret.\n"), name);
	return EXIT_OK;
}

/* FELT=VERDI arguments as field names and values (arena); -1 with a message. */
static int field_args(struct cli *cli, char *const *args, size_t n, const char **keys, const char **vals)
{
	if (n > ROS_COLS_MAX)
		return err_limit(&cli->err, "For mange felt (%zu; høyst %d).", n, ROS_COLS_MAX);
	for (size_t i = 0; i < n; i++) {
		const char *eq = strchr(args[i], '=');
		if (!eq || eq == args[i])
			return err_set(&cli->err, "«%s» er ikke FELT=VERDI.", args[i]);
		keys[i] = arena_strndup(&cli->arena, args[i], (size_t)(eq - args[i]));
		vals[i] = eq + 1;
	}
	return 0;
}

/* Add or change one record (app/ros_edit.c, as the pages and the API do). */
static int put(struct cli *cli, const struct tenant *t, const char *table, char *const *args, size_t n)
{
	struct store_stamp s = cli_stamp(cli);
	struct ros_edit ed = { .or_update = true, .n = n };
	struct ros_edit_conflict c;
	const char *saved;
	int k = ros_edit_table(table);
	if (k < 0)
		return err_set(&cli->err, "Ukjent register «%s». Gyldige: tjenester, systemer, leverandorer, hendelser.",
			       table), cli_fail(cli);
	ed.table = (enum ros_table)k;
	if (field_args(cli, args, n, ed.keys, ed.vals) < 0 ||
	    ros_edit_put(cli->db, &cli->arena, t->id, &ed, &s, &c, &saved, &cli->err) < 0)
		return cli_fail(cli);
	printf(T("Lagret «%s» i %s.\n"), saved, table);
	return EXIT_OK;
}

static int dep(struct cli *cli, const struct tenant *t, bool adding, char *const *args, size_t n)
{
	struct store_stamp s = cli_stamp(cli);
	const char *keys[ROS_COLS_MAX], *vals[ROS_COLS_MAX];
	if (field_args(cli, args, n, keys, vals) < 0 ||
	    (adding ? ros_edit_dep_add(cli->db, &cli->arena, t->id, keys, vals, n, &s, &cli->err)
		    : ros_edit_dep_remove(cli->db, &cli->arena, t->id, keys, vals, n, &s, &cli->err)) < 0)
		return cli_fail(cli);
	puts(adding ? T("La til avhengigheten.") : T("Fjernet avhengigheten."));
	return EXIT_OK;
}

static int list(struct cli *cli, const struct tenant *t, const char *what, bool json)
{
	struct ros_register r;
	if (store_ros_load(cli->db, &cli->arena, t->id, &r, &cli->err) < 0)
		return cli_fail(cli);
	if (!what || strcmp(what, "tjenester") == 0 || strcmp(what, "services") == 0) {
		json_t *arr = json ? json_array() : NULL;
		for (size_t i = 0; i < r.n_services; i++) {
			const struct ros_service *s = &r.services[i];
			if (arr)
				json_array_append_new(arr, json_pack("{s:s, s:s, s:i, s:o, s:b}", "name", s->name,
					"sector", s->sector, "criticality", s->criticality,
					"max_downtime_hours", jhours(s->mtd_hours), "personal_data", s->personal_data));
			else
				printf("%-40s %-28s %d %s\n", cli_col(cli, s->name, 40), cli_col(cli, s->sector, 28), s->criticality, hours(cli, s->mtd_hours));
		}
		if (arr)
			return cli_print_json(cli, arr) < 0 ? cli_fail(cli) : EXIT_OK;
		return EXIT_OK;
	}
	if (strcmp(what, "systemer") == 0 || strcmp(what, "systems") == 0) {
		json_t *arr = json ? json_array() : NULL;
		for (size_t i = 0; i < r.n_systems; i++) {
			const struct ros_system *s = &r.systems[i];
			if (arr)
				json_array_append_new(arr, json_pack("{s:s, s:s?, s:s, s:s, s:s?, s:o, s:b, s:b}", "name",
					s->name, "vendor", s->vendor, "kind", s->kind, "hosting", s->hosting,
					"admin_domain", s->admin_domain, "rto_hours", jhours(s->rto_hours),
					"internet_exposed", s->internet_exposed, "shared", s->shared));
			else
				printf("%-40s %-14s %-20s %s\n", cli_col(cli, s->name, 40), cli_col(cli, s->kind, 14),
				       s->admin_domain ? s->admin_domain : "-", hours(cli, s->rto_hours));
		}
		if (arr)
			return cli_print_json(cli, arr) < 0 ? cli_fail(cli) : EXIT_OK;
		return EXIT_OK;
	}
	if (strcmp(what, "leverandorer") == 0 || strcmp(what, "vendors") == 0) {
		for (size_t i = 0; i < r.n_vendors; i++)
			printf("%-40s %-12s %s%s\n", cli_col(cli, r.vendors[i].name, 40),
			       r.vendors[i].support_phone ? r.vendors[i].support_phone : "-",
			       hours(cli, r.vendors[i].rto_hours), r.vendors[i].support_247 ? "  24/7" : "");
		return EXIT_OK;
	}
	if (strcmp(what, "avhengigheter") == 0 || strcmp(what, "dependencies") == 0) {
		for (size_t i = 0; i < r.n_deps; i++)
			printf("%-40s -> %-40s %s%s\n", r.deps[i].from_name, r.deps[i].to_name, r.deps[i].kind,
			       r.deps[i].alt_group ? arena_printf(&cli->arena, T("  (alternativ %d)"), r.deps[i].alt_group) : "");
		return EXIT_OK;
	}
	if (strcmp(what, "hendelser") == 0 || strcmp(what, "events") == 0) {
		struct ros_scales sc;
		if (store_scales_load(cli->db, &cli->arena, t->id, &sc, &cli->err) < 0)
			return cli_fail(cli);
		for (size_t i = 0; i < r.n_events; i++)
			printf("%c%d  %s  %s\n", r.events[i].probability, ros_event_consequence(&r.events[i]),
			       cli_col(cli, T(ros_risk_label(ros_event_risk(&sc, &r.events[i]))), 16),
			       r.events[i].title);
		return EXIT_OK;
	}
	return cli_usage(cli, "beredt ros list tjenester|systemer|leverandorer|avhengigheter|hendelser",
			 "Ukjent register «%s».", what);
}

int cmd_ros(struct cli *cli, int argc, char **argv)
{
	const char *files[ROS_T_COUNT] = { 0 }, *dir = NULL, *json_path = NULL;
	bool untrusted = false, json = false, dry_run = false, xlsx = false;
	const char *out = NULL;
	int top = 0;
	struct tenant t;
	static const struct cli_sub subs[] = { { "import", 0, 0 }, { "export", 0, 0 }, { "list", 0, 1 }, { "impact", 1, -1 }, { "domain", 1, 1 }, { "gaps", 0, 0 }, { "spof", 0, 0 }, { "order", 0, 0 }, { "support", 0, 0 },
					       { "remove", 1, 2 }, { "put", 2, -1 }, { "dep-add", 1, -1 }, { "dep-remove", 1, -1 },
					       { "template", 1, 1 } };
	const struct cli_opt opts[] = {
		{ "services", CLI_OPT_TEXT, &files[ROS_T_SERVICES], "FIL" }, { "systems", CLI_OPT_TEXT, &files[ROS_T_SYSTEMS], "FIL" },
		{ "vendors", CLI_OPT_TEXT, &files[ROS_T_VENDORS], "FIL" },
		{ "dependencies", CLI_OPT_TEXT, &files[ROS_T_DEPENDENCIES], "FIL" },
		{ "events", CLI_OPT_TEXT, &files[ROS_T_EVENTS], "FIL" }, { "dir", CLI_OPT_TEXT, &dir, "MAPPE" },
		{ "untrusted", CLI_OPT_FLAG, &untrusted, NULL }, { "top", CLI_OPT_NUMBER, &top, "N" },
		{ "format", CLI_OPT_FORMAT, &json, NULL }, { "json", CLI_OPT_TEXT, &json_path, "FIL" },
		{ "dry-run", CLI_OPT_FLAG, &dry_run, NULL }, { "xlsx", CLI_OPT_FLAG, &xlsx, NULL },
		{ "out", CLI_OPT_TEXT, &out, "FIL" },
	};
	const struct cli_spec spec = { "ros", help, subs, CLI_COUNT(subs), opts, CLI_COUNT(opts) };
	struct cli_args args;
	if (cli_parse(cli, &spec, argc, argv, &args) < 0)
		return args.exit;
	if (cli_tenant(cli, &t) < 0)
		return cli_fail(cli);
	if (strcmp(args.sub, "import") == 0)
		return import(cli, &t, files, json_path, dry_run, json);
	if (strcmp(args.sub, "export") == 0)
		return export(cli, &t, dir, json_path, xlsx);
	if (strcmp(args.sub, "template") == 0)
		return template(cli, args.rest[0], xlsx, out);
	if (strcmp(args.sub, "list") == 0)
		return list(cli, &t, args.n ? args.rest[0] : NULL, json);
	if (strcmp(args.sub, "impact") == 0)
		return impact(cli, &t, args.rest, args.n, NULL, untrusted, json);
	if (strcmp(args.sub, "domain") == 0)
		return impact(cli, &t, NULL, 0, args.rest[0], false, json);
	if ((strcmp(args.sub, "gaps") == 0 || strcmp(args.sub, "spof") == 0))
		return single(cli, &t, args.sub, top, json);
	if (strcmp(args.sub, "order") == 0)
		return order(cli, &t, json);
	if (strcmp(args.sub, "remove") == 0)
		return remove_record(cli, &t, args.rest, args.n);
	if (strcmp(args.sub, "support") == 0)
		return support(cli, &t, json);
	if (strcmp(args.sub, "put") == 0)
		return put(cli, &t, args.rest[0], args.rest + 1, args.n - 1);
	if (strcmp(args.sub, "dep-add") == 0 || strcmp(args.sub, "dep-remove") == 0)
		return dep(cli, &t, strcmp(args.sub, "dep-add") == 0, args.rest, args.n);
	return cli_usage(cli, args.usage, "Ukjent underkommando «%s» eller feil antall argumenter.", args.sub);
}
