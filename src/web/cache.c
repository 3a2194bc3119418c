/* cache.c: see cache.h. */
#include "web/cache.h"

#include <stdlib.h>
#include <string.h>

void cache_init(struct page_cache *c)
{
	memset(c, 0, sizeof(*c));
	pthread_mutex_init(&c->lock, NULL);
	pthread_cond_init(&c->rendered, NULL);
}

void cache_destroy(struct page_cache *c)
{
	for (int i = 0; i < CACHE_SLOTS; i++)
		free(c->slots[i].data);
	pthread_cond_destroy(&c->rendered);
	pthread_mutex_destroy(&c->lock);
}

static bool same_part(const struct cache_key *a, const struct cache_key *b)
{
	return a->tenant == b->tenant && a->lang == b->lang && a->today == b->today && a->kind == b->kind &&
	       strcmp(a->variant, b->variant) == 0;
}

bool cache_variant(struct cache_key *key, const char *question)
{
	size_t n = strlen(question);
	if (n >= sizeof(key->variant))
		return false;
	memcpy(key->variant, question, n + 1);
	return true;
}

/* The slot of the key's part, or a new one (the least recently used that no render is
 * using); NULL when every slot is busy. Called with the lock held. */
static struct cache_slot *slot_for(struct page_cache *c, const struct cache_key *key)
{
	struct cache_slot *victim = NULL;
	for (int i = 0; i < CACHE_SLOTS; i++) {
		struct cache_slot *s = &c->slots[i];
		if (s->started && same_part(&s->key, key))
			return s;
		if (!s->busy && (!victim || s->used < victim->used))
			victim = s;
	}
	if (victim) {
		free(victim->data);
		*victim = (struct cache_slot){ .key = *key };
	}
	return victim;
}

enum cache_turn cache_begin(struct page_cache *c, const struct cache_key *key, struct buf *out,
			    struct cache_ticket *t)
{
	enum cache_turn turn = CACHE_RENDER;
	t->key = *key;
	t->render = 0;
	pthread_mutex_lock(&c->lock);
	struct cache_slot *s = slot_for(c, key);
	if (!s)
		goto out;                       /* every slot busy: render alone, keep nothing */
	s->used = ++c->clock;
	if (s->data && s->key.seq == key->seq) {
		turn = buf_append(out, s->data, s->len) == 0 ? CACHE_HIT : CACHE_RENDER;
		goto out;
	}
	/* the render under way began before this request arrived: wait for the next one */
	uint64_t need = s->started + 1;
	while (s->busy || s->finished < need) {
		if (!s->busy) {                 /* nobody renders it: this request does */
			s->busy = true;
			t->render = ++s->started;
			goto out;
		}
		pthread_cond_wait(&c->rendered, &c->lock);
		if (!same_part(&s->key, key))   /* the slot went to another part meanwhile */
			goto out;
	}
	turn = s->data && buf_append(out, s->data, s->len) == 0 ? CACHE_HIT : CACHE_RENDER;
out:
	pthread_mutex_unlock(&c->lock);
	return turn;
}

void cache_done(struct page_cache *c, const struct cache_ticket *t, const char *data, size_t len)
{
	if (!t->render)
		return;
	char *copy = data ? malloc(len ? len : 1) : NULL;
	if (copy)
		memcpy(copy, data, len);
	pthread_mutex_lock(&c->lock);
	for (int i = 0; i < CACHE_SLOTS; i++) {
		struct cache_slot *s = &c->slots[i];
		if (!s->busy || !same_part(&s->key, &t->key) || s->started != t->render)
			continue;
		s->busy = false;
		if (copy) {
			free(s->data);
			s->data = copy;
			s->len = len;
			s->key.seq = t->key.seq;
			s->finished = t->render;
			copy = NULL;
		}
		break;
	}
	pthread_cond_broadcast(&c->rendered);
	pthread_mutex_unlock(&c->lock);
	free(copy);
}
