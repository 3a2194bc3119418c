/* io/carry_json.h: the records of a move (model/carry.h) as JSON: an object with one list
 * per table, each row an object of its columns (secrets left out). Read back strictly:
 * an unknown table or column, a value of the wrong type, or a position out of order is
 * refused with a message naming the record. */
#ifndef BEREDT_CARRY_JSON_H
#define BEREDT_CARRY_JSON_H

#include <jansson.h>

#include "model/carry.h"
#include "util/arena.h"
#include "util/err.h"

#define CARRY_RECORDS_MAX 1000000   /* rows of all tables together */

/* A new reference. */
json_t *carry_json_write(const struct carry_set *s);

/* Into *out (arena). */
int carry_json_read(struct arena *a, json_t *v, const char *origin, struct carry_set *out, struct err *e);

#endif
