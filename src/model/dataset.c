/* dataset.c: see dataset.h. */
#include "model/dataset.h"

#include <string.h>

#include "util/date.h"
#include "util/valid.h"

/* 'later_open': a later round of the same catalog is open too. */
static int check_round(const struct dataset_round *dr, size_t i, bool later_open, struct err *e)
{
	const struct round *r = &dr->round;
	if (r->no != (int)i + 1)
		return err_set(e, "Rundene må være nummerert 1, 2, 3 … uten hull (fant %d på plass %zu).",
			       r->no, i + 1);
	if (valid_id("catalog", r->catalog_id, e) < 0 ||
	    valid_text("title", r->title, VALID_NAME_MAX, false, true, e) < 0)
		return err_prefix(e, "Runde %d", r->no);
	if (r->started == DATE_NONE)
		return err_set(e, "Runde %d mangler startdato.", r->no);
	if (!date_is_timestamp(r->created_at) || !r->created_by || !*r->created_by)
		return err_set(e, "Runde %d mangler created_at/created_by.", r->no);
	if (!round_is_closed(r) && later_open)
		return err_set(e, "Runde %d er åpen, men bare den siste runden av en katalog kan være åpen.", r->no);
	if (round_is_closed(r) && (!date_is_timestamp(r->closed_at) || !r->closed_by))
		return err_set(e, "Runde %d har ugyldig closed_at/closed_by.", r->no);
	if (r->approved_at && (!round_is_closed(r) || !date_is_timestamp(r->approved_at) ||
			       !r->approved_by))
		return err_set(e, "Runde %d har ugyldig approved_at/approved_by.", r->no);
	for (size_t k = 0; k < dr->n_versions; k++) {
		const struct answer *x = &dr->versions[k];
		const struct answer *p = k ? &dr->versions[k - 1] : NULL;
		bool same_measure = p && strcmp(p->measure_id, x->measure_id) == 0;
		int want = same_measure ? p->version + 1 : 1;
		if (valid_id("measure", x->measure_id, e) < 0)
			return err_prefix(e, "Runde %d", r->no);
		if (p && !same_measure && strcmp(p->measure_id, x->measure_id) > 0)
			return err_set(e, "Runde %d: svarene må være sortert etter tiltak.", r->no);
		if (x->version != want)
			return err_set(e, "Runde %d, tiltak %s: versjon %d kommer der %d var ventet.",
				       r->no, x->measure_id, x->version, want);
		if (!date_is_timestamp(x->changed_at) || !x->changed_by || !*x->changed_by)
			return err_set(e, "Runde %d, tiltak %s, versjon %d: changed_at/changed_by mangler.",
				       r->no, x->measure_id, x->version);
		if (valid_text("evidence", x->evidence, VALID_TEXT_MAX, true, false, e) < 0 ||
		    valid_text("owner", x->owner, VALID_NAME_MAX, false, false, e) < 0 ||
		    valid_text("plan", x->plan, VALID_TEXT_MAX, true, false, e) < 0)
			return err_prefix(e, "Runde %d, tiltak %s", r->no, x->measure_id);
	}
	return 0;
}

static int check_action(const struct dataset_action *da, size_t i, struct err *e)
{
	if (!da->n_versions)
		return err_set(e, "Tiltak nr. %zu har ingen versjoner.", i + 1);
	for (size_t k = 0; k < da->n_versions; k++) {
		const struct action *x = &da->versions[k];
		if (x->no != (int)i + 1)
			return err_set(e, "Oppgavene må være nummerert 1, 2, 3 … uten hull (fant T-%d på "
				       "plass %zu).", x->no, i + 1);
		if (x->version != (int)k + 1)
			return err_set(e, "T-%d: versjon %d kommer der %zu var ventet.", x->no, x->version,
				       k + 1);
		if (strcmp(x->origin, ACTION_ORIGIN_ANSWER) != 0 &&
		    strcmp(x->origin, ACTION_ORIGIN_MANUAL) != 0)
			return err_set(e, "T-%d: ukjent opprinnelse «%s» (svar eller manuell).", x->no,
				       x->origin);
		if (strcmp(x->origin, ACTION_ORIGIN_ANSWER) == 0 && (!x->measure_id || !x->catalog_id))
			return err_set(e, "T-%d kommer fra et svar, men mangler katalog og tiltak.", x->no);
		if (!date_is_timestamp(x->changed_at) || !date_is_timestamp(x->created_at) ||
		    !x->changed_by || !*x->changed_by)
			return err_set(e, "T-%d, versjon %d: tidsstempler eller changed_by mangler.", x->no,
				       x->version);
		if (action_check(x, e) < 0)
			return err_prefix(e, "T-%d, versjon %d", x->no, x->version);
	}
	return 0;
}

int dataset_check(const struct dataset *d, struct err *e)
{
	if (tenant_check(&d->tenant, e) < 0)
		return -1;
	for (size_t i = 0; i < d->n_rounds; i++) {
		/* one open round per catalog: KS's measures and NSM's principles side by side */
		bool later = false;
		for (size_t k = i + 1; k < d->n_rounds && !later; k++)
			later = strcmp(d->rounds[k].round.catalog_id, d->rounds[i].round.catalog_id) == 0;
		if (check_round(&d->rounds[i], i, later, e) < 0)
			return -1;
	}
	for (size_t i = 0; i < d->n_actions; i++)
		if (check_action(&d->actions[i], i, e) < 0)
			return -1;
	return 0;
}
