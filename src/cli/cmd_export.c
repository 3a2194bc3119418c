/* cmd_export.c and import: moving one municipality between databases.
 * beredt export [--out FIL]; beredt import FIL. */
#include <stdio.h>
#include <string.h>

#include "cli/options.h"
#include "app/oscal.h"
#include "io/dataset_json.h"
#include "store/dataset.h"
#include "util/file.h"

static const char help_export[] = N_(
	"Bruk: beredt export [--out FIL]\n"
	"       beredt export --format oscal-ar [--round N] [--out FIL]\n"
	"\n"
	"Skriver alt om kommunen som JSON (formatet beredt-export/2): kommunen, alle\n"
	"vurderingsrunder med hver versjon av hvert svar, handlingsplanen med historikk,\n"
	"ROS-registrene, og alt annet (sikkerhetsprofiler, beredskapsplan, kontakter, øvelser,\n"
	"hendelser, funn, skanninger, SBOM-er, mottakere, revisjonsloggen og brukerne uten\n"
	"passord og tofaktor). Databasenøkler er ikke med, så filen kan leses inn i en annen\n"
	"database med beredt import. Samme data gir alltid samme fil.\n"
	"\n"
	"--format oscal-ar skriver en lukket vurderingsrunde (den nyeste av KS-tiltakene, eller\n"
	"--round N) som OSCAL-vurderingsresultater: ett funn per gap, med observasjonen og\n"
	"dokumentasjonen.\n");

static const char help_import[] = N_(
	"Bruk: beredt import FIL\n"
	"\n"
	"Leser en fil fra beredt export inn som en ny kommune i denne databasen. Kommunen\n"
	"må ikke finnes fra før, og katalogene rundene bruker, må finnes. Alt eller ingenting:\n"
	"er noe galt i filen, endres ingenting.\n");

struct export_opts {
	const char *out, *format;
	int round;
};

int cmd_export(struct cli *cli, int argc, char **argv)
{
	struct export_opts o = { .out = "-", .format = "beredt" };
	struct tenant t;
	struct dataset d;
	struct buf b;
	const struct cli_opt opts[] = {
		{ "out", CLI_OPT_TEXT, &o.out, "FIL" }, { "format", CLI_OPT_TEXT, &o.format, "beredt|oscal-ar" },
		{ "round", CLI_OPT_NUMBER, &o.round, "N" },
	};
	const struct cli_spec spec = { "export", help_export, NULL, 0, opts, CLI_COUNT(opts) };
	struct cli_args args;
	if (cli_parse(cli, &spec, argc, argv, &args) < 0)
		return args.exit;
	const char *out = o.out;
	if (args.n)
		return cli_usage(cli, "beredt export [--format beredt|oscal-ar] [--round N] [--out FIL]",
				 "Ukjent valg eller argument.");
	bool oscal = strcmp(o.format, "oscal-ar") == 0;
	if (!oscal && strcmp(o.format, "beredt") != 0)
		return cli_usage(cli, "beredt export [--format beredt|oscal-ar]", "Ukjent format «%s».", o.format);
	if (cli_tenant(cli, &t) < 0)
		return cli_fail(cli);
	buf_init(&b, DATASET_FILE_MAX);
	if (oscal) {
		struct store_stamp st = cli_stamp(cli);
		if (oscal_round_export(cli->db, &cli->arena, cli->lang, &t, o.round, cli->today, st.at, &b, &cli->err) < 0 ||
		    file_write(out, b.data, b.len, &cli->err) < 0) {
			buf_release(&b);
			return cli_fail(cli);
		}
		buf_release(&b);
		return EXIT_OK;
	}
	if (store_dataset_load(cli->db, &cli->arena, t.kommunenr, &d, &cli->err) < 0) {
		buf_release(&b);
		return cli_fail(cli);
	}
	if (dataset_json_write(&cli->arena, &d, &b, &cli->err) < 0 ||
	    file_write(out, b.data, b.len, &cli->err) < 0) {
		buf_release(&b);
		return cli_fail(cli);
	}
	buf_release(&b);
	if (strcmp(out, "-") != 0)
		fprintf(stderr, T("Skrev %s (%s) til %s.\n"), t.name, t.kommunenr, out);
	return EXIT_OK;
}

int cmd_import(struct cli *cli, int argc, char **argv)
{
	struct dataset d;
	struct buf b;
	struct store_stamp st = cli_stamp(cli);
	size_t accounts = 0;
	const struct cli_spec spec = { "import", help_import, NULL, 0, NULL, 0 };
	struct cli_args args;
	if (cli_parse(cli, &spec, argc, argv, &args) < 0)
		return args.exit;
	if (args.n != 1)
		return cli_usage(cli, "beredt import FIL", "Oppgi nøyaktig én fil.");
	const char *path = args.rest[0];
	buf_init(&b, 0);
	if (file_read(path, DATASET_FILE_MAX, &b, &cli->err) < 0 ||
	    dataset_json_read(&cli->arena, b.data, b.len, path, &d, &cli->err) < 0 ||
	    store_dataset_save(cli->db, &d, &st, &accounts, &cli->err) < 0) {
		buf_release(&b);
		return cli_fail(cli);
	}
	buf_release(&b);
	size_t records = 0;
	for (size_t i = 0; i < d.records.n; i++)
		records += d.records.tables[i].n;
	printf(T("Importerte %s (%s): %zu runder, %zu tiltak, %zu andre poster.\n"), d.tenant.name,
	       d.tenant.kommunenr, d.n_rounds, d.n_actions, records);
	if (accounts)
		printf(i18n_n(cli->lang, "%zu bruker er med uten passord og tofaktor: gi hver en ny lenke med beredt user "
			      "reset-2fa E-POST.\n",
			      "%zu brukere er med uten passord og tofaktor: gi hver en ny lenke med beredt user "
			      "reset-2fa E-POST.\n", (unsigned long)accounts), accounts);
	return EXIT_OK;
}
