/* cmd_catalog.c: beredt catalog list|show|import. */
#include <jansson.h>
#include <stdio.h>
#include <string.h>

#include "cli/options.h"
#include "io/catalog_json.h"
#include "store/catalog.h"
#include "util/buf.h"
#include "util/file.h"

static const char help[] = N_(
	"Bruk: beredt catalog list [--format text|json]\n"
	"       beredt catalog show ID [--format text|json]\n"
	"       beredt catalog import FIL [--id ID] [--replace]\n"
	"\n"
	"En katalog er en liste over tiltak, ordnet i grupper. ks-2021 (KS' 15 tiltak) og\n"
	"nsm-grunnprinsipper (NSMs grunnprinsipper for IKT-sikkerhet, prinsippnivå) følger\n"
	"med. import leser en katalog i beredt-format eller en OSCAL-katalog (JSON), for\n"
	"eksempel NSMs fulle tiltaksliste eller et annet rammeverk. Se docs/catalog-format.md.\n");

static int list(struct cli *cli, bool json)
{
	struct catalog *all;
	size_t n;
	if (store_catalog_list(cli->db, &cli->arena, &all, &n, &cli->err) < 0)
		return cli_fail(cli);
	if (json) {
		json_t *arr = json_array();
		for (size_t i = 0; i < n; i++)
			json_array_append_new(arr, json_pack("{s:s, s:s, s:s, s:s, s:i, s:i}",
				"id", all[i].id, "version", all[i].version, "format", all[i].format,
				"title", text2_get(&all[i].title, cli->lang),
				"groups", (int)all[i].n_groups, "items", (int)all[i].n_items));
		return cli_print_json(cli, arr) < 0 ? cli_fail(cli) : EXIT_OK;
	}
	for (size_t i = 0; i < n; i++)
		printf("%-24s %-10s %4zu %s  %s\n", all[i].id, all[i].version, all[i].n_items,
		       T("tiltak"), text2_get(&all[i].title, cli->lang));
	return EXIT_OK;
}

static json_t *opt_str(const char *s)
{
	return s && *s ? json_string(s) : json_null();
}

static int show(struct cli *cli, const char *id, bool json)
{
	struct catalog *c;
	if (store_catalog_get(cli->db, &cli->arena, id, &c, &cli->err) < 0)
		return cli_fail(cli);
	if (json) {
		json_t *groups = json_array();
		for (size_t g = 0; g < c->n_groups; g++) {
			json_t *items = json_array();
			for (size_t i = 0; i < c->n_items; i++) {
				const struct catalog_item *it = &c->items[i];
				if (strcmp(it->group_id, c->groups[g].id) != 0)
					continue;
				json_t *maps = json_array();
				for (size_t m = 0; m < it->n_mappings; m++)
					json_array_append_new(maps, json_string(it->mappings[m]));
				json_array_append_new(items, json_pack("{s:s, s:o, s:s, s:o, s:o, s:o, s:o}",
					"id", it->id, "parent", opt_str(it->parent_id),
					"title", text2_get(&it->title, cli->lang),
					"question", opt_str(text2_get(&it->question, cli->lang)),
					"why", opt_str(text2_get(&it->why, cli->lang)),
					"evidence", opt_str(text2_get(&it->evidence, cli->lang)),
					"mappings", maps));
			}
			json_array_append_new(groups, json_pack("{s:s, s:s, s:o}", "id", c->groups[g].id,
				"title", text2_get(&c->groups[g].title, cli->lang), "items", items));
		}
		return cli_print_json(cli, json_pack("{s:s, s:s, s:s, s:s, s:o}", "id", c->id,
			"version", c->version, "format", c->format,
			"title", text2_get(&c->title, cli->lang), "groups", groups)) < 0
			? cli_fail(cli) : EXIT_OK;
	}
	printf("%s (%s %s)\n", text2_get(&c->title, cli->lang), c->id, c->version);
	for (size_t g = 0; g < c->n_groups; g++) {
		printf("\n%s  %s\n", c->groups[g].id, text2_get(&c->groups[g].title, cli->lang));
		for (size_t i = 0; i < c->n_items; i++) {
			const struct catalog_item *it = &c->items[i];
			if (strcmp(it->group_id, c->groups[g].id) != 0)
				continue;
			printf("  %-8s %s\n", it->id, text2_get(&it->title, cli->lang));
			const char *q = text2_get(&it->question, cli->lang);
			if (*q)
				printf("           %s\n", q);
		}
	}
	return EXIT_OK;
}

static int import(struct cli *cli, const char *path, const char *id, bool replace)
{
	struct buf b;
	struct catalog *c;
	buf_init(&b, 0);
	if (file_read(path, CATALOG_FILE_MAX, &b, &cli->err) < 0 ||
	    catalog_json_parse(&cli->arena, b.data, b.len, path, id, &c, &cli->err) < 0 ||
	    store_catalog_put(cli->db, c, cli->now, replace ? CATALOG_PUT_REPLACE : CATALOG_PUT_NEW,
			      &cli->err) < 0) {
		buf_release(&b);
		return cli_fail(cli);
	}
	buf_release(&b);
	printf(T("Importerte katalogen %s (%s): %zu grupper, %zu tiltak.\n"), c->id,
	       c->format, c->n_groups, c->n_items);
	return EXIT_OK;
}

int cmd_catalog(struct cli *cli, int argc, char **argv)
{
	const char *id = NULL;
	bool json = false, replace = false;
	static const struct cli_sub subs[] = { { "list", 0, 0 }, { "show", 1, 1 }, { "import", 1, 1 } };
	const struct cli_opt opts[] = {
		{ "format", CLI_OPT_FORMAT, &json, NULL }, { "id", CLI_OPT_TEXT, &id, "ID" },
		{ "replace", CLI_OPT_FLAG, &replace, NULL },
	};
	const struct cli_spec spec = { "catalog", help, subs, CLI_COUNT(subs), opts, CLI_COUNT(opts) };
	struct cli_args args;
	if (cli_parse(cli, &spec, argc, argv, &args) < 0)
		return args.exit;
	if (strcmp(args.sub, "list") == 0)
		return list(cli, json);
	if (strcmp(args.sub, "show") == 0)
		return show(cli, args.rest[0], json);
	if (strcmp(args.sub, "import") == 0)
		return import(cli, args.rest[0], id, replace);
	return cli_usage(cli, args.usage, "Ukjent underkommando eller feil antall argumenter.");
}
