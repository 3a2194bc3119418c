/* cmd_contact.c: beredt contact: the people and organisations to call in a crisis
 * (measure 4b), each verified now and then; vCard out and in. */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "app/prep.h"
#include "cli/cli.h"
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
	static const struct option opts[] = {
		{ "org", required_argument, NULL, 'o' }, { "kind", required_argument, NULL, 'k' },
		{ "role", required_argument, NULL, 'r' }, { "phone", required_argument, NULL, 'p' },
		{ "phone2", required_argument, NULL, 'P' }, { "email", required_argument, NULL, 'm' },
		{ "availability", required_argument, NULL, 'a' }, { "resources", required_argument, NULL, 'R' },
		{ "contract", required_argument, NULL, 'c' }, { "vcard", required_argument, NULL, 'v' },
		{ "format", required_argument, NULL, 'f' }, { "help", no_argument, NULL, 'h' }, { 0, 0, 0, 0 },
	};
	const char *usage = "beredt contact list|add|verify|remove|init|export|import", *vcf = NULL, *avail = NULL;
	struct prep_contact x = { .kind = "ekstern", .availability = AVAIL_AVTALE, .verified_on = DATE_NONE };
	bool json = false;
	struct tenant t;
	struct prep_all p;
	int c;
	if (argc >= 2 && cli_is_help(argv[1]))
		return cli_help(cli, help);
	if (argc < 2)
		return cli_usage(cli, usage, "Mangler underkommando.");
	while ((c = getopt_long(argc - 1, argv + 1, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'o': x.org = optarg; break;
		case 'k': x.kind = optarg; break;
		case 'r': x.crisis_role = optarg; break;
		case 'p': x.phone = optarg; break;
		case 'P': x.phone2 = optarg; break;
		case 'm': x.email = optarg; break;
		case 'a': avail = optarg; break;
		case 'R': x.resources = optarg; break;
		case 'c': x.contract = optarg; break;
		case 'v': vcf = optarg; break;
		case 'f':
			if (cli_format(cli, optarg, &json) < 0)
				return cli_fail(cli);
			break;
		case 'h': return cli_help(cli, help);
		default: return cli_usage(cli, usage, "Ukjent valg.");
		}
	}
	const char *sub = argv[1], *name = optind + 1 < argc ? argv[optind + 1] : NULL;
	int n = argc - 1 - optind;
	if (cli_tenant(cli, &t) < 0 || prep_load(cli->db, &cli->arena, t.id, cli->today, &p, &cli->err) < 0)
		return cli_fail(cli);
	struct store_stamp st = cli_stamp(cli);
	struct prep_contacts *cs = &p.contacts;
	int v = p.version[PREP_CONTACTS];
	if (strcmp(sub, "list") == 0 && n == 0)
		return list(cli, t.id, &p, json);
	if (strcmp(sub, "export") == 0 && n == 0 && vcf) {
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
	if (strcmp(sub, "init") == 0 && n == 0) {
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
	} else if (strcmp(sub, "import") == 0 && n == 0 && vcf) {
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
			if (old) {      /* a known name: the numbers from the file, the rest kept */
				old->phone = in.items[i].phone ? in.items[i].phone : old->phone;
				old->phone2 = in.items[i].phone2 ? in.items[i].phone2 : old->phone2;
				old->email = in.items[i].email ? in.items[i].email : old->email;
			} else {
				next.items[next.n++] = in.items[i];
			}
		}
		summary = arena_printf(&cli->arena, "vCard %s", vcf);
	} else if (strcmp(sub, "add") == 0 && n == 1) {
		if (find(cs, name))
			return cli_usage(cli, usage, "«%s» finnes allerede.", name);
		if (avail && prep_availability_parse(avail, &x.availability, &cli->err) < 0)
			return cli_fail(cli);
		x.name = name;
		next.items = arena_copy(&cli->arena, cs->items, cs->n, 1, sizeof(*next.items));
		if (!next.items)
			return cli_fail(cli);
		next.items[next.n++] = x;
		summary = arena_printf(&cli->arena, "ny: %s", name);
	} else if ((strcmp(sub, "verify") == 0 || strcmp(sub, "remove") == 0) && n == 1) {
		struct prep_contact *o = find(cs, name);
		if (!o)
			return cli_usage(cli, usage, "Kontakten «%s» finnes ikke.", name);
		if (strcmp(sub, "verify") == 0) {
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
		return cli_usage(cli, usage, "Ukjent underkommando «%s» eller feil antall argumenter.", sub);
	}
	if (prep_save_contacts(cli->db, &cli->arena, t.id, &next, v, summary, &st, &cli->err) < 0)
		return cli_fail(cli);
	printf(T("Kontaktlisten er lagret (%zu kontakter, versjon %d).\n"), next.n, v + 1);
	return EXIT_OK;
}
