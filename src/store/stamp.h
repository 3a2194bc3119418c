/* stamp.h: who makes a change, and when. Passed into every store call that writes, so
 * the store never reads the clock and tests can pin time. */
#ifndef BEREDT_STAMP_H
#define BEREDT_STAMP_H

#include <stdbool.h>
#include <stdint.h>

struct store_stamp {
	const char *by;     /* a person's name or e-mail */
	const char *at;     /* UTC timestamp, "YYYY-MM-DDTHH:MM:SSZ" */
	int32_t today;      /* Europe/Oslo date */
	const char *ip;     /* the client's address for web requests, else NULL */
	bool replay;        /* a move: the history comes with it, so no audit entry is made */
};

#endif
