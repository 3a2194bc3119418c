/* conns.h: who may hold a connection, and for how long before the request head is in.
 *
 * libmicrohttpd's own timeout is an idle timeout: a client that sends one header line
 * every few seconds keeps a connection for ever, and enough of them hold every slot.
 * So beredt keeps its own table of open connections and
 *  - gives each connection a deadline for its whole request head (from the moment it
 *    opens, or from the end of its last answer on a kept-alive connection); a watchdog
 *    thread shuts down the connections that are past it;
 *  - shares a total budget fairly: an address may hold CONNS_PER_ADDRESS connections,
 *    and only CONNS_PER_ADDRESS_BUSY once the server is three quarters full. A trusted
 *    proxy (which carries many clients) is held only by the total;
 *  - logs a refused connection once per address per minute.
 * The client's address for everything above the socket (the login limiter, the audit
 * trail) is web_client_address(): X-Forwarded-For / Forwarded only from a trusted proxy. */
#ifndef BEREDT_WEB_CONNS_H
#define BEREDT_WEB_CONNS_H

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <sys/socket.h>

#define CONNS_BUDGET 512
#define CONNS_PER_ADDRESS 32
#define CONNS_PER_ADDRESS_BUSY 8
#define CONNS_PROXIES_MAX 8
#define CONNS_ADDR_TEXT 46
#define CONNS_LOG_SLOTS 64

struct conns_entry {
	bool used;
	int fd;
	char addr[CONNS_ADDR_TEXT];
	bool proxy;
	bool head_done;         /* the current request's head has arrived */
	bool body_done;         /* ... and its body, if any */
	int64_t since;          /* monotonic seconds: opened, or its last answer ended */
	int64_t head_at;        /* when the head arrived */
};

struct conns_logged {
	char addr[CONNS_ADDR_TEXT];
	int64_t at;
};

struct conns {
	pthread_mutex_t lock;
	pthread_cond_t cv;
	pthread_t watchdog;
	bool running, stop;
	unsigned head_timeout;  /* seconds for a whole request head */
	unsigned body_timeout;  /* seconds for its whole body after the head: 8 MiB at 1 Mbit/s, with room */
	unsigned budget;
	int n_proxies;
	char proxies[CONNS_PROXIES_MAX][CONNS_ADDR_TEXT];
	int in_use;
	struct conns_entry e[CONNS_BUDGET];
	struct conns_logged logged[CONNS_LOG_SLOTS];
};

/* proxies: a comma-separated list of addresses (may be NULL). -1 with a message for an
 * address that is not one. */
struct err;
int conns_init(struct conns *c, unsigned head_timeout, unsigned body_timeout, const char *proxies,
	       struct err *e);
/* Start and stop the watchdog thread. */
int conns_start(struct conns *c, struct err *e);
void conns_destroy(struct conns *c);

/* The address as text ("?" for one we cannot read). */
void conns_addr_text(const struct sockaddr *sa, char out[CONNS_ADDR_TEXT]);
bool conns_is_proxy(const struct conns *c, const char *addr);

/* May this address open one more connection now? Logs a refusal (rate limited). */
bool conns_admit(struct conns *c, const struct sockaddr *sa);
/* A connection opened or closed (the entry is what conns_opened returns, or NULL). */
struct conns_entry *conns_opened(struct conns *c, int fd, const struct sockaddr *sa);
void conns_closed(struct conns *c, struct conns_entry *en);
/* The head of a request is in; the answer to one is done (the next head's clock starts). */
void conns_head_done(struct conns *c, struct conns_entry *en);
/* The request's body has arrived whole: from here on the handler's time is its own. */
void conns_body_done(struct conns *c, struct conns_entry *en);
void conns_answered(struct conns *c, struct conns_entry *en);

/* The real client of a request: the peer, or, when the peer is a trusted proxy, the
 * address that proxy put last in X-Forwarded-For (or Forwarded: for=). Either header
 * value may be NULL. In out. */
void conns_client(const struct conns *c, const char *peer, const char *xff, const char *forwarded,
		  char out[CONNS_ADDR_TEXT]);

#endif
