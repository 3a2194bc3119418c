/* readiness.c: see readiness.h for the formula. */
#include "model/readiness.h"

#include <string.h>

#include "util/i18n.h"

static void add(struct readiness *r, enum status s)
{
	static const int score[STATUS_COUNT] = {
		[STATUS_UKJENT] = 0, [STATUS_JA] = 2, [STATUS_DELVIS] = 1, [STATUS_NEI] = 0,
	};
	r->count[s]++;
	if (s == STATUS_IKKE_RELEVANT)
		return;
	r->points += score[s];
	r->max += 2;
}

static void finish(struct readiness *r)
{
	/* round(100 * p / m) with halves up, in integers: (200p + m) / 2m */
	r->percent = r->max ? (200 * r->points + r->max) / (2 * r->max) : -1;
}

void readiness_compute(const struct catalog *c, const struct answer *answers, size_t n_answers,
		       struct readiness *per_group, struct readiness *overall)
{
	memset(per_group, 0, c->n_groups * sizeof(*per_group));
	memset(overall, 0, sizeof(*overall));
	for (size_t i = 0; i < c->n_items; i++) {
		const struct catalog_item *it = &c->items[i];
		const struct answer *a = answer_find(answers, n_answers, it->id);
		enum status s = a ? a->status : STATUS_UKJENT;
		long g = catalog_group_index(c, it->group_id);
		if (g >= 0)
			add(&per_group[g], s);
		add(overall, s);
	}
	for (size_t g = 0; g < c->n_groups; g++)
		finish(&per_group[g]);
	finish(overall);
}

enum readiness_level readiness_level(int percent)
{
	if (percent < 0)
		return READINESS_UNDEFINED;
	if (percent < 40)
		return READINESS_CRITICAL;
	if (percent < 70)
		return READINESS_WEAK;
	if (percent < 90)
		return READINESS_GOOD;
	return READINESS_STRONG;
}

const char *readiness_level_name(enum readiness_level level)
{
	switch (level) {
	case READINESS_CRITICAL: return N_("Kritisk");
	case READINESS_WEAK: return N_("Mangelfull");
	case READINESS_GOOD: return N_("God");
	case READINESS_STRONG: return N_("Sterk");
	case READINESS_UNDEFINED: break;
	}
	return N_("Ikke vurdert");
}

const char *readiness_level_text(enum readiness_level level)
{
	switch (level) {
	case READINESS_CRITICAL:
		return N_("De fleste tiltakene er ikke på plass. Et angrep her vil sannsynligvis "
			  "ramme tjenestene hardt; området trenger ledelsens oppmerksomhet nå.");
	case READINESS_WEAK:
		return N_("Flere viktige tiltak mangler eller er bare delvis på plass. Det finnes "
			  "et grunnlag, men hullene må lukkes etter en plan med ansvarlige og frister.");
	case READINESS_GOOD:
		return N_("Det meste er på plass. Det som gjenstår bør fullføres og følges opp.");
	case READINESS_STRONG:
		return N_("Tiltakene er på plass. Hold dem ved like, og test dem jevnlig.");
	case READINESS_UNDEFINED:
		break;
	}
	return N_("Ingen av tiltakene i området er vurdert som relevante.");
}
