/* cache.h: rendered page parts that depend only on a municipality's data, the language
 * and the day, kept until anything changes. The key includes the audit trail's head
 * number: every change appends an audit entry, so a new number means the part must be
 * rendered again. Fixed size; the oldest slot is reused. */
#ifndef BEREDT_CACHE_H
#define BEREDT_CACHE_H

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>

#include "util/buf.h"
#include "util/i18n.h"

#define CACHE_SLOTS 64

struct cache_key {
	int64_t tenant;
	enum lang lang;
	int32_t today;
	int64_t seq;
	int kind;                /* which page part */
};

struct cache_slot {
	struct cache_key key;
	char *data;              /* malloc'ed; NULL when empty */
	size_t len;
	uint64_t used;           /* for replacing the least recently used */
};

struct page_cache {
	pthread_mutex_t lock;
	struct cache_slot slots[CACHE_SLOTS];
	uint64_t clock;
};

void cache_init(struct page_cache *c);
void cache_destroy(struct page_cache *c);

/* Append the cached bytes for key to out; false when there are none. */
bool cache_get(struct page_cache *c, const struct cache_key *key, struct buf *out);

/* Keep a copy of data under key. */
void cache_put(struct page_cache *c, const struct cache_key *key, const char *data, size_t len);

#endif
