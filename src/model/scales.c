/* scales.c: see scales.h. */
#include "model/scales.h"

#include <string.h>

#include "util/valid.h"

void ros_scales_default(struct ros_scales *s)
{
	static const struct ros_level prob[ROS_LEVELS] = {
		{ N_("Svært lav"), N_("Sjeldnere enn én gang per 1000 år (under 0,1 prosent per år)") },
		{ N_("Lav"), N_("Én gang per 100–1000 år (0,1–1 prosent per år)") },
		{ N_("Middels"), N_("Én gang per 50–100 år (1–2 prosent per år)") },
		{ N_("Høy"), N_("Én gang per 10–50 år (2–10 prosent per år)") },
		{ N_("Svært høy"), N_("Oftere enn én gang per 10 år (over 10 prosent per år)") },
	};
	static const struct ros_level cons[ROS_LEVELS] = {
		{ N_("Svært små"), NULL }, { N_("Små"), NULL }, { N_("Middels"), NULL },
		{ N_("Store"), NULL }, { N_("Svært store"), NULL },
	};
	/* a common 5×5 matrix: green low left, red high right */
	static const unsigned char cell[ROS_LEVELS][ROS_LEVELS] = {
		/* A */ { 0, 0, 0, 1, 1 },
		/* B */ { 0, 0, 1, 1, 2 },
		/* C */ { 0, 1, 1, 2, 2 },
		/* D */ { 1, 1, 2, 2, 2 },
		/* E */ { 1, 2, 2, 2, 2 },
	};
	memcpy(s->prob, prob, sizeof(prob));
	memcpy(s->cons, cons, sizeof(cons));
	memcpy(s->cell, cell, sizeof(cell));
}

int ros_scales_check(const struct ros_scales *s, struct err *e)
{
	enum lang l = e->lang;
	for (int i = 0; i < ROS_LEVELS; i++) {
		const struct ros_level *lv[2] = { &s->prob[i], &s->cons[i] };
		const char *what[2] = { i18n_tr(l, "Navnet på sannsynlighetsnivået"),
					i18n_tr(l, "Navnet på konsekvensnivået") };
		for (int k = 0; k < 2; k++)
			if (valid_text(what[k], lv[k]->label, ROS_SCALE_LABEL_MAX, false, true, e) < 0 ||
			    valid_text(i18n_tr(l, "Beskrivelsen"), lv[k]->text, ROS_SCALE_TEXT_MAX, true, false, e) < 0)
				return -1;
	}
	for (int p = 0; p < ROS_LEVELS; p++)
		for (int c = 0; c < ROS_LEVELS; c++) {
			if (s->cell[p][c] > ROS_RISK_ACT)
				return err_set(e, "Risikonivået i en rute må være 0, 1 eller 2.");
			if ((p && s->cell[p][c] < s->cell[p - 1][c]) || (c && s->cell[p][c] < s->cell[p][c - 1]))
				return err_set(e, "Ruten %c%d har lavere risiko enn en rute med lavere sannsynlighet "
					       "eller konsekvens. Høyere sannsynlighet eller konsekvens kan ikke gi "
					       "lavere risiko.", 'A' + p, c + 1);
		}
	return 0;
}

void ros_matrix_text(const struct ros_scales *s, char out[ROS_LEVELS * ROS_LEVELS + 1])
{
	for (int p = 0; p < ROS_LEVELS; p++)
		for (int c = 0; c < ROS_LEVELS; c++)
			out[p * ROS_LEVELS + c] = (char)('0' + s->cell[p][c]);
	out[ROS_LEVELS * ROS_LEVELS] = '\0';
}

int ros_matrix_parse(const char *text, struct ros_scales *s, struct err *e)
{
	if (!text || strlen(text) != ROS_LEVELS * ROS_LEVELS || strspn(text, "012") != ROS_LEVELS * ROS_LEVELS)
		return err_set(e, "Risikomatrisen må være 25 sifre 0–2.");
	for (int i = 0; i < ROS_LEVELS * ROS_LEVELS; i++)
		s->cell[i / ROS_LEVELS][i % ROS_LEVELS] = (unsigned char)(text[i] - '0');
	return 0;
}

enum ros_risk ros_event_risk(const struct ros_scales *s, const struct ros_event *v)
{
	int p = v->probability - 'A', c = ros_event_consequence(v) - 1;
	if (p < 0 || p >= ROS_LEVELS || c < 0 || c >= ROS_LEVELS)
		return ROS_RISK_ACT;    /* not reachable after ros_event_check; err on the side of care */
	return (enum ros_risk)s->cell[p][c];
}

const char *ros_risk_label(enum ros_risk r)
{
	static const char *const names[] = { N_("akseptabel"), N_("vurder tiltak"), N_("tiltak nødvendig") };
	return (unsigned)r <= ROS_RISK_ACT ? names[r] : "?";
}
