/* io/ros_csv.c: see ros_csv.h. Parsing is libcsv's; the character set conversion is
 * iconv's. */
#include "io/ros_csv.h"

#include <csv.h>
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "io/csv_text.h"
#include "model/assess.h"
#include "util/date.h"
#include "util/valid.h"

enum field {
	F_NAME, F_DESCRIPTION, F_SECTOR, F_OWNER, F_CRITICALITY, F_MTD, F_PERSONAL, F_SPECIAL,
	F_FALLBACK, F_FALLBACK_TESTED,
	F_VENDOR, F_PRODUCT, F_VERSION, F_KIND, F_HOSTING, F_DOMAIN, F_RTO, F_RPO, F_CLASS,
	F_INTERNET, F_HOSTS,
	F_ORGNR, F_PHONE, F_247, F_CONTRACT,
	F_FROM_KIND, F_FROM, F_TO_KIND, F_TO, F_DEP_KIND, F_ALT,
	F_TITLE, F_CAUSE, F_PROB, F_C_LIFE, F_C_NATURE, F_C_ECONOMY, F_C_STABILITY, F_C_GOVERNANCE,
	F_BARRIERS, F_UNCERTAINTY, F_MEASURES,
};

struct column {
	const char *nb;         /* header in bokmål (without æøå: see norm()) */
	const char *en;
	enum field f;
	bool required;
};

static const struct column services[] = {
	{ "navn", "name", F_NAME, true }, { "beskrivelse", "description", F_DESCRIPTION, false },
	{ "sektor", "sector", F_SECTOR, true }, { "eier", "owner", F_OWNER, false },
	{ "kritikalitet", "criticality", F_CRITICALITY, true },
	{ "maks_nedetid_timer", "max_downtime_hours", F_MTD, false },
	{ "personopplysninger", "personal_data", F_PERSONAL, false },
	{ "saerlige_kategorier", "special_categories", F_SPECIAL, false },
	{ "reserverutine", "fallback", F_FALLBACK, false },
	{ "reserverutine_testet", "fallback_tested", F_FALLBACK_TESTED, false },
};
static const struct column systems[] = {
	{ "navn", "name", F_NAME, true }, { "leverandor", "vendor", F_VENDOR, false },
	{ "produkt", "product", F_PRODUCT, false }, { "versjon", "version", F_VERSION, false },
	{ "type", "kind", F_KIND, true }, { "drift", "hosting", F_HOSTING, true },
	{ "admin_domene", "admin_domain", F_DOMAIN, false }, { "rto_timer", "rto_hours", F_RTO, false },
	{ "rpo_timer", "rpo_hours", F_RPO, false }, { "klassifisering", "classification", F_CLASS, false },
	{ "eier", "owner", F_OWNER, false }, { "internett", "internet_exposed", F_INTERNET, false },
	{ "verter", "hosts", F_HOSTS, false },
};
static const struct column vendors[] = {
	{ "navn", "name", F_NAME, true }, { "orgnr", "org_number", F_ORGNR, false },
	{ "stottetelefon", "support_phone", F_PHONE, false }, { "dognbemannet", "support_24_7", F_247, false },
	{ "avtale", "contract", F_CONTRACT, false }, { "rto_timer", "rto_hours", F_RTO, false },
};
static const struct column dependencies[] = {
	{ "fra_type", "from_kind", F_FROM_KIND, true }, { "fra", "from", F_FROM, true },
	{ "til_type", "to_kind", F_TO_KIND, true }, { "til", "to", F_TO, true },
	{ "type", "kind", F_DEP_KIND, true }, { "alternativgruppe", "alternative_group", F_ALT, false },
};
static const struct column events[] = {
	{ "hendelse", "event", F_TITLE, true }, { "arsak", "cause", F_CAUSE, false },
	{ "sannsynlighet", "probability", F_PROB, true },
	{ "konsekvens_liv_og_helse", "consequence_life", F_C_LIFE, false },
	{ "konsekvens_natur_og_kultur", "consequence_nature", F_C_NATURE, false },
	{ "konsekvens_okonomi", "consequence_economy", F_C_ECONOMY, false },
	{ "konsekvens_samfunnsstabilitet", "consequence_stability", F_C_STABILITY, false },
	{ "konsekvens_styringsevne", "consequence_governance", F_C_GOVERNANCE, false },
	{ "barrierer", "barriers", F_BARRIERS, false }, { "usikkerhet", "uncertainty", F_UNCERTAINTY, false },
	{ "tiltak", "measures", F_MEASURES, false },
};

