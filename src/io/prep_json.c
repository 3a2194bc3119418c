/* io/prep_json.c: see prep_json.h. */
#include "io/prep_json.h"

#include <stdlib.h>
#include <string.h>

#include "model/assess.h"
#include "util/date.h"
#include "io/json_date.h"

static json_t *str(const char *s)
{
	return s ? json_string(s) : json_null();
}

static json_t *amount(long long v)
{
	return v < 0 ? json_null() : json_integer(v);
}

json_t *prep_plan_json(const struct prep_plan *p)
{
	json_t *roles = json_array(), *cards = json_array();
	for (size_t i = 0; i < p->n_roles; i++)
		json_array_append_new(roles, json_pack("{s:s, s:o, s:o, s:o}", "role", p->roles[i].role,
			"person", str(p->roles[i].person), "deputy", str(p->roles[i].deputy), "phone", str(p->roles[i].phone)));
	for (size_t i = 0; i < p->n_cards; i++) {
		const struct prep_card *c = &p->cards[i];
		json_array_append_new(cards, json_pack("{s:s, s:s, s:o, s:o, s:o, s:o, s:o}", "scenario", c->scenario,
			"title", c->title, "first_hour", str(c->first_hour), "who", str(c->who), "notify", str(c->notify),
			"staff", str(c->staff), "public", str(c->public_text)));
	}
	return json_pack("{s:o, s:o, s:o, s:o, s:i, s:o}", "activation", str(p->activation), "roles", roles,
			 "cards", cards, "reviewed_on", io_json_date(p->reviewed_on), "review_months", p->review_months,
			 "leader_report_on", io_json_date(p->leader_report_on));
}

json_t *prep_contacts_json(const struct prep_contacts *c)
{
	json_t *arr = json_array();
	for (size_t i = 0; i < c->n; i++) {
		const struct prep_contact *x = &c->items[i];
		json_array_append_new(arr, json_pack("{s:s, s:o, s:s, s:o, s:o, s:o, s:o, s:s, s:o, s:o, s:o, s:o}",
			"name", x->name, "org", str(x->org), "kind", x->kind, "crisis_role", str(x->crisis_role),
			"phone", str(x->phone), "phone2", str(x->phone2), "email", str(x->email),
			"availability", prep_availability_code(x->availability), "resources", str(x->resources),
			"contract", str(x->contract), "verified_on", io_json_date(x->verified_on), "verified_by", str(x->verified_by)));
	}
	return json_pack("{s:o}", "contacts", arr);
}

json_t *prep_exercises_json(const struct prep_exercises *x)
{
	json_t *arr = json_array();
	for (size_t i = 0; i < x->n; i++) {
		const struct prep_exercise *o = &x->items[i];
		json_t *lessons = json_array();
		for (size_t k = 0; k < o->n_lessons; k++)
			json_array_append_new(lessons, json_pack("{s:s, s:o}", "text", o->lessons[k].text, "action",
				o->lessons[k].action_no ? json_integer(o->lessons[k].action_no) : json_null()));
		json_array_append_new(arr, json_pack("{s:i, s:o, s:b, s:s, s:s, s:o, s:o, s:o}", "no", o->no,
			"date", io_json_date(o->date), "held", o->held, "kind", o->kind, "scenario", o->scenario,
			"participants", str(o->participants), "observations", str(o->observations), "lessons", lessons));
	}
	return json_pack("{s:o}", "exercises", arr);
}

