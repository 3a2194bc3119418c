/* model/dossier.h: the insurance dossier for a claim: of a policy's security conditions,
 * which were met at a given time, since when, and with which evidence, from the history
 * (answers are versioned, findings carry their dates, files their adding and removal, the
 * policy its versions), so the state on the day of the incident is shown as it was, not as
 * it is. Pure: the time is a parameter, and everything is read by the caller.
 *
 * A condition names a KS measure (met while it was answered "ja"), a check rule (met while
 * no finding of it was open), both, or neither (then nobody can tell: not met). */
#ifndef BEREDT_MODEL_DOSSIER_H
#define BEREDT_MODEL_DOSSIER_H

#include "model/assess.h"
#include "model/attachment.h"
#include "model/finding.h"
#include "model/prep.h"

/* What the caller read for one condition. */
struct dossier_condition_input {
	const struct prep_condition *cond;
	const struct answer *versions;     /* every version of the measure's answer, any round, any order */
	size_t n_versions;
	const struct attachment *files;    /* every file on the measure, live and past */
	size_t n_files;
};

struct dossier_condition {
	const struct prep_condition *cond;
	bool met;
	bool judged;                        /* false: it names neither a measure nor a rule */
	const struct answer *answer;        /* the measure's answer at the time, or NULL */
	const char *since;                  /* met: the time from which it has been, or NULL */
	const struct finding **open;        /* the rule's findings open at the time */
	size_t n_open;
	const struct attachment **files;    /* the measure's files that stood at the time */
	size_t n_files;
};

struct dossier {
	const struct prep_insurance *policy;
	const char *at;                     /* UTC timestamp */
	int32_t at_day;
	struct dossier_condition *conditions;
	size_t n, met;
};

/* Build the dossier of policy (as it stood at 'at') from the inputs (n of them, one per
 * condition in the policy's order) and the tenant's findings. -1 out of memory. */
int dossier_build(struct arena *a, const struct prep_insurance *policy, const char *at, int32_t at_day,
		  const struct dossier_condition_input *in, size_t n, const struct finding *findings, size_t n_findings,
		  struct dossier *out, struct err *e);

#endif
