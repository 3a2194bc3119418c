/* cache.h: rendered page parts that depend only on a municipality's data, the language
 * and the day (the dashboard), rendered once for everyone who asks at the same time.
 *
 * The key includes the audit trail's head number, read when the request arrives: every
 * change appends an audit entry, so a new number means the part must be rendered again.
 * Under a steady stream of changes (200 people answering) that would mean a render per
 * request, so renders are shared: a request that finds a render under way waits for the
 * next one to start after it arrived, and that one render answers every request waiting
 * for it. Its content is read after each of them arrived, so nobody is shown a state
 * older than their own last change; at most one render per part is under way at a time.
 * One slot per (municipality, language, day, part, question); the least recently used is
 * reused. A question (the what-if's names, mode and domain) is kept as its text and
 * compared whole, never by a hash. */
#ifndef BEREDT_CACHE_H
#define BEREDT_CACHE_H

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>

#include "util/buf.h"
#include "util/i18n.h"

#define CACHE_SLOTS 64
#define CACHE_VARIANT 512        /* a part asked with a question: the question, exactly */

struct cache_key {
	int64_t tenant;
	enum lang lang;
	int32_t today;
	int64_t seq;
	int kind;                /* which page part */
	char variant[CACHE_VARIANT];   /* "" for a part without a question */
};

/* Set key's variant to the question's text; false (and nothing cached) when it does not fit. */
bool cache_variant(struct cache_key *key, const char *question);

struct cache_slot {
	struct cache_key key;    /* key.seq: the head when the content's render was asked for */
	char *data;              /* malloc'ed; NULL when empty */
	size_t len;
	uint64_t used;           /* for replacing the least recently used */
	uint64_t started, finished;   /* renders begun and ended well, counted */
	bool busy;               /* a render is under way */
};

struct page_cache {
	pthread_mutex_t lock;
	pthread_cond_t rendered;
	struct cache_slot slots[CACHE_SLOTS];
	uint64_t clock;
};

void cache_init(struct page_cache *c);
void cache_destroy(struct page_cache *c);

/* A request's turn for a part: CACHE_HIT when the bytes were appended to out (current, or
 * from a render that began after this request arrived), CACHE_RENDER when this request
 * must render and then call cache_done with the ticket. */
enum cache_turn { CACHE_HIT, CACHE_RENDER };
struct cache_ticket {
	struct cache_key key;
	uint64_t render;         /* the number of the render this request does */
};
enum cache_turn cache_begin(struct page_cache *c, const struct cache_key *key, struct buf *out,
			    struct cache_ticket *t);

/* The render of ticket t is over: ok with its bytes (copied), or failed (NULL, 0), in
 * which case a waiting request renders instead. */
void cache_done(struct page_cache *c, const struct cache_ticket *t, const char *data, size_t len);

#endif
