/* date.h: calendar dates as day numbers, and ISO 8601 text. Pure: no clock here.
 *
 * A date is an int32_t counting days since 1970-01-01 (negative before). Only the
 * proleptic Gregorian calendar, years 1900..2999, which is all this product needs.
 */
#ifndef BEREDT_DATE_H
#define BEREDT_DATE_H

#include <stdbool.h>
#include <stdint.h>

#define DATE_TEXT 11        /* "YYYY-MM-DD" + NUL */
#define TIMESTAMP_TEXT 21   /* "YYYY-MM-DDTHH:MM:SSZ" + NUL */

/* Parse exactly "YYYY-MM-DD" naming a real day; 0 or -1. */
int date_parse(const char *s, int32_t *days);

/* The same, or a day as Norwegian spreadsheets write it: "D.M.ÅÅÅÅ" (28.11.2026, 1.3.2027). */
int date_parse_nb(const char *s, int32_t *days);

/* Days from a year, month (1-12) and day (1-31); no validation. */
int32_t date_from_ymd(int y, int m, int d);
void date_to_ymd(int32_t days, int *y, int *m, int *d);

/* Write "YYYY-MM-DD" into out (DATE_TEXT bytes). */
void date_format(int32_t days, char out[DATE_TEXT]);

struct arena;
/* A date as "YYYY-MM-DD" in the arena, or 'none' for DATE_NONE (and when the arena is
 * exhausted). For pages, reports and the command line. */
const char *date_text(struct arena *a, int32_t d, const char *none);

/* A timestamp as seconds since the epoch (UTC), and back. -1 when s is not one. */
int date_timestamp_parse(const char *s, int64_t *epoch);
void date_timestamp_format(int64_t epoch, char out[TIMESTAMP_TEXT]);

/* True for exactly "YYYY-MM-DDTHH:MM:SSZ" with valid fields. */
bool date_is_timestamp(const char *s);

/* A timestamp as people in Norway read it: "2026-12-01 23:59 (UTC+01:00)", in the process's
 * time zone (Europe/Oslo, set once in main). "" for text that is not a timestamp. */
#define DATE_LOCAL_TEXT 32
void date_local_format(const char *timestamp, char out[DATE_LOCAL_TEXT]);

/* A time as a person gives it: a UTC timestamp ("…Z"), or Oslo time "YYYY-MM-DD HH:MM" (a
 * 'T' between, as a browser's datetime-local sends, and seconds are allowed). -1 when it
 * is neither, or names a minute that does not exist on the local clock. */
int date_local_parse(const char *s, int64_t *epoch);

/* The two above with the text in the arena: the time as people read it (the timestamp
 * itself when the arena is exhausted), and a given time as a UTC timestamp (NULL when it
 * is not a time). For pages and the command line alike. */
const char *date_local_text(struct arena *a, const char *timestamp);
const char *date_local_timestamp(struct arena *a, const char *given);

#endif
