/* cache.c: see cache.h. */
#include "web/cache.h"

#include <stdlib.h>
#include <string.h>

void cache_init(struct page_cache *c)
{
	memset(c, 0, sizeof(*c));
	pthread_mutex_init(&c->lock, NULL);
}

void cache_destroy(struct page_cache *c)
{
	for (int i = 0; i < CACHE_SLOTS; i++)
		free(c->slots[i].data);
	pthread_mutex_destroy(&c->lock);
}

static bool same(const struct cache_key *a, const struct cache_key *b)
{
	return a->tenant == b->tenant && a->lang == b->lang && a->today == b->today &&
	       a->seq == b->seq && a->kind == b->kind;
}

bool cache_get(struct page_cache *c, const struct cache_key *key, struct buf *out)
{
	bool hit = false;
	pthread_mutex_lock(&c->lock);
	for (int i = 0; i < CACHE_SLOTS && !hit; i++) {
		struct cache_slot *s = &c->slots[i];
		if (s->data && same(&s->key, key)) {
			hit = buf_append(out, s->data, s->len) == 0;
			s->used = ++c->clock;
		}
	}
	pthread_mutex_unlock(&c->lock);
	return hit;
}

void cache_put(struct page_cache *c, const struct cache_key *key, const char *data, size_t len)
{
	char *copy = malloc(len ? len : 1);
	if (!copy)
		return;
	memcpy(copy, data, len);
	pthread_mutex_lock(&c->lock);
	struct cache_slot *victim = &c->slots[0];
	for (int i = 0; i < CACHE_SLOTS; i++) {
		struct cache_slot *s = &c->slots[i];
		/* the same municipality's older version goes first, then the least used */
		if (s->data && s->key.tenant == key->tenant && s->key.kind == key->kind &&
		    s->key.lang == key->lang) {
			victim = s;
			break;
		}
		if (!s->data || s->used < victim->used)
			victim = s;
	}
	free(victim->data);
	victim->key = *key;
	victim->data = copy;
	victim->len = len;
	victim->used = ++c->clock;
	pthread_mutex_unlock(&c->lock);
}
