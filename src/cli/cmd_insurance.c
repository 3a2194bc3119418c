/* cmd_insurance.c: beredt insurance: cyber insurance policies and offers (measure 5a),
 * side by side, with the policy's security conditions checked against the registers. */
#include <stdio.h>
#include <string.h>

#include "app/dossier_run.h"
#include "app/prep_docs.h"
#include "render/dossier.h"
#include "cli/options.h"
#include "io/prep_json.h"
#include "util/buf.h"
#include "util/date.h"
#include "util/file.h"

static const char help[] = N_(
	"Bruk: beredt insurance list [--format text|json]\n"
	"       beredt insurance import FIL\n"
	"       beredt insurance compare\n"
	"       beredt insurance dossier --policy NAVN [--at ÅÅÅÅ-MM-DD] [--format pdf|docx|md|html]\n"
	"                                [--lang nb|en] [--out FIL]\n"
	"\n"
	"Cyberforsikring: poliser og tilbud med selskap, periode, premie, egenandel, grenser,\n"
	"dekning for hendelseshåndtering, etterforskning, gjenoppretting, driftsavbrudd,\n"
	"utpressing, ansvar, varsling og juridisk bistand, unntak, skadetelefon og meldefrist,\n"
	"og sikkerhetsvilkårene i polisen. import leser hele listen som JSON (som list --format\n"
	"json skriver). compare stiller dem side om side og viser hvilke vilkår kommunen ikke\n"
	"oppfyller i dag, ut fra vurderingen og funnene: det er en risiko for dekningen.\n"
	"dossier lager dokumentasjonen til et skadeoppgjør: hvilke av polisens vilkår som var\n"
	"oppfylt ved utgangen av dagen --at (standard: nå), siden når og med hvilke bevis, fra\n"
	"historikken, med SHA-256 av innholdet og revisjonssporets hode den gang.\n");

static const char *money(struct cli *cli, long long v)
{
	return v < 0 ? "?" : arena_printf(&cli->arena, "%lld", v);
}

static const char *cover(struct cli *cli, long long v)
{
	return v == COVER_NONE ? T("nei") : v == COVER_YES ? T("ja") : arena_printf(&cli->arena, "%lld", v);
}

static int unmet(const struct prep_insurance *p, const struct answer *ans, size_t na, const struct finding *f,
		 size_t nf)
{
	int n = 0;
	for (size_t k = 0; k < p->n_conditions; k++)
		n += prep_condition_unmet(&p->conditions[k], ans, na, f, nf);
	return n;
}

static int compare(struct cli *cli, int64_t tenant, const struct prep_insurances *x)
{
	struct answer *ans;
	struct finding *f;
	size_t na, nf;
	if (!x->n) {
		puts(T("Ingen forsikringer eller tilbud ennå."));
		return EXIT_OK;
	}
	if (prep_condition_inputs(cli->db, &cli->arena, tenant, &ans, &na, &f, &nf, &cli->err) < 0)
		return cli_fail(cli);
	printf("%s", cli_col(cli, "", 26));
	for (size_t i = 0; i < x->n; i++)
		printf(" %s", cli_col(cli, x->items[i].name, 24));
	putchar('\n');
#define ROW(label, expr)                                                        \
	do {                                                                    \
		printf("%s", cli_col(cli, label, 26));                          \
		for (size_t i = 0; i < x->n; i++) {                             \
			const struct prep_insurance *p = &x->items[i];          \
			printf(" %s", cli_col(cli, expr, 24));                  \
		}                                                               \
		putchar('\n');                                                 \
	} while (0)
	ROW(T("Selskap"), p->insurer);
	ROW(T("Tilbud eller polise"), p->offer ? T("tilbud") : T("polise"));
	ROW(T("Premie (kr/år)"), money(cli, p->premium));
	ROW(T("Egenandel (kr)"), money(cli, p->deductible));
	ROW(T("Samlet grense (kr)"), money(cli, p->limit));
	for (int k = 0; k < PREP_COVERS; k++)
		ROW(T(prep_cover_label(k)), cover(cli, p->cover[k]));
	ROW(T("Meldefrist (timer)"), p->notify_hours ? arena_printf(&cli->arena, "%d", p->notify_hours) : "?");
	ROW(T("Vilkår ikke oppfylt"), arena_printf(&cli->arena, "%d / %zu", unmet(p, ans, na, f, nf), p->n_conditions));
#undef ROW
	for (size_t i = 0; i < x->n; i++)
		for (size_t k = 0; k < x->items[i].n_conditions; k++)
			if (prep_condition_unmet(&x->items[i].conditions[k], ans, na, f, nf))
				printf(T("\n%s: vilkåret «%s» er ikke oppfylt (%s%s%s). Det er en risiko for dekningen."),
				       x->items[i].name, x->items[i].conditions[k].text,
				       x->items[i].conditions[k].measure ? T("tiltak ") : "",
				       x->items[i].conditions[k].measure ? x->items[i].conditions[k].measure : "",
				       x->items[i].conditions[k].rule ? T(", åpne funn") : "");
	putchar('\n');
	return EXIT_OK;
}

