/* clock.h: the only place that reads the clock. The model never does; callers pass
 * 'today' and 'now' down. One struct clock is read from the environment once (in main)
 * and handed to everything that needs the time: the CLI, the server's requests and its
 * worker, so that a pinned clock pins every one of them or none.
 *
 * Pins, for tests (dates are Europe/Oslo: main() sets TZ once):
 *   BEREDT_NOW=YYYY-MM-DDTHH:MM:SSZ          the clock stands still at that instant
 *   BEREDT_NOW=YYYY-MM-DDTHH:MM:SSZ@EPOCH    it showed that instant at real time EPOCH
 *                                            (seconds) and runs on from there: give the
 *                                            same value to every process of a test
 *   BEREDT_TODAY=YYYY-MM-DD                  noon UTC of that day, standing still; with
 *                                            BEREDT_NOW it must name the same day
 */
#ifndef BEREDT_CLOCK_H
#define BEREDT_CLOCK_H

#include <stdbool.h>
#include <stdint.h>

#include "util/date.h"
#include "util/err.h"

struct clock {
	bool pinned;
	bool running;          /* pinned, and moving on with real time from 'anchor' */
	int64_t pin;           /* epoch seconds the pinned clock shows at 'anchor' */
	int64_t anchor;        /* real epoch seconds */
};

/* The clock from a pin (BEREDT_NOW, BEREDT_TODAY as the settings read them; the real one
 * when neither is given); -1 with a message for a malformed or contradictory pin. */
int clock_init(struct clock *c, const char *now, const char *today, struct err *e);

/* Parse one BEREDT_NOW value ("TS" or "TS@EPOCH") into c; -1 if it is not one. */
int clock_parse_pin(const char *s, struct clock *c);

/* Seconds since 1970 by this clock. */
int64_t clock_epoch(const struct clock *c);

/* The time by this clock: UTC text, the day in Europe/Oslo, and epoch seconds (each
 * output may be NULL). All three are of one instant. */
void clock_read(const struct clock *c, char now[TIMESTAMP_TEXT], int32_t *today, int64_t *epoch);

#endif
