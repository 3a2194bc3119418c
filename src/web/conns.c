/* conns.c: see conns.h. One mutex guards the table; the watchdog holds it while it shuts
 * a socket down, and libmicrohttpd reports a connection closed (conns_closed) before it
 * closes the socket, so a descriptor is never shut down after it has been reused. */
#include "web/conns.h"

#include "util/limits.h"

#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <time.h>

#include "util/err.h"

static int64_t mono(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec;
}

void conns_addr_text(const struct sockaddr *sa, char out[CONNS_ADDR_TEXT])
{
	snprintf(out, CONNS_ADDR_TEXT, "?");
	if (!sa)
		return;
	if (sa->sa_family == AF_INET) {
		inet_ntop(AF_INET, &((const struct sockaddr_in *)(const void *)sa)->sin_addr, out, CONNS_ADDR_TEXT);
	} else if (sa->sa_family == AF_INET6) {
		const struct in6_addr *a6 = &((const struct sockaddr_in6 *)(const void *)sa)->sin6_addr;
		if (IN6_IS_ADDR_V4MAPPED(a6))   /* ::ffff:1.2.3.4 is 1.2.3.4 for every limit */
			inet_ntop(AF_INET, &a6->s6_addr[12], out, CONNS_ADDR_TEXT);
		else
			inet_ntop(AF_INET6, a6, out, CONNS_ADDR_TEXT);
	}
}

/* An address in its canonical text, or false when s is not an address. */
static bool canonical(const char *s, size_t n, char out[CONNS_ADDR_TEXT])
{
	char tmp[CONNS_ADDR_TEXT + 2];
	unsigned char bin[16];
	while (n && (*s == ' ' || *s == '\t' || *s == '"'))
		s++, n--;
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '"'))
		n--;
	if (n >= 2 && s[0] == '[') {   /* [v6] or [v6]:port */
		const char *close = memchr(s, ']', n);
		if (!close)
			return false;
		n = (size_t)(close - s - 1);
		s++;
	} else if (n && memchr(s, '.', n) && memchr(s, ':', n)) {
		n = (size_t)((const char *)memchr(s, ':', n) - s);   /* v4:port */
	}
	if (n == 0 || n >= sizeof(tmp))
		return false;
	memcpy(tmp, s, n);
	tmp[n] = '\0';
	if (inet_pton(AF_INET, tmp, bin) == 1)
		return inet_ntop(AF_INET, bin, out, CONNS_ADDR_TEXT) != NULL;
	if (inet_pton(AF_INET6, tmp, bin) == 1)
		return inet_ntop(AF_INET6, bin, out, CONNS_ADDR_TEXT) != NULL;
	return false;
}

int conns_init(struct conns *c, unsigned head_timeout, unsigned body_timeout, const char *proxies,
	       struct err *e)
{
	memset(c, 0, sizeof(*c));
	c->head_timeout = head_timeout ? head_timeout : 10;
	c->body_timeout = body_timeout ? body_timeout : 120;
	c->budget = CONNS_BUDGET;
	for (const char *p = proxies; p && *p;) {
		size_t n = strcspn(p, ",");
		if (n) {
			if (c->n_proxies == CONNS_PROXIES_MAX)
				return err_set(e, "For mange proxyadresser (høyst %d).", CONNS_PROXIES_MAX);
			if (!canonical(p, n, c->proxies[c->n_proxies]))
				return err_set(e, "«%.*s» er ikke en IP-adresse (--trusted-proxy).", (int)(n > 60 ? 60 : n), p);
			c->n_proxies++;
		}
		p += n + (p[n] == ',');
	}
	pthread_mutex_init(&c->lock, NULL);
	pthread_cond_init(&c->cv, NULL);
	return 0;
}

bool conns_is_proxy(const struct conns *c, const char *addr)
{
	for (int i = 0; i < c->n_proxies; i++)
		if (strcmp(c->proxies[i], addr) == 0)
			return true;
	return false;
}

static int held_by(const struct conns *c, const char *addr)
{
	int n = 0;
	for (unsigned i = 0; i < c->budget; i++)
		n += c->e[i].used && strcmp(c->e[i].addr, addr) == 0;
	return n;
}

/* Log a refusal unless this address was logged within the last minute; lock held. */
static void log_refusal(struct conns *c, const char *addr, const char *why)
{
	int64_t now = mono();
	struct conns_logged *slot = &c->logged[0];
	for (int i = 0; i < CONNS_LOG_SLOTS; i++) {
		if (strcmp(c->logged[i].addr, addr) == 0) {
			slot = &c->logged[i];
			break;
		}
		if (c->logged[i].at < slot->at)
			slot = &c->logged[i];
	}
	if (strcmp(slot->addr, addr) == 0 && now - slot->at < 60)
		return;
	snprintf(slot->addr, sizeof(slot->addr), "%s", addr);
	slot->at = now;
	fprintf(stderr, "beredt: avviser tilkoblinger fra %s (%s); neste melding om denne adressen "
			"tidligst om ett minutt\n", addr, why);
}

