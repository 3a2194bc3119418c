/* io/xlsx_read.c: see xlsx_read.h. */
#include "io/xlsx_read.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>

#include "io/xml_guard.h"
#include "util/buf.h"
#include "util/date.h"

#define DEPTH_MAX 64
#define STYLES_MAX 65536

bool xlsx_is_zip(const char *data, size_t len)
{
	return len >= 4 && memcmp(data, "PK\x03\x04", 4) == 0;
}

/* One part of the archive, whole, at most XLSX_PART_MAX bytes; *found false when absent. */
static int part(zip_t *z, struct arena *a, const char *name, const char *origin, char **out, size_t *len,
		bool *found, struct err *e)
{
	zip_file_t *f = zip_fopen(z, name, 0);
	struct buf b;
	char chunk[65536];
	zip_int64_t n;
	*found = f != NULL;
	*out = NULL;
	*len = 0;
	if (!f)
		return 0;
	buf_init(&b, XLSX_PART_MAX);
	while ((n = zip_fread(f, chunk, sizeof(chunk))) > 0)
		if (buf_append(&b, chunk, (size_t)n) < 0) {
			zip_fclose(f);
			buf_release(&b);
			return err_set(e, "%s: delen %s er større enn %zu byte pakket ut.", origin, name, XLSX_PART_MAX);
		}
	zip_fclose(f);
	if (n < 0) {
		buf_release(&b);
		return err_set(e, "%s: delen %s kan ikke pakkes ut.", origin, name);
	}
	*out = arena_alloc(a, b.len + 1);
	if (!*out) {
		buf_release(&b);
		return err_set(e, "Tom for minne.");
	}
	if (b.len)
		memcpy(*out, b.data, b.len);
	(*out)[b.len] = '\0';
	*len = b.len;
	buf_release(&b);
	return 0;
}

static const char *local(const char *name)
{
	const char *c = strchr(name, ':');
	return c ? c + 1 : name;
}

static const char *attr(const char **atts, const char *key)
{
	for (size_t i = 0; atts[i]; i += 2)
		if (strcmp(local(atts[i]), key) == 0)
			return atts[i + 1];
	return NULL;
}

/* ---- shared strings: <si> holds <t>, or runs <r><t> whose texts join ---- */

struct strings {
	struct xml_guard g;
	struct arena *a;
	struct buf cur;
	bool in_si, in_t, in_rph;     /* <rPh>: a phonetic hint, not the text */
	const char **v;
	size_t n, cap;
};

static void s_start(void *data, const char *name, const char **atts)
{
	struct strings *s = data;
	(void)atts;
	if (!xml_guard_enter(&s->g))
		return;
	name = local(name);
	if (strcmp(name, "si") == 0) {
		s->in_si = true;
		buf_reset(&s->cur);
	} else if (strcmp(name, "rPh") == 0) {
		s->in_rph = true;
	} else if (strcmp(name, "t") == 0 && s->in_si && !s->in_rph) {
		s->in_t = true;
	}
}

static void s_end(void *data, const char *name)
{
	struct strings *s = data;
	s->g.depth--;
	name = local(name);
	if (strcmp(name, "t") == 0) {
		s->in_t = false;
	} else if (strcmp(name, "rPh") == 0) {
		s->in_rph = false;
	} else if (strcmp(name, "si") == 0) {
		s->in_si = false;
		if (s->n >= XLSX_STRINGS_MAX) {
			xml_guard_stop(&s->g, "for mange tekster");
			return;
		}
		const char **slot = arena_push(s->a, (void **)&s->v, &s->n, &s->cap, sizeof(*s->v));
		if (!slot || !(*slot = arena_strndup(s->a, s->cur.data ? s->cur.data : "", s->cur.len)))
			xml_guard_stop(&s->g, "tom for minne");
	}
}

static void s_text(void *data, const char *t, int len)
{
	struct strings *s = data;
	if (s->in_t && buf_append(&s->cur, t, (size_t)len) < 0)
		xml_guard_stop(&s->g, "en tekst er for lang");
}

/* ---- styles: which cell styles show a number as a date ---- */

struct styles {
	struct xml_guard g;
	int date_fmt[256];            /* custom number formats (ids 164..) that are dates */
	size_t n_date_fmt;
	bool in_xfs;
	bool *date;                   /* per cell style */
	size_t n;
};

