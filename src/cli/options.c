/* cli/options.c: see options.h. */
#include "cli/options.h"

#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "util/buf.h"
#include "util/limits.h"

#define OPT_FIRST 256   /* getopt_long's value for row i is OPT_FIRST + i: past every char */

const char *cli_spec_usage(struct cli *cli, const struct cli_spec *s)
{
	struct buf b;
	buf_init(&b, LIMIT_SMALL_TEXT);
	buf_printf(&b, "beredt %s", s->name);
	for (size_t i = 0; i < s->n_subs; i++)
		buf_printf(&b, "%c%s", i ? '|' : ' ', s->subs[i].name);
	const char *line = arena_strdup(&cli->arena, b.data ? b.data : "");
	buf_release(&b);
	return line ? line : s->name;
}

/* Items after a heading, comma-separated, wrapped before 80 columns. */
static void list_item(int *col, bool first, const char *item)
{
	int w = (int)strlen(item) + 2;
	if (!first && *col + w > 78) {
		fputs(",\n   ", stdout);
		*col = 3;
	} else if (!first) {
		putchar(',');
		(*col)++;
	}
	printf(" %s", item);
	*col += w - 1;
}

/* The help's text, then the subcommands and options from the rows. */
static int help(struct cli *cli, const struct cli_spec *s)
{
	int col;
	fputs(T(s->help), stdout);
	if (s->n_subs) {
		col = printf("\n%s", T("Underkommandoer:")) - 1;
		for (size_t i = 0; i < s->n_subs; i++)
			list_item(&col, i == 0, s->subs[i].name);
	}
	col = printf("\n%s", T("Valg:")) - 1;
	for (size_t i = 0; i < s->n_opts; i++) {
		const struct cli_opt *o = &s->opts[i];
		const char *arg = o->arg ? o->arg : o->kind == CLI_OPT_DATE ? "ÅÅÅÅ-MM-DD"
					 : o->kind == CLI_OPT_FORMAT ? "text|json"
					 : o->kind == CLI_OPT_NUMBER ? "N" : NULL;
		list_item(&col, i == 0, arena_printf(&cli->arena, "--%s%s%s", o->name, arg ? " " : "", arg ? arg : ""));
	}
	list_item(&col, s->n_opts == 0, "--help");
	putchar('\n');
	return EXIT_OK;
}

static const struct cli_sub *find_sub(const struct cli_spec *s, const char *name)
{
	for (size_t i = 0; i < s->n_subs; i++)
		if (strcmp(s->subs[i].name, name) == 0)
			return &s->subs[i];
	return NULL;
}

static int take(struct cli *cli, const struct cli_opt *o, const char *value, int *rc)
{
	switch (o->kind) {
	case CLI_OPT_TEXT:
		*(const char **)o->to = value;
		return 0;
	case CLI_OPT_FLAG:
		*(bool *)o->to = true;
		return 0;
	case CLI_OPT_DATE:
		if (date_parse(value, (int32_t *)o->to) == 0)
			return 0;
		*rc = cli_usage(cli, arena_printf(&cli->arena, "--%s ÅÅÅÅ-MM-DD", o->name), "«%s» er ikke en dato.", value);
		return -1;
	case CLI_OPT_FORMAT:
		if (cli_format(cli, value, (bool *)o->to) == 0)
			return 0;
		*rc = cli_fail(cli);
		return -1;
	case CLI_OPT_NUMBER:
		if (cli_number(value, (int *)o->to) == 0)
			return 0;
		*rc = cli_usage(cli, arena_printf(&cli->arena, "--%s N", o->name), "«%s» er ikke et tall.", value);
		return -1;
	}
	return 0;
}

int cli_parse(struct cli *cli, const struct cli_spec *s, int argc, char **argv, struct cli_args *out)
{
	int *rc = &out->exit;
	/* with subcommands getopt starts after argv[1], which it takes for the program's name */
	int skip = s->n_subs ? 1 : 0, c;
	*out = (struct cli_args){ .usage = cli_spec_usage(cli, s) };
	if (argc >= 2 && cli_is_help(argv[1]))
		return *rc = help(cli, s), -1;
	if (skip && argc < 2)
		return *rc = cli_usage(cli, out->usage, "Mangler underkommando."), -1;
	struct option *lo = arena_alloc(&cli->arena, (s->n_opts + 2) * sizeof(*lo));
	if (!lo)
		return err_set(&cli->err, "Tom for minne."), *rc = cli_fail(cli), -1;
	for (size_t i = 0; i < s->n_opts; i++)
		lo[i] = (struct option){ s->opts[i].name, s->opts[i].kind == CLI_OPT_FLAG ? no_argument : required_argument,
					 NULL, OPT_FIRST + (int)i };
	lo[s->n_opts] = (struct option){ "help", no_argument, NULL, 'h' };
	lo[s->n_opts + 1] = (struct option){ 0 };
	while ((c = getopt_long(argc - skip, argv + skip, "h", lo, NULL)) != -1) {
		if (c == 'h')
			return *rc = help(cli, s), -1;
		if (c < OPT_FIRST)
			return *rc = cli_usage(cli, out->usage, "Ukjent valg."), -1;
		if (take(cli, &s->opts[c - OPT_FIRST], optarg, rc) < 0)
			return -1;
	}
	out->sub = skip ? argv[1] : NULL;
	out->rest = argv + skip + optind;
	out->n = argc - skip - optind;
	if (!skip)
		return 0;
	const struct cli_sub *sub = find_sub(s, out->sub);
	if (!sub || out->n < sub->min || (sub->max >= 0 && out->n > sub->max))
		return *rc = cli_usage(cli, out->usage, "Ukjent underkommando «%s» eller feil antall argumenter.",
					out->sub), -1;
	return 0;
}
