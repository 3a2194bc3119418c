/* h_prep_items.c: the lists of preparedness on the web (h_prep.c has the page and the
 * plan): contacts added and verified, exercises and their lessons turned into actions,
 * insurance side by side, and the crisis kit and the contacts as vCard to download. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/dossier_run.h"
#include "app/kit.h"
#include "app/prep_docs.h"
#include "io/vcard.h"
#include "model/assess.h"
#include "render/dossier.h"
#include "render/page.h"
#include "render/preparedness_html.h"
#include "store/tenant.h"
#include "util/date.h"
#include "web/handlers.h"
#include "web/h_prep.h"
#include "web/view.h"

/* ---- contacts ---- */

void h_prep_contact_add(struct req *r)
{
	struct prep_all p;
	struct store_stamp st = req_stamp(r);
	if (!h_prep_load(r, &p))
		return;
	struct prep_contact x = { .verified_on = r->today, .verified_by = r->user.email };
	const char *f[] = { req_field(r, "navn"), req_field(r, "org"), req_field(r, "kontakt-type"), req_field(r, "rolle"),
			    req_field(r, "telefon"), req_field(r, "telefon2"), req_field(r, "epost"), req_field(r, "ressurser") };
	for (size_t i = 0; i < sizeof(f) / sizeof(f[0]); i++)
		if (f[i] && !*f[i])
			f[i] = NULL;
	x.name = f[0];
	x.org = f[1];
	x.kind = f[2];
	x.crisis_role = f[3];
	x.phone = f[4];
	x.phone2 = f[5];
	x.email = f[6];
	x.resources = f[7];
	if (!x.name) {
		h_prep_page(r, 400, T("Kontakten må ha et navn."));
		return;
	}
	if (prep_availability_parse(req_field(r, "tilgjengelighet"), &x.availability, &r->err) < 0) {
		h_prep_page(r, 400, r->err.msg);
		return;
	}
	struct prep_contacts next = { arena_copy(r->a, p.contacts.items, p.contacts.n, 1, sizeof(x)), p.contacts.n + 1 };
	if (!next.items) {
		resp_error(r, 500, T("Tom for minne."));
		return;
	}
	next.items[p.contacts.n] = x;
	if (prep_save_contacts(r->db, r->a, r->user.tenant_id, &next, h_prep_based_on(r), arena_printf(r->a, "ny: %s", x.name),
			       &st, &r->err) < 0) {
		h_prep_page(r, 400, r->err.msg);
		return;
	}
	req_flash(r, arena_printf(r->a, T("%s er lagt til."), x.name));
	resp_redirect(r, "/beredskap#kontakter");
}

void h_prep_contact_verify(struct req *r)
{
	struct prep_all p;
	struct store_stamp st = req_stamp(r);
	int i;
	if (!h_prep_load(r, &p))
		return;
	if (view_number(r->param, &i) < 0 || i < 1 || (size_t)i > p.contacts.n) {
		resp_error(r, 404, T("Kontakten finnes ikke."));
		return;
	}
	struct prep_contact *x = &p.contacts.items[i - 1];
	x->verified_on = r->today;
	x->verified_by = r->user.email;
	if (prep_save_contacts(r->db, r->a, r->user.tenant_id, &p.contacts, h_prep_based_on(r),
			       arena_printf(r->a, "bekreftet: %s", x->name), &st, &r->err) < 0) {
		h_prep_page(r, 400, r->err.msg);
		return;
	}
	req_flash(r, arena_printf(r->a, T("%s er bekreftet i dag."), x->name));
	resp_redirect(r, "/beredskap#kontakter");
}

/* ---- exercises ---- */

static struct prep_exercise *find_exercise(struct prep_exercises *x, const char *param)
{
	int no;
	if (view_number(param, &no) < 0)
		return NULL;
	for (size_t i = 0; i < x->n; i++)
		if (x->items[i].no == no)
			return &x->items[i];
	return NULL;
}