static const struct { const struct column *cols; size_t n; const char *name; size_t size; } tables[] = {
	[ROS_T_SERVICES] = { services, sizeof(services) / sizeof(services[0]), "tjenester", sizeof(struct ros_service) },
	[ROS_T_SYSTEMS] = { systems, sizeof(systems) / sizeof(systems[0]), "systemer", sizeof(struct ros_system) },
	[ROS_T_VENDORS] = { vendors, sizeof(vendors) / sizeof(vendors[0]), "leverandorer", sizeof(struct ros_vendor) },
	[ROS_T_DEPENDENCIES] = { dependencies, sizeof(dependencies) / sizeof(dependencies[0]), "avhengigheter", sizeof(struct ros_dependency) },
	[ROS_T_EVENTS] = { events, sizeof(events) / sizeof(events[0]), "hendelser", sizeof(struct ros_event) },
};

size_t ros_table_columns(enum ros_table t)
{
	return (unsigned)t < ROS_T_COUNT ? tables[t].n : 0;
}

const char *ros_table_name(enum ros_table t)
{
	return (unsigned)t < ROS_T_COUNT ? tables[t].name : "?";
}

int ros_table_parse(const char *name)
{
	static const char *const en[ROS_T_COUNT] = { "services", "systems", "vendors", "dependencies", "events" };
	for (int t = 0; name && t < ROS_T_COUNT; t++)
		if (strcmp(name, tables[t].name) == 0 || strcmp(name, en[t]) == 0)
			return t;
	return -1;
}

/* A header as compared: lower case, æ→ae, ø→o, å→a, spaces and '-' as one '_', brackets
 * dropped. */
static void norm(const char *in, char *out, size_t n)
{
	size_t o = 0;
	for (const unsigned char *p = (const unsigned char *)in; *p && o + 3 < n; p++) {
		if (p[0] == 0xC3 && (p[1] == 0xA6 || p[1] == 0x86)) {        /* æ Æ */
			out[o++] = 'a';
			out[o++] = 'e';
			p++;
		} else if (p[0] == 0xC3 && (p[1] == 0xB8 || p[1] == 0x98 || p[1] == 0xA5 || p[1] == 0x85)) {
			out[o++] = p[1] == 0xB8 || p[1] == 0x98 ? 'o' : 'a';  /* ø Ø å Å */
			p++;
		} else if (*p == ' ' || *p == '-') {
			if (o && out[o - 1] != '_')
				out[o++] = '_';
		} else if (*p == '(' || *p == ')') {
			/* a unit in brackets, as spreadsheets write it: "RTO (timer)" is rto_timer */
		} else {
			out[o++] = (char)tolower(*p);
		}
	}
	while (o && out[o - 1] == '_')
		o--;
	out[o] = '\0';
}

struct reader {
	struct arena *a;
	struct err *e;
	const char *origin;
	enum ros_table t;
	int col_of[64];             /* column index -> field, -1 unknown */
	size_t ncols;
	const char **fields;        /* the current row */
	size_t nfields, cap;
	size_t line;                /* the line the row being read starts on; in JSON, the entry */
	size_t phys;                /* CSV: the line being fed to the parser */
	size_t records;             /* CSV: rows seen, the header the first */
	size_t last_end;            /* CSV: the line the last complete row ended on */
	const char **keys;          /* JSON: the names of the current entry's fields */
	void *rows;
	size_t nrows, rows_cap;
	size_t *lines;              /* the line of each row */
	size_t lines_cap, nlines;
	struct ros_where *where;    /* NULL, or where to say where the rows are */
	const char **head;          /* the header's fields, as the file names the columns */
	bool failed;
};