static int dossier(struct cli *cli, const struct tenant *t, const char *policy, const char *at, const char *format,
		   const char *lang_text, const char *out)
{
	enum report_format fmt = REPORT_PDF;
	enum lang lang = cli->lang;
	struct dossier_doc x;
	char sha[CRYPTO_HASH_HEX];
	struct buf b;
	if (!policy)
		return cli_usage(cli, "beredt insurance dossier --policy NAVN [--at ÅÅÅÅ-MM-DD]", "--policy må oppgis.");
	if (format && report_format_parse(format, &fmt, &cli->err) < 0)
		return cli_fail(cli);
	if (lang_text && i18n_parse(lang_text, &lang) < 0)
		return cli_usage(cli, "beredt insurance dossier --lang nb|en", "Ukjent språk «%s».", lang_text);
	if (dossier_run(cli->db, &cli->arena, t, policy, at ? at : cli->now, cli->now, &x, &cli->err) < 0)
		return cli_fail(cli);
	buf_init(&b, 0);
	if (dossier_render(&cli->arena, &x, fmt, lang, cli->settings->report_marking, cli->settings->path, sha, &b,
			   &cli->err) < 0 ||
	    file_write(out ? out : "-", b.data, b.len, &cli->err) < 0) {
		buf_release(&b);
		return cli_fail(cli);
	}
	buf_release(&b);
	fprintf(stderr, T("%zu av %zu vilkår oppfylt; SHA-256 %s.\n"), x.d.met, x.d.n, sha);
	return EXIT_OK;
}

int cmd_insurance(struct cli *cli, int argc, char **argv)
{
	bool json = false;
	const char *policy = NULL, *at = NULL, *format = NULL, *lang = NULL, *out = NULL;
	struct tenant t;
	struct prep_all p;
	static const struct cli_sub subs[] = { { "list", 0, 0 }, { "import", 1, 1 }, { "compare", 0, 0 },
					       { "dossier", 0, 0 } };
	const struct cli_opt opts[] = {
		{ "policy", CLI_OPT_TEXT, &policy, "NAVN" }, { "at", CLI_OPT_TEXT, &at, "ÅÅÅÅ-MM-DD" },
		{ "format", CLI_OPT_TEXT, &format, "text|json|pdf|docx|md|html" }, { "lang", CLI_OPT_TEXT, &lang, "nb|en" },
		{ "out", CLI_OPT_TEXT, &out, "FIL" },
	};
	const struct cli_spec spec = { "insurance", help, subs, CLI_COUNT(subs), opts, CLI_COUNT(opts) };
	struct cli_args args;
	if (cli_parse(cli, &spec, argc, argv, &args) < 0)
		return args.exit;
	const char *arg = args.n ? args.rest[0] : NULL;
	if (cli_tenant(cli, &t) < 0 || prep_load(cli->db, &cli->arena, t.id, cli->today, &p, &cli->err) < 0)
		return cli_fail(cli);
	json = format && strcmp(format, "json") == 0;
	if (strcmp(args.sub, "dossier") == 0)
		return dossier(cli, &t, policy, at, format, lang, out);
	if (format && !json && strcmp(format, "text") != 0)
		return cli_usage(cli, args.usage, "--format %s gjelder bare dossier; list tar text eller json.", format);
	if (strcmp(args.sub, "list") == 0) {
		if (json)
			return cli_print_json(cli, prep_insurances_json(&p.insurance)) < 0 ? cli_fail(cli) : EXIT_OK;
		for (size_t i = 0; i < p.insurance.n; i++)
			printf("%s %s %s\n", cli_col(cli, p.insurance.items[i].name, 34),
			       cli_col(cli, p.insurance.items[i].insurer, 24),
			       p.insurance.items[i].offer ? T("tilbud") : T("polise"));
		if (!p.insurance.n)
			puts(T("Ingen forsikringer eller tilbud ennå."));
		return EXIT_OK;
	}
	if (strcmp(args.sub, "compare") == 0)
		return compare(cli, t.id, &p.insurance);
	if (strcmp(args.sub, "import") == 0) {
		struct buf b;
		struct prep_insurances in;
		struct store_stamp st = cli_stamp(cli);
		buf_init(&b, PREP_JSON_MAX);
		int rc = file_read(arg, PREP_JSON_MAX, &b, &cli->err) < 0 ||
			 prep_insurances_read(&cli->arena, b.data, &in, &cli->err) < 0 ||
			 prep_save_insurance(cli->db, &cli->arena, t.id, &in, p.version[PREP_INSURANCE], arg, &st, &cli->err) < 0;
		buf_release(&b);
		if (rc)
			return cli_fail(cli);
		printf(T("Lagret %zu forsikringer og tilbud.\n"), in.n);
		return EXIT_OK;
	}
	return cli_usage(cli, args.usage, "Ukjent underkommando «%s» eller feil antall argumenter.", args.sub);
}
