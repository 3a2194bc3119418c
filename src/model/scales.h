/* scales.h: the risk scales of DSB's method as data a municipality can change: the
 * names and meanings of the five probability levels (A–E) and the five consequence
 * levels (1–5), and the risk level (the colour) of each cell of the 5×5 matrix. The
 * defaults are those of domain.md; consequence thresholds are not settled nationally,
 * so their meanings start empty for the municipality to fill in. Pure. */
#ifndef BEREDT_SCALES_H
#define BEREDT_SCALES_H

#include "model/ros.h"

#define ROS_LEVELS 5
#define ROS_SCALE_LABEL_MAX 60
#define ROS_SCALE_TEXT_MAX 500

enum ros_risk { ROS_RISK_OK = 0, ROS_RISK_CONSIDER = 1, ROS_RISK_ACT = 2 };

struct ros_level {
	const char *label;      /* "Svært lav"; the defaults are bokmål msgids */
	const char *text;       /* what the level means, e.g. "sjeldnere enn hvert 1000. år" */
};

struct ros_scales {
	struct ros_level prob[ROS_LEVELS];          /* A..E */
	struct ros_level cons[ROS_LEVELS];          /* 1..5 */
	unsigned char cell[ROS_LEVELS][ROS_LEVELS]; /* [probability A..E][consequence 1..5] */
};

/* The defaults (static strings). */
void ros_scales_default(struct ros_scales *s);

/* Labels present and short, texts within limits, levels 0..2, and the matrix never
 * lower for a higher probability or consequence. -1 with a message. */
int ros_scales_check(const struct ros_scales *s, struct err *e);

/* The matrix as 25 digits 0–2, row A first (consequence 1..5 in each row): how it is
 * stored. out has room for 26 bytes. */
void ros_matrix_text(const struct ros_scales *s, char out[ROS_LEVELS * ROS_LEVELS + 1]);
int ros_matrix_parse(const char *text, struct ros_scales *s, struct err *e);

/* The risk level of an event: the cell of its probability and highest consequence. */
enum ros_risk ros_event_risk(const struct ros_scales *s, const struct ros_event *v);

/* "akseptabel", "vurder tiltak", "tiltak nødvendig" (bokmål msgids). */
const char *ros_risk_label(enum ros_risk r);

#endif
