/* io/vcard.c: see vcard.h. No library in Debian parses vCard for C without pulling in a
 * desktop stack (libebook); the format is small, so the reading here is a strict line
 * reader for exactly the properties beredt keeps, with limits on everything. */
#include "io/vcard.h"

#include <stdio.h>
#include <string.h>

#include "model/assess.h"
#include "util/date.h"
#include "util/valid.h"
#include "util/limits.h"

/* Escape a text value (RFC 6350 3.4): backslash, comma, semicolon and newline. */
static void esc(struct buf *b, const char *s)
{
	for (; s && *s; s++) {
		if (*s == '\\' || *s == ',' || *s == ';')
			buf_putc(b, '\\'), buf_putc(b, *s);
		else if (*s == '\n')
			buf_puts(b, "\\n");
		else if (*s != '\r')
			buf_putc(b, *s);
	}
}

/* Write one content line folded at 75 octets, never inside a UTF-8 character. */
static void line(struct buf *b, const char *s, size_t n)
{
	size_t col = 0;
	for (size_t i = 0; i < n; i++) {
		bool cont = ((unsigned char)s[i] & 0xC0) == 0x80;
		if (col >= 74 && !cont) {
			buf_puts(b, "\r\n ");
			col = 1;
		}
		buf_putc(b, s[i]);
		col++;
	}
	buf_puts(b, "\r\n");
}

static void prop(struct buf *b, const char *name, const char *value)
{
	struct buf l;
	if (!value || !*value)
		return;
	buf_init(&l, LIMIT_VCARD_LINE);
	buf_puts(&l, name);
	buf_putc(&l, ':');
	esc(&l, value);
	if (l.data)
		line(b, l.data, l.len);
	buf_release(&l);
}

int vcard_write(struct buf *b, const struct prep_contacts *c)
{
	for (size_t i = 0; i < c->n; i++) {
		const struct prep_contact *x = &c->items[i];
		buf_puts(b, "BEGIN:VCARD\r\nVERSION:4.0\r\n");
		prop(b, "FN", x->name);
		prop(b, "ORG", x->org);
		prop(b, "TITLE", x->crisis_role);
		prop(b, "TEL;TYPE=work,voice;PREF=1", x->phone);
		prop(b, "TEL;TYPE=cell,voice;PREF=2", x->phone2);
		prop(b, "EMAIL;TYPE=work", x->email);
		prop(b, "NOTE", x->resources);
		buf_puts(b, "END:VCARD\r\n");
	}
	return b->failed ? -1 : 0;
}

/* Undo esc() in place. */
static void unesc(char *s)
{
	char *o = s;
	for (; *s; s++) {
		if (*s == '\\' && s[1]) {
			s++;
			*o++ = *s == 'n' || *s == 'N' ? '\n' : *s;
		} else {
			*o++ = *s;
		}
	}
	*o = '\0';
}

