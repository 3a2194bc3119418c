/* cli.c: the helpers shared by the commands (see cli.h). */
#include "cli/cli.h"

#include <jansson.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/migrate.h"
#include "store/tenant.h"

int cli_open(struct cli *cli)
{
	if (db_open(cli->db_url, &cli->db, &cli->err) < 0)
		return -1;
	return store_require_schema(cli->db, &cli->err);
}

int cli_tenant(struct cli *cli, struct tenant *out)
{
	if (cli->kommune)
		return store_tenant_get(cli->db, &cli->arena, cli->kommune, out, &cli->err);
	struct tenant *all;
	size_t n;
	if (store_tenant_list(cli->db, &cli->arena, &all, &n, &cli->err) < 0)
		return -1;
	if (n == 1) {
		*out = all[0];
		return 0;
	}
	if (n == 0)
		return err_set(&cli->err, "Ingen kommune er registrert. Registrer en med beredt tenant "
			       "add --kommune NNNN --name NAVN --orgnr ORGNR, eller last demoen med "
			       "beredt demo.");
	return err_set(&cli->err, "Databasen har %zu kommuner. Velg en med --kommune NNNN "
		       "(se beredt tenant list).", n);
}

int cli_tenants(struct cli *cli, struct tenant **all, size_t *n)
{
	if (!cli->kommune)
		return store_tenant_list(cli->db, &cli->arena, all, n, &cli->err);
	*all = arena_alloc(&cli->arena, sizeof(**all));
	if (!*all)
		return err_set(&cli->err, "Tom for minne.");
	*n = 1;
	return cli_tenant(cli, *all);
}

struct store_stamp cli_stamp(const struct cli *cli)
{
	struct store_stamp s = { .by = cli->user, .at = cli->now, .today = cli->today };
	return s;
}

int cli_fail(struct cli *cli)
{
	fprintf(stderr, "beredt: %s\n", cli->err.msg);
	return err_exit_code(cli->err.kind);        /* docs/cli.md: by the error's kind */
}

int cli_usage(struct cli *cli, const char *usage, const char *fmt, ...)
{
	va_list ap;
	fputs("beredt: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, i18n_tr(cli->lang, fmt), ap);
	va_end(ap);
	fprintf(stderr, "\n%s %s\n", i18n_tr(cli->lang, "Bruk:"), usage);
	return EXIT_USAGE;
}

int cli_help(struct cli *cli, const char *text)
{
	fputs(i18n_tr(cli->lang, text), stdout);
	return EXIT_OK;
}

bool cli_is_help(const char *arg)
{
	return arg && (strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0);
}

int cli_number(const char *s, int *out)
{
	char *end;
	if (!s)
		return -1;
	if ((s[0] == 'T' || s[0] == 't') && s[1] == '-')
		s += 2;
	if (*s < '0' || *s > '9')
		return -1;
	long v = strtol(s, &end, 10);
	if (*end || v <= 0 || v > 1000000)
		return -1;
	*out = (int)v;
	return 0;
}

int cli_format(struct cli *cli, const char *s, bool *json)
{
	if (strcmp(s, "json") == 0)
		*json = true;
	else if (strcmp(s, "text") == 0)
		*json = false;
	else
		return err_set(&cli->err, "Ukjent format «%s». Bruk text eller json.", s);
	return 0;
}

int cli_print_json(struct cli *cli, json_t *j)
{
	char *s = json_dumps(j, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	json_decref(j);
	if (!s)
		return err_set(&cli->err, "Tom for minne.");
	puts(s);
	free(s);
	return 0;
}

/* The characters of s: code points, not bytes. */
static int chars(const char *s)
{
	int n = 0;
	for (const char *p = s; *p; p++)
		n += ((unsigned char)*p & 0xC0) != 0x80;
	return n;
}

void cli_pad(const char *s, int width)
{
	fputs(s, stdout);
	for (int n = chars(s); n < width; n++)
		putchar(' ');
}

const char *cli_col(struct cli *cli, const char *s, int width)
{
	int pad = width - chars(s);
	size_t len = strlen(s);
	if (pad <= 0)
		return s;
	char *out = arena_alloc(&cli->arena, len + (size_t)pad + 1);
	if (!out)
		return s;
	memcpy(out, s, len);
	memset(out + len, ' ', (size_t)pad);
	out[len + (size_t)pad] = '\0';
	return out;
}
