/* cmd_data.c: beredt data: the reference catalogs (end of life, known exploited
 * vulnerabilities): how old they are, and loading newer files. */
#include <jansson.h>
#include <stdio.h>
#include <string.h>

#include "app/checks.h"
#include "cli/options.h"
#include "io/refdata_json.h"
#include "model/assess.h"
#include "model/ros.h"
#include "store/refdata.h"
#include "util/date.h"
#include "util/embed.h"
#include "util/file.h"

static const char help[] = N_(
	"Bruk: beredt data status [--format text|json]\n"
	"       beredt data update [--eol FIL] [--kev FIL]\n"
	"\n"
	"Referansedataene systemene sjekkes mot: slutt på støtte (endoflife.date) og kjente\n"
	"utnyttede sårbarheter (CISAs KEV-katalog). status viser versjonen og hvor gamle\n"
	"dataene er; update laster nyere filer i samme format (se data/README.md). En fil som\n"
	"ikke kan leses, endrer ingenting.\n");

/* Check a file's text as catalog 'name' and give its version and newest date. */
static int check(struct cli *cli, const char *name, const char *text, size_t len, const char *origin,
		 const char **version, int32_t *date)
{
	if (strcmp(name, "eol") == 0) {
		struct eol_catalog c;
		if (eol_json_read(&cli->arena, text, len, origin, &c, &cli->err) < 0)
			return -1;
		if (c.n == 0)
			return err_set(&cli->err, "%s har ingen produkter.", origin);
		*version = c.version ? c.version : "?";
		*date = c.newest;
	} else {
		struct kev_catalog c;
		if (kev_json_read(&cli->arena, text, len, origin, &c, &cli->err) < 0)
			return -1;
		*version = c.version;
		*date = c.released;
	}
	if (*date == DATE_NONE)
		return err_set(&cli->err, "%s har ingen datoer; kan ikke si hvor gamle dataene er.", origin);
	return 0;
}

int cli_refdata_init(struct cli *cli, int *loaded)
{
	struct store_stamp st = cli_stamp(cli);
	*loaded = 0;
	st.by = "beredt init";
	for (const struct embedded_file *f = embedded_refdata; f->name; f++) {
		if (strcmp(f->name, "aliases.json") == 0 || strcmp(f->name, "kev-facts.json") == 0)
			continue;          /* beredt's own tables, not catalogs: read with them (checks_refdata) */
		const char *name = strncmp(f->name, "endoflife", 9) == 0 ? "eol" : "kev", *have, *version;
		int32_t date;
		if (store_refdata_text(cli->db, &cli->arena, name, &have, &cli->err) < 0)
			return -1;
		if (have)                  /* never replace what 'data update' loaded */
			continue;
		if (check(cli, name, f->data, f->len, f->name, &version, &date) < 0 ||
		    store_refdata_put(cli->db, name, version, date, f->data, &st, &cli->err) < 0)
			return -1;
		++*loaded;
	}
	return 0;
}

int cli_refdata_load(struct cli *cli, struct eol_catalog *eol, struct kev_catalog *kev)
{
	return checks_refdata(cli->db, &cli->arena, eol, kev, &cli->err);
}

static int status(struct cli *cli, bool json)
{
	struct refdata_info *x;
	size_t n;
	char day[DATE_TEXT];
	if (store_refdata_list(cli->db, &cli->arena, &x, &n, &cli->err) < 0)
		return cli_fail(cli);
	json_t *arr = json ? json_array() : NULL;
	for (size_t i = 0; i < n; i++) {
		int age = x[i].data_date == DATE_NONE ? -1 : (int)(cli->today - x[i].data_date);
		date_format(x[i].data_date, day);
		if (arr) {
			json_array_append_new(arr, json_pack("{s:s, s:s, s:s, s:i, s:s, s:s}", "name", x[i].name,
				"version", x[i].version, "data_date", day, "age_days", age,
				"loaded_at", x[i].loaded_at, "loaded_by", x[i].loaded_by));
			continue;
		}
		printf(T("%-4s versjon %s, data fra %s (%d dager gamle), lastet %s av %s\n"), x[i].name,
		       x[i].version, day, age, x[i].loaded_at, x[i].loaded_by);
	}
	if (arr)
		return cli_print_json(cli, arr) < 0 ? cli_fail(cli) : EXIT_OK;
	if (!n)
		puts(T("Ingen referansedata er lastet. Kjør beredt init."));
	return EXIT_OK;
}

static int update(struct cli *cli, const char *files[2])
{
	static const char *const names[2] = { "eol", "kev" };
	struct buf b[2];
	const char *version[2];
	int32_t date[2];
	struct store_stamp st = cli_stamp(cli);
	int rc = -1;
	if (!files[0] && !files[1])
		return cli_usage(cli, "beredt data update --eol FIL --kev FIL", "Oppgi minst én fil.");
	buf_init(&b[0], 0);
	buf_init(&b[1], 0);
	/* read and check both before storing either */
	for (int k = 0; k < 2; k++)
		if (files[k] && (file_read(files[k], REFDATA_MAX, &b[k], &cli->err) < 0 ||
				 check(cli, names[k], b[k].data, b[k].len, files[k], &version[k], &date[k]) < 0))
			goto out;
	for (int k = 0; k < 2; k++) {
		if (!files[k])
			continue;
		if (memchr(b[k].data, '\0', b[k].len)) {
			err_set(&cli->err, "%s inneholder NUL-tegn.", files[k]);
			goto out;
		}
		if (store_refdata_put(cli->db, names[k], version[k], date[k], b[k].data, &st, &cli->err) < 0)
			goto out;
		char day[DATE_TEXT];
		date_format(date[k], day);
		printf(T("Lastet %s versjon %s (data fra %s).\n"), names[k], version[k], day);
	}
	rc = 0;
out:
	buf_release(&b[0]);
	buf_release(&b[1]);
	return rc < 0 ? cli_fail(cli) : EXIT_OK;
}

int cmd_data(struct cli *cli, int argc, char **argv)
{
	const char *files[2] = { 0 };
	bool json = false;
	static const struct cli_sub subs[] = { { "status", 0, 0 }, { "update", 0, 0 } };
	const struct cli_opt opts[] = {
		{ "eol", CLI_OPT_TEXT, &files[0], "FIL" }, { "kev", CLI_OPT_TEXT, &files[1], "FIL" },
		{ "format", CLI_OPT_FORMAT, &json, NULL },
	};
	const struct cli_spec spec = { "data", help, subs, CLI_COUNT(subs), opts, CLI_COUNT(opts) };
	struct cli_args args;
	if (cli_parse(cli, &spec, argc, argv, &args) < 0)
		return args.exit;
	if (strcmp(args.sub, "status") == 0)
		return status(cli, json);
	if (strcmp(args.sub, "update") == 0)
		return update(cli, files);
	return cli_usage(cli, args.usage, "Ukjent underkommando «%s».", args.sub);
}
