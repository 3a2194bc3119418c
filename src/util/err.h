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

/* On a function whose failure must be looked at: the compiler says when it is not. */
#define MUST_CHECK __attribute__((warn_unused_result))

/* What kind of failure, for callers that answer differently by kind (never by the
 * message's text). err_set makes it ERR_INPUT; err_missing, err_conflict and err_limit
 * the others; one table (err_http_status, err_exit_code) says what each means to a web
 * client and to a script. */
enum err_kind {
	ERR_INPUT = 0,  /* the input is wrong: say so, change nothing (400; exit 1) */
	ERR_CONFIRM,    /* final and with consequences: asks for a second confirmation (400; 1) */
	ERR_NOT_FOUND,  /* what was asked for does not exist for this municipality (404; 3) */
	ERR_CONFLICT,   /* it exists already, or someone changed it in between (409; 4) */
	ERR_FORBIDDEN,  /* this person may not (403; 5) */
	ERR_LIMIT,      /* too large or too many (413; 6) */
	ERR_INTERNAL,   /* the database or the machine failed, not the input (500; 7) */
	ERR_KIND_COUNT
};

/* The HTTP status and the exit code of a kind (docs/api.md, docs/cli.md). */
int err_http_status(enum err_kind k);
int err_exit_code(enum err_kind k);

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

/* err_set for something that does not exist (kind ERR_NOT_FOUND), that exists already or
 * was changed in between (ERR_CONFLICT), or is too large (ERR_LIMIT); always return -1. */
int err_missing(struct err *e, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int err_conflict(struct err *e, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int err_limit(struct err *e, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Put context before an existing message: "context: message". Returns -1. */
int err_prefix(struct err *e, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Report a broken invariant with file and line, then abort: a bug, never bad input. */
_Noreturn void err_bug(const char *file, int line, const char *what);
#define BUG(what) err_bug(__FILE__, __LINE__, (what))

#endif