void h_prep_exercise_add(struct req *r)
{
	struct prep_all p;
	struct store_stamp st = req_stamp(r);
	if (!h_prep_load(r, &p))
		return;
	const char *d = req_field(r, "dato"), *lesson = req_field(r, "laering");
	struct prep_exercise x = { .no = prep_exercise_next_no(&p.exercises), .date = DATE_NONE, .kind = req_field(r, "ovelse-type"),
				   .scenario = req_field(r, "scenario"), .participants = req_field(r, "deltakere"),
				   .observations = req_field(r, "observasjoner") };
	x.held = !req_field(r, "gjennomfort") || strcmp(req_field(r, "gjennomfort"), "ja") == 0;
	if (!d || date_parse(d, &x.date) < 0) {
		h_prep_page(r, 400, T("Datoen må skrives ÅÅÅÅ-MM-DD."));
		return;
	}
	if (x.participants && !*x.participants)
		x.participants = NULL;
	if (x.observations && !*x.observations)
		x.observations = NULL;
	if (lesson && *lesson) {
		x.lessons = arena_alloc(r->a, sizeof(*x.lessons));
		if (x.lessons) {
			x.lessons[0] = (struct prep_lesson){ lesson, 0 };
			x.n_lessons = 1;
		}
	}
	struct prep_exercises next = { arena_copy(r->a, p.exercises.items, p.exercises.n, 1, sizeof(x)), p.exercises.n + 1 };
	if (!next.items) {
		resp_error(r, 500, T("Tom for minne."));
		return;
	}
	next.items[p.exercises.n] = x;
	if (prep_save_exercises(r->db, r->a, r->user.tenant_id, &next, h_prep_based_on(r), arena_printf(r->a, "ny: Ø-%d", x.no),
				&st, &r->err) < 0) {
		h_prep_page(r, 400, r->err.msg);
		return;
	}
	req_flash(r, arena_printf(r->a, T("Øvelse Ø-%d er registrert."), x.no));
	resp_redirect(r, "/beredskap#ovelser");
}

void h_prep_lesson_add(struct req *r)
{
	struct prep_all p;
	struct store_stamp st = req_stamp(r);
	if (!h_prep_load(r, &p))
		return;
	struct prep_exercise *x = find_exercise(&p.exercises, r->param);
	if (!x) {
		resp_error(r, 404, T("Øvelsen finnes ikke."));
		return;
	}
	const char *text = req_field(r, arena_printf(r->a, "laering-%d", x->no));
	if (!text || !*text) {
		h_prep_page(r, 400, T("Skriv læringspunktet."));
		return;
	}
	struct prep_lesson *ls = arena_copy(r->a, x->lessons, x->n_lessons, 1, sizeof(*ls));
	if (!ls) {
		resp_error(r, 500, T("Tom for minne."));
		return;
	}
	ls[x->n_lessons] = (struct prep_lesson){ text, 0 };
	x->lessons = ls;
	x->n_lessons++;
	if (prep_save_exercises(r->db, r->a, r->user.tenant_id, &p.exercises, h_prep_based_on(r),
				arena_printf(r->a, "Ø-%d: læringspunkt %zu", x->no, x->n_lessons), &st, &r->err) < 0) {
		h_prep_page(r, 400, r->err.msg);
		return;
	}
	req_flash(r, T("Læringspunktet er lagt til."));
	resp_redirect(r, "/beredskap#ovelser");
}

/* POST /beredskap/ovelser/N/tiltak/K (the router keeps the last '*', K; N is read from
 * the path, which the route has already matched). */