json_t *prep_insurances_json(const struct prep_insurances *x)
{
	json_t *arr = json_array();
	for (size_t i = 0; i < x->n; i++) {
		const struct prep_insurance *p = &x->items[i];
		json_t *cover = json_object(), *cond = json_array();
		for (int k = 0; k < PREP_COVERS; k++)
			json_object_set_new(cover, prep_cover_code(k), p->cover[k] == COVER_NONE ? json_false()
				: p->cover[k] == COVER_YES ? json_true() : json_integer(p->cover[k]));
		for (size_t k = 0; k < p->n_conditions; k++)
			json_array_append_new(cond, json_pack("{s:s, s:o, s:o}", "text", p->conditions[k].text,
				"measure", str(p->conditions[k].measure), "rule", str(p->conditions[k].rule)));
		json_array_append_new(arr, json_pack("{s:s, s:s, s:b, s:o, s:o, s:o, s:o, s:o, s:o, s:o, s:o, s:i, s:o}",
			"name", p->name, "insurer", p->insurer, "offer", p->offer, "from", io_json_date(p->from), "to", io_json_date(p->to),
			"premium", amount(p->premium), "deductible", amount(p->deductible), "limit", amount(p->limit),
			"cover", cover, "exclusions", str(p->exclusions), "incident_line", str(p->incident_line),
			"notify_hours", p->notify_hours, "conditions", cond));
	}
	return json_pack("{s:o}", "insurance", arr);
}

json_t *prep_competences_json(const struct prep_competences *x)
{
	json_t *arr = json_array();
	for (size_t i = 0; i < x->n; i++)
		json_array_append_new(arr, json_pack("{s:s, s:s, s:b, s:o}", "area", x->items[i].area, "who",
			x->items[i].who, "agreement", x->items[i].agreement, "trained_on", io_json_date(x->items[i].trained_on)));
	return json_pack("{s:o}", "competence", arr);
}

const char *prep_json_text(struct arena *a, json_t *j)
{
	char *s = j ? json_dumps(j, JSON_COMPACT | JSON_PRESERVE_ORDER) : NULL;
	json_decref(j);
	const char *out = s ? arena_strdup(a, s) : NULL;
	free(s);
	return out;
}

/* ---- reading ------------------------------------------------------------------------ */

struct rd {
	struct arena *a;
	struct err *e;
	const char *where;        /* "kontakt 3" */
	int failed;
};

static const char *get_str(struct rd *r, json_t *o, const char *key, bool required)
{
	json_t *v = json_object_get(o, key);
	if (!v || json_is_null(v)) {
		if (required && !r->failed)
			r->failed = err_set(r->e, "%s: mangler «%s».", r->where, key);
		return NULL;
	}
	if (!json_is_string(v)) {
		if (!r->failed)
			r->failed = err_set(r->e, "%s: «%s» må være tekst.", r->where, key);
		return NULL;
	}
	const char *s = json_string_value(v);
	return *s ? arena_strdup(r->a, s) : NULL;
}

static int32_t get_day(struct rd *r, json_t *o, const char *key)
{
	int32_t d = DATE_NONE;
	const char *s = get_str(r, o, key, false);
	if (s && date_parse(s, &d) < 0 && !r->failed)
		r->failed = err_set(r->e, "%s: «%s» må være en dato (ÅÅÅÅ-MM-DD).", r->where, key);
	return d;
}

static long long get_amount(struct rd *r, json_t *o, const char *key)
{
	json_t *v = json_object_get(o, key);
	if (!v || json_is_null(v))
		return -1;
	if (!json_is_integer(v) || json_integer_value(v) < 0) {
		if (!r->failed)
			r->failed = err_set(r->e, "%s: «%s» må være et helt tall i kroner.", r->where, key);
		return -1;
	}
	return json_integer_value(v);
}

/* An optional whole number in lo..hi, checked as JSON's 64-bit value before it is narrowed
 * (4294967308 is not 12); dflt when absent or null. */
static int get_int(struct rd *r, json_t *o, const char *key, int lo, int hi, int dflt)
{
	json_t *v = json_object_get(o, key);
	if (!v || json_is_null(v))
		return dflt;
	if (!json_is_integer(v) || json_integer_value(v) < lo || json_integer_value(v) > hi) {
		if (!r->failed)
			r->failed = err_set(r->e, "%s: «%s» må være et helt tall fra %d til %d.", r->where, key, lo, hi);
		return dflt;
	}
	return (int)json_integer_value(v);
}

