/* model/attachment.c: see attachment.h. */
#include "model/attachment.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "util/i18n.h"
#include "util/valid.h"

static const struct {
	const char *code, *label, *prefix;   /* prefix: how people write the number */
} kinds[ATT_KIND_COUNT] = {
	[ATT_MEASURE] = { "measure", N_("KS-tiltak i vurderingen"), NULL },
	[ATT_ACTION] = { "action", N_("Oppgave i handlingsplanen"), "T-" },
	[ATT_FINDING] = { "finding", N_("Funn"), "F-" },
	[ATT_RESTORE] = { "restore", N_("Gjenopprettingstest"), NULL },
	[ATT_EXERCISE] = { "exercise", N_("Øvelse"), "Ø-" },
	[ATT_INSURANCE] = { "insurance", N_("Forsikring"), NULL },
};

const char *attach_kind_code(enum attach_kind k)
{
	return k < ATT_KIND_COUNT ? kinds[k].code : "";
}

const char *attach_kind_label(enum attach_kind k)
{
	return k < ATT_KIND_COUNT ? kinds[k].label : "";
}

static bool numbered(enum attach_kind k)
{
	return kinds[k].prefix != NULL;
}

int attach_target_parse(struct arena *a, const char *s, struct attach_target *out, struct err *e)
{
	memset(out, 0, sizeof(*out));
	const char *colon = s ? strchr(s, ':') : NULL;
	if (!colon)
		return err_set(e, "«%s» sier ikke hva filen hører til. Skriv for eksempel measure:3b, action:12, "
			       "finding:7, restore:SYSTEM, exercise:3 eller insurance:NAVN.", s ? s : "");
	size_t klen = (size_t)(colon - s);
	int k = -1;
	for (int i = 0; i < ATT_KIND_COUNT; i++)
		if (strlen(kinds[i].code) == klen && strncmp(kinds[i].code, s, klen) == 0)
			k = i;
	if (k < 0)
		return err_set(e, "«%.*s» er ikke noe en fil kan høre til. Bruk measure, action, finding, restore, "
			       "exercise eller insurance.", (int)klen, s);
	const char *ref = colon + 1;
	while (*ref == ' ')
		ref++;
	size_t n = strlen(ref);
	while (n && ref[n - 1] == ' ')
		n--;
	char *copy = arena_strndup(a, ref, n);
	if (!copy)
		return err_set(e, "Tom for minne.");
	if (!*copy)
		return err_set(e, "Målet «%s» mangler det som står etter kolonet.", s);
	if (valid_text("Målet", copy, VALID_NAME_MAX, false, true, e) < 0)
		return -1;
	out->kind = (enum attach_kind)k;
	out->ref = copy;
	if (numbered(out->kind)) {
		const char *p = copy;
		size_t pl = strlen(kinds[k].prefix);
		if (strncasecmp(p, kinds[k].prefix, pl) == 0)
			p += pl;
		char *end;
		long v = strtol(p, &end, 10);
		if (!isdigit((unsigned char)*p) || *end || v < 1 || v > 1000000)
			return err_set(e, "«%s» er ikke et nummer. Skriv for eksempel %s:12.", copy, kinds[k].code);
		out->no = (int)v;
		out->ref = arena_printf(a, "%ld", v);
	} else if (out->kind == ATT_MEASURE && valid_id("measure", copy, e) < 0) {
		return -1;
	}
	return 0;
}

const char *attach_target_text(struct arena *a, const struct attach_target *t)
{
	return arena_printf(a, "%s:%s", attach_kind_code(t->kind), t->ref);
}

const char *attach_clean_name(struct arena *a, const char *name)
{
	const char *base = name ? name : "";
	for (const char *p = base; *p; p++)
		if (*p == '/' || *p == '\\')
			base = p + 1;
	size_t n = strlen(base);
	if (n > ATTACH_NAME_MAX)
		n = ATTACH_NAME_MAX;
	/* cut on a character boundary: never inside a UTF-8 sequence */
	while (n && ((unsigned char)base[n] & 0xC0) == 0x80)
		n--;
	char *out = arena_strndup(a, base, n);
	if (!out)
		return "vedlegg";
	for (char *p = out; *p; p++) {
		unsigned char c = (unsigned char)*p;
		if (c < 0x20 || c == 0x7f || c == '"' || c == '\'' || c == ';' || c == '<' || c == '>')
			*p = '_';
	}
	if (!valid_utf8(out, strlen(out)))
		for (char *p = out; *p; p++)
			if ((unsigned char)*p >= 0x80)
				*p = '_';
	while (*out == '.' || *out == ' ')
		out++;
	return *out ? out : "vedlegg";
}

static const struct {
	const char *type, *label;
} types[] = {
	{ "application/pdf", N_("PDF-dokument") },
	{ "application/msword", N_("Word-dokument") },
	{ "application/vnd.openxmlformats-officedocument.wordprocessingml.document", N_("Word-dokument") },
	{ "application/vnd.ms-excel", N_("Excel-regneark") },
	{ "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", N_("Excel-regneark") },
	{ "application/vnd.ms-powerpoint", N_("PowerPoint-presentasjon") },
	{ "application/vnd.openxmlformats-officedocument.presentationml.presentation", N_("PowerPoint-presentasjon") },
	{ "application/vnd.oasis.opendocument.text", N_("OpenDocument-tekst") },
	{ "application/vnd.oasis.opendocument.spreadsheet", N_("OpenDocument-regneark") },
	{ "application/vnd.oasis.opendocument.presentation", N_("OpenDocument-presentasjon") },
	{ "image/png", N_("PNG-bilde") },
	{ "image/jpeg", N_("JPEG-bilde") },
	{ "image/gif", N_("GIF-bilde") },
	{ "image/webp", N_("WebP-bilde") },
	{ "text/plain", N_("Ren tekst") },
	{ "text/csv", N_("CSV-fil") },
};

bool attach_type_allowed(const char *content_type)
{
	return attach_type_label(content_type) != NULL;
}

const char *attach_type_label(const char *content_type)
{
	for (size_t i = 0; content_type && i < sizeof(types) / sizeof(types[0]); i++)
		if (strcmp(types[i].type, content_type) == 0)
			return types[i].label;
	return NULL;
}

bool attach_live(const struct attachment *x)
{
	return x->replaced_by == 0 && x->removed_at == NULL;
}

size_t attach_count(const struct attachment *xs, size_t n, enum attach_kind kind, const char *ref)
{
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		k += xs[i].target.kind == kind && strcmp(xs[i].target.ref, ref) == 0 && attach_live(&xs[i]);
	return k;
}
