/* io/oscal_ar.c: see oscal_ar.h. */
#include "io/oscal_ar.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/crypto.h"

/* A name-based UUID: SHA-256 of the name, with the version and variant bits OSCAL's
 * pattern asks for (version 5, RFC 4122 variant). */
static const char *uuid(struct arena *a, const char *name)
{
	unsigned char h[32];
	crypto_sha256(name, strlen(name), h);
	h[6] = (unsigned char)((h[6] & 0x0f) | 0x50);
	h[8] = (unsigned char)((h[8] & 0x3f) | 0x80);
	return arena_printf(a, "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
			    h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7], h[8], h[9], h[10], h[11], h[12], h[13],
			    h[14], h[15]);
}

static bool is_gap(const struct answer *x)
{
	return !x || (x->status != STATUS_JA && x->status != STATUS_IKKE_RELEVANT);
}

int oscal_ar_write(struct arena *a, enum lang lang, const struct oscal_ar_input *in, struct buf *out,
		   struct err *e)
{
	const struct round *r = in->round;
	const char *base = arena_printf(a, "beredt:%s:runde:%d", in->tenant->kommunenr, r->no);
	if (!round_is_closed(r))
		return err_set(e, "Runde %d er åpen. Bare en lukket runde kan skrives som OSCAL-vurderingsresultater; "
			       "lukk den med beredt assess close.", r->no);
	json_t *controls = json_array(), *observations = json_array(), *findings = json_array();
	for (size_t i = 0; i < in->catalog->n_items; i++) {
		const struct catalog_item *it = &in->catalog->items[i];
		const struct answer *x = answer_find(in->answers, in->n_answers, it->id);
		const char *obs = uuid(a, arena_printf(a, "%s:observasjon:%s", base, it->id));
		json_array_append_new(controls, json_pack("{s:s}", "control-id", it->id));
		/* the observation: what was answered and documented, and what the registers say */
		json_t *evidence = json_array();
		if (x && x->evidence && *x->evidence)
			json_array_append_new(evidence, json_pack("{s:s}", "description", x->evidence));
		int k = in->evidence && in->register_text ? evidence_index(it->id) : -1;
		if (k >= 0)
			json_array_append_new(evidence, json_pack("{s:s, s:[{s:s, s:s, s:s}]}", "description",
				in->register_text[k], "props", "name", "register-suggestion", "ns",
				"https://beredt.no/ns/oscal", "value", status_code(in->evidence[k].suggest)));
		json_t *o = json_pack("{s:s, s:s, s:s, s:[s], s:s, s:[{s:s, s:s, s:s}]}",
			"uuid", obs, "title", arena_printf(a, "%s %s", it->id, text2_get(&it->title, lang)),
			"description", arena_printf(a, i18n_tr(lang, "Svar: %s."), i18n_tr(lang, status_label(x ? x->status
											   : STATUS_UKJENT))),
			"methods", "EXAMINE", "collected", x && x->changed_at ? x->changed_at : r->closed_at,
			"props", "name", "status", "ns", "https://beredt.no/ns/oscal", "value",
			status_code(x ? x->status : STATUS_UKJENT));
		if (json_array_size(evidence))
			json_object_set_new(o, "relevant-evidence", evidence);
		else
			json_decref(evidence);
		if (x && x->owner)
			json_object_set_new(o, "remarks", json_string(arena_printf(a, i18n_tr(lang, "Ansvarlig: %s"), x->owner)));
		json_array_append_new(observations, o);
		if (!is_gap(x))
			continue;
		json_t *f = json_pack("{s:s, s:s, s:s, s:{s:s, s:s, s:{s:s}}, s:[{s:s}]}",
			"uuid", uuid(a, arena_printf(a, "%s:funn:%s", base, it->id)),
			"title", arena_printf(a, i18n_tr(lang, "Gap: %s %s"), it->id, text2_get(&it->title, lang)),
			"description", x && x->plan && *x->plan ? x->plan : text2_get(&it->question, lang),
			"target", "type", "objective-id", "target-id", it->id, "status", "state", "not-satisfied",
			"related-observations", "observation-uuid", obs);
		json_array_append_new(findings, f);
	}
	json_t *result = json_pack("{s:s, s:s, s:s, s:s, s:s, s:{s:[{s:o}]}, s:o, s:o}",
		"uuid", uuid(a, arena_printf(a, "%s:resultat", base)),
		"title", r->title,
		"description", arena_printf(a, i18n_tr(lang, "Vurderingsrunde %d i %s etter katalogen %s."), r->no,
					    in->tenant->name, in->catalog->id),
		"start", arena_printf(a, "%.10sT00:00:00Z", r->created_at),
		"end", r->closed_at,
		"reviewed-controls", "control-selections", "include-controls", controls,
		"observations", observations, "findings", findings);
	/* a result is approved by whoever the round names */
	if (r->approved_by)
		json_object_set_new(result, "remarks", json_string(arena_printf(a, i18n_tr(lang, "Godkjent av %s %s."),
									      r->approved_by, r->approved_at)));
	json_t *root = json_pack("{s:{s:s, s:{s:s, s:s, s:s, s:s, s:[{s:s, s:s, s:s}]}, s:{s:s}, s:[o]}}",
		"assessment-results",
		"uuid", uuid(a, base),
		"metadata", "title", arena_printf(a, i18n_tr(lang, "%s: %s"), in->tenant->name, r->title),
		"last-modified", in->generated_at, "version", arena_printf(a, "runde-%d", r->no),
		"oscal-version", OSCAL_VERSION,
		"parties", "uuid", uuid(a, arena_printf(a, "beredt:%s", in->tenant->kommunenr)), "type", "organization",
		"name", in->tenant->name,
		"import-ap", "href", arena_printf(a, "urn:beredt:%s:vurderingsplan:%s", in->tenant->kommunenr, in->catalog->id),
		"results", result);
	if (!root)
		return err_set(e, "Tom for minne.");
	char *text = json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	json_decref(root);
	if (!text)
		return err_set(e, "Tom for minne.");
	buf_puts(out, text);
	buf_putc(out, '\n');
	free(text);
	return out->failed ? err_set(e, "Dokumentet ble for stort.") : 0;
}
