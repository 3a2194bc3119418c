/* evidence.h: what the registers say about measures 1b and 3a–3d, as counts, and the
 * answer they suggest. The person answering still decides; the page shows both. Support
 * status, known exploited vulnerabilities and risky ports come from the open findings
 * (the checks have already matched them against the catalogs and scans). Pure. */
#ifndef BEREDT_EVIDENCE_H
#define BEREDT_EVIDENCE_H

#include "model/assess.h"
#include "model/finding.h"

enum evidence_measure { EV_1B = 0, EV_3A, EV_3B, EV_3C, EV_3D, EV_COUNT };

struct evidence {
	const char *measure;          /* "1b", "3a", ... */
	enum status suggest;          /* STATUS_UKJENT when the registers say too little */
	int n[6];                     /* the counts; their meaning per measure is below */
};

/* n[] per measure:
 *   1b: exposed systems, of them penetration-tested within the interval, scanned within
 *       it, open findings from known exploited vulnerabilities, from risky ports
 *   3a: exposed systems, of them with two-factor, with password only, not described
 *   3b: critical systems holding data, of them with a protected backup, with a recent
 *       successful restore test, restore slower than the RTO, not described
 *   3c: systems, unsupported, support ending within six months
 *   3d: exposed or critical systems, of them monitored, followed up around the clock,
 *       open findings, open and overdue, median days to acknowledge (-1: none) */
void check_evidence(const struct check_input *in, const struct finding *f, size_t n_findings,
		    struct evidence out[EV_COUNT]);

/* The measure's index, or -1 when the registers say nothing about it. */
int evidence_index(const char *measure);

#endif
