/* clock.h: the only place that reads the clock. The model never does; callers pass
 * 'today' and 'now' down.
 *
 * Tests pin time with BEREDT_TODAY=YYYY-MM-DD (and optionally
 * BEREDT_NOW=YYYY-MM-DDTHH:MM:SSZ). Dates are in Europe/Oslo: main() sets TZ once.
 */
#ifndef BEREDT_CLOCK_H
#define BEREDT_CLOCK_H

#include <stdint.h>

#include "util/date.h"
#include "util/err.h"

/* Today's date in Europe/Oslo, or BEREDT_TODAY. -1 with a message if the pin is bad. */
int clock_today(int32_t *days, struct err *e);

/* The current time as UTC "YYYY-MM-DDTHH:MM:SSZ", or BEREDT_NOW, or noon UTC of
 * BEREDT_TODAY when only the date is pinned. */
int clock_now(char out[TIMESTAMP_TEXT], struct err *e);

/* The real current time as UTC text, ignoring BEREDT_NOW (the web server: sessions and
 * one-time codes must follow the real clock). */
int clock_now_real(char out[TIMESTAMP_TEXT], struct err *e);

#endif
