/* valid.h: validators for identifiers and free text. Pure functions.
 *
 * Each returns 0 when the value is acceptable, or -1 with a message that names the
 * field, says what is wrong and what a good value looks like.
 */
#ifndef BEREDT_VALID_H
#define BEREDT_VALID_H

#include <stdbool.h>
#include <stddef.h>

#include "util/err.h"

/* Limits on what a person can type; larger input is refused, never truncated. */
#define VALID_NAME_MAX 200       /* names, titles, owners (bytes) */
#define VALID_TEXT_MAX 20000     /* Markdown evidence, plans, reasons (bytes) */
#define VALID_ID_MAX 64          /* catalog and measure ids */
#define VALID_EMAIL_MAX 254      /* an address, as SMTP allows it (RFC 5321) */

/* Four digits whose first two are a county (fylke) in force since 2024. */
int valid_kommunenr(const char *s, struct err *e);

/* Nine digits whose last is the modulus-11 check digit (weights 3 2 7 6 5 4 3 2). */
int valid_orgnr(const char *s, struct err *e);

/* An IT cooperation's id: 2..40 of a-z, 0-9 and '-', beginning with a letter ("ikt-fjell"). */
int valid_coop_id(const char *s, struct err *e);

/* Well-formed UTF-8 with no overlong forms, surrogates or code points past U+10FFFF. */
bool valid_utf8(const char *s, size_t n);

/* UTF-8, at most max bytes, no control characters (multiline allows \n, \r and \t);
 * 'required' refuses an empty value. 'field' names the field in the message. */
int valid_text(const char *field, const char *s, size_t max, bool multiline, bool required,
	       struct err *e);

/* An identifier: 1..VALID_ID_MAX of [A-Za-z0-9._:-], starting with a letter or digit. */
int valid_id(const char *field, const char *s, struct err *e);

#endif
