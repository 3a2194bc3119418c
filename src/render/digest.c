/* render/digest.c: see digest.h. */
#include "render/digest.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "model/assess.h"
#include "util/buf.h"
#include "util/date.h"
#include "util/limits.h"

#define I18N_LANG lang

static void section(struct buf *b, struct arena *a, enum lang lang, const struct digest_in *in,
		    enum notify_reason why, const char *title)
{
	size_t count = 0, shown = 0;
	for (size_t i = 0; i < in->n_items; i++)
		count += in->items[i].reason == why;
	if (!count)
		return;
	buf_printf(b, "%s (%zu):\n", title, count);
	for (size_t i = 0; i < in->n_items && shown < NOTIFY_DIGEST_MAX; i++) {
		const struct finding *f = &in->findings[in->items[i].finding];
		if (in->items[i].reason != why)
			continue;
		shown++;
		const struct finding_rule *r = finding_rule(f->rule);
		buf_printf(b, "- F-%d %s: %s, %s\n  %s\n  %s %s%s%s\n", f->no, T(severity_code(f->severity)),
			   f->object_name, r ? T(r->title) : f->rule, finding_detail(f, lang), T("Frist:"), date_text(a, f->due, "-"),
			   f->owner ? T(". Ansvarlig: ") : "", f->owner ? f->owner : "");
	}
	if (shown < count)
		buf_printf(b, T("… og %zu til.\n"), count - shown);
	buf_puts(b, "\n");
}

int digest_render(struct arena *a, enum lang lang, const struct digest_in *in, struct digest *out, struct err *e)
{
	struct buf b;
	size_t fresh = 0, late = 0;
	int worst = SEV_LAV;
	for (size_t i = 0; i < in->n_items; i++) {
		const struct finding *f = &in->findings[in->items[i].finding];
		fresh += in->items[i].reason == NOTIFY_NY;
		late += in->items[i].reason == NOTIFY_FORFALT;
		if ((int)f->severity > worst)
			worst = (int)f->severity;
	}
	out->subject = arena_printf(a, T("beredt: %zu nye funn og %zu over fristen i %s (verst: %s)"), fresh, late,
				    in->tenant_name, T(severity_code((enum severity)worst)));
	buf_init(&b, LIMIT_DIGEST);
	buf_printf(&b, T("Funn fra kontrollene i %s (%s), %s.\n\n"), in->tenant_name, in->kommunenr, date_text(a, in->today, "-"));
	section(&b, a, lang, in, NOTIFY_NY, T("Nye funn"));
	section(&b, a, lang, in, NOTIFY_FORFALT, T("Over fristen"));
	if (in->base_url && *in->base_url)
		buf_printf(&b, T("Se og følg opp funnene: %s/funn\n"), in->base_url);
	buf_puts(&b, T("Denne meldingen er samlet fra alle nye funn siden forrige melding; du får ikke én melding "
		       "per funn.\n"));
	out->text = b.data ? arena_strdup(a, b.data) : NULL;
	buf_release(&b);
	json_t *list = json_array();
	for (size_t i = 0; i < in->n_items && i < NOTIFY_DIGEST_MAX * 2; i++) {
		const struct finding *f = &in->findings[in->items[i].finding];
		json_array_append_new(list, json_pack("{s:i, s:s, s:s, s:s, s:s, s:s, s:s, s:s?}", "no", f->no,
			"reason", notify_reason_code(in->items[i].reason), "severity", severity_code(f->severity),
			"rule", f->rule, "object", f->object_name, "detail", finding_detail(f, lang), "due", date_text(a, f->due, "-"),
			"owner", f->owner));
	}
	json_t *doc = json_pack("{s:s, s:s, s:s, s:s, s:i, s:i, s:o}", "text", out->text ? out->text : "",
				"subject", out->subject, "kommune", in->kommunenr, "kommunenavn", in->tenant_name,
				"new", (int)fresh, "overdue", (int)late, "findings", list);
	char *s = doc ? json_dumps(doc, JSON_COMPACT) : NULL;
	json_decref(doc);
	out->json = s ? arena_strdup(a, s) : NULL;
	free(s);
	if (!out->subject || !out->text || !out->json)
		return err_set(e, "Tom for minne.");
	return 0;
}
