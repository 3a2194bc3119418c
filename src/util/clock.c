/* clock.c: see clock.h. */
#include "util/clock.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

int clock_parse_pin(const char *s, struct clock *c)
{
	char ts[TIMESTAMP_TEXT];
	const char *at = strchr(s, '@');
	size_t n = at ? (size_t)(at - s) : strlen(s);
	if (n != TIMESTAMP_TEXT - 1)
		return -1;
	memcpy(ts, s, n);
	ts[n] = '\0';
	if (!date_is_timestamp(ts) || date_timestamp_parse(ts, &c->pin) < 0)
		return -1;
	c->pinned = true;
	c->running = at != NULL;
	c->anchor = 0;
	if (at) {
		char *end;
		long long v = strtoll(at + 1, &end, 10);
		if (end == at + 1 || *end || v <= 0)
			return -1;
		c->anchor = v;
	}
	return 0;
}

static int32_t oslo_day(int64_t epoch)
{
	time_t t = (time_t)epoch;
	struct tm tm;
	if (!localtime_r(&t, &tm))
		return 0;
	return date_from_ymd(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

int clock_init(struct clock *c, const char *now, const char *today, struct err *e)
{
	int32_t day = 0;
	memset(c, 0, sizeof(*c));
	if (today && *today && date_parse(today, &day) < 0)
		return err_set(e, "BEREDT_TODAY=«%s» er ikke en gyldig dato (ÅÅÅÅ-MM-DD).", today);
	if (now && *now) {
		if (clock_parse_pin(now, c) < 0)
			return err_set(e, "BEREDT_NOW=«%s» er ikke et gyldig tidspunkt "
					  "(ÅÅÅÅ-MM-DDTTT:MM:SSZ, eventuelt med @SEKUNDER).", now);
		if (day && oslo_day(clock_epoch(c)) != day)
			return err_set(e, "BEREDT_TODAY=«%s» og BEREDT_NOW=«%s» er ikke samme dag; "
					  "oppgi én av dem, eller begge med samme dag.", today, now);
		return 0;
	}
	if (day) {
		c->pinned = true;
		c->pin = (int64_t)day * 86400 + 12 * 3600;
	}
	return 0;
}

int64_t clock_epoch(const struct clock *c)
{
	if (!c->pinned)
		return (int64_t)time(NULL);
	if (!c->running)
		return c->pin;
	return c->pin + ((int64_t)time(NULL) - c->anchor);
}

void clock_read(const struct clock *c, char now[TIMESTAMP_TEXT], int32_t *today, int64_t *epoch)
{
	int64_t t = clock_epoch(c);
	if (now)
		date_timestamp_format(t, now);
	if (today)
		*today = oslo_day(t);
	if (epoch)
		*epoch = t;
}