static bool get_bool(struct rd *r, json_t *o, const char *key)
{
	json_t *v = json_object_get(o, key);
	if (v && !json_is_boolean(v) && !json_is_null(v) && !r->failed)
		r->failed = err_set(r->e, "%s: «%s» må være true eller false.", r->where, key);
	return v && json_is_true(v);
}

/* The array under key (an empty one when missing); checked in size. */
static json_t *get_array(struct rd *r, json_t *o, const char *key, size_t max)
{
	json_t *v = json_object_get(o, key);
	if (v && !json_is_array(v) && !json_is_null(v)) {
		if (!r->failed)
			r->failed = err_set(r->e, "%s: «%s» må være en liste.", r->where, key);
		return NULL;
	}
	if (v && json_is_array(v) && json_array_size(v) > max) {
		if (!r->failed)
			r->failed = err_set(r->e, "%s: «%s» har for mange oppføringer (høyst %zu).", r->where, key, max);
		return NULL;
	}
	return json_is_array(v) ? v : NULL;
}

static void *items(struct rd *r, size_t n, size_t size)
{
	void *p = arena_alloc(r->a, (n + 1) * size);
	if (!p && !r->failed)
		r->failed = err_set(r->e, "Tom for minne.");
	if (p)
		memset(p, 0, (n + 1) * size);
	return p;
}

static json_t *load(const char *text, const char *root, struct err *e)
{
	json_error_t je;
	if (!text)
		return NULL;
	if (strlen(text) > PREP_JSON_MAX) {
		err_set(e, "Dokumentet er større enn %zu MB.", PREP_JSON_MAX >> 20);
		return NULL;
	}
	json_t *j = json_loads(text, JSON_REJECT_DUPLICATES, &je);
	if (!j) {
		err_set(e, "Ugyldig JSON (linje %d, kolonne %d): %s", je.line, je.column, je.text);
		return NULL;
	}
	if (!json_is_object(j) || (root && !json_object_get(j, root))) {
		json_decref(j);
		err_set(e, "Dokumentet har feil form%s%s.", root ? ": mangler " : "", root ? root : "");
		return NULL;
	}
	return j;
}

int prep_plan_read(struct arena *a, const char *text, struct prep_plan *out, struct err *e)
{
	struct rd r = { a, e, "planen", 0 };
	json_t *j = load(text, NULL, e);
	memset(out, 0, sizeof(*out));
	out->reviewed_on = out->leader_report_on = DATE_NONE;
	out->review_months = 12;
	if (!j)
		return -1;
	out->activation = get_str(&r, j, "activation", false);
	out->reviewed_on = get_day(&r, j, "reviewed_on");
	out->leader_report_on = get_day(&r, j, "leader_report_on");
	out->review_months = get_int(&r, j, "review_months", 1, 36, 12);
	json_t *roles = get_array(&r, j, "roles", PREP_ITEMS_MAX), *cards = get_array(&r, j, "cards", PREP_ITEMS_MAX);
	out->n_roles = roles ? json_array_size(roles) : 0;
	out->n_cards = cards ? json_array_size(cards) : 0;
	out->roles = items(&r, out->n_roles, sizeof(*out->roles));
	out->cards = items(&r, out->n_cards, sizeof(*out->cards));
	for (size_t i = 0; !r.failed && i < out->n_roles; i++) {
		json_t *o = json_array_get(roles, i);
		r.where = arena_printf(a, "rolle %zu", i + 1);
		out->roles[i] = (struct prep_role){ get_str(&r, o, "role", true), get_str(&r, o, "person", false),
						    get_str(&r, o, "deputy", false), get_str(&r, o, "phone", false) };
	}
	for (size_t i = 0; !r.failed && i < out->n_cards; i++) {
		json_t *o = json_array_get(cards, i);
		r.where = arena_printf(a, "tiltakskort %zu", i + 1);
		out->cards[i] = (struct prep_card){ get_str(&r, o, "scenario", true), get_str(&r, o, "title", true),
			get_str(&r, o, "first_hour", false), get_str(&r, o, "who", false), get_str(&r, o, "notify", false),
			get_str(&r, o, "staff", false), get_str(&r, o, "public", false) };
	}
	json_decref(j);
	return r.failed ? -1 : prep_plan_check(out, e);
}

