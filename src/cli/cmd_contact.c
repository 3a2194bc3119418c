/* cmd_contact.c: beredt contact: the people and organisations to call in a crisis
 * (measure 4b), each verified now and then; vCard out and in. */
#include <stdio.h>
#include <string.h>

#include "app/prep_docs.h"
#include "cli/options.h"
#include "io/prep_json.h"
#include "io/vcard.h"
#include "model/assess.h"
#include "store/finding.h"
#include "util/buf.h"
#include "util/date.h"
#include "util/file.h"

static const char help[] = N_(
	"Bruk: beredt contact list [--format text|json]\n"
	"       beredt contact add NAVN [--org ORG] [--kind intern|leverandor|ekstern] [--role ROLLE]\n"
	"              [--phone TLF] [--phone2 TLF] [--email E] [--availability døgnet|kontortid|avtale]\n"
	"              [--resources TEKST] [--contract REF]\n"
	"       beredt contact verify NAVN\n"
	"       beredt contact remove NAVN\n"
	"       beredt contact init\n"
	"       beredt contact export --vcard FIL\n"
	"       beredt contact import --vcard FIL\n"
	"\n"
	"Kontaktene i en krise: interne, leverandører og eksterne (NSM NCSC, KommuneCERT,\n"
	"politiet, Datatilsynet, forsikringsselskapet ...), med rolle, telefoner (gjerne to\n"
	"kanaler), e-post, når de kan nås, hva de kan bidra med og avtalen. verify sier at\n"
	"oppføringen er sjekket i dag; en kontakt som ikke er bekreftet på et halvt år blir et\n"
	"funn. init legger inn de nasjonale kontaktene. vCard (RFC 6350) til og fra telefoner.\n");

static struct prep_contact *find(struct prep_contacts *c, const char *name)
{
	for (size_t i = 0; i < c->n; i++)
		if (strcmp(c->items[i].name, name) == 0)
			return &c->items[i];
	return NULL;
}

static int list(struct cli *cli, int64_t tenant, const struct prep_all *p, bool json)
{
	struct check_settings set;
	if (json)
		return cli_print_json(cli, prep_contacts_json(&p->contacts)) < 0 ? cli_fail(cli) : EXIT_OK;
	if (store_check_settings_load(cli->db, tenant, &set, &cli->err) < 0)
		return cli_fail(cli);
	if (!p->contacts.n)
		puts(T("Ingen kontakter ennå. beredt contact init legger inn de nasjonale."));
	for (size_t i = 0; i < p->contacts.n; i++) {
		const struct prep_contact *x = &p->contacts.items[i];
		char d[DATE_TEXT] = "-";
		if (x->verified_on != DATE_NONE)
			date_format(x->verified_on, d);
		printf("%s %s %s %s%s\n", cli_col(cli, x->name, 26), cli_col(cli, x->phone ? x->phone : "-", 16),
		       cli_col(cli, T(prep_availability_label(x->availability)), 14), d,
		       prep_contact_stale(x, cli->today, set.contact_days) ? T(" (bør bekreftes)") : "");
	}
	return EXIT_OK;
}

