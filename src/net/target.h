/* net/target.h: may beredt send to this URL, and to which address? A webhook's URL is a
 * tenant's choice, so before a connection: the URL is parsed by libcurl's URL API (no
 * userinfo: "http://localhost:1@host/" is refused, not guessed), the name is resolved once,
 * and every address it gives must be public (not loopback, private, link-local, CGNAT,
 * multicast, reserved or one of this machine's own) unless an administrator of the whole
 * installation listed it in BEREDT_WEBHOOK_ALLOW. Plain http is allowed only to a listed
 * address. The connection is then pinned to the address that was checked (CURLOPT_RESOLVE),
 * so a second DNS answer cannot move it. */
#ifndef BEREDT_NET_TARGET_H
#define BEREDT_NET_TARGET_H

#include <stdbool.h>
#include <stddef.h>

#include "util/err.h"

#define NET_RESOLVE_MAX 600

struct net_target {
	char resolve[NET_RESOLVE_MAX];   /* "host:port:address" for CURLOPT_RESOLVE */
	bool https;
};

/* Check url against the rules above; allow is a comma-separated list of addresses (may be
 * NULL). -1 with a message that names what was refused. */
int net_target_check(const char *url, const char *allow, struct net_target *out, struct err *e);

/* True for an address (text) that is not on the public internet. Pure; for tests too. */
bool net_address_internal(const char *addr);

#endif