static int fail(struct reader *r, size_t col, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static int fail(struct reader *r, size_t col, const char *fmt, ...)
{
	char msg[ERR_MSG_MAX];
	va_list ap;
	if (r->failed)
		return -1;
	r->failed = true;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), i18n_tr(r->e->lang, fmt), ap);
	va_end(ap);
	if (r->keys && col)
		return err_set(r->e, "%s, %s nr. %zu, «%s»: %s", r->origin, tables[r->t].name, r->line,
			       r->keys[col - 1], msg);
	if (r->keys)
		return err_set(r->e, "%s, %s nr. %zu: %s", r->origin, tables[r->t].name, r->line, msg);
	if (col && r->head && col <= r->ncols)
		return err_set(r->e, "%s, linje %zu, kolonne %zu («%s»): %s", r->origin, r->line, col, r->head[col - 1],
			       msg);
	if (col)
		return err_set(r->e, "%s, linje %zu, kolonne %zu: %s", r->origin, r->line, col, msg);
	return err_set(r->e, "%s, linje %zu: %s", r->origin, r->line, msg);
}

static bool boolean(const char *s, bool *out)
{
	static const char *const yes[] = { "ja", "j", "yes", "y", "true", "sann", "1", "x" };
	static const char *const no[] = { "nei", "n", "no", "false", "usann", "0", "" };
	for (size_t i = 0; i < sizeof(yes) / sizeof(yes[0]); i++)
		if (strcasecmp(s, yes[i]) == 0)
			return *out = true, true;
	for (size_t i = 0; i < sizeof(no) / sizeof(no[0]); i++)
		if (strcasecmp(s, no[i]) == 0)
			return *out = false, true;
	return false;
}

static bool integer(const char *s, int lo, int hi, int *out)
{
	char *end;
	long v = strtol(s, &end, 10);
	if (!*s || *end || v < lo || v > hi)
		return false;
	*out = (int)v;
	return true;
}

/* Hours as a spreadsheet may write them, "1,5" or "24.0", as the whole hours the registers
 * keep, on the safe side: a recovery time rounded up, a tolerable downtime down. Anything
 * else is passed on as it is, for ros_hours to refuse with its message. */
static const char *whole_hours(struct reader *r, const char *v, bool down)
{
	size_t whole = strspn(v, "0123456789");
	if (!whole || (v[whole] != ',' && v[whole] != '.') || whole > 6)
		return v;
	const char *frac = v + whole + 1;
	size_t nf = strspn(frac, "0123456789");
	if (!nf || frac[nf])
		return v;
	long h = strtol(v, NULL, 10);
	bool part = strspn(frac, "0") < nf;   /* a fraction that is not zero */
	return arena_printf(r->a, "%ld", h + (part && !down));
}

