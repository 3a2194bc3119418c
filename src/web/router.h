/* router.h: the route table and the checks every request passes before a handler:
 * who is asking (session cookie or API token), whether they may (access level and
 * role), and for a form POST, the CSRF token and the Origin / Sec-Fetch-Site headers. */
#ifndef BEREDT_ROUTER_H
#define BEREDT_ROUTER_H

#include "web/req.h"

void router_dispatch(struct req *r);

/* Is path a route that takes an uploaded file? */
bool router_is_upload(const char *path);
/* May the sender of r (its head only: cookie or token) upload to r->path? */
bool router_may_upload(struct req *r);

#endif
