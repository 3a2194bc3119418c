/* io/json_date.h: a date in the JSON every format here writes: "YYYY-MM-DD", or null. */
#ifndef BEREDT_JSON_DATE_H
#define BEREDT_JSON_DATE_H

#include <jansson.h>
#include <stdint.h>

/* A new value (the caller, or the object it is set into, owns it). */
json_t *io_json_date(int32_t d);

#endif
