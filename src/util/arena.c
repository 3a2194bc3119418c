/* arena.c: chunked bump allocator (see arena.h). */
#include "util/arena.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CHUNK_MIN ((size_t)16 << 10)
#define ALIGN (_Alignof(max_align_t))

/* Under AddressSanitizer every allocation is followed by a poisoned red zone and the
 * unused rest of a chunk is poisoned, so that a write past one allocation into the next
 * is caught as it would be with malloc (the fuzzers missed such a write for weeks). */
#if defined(__SANITIZE_ADDRESS__)
#define ARENA_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define ARENA_ASAN 1
#endif
#endif
#ifdef ARENA_ASAN
#include <sanitizer/asan_interface.h>
#define REDZONE ALIGN
#define POISON(p, n) ASAN_POISON_MEMORY_REGION((p), (n))
#define UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION((p), (n))
#else
#define REDZONE 0
#define POISON(p, n) ((void)(p), (void)(n))
#define UNPOISON(p, n) ((void)(p), (void)(n))
#endif

struct arena_chunk {
	struct arena_chunk *next;
	size_t cap;
	size_t off;
	_Alignas(max_align_t) unsigned char data[];
};

void arena_init(struct arena *a, size_t limit)
{
	a->head = NULL;
	a->used = 0;
	a->limit = limit ? limit : ARENA_DEFAULT_LIMIT;
}

void *arena_alloc(struct arena *a, size_t n)
{
	struct arena_chunk *c = a->head;
	size_t need = (n + ALIGN - 1) & ~(ALIGN - 1);

	if (n == 0)
		need = ALIGN;
	if (need < n || need > a->limit - a->used)
		return NULL;
	size_t take = need + REDZONE;
	if (!c || c->cap - c->off < take) {
		size_t cap = take > CHUNK_MIN ? take : CHUNK_MIN;
		c = malloc(sizeof(*c) + cap);
		if (!c)
			return NULL;
		POISON(c->data, cap);
		c->next = a->head;
		c->cap = cap;
		c->off = 0;
		a->head = c;
	}
	void *p = c->data + c->off;
	c->off += take;
	a->used += need;
	UNPOISON(p, n ? n : 1);
	memset(p, 0, n ? n : 1);
	return p;
}

char *arena_strndup(struct arena *a, const char *s, size_t n)
{
	if (!s)
		return NULL;
	char *p = arena_alloc(a, n + 1);
	if (!p)
		return NULL;
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *arena_strdup(struct arena *a, const char *s)
{
	return s ? arena_strndup(a, s, strlen(s)) : NULL;
}

char *arena_vprintf(struct arena *a, const char *fmt, va_list ap)
{
	va_list ap2;
	va_copy(ap2, ap);
	int n = vsnprintf(NULL, 0, fmt, ap2);
	va_end(ap2);
	if (n < 0)
		return NULL;
	char *p = arena_alloc(a, (size_t)n + 1);
	if (p)
		vsnprintf(p, (size_t)n + 1, fmt, ap);
	return p;
}

char *arena_printf(struct arena *a, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *p = arena_vprintf(a, fmt, ap);
	va_end(ap);
	return p;
}

void *arena_push(struct arena *a, void **arr, size_t *n, size_t *cap, size_t size)
{
	if (*n == *cap) {
		size_t ncap = *cap ? *cap * 2 : 16;
		if (ncap > a->limit / size)
			return NULL;
		unsigned char *p = arena_alloc(a, ncap * size);
		if (!p)
			return NULL;
		if (*n)
			memcpy(p, *arr, *n * size);
		*arr = p;
		*cap = ncap;
	}
	return (unsigned char *)*arr + (*n)++ * size;
}

void arena_release(struct arena *a)
{
	struct arena_chunk *c = a->head;
	while (c) {
		struct arena_chunk *next = c->next;
		UNPOISON(c->data, c->cap);
		free(c);
		c = next;
	}
	a->head = NULL;
	a->used = 0;
}

void arena_wipe(struct arena *a)
{
	for (struct arena_chunk *c = a->head; c; c = c->next) {
		UNPOISON(c->data, c->cap);
		explicit_bzero(c->data, c->off);
	}
	arena_release(a);
}

void *arena_copy(struct arena *a, const void *from, size_t n, size_t extra, size_t size)
{
	if (n + extra < n || (n + extra) > SIZE_MAX / (size ? size : 1))
		return NULL;
	void *to = arena_alloc(a, (n + extra ? n + extra : 1) * size);
	if (to && n)
		memcpy(to, from, n * size);
	return to;
}
