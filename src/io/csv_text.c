/* io/csv_text.c: see csv_text.h. The character set conversion is iconv's. */
#include "io/csv_text.h"

#include "io/xlsx_read.h"

#include <csv.h>
#include <iconv.h>
#include <stdint.h>
#include <string.h>

#include "util/valid.h"

/* Windows-1252 to UTF-8 with iconv; the result is in the arena. */
static char *from_cp1252(struct arena *a, const char *in, size_t len, size_t *out_len)
{
	iconv_t cd = iconv_open("UTF-8", "WINDOWS-1252");
	if (cd == (iconv_t)-1)
		return NULL;
	size_t cap = len * 3 + 1, left = cap;
	char *out = arena_alloc(a, cap + 1), *o = out;
	char *src = (char *)(uintptr_t)in;     /* iconv's prototype is not const-correct */
	size_t src_left = len;
	if (!out || iconv(cd, &src, &src_left, &o, &left) == (size_t)-1) {
		iconv_close(cd);
		return NULL;
	}
	iconv_close(cd);
	*o = '\0';
	*out_len = (size_t)(o - out);
	return out;
}

/* The separator: the one of ';', ',' and tab that the header line has most of. */
unsigned char csv_text_separator(const char *s, size_t n)
{
	size_t semi = 0, comma = 0, tab = 0;
	bool quoted = false;
	for (size_t i = 0; i < n && s[i] != '\n'; i++) {
		if (s[i] == '"')
			quoted = !quoted;
		else if (!quoted)
			semi += s[i] == ';', comma += s[i] == ',', tab += s[i] == '\t';
	}
	if (tab > semi && tab > comma)
		return '\t';
	return comma > semi ? ',' : ';';
}

/* libcsv's own words are English; the person reading gets the problem in theirs. */
const char *csv_text_problem(int code)
{
	switch (code) {
	case CSV_EPARSE: return N_("et anførselstegn står der det ikke kan stå, eller mangler");
	case CSV_ENOMEM: return N_("tom for minne");
	case CSV_ETOOBIG: return N_("et felt er for stort");
	default: return N_("filen kan ikke leses som CSV");
	}
}

int csv_text_prepare(struct arena *a, const char **data, size_t *len, const char *origin, struct err *e)
{
	/* a workbook saved by Excel as .xlsx: its first sheet, as the CSV Excel would write */
	if (xlsx_is_zip(*data, *len))
		return xlsx_to_csv(a, *data, *len, origin, data, len, e);
	if (*len >= 3 && memcmp(*data, "\xEF\xBB\xBF", 3) == 0) {
		*data += 3;
		*len -= 3;
	}
	if (memchr(*data, '\0', *len))
		return err_set(e, "%s er ikke en tekstfil (inneholder NUL-tegn).", origin);
	if (!valid_utf8(*data, *len) && !(*data = from_cp1252(a, *data, *len, len)))
		return err_set(e, "%s er verken UTF-8 eller Windows-1252. Lagre filen som CSV (UTF-8).", origin);
	return 0;
}
