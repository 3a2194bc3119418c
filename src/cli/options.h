/* cli/options.h: a command's subcommands and options as one table each, parsed by one
 * loop (getopt_long underneath). The usage line, the lists --help ends with, the refusal of
 * an unknown subcommand or option and the count of arguments all come from the same rows,
 * so what a command accepts and what it says it accepts cannot drift apart. */
#ifndef BEREDT_CLI_OPTIONS_H
#define BEREDT_CLI_OPTIONS_H

#include <stddef.h>

#include "cli/cli.h"

enum cli_opt_kind {
	CLI_OPT_TEXT,     /* --name VALUE into a const char * */
	CLI_OPT_FLAG,     /* --name into a bool, set true */
	CLI_OPT_DATE,     /* --name ÅÅÅÅ-MM-DD into an int32_t day; refused when not a date */
	CLI_OPT_FORMAT,   /* --format text|json into a bool, true for json */
	CLI_OPT_NUMBER,   /* --name N into an int (cli_number: a positive whole number) */
};

/* One option: its long name (without the dashes), what it takes, where it goes, and the
 * name of its value in the help's list ("FIL", "ÅÅÅÅ-MM-DD"; NULL for a flag). */
struct cli_opt {
	const char *name;
	enum cli_opt_kind kind;
	void *to;
	const char *arg;
};

/* One subcommand and how many arguments it takes after it (max -1: any number). */
struct cli_sub {
	const char *name;
	int min, max;
};

struct cli_spec {
	const char *name;            /* "contact": beredt contact ... */
	const char *help;            /* N_(): what --help says before the lists */
	const struct cli_sub *subs;  /* none: the command takes no subcommand */
	size_t n_subs;
	const struct cli_opt *opts;
	size_t n_opts;
};

/* What is left after the options: the subcommand (NULL without), the arguments after it. */
struct cli_args {
	const char *sub;
	char **rest;
	int n;
	const char *usage;   /* the usage line, for the command's own refusals */
	int exit;            /* when cli_parse gives -1: what the command returns */
};

#define CLI_COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* Parse argv (argv[0] the command's name) by the spec, the options into their places.
 * 0: go on with *out. -1: the command is done and returns out->exit (the help was shown,
 * or a usage error was said on standard error). */
int cli_parse(struct cli *cli, const struct cli_spec *s, int argc, char **argv, struct cli_args *out);

/* "beredt contact list|add|...": the usage line from the spec (in the CLI's arena). */
const char *cli_spec_usage(struct cli *cli, const struct cli_spec *s);

#endif
