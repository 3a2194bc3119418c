/* evidence.c: see evidence.h. */
#include "model/evidence.h"

#include <string.h>

#include "model/ros.h"

static const char *const ids[EV_COUNT] = { "1a", "1b", "2a", "2b", "2c", "3a", "3b", "3c", "3d",
					     "4a", "4b", "4c", "4d", "5a", "5b" };

int evidence_index(const char *measure)
{
	for (int i = 0; i < EV_COUNT; i++)
		if (measure && strcmp(measure, ids[i]) == 0)
			return i;
	return -1;
}

/* all of them: yes; none: no; some: partly; nothing to judge: unknown */
static enum status share(int good, int of)
{
	if (of == 0)
		return STATUS_UKJENT;
	return good == of ? STATUS_JA : good == 0 ? STATUS_NEI : STATUS_DELVIS;
}

static bool holds_data(const struct check_system *s)
{
	return !s->kind || (strcmp(s->kind, "nettverk") != 0 && strcmp(s->kind, "sluttbruker") != 0);
}

static bool recent(int32_t d, int32_t today, int days)
{
	return d != DATE_NONE && today - d <= days;
}

/* The measures the other registers speak to. */
static void more_evidence(const struct check_input *in, const struct check_settings *set,
			  const struct evidence_more *m, struct evidence out[EV_COUNT])
{
	int *n;
	n = out[EV_1A].n;
	n[3] = m->areas_1a;
	n[4] = m->covered_1a;
	n = out[EV_2A].n;
	n[0] = m->services;
	n[1] = m->services_rated;
	out[EV_2A].suggest = share(n[1], n[0]);
	n = out[EV_2B].n;
	n[0] = m->critical;
	n[1] = m->critical_mapped;
	out[EV_2B].suggest = share(n[1], n[0]);
	n = out[EV_2C].n;
	n[0] = m->critical_mapped;
	n[1] = m->critical_gaps;
	n[2] = m->events;
	n[3] = m->events_assessed;
	/* every critical path recoverable in time, and the events judged */
	out[EV_2C].suggest = share(n[0] - n[1], n[0]);
	if (out[EV_2C].suggest == STATUS_JA && (n[2] == 0 || n[3] < n[2]))
		out[EV_2C].suggest = STATUS_DELVIS;
	n = out[EV_4A].n;
	n[0] = m->has_plan;
	n[1] = m->plan_due == DATE_NONE ? EV_NEVER_REVIEWED : (int)(m->plan_due - in->today);
	out[EV_4A].suggest = !m->has_plan ? STATUS_NEI : n[1] < 0 ? STATUS_DELVIS : STATUS_JA;
	n = out[EV_4B].n;
	n[0] = m->contacts;
	n[1] = m->contacts_fresh;
	n[2] = set->contact_days;
	out[EV_4B].suggest = m->contacts == 0 ? STATUS_NEI : share(n[1], n[0]);
	n = out[EV_4C].n;
	n[0] = m->areas_4c;
	n[1] = m->covered_4c;
	out[EV_4C].suggest = share(n[1], n[0]);
	n = out[EV_4D].n;
	n[0] = m->last_exercise == DATE_NONE ? -1 : (int)(in->today - m->last_exercise);
	n[1] = set->exercise_days;
	n[2] = m->exercises_planned;
	out[EV_4D].suggest = n[0] < 0 ? STATUS_NEI : n[0] <= n[1] ? STATUS_JA : STATUS_DELVIS;
	n = out[EV_5A].n;
	n[0] = m->policies;
	n[1] = m->offers;
	/* no policy in the register says nothing of one kept elsewhere; an offer is not cover */
	out[EV_5A].suggest = m->policies ? STATUS_JA : m->offers ? STATUS_DELVIS : STATUS_UKJENT;
	n = out[EV_5B].n;
	n[0] = m->areas_5b;
	n[1] = m->covered_5b;
	out[EV_5B].suggest = share(n[1], n[0]);
}