void h_prep_lesson_action(struct req *r)
{
	struct store_stamp st = req_stamp(r);
	const char *n = r->path + strlen("/beredskap/ovelser/");
	int no, lesson, act;
	char part[16];
	size_t len = strcspn(n, "/");
	if (len == 0 || len >= sizeof(part)) {
		resp_error(r, 404, T("Læringspunktet finnes ikke."));
		return;
	}
	memcpy(part, n, len);
	part[len] = '\0';
	if (view_number(part, &no) < 0 || view_number(r->param, &lesson) < 0 || lesson < 1) {
		resp_error(r, 404, T("Læringspunktet finnes ikke."));
		return;
	}
	if (prep_lesson_to_action(r->db, r->a, r->user.tenant_id, no, (size_t)lesson - 1, &st, &act, &r->err) < 0) {
		if (r->err.kind == ERR_NOT_FOUND)
			resp_error(r, 404, r->err.msg);
		else
			h_prep_page(r, 400, r->err.msg);
		return;
	}
	req_flash(r, arena_printf(r->a, T("Læringspunktet er nå oppgave T-%d i handlingsplanen."), act));
	resp_redirect(r, "/beredskap#ovelser");
}

/* ---- insurance ---- */

static void insurance_page(struct req *r, int status, const char *error)
{
	struct prep_all p;
	struct preparedness_conditions in;
	struct page_frame pg = view_page(r, T("Forsikringer og tilbud"), "beredskap");
	pg.error = error;
	if (!h_prep_load(r, &p))
		return;
	if (prep_condition_inputs(r->db, r->a, r->user.tenant_id, &in.answers, &in.n_answers,
				  &in.findings, &in.n_findings, &r->err) < 0) {
		resp_store_error(r);
		return;
	}
	struct preparedness_view v = h_prep_view(r, &pg);
	page_begin(&r->out, &pg);
	preparedness_insurance(&r->out, &v, &p, &in);
	page_end(&r->out, &pg);
	resp_html(r, status);
}

void h_prep_insurance(struct req *r)
{
	insurance_page(r, 200, NULL);
}

static const char *opt_field(struct req *r, const char *name)
{
	const char *v = req_field(r, name);
	return v && *v ? v : NULL;
}

/* An amount in NOK, or -1 for empty; false for anything else. */
static bool amount(const char *s, long long *out)
{
	char *end;
	*out = -1;
	if (!s || !*s)
		return true;
	long long v = strtoll(s, &end, 10);
	if (*end || v < 0)
		return false;
	*out = v;
	return true;
}