/* Whether a number format shows a date: d, m or y outside quotes and brackets, and no h or s
 * (a time alone, or a duration, is not a date here). */
static bool date_code(const char *code)
{
	bool day = false, quoted = false;
	for (const char *p = code; *p; p++) {
		if (*p == '"')
			quoted = !quoted;
		else if (quoted)
			continue;
		else if (*p == '[') {
			while (*p && *p != ']')
				p++;
			if (!*p)
				break;
		} else if (*p == '\\' && p[1])
			p++;
		else if (*p == 'd' || *p == 'D' || *p == 'y' || *p == 'Y')
			day = true;
	}
	return day;
}

static bool builtin_date(int id)
{
	return (id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
}

static void st_start(void *data, const char *name, const char **atts)
{
	struct styles *s = data;
	if (!xml_guard_enter(&s->g))
		return;
	name = local(name);
	if (strcmp(name, "numFmt") == 0) {
		const char *id = attr(atts, "numFmtId"), *code = attr(atts, "formatCode");
		if (id && code && date_code(code) && s->n_date_fmt < 256)
			s->date_fmt[s->n_date_fmt++] = atoi(id);
	} else if (strcmp(name, "cellXfs") == 0) {
		s->in_xfs = true;
	} else if (strcmp(name, "xf") == 0 && s->in_xfs) {
		if (s->n >= STYLES_MAX) {
			xml_guard_stop(&s->g, "for mange stiler");
			return;
		}
		const char *id = attr(atts, "numFmtId");
		int f = id ? atoi(id) : 0;
		bool d = builtin_date(f);
		for (size_t i = 0; i < s->n_date_fmt; i++)
			d |= s->date_fmt[i] == f;
		s->date[s->n++] = d;
	}
}

static void st_end(void *data, const char *name)
{
	struct styles *s = data;
	s->g.depth--;
	if (strcmp(local(name), "cellXfs") == 0)
		s->in_xfs = false;
}

/* ---- the sheet: <row><c r="B3" t="s" s="2"><v>..</v></c>, or <is><t>..</t></is> ---- */

struct sheet {
	struct xml_guard g;
	const struct strings *ss;
	const struct styles *st;
	struct buf *out;
	struct buf val;
	const char *type;             /* the cell's t: s, inlineStr, str, b, n, e (arena of the parser) */
	char type_buf[16];
	int style;
	long col, next_col;           /* the cell's column (0-based), and the next to write */
	long width;                   /* the first row's (the header's) columns: every row is as wide */
	bool in_v, in_is_t, in_row, row_has;
	long cells;
};

/* "BC12" -> 54 (0-based), -1 for none */
static long column_of(const char *ref)
{
	long c = 0;
	int k = 0;
	for (; ref && *ref >= 'A' && *ref <= 'Z' && k < 4; ref++, k++)
		c = c * 26 + (*ref - 'A' + 1);
	return k ? c - 1 : -1;
}

static void put_field(struct buf *b, const char *s, size_t n)
{
	buf_putc(b, '"');
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '"')
			buf_putc(b, '"');
		buf_putc(b, s[i]);
	}
	buf_putc(b, '"');
}

static void sh_start(void *data, const char *name, const char **atts)
{
	struct sheet *s = data;
	if (!xml_guard_enter(&s->g))
		return;
	name = local(name);
	if (strcmp(name, "row") == 0) {
		s->in_row = true;
		s->next_col = 0;
		s->row_has = false;
	} else if (strcmp(name, "c") == 0 && s->in_row) {
		const char *t = attr(atts, "t"), *st = attr(atts, "s");
		snprintf(s->type_buf, sizeof(s->type_buf), "%s", t ? t : "n");
		s->type = s->type_buf;
		s->style = st ? atoi(st) : 0;
		s->col = column_of(attr(atts, "r"));
		if (s->col < 0)
			s->col = s->next_col;
		buf_reset(&s->val);
		if (++s->cells > XLSX_CELLS_MAX)
			xml_guard_stop(&s->g, "for mange celler");
	} else if (strcmp(name, "v") == 0) {
		s->in_v = true;
	} else if (strcmp(name, "t") == 0) {
		s->in_is_t = true;    /* inside <is> of an inline string */
	}
}

