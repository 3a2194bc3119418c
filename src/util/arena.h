/* arena.h: one region per request or command; everything in it is freed at once.
 *
 * Invariants: memory from arena_alloc is zeroed and aligned for any type; it lives
 * until arena_release. An arena is not thread-safe: one owner at a time.
 */
#ifndef BEREDT_ARENA_H
#define BEREDT_ARENA_H

#include <stdarg.h>
#include <stddef.h>

struct arena_chunk;

struct arena {
	struct arena_chunk *head;
	size_t used;      /* bytes handed out, all chunks */
	size_t limit;     /* ceiling; 0 means ARENA_DEFAULT_LIMIT */
};

#define ARENA_DEFAULT_LIMIT ((size_t)256 << 20)

/* Prepare an empty arena with a ceiling (0: the default). Owns nothing yet. */
void arena_init(struct arena *a, size_t limit);

/* Zeroed memory owned by the arena; NULL when the ceiling would be passed. */
void *arena_alloc(struct arena *a, size_t n);

/* Copies owned by the arena; NULL in, NULL out. */
char *arena_strdup(struct arena *a, const char *s);

/* Release, having overwritten what was allocated with zeros first: for an arena that held
 * secrets (a request's form with a password in it). */
void arena_wipe(struct arena *a);
char *arena_strndup(struct arena *a, const char *s, size_t n);

/* printf into the arena; NULL on overflow of the ceiling. */
char *arena_printf(struct arena *a, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
char *arena_vprintf(struct arena *a, const char *fmt, va_list ap)
	__attribute__((format(printf, 2, 0)));

/* Append one zeroed element of 'size' bytes to the array *arr of *n elements (capacity
 * *cap), growing it inside the arena. Returns the new element, or NULL on overflow.
 * Start with *arr = NULL, *n = *cap = 0. */
void *arena_push(struct arena *a, void **arr, size_t *n, size_t *cap, size_t size);

/* Free every chunk; the arena can be used again afterwards. */
/* A new array of n + extra elements of 'size' bytes, the first n copied from 'from'
 * (which may be NULL when n is 0); NULL when the arena is exhausted. */
void *arena_copy(struct arena *a, const void *from, size_t n, size_t extra, size_t size);

void arena_release(struct arena *a);

#endif