int vcard_read(struct arena *a, const char *data, size_t len, const char *origin, struct prep_contacts *out,
	       struct err *e)
{
	size_t cap = 0, lineno = 0;
	struct prep_contact *cur = NULL;
	memset(out, 0, sizeof(*out));
	if (len > VCARD_MAX)
		return err_set(e, "%s: filen er større enn %zu MB.", origin, VCARD_MAX >> 20);
	if (!valid_utf8(data, len))
		return err_set(e, "%s: filen er ikke UTF-8.", origin);
	/* a NUL would silently cut the value it is in */
	const char *nul = memchr(data, '\0', len);
	if (nul) {
		size_t at = 1;
		for (const char *p = data; p < nul; p++)
			at += *p == '\n';
		return err_set(e, "%s, linje %zu: en NUL-byte hører ikke hjemme i et vCard.", origin, at);
	}
	/* one copy of the file; logical lines are unfolded into it in place (unfolding only
	 * removes bytes, so the writing never overtakes the reading) */
	char *copy = arena_alloc(a, len + 1), *w = copy;
	if (!copy)
		return err_set(e, "Tom for minne.");
	for (size_t i = 0; i < len;) {
		char *l = w;
		size_t first = lineno + 1;
		for (;;) {
			size_t j = i;
			while (j < len && data[j] != '\n')
				j++;
			size_t end = j > i && data[j - 1] == '\r' ? j - 1 : j;
			memmove(w, data + i, end - i);
			w += end - i;
			lineno++;
			i = j < len ? j + 1 : j;
			if (i < len && (data[i] == ' ' || data[i] == '\t'))
				i++;
			else
				break;
		}
		*w++ = '\0';
		size_t n = strlen(l);
		if (n == 0)
			continue;
		if (n > 10000)
			return err_set(e, "%s, linje %zu: linjen er for lang.", origin, first);
		char *colon = strchr(l, ':');
		if (!colon)
			return err_set(e, "%s, linje %zu: mangler «:» (ikke en vCard-linje).", origin, first);
		*colon = '\0';
		char *value = colon + 1, *semi = strchr(l, ';');
		if (semi)
			*semi = '\0';
		/* a property may carry a group ("item1.TEL") */
		char *name = strrchr(l, '.') ? strrchr(l, '.') + 1 : l;
		for (char *p = name; *p; p++)
			if (*p >= 'a' && *p <= 'z')
				*p = (char)(*p - 'a' + 'A');
		if (strcmp(name, "BEGIN") == 0) {
			if (cur)
				return err_set(e, "%s, linje %zu: BEGIN inne i et kort.", origin, first);
			if (out->n >= PREP_ITEMS_MAX)
				return err_set(e, "%s: for mange kontakter (høyst %d).", origin, PREP_ITEMS_MAX);
			cur = arena_push(a, (void **)&out->items, &out->n, &cap, sizeof(*cur));
			if (!cur)
				return err_set(e, "Tom for minne.");
			*cur = (struct prep_contact){ .kind = "ekstern", .availability = AVAIL_AVTALE, .verified_on = DATE_NONE };
			continue;
		}
		if (!cur)
			return err_set(e, "%s, linje %zu: «%s» utenfor BEGIN:VCARD.", origin, first, name);
		if (strcmp(name, "END") == 0) {
			if (!cur->name || !cur->name[strspn(cur->name, " \t\r\n")])
				return err_set(e, "%s, linje %zu: kortet mangler navn (FN).", origin, first);
			/* a name is one line of text: control characters (a bare CR) would not survive
			 * being written out again (found by fuzz_vcard) */
			if (valid_text("FN", cur->name, VALID_NAME_MAX, false, true, e) < 0) {
				err_prefix(e, "%s, linje %zu", origin, first);
				return -1;
			}
			cur = NULL;
			continue;
		}
		if (strcmp(name, "TEL") == 0 && strncmp(value, "tel:", 4) == 0)
			value += 4;
		unesc(value);
		if (!*value)
			continue;
		/* a field the crisis kit can hold, and short enough that written out again, its
		 * commas and semicolons escaped, the line stays within the limit (fuzz_vcard) */
		if (strlen(value) > PREP_TEXT_MAX)
			return err_set(e, "%s, linje %zu: «%s» er lengre enn %d tegn.", origin, first, name, PREP_TEXT_MAX);
		if (strcmp(name, "FN") == 0)
			cur->name = value;
		else if (strcmp(name, "N") == 0 && !cur->name) {
			/* Family;Given;...: "Given Family" */
			char *given = strchr(value, ';');
			if (given) {
				*given++ = '\0';
				given[strcspn(given, ";")] = '\0';
				cur->name = *given ? arena_printf(a, "%s %s", given, value) : value;
			} else {
				cur->name = value;
			}
		} else if (strcmp(name, "ORG") == 0) {
			value[strcspn(value, ";")] = '\0';
			cur->org = value;
		} else if (strcmp(name, "TITLE") == 0 || (strcmp(name, "ROLE") == 0 && !cur->crisis_role))
			cur->crisis_role = value;
		else if (strcmp(name, "TEL") == 0) {
			if (!cur->phone)
				cur->phone = value;
			else if (!cur->phone2)
				cur->phone2 = value;
		} else if (strcmp(name, "EMAIL") == 0 && !cur->email)
			cur->email = value;
		else if (strcmp(name, "NOTE") == 0)
			cur->resources = value;
	}
	if (cur)
		return err_set(e, "%s, linje %zu: kortet slutter ikke (END:VCARD mangler).", origin, lineno);
	if (!out->n)
		return err_set(e, "%s: ingen kontakter i filen.", origin);
	return 0;
}

static void ical_event(struct buf *b, const char *uid, const char *stamp, int32_t date, const char *summary,
		       const char *description)
{
	char d[DATE_TEXT], next[DATE_TEXT];
	struct buf l;
	date_format(date, d);
	date_format(date + 1, next);
	buf_puts(b, "BEGIN:VEVENT\r\n");
	buf_printf(b, "UID:%s\r\nDTSTAMP:%s\r\n", uid, stamp);
	buf_printf(b, "DTSTART;VALUE=DATE:%.4s%.2s%.2s\r\nDTEND;VALUE=DATE:%.4s%.2s%.2s\r\n", d, d + 5, d + 8, next,
		   next + 5, next + 8);
	buf_init(&l, LIMIT_VCARD_LINE);
	buf_puts(&l, "SUMMARY:");
	esc(&l, summary);
	if (l.data)
		line(b, l.data, l.len);
	buf_release(&l);
	if (description) {
		buf_init(&l, LIMIT_VCARD_LINE);
		buf_puts(&l, "DESCRIPTION:");
		esc(&l, description);
		if (l.data)
			line(b, l.data, l.len);
		buf_release(&l);
	}
	buf_puts(b, "END:VEVENT\r\n");
}

int ical_write(struct buf *b, const char *uid_prefix, const char *stamp, const struct prep_exercises *x,
	       const struct ical_deadline *d, size_t n)
{
	/* DTSTAMP is UTC in basic form: 20261128T100000Z */
	char st[17] = "";
	if (stamp && strlen(stamp) >= 20)
		snprintf(st, sizeof(st), "%.4s%.2s%.2sT%.2s%.2s%.2sZ", stamp, stamp + 5, stamp + 8, stamp + 11, stamp + 14,
			 stamp + 17);
	buf_puts(b, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//beredt//beredskap//NO\r\nCALSCALE:GREGORIAN\r\n");
	for (size_t i = 0; x && i < x->n; i++) {
		const struct prep_exercise *o = &x->items[i];
		char uid[160];
		snprintf(uid, sizeof(uid), "%s-ovelse-%d@beredt", uid_prefix, o->no);
		ical_event(b, uid, st, o->date, o->scenario, o->participants);
	}
	for (size_t i = 0; i < n; i++)
		ical_event(b, d[i].uid, st, d[i].date, d[i].title, NULL);
	buf_puts(b, "END:VCALENDAR\r\n");
	return b->failed ? -1 : 0;
}
