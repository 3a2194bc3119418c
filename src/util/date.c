/* date.c: see date.h. The day-number conversion is Howard Hinnant's civil-from-days
 * algorithm; written out here because no library in our list offers it without a
 * clock or a process-wide time zone. */
#include "util/date.h"

#include "util/arena.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

int32_t date_from_ymd(int y, int m, int d)
{
	y -= m <= 2;
	int era = (y >= 0 ? y : y - 399) / 400;
	int yoe = y - era * 400;
	int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return (int32_t)(era * 146097 + doe - 719468);
}

void date_to_ymd(int32_t days, int *y, int *m, int *d)
{
	int32_t z = days + 719468;
	int32_t era = (z >= 0 ? z : z - 146096) / 146097;
	int32_t doe = z - era * 146097;
	int32_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int32_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int32_t mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

static int digits(const char *s, int n)
{
	int v = 0;
	for (int i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

static bool leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int month_days(int y, int m)
{
	static const int n[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	return m == 2 && leap(y) ? 29 : n[m - 1];
}

int date_parse_nb(const char *s, int32_t *days)
{
	if (date_parse(s, days) == 0)
		return 0;
	/* one or two digits of day and month, four of the year */
	size_t dl = s ? strspn(s, "0123456789") : 0;
	if (dl < 1 || dl > 2 || s[dl] != '.')
		return -1;
	const char *m = s + dl + 1;
	size_t ml = strspn(m, "0123456789");
	if (ml < 1 || ml > 2 || m[ml] != '.')
		return -1;
	const char *y = m + ml + 1;
	if (strlen(y) != 4 || strspn(y, "0123456789") != 4)
		return -1;
	int yy = digits(y, 4), mm = digits(m, (int)ml), dd = digits(s, (int)dl);
	if (yy < 1900 || yy > 2999 || mm < 1 || mm > 12 || dd < 1 || dd > month_days(yy, mm))
		return -1;
	*days = date_from_ymd(yy, mm, dd);
	return 0;
}

int date_parse(const char *s, int32_t *days)
{
	if (!s || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return -1;
	int y = digits(s, 4), m = digits(s + 5, 2), d = digits(s + 8, 2);
	if (y < 1900 || y > 2999 || m < 1 || m > 12 || d < 1 || d > month_days(y, m))
		return -1;
	*days = date_from_ymd(y, m, d);
	return 0;
}

void date_format(int32_t days, char out[DATE_TEXT])
{
	int y, m, d;
	date_to_ymd(days, &y, &m, &d);
	snprintf(out, DATE_TEXT, "%04u-%02u-%02u", (unsigned)y % 10000u, (unsigned)m % 100u,
		 (unsigned)d % 100u);
}

bool date_is_timestamp(const char *s)
{
	int32_t days;
	char day[DATE_TEXT];

	if (!s || strlen(s) != 20 || s[10] != 'T' || s[13] != ':' || s[16] != ':' || s[19] != 'Z')
		return false;
	memcpy(day, s, 10);
	day[10] = '\0';
	if (date_parse(day, &days) < 0)
		return false;
	int hh = digits(s + 11, 2), mm = digits(s + 14, 2), ss = digits(s + 17, 2);
	return hh >= 0 && hh < 24 && mm >= 0 && mm < 60 && ss >= 0 && ss < 61;
}

int date_timestamp_parse(const char *s, int64_t *epoch)
{
	int32_t days;
	char day[DATE_TEXT];
	if (!date_is_timestamp(s))
		return -1;
	memcpy(day, s, 10);
	day[10] = '\0';
	date_parse(day, &days);
	*epoch = (int64_t)days * 86400 + digits(s + 11, 2) * 3600 + digits(s + 14, 2) * 60 +
		 digits(s + 17, 2);
	return 0;
}

void date_timestamp_format(int64_t epoch, char out[TIMESTAMP_TEXT])
{
	int64_t days = epoch >= 0 ? epoch / 86400 : -((-epoch + 86399) / 86400);
	int64_t secs = epoch - days * 86400;
	char day[DATE_TEXT];
	date_format((int32_t)days, day);
	snprintf(out, TIMESTAMP_TEXT, "%sT%02u:%02u:%02uZ", day, (unsigned)(secs / 3600) % 24u,
		 (unsigned)(secs / 60 % 60), (unsigned)(secs % 60));
}

const char *date_text(struct arena *a, int32_t d, const char *none)
{
	char t[DATE_TEXT];
	if (d == INT32_MIN)          /* DATE_NONE (model/assess.h), which util/ cannot include */
		return none;
	date_format(d, t);
	const char *s = arena_strdup(a, t);
	return s ? s : none;
}

void date_local_format(const char *timestamp, char out[DATE_LOCAL_TEXT])
{
	int64_t epoch;
	struct tm tm;
	out[0] = '\0';
	if (!timestamp || date_timestamp_parse(timestamp, &epoch) < 0)
		return;
	time_t t = (time_t)epoch;
	if (!localtime_r(&t, &tm))
		return;
	char when[20];
	int off = (int)(tm.tm_gmtoff / 60);
	if (!strftime(when, sizeof(when), "%Y-%m-%d %H:%M", &tm))
		return;
	snprintf(out, DATE_LOCAL_TEXT, "%.16s (UTC%c%02d:%02d)", when, off < 0 ? '-' : '+', abs(off) / 60 % 100,
		 abs(off) % 60);
}

int date_local_parse(const char *s, int64_t *epoch)
{
	int y, mo, d, h, mi, sec = 0, n = 0, m = 0;
	if (!s)
		return -1;
	if (date_timestamp_parse(s, epoch) == 0)
		return 0;
	if (sscanf(s, "%4d-%2d-%2d%*1[T ]%2d:%2d%n", &y, &mo, &d, &h, &mi, &n) != 5 || n < 16)
		return -1;
	const char *p = s + n;
	if (*p == ':') {
		if (sscanf(p, ":%2d%n", &sec, &m) != 1 || m != 3)
			return -1;
		p += m;
	}
	if (*p)
		return -1;
	struct tm tm = { .tm_year = y - 1900, .tm_mon = mo - 1, .tm_mday = d, .tm_hour = h, .tm_min = mi, .tm_sec = sec,
			 .tm_isdst = -1 };
	int yy, mm, dd;
	if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 59)
		return -1;
	date_to_ymd(date_from_ymd(y, mo, d), &yy, &mm, &dd);
	if (yy != y || mm != mo || dd != d)
		return -1;        /* 30 February */
	time_t t = mktime(&tm);
	if (t == (time_t)-1 || tm.tm_hour != h || tm.tm_min != mi)
		return -1;        /* the hour skipped when clocks go forward */
	*epoch = (int64_t)t;
	return 0;
}

const char *date_local_text(struct arena *a, const char *timestamp)
{
	char *out = arena_alloc(a, DATE_LOCAL_TEXT);
	if (!out)
		return timestamp;
	date_local_format(timestamp, out);
	return out;
}

const char *date_local_timestamp(struct arena *a, const char *given)
{
	int64_t epoch;
	char *out = arena_alloc(a, TIMESTAMP_TEXT);
	if (!out || date_local_parse(given, &epoch) < 0)
		return NULL;
	date_timestamp_format(epoch, out);
	return out;
}