/* Store one field's text into the row struct. */
static int put(struct reader *r, void *row, enum field f, const char *v, size_t col)
{
	struct err sub;
	const char *text = *v ? arena_strdup(r->a, v) : NULL;
	const char *code;
	err_init(&sub, r->e->lang);
	struct ros_service *sv = row;
	struct ros_system *sy = row;
	struct ros_vendor *vd = row;
	struct ros_dependency *dp = row;
	struct ros_event *ev = row;
	int *hours = NULL;
	switch (f) {
	case F_NAME:
		if (r->t == ROS_T_SERVICES) sv->name = text;
		else if (r->t == ROS_T_SYSTEMS) sy->name = text;
		else vd->name = text;
		return 0;
	case F_DESCRIPTION: sv->description = text; return 0;
	case F_SECTOR:
		if (ros_sector(v, &code, &sub) < 0)
			return fail(r, col, "%s", sub.msg);
		sv->sector = code;
		return 0;
	case F_OWNER:
		if (r->t == ROS_T_SERVICES) sv->owner = text;
		else sy->owner = text;
		return 0;
	case F_CRITICALITY:
		if (!integer(v, 1, 5, &sv->criticality))
			return fail(r, col, "kritikalitet må være 1–5, ikke «%s»", v);
		return 0;
	case F_MTD: hours = &sv->mtd_hours; break;
	case F_RTO: hours = r->t == ROS_T_SYSTEMS ? &sy->rto_hours : &vd->rto_hours; break;
	case F_RPO: hours = &sy->rpo_hours; break;
	case F_PERSONAL:
	case F_SPECIAL:
	case F_INTERNET:
	case F_247: {
		bool b;
		if (!boolean(v, &b))
			return fail(r, col, "skriv ja eller nei, ikke «%s»", v);
		if (f == F_PERSONAL) sv->personal_data = b;
		else if (f == F_SPECIAL) sv->special_categories = b;
		else if (f == F_INTERNET) sy->internet_exposed = b;
		else vd->support_247 = b;
		return 0;
	}
	case F_FALLBACK: sv->fallback = text; return 0;
	case F_FALLBACK_TESTED:
		if (*v && date_parse_nb(v, &sv->fallback_tested) < 0)
			return fail(r, col, "datoen «%s» må skrives ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ", v);
		return 0;
	case F_VENDOR: sy->vendor = text; return 0;
	case F_PRODUCT: sy->product = text; return 0;
	case F_VERSION: sy->version = text; return 0;
	case F_KIND:
		if (ros_system_kind(v, &code, &sub) < 0)
			return fail(r, col, "%s", sub.msg);
		sy->kind = code;
		return 0;
	case F_HOSTING:
		if (ros_hosting(v, &code, &sub) < 0)
			return fail(r, col, "%s", sub.msg);
		sy->hosting = code;
		return 0;
	case F_DOMAIN: sy->admin_domain = text; return 0;
	case F_CLASS: sy->classification = text; return 0;
	case F_HOSTS: sy->hosts = text; return 0;
	case F_ORGNR: vd->orgnr = text; return 0;
	case F_PHONE: vd->support_phone = text; return 0;
	case F_CONTRACT: vd->contract = text; return 0;
	case F_FROM_KIND:
	case F_TO_KIND:
		if (ros_node_kind_parse(v, f == F_FROM_KIND ? &dp->from_kind : &dp->to_kind, &sub) < 0)
			return fail(r, col, "%s", sub.msg);
		return 0;
	case F_FROM: dp->from_name = text; return 0;
	case F_TO: dp->to_name = text; return 0;
	case F_DEP_KIND:
		if (ros_dep_kind(v, &code, &sub) < 0)
			return fail(r, col, "%s", sub.msg);
		dp->kind = code;
		return 0;
	case F_ALT:
		if (*v && !integer(v, 0, 1000000, &dp->alt_group))
			return fail(r, col, "alternativgruppen må være et tall fra 0, ikke «%s»", v);
		return 0;
	case F_TITLE: ev->title = text; return 0;
	case F_CAUSE: ev->cause = text; return 0;
	case F_PROB:
		if (strlen(v) != 1 || toupper((unsigned char)v[0]) < 'A' || toupper((unsigned char)v[0]) > 'E')
			return fail(r, col, "sannsynlighet må være A–E, ikke «%s»", v);
		ev->probability = (char)toupper((unsigned char)v[0]);
		return 0;
	case F_C_LIFE: case F_C_NATURE: case F_C_ECONOMY: case F_C_STABILITY: case F_C_GOVERNANCE:
		if (*v && !integer(v, 1, 5, &ev->consequence[f - F_C_LIFE]))
			return fail(r, col, "konsekvens må være 1–5, ikke «%s»", v);
		return 0;
	case F_BARRIERS: ev->barriers = text; return 0;
	case F_UNCERTAINTY: ev->uncertainty = text; return 0;
	case F_MEASURES: ev->measures = text; return 0;
	}
	if (hours && ros_hours("timer", whole_hours(r, v, f == F_MTD), hours, &sub) < 0)
		return fail(r, col, "%s", sub.msg);
	return 0;
}

