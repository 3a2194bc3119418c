/* err.c: see err.h. */
#include "util/err.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void err_init(struct err *e, enum lang lang)
{
	e->lang = lang;
	e->kind = ERR_INPUT;
	e->msg[0] = '\0';
}

int err_vset(struct err *e, const char *fmt, va_list ap)
{
	e->kind = ERR_INPUT;
	vsnprintf(e->msg, sizeof(e->msg), i18n_tr(e->lang, fmt), ap);
	return -1;
}

int err_set(struct err *e, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	err_vset(e, fmt, ap);
	va_end(ap);
	return -1;
}

int err_missing(struct err *e, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	err_vset(e, fmt, ap);
	va_end(ap);
	e->kind = ERR_NOT_FOUND;
	return -1;
}

int err_conflict(struct err *e, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	err_vset(e, fmt, ap);
	va_end(ap);
	e->kind = ERR_CONFLICT;
	return -1;
}

int err_limit(struct err *e, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	err_vset(e, fmt, ap);
	va_end(ap);
	e->kind = ERR_LIMIT;
	return -1;
}

/* What each kind means to a web client and to a script: one table. */
static const struct {
	int http, exit;
} kinds[ERR_KIND_COUNT] = {
	[ERR_INPUT] = { 400, 1 }, [ERR_CONFIRM] = { 400, 1 }, [ERR_NOT_FOUND] = { 404, 3 },
	[ERR_CONFLICT] = { 409, 4 }, [ERR_FORBIDDEN] = { 403, 5 }, [ERR_LIMIT] = { 413, 6 },
	[ERR_INTERNAL] = { 500, 7 },
};

int err_http_status(enum err_kind k)
{
	return (unsigned)k < ERR_KIND_COUNT ? kinds[k].http : 500;
}

int err_exit_code(enum err_kind k)
{
	return (unsigned)k < ERR_KIND_COUNT ? kinds[k].exit : 1;
}

int err_prefix(struct err *e, const char *fmt, ...)
{
	char old[ERR_MSG_MAX], pre[ERR_MSG_MAX];
	va_list ap;

	memcpy(old, e->msg, sizeof(old));
	va_start(ap, fmt);
	vsnprintf(pre, sizeof(pre), i18n_tr(e->lang, fmt), ap);
	va_end(ap);
	/* pre + ": " + old, cut to fit */
	size_t n = strnlen(pre, ERR_MSG_MAX - 3);
	memcpy(e->msg, pre, n);
	memcpy(e->msg + n, ": ", 2);
	n += 2;
	size_t k = strnlen(old, ERR_MSG_MAX - 1 - n);
	memcpy(e->msg + n, old, k);
	e->msg[n + k] = '\0';
	return -1;
}

void err_bug(const char *file, int line, const char *what)
{
	fprintf(stderr, "beredt: BUG at %s:%d: %s\n", file, line, what);
	abort();
}