int prep_contacts_read(struct arena *a, const char *text, int32_t today, struct prep_contacts *out, struct err *e)
{
	struct rd r = { a, e, "kontaktene", 0 };
	json_t *j = load(text, "contacts", e);
	memset(out, 0, sizeof(*out));
	if (!j)
		return -1;
	json_t *arr = get_array(&r, j, "contacts", PREP_ITEMS_MAX);
	out->n = arr ? json_array_size(arr) : 0;
	out->items = items(&r, out->n, sizeof(*out->items));
	for (size_t i = 0; !r.failed && i < out->n; i++) {
		json_t *o = json_array_get(arr, i);
		struct prep_contact *x = &out->items[i];
		r.where = arena_printf(a, "kontakt %zu", i + 1);
		x->name = get_str(&r, o, "name", true);
		x->org = get_str(&r, o, "org", false);
		x->kind = get_str(&r, o, "kind", true);
		x->crisis_role = get_str(&r, o, "crisis_role", false);
		x->phone = get_str(&r, o, "phone", false);
		x->phone2 = get_str(&r, o, "phone2", false);
		x->email = get_str(&r, o, "email", false);
		const char *av = get_str(&r, o, "availability", false);
		if (!r.failed && av && prep_availability_parse(av, &x->availability, e) < 0)
			r.failed = err_prefix(e, "%s", r.where);
		x->resources = get_str(&r, o, "resources", false);
		x->contract = get_str(&r, o, "contract", false);
		x->verified_on = get_day(&r, o, "verified_on");
		x->verified_by = get_str(&r, o, "verified_by", false);
	}
	json_decref(j);
	return r.failed ? -1 : prep_contacts_check(out, today, e);
}

int prep_exercises_read(struct arena *a, const char *text, int32_t today, struct prep_exercises *out,
			struct err *e)
{
	struct rd r = { a, e, "øvelsene", 0 };
	json_t *j = load(text, "exercises", e);
	memset(out, 0, sizeof(*out));
	if (!j)
		return -1;
	json_t *arr = get_array(&r, j, "exercises", PREP_ITEMS_MAX);
	out->n = arr ? json_array_size(arr) : 0;
	out->items = items(&r, out->n, sizeof(*out->items));
	for (size_t i = 0; !r.failed && i < out->n; i++) {
		json_t *o = json_array_get(arr, i);
		struct prep_exercise *x = &out->items[i];
		r.where = arena_printf(a, "øvelse %zu", i + 1);
		x->no = get_int(&r, o, "no", 1, 1000000, (int)i + 1);
		x->date = get_day(&r, o, "date");
		x->held = get_bool(&r, o, "held");
		x->kind = get_str(&r, o, "kind", true);
		x->scenario = get_str(&r, o, "scenario", true);
		x->participants = get_str(&r, o, "participants", false);
		x->observations = get_str(&r, o, "observations", false);
		json_t *ls = get_array(&r, o, "lessons", 100);
		x->n_lessons = ls ? json_array_size(ls) : 0;
		x->lessons = items(&r, x->n_lessons, sizeof(*x->lessons));
		for (size_t k = 0; !r.failed && k < x->n_lessons; k++) {
			json_t *l = json_array_get(ls, k);
			x->lessons[k].text = get_str(&r, l, "text", true);
			x->lessons[k].action_no = get_int(&r, l, "action", 0, 1000000, 0);
		}
	}
	json_decref(j);
	return r.failed ? -1 : prep_exercises_check(out, today, e);
}

