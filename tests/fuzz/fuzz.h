/* fuzz.h: what the parser harnesses share (one harness per input surface, docs/testing.md).
 *
 * Each harness is a libFuzzer entry point: it gives the input to one reader exactly as a
 * user's file reaches it (bytes and a length, or a NUL-terminated text where the reader
 * takes one), frees everything it was given, and checks what must hold of any input:
 * a refusal says why in words, an acceptance can be written out and read back. A broken
 * promise is an abort, so libFuzzer keeps the input. Built with clang only (scripts/fuzz). */
#ifndef BEREDT_FUZZ_H
#define BEREDT_FUZZ_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/arena.h"
#include "util/err.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The input as a NUL-terminated text (malloc'd; the caller frees it); an input holding a
 * NUL is cut there, as the readers that take a C string would see it. */
static inline char *fuzz_text(const uint8_t *data, size_t size)
{
	char *t = malloc(size + 1);
	if (!t)
		abort();
	memcpy(t, data, size);
	t[size] = '\0';
	return t;
}

/* A reader's answer is kept: 0 or -1, and -1 only with a message, never an empty one. */
static inline void fuzz_check(const char *what, int rc, const struct err *e)
{
	if (rc != 0 && rc != -1) {
		fprintf(stderr, "%s returned %d\n", what, rc);
		abort();
	}
	if (rc < 0 && getenv("BEREDT_FUZZ_SAY"))   /* when tending the corpus: why a seed is refused */
		fprintf(stderr, "%s: %s\n", what, e->msg);
	if (rc < 0 && e->msg[0] == '\0') {
		fprintf(stderr, "%s refused the input without saying why\n", what);
		abort();
	}
}

/* A promise broken: say which, and stop so that the fuzzer keeps the input. */
#define FUZZ_ASSERT(cond, why) do { if (!(cond)) { fprintf(stderr, "%s\n", why); abort(); } } while (0)

#endif