static void on_field(void *s, size_t len, void *data)
{
	struct reader *r = data;
	if (r->failed)
		return;
	if (r->nfields == 0 && r->phys)
		r->line = r->phys;      /* a row starts here (a field in quotes may go on over lines) */
	const char **slot = arena_push(r->a, (void **)&r->fields, &r->nfields, &r->cap, sizeof(*slot));
	char *v = slot ? arena_strndup(r->a, s ? s : "", s ? len : 0) : NULL;
	if (!slot || !v) {
		fail(r, 0, "tom for minne");
		return;
	}
	/* trim the spaces Excel users leave around values */
	while (*v == ' ')
		v++;
	size_t n = strlen(v);
	while (n && v[n - 1] == ' ')
		v[--n] = '\0';
	*slot = v;
}

/* Where the fields of a dependency are in the header, named as the file names them. */
static void dep_columns(const struct reader *r, struct ros_where *w)
{
	static const int field_of[] = { [F_FROM_KIND] = RDF_FROM_KIND, [F_FROM] = RDF_FROM, [F_TO_KIND] = RDF_TO_KIND,
					[F_TO] = RDF_TO, [F_DEP_KIND] = RDF_KIND, [F_ALT] = RDF_GROUP };
	for (size_t i = 0; i < r->ncols; i++) {
		if (r->col_of[i] < 0)
			continue;   /* an empty column (found by fuzz_ros_csv) */
		const struct column *c = &tables[r->t].cols[r->col_of[i]];
		if ((size_t)c->f < sizeof(field_of) / sizeof(field_of[0]) && field_of[c->f]) {
			w->col[field_of[c->f]] = (int)i + 1;
			w->name[field_of[c->f]] = r->fields[i];
		}
	}
}

static void header(struct reader *r)
{
	const struct column *cols = tables[r->t].cols;
	size_t ncol = tables[r->t].n;
	bool seen[64] = { 0 };
	if (r->nfields > 64) {
		fail(r, 0, "for mange kolonner (%zu)", r->nfields);
		return;
	}
	r->ncols = r->nfields;
	for (size_t i = 0; i < r->nfields; i++) {
		char h[128];
		norm(r->fields[i], h, sizeof(h));
		r->col_of[i] = -1;
		if (!*h)
			continue;   /* an empty column a spreadsheet added: its cells must be empty */
		for (size_t k = 0; k < ncol; k++) {
			if (strcmp(h, cols[k].nb) == 0 || strcmp(h, cols[k].en) == 0) {
				if (seen[k]) {
					fail(r, i + 1, "kolonnen «%s» står to ganger", r->fields[i]);
					return;
				}
				seen[k] = true;
				r->col_of[i] = (int)k;
			}
		}
		if (r->col_of[i] < 0) {
			fail(r, i + 1, "ukjent kolonne «%s» for %s (se docs/import.md)", r->fields[i],
			     tables[r->t].name);
			return;
		}
	}
	for (size_t k = 0; k < ncol; k++)
		if (cols[k].required && !seen[k]) {
			fail(r, 0, "kolonnen «%s» mangler", cols[k].nb);
			return;
		}
	r->head = arena_alloc(r->a, (r->nfields + 1) * sizeof(*r->head));
	for (size_t i = 0; r->head && i < r->nfields; i++)
		r->head[i] = r->fields[i];
	if (r->where && r->t == ROS_T_DEPENDENCIES)
		dep_columns(r, r->where);
}

static void row_defaults(struct reader *r, void *row)
{
	if (r->t == ROS_T_SERVICES) {
		struct ros_service *s = row;
		s->mtd_hours = ROS_UNKNOWN;
		s->fallback_tested = DATE_NONE;
	} else if (r->t == ROS_T_SYSTEMS) {
		struct ros_system *s = row;
		s->rto_hours = s->rpo_hours = ROS_UNKNOWN;
	} else if (r->t == ROS_T_VENDORS) {
		((struct ros_vendor *)row)->rto_hours = ROS_UNKNOWN;
	} else if (r->t == ROS_T_EVENTS) {
		struct ros_event *v = row;
		for (int i = 0; i < ROS_CONSEQUENCES; i++)
			v->consequence[i] = 1;
	}
}