bool conns_admit(struct conns *c, const struct sockaddr *sa)
{
	char addr[CONNS_ADDR_TEXT];
	bool ok = true;
	conns_addr_text(sa, addr);
	pthread_mutex_lock(&c->lock);
	if ((unsigned)c->in_use >= c->budget) {
		ok = false;
		log_refusal(c, addr, "tjeneren er full");
	} else if (!conns_is_proxy(c, addr)) {
		int cap = (unsigned)c->in_use * 4 >= c->budget * 3 ? CONNS_PER_ADDRESS_BUSY : CONNS_PER_ADDRESS;
		if (held_by(c, addr) >= cap) {
			ok = false;
			log_refusal(c, addr, "for mange samtidige tilkoblinger fra én adresse");
		}
	}
	pthread_mutex_unlock(&c->lock);
	return ok;
}

struct conns_entry *conns_opened(struct conns *c, int fd, const struct sockaddr *sa)
{
	struct conns_entry *en = NULL;
	pthread_mutex_lock(&c->lock);
	for (unsigned i = 0; i < c->budget && !en; i++)
		if (!c->e[i].used)
			en = &c->e[i];
	if (en) {
		memset(en, 0, sizeof(*en));
		en->used = true;
		en->fd = fd;
		conns_addr_text(sa, en->addr);
		en->proxy = conns_is_proxy(c, en->addr);
		en->since = mono();
		c->in_use++;
	}
	pthread_mutex_unlock(&c->lock);
	return en;
}

void conns_closed(struct conns *c, struct conns_entry *en)
{
	if (!en)
		return;
	pthread_mutex_lock(&c->lock);
	if (en->used) {
		en->used = false;
		c->in_use--;
	}
	pthread_mutex_unlock(&c->lock);
}

void conns_head_done(struct conns *c, struct conns_entry *en)
{
	if (!en)
		return;
	pthread_mutex_lock(&c->lock);
	en->head_done = true;
	en->body_done = false;
	en->head_at = mono();
	pthread_mutex_unlock(&c->lock);
}

void conns_body_done(struct conns *c, struct conns_entry *en)
{
	if (!en)
		return;
	pthread_mutex_lock(&c->lock);
	en->body_done = true;
	pthread_mutex_unlock(&c->lock);
}

void conns_answered(struct conns *c, struct conns_entry *en)
{
	if (!en)
		return;
	pthread_mutex_lock(&c->lock);
	en->head_done = false;
	en->body_done = false;
	en->since = mono();
	pthread_mutex_unlock(&c->lock);
}

static void *watch(void *arg)
{
	struct conns *c = arg;
	pthread_mutex_lock(&c->lock);
	while (!c->stop) {
		struct timespec until;
		clock_gettime(CLOCK_REALTIME, &until);
		until.tv_sec += 1;
		pthread_cond_timedwait(&c->cv, &c->lock, &until);
		int64_t now = mono();
		for (unsigned i = 0; i < c->budget; i++) {
			struct conns_entry *en = &c->e[i];
			/* a head trickled past its deadline, or a body past its own */
			bool late = en->head_done ? !en->body_done && now - en->head_at > (int64_t)c->body_timeout
						  : now - en->since > (int64_t)c->head_timeout;
			if (en->used && en->fd >= 0 && late) {
				shutdown(en->fd, SHUT_RDWR);   /* libmicrohttpd sees the end and closes it */
				en->fd = -1;
			}
		}
	}
	pthread_mutex_unlock(&c->lock);
	return NULL;
}

int conns_start(struct conns *c, struct err *e)
{
	if (pthread_create(&c->watchdog, NULL, watch, c) != 0)
		return err_set(e, "Kan ikke starte en tråd.");
	c->running = true;
	return 0;
}

void conns_destroy(struct conns *c)
{
	if (c->running) {
		pthread_mutex_lock(&c->lock);
		c->stop = true;
		pthread_cond_signal(&c->cv);
		pthread_mutex_unlock(&c->lock);
		pthread_join(c->watchdog, NULL);
		c->running = false;
	}
	pthread_cond_destroy(&c->cv);
	pthread_mutex_destroy(&c->lock);
}

/* The last element of a comma list that is not a trusted proxy, as an address. */
static bool last_untrusted(const struct conns *c, const char *list, bool forwarded, char out[CONNS_ADDR_TEXT])
{
	size_t end = strlen(list);
	if (end > LIMIT_FORWARDED)
		return false;
	while (end > 0) {
		size_t start = end;
		while (start > 0 && list[start - 1] != ',')
			start--;
		const char *s = list + start;
		size_t n = end - start;
		if (forwarded) {   /* Forwarded: for=1.2.3.4;proto=https, for="[v6]" */
			const char *f = NULL;
			for (size_t i = 0; i + 4 <= n; i++)
				if (strncasecmp(s + i, "for=", 4) == 0 && (i == 0 || s[i - 1] == ';' || s[i - 1] == ' ')) {
					f = s + i + 4;
					break;
				}
			if (!f)
				return false;
			n = strcspn(f, ";,");
			if ((size_t)(f - s) + n > end - start)
				n = end - start - (size_t)(f - s);
			s = f;
		}
		if (!canonical(s, n, out))
			return false;
		if (!conns_is_proxy(c, out))
			return true;
		end = start ? start - 1 : 0;
	}
	return false;
}

void conns_client(const struct conns *c, const char *peer, const char *xff, const char *forwarded,
		  char out[CONNS_ADDR_TEXT])
{
	snprintf(out, CONNS_ADDR_TEXT, "%s", peer);
	if (!conns_is_proxy(c, peer))
		return;
	if (xff && last_untrusted(c, xff, false, out))
		return;
	if (forwarded && last_untrusted(c, forwarded, true, out))
		return;
	snprintf(out, CONNS_ADDR_TEXT, "%s", peer);
}
