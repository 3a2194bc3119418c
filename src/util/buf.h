/* buf.h: a growable byte buffer with a ceiling, always NUL-terminated.
 *
 * Invariants: b->data is NULL or holds b->len bytes plus a NUL; b->len <= b->max.
 * Every append returns 0, or -1 when memory or the ceiling runs out; after -1 the buffer
 * keeps what it had and remembers the failure in b->failed, so a writer can check once.
 */
#ifndef BEREDT_BUF_H
#define BEREDT_BUF_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

struct buf {
	char *data;
	size_t len;
	size_t cap;
	size_t max;
	bool failed;
};

#define BUF_DEFAULT_MAX ((size_t)64 << 20)

void buf_init(struct buf *b, size_t max);
int buf_append(struct buf *b, const void *p, size_t n);
int buf_puts(struct buf *b, const char *s);
int buf_putc(struct buf *b, char c);
int buf_printf(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int buf_vprintf(struct buf *b, const char *fmt, va_list ap) __attribute__((format(printf, 2, 0)));
void buf_reset(struct buf *b);
/* Release, having overwritten the whole allocation with zeros first (a secret's buffer). */
void buf_wipe(struct buf *b);

/* Hand the bytes to the caller, who frees them with free(); the buffer is empty after. */
char *buf_detach(struct buf *b, size_t *len);

/* Free the bytes. */
void buf_release(struct buf *b);

#endif
