/* web/api.h: what the API's handlers share: reading a JSON body and its members, with the
 * 400 answered for them. */
#ifndef BEREDT_WEB_API_H
#define BEREDT_WEB_API_H

#include <jansson.h>
#include <stdbool.h>

#include "web/req.h"

/* The request body as a JSON object (duplicate keys refused); NULL after answering 400. */
json_t *api_body(struct req *r);

/* A string member or null into *out (arena; NULL when absent or null); *given whether it
 * was there. -1 after answering 400 for another type or a NUL inside. */
int api_member(struct req *r, json_t *o, const char *key, const char **out, bool *given);

/* A boolean member; absent is false. -1 after answering 400 for another type. */
int api_bool(struct req *r, json_t *o, const char *key, bool *out);

#endif
