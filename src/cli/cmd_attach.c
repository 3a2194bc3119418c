/* cmd_attach.c: beredt attachment: evidence as files (issue 15), the same use case as the
 * pages' and the API's (app/attach.c). */
#include <stdio.h>
#include <string.h>

#include "app/attach.h"
#include "cli/options.h"
#include "io/attach_json.h"
#include "util/buf.h"
#include "util/file.h"

static const char help[] = N_(
	"Bruk: beredt attachment add MÅL FIL [--note TEKST] [--replaces V-N]\n"
	"       beredt attachment list [MÅL] [--format text|json]\n"
	"       beredt attachment get V-N [--out FIL]\n"
	"       beredt attachment remove V-N --reason TEKST\n"
	"\n"
	"Bevis som filer: revisjonsrapporten, loggen fra gjenopprettingstesten, den signerte\n"
	"avtalen. MÅL sier hva filen hører til: measure:3b (et KS-tiltak i vurderingen),\n"
	"action:12 (en oppgave i handlingsplanen), finding:7 (et funn), restore:SYSTEM\n"
	"(gjenopprettingstesten av et system), exercise:3 (en øvelse) eller insurance:NAVN (en\n"
	"forsikring). Filen kan være PDF, Word, Excel, PowerPoint, OpenDocument, et bilde eller\n"
	"ren tekst, høyst 10 MB; typen leses av innholdet. Den lagres med SHA-256. --replaces\n"
	"legger den inn i stedet for en fil på samme mål; remove tar en fil av målet. Ingenting\n"
	"slettes: tidligere filer står i historikken (list viser dem). get skriver filen til\n"
	"--out, eller til standard ut, etter å ha sjekket SHA-256.\n");

static int list(struct cli *cli, int64_t tenant, const char *target, bool json)
{
	struct attachment *xs;
	size_t n;
	if (attach_list(cli->db, &cli->arena, tenant, target, &xs, &n, &cli->err) < 0)
		return cli_fail(cli);
	if (json)
		return cli_print_json(cli, attach_json_list(&cli->arena, xs, n)) < 0 ? cli_fail(cli) : EXIT_OK;
	for (size_t i = 0; i < n; i++) {
		const struct attachment *x = &xs[i];
		printf("V-%-4lld %s %s %9lld %s %.12s", (long long)x->id, cli_col(cli, attach_target_text(&cli->arena, &x->target), 22),
		       cli_col(cli, x->name, 32), (long long)x->size, x->added_at, x->sha256);
		if (x->replaced_by)
			printf(T(" (erstattet av V-%lld)"), (long long)x->replaced_by);
		else if (x->removed_at)
			printf(T(" (fjernet %s: %s)"), x->removed_at, x->removed_reason ? x->removed_reason : "");
		putchar('\n');
	}
	if (!n)
		puts(T("Ingen vedlegg."));
	return EXIT_OK;
}

int cmd_attachment(struct cli *cli, int argc, char **argv)
{
	bool json = false;
	const char *note = NULL, *replaces = NULL, *out = NULL, *reason = NULL;
	struct tenant t;
	static const struct cli_sub subs[] = { { "add", 2, 2 }, { "list", 0, 1 }, { "get", 1, 1 }, { "remove", 1, 1 } };
	const struct cli_opt opts[] = {
		{ "format", CLI_OPT_FORMAT, &json, NULL }, { "note", CLI_OPT_TEXT, &note, "TEKST" },
		{ "replaces", CLI_OPT_TEXT, &replaces, "V-N" }, { "out", CLI_OPT_TEXT, &out, "FIL" },
		{ "reason", CLI_OPT_TEXT, &reason, "TEKST" },
	};
	const struct cli_spec spec = { "attachment", help, subs, CLI_COUNT(subs), opts, CLI_COUNT(opts) };
	struct cli_args args;
	if (cli_parse(cli, &spec, argc, argv, &args) < 0)
		return args.exit;
	if (cli_tenant(cli, &t) < 0)
		return cli_fail(cli);
	if (strcmp(args.sub, "list") == 0)
		return list(cli, t.id, args.n ? args.rest[0] : NULL, json);
	struct store_stamp st = cli_stamp(cli);
	if (strcmp(args.sub, "add") == 0) {
		struct attach_file f = { .target = args.rest[0], .name = args.rest[1], .note = note };
		struct attachment x;
		struct buf b;
		if (replaces && attach_parse_id(replaces, &f.replaces, &cli->err) < 0)
			return cli_fail(cli);
		/* one byte past the ceiling, so that a file too large is told as such */
		buf_init(&b, ATTACH_MAX + 1);
		if (file_read(args.rest[1], ATTACH_MAX + 1, &b, &cli->err) < 0) {
			buf_release(&b);
			return cli_fail(cli);
		}
		f.data = b.data;
		f.len = b.len;
		int rc = attach_add(cli->db, &cli->arena, t.id, cli->today, cli->settings->path, &f, &st, &x, &cli->err);
		buf_release(&b);
		if (rc < 0)
			return cli_fail(cli);
		printf(T("V-%lld «%s» er lagt ved %s (%s, %lld byte, sha256 %s).\n"), (long long)x.id, x.name,
		       attach_target_text(&cli->arena, &x.target), x.content_type, (long long)x.size, x.sha256);
		return EXIT_OK;
	}
	int64_t id;
	if (attach_parse_id(args.rest[0], &id, &cli->err) < 0)
		return cli_fail(cli);
	if (strcmp(args.sub, "get") == 0) {
		struct attachment x;
		const char *data;
		if (attach_get(cli->db, &cli->arena, t.id, id, &x, &data, &cli->err) < 0)
			return cli_fail(cli);
		if (out) {
			if (file_write(out, data, (size_t)x.size, &cli->err) < 0)
				return cli_fail(cli);
			fprintf(stderr, T("V-%lld «%s» er skrevet til %s (sha256 %s stemmer).\n"), (long long)id, x.name, out,
				x.sha256);
			return EXIT_OK;
		}
		return fwrite(data, 1, (size_t)x.size, stdout) == (size_t)x.size ? EXIT_OK : EXIT_FAIL;
	}
	if (strcmp(args.sub, "remove") == 0) {
		struct attachment x;
		if (attach_remove(cli->db, &cli->arena, t.id, id, reason, &st, &x, &cli->err) < 0)
			return cli_fail(cli);
		printf(T("V-%lld er fjernet. Den står i historikken.\n"), (long long)id);
		return EXIT_OK;
	}
	return cli_usage(cli, args.usage, "Ukjent underkommando «%s» eller feil antall argumenter.", args.sub);
}