/* A cell's value as the CSV reader should see it. */
static void cell_text(struct sheet *s, const char **txt, size_t *n, char scratch[32])
{
	const char *v = s->val.data ? s->val.data : "";
	*txt = v;
	*n = s->val.len;
	if (strcmp(s->type, "s") == 0) {
		long i = strtol(v, NULL, 10);
		*txt = i >= 0 && (size_t)i < s->ss->n ? s->ss->v[i] : "";
		*n = strlen(*txt);
	} else if (strcmp(s->type, "b") == 0) {
		*txt = strcmp(v, "1") == 0 ? "ja" : "nei";
		*n = strlen(*txt);
	} else if (strcmp(s->type, "n") == 0 && *v && s->style >= 0 && (size_t)s->style < s->st->n &&
		   s->st->date[s->style]) {
		/* Excel's day 0 is 1899-12-30 (its 1900 leap-year error included) */
		double serial = strtod(v, NULL);
		if (serial >= 1 && serial < 2958466) {
			int32_t day = date_from_ymd(1899, 12, 30) + (int32_t)serial;
			date_format(day, scratch);
			*txt = scratch;
			*n = strlen(scratch);
		}
	}
}

static void sh_end(void *data, const char *name)
{
	struct sheet *s = data;
	s->g.depth--;
	name = local(name);
	if (strcmp(name, "v") == 0) {
		s->in_v = false;
	} else if (strcmp(name, "t") == 0) {
		s->in_is_t = false;
	} else if (strcmp(name, "c") == 0 && s->in_row) {
		const char *txt;
		size_t n;
		char scratch[32];
		cell_text(s, &txt, &n, scratch);
		if (!n)
			return;
		if (s->col - s->next_col > 16384) {
			xml_guard_stop(&s->g, "en celle ligger for langt ut");
			return;
		}
		for (; s->next_col < s->col; s->next_col++) {
			if (s->next_col || s->row_has)
				buf_putc(s->out, ';');
			put_field(s->out, "", 0);
			s->row_has = true;
		}
		if (s->next_col || s->row_has)
			buf_putc(s->out, ';');
		put_field(s->out, txt, n);
		s->row_has = true;
		s->next_col = s->col + 1;
	} else if (strcmp(name, "row") == 0) {
		s->in_row = false;
		if (!s->row_has)
			return;        /* an empty row: nothing, as Excel's CSV would have none */
		if (!s->width)
			s->width = s->next_col;
		/* the cells Excel leaves out at the end of a row, as the empty fields they are */
		for (; s->next_col < s->width; s->next_col++) {
			buf_putc(s->out, ';');
			put_field(s->out, "", 0);
		}
		buf_putc(s->out, '\n');
		if (s->out->failed)
			xml_guard_stop(&s->g, "arket er for stort");
	}
}

static void sh_text(void *data, const char *t, int len)
{
	struct sheet *s = data;
	if ((s->in_v || s->in_is_t) && buf_append(&s->val, t, (size_t)len) < 0)
		xml_guard_stop(&s->g, "en celle er for lang");
}

/* The first sheet's part: workbook.xml's first <sheet>, through the workbook's relations;
 * sheet1.xml where those are missing. */
struct first_sheet {
	struct xml_guard g;
	char rid[128];
	char target[512];
	const char *want;             /* the relation id looked for in the rels */
};

static void wb_start(void *data, const char *name, const char **atts)
{
	struct first_sheet *f = data;
	if (!xml_guard_enter(&f->g))
		return;
	name = local(name);
	if (!f->want && strcmp(name, "sheet") == 0 && !f->rid[0]) {
		const char *id = attr(atts, "id");
		if (id)
			snprintf(f->rid, sizeof(f->rid), "%s", id);
	} else if (f->want && strcmp(name, "Relationship") == 0 && !f->target[0]) {
		const char *id = attr(atts, "Id"), *t = attr(atts, "Target");
		if (id && t && strcmp(id, f->want) == 0)
			snprintf(f->target, sizeof(f->target), "%s", t);
	}
}

static void wb_end(void *data, const char *name)
{
	struct first_sheet *f = data;
	(void)name;
	f->g.depth--;
}

