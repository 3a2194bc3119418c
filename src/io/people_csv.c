/* io/people_csv.c: see people_csv.h. Parsing is libcsv's. */
#include "io/people_csv.h"

#include <csv.h>
#include <stdbool.h>
#include <string.h>
#include <strings.h>

#include "io/csv_text.h"
#include "util/valid.h"

#define COLS 4

struct reader {
	struct arena *a;
	struct err *e;
	const char *origin;
	size_t max, line, records;
	int col[COLS];           /* the field number of navn, epost, kommunenr, rolle */
	const char *fields[16];
	size_t nfields;
	struct people_row *rows;
	size_t n, cap;
	bool failed, too_many_fields;
};

static const char *const names[COLS][2] = { { "navn", "name" }, { "epost", "email" }, { "kommunenr", "kommune" },
					     { "rolle", "role" } };

static void on_field(void *s, size_t len, void *arg)
{
	struct reader *r = arg;
	if (r->failed)
		return;
	if (r->nfields == sizeof(r->fields) / sizeof(r->fields[0])) {
		r->too_many_fields = true;
		return;
	}
	r->fields[r->nfields++] = arena_strndup(r->a, s ? s : "", len);
}

static void fail(struct reader *r, const char *why, const char *what)
{
	r->failed = true;
	err_set(r->e, "%s, linje %zu: %s%s", r->origin, r->line, i18n_tr(r->e->lang, why), what ? what : "");
}

static void header(struct reader *r)
{
	for (int c = 0; c < COLS; c++)
		r->col[c] = -1;
	for (size_t i = 0; i < r->nfields; i++) {
		int hit = -1;
		for (int c = 0; c < COLS && hit < 0; c++)
			if (strcasecmp(r->fields[i], names[c][0]) == 0 || strcasecmp(r->fields[i], names[c][1]) == 0)
				hit = c;
		if (hit < 0) {
			fail(r, N_("ukjent kolonne: "), r->fields[i]);
			return;
		}
		r->col[hit] = (int)i;
	}
	for (int c = 1; c < COLS; c++)      /* the name may be left out */
		if (r->col[c] < 0) {
			fail(r, N_("kolonnen mangler: "), names[c][0]);
			return;
		}
}

static void on_row(int c, void *arg)
{
	struct reader *r = arg;
	(void)c;
	if (r->failed)
		return;
	if (r->too_many_fields) {
		fail(r, N_("for mange kolonner."), NULL);
		return;
	}
	if (r->nfields == 0 || (r->nfields == 1 && !*r->fields[0]))
		goto next;
	if (++r->records == 1) {
		header(r);
		goto next;
	}
	if (r->n == r->max) {
		r->failed = true;
		err_limit(r->e, "%s: høyst %zu personer i én fil.", r->origin, r->max);
		return;
	}
	struct people_row *p = arena_push(r->a, (void **)&r->rows, &r->n, &r->cap, sizeof(*p));
	if (!p) {
		r->failed = true;
		err_set(r->e, "Tom for minne.");
		return;
	}
	const char **v[COLS] = { &p->name, &p->email, &p->kommunenr, &p->role };
	for (int k = 0; k < COLS; k++)
		*v[k] = r->col[k] >= 0 && (size_t)r->col[k] < r->nfields ? r->fields[r->col[k]] : "";
	p->line = r->line;
next:
	r->nfields = 0;
}

int people_csv_read(struct arena *a, const char *data, size_t len, const char *origin, size_t max,
		    struct people_row **out, size_t *n, struct err *e)
{
	struct csv_parser p;
	struct reader r = { .a = a, .e = e, .origin = origin, .max = max };
	*out = NULL;
	*n = 0;
	if (csv_text_prepare(a, &data, &len, origin, e) < 0)
		return -1;
	if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0)
		return err_set(e, "Tom for minne.");
	csv_set_delim(&p, csv_text_separator(data, len));
	/* a line at a time, so that a message names the line as an editor shows it */
	for (size_t at = 0; at < len && !r.failed;) {
		const char *nl = memchr(data + at, '\n', len - at);
		size_t chunk = nl ? (size_t)(nl - (data + at)) + 1 : len - at;
		r.line++;
		if (csv_parse(&p, data + at, chunk, on_field, on_row, &r) != chunk) {
			err_set(e, "%s, linje %zu: %s.", origin, r.line, i18n_tr(e->lang, csv_text_problem(csv_error(&p))));
			r.failed = true;
		}
		at += chunk;
	}
	if (!r.failed && csv_fini(&p, on_field, on_row, &r) != 0) {
		err_set(e, "%s: filen slutter midt i et felt i anførselstegn.", origin);
		r.failed = true;
	}
	csv_free(&p);
	if (r.failed)
		return -1;
	if (r.records == 0)
		return err_set(e, "%s er tom; første linje må være kolonneoverskriftene (navn;epost;kommunenr;rolle).",
			       origin);
	*out = r.rows;
	*n = r.n;
	return 0;
}
