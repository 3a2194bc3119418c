/* limiter.h: failed logins per client address, in memory. Together with the count
 * kept per account in the database, it backs off and then locks (user_lock_seconds),
 * so guessing from one address or against one account both run into a wall. */
#ifndef BEREDT_LIMITER_H
#define BEREDT_LIMITER_H

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>

#define LIMITER_SLOTS 1024
#define LIMITER_IP_MAX 46

struct limiter_slot {
	char ip[LIMITER_IP_MAX];
	int failures;
	int64_t last;          /* epoch seconds of the last failure */
};

struct limiter {
	pthread_mutex_t lock;
	struct limiter_slot slots[LIMITER_SLOTS];
};

void limiter_init(struct limiter *l);
void limiter_destroy(struct limiter *l);

/* True when the address must wait before trying again at 'now'. A success does not
 * forgive an address's failures (it could be the attacker's own account); they are
 * forgotten a day after the last one. */
bool limiter_blocked(struct limiter *l, const char *ip, int64_t now);
void limiter_failed(struct limiter *l, const char *ip, int64_t now);

#endif