static int parse_with(struct xml_guard *g, void *state, XML_StartElementHandler st, XML_EndElementHandler en,
		      XML_CharacterDataHandler tx, const char *data, size_t len, const char *origin, struct err *e)
{
	if (!xml_guard_new(g, DEPTH_MAX))
		return err_set(e, "Tom for minne.");
	XML_SetUserData(g->p, state);
	XML_SetElementHandler(g->p, st, en);
	if (tx)
		XML_SetCharacterDataHandler(g->p, tx);
	return xml_guard_parse(g, data, len, origin, e);
}

static const char *sheet_name(zip_t *z, struct arena *a, const char *origin, struct err *e)
{
	char *wb, *rels;
	size_t wl, rl;
	bool found;
	struct first_sheet f = { 0 };
	if (part(z, a, "xl/workbook.xml", origin, &wb, &wl, &found, e) < 0)
		return NULL;
	if (found && parse_with(&f.g, &f, wb_start, wb_end, NULL, wb, wl, origin, e) < 0)
		return NULL;
	if (f.rid[0]) {
		if (part(z, a, "xl/_rels/workbook.xml.rels", origin, &rels, &rl, &found, e) < 0)
			return NULL;
		f.want = f.rid;
		if (found && parse_with(&f.g, &f, wb_start, wb_end, NULL, rels, rl, origin, e) < 0)
			return NULL;
	}
	if (!f.target[0] || strstr(f.target, ".."))
		return "xl/worksheets/sheet1.xml";
	return f.target[0] == '/' ? arena_strdup(a, f.target + 1) : arena_printf(a, "xl/%s", f.target);
}

int xlsx_to_csv(struct arena *a, const char *data, size_t len, const char *origin, const char **csv, size_t *csv_len,
		struct err *e)
{
	zip_error_t ze;
	zip_source_t *src;
	zip_t *z = NULL;
	struct strings ss = { .a = a };
	struct styles st = { 0 };
	struct sheet sh = { 0 };
	struct buf out;
	char *xml;
	size_t xl;
	bool found;
	const char *name;
	int rc = -1;
	buf_init(&ss.cur, XLSX_PART_MAX);
	buf_init(&sh.val, XLSX_PART_MAX);
	buf_init(&out, XLSX_PART_MAX);
	zip_error_init(&ze);
	if (!(src = zip_source_buffer_create(data, len, 0, &ze)) || !(z = zip_open_from_source(src, ZIP_RDONLY, &ze))) {
		if (src)
			zip_source_free(src);
		err_set(e, "%s er ikke en Excel-arbeidsbok (.xlsx) som kan leses: %s.", origin, zip_error_strerror(&ze));
		goto out;
	}
	if (zip_get_num_entries(z, 0) > 10000) {
		err_set(e, "%s har for mange deler til å være en arbeidsbok.", origin);
		goto out;
	}
	if (part(z, a, "xl/sharedStrings.xml", origin, &xml, &xl, &found, e) < 0 ||
	    (found && parse_with(&ss.g, &ss, s_start, s_end, s_text, xml, xl, origin, e) < 0))
		goto out;
	if (!(st.date = arena_alloc(a, STYLES_MAX * sizeof(*st.date)))) {
		err_set(e, "Tom for minne.");
		goto out;
	}
	if (part(z, a, "xl/styles.xml", origin, &xml, &xl, &found, e) < 0 ||
	    (found && parse_with(&st.g, &st, st_start, st_end, NULL, xml, xl, origin, e) < 0))
		goto out;
	if (!(name = sheet_name(z, a, origin, e)))
		goto out;
	if (part(z, a, name, origin, &xml, &xl, &found, e) < 0)
		goto out;
	if (!found) {
		err_set(e, "%s har ikke noe regneark (ventet %s).", origin, name);
		goto out;
	}
	sh.ss = &ss;
	sh.st = &st;
	sh.out = &out;
	if (parse_with(&sh.g, &sh, sh_start, sh_end, sh_text, xml, xl, origin, e) < 0)
		goto out;
	char *copy = arena_alloc(a, out.len + 1);
	if (!copy) {
		err_set(e, "Tom for minne.");
		goto out;
	}
	if (out.len)
		memcpy(copy, out.data, out.len);
	copy[out.len] = '\0';
	*csv = copy;
	*csv_len = out.len;
	rc = 0;
out:
	if (z)
		zip_discard(z);
	zip_error_fini(&ze);
	buf_release(&ss.cur);
	buf_release(&sh.val);
	buf_release(&out);
	return rc;
}
