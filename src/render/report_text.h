/* report_text.h: the sentences of the leadership report, shared by the HTML, Markdown
 * and JSON writers so that all three say the same thing. */
#ifndef BEREDT_REPORT_TEXT_H
#define BEREDT_REPORT_TEXT_H

#include "model/report.h"
#include "util/arena.h"
#include "util/i18n.h"

/* The decision asked of the director, as a sentence in lang (in the arena). */
const char *report_decision_text(struct arena *a, enum lang lang, const struct report *r,
				 const struct decision *d);

/* A stable code for the kind of decision ("close-round", "overdue", ...). */
const char *report_decision_code(enum decision_kind k);

/* The title to show for an action: its own, or the measure's. */
const char *report_action_title(const struct report *r, enum lang lang, const struct action *x);

/* "T-12" */
const char *report_action_ref(struct arena *a, const struct action *x);

/* "+12", "−5", "±0" percentage points, or "" when there is nothing to compare. */
const char *report_change(struct arena *a, const struct readiness *now,
			  const struct readiness *prev, bool has_prev);

/* "Runde 2 (åpen)" / "lukket 2026-11-02 av Kari, godkjent ..." */
const char *report_round_state(struct arena *a, enum lang lang, const struct round *r);

/* The ROS section's sentences. */
const char *report_gap_text(struct arena *a, enum lang lang, const struct report *r,
			    const struct ros_gap *g);
const char *report_spof_text(struct arena *a, enum lang lang, const struct report *r,
			     const struct ros_spof *s);
/* "If «AD» fails: «X» is back in 48 h, 47 h past its tolerable downtime." */
const char *report_scenario_text(struct arena *a, enum lang lang, const struct report *r,
				 const struct ros_hit *h);

const char *report_risk_text(struct arena *a, enum lang lang, const struct report_risk *k);

/* "18 åpne funn: 3 kritiske, 11 høye, ...; 2 over fristen." and one urgent finding:
 * "F-11 (kritisk, frist 2026-12-05): VPN: ...". */
const char *report_findings_summary(struct arena *a, enum lang lang, const struct report *r);
const char *report_finding_text(struct arena *a, enum lang lang, const struct finding *f, int32_t today);

/* Preparedness (measures 4a–5b) in sentences; *n of at most 6 into out. */
void report_prep_text(struct arena *a, enum lang lang, const struct report_prep *p, const char *out[6], size_t *n);

/* "3a Sterk autentisering: 12 av 15 ... Registrene tilsier «Delvis»; svaret er «Ja»." */
/* One attached file as a line of the report: what it belongs to, its name, type, size, when
 * and by whom, and its SHA-256 (arena). */
const char *report_attachment_text(struct arena *a, enum lang lang, const struct attachment *x);
const char *report_evidence_text(struct arena *a, enum lang lang, const struct report *r, const struct evidence *ev);

/* The cooperation a member rests on, in sentences (arena; *n of them): the shared systems
 * and what stops with each, its open findings on them, its contacts. */
const char **report_coop_text(struct arena *a, enum lang lang, const struct report_coop *c, size_t *n);

/* "YYYY-MM-DD" or "" */
const char *report_date(struct arena *a, int32_t d);
/* A sum of money as the language writes it: "kr 1 250 000" ("NOK 1,250,000"); with the
 * budget year when year is not 0: "kr 250 000 (2027)". */
const char *report_money(struct arena *a, enum lang lang, int64_t nok, int year);

#endif
