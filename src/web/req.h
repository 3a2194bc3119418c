/* req.h: one HTTP request, from arrival to response, and the server it belongs to.
 *
 * Handlers (h_*.c) read only validated input through req_field()/req_query(), do
 * their work through store/ and model/, and answer with one of the resp_* calls. Every
 * request has its own arena and database connection; nothing is shared between
 * requests but the server's pool and limiter. */
#ifndef BEREDT_REQ_H
#define BEREDT_REQ_H

#include <stdbool.h>
#include <stdint.h>

#include "db/db.h"
#include "model/user.h"
#include "store/session.h"
#include "store/stamp.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/clock.h"
#include "util/date.h"
#include "util/settings.h"
#include "util/valid.h"
#include "web/cache.h"
#include "web/conns.h"
#include "web/limiter.h"
#include "web/mailer.h"
#include "web/pool.h"

#define REQ_FIELDS_MAX 64
#define REQ_KEY_MAX 64

struct MHD_Connection;
struct form_spec;
struct json_t;

struct server {
	struct pool pool;
	struct limiter limiter;
	struct page_cache cache;
	struct mailer mailer;    /* invitations' mail, sent off the request's thread */
	char base_url[256];
	char origin[256];        /* scheme://host[:port] of base_url */
	bool tls;
	struct clock clock;      /* one clock for every request and the worker */
	struct conns conns;      /* open connections: budget, fairness, head deadline */
	unsigned token_days;     /* an API token's lifetime */
	const char *webhook_allow;   /* addresses a webhook may reach though internal */
	const struct settings *settings;   /* read once in main (util/settings.h) */
	char dummy_hash[128];    /* argon2id of a random password: equal work for unknown users */
	char report_csp[256];    /* CSP for the stand-alone report (its style's hash) */
};

struct req_form_field {
	char key[REQ_KEY_MAX];
	struct buf value;
	bool file;               /* an uploaded file: any encoding, checked by its reader */
	bool binary;             /* it holds NUL bytes: only a FORM_BLOB field takes that */
	char filename[256];      /* the name the sender gave an uploaded file (cut, not trusted) */
};

struct req_form {
	struct req_form_field fields[REQ_FIELDS_MAX];
	int n;
	bool duplicate;          /* a field came twice */
	bool nameless;           /* a multipart part without a name */
	bool too_many;
	size_t file_max;         /* the route's body ceiling: one field holds at most this */
};

enum route_access {
	ACCESS_PUBLIC,           /* anyone */
	ACCESS_PENDING,          /* password given, second factor not yet */
	ACCESS_USER,             /* logged in with both factors (or an API token) */
};

struct req {
	struct server *srv;
	struct MHD_Connection *conn;
	struct arena *a;
	struct db *db;
	const char *method;
	const char *path;
	const char *param;       /* the segment matched by '*' in the route */
	bool post;
	bool api;                /* under /api/v1/: JSON in and out, token auth */
	const char *ip;
	char now[TIMESTAMP_TEXT];
	int64_t epoch;
	int32_t today;
	enum lang lang;
	struct err err;
	const char *body;        /* raw body (NUL-terminated), for the JSON API */
	size_t body_len;
	struct req_form *form;
	const struct form_spec *form_spec;   /* the fields the route's form has, checked (web/forms.h) */

	/* who is asking */
	const char *sid;         /* session cookie value */
	bool has_session;
	struct session session;
	bool logged_in;
	struct user user;
	const char *tenant_name;
	const char *tenant_code;   /* its public code: kommunenummer or a cooperation's id */
	bool tenant_cooperation;   /* the active tenant is an IT cooperation */

	/* the answer */
	int status;
	const char *content_type;
	struct buf out;
	const char *location;
	const char *cookie;      /* a Set-Cookie value */
	const char *disposition;
	const char *csp;         /* NULL: the strict default */
};

/* Form field or query argument, or NULL. Values are valid UTF-8 (checked on arrival). */
const char *req_field(struct req *r, const char *name);
const char *req_query(struct req *r, const char *name);
/* An uploaded file's bytes (any, NUL included, for a FORM_BLOB field), their length and the
 * name its sender gave; NULL when the form has none. */
const char *req_file(struct req *r, const char *name, size_t *len, const char **filename);
/* Every value of a repeated query argument (?n=1&n=2), at most max; the count. */
size_t req_query_all(struct req *r, const char *name, const char **out, size_t max);
const char *req_header(struct req *r, const char *name);

/* Who is acting, for store calls. */
struct store_stamp req_stamp(struct req *r);

/* Set a message shown once on the next page (after a redirect). */
void req_flash(struct req *r, const char *msg);

/* Answers. */
void resp_redirect(struct req *r, const char *location);
void resp_error(struct req *r, int status, const char *msg);
/* The page in r->out with this status (text/html). */
void resp_html(struct req *r, int status);
/* The one check before anything is sent: an answer that passed its ceiling (r->out failed)
 * is replaced by a short 500 page saying so, never sent cut short as if whole. */
void resp_finish(struct req *r);
/* A JSON body (the reference is taken). */
void resp_json(struct req *r, int status, struct json_t *j);
/* r->err as the answer: 404 for things that do not exist in this municipality, else 400. */
void resp_store_error(struct req *r);

/* Cookie handling. */
void req_set_session_cookie(struct req *r, const char *sid);
void req_clear_session_cookie(struct req *r);

#endif
