/* app/dossier_run.c: see dossier_run.h. */
#include "app/dossier_run.h"

#include <stdio.h>
#include <string.h>

#include "io/prep_json.h"
#include "store/answer.h"
#include "store/attachment.h"
#include "store/audit.h"
#include "store/finding.h"
#include "store/prep.h"
#include "store/round.h"
#include "util/date.h"

/* The time asked for as a UTC timestamp: a day is its last second, Oslo time. */
static const char *moment(struct arena *a, const char *at)
{
	int32_t d;
	if (at && date_parse(at, &d) == 0)
		return date_local_timestamp(a, arena_printf(a, "%s 23:59:59", at));
	return at ? date_local_timestamp(a, at) : NULL;
}

int dossier_run(struct db *db, struct arena *a, const struct tenant *t, const char *policy, const char *at,
		const char *now, struct dossier_doc *out, struct err *e)
{
	const char *ts = moment(a, at), *content;
	struct prep_insurances ins;
	struct round *rounds;
	struct finding *fs;
	size_t nr, nf;
	int64_t epoch;
	bool found;
	memset(out, 0, sizeof(*out));
	out->tenant = t;
	if (!ts)
		return err_set(e, "«%s» er ikke en dag eller et tidspunkt; skriv ÅÅÅÅ-MM-DD.", at ? at : "");
	if (strcmp(ts, now) > 0)
		ts = now;   /* today: as it stands now; the future is not known */
	if (store_prep_get_at(db, a, t->id, PREP_INSURANCE, ts, &content, &out->policy_version, e) < 0)
		return -1;
	if (!content)
		return err_missing(e, "Kommunen hadde ingen forsikringer registrert %.10s.", ts);
	if (prep_insurances_read(a, content, &ins, e) < 0)
		return -1;
	const struct prep_insurance *p = NULL;
	for (size_t i = 0; i < ins.n && !p; i++)
		if (strcmp(ins.items[i].name, policy) == 0)
			p = &ins.items[i];
	if (!p)
		return err_missing(e, "Forsikringen «%s» fantes ikke %.10s. Se beredt insurance list.", policy, ts);
	if (p->offer)
		return err_set(e, "«%s» var et tilbud, ikke en polise, %.10s: et tilbud dekker ingen skade.", policy, ts);
	if (store_round_list(db, a, t->id, &rounds, &nr, e) < 0 || store_finding_list(db, a, t->id, &fs, &nf, e) < 0)
		return -1;
	struct dossier_condition_input *in = arena_alloc(a, (p->n_conditions + 1) * sizeof(*in));
	if (!in)
		return err_set(e, "Tom for minne.");
	for (size_t i = 0; i < p->n_conditions; i++) {
		const struct prep_condition *c = &p->conditions[i];
		in[i] = (struct dossier_condition_input){ .cond = c };
		if (!c->measure)
			continue;
		struct answer *all = NULL;
		size_t n_all = 0;
		for (size_t r = 0; r < nr; r++) {
			struct answer *v;
			size_t nv;
			if (store_answer_history(db, a, t->id, rounds[r].id, c->measure, &v, &nv, e) < 0)
				return -1;
			struct answer *grown = arena_alloc(a, (n_all + nv + 1) * sizeof(*grown));
			if (!grown)
				return err_set(e, "Tom for minne.");
			if (n_all)
				memcpy(grown, all, n_all * sizeof(*grown));
			if (nv)
				memcpy(grown + n_all, v, nv * sizeof(*grown));
			all = grown;
			n_all += nv;
		}
		in[i].versions = all;
		in[i].n_versions = n_all;
		struct attach_target target = { .kind = ATT_MEASURE, .ref = c->measure };
		struct attachment *xs;
		if (store_attach_list(db, a, t->id, &target, &xs, &in[i].n_files, e) < 0)
			return -1;
		in[i].files = xs;
	}
	if (date_timestamp_parse(ts, &epoch) < 0)
		return err_set(e, "Ugyldig tidspunkt.");
	/* the day in Oslo of the time asked for (findings carry days) */
	int32_t day;
	char local[DATE_LOCAL_TEXT], d10[DATE_TEXT];
	date_local_format(ts, local);
	snprintf(d10, sizeof(d10), "%.10s", local);
	if (date_parse(d10, &day) < 0)
		return err_set(e, "Ugyldig tidspunkt.");
	if (store_audit_head_at(db, ts, &out->audit_seq, out->audit_hash, &found, e) < 0)
		return -1;
	return dossier_build(a, p, ts, day, in, p->n_conditions, fs, nf, &out->d, e);
}