int prep_insurances_read(struct arena *a, const char *text, struct prep_insurances *out, struct err *e)
{
	struct rd r = { a, e, "forsikringene", 0 };
	json_t *j = load(text, "insurance", e);
	memset(out, 0, sizeof(*out));
	if (!j)
		return -1;
	json_t *arr = get_array(&r, j, "insurance", 50);
	out->n = arr ? json_array_size(arr) : 0;
	out->items = items(&r, out->n, sizeof(*out->items));
	for (size_t i = 0; !r.failed && i < out->n; i++) {
		json_t *o = json_array_get(arr, i), *cover = json_object_get(o, "cover");
		struct prep_insurance *p = &out->items[i];
		r.where = arena_printf(a, "forsikring %zu", i + 1);
		p->name = get_str(&r, o, "name", true);
		p->insurer = get_str(&r, o, "insurer", true);
		p->offer = get_bool(&r, o, "offer");
		p->from = get_day(&r, o, "from");
		p->to = get_day(&r, o, "to");
		p->premium = get_amount(&r, o, "premium");
		p->deductible = get_amount(&r, o, "deductible");
		p->limit = get_amount(&r, o, "limit");
		p->exclusions = get_str(&r, o, "exclusions", false);
		p->incident_line = get_str(&r, o, "incident_line", false);
		p->notify_hours = get_int(&r, o, "notify_hours", 0, 24 * 90, 0);
		for (int k = 0; k < PREP_COVERS; k++) {
			json_t *c = cover ? json_object_get(cover, prep_cover_code(k)) : NULL;
			p->cover[k] = !c || json_is_false(c) || json_is_null(c) ? COVER_NONE
				      : json_is_true(c) ? COVER_YES
				      : json_is_integer(c) && json_integer_value(c) > 0 ? json_integer_value(c) : -2;
			if (p->cover[k] == -2 && !r.failed)
				r.failed = err_set(e, "%s: dekningen «%s» må være true, false eller en grense i kroner.",
						   r.where, prep_cover_code(k));
		}
		json_t *cs = get_array(&r, o, "conditions", 50);
		p->n_conditions = cs ? json_array_size(cs) : 0;
		p->conditions = items(&r, p->n_conditions, sizeof(*p->conditions));
		for (size_t k = 0; !r.failed && k < p->n_conditions; k++) {
			json_t *c = json_array_get(cs, k);
			p->conditions[k] = (struct prep_condition){ get_str(&r, c, "text", true), get_str(&r, c, "measure", false),
								    get_str(&r, c, "rule", false) };
		}
	}
	json_decref(j);
	return r.failed ? -1 : prep_insurances_check(out, e);
}

int prep_competences_read(struct arena *a, const char *text, int32_t today, struct prep_competences *out,
			  struct err *e)
{
	struct rd r = { a, e, "kompetansen", 0 };
	json_t *j = load(text, "competence", e);
	memset(out, 0, sizeof(*out));
	if (!j)
		return -1;
	json_t *arr = get_array(&r, j, "competence", PREP_ITEMS_MAX);
	out->n = arr ? json_array_size(arr) : 0;
	out->items = items(&r, out->n, sizeof(*out->items));
	for (size_t i = 0; !r.failed && i < out->n; i++) {
		json_t *o = json_array_get(arr, i);
		r.where = arena_printf(a, "kompetanse %zu", i + 1);
		out->items[i] = (struct prep_competence){ get_str(&r, o, "area", true), get_str(&r, o, "who", true),
							  get_bool(&r, o, "agreement"), get_day(&r, o, "trained_on") };
	}
	json_decref(j);
	return r.failed ? -1 : prep_competences_check(out, today, e);
}
