/* cmd_init.c: beredt init: create or upgrade the database and load the built-in
 * catalogs. Idempotent: a second run changes nothing. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "cli/options.h"
#include "io/catalog_json.h"
#include "store/catalog.h"
#include "store/migrate.h"
#include "util/embed.h"

static const char help[] = N_(
	"Bruk: beredt [--db URL] init\n"
	"\n"
	"Oppretter databasen, eller oppgraderer den til dette programmets skjema, og laster\n"
	"inn de innebygde katalogene (ks-2021 og nsm-grunnprinsipper) og referansedataene\n"
	"(slutt på støtte og kjente utnyttede sårbarheter) der de mangler. Trygt å kjøre\n"
	"flere ganger. For SQLite lages mappen til databasefilen om den mangler.\n");

/* For sqlite:DIR/FILE, make DIR if it is missing (one level, like 'var/'). */
static int make_parent(struct cli *cli)
{
	char dir[4096];
	if (strncmp(cli->db_url, "sqlite:", 7) != 0)
		return 0;
	snprintf(dir, sizeof(dir), "%s", cli->db_url + 7);
	char *slash = strrchr(dir, '/');
	if (!slash || slash == dir)
		return 0;
	*slash = '\0';
	if (mkdir(dir, 0750) < 0 && errno != EEXIST)
		return err_set(&cli->err, "Kan ikke lage mappen %s: %s.", dir, strerror(errno));
	return 0;
}

/* Load each embedded catalog unless the same version is already there. */
static int load_catalogs(struct cli *cli, int *loaded)
{
	*loaded = 0;
	for (const struct embedded_file *f = embedded_catalogs; f->name; f++) {
		struct catalog *c;
		const char *have;
		if (catalog_json_parse(&cli->arena, f->data, f->len, f->name, NULL, &c, &cli->err) < 0)
			return -1;
		if (store_catalog_version(cli->db, &cli->arena, c->id, &have, &cli->err) < 0)
			return -1;
		if (have && strcmp(have, c->version) == 0)
			continue;
		if (store_catalog_put(cli->db, c, cli->now, CATALOG_PUT_REPLACE, &cli->err) < 0)
			return -1;
		++*loaded;
	}
	return 0;
}

int cmd_init(struct cli *cli, int argc, char **argv)
{
	int applied, version, loaded, refdata;
	const struct cli_spec spec = { "init", help, NULL, 0, NULL, 0 };
	struct cli_args args;
	if (cli_parse(cli, &spec, argc, argv, &args) < 0)
		return args.exit;
	if (args.n)
		return cli_usage(cli, "beredt init", "init tar ingen argumenter.");
	if (make_parent(cli) < 0 || db_open(cli->db_url, &cli->db, &cli->err) < 0 ||
	    store_migrate(cli->db, cli->now, &applied, &cli->err) < 0 ||
	    store_schema_version(cli->db, &version, &cli->err) < 0 ||
	    load_catalogs(cli, &loaded) < 0 || cli_refdata_init(cli, &refdata) < 0)
		return cli_fail(cli);
	/* the database is the map of the municipality's weak points: the owner's alone (SQLite
	 * gives its journal files the database file's mode) */
	if (strncmp(cli->db_url, "sqlite:", 7) == 0 && chmod(cli->db_url + 7, 0600) < 0)
		fprintf(stderr, T("beredt: advarsel: kunne ikke gjøre %s privat (chmod 600).\n"), cli->db_url + 7);
	printf(T("Databasen er klar (skjemaversjon %d; %d migreringer og %d kataloger lastet nå).\n"),
	       version, applied, loaded);
	return EXIT_OK;
}