/* The current fields as one more row of the table. */
static void take_row(struct reader *r)
{
	if (r->nrows >= ROS_CSV_ROWS_MAX) {
		fail(r, 0, "filen har flere enn %d rader", ROS_CSV_ROWS_MAX);
		return;
	}
	void *row = arena_push(r->a, &r->rows, &r->nrows, &r->rows_cap, tables[r->t].size);
	if (!row) {
		fail(r, 0, "tom for minne");
		return;
	}
	row_defaults(r, row);
	size_t *line = arena_push(r->a, (void **)&r->lines, &r->nlines, &r->lines_cap, sizeof(*line));
	if (!line) {
		fail(r, 0, "tom for minne");
		return;
	}
	*line = r->line;
	for (size_t i = 0; i < r->nfields && !r->failed; i++) {
		if (r->col_of[i] >= 0)
			put(r, row, tables[r->t].cols[r->col_of[i]].f, r->fields[i], i + 1);
		else if (*r->fields[i])
			fail(r, i + 1, "«%s» står i en kolonne uten overskrift", r->fields[i]);
	}
}

/* A row fits the header when it has as many cells, or differs only in empty cells at the end
 * where the header names no column (a spreadsheet's extra columns). */
static bool row_fits(struct reader *r)
{
	for (size_t i = r->nfields; i < r->ncols; i++)
		if (r->col_of[i] >= 0)
			return false;
	for (size_t i = r->ncols; i < r->nfields; i++)
		if (*r->fields[i])
			return false;
	if (r->nfields > r->ncols)
		r->nfields = r->ncols;
	return true;
}

static void on_row(int c, void *data)
{
	struct reader *r = data;
	(void)c;
	if (r->failed)
		return;
	r->last_end = r->phys;
	bool blank = true;   /* an empty line, or a row of empty cells (";;;;" from a spreadsheet) */
	for (size_t i = 0; blank && i < r->nfields; i++)
		blank = !*r->fields[i];
	if (blank) {
		r->nfields = 0;
		return;
	}
	if (++r->records == 1) {
		header(r);
	} else if (!row_fits(r)) {
		fail(r, 0, "%zu kolonner, men overskriften har %zu. Sjekk skilletegnet og "
		     "anførselstegnene på linjen.", r->nfields, r->ncols);
	} else {
		take_row(r);
	}
	r->nfields = 0;
}

int ros_csv_read(struct arena *a, enum ros_table t, const char *data, size_t len,
		 const char *origin, void **rows, size_t *n, struct err *e)
{
	return ros_csv_read_where(a, t, data, len, origin, rows, n, NULL, e);
}

int ros_csv_read_where(struct arena *a, enum ros_table t, const char *data, size_t len, const char *origin,
		       void **rows, size_t *n, struct ros_where *where, struct err *e)
{
	struct csv_parser p;
	struct reader r = { .a = a, .e = e, .origin = origin, .t = t, .where = where };
	if (where)
		memset(where, 0, sizeof(*where));
	*rows = NULL;
	*n = 0;
	if ((unsigned)t >= ROS_T_COUNT)
		BUG("unknown ROS table");
	if (csv_text_prepare(a, &data, &len, origin, e) < 0)
		return -1;
	if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0)
		return err_set(e, "Tom for minne.");
	csv_set_delim(&p, csv_text_separator(data, len));
	/* fed a line at a time, so that every message names the line as an editor shows it
	 * (blank lines included) */
	size_t used = 0;
	for (size_t at = 0; at < len && !r.failed;) {
		const char *nl = memchr(data + at, '\n', len - at);
		size_t chunk = nl ? (size_t)(nl - (data + at)) + 1 : len - at;
		r.phys++;
		size_t u = csv_parse(&p, data + at, chunk, on_field, on_row, &r);
		used += u;
		at += chunk;
		if (u != chunk)
			break;
	}
	if (!r.failed && used != len)
		err_set(e, "%s, linje %zu: %s. Sjekk anførselstegnene.", origin, r.phys,
			i18n_tr(e->lang, csv_text_problem(csv_error(&p))));
	else if (!r.failed && csv_fini(&p, on_field, on_row, &r) != 0)
		err_set(e, "%s, linje %zu: filen slutter midt i et felt i anførselstegn (%s).", origin,
			r.last_end + 1, i18n_tr(e->lang, csv_text_problem(csv_error(&p))));
	else if (!r.failed && r.records == 0)
		err_set(e, "%s er tom; første linje må være kolonneoverskriftene.", origin);
	bool ok = !r.failed && used == len && r.records > 0 && e->msg[0] == '\0';
	csv_free(&p);
	if (!ok)
		return -1;
	*rows = r.rows;
	*n = r.nrows;
	if (where)
		where->lines = r.lines;
	return 0;
}

