/* err.h: errors a person can act on.
 *
 * Functions that can fail return 0 on success and -1 on failure, having filled a
 * struct err with one message that says what was wrong and what to do. The message
 * format is a bokmål msgid translated into e->lang (see i18n.h), so callers write
 *     return err_set(e, "Ukjent tiltak «%s». Se beredt catalog show.", id);
 * BUG() is for broken invariants only, never for bad input.
 */
#ifndef BEREDT_ERR_H
#define BEREDT_ERR_H

#include <stdarg.h>

#include "util/i18n.h"

#define ERR_MSG_MAX 1024

/* What kind of failure, for callers that answer differently by kind (never by the
 * message's text): err_set makes it ERR_PLAIN; the few that differ set it after. */
enum err_kind {
	ERR_PLAIN = 0,
	ERR_CONFIRM,    /* final and with consequences: asks for a second confirmation */
	ERR_NOT_FOUND,  /* what was asked for does not exist (for this municipality): 404 */
};

struct err {
	enum lang lang;
	enum err_kind kind;
	char msg[ERR_MSG_MAX];
};

/* An empty error in the given language. */
void err_init(struct err *e, enum lang lang);

/* Set the message (translated into e->lang, then formatted); always returns -1. */
int err_set(struct err *e, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int err_vset(struct err *e, const char *fmt, va_list ap) __attribute__((format(printf, 2, 0)));

/* err_set for something that does not exist (kind ERR_NOT_FOUND); always returns -1. */
int err_missing(struct err *e, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Put context before an existing message: "context: message". Returns -1. */
int err_prefix(struct err *e, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Report a broken invariant with file and line, then abort: a bug, never bad input. */
_Noreturn void err_bug(const char *file, int line, const char *what);
#define BUG(what) err_bug(__FILE__, __LINE__, (what))

#endif
