/* net/target.c: see target.h. */
#include "net/target.h"

#include <arpa/inet.h>
#include <curl/curl.h>
#include <ifaddrs.h>
#include <netdb.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>

static bool v4_internal(const unsigned char a[4])
{
	return a[0] == 0 || a[0] == 10 || a[0] == 127 || (a[0] == 100 && (a[1] & 0xc0) == 64) ||
	       (a[0] == 169 && a[1] == 254) || (a[0] == 172 && (a[1] & 0xf0) == 16) ||
	       (a[0] == 192 && a[1] == 0 && a[2] == 0) || (a[0] == 192 && a[1] == 168) ||
	       (a[0] == 198 && (a[1] & 0xfe) == 18) || a[0] >= 224;
}

static bool v6_internal(const unsigned char a[16])
{
	static const unsigned char zero[16];
	if (memcmp(a, zero, 15) == 0 && (a[15] == 0 || a[15] == 1))   /* :: and ::1 */
		return true;
	if ((a[0] & 0xfe) == 0xfc || (a[0] == 0xfe && (a[1] & 0xc0) == 0x80) || a[0] == 0xff)
		return true;   /* unique local, link-local, multicast */
	static const unsigned char mapped[12] = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff };
	static const unsigned char nat64[12] = { 0, 0x64, 0xff, 0x9b };
	if (memcmp(a, mapped, 12) == 0 || memcmp(a, nat64, 12) == 0 || memcmp(a, zero, 12) == 0)
		return v4_internal(a + 12);
	return false;
}

bool net_address_internal(const char *addr)
{
	unsigned char b[16];
	if (inet_pton(AF_INET, addr, b) == 1)
		return v4_internal(b);
	if (inet_pton(AF_INET6, addr, b) == 1)
		return v6_internal(b);
	return true;   /* not an address: never trusted */
}

static bool listed(const char *allow, const char *addr)
{
	for (const char *p = allow; p && *p;) {
		size_t n = strcspn(p, ",");
		while (n && (*p == ' ')) {
			p++;
			n--;
		}
		if (n == strlen(addr) && strncmp(p, addr, n) == 0)
			return true;
		p += n;
		if (*p == ',')
			p++;
	}
	return false;
}

/* One of this machine's own addresses (a public one, as well as loopback)? */
static bool own_address(const char *addr)
{
	struct ifaddrs *ifs, *i;
	bool own = false;
	if (getifaddrs(&ifs) != 0)
		return false;
	for (i = ifs; i && !own; i = i->ifa_next) {
		char t[INET6_ADDRSTRLEN] = "";
		if (!i->ifa_addr)
			continue;
		if (i->ifa_addr->sa_family == AF_INET)
			inet_ntop(AF_INET, &((struct sockaddr_in *)(void *)i->ifa_addr)->sin_addr, t, sizeof(t));
		else if (i->ifa_addr->sa_family == AF_INET6)
			inet_ntop(AF_INET6, &((struct sockaddr_in6 *)(void *)i->ifa_addr)->sin6_addr, t, sizeof(t));
		own = *t && strcmp(t, addr) == 0;
	}
	freeifaddrs(ifs);
	return own;
}

int net_target_check(const char *url, const char *allow, struct net_target *out, struct err *e)
{
	CURLU *u = curl_url();
	char *scheme = NULL, *user = NULL, *pass = NULL, *host = NULL, *port = NULL;
	struct addrinfo hints = { .ai_socktype = SOCK_STREAM }, *res = NULL;
	int rc = -1;
	memset(out, 0, sizeof(*out));
	if (!u)
		return err_set(e, "Tom for minne.");
	if (curl_url_set(u, CURLUPART_URL, url, 0) != CURLUE_OK ||
	    curl_url_get(u, CURLUPART_SCHEME, &scheme, 0) != CURLUE_OK ||
	    curl_url_get(u, CURLUPART_HOST, &host, 0) != CURLUE_OK ||
	    curl_url_get(u, CURLUPART_PORT, &port, CURLU_DEFAULT_PORT) != CURLUE_OK) {
		err_set(e, "Webhook: «%.120s» er ikke en gyldig adresse.", url);
		goto out;
	}
	curl_url_get(u, CURLUPART_USER, &user, 0);
	curl_url_get(u, CURLUPART_PASSWORD, &pass, 0);
	if (user || pass) {
		err_set(e, "Webhook: adressen kan ikke ha brukernavn eller passord foran vertsnavnet.");
		goto out;
	}
	out->https = strcmp(scheme, "https") == 0;
	if (!out->https && strcmp(scheme, "http") != 0) {
		err_set(e, "Webhook: bare https-adresser.");
		goto out;
	}
	char name[256];
	size_t hl = strlen(host);
	if (hl >= sizeof(name)) {
		err_set(e, "Webhook: vertsnavnet er for langt.");
		goto out;
	}
	if (host[0] == '[' && hl > 2) {
		memcpy(name, host + 1, hl - 2);
		name[hl - 2] = '\0';
	} else {
		memcpy(name, host, hl + 1);
	}
	int gai = getaddrinfo(name, port, &hints, &res);
	if (gai != 0 || !res) {
		err_set(e, "Webhook: fant ikke adressen til «%.100s».", name);
		goto out;
	}
	char chosen[INET6_ADDRSTRLEN] = "";
	bool chosen_listed = false;
	for (struct addrinfo *ai = res; ai; ai = ai->ai_next) {
		char t[INET6_ADDRSTRLEN] = "";
		if (ai->ai_family == AF_INET)
			inet_ntop(AF_INET, &((struct sockaddr_in *)(void *)ai->ai_addr)->sin_addr, t, sizeof(t));
		else if (ai->ai_family == AF_INET6)
			inet_ntop(AF_INET6, &((struct sockaddr_in6 *)(void *)ai->ai_addr)->sin6_addr, t, sizeof(t));
		else
			continue;
		bool ok_listed = listed(allow, t);
		/* every answer must pass: a name that also points inside is refused whole */
		if (!ok_listed && (net_address_internal(t) || own_address(t))) {
			err_set(e, "Webhook: «%.100s» peker til %s, som er en intern adresse eller denne "
				   "maskinen. Bare driftsansvarlig for installasjonen kan tillate den "
				   "(BEREDT_WEBHOOK_ALLOW).", name, t);
			goto out;
		}
		if (!*chosen) {
			snprintf(chosen, sizeof(chosen), "%s", t);
			chosen_listed = ok_listed;
		}
	}
	if (!*chosen) {
		err_set(e, "Webhook: fant ikke adressen til «%.100s».", name);
		goto out;
	}
	if (!out->https && !chosen_listed) {
		err_set(e, "Webhook: bare https-adresser (http bare til en adresse driftsansvarlig har tillatt).");
		goto out;
	}
	snprintf(out->resolve, sizeof(out->resolve), strchr(chosen, ':') ? "%s:%s:[%s]" : "%s:%s:%s", name, port,
		 chosen);
	rc = 0;
out:
	if (res)
		freeaddrinfo(res);
	curl_free(scheme);
	curl_free(user);
	curl_free(pass);
	curl_free(host);
	curl_free(port);
	curl_url_cleanup(u);
	return rc;
}