void evidence_from_checks(const struct check_input *in, const struct evidence_more *more, const struct finding *f,
		    size_t n_findings, struct evidence out[EV_COUNT])
{
	struct check_settings defaults;
	const struct check_settings *set = in->settings;
	if (!set) {
		check_settings_default(&defaults);
		set = &defaults;
	}
	memset(out, 0, EV_COUNT * sizeof(*out));
	for (int i = 0; i < EV_COUNT; i++)
		out[i].measure = ids[i];
	for (size_t i = 0; i < in->n_systems; i++) {
		const struct check_system *s = &in->systems[i];
		const struct posture *p = s->posture;
		bool critical = s->weight >= set->critical_level;
		out[EV_3C].n[0]++;
		if (s->internet_exposed || critical) {
			out[EV_1A].n[0]++;
			if (p && p->last_audit != DATE_NONE)
				out[EV_1A].n[1] += recent(p->last_audit, in->today, set->pentest_days);
			else
				out[EV_1A].n[2]++;
		}
		if (s->internet_exposed) {
			out[EV_1B].n[0]++;
			out[EV_3A].n[0]++;
			if (p) {
				out[EV_1B].n[1] += recent(p->last_pentest, in->today, set->pentest_days);
				out[EV_1B].n[2] += recent(p->last_scan, in->today, set->pentest_days);
				out[EV_3A].n[1] += posture_two_factor(p);
				out[EV_3A].n[2] += p->auth == AUTH_PASSORD;
			} else {
				out[EV_3A].n[3]++;
			}
		}
		if (critical && holds_data(s)) {
			out[EV_3B].n[0]++;
			if (p) {
				out[EV_3B].n[1] += posture_backup_protected(p);
				out[EV_3B].n[2] += recent(p->restore_tested, in->today, set->restore_days) &&
						   p->restore_result == RESTORE_OK;
				out[EV_3B].n[3] += p->restore_hours != ROS_UNKNOWN && s->rto_hours != ROS_UNKNOWN &&
						   p->restore_hours > s->rto_hours;
			} else {
				out[EV_3B].n[4]++;
			}
		}
		if (s->internet_exposed || critical) {
			out[EV_3D].n[0]++;
			if (p) {
				out[EV_3D].n[1] += posture_monitored(p);
				out[EV_3D].n[2] += posture_monitored(p) && p->watch == WATCH_DOGNET;
			}
		}
	}
	for (size_t i = 0; i < n_findings; i++) {
		if (!finding_open(f[i].status))
			continue;
		out[EV_1B].n[3] += strcmp(f[i].rule, "kjent-utnyttet") == 0;
		out[EV_1B].n[4] += strcmp(f[i].rule, "risikabel-port") == 0;
		out[EV_3C].n[1] += strcmp(f[i].rule, "ustottet-produkt") == 0;
		out[EV_3C].n[2] += strcmp(f[i].rule, "stotte-slutter") == 0;
		out[EV_3D].n[3]++;
		out[EV_3D].n[4] += f[i].due != DATE_NONE && f[i].due < in->today;
	}
	int ack[64], k = 0;   /* the median from at most the 64 latest acknowledgements is enough here */
	for (size_t i = n_findings; i-- > 0 && k < 64;)
		if (f[i].acknowledged_on != DATE_NONE && f[i].first_seen != DATE_NONE)
			ack[k++] = (int)(f[i].acknowledged_on - f[i].first_seen);
	for (int i = 1; i < k; i++)          /* insertion sort: k is small */
		for (int j = i; j > 0 && ack[j - 1] > ack[j]; j--) {
			int t = ack[j];
			ack[j] = ack[j - 1];
			ack[j - 1] = t;
		}
	out[EV_3D].n[5] = k ? ack[k / 2] : -1;

	/* exposed systems tested from outside, and nothing known exploited left open */
	out[EV_1B].suggest = share(out[EV_1B].n[1], out[EV_1B].n[0]);
	if (out[EV_1B].suggest == STATUS_JA && out[EV_1B].n[3] + out[EV_1B].n[4] > 0)
		out[EV_1B].suggest = STATUS_DELVIS;
	out[EV_3A].suggest = share(out[EV_3A].n[1], out[EV_3A].n[0]);
	/* protected and tested, both */
	int both = out[EV_3B].n[1] < out[EV_3B].n[2] ? out[EV_3B].n[1] : out[EV_3B].n[2];
	out[EV_3B].suggest = share(both, out[EV_3B].n[0]);
	if (out[EV_3B].suggest == STATUS_NEI && out[EV_3B].n[1] + out[EV_3B].n[2] > 0)
		out[EV_3B].suggest = STATUS_DELVIS;
	if (out[EV_3B].suggest == STATUS_JA && out[EV_3B].n[3] > 0)
		out[EV_3B].suggest = STATUS_DELVIS;
	out[EV_3C].suggest = out[EV_3C].n[0] == 0 ? STATUS_UKJENT : out[EV_3C].n[1] == 0 ? STATUS_JA : STATUS_DELVIS;
	out[EV_3D].suggest = share(out[EV_3D].n[1], out[EV_3D].n[0]);
	if (out[EV_3D].suggest == STATUS_JA && out[EV_3D].n[4] > 0)
		out[EV_3D].suggest = STATUS_DELVIS;
	/* audited within the interval, and someone able to audit */
	out[EV_1A].suggest = share(out[EV_1A].n[1], out[EV_1A].n[0]);
	if (more) {
		more_evidence(in, set, more, out);
		if (out[EV_1A].suggest == STATUS_JA && more->covered_1a == 0)
			out[EV_1A].suggest = STATUS_DELVIS;
	} else {
		for (int i = EV_2A; i <= EV_2C; i++)
			out[i].suggest = STATUS_UKJENT;
		for (int i = EV_4A; i < EV_COUNT; i++)
			out[i].suggest = STATUS_UKJENT;
	}
}
