/* limiter.c: see limiter.h. An open-addressed table keyed by a hash of the address; a
 * full table evicts the oldest entry in the probe window, so the memory is fixed. */
#include "web/limiter.h"

#include <stdio.h>
#include <string.h>

#include "model/user.h"

#define PROBE 8
#define FORGET_SECONDS (24 * 3600)

void limiter_init(struct limiter *l)
{
	pthread_mutex_init(&l->lock, NULL);
	memset(l->slots, 0, sizeof(l->slots));
}

void limiter_destroy(struct limiter *l)
{
	pthread_mutex_destroy(&l->lock);
}

static unsigned hash(const char *s)
{
	unsigned h = 2166136261u;      /* FNV-1a: enough to spread addresses over slots */
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

/* The slot for ip (existing, empty or evicted); called with the lock held. */
static struct limiter_slot *slot(struct limiter *l, const char *ip, bool create)
{
	unsigned h = hash(ip);
	struct limiter_slot *oldest = NULL;
	for (unsigned i = 0; i < PROBE; i++) {
		struct limiter_slot *s = &l->slots[(h + i) % LIMITER_SLOTS];
		if (strcmp(s->ip, ip) == 0)
			return s;
		if (!s->ip[0] && create) {
			snprintf(s->ip, sizeof(s->ip), "%s", ip);
			return s;
		}
		if (!oldest || s->last < oldest->last)
			oldest = s;
	}
	if (!create)
		return NULL;
	memset(oldest, 0, sizeof(*oldest));
	snprintf(oldest->ip, sizeof(oldest->ip), "%s", ip);
	return oldest;
}

bool limiter_blocked(struct limiter *l, const char *ip, int64_t now)
{
	bool blocked = false;
	pthread_mutex_lock(&l->lock);
	struct limiter_slot *s = slot(l, ip, false);
	if (s && now - s->last > FORGET_SECONDS)
		memset(s, 0, sizeof(*s));
	else if (s)
		blocked = now - s->last < user_lock_seconds(s->failures);
	pthread_mutex_unlock(&l->lock);
	return blocked;
}

void limiter_failed(struct limiter *l, const char *ip, int64_t now)
{
	pthread_mutex_lock(&l->lock);
	struct limiter_slot *s = slot(l, ip, true);
	s->failures++;
	s->last = now;
	pthread_mutex_unlock(&l->lock);
}
