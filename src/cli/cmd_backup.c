/* cmd_backup.c: beredt backup: a copy of beredt's own database, and a check that a copy
 * can be restored from. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>
#include <sys/stat.h>

#include "cli/options.h"
#include "store/audit.h"
#include "store/migrate.h"
#include "store/tenant.h"
#include "util/spawn.h"
#include "util/limits.h"

static const char help[] = N_(
	"Bruk: beredt backup --out FIL\n"
	"       beredt backup verify FIL\n"
	"\n"
	"Tar en sikkerhetskopi av beredts egen database: med SQLite en konsistent kopi mens\n"
	"databasen er i bruk (SQLites online backup); med PostgreSQL pg_dump i eget format\n"
	"(gjenopprettes med pg_restore). verify åpner en SQLite-kopi for seg selv og sjekker\n"
	"skjemaversjonen, revisjonssporet og kommunene i den. Kopien inneholder et kart over\n"
	"kommunens svake punkter: oppbevar den kryptert og utenfor kommunens eget nett.\n");

static int verify(struct cli *cli, const char *path)
{
	struct db *db = NULL;
	struct tenant *all;
	size_t n;
	int64_t count, broken;
	const char *head;
	int v;
	if (db_open(arena_printf(&cli->arena, "sqlite:%s", path), &db, &cli->err) < 0 ||
	    store_schema_version(db, &v, &cli->err) < 0 || store_require_schema(db, &cli->err) < 0 ||
	    store_audit_verify(db, &cli->arena, &count, &broken, &head, &cli->err) < 0 ||
	    store_tenant_list(db, &cli->arena, &all, &n, &cli->err) < 0) {
		db_close(db);
		return cli_fail(cli);
	}
	db_close(db);
	if (broken > 0)
		return err_set(&cli->err, "Revisjonssporet i kopien er brutt ved innføring %lld.", (long long)broken),
		       cli_fail(cli);
	printf(T("%s: skjemaversjon %d, %zu kommuner, revisjonssporet er helt (%lld innføringer). Kopien kan brukes.\n"),
	       path, v, n, (long long)count);
	return EXIT_OK;
}

int cmd_backup(struct cli *cli, int argc, char **argv)
{
	const char *usage = "beredt backup --out FIL | beredt backup verify FIL", *out = NULL;
	struct stat sb;
	/* "backup --out FIL" or "backup verify FIL": a subcommand only for the second */
	const struct cli_opt opts[] = { { "out", CLI_OPT_TEXT, &out, "FIL" } };
	const struct cli_spec spec = { "backup", help, NULL, 0, opts, CLI_COUNT(opts) };
	struct cli_args given;
	if (cli_parse(cli, &spec, argc, argv, &given) < 0)
		return given.exit;
	if (given.n == 2 && strcmp(given.rest[0], "verify") == 0)
		return verify(cli, given.rest[1]);
	if (!out || given.n)
		return cli_usage(cli, usage, "Oppgi --out FIL.");
	if (stat(out, &sb) == 0)
		return cli_usage(cli, usage, "%s finnes allerede; en sikkerhetskopi overskriver ingenting.", out);
	if (db_kind(cli->db) == DB_SQLITE) {
		if (db_sqlite_backup(cli->db, out, &cli->err) < 0)
			return cli_fail(cli);
	} else {
		/* pg_dump reads the password from PGPASSWORD or ~/.pgpass, never from argv */
		char *args[] = { (char *)(uintptr_t)"pg_dump", (char *)(uintptr_t)"--format=custom",
				 (char *)(uintptr_t)"--no-owner", (char *)(uintptr_t)"--file", (char *)(uintptr_t)out,
				 (char *)(uintptr_t)cli->db_url, NULL };
		struct spawn_limits lim = { .timeout_ms = LIMIT_DUMP_MS, .max_output = LIMIT_DUMP_OUTPUT,
					    .max_memory = LIMIT_DUMP_MEMORY, .max_cpu_seconds = LIMIT_DUMP_CPU,
					    .path = cli->settings->path, .package = "postgresql-client" };
		struct buf o;
		buf_init(&o, LIMIT_DUMP_OUTPUT);
		int rc = spawn_run(args, NULL, 0, &lim, &o, &cli->err);
		buf_release(&o);
		if (rc < 0)
			return cli_fail(cli);
	}
	printf(T("Sikkerhetskopien er skrevet til %s.\n"), out);
	return EXIT_OK;
}