int cmd_contact(struct cli *cli, int argc, char **argv)
{
	const char *vcf = NULL, *avail = NULL;
	struct prep_contact x = { .kind = "ekstern", .availability = AVAIL_AVTALE, .verified_on = DATE_NONE };
	bool json = false;
	static const struct cli_sub subs[] = { { "list", 0, 0 }, { "add", 1, 1 }, { "verify", 1, 1 }, { "remove", 1, 1 },
					       { "init", 0, 0 }, { "export", 0, 0 }, { "import", 0, 0 } };
	const struct cli_opt opts[] = {
		{ "org", CLI_OPT_TEXT, &x.org, "ORG" }, { "kind", CLI_OPT_TEXT, &x.kind, "intern|leverandor|ekstern" },
		{ "role", CLI_OPT_TEXT, &x.crisis_role, "ROLLE" }, { "phone", CLI_OPT_TEXT, &x.phone, "TLF" },
		{ "phone2", CLI_OPT_TEXT, &x.phone2, "TLF" }, { "email", CLI_OPT_TEXT, &x.email, "E" },
		{ "availability", CLI_OPT_TEXT, &avail, "døgnet|kontortid|avtale" },
		{ "resources", CLI_OPT_TEXT, &x.resources, "TEKST" }, { "contract", CLI_OPT_TEXT, &x.contract, "REF" },
		{ "vcard", CLI_OPT_TEXT, &vcf, "FIL" }, { "format", CLI_OPT_FORMAT, &json, NULL },
	};
	const struct cli_spec spec = { "contact", help, subs, CLI_COUNT(subs), opts, CLI_COUNT(opts) };
	struct cli_args args;
	struct tenant t;
	struct prep_all p;
	if (cli_parse(cli, &spec, argc, argv, &args) < 0)
		return args.exit;
	const char *name = args.n ? args.rest[0] : NULL;
	if (cli_tenant(cli, &t) < 0 || prep_load(cli->db, &cli->arena, t.id, cli->today, &p, &cli->err) < 0)
		return cli_fail(cli);
	struct store_stamp st = cli_stamp(cli);
	struct prep_contacts *cs = &p.contacts;
	int v = p.version[PREP_CONTACTS];
	if (strcmp(args.sub, "list") == 0)
		return list(cli, t.id, &p, json);
	if (strcmp(args.sub, "export") == 0 && vcf) {
		struct buf b;
		buf_init(&b, VCARD_MAX);
		int rc = vcard_write(&b, cs) < 0 || file_write(vcf, b.data ? b.data : "", b.len, &cli->err) < 0;
		buf_release(&b);
		if (rc)
			return cli_fail(cli);
		printf(T("Skrev %zu kontakter til %s.\n"), cs->n, vcf);
		return EXIT_OK;
	}
	struct prep_contacts next = *cs;
	const char *summary = NULL;
	if (strcmp(args.sub, "init") == 0) {
		struct prep_contacts nat;
		if (prep_contacts_template(&cli->arena, &nat) < 0)
			return cli_fail(cli);
		next.items = arena_copy(&cli->arena, cs->items, cs->n, nat.n, sizeof(*next.items));
		if (!next.items)
			return cli_fail(cli);
		next.n = cs->n;
		for (size_t i = 0; i < nat.n; i++)
			if (!find(cs, nat.items[i].name))
				next.items[next.n++] = nat.items[i];
		summary = "de nasjonale kontaktene";
	} else if (strcmp(args.sub, "import") == 0 && vcf) {
		struct buf b;
		struct prep_contacts in;
		buf_init(&b, VCARD_MAX);
		if (file_read(vcf, VCARD_MAX, &b, &cli->err) < 0 ||
		    vcard_read(&cli->arena, b.data, b.len, vcf, &in, &cli->err) < 0) {
			buf_release(&b);
			return cli_fail(cli);
		}
		buf_release(&b);
		next.items = arena_copy(&cli->arena, cs->items, cs->n, in.n, sizeof(*next.items));
		if (!next.items)
			return cli_fail(cli);
		next.n = cs->n;
		for (size_t i = 0; i < in.n; i++) {
			struct prep_contact *old = find(&next, in.items[i].name);
			if (old) {      /* a known name: the numbers from the file, the args.rest kept */
				old->phone = in.items[i].phone ? in.items[i].phone : old->phone;
				old->phone2 = in.items[i].phone2 ? in.items[i].phone2 : old->phone2;
				old->email = in.items[i].email ? in.items[i].email : old->email;
			} else {
				next.items[next.n++] = in.items[i];
			}
		}
		summary = arena_printf(&cli->arena, "vCard %s", vcf);
	} else if (strcmp(args.sub, "add") == 0) {
		if (find(cs, name))
			return cli_usage(cli, args.usage, "«%s» finnes allerede.", name);
		if (avail && prep_availability_parse(avail, &x.availability, &cli->err) < 0)
			return cli_fail(cli);
		x.name = name;
		next.items = arena_copy(&cli->arena, cs->items, cs->n, 1, sizeof(*next.items));
		if (!next.items)
			return cli_fail(cli);
		next.items[next.n++] = x;
		summary = arena_printf(&cli->arena, "ny: %s", name);
	} else if (strcmp(args.sub, "verify") == 0 || strcmp(args.sub, "remove") == 0) {
		struct prep_contact *o = find(cs, name);
		if (!o)
			return cli_usage(cli, args.usage, "Kontakten «%s» finnes ikke.", name);
		if (strcmp(args.sub, "verify") == 0) {
			o->verified_on = cli->today;
			o->verified_by = cli->user;
			summary = arena_printf(&cli->arena, "bekreftet: %s", name);
		} else {
			size_t k = (size_t)(o - cs->items);
			if (k + 1 < cs->n)
				memmove(&cs->items[k], &cs->items[k + 1], (cs->n - k - 1) * sizeof(*cs->items));
			next.n = cs->n - 1;
			summary = arena_printf(&cli->arena, "fjernet: %s", name);
		}
	} else {
		return cli_usage(cli, args.usage, "Ukjent underkommando «%s» eller feil antall argumenter.", args.sub);
	}
	if (prep_save_contacts(cli->db, &cli->arena, t.id, &next, v, summary, &st, &cli->err) < 0)
		return cli_fail(cli);
	printf(T("Kontaktlisten er lagret (%zu kontakter, versjon %d).\n"), next.n, v + 1);
	return EXIT_OK;
}
