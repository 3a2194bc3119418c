/* io/posture_json.h: a system's security posture as JSON, for the CLI, the API and the
 * export: the field names of model/posture.h ("innlogging", "backup-offline", ...), codes
 * as strings, yes/no as booleans, hours as numbers and dates as "YYYY-MM-DD"; null is
 * unknown or never. */
#ifndef BEREDT_POSTURE_JSON_H
#define BEREDT_POSTURE_JSON_H

#include <jansson.h>

#include "model/posture.h"
#include "util/arena.h"
#include "util/err.h"

/* A new object with "system" and every field. */
json_t *posture_json(const struct posture *p, const char *system);

/* Set the fields an object gives (others stay); strings are copied into the arena. An
 * unknown field or a value of the wrong type is refused with a message naming it, and
 * p may then be half-changed: apply to a copy. */
int posture_json_apply(struct arena *a, json_t *obj, struct posture *p, struct err *e);

#endif
