/* cli.h: what every command shares: the parsed global options, the database, one arena
 * for the whole command, the error, and the time. Commands are in cmd_*.c, one file
 * each, and are thin: parse and check input, call store and model, print. */
#ifndef BEREDT_CLI_H
#define BEREDT_CLI_H

#include <stdbool.h>
#include <stdint.h>

#include "db/db.h"
#include "model/tenant.h"
#include "store/stamp.h"
#include "util/arena.h"
#include "util/clock.h"
#include "util/date.h"
#include "util/err.h"
#include "util/settings.h"

#define I18N_LANG (cli->lang)

enum { EXIT_OK = 0, EXIT_FAIL = 1, EXIT_USAGE = 2 };

struct cli {
	const struct settings *settings;   /* read once in main (util/settings.h) */
	const char *db_url;
	const char *kommune;     /* --kommune or BEREDT_KOMMUNE; NULL: the only one */
	const char *user;        /* who is making changes */
	enum lang lang;
	struct db *db;
	struct arena arena;
	struct err err;
	struct clock clock;      /* read once from the environment; the server gets it too */
	int32_t today;
	char now[TIMESTAMP_TEXT];
};

/* Open the database and check that its schema is current (all commands but init). */
int cli_open(struct cli *cli);

/* The municipality named by --kommune, or the only one in the database. */
int cli_tenant(struct cli *cli, struct tenant *out);

/* The municipality named by --kommune, or every one in the database (arena). */
int cli_tenants(struct cli *cli, struct tenant **all, size_t *n);

struct store_stamp cli_stamp(const struct cli *cli);

/* Print the error and return EXIT_FAIL. */
int cli_fail(struct cli *cli);

/* Print a usage error and return EXIT_USAGE. */
int cli_usage(struct cli *cli, const char *usage, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Print help text (a bokmål msgid, translated) to standard output; returns EXIT_OK. */
int cli_help(struct cli *cli, const char *text);

/* True for "--help" and "-h". */
bool cli_is_help(const char *arg);

/* Parse a positive number such as "3" or "T-3"; -1 if it is not one. */
int cli_number(const char *s, int *out);

/* "text" or "json" for --format; -1 with a message. */
int cli_format(struct cli *cli, const char *s, bool *json);

/* Print s left-aligned in a column of 'width' characters (UTF-8 aware). */
void cli_pad(const char *s, int width);

/* s padded with spaces to 'width' characters, for a %-Ns column in a translated format
 * (printf pads by bytes, and adds nothing to this). In the CLI arena; s when wide enough. */
const char *cli_col(struct cli *cli, const char *s, int width);

/* Write s to standard output as JSON-encoded by jansson (owned json_t consumed). */
struct json_t;
int cli_print_json(struct cli *cli, struct json_t *j);

int cmd_init(struct cli *cli, int argc, char **argv);
int cmd_tenant(struct cli *cli, int argc, char **argv);
int cmd_coop(struct cli *cli, int argc, char **argv);
int cmd_overview(struct cli *cli, int argc, char **argv);
int cmd_catalog(struct cli *cli, int argc, char **argv);
int cmd_assess(struct cli *cli, int argc, char **argv);
int cmd_action(struct cli *cli, int argc, char **argv);
int cmd_report(struct cli *cli, int argc, char **argv);
int cmd_export(struct cli *cli, int argc, char **argv);
int cmd_import(struct cli *cli, int argc, char **argv);
int cmd_demo(struct cli *cli, int argc, char **argv);
int cmd_user(struct cli *cli, int argc, char **argv);
int cmd_audit(struct cli *cli, int argc, char **argv);
int cmd_serve(struct cli *cli, int argc, char **argv);
int cmd_ros(struct cli *cli, int argc, char **argv);
int cmd_data(struct cli *cli, int argc, char **argv);
int cmd_check(struct cli *cli, int argc, char **argv);
int cmd_finding(struct cli *cli, int argc, char **argv);
int cmd_posture(struct cli *cli, int argc, char **argv);
int cmd_scan(struct cli *cli, int argc, char **argv);
int cmd_notify(struct cli *cli, int argc, char **argv);
int cmd_plan(struct cli *cli, int argc, char **argv);
int cmd_kit(struct cli *cli, int argc, char **argv);
int cmd_contact(struct cli *cli, int argc, char **argv);
int cmd_exercise(struct cli *cli, int argc, char **argv);
int cmd_backup(struct cli *cli, int argc, char **argv);
int cmd_insurance(struct cli *cli, int argc, char **argv);
int cmd_attachment(struct cli *cli, int argc, char **argv);
int cmd_incident(struct cli *cli, int argc, char **argv);
int cmd_competence(struct cli *cli, int argc, char **argv);

/* The reference catalogs (cmd_data.c): load the shipped copies where none is loaded
 * (init), and read what is loaded (an empty catalog where none is). */
struct eol_catalog;
struct kev_catalog;
int cli_refdata_init(struct cli *cli, int *loaded);
int cli_refdata_load(struct cli *cli, struct eol_catalog *eol, struct kev_catalog *kev);



#endif