int ros_rows_read(struct arena *a, enum ros_table t, const char *origin, size_t nrows,
		  ros_row_fn *get, void *ctx, void **rows, size_t *n, struct err *e)
{
	struct reader r = { .a = a, .e = e, .origin = origin, .t = t };
	*rows = NULL;
	*n = 0;
	if ((unsigned)t >= ROS_T_COUNT)
		BUG("unknown ROS table");
	const char *keys[64], *vals[64];
	for (size_t i = 0; i < nrows && !r.failed; i++) {
		r.line = i + 1;
		r.keys = keys;
		r.nfields = 0;
		long got = get(ctx, i, keys, vals, 64, e);
		if (got < 0)
			return -1;
		r.fields = keys;
		r.nfields = (size_t)got;
		header(&r);
		if (r.failed)
			break;
		for (size_t k = 0; k < r.nfields; k++) {
			char *v = arena_strdup(a, vals[k]);
			if (!v) {
				fail(&r, 0, "tom for minne");
				break;
			}
			while (*v == ' ')           /* as for CSV: the spaces around values go */
				v++;
			size_t len = strlen(v);
			while (len && v[len - 1] == ' ')
				v[--len] = '\0';
			vals[k] = v;
		}
		r.fields = vals;
		if (!r.failed)
			take_row(&r);
	}
	if (r.failed)
		return -1;
	*rows = r.rows;
	*n = r.nrows;
	return 0;
}

void ros_rows_register(void *const rows[ROS_T_COUNT], const size_t n[ROS_T_COUNT],
		       struct ros_register *out)
{
	*out = (struct ros_register){
		.services = rows[ROS_T_SERVICES], .n_services = n[ROS_T_SERVICES],
		.systems = rows[ROS_T_SYSTEMS], .n_systems = n[ROS_T_SYSTEMS],
		.vendors = rows[ROS_T_VENDORS], .n_vendors = n[ROS_T_VENDORS],
		.deps = rows[ROS_T_DEPENDENCIES], .n_deps = n[ROS_T_DEPENDENCIES],
		.events = rows[ROS_T_EVENTS], .n_events = n[ROS_T_EVENTS],
	};
}

/* ---- writing ---- */

const char *ros_column_name(enum ros_table t, size_t k, bool english)
{
	return english ? tables[t].cols[k].en : tables[t].cols[k].nb;
}

enum ros_col_type ros_column_type(enum ros_table t, size_t k)
{
	switch (tables[t].cols[k].f) {
	case F_CRITICALITY: case F_MTD: case F_RTO: case F_RPO: case F_ALT:
	case F_C_LIFE: case F_C_NATURE: case F_C_ECONOMY: case F_C_STABILITY: case F_C_GOVERNANCE:
		return ROS_COL_INT;
	case F_PERSONAL: case F_SPECIAL: case F_INTERNET: case F_247:
		return ROS_COL_BOOL;
	default:
		return ROS_COL_TEXT;
	}
}