void h_prep_insurance_add(struct req *r)
{
	struct prep_all p;
	struct store_stamp st = req_stamp(r);
	if (!h_prep_load(r, &p))
		return;
	struct prep_insurance x = { .name = opt_field(r, "navn"), .insurer = opt_field(r, "selskap"), .from = DATE_NONE,
				    .to = DATE_NONE, .exclusions = opt_field(r, "unntak"),
				    .incident_line = opt_field(r, "skadetelefon") };
	const char *art = req_field(r, "art"), *from = opt_field(r, "fra"), *to = opt_field(r, "til"),
		   *hours = opt_field(r, "meldefrist"), *cond = opt_field(r, "vilkar");
	x.offer = !art || strcmp(art, "polise") != 0;
	if ((from && date_parse(from, &x.from) < 0) || (to && date_parse(to, &x.to) < 0)) {
		insurance_page(r, 400, T("Datoen må skrives ÅÅÅÅ-MM-DD."));
		return;
	}
	long long h = -1;
	if (!amount(opt_field(r, "premie"), &x.premium) || !amount(opt_field(r, "egenandel"), &x.deductible) ||
	    !amount(opt_field(r, "grense"), &x.limit) || !amount(hours, &h) || h > 24 * 90) {
		insurance_page(r, 400, T("Beløp og timer må være hele tall."));
		return;
	}
	x.notify_hours = h < 0 ? 0 : (int)h;
	for (int k = 0; k < PREP_COVERS; k++) {
		const char *v = opt_field(r, arena_printf(r->a, "dekning-%s", prep_cover_code(k)));
		long long lim;
		if (!v || strcmp(v, "nei") == 0)
			x.cover[k] = COVER_NONE;
		else if (strcmp(v, "ja") == 0)
			x.cover[k] = COVER_YES;
		else if (amount(v, &lim) && lim > 0)
			x.cover[k] = lim;
		else {
			insurance_page(r, 400, arena_printf(r->a, T("Dekningen for «%s» må være ja, nei eller en grense i kroner."),
							    T(prep_cover_label(k))));
			return;
		}
	}
	/* the conditions: one per line, "text | measure | rule" */
	size_t cap = 0;
	for (char *save = NULL, *l = cond ? strtok_r(arena_strdup(r->a, cond), "\r\n", &save) : NULL; l;
	     l = strtok_r(NULL, "\r\n", &save)) {
		char *parts[3] = { l, NULL, NULL };
		for (int k = 1; k < 3; k++) {
			char *bar = parts[k - 1] ? strchr(parts[k - 1], '|') : NULL;
			if (bar) {
				*bar = '\0';
				parts[k] = bar + 1;
			}
		}
		for (int k = 0; k < 3; k++) {
			while (parts[k] && *parts[k] == ' ')
				parts[k]++;
			for (size_t n = parts[k] ? strlen(parts[k]) : 0; n && parts[k][n - 1] == ' '; n--)
				parts[k][n - 1] = '\0';
			if (parts[k] && !*parts[k])
				parts[k] = NULL;
		}
		if (!parts[0])
			continue;
		struct prep_condition *c = arena_push(r->a, (void **)&x.conditions, &x.n_conditions, &cap, sizeof(*c));
		if (!c) {
			resp_error(r, 500, T("Tom for minne."));
			return;
		}
		*c = (struct prep_condition){ parts[0], parts[1], parts[2] };
	}
	struct prep_insurances next = { arena_copy(r->a, p.insurance.items, p.insurance.n, 1, sizeof(x)), p.insurance.n + 1 };
	if (!next.items) {
		resp_error(r, 500, T("Tom for minne."));
		return;
	}
	next.items[p.insurance.n] = x;
	if (prep_save_insurance(r->db, r->a, r->user.tenant_id, &next, h_prep_based_on(r),
				arena_printf(r->a, "ny: %s", x.name ? x.name : ""), &st, &r->err) < 0) {
		insurance_page(r, 400, r->err.msg);
		return;
	}
	req_flash(r, arena_printf(r->a, T("%s er registrert."), x.name));
	resp_redirect(r, "/beredskap/forsikring");
}

/* ---- the crisis kit ---- */

void h_prep_kit(struct req *r)
{
	struct tenant t;
	struct store_stamp st = req_stamp(r);
	const char *pass = req_field(r, "passordfrase"), *sha;
	if (pass && !*pass)
		pass = NULL;
	if (store_tenant_by_id(r->db, r->a, r->user.tenant_id, &t, &r->err) < 0) {
		resp_store_error(r);
		return;
	}
	if (kit_make(r->db, r->a, &t, r->lang, pass, r->srv->settings->audit_key, &st, &r->out, &sha, &r->err) < 0) {
		buf_reset(&r->out);
		h_prep_page(r, 400, r->err.msg);
		return;
	}
	char d[DATE_TEXT];
	date_format(r->today, d);
	r->status = 200;
	r->content_type = "text/html; charset=utf-8";
	r->disposition = arena_printf(r->a, "attachment; filename=\"beredskapspakke-%s-%s%s.html\"", t.kommunenr, d,
				      pass ? "-kryptert" : "");
}

void h_prep_vcard(struct req *r)
{
	struct prep_all p;
	if (!h_prep_load(r, &p))
		return;
	if (vcard_write(&r->out, &p.contacts) < 0) {
		resp_error(r, 500, T("Tom for minne."));
		return;
	}
	r->status = 200;
	r->content_type = "text/vcard; charset=utf-8";
	r->disposition = "attachment; filename=\"beredskapskontakter.vcf\"";
}

