/* clock.c: see clock.h. */
#include "util/clock.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

int clock_today(int32_t *days, struct err *e)
{
	const char *pin = getenv("BEREDT_TODAY");
	if (pin && *pin) {
		if (date_parse(pin, days) < 0)
			return err_set(e, "BEREDT_TODAY=«%s» er ikke en gyldig dato (ÅÅÅÅ-MM-DD).", pin);
		return 0;
	}
	time_t t = time(NULL);
	struct tm tm;
	if (!localtime_r(&t, &tm))
		return err_set(e, "Klarte ikke å lese klokka.");
	*days = date_from_ymd(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
	return 0;
}

int clock_now(char out[TIMESTAMP_TEXT], struct err *e)
{
	const char *pin = getenv("BEREDT_NOW");
	if (pin && *pin) {
		if (!date_is_timestamp(pin))
			return err_set(e, "BEREDT_NOW=«%s» er ikke et gyldig tidspunkt (ÅÅÅÅ-MM-DDTTT:MM:SSZ).", pin);
		memcpy(out, pin, TIMESTAMP_TEXT);
		return 0;
	}
	pin = getenv("BEREDT_TODAY");
	if (pin && *pin) {
		int32_t d;
		if (clock_today(&d, e) < 0)
			return -1;
		char day[DATE_TEXT];
		date_format(d, day);
		snprintf(out, TIMESTAMP_TEXT, "%sT12:00:00Z", day);
		return 0;
	}
	time_t t = time(NULL);
	struct tm tm;
	if (!gmtime_r(&t, &tm) || !strftime(out, TIMESTAMP_TEXT, "%Y-%m-%dT%H:%M:%SZ", &tm))
		return err_set(e, "Klarte ikke å lese klokka.");
	return 0;
}

int clock_now_real(char out[TIMESTAMP_TEXT], struct err *e)
{
	time_t t = time(NULL);
	struct tm tm;
	if (!gmtime_r(&t, &tm) || !strftime(out, TIMESTAMP_TEXT, "%Y-%m-%dT%H:%M:%SZ", &tm))
		return err_set(e, "Klarte ikke å lese klokka.");
	return 0;
}
