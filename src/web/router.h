/* router.h: the route table and the checks every request passes before a handler:
 * who is asking (session cookie or API token), whether they may (access level and
 * role), and for a form POST, the CSRF token and the Origin / Sec-Fetch-Site headers. */
#ifndef BEREDT_ROUTER_H
#define BEREDT_ROUTER_H

#include "web/req.h"

void router_dispatch(struct req *r);

/* Is path a POST route with a body limit of its own (a file)? Each route's limit is a
 * column of the route table. */
bool router_takes_file(const char *path);
/* The body the sender of r (its head only: cookie or token) may send to r->path: the
 * route's, for a sender the route allows, else a form's. */
size_t router_body_max(struct req *r);

#endif