/* ---- competence ---- */

void h_prep_competence_add(struct req *r)
{
	struct prep_all p;
	struct store_stamp st = req_stamp(r);
	const char *when = req_field(r, "opplaering"), *agreement = req_field(r, "avtale");
	if (!h_prep_load(r, &p))
		return;
	struct prep_competence x = { .area = req_field(r, "omrade"), .who = req_field(r, "hvem"),
				     .agreement = agreement && strcmp(agreement, "avtale") == 0, .trained_on = DATE_NONE };
	if (when && *when && date_parse(when, &x.trained_on) < 0) {
		h_prep_page(r, 400, T("Datoen må skrives ÅÅÅÅ-MM-DD."));
		return;
	}
	struct prep_competences next = { arena_copy(r->a, p.competence.items, p.competence.n, 1, sizeof(x)), p.competence.n + 1 };
	if (!next.items) {
		resp_error(r, 500, T("Tom for minne."));
		return;
	}
	next.items[p.competence.n] = x;
	if (prep_save_competence(r->db, r->a, r->user.tenant_id, &next, h_prep_based_on(r),
				 arena_printf(r->a, "ny: %s, %s", x.area ? x.area : "", x.who ? x.who : ""), &st, &r->err) < 0) {
		h_prep_page(r, 400, r->err.msg);
		return;
	}
	req_flash(r, T("Kompetansen er registrert."));
	resp_redirect(r, "/beredskap#kompetanse");
}

/* POST /beredskap/kompetanse/AREA/tiltak */
void h_prep_competence_action(struct req *r)
{
	struct store_stamp st = req_stamp(r);
	int act;
	if (prep_gap_to_action(r->db, r->a, r->user.tenant_id, r->param, &st, &act, &r->err) < 0) {
		if (r->err.kind == ERR_NOT_FOUND)
			resp_error(r, 404, r->err.msg);
		else
			h_prep_page(r, 400, r->err.msg);
		return;
	}
	req_flash(r, arena_printf(r->a, T("Gapet er nå oppgave T-%d i handlingsplanen."), act));
	resp_redirect(r, "/beredskap#kompetanse");
}

/* GET /beredskap/forsikring/dokumentasjon?polise=P&dato=D&format=pdf: the dossier for a claim. */
void h_prep_insurance_dossier(struct req *r)
{
	struct tenant t;
	struct dossier_doc x;
	enum report_format fmt = REPORT_PDF;
	const char *f = req_query(r, "format"), *policy = req_query(r, "polise"), *day = req_query(r, "dato");
	char sha[CRYPTO_HASH_HEX];
	if (f && report_format_parse(f, &fmt, &r->err) < 0) {
		resp_error(r, 400, r->err.msg);
		return;
	}
	if (!policy || !*policy) {
		resp_error(r, 400, T("Velg en polise."));
		return;
	}
	if (store_tenant_by_id(r->db, r->a, r->user.tenant_id, &t, &r->err) < 0) {
		resp_store_error(r);
		return;
	}
	buf_reset(&r->out);
	if (dossier_run(r->db, r->a, &t, policy, day && *day ? day : r->now, r->now, &x, &r->err) < 0) {
		if (r->err.kind == ERR_INTERNAL)
			resp_store_error(r);
		else
			resp_error(r, r->err.kind == ERR_NOT_FOUND ? 404 : 400, r->err.msg);
		return;
	}
	if (dossier_render(r->a, &x, fmt, r->lang, r->srv->settings->report_marking, r->srv->settings->path, sha, &r->out,
			   &r->err) < 0) {
		view_document_failed(r, fmt);
		return;
	}
	view_document(r, fmt, arena_printf(r->a, "%s-%.10s", r->lang == LANG_EN ? "insurance-dossier" : "forsikringsdokumentasjon",
					   x.d.at));
}
