/* server.c: libmicrohttpd glue. Receives a request (bounded body), checks its shape
 * (method, percent-encoding, UTF-8, form fields), gives it a database connection and
 * an arena, hands it to the router, and sends the answer with the security headers.
 * Runs until SIGINT/SIGTERM. */
#include <arpa/inet.h>
#include <errno.h>
#include <jansson.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <time.h>

#include "app/notify_outbox.h"
#include "render/report_format.h"
#include "util/clock.h"
#include "util/crypto.h"
#include "util/file.h"
#include "web/conns.h"
#include "web/router.h"
#include "web/web.h"
#include "web/worker.h"
#include "util/limits.h"

#define CONN_TIMEOUT_S 30      /* idle; the request head has its own deadline (conns.h) */

/* What lives across the calls MHD makes for one request. */
struct conn {
	struct arena arena;
	struct buf body;
	bool started;        /* the first call (headers only) has been seen */
	bool too_big;
	bool bad_uri;
};

static struct conns_entry *conn_entry(struct MHD_Connection *c);

/* A field's value may be a whole uploaded file, so fields may be as large as a body. */

static bool hex(char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* Every '%' followed by two hex digits. */
static bool percent_ok(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] == '%' && (i + 2 >= n || !hex(s[i + 1]) || !hex(s[i + 2])))
			return false;
	return true;
}

/* Called first with the raw request line's URI: allocate the request's state and check
 * the URI's percent-encoding before MHD decodes it. */
static void *on_uri(void *cls, const char *uri, struct MHD_Connection *c)
{
	struct conn *k = calloc(1, sizeof(*k));
	(void)cls;
	(void)c;
	if (!k)
		return NULL;
	arena_init(&k->arena, LIMIT_REQ_ARENA);
	/* a form's size; an upload route raises it once the sender is known (on_request) */
	buf_init(&k->body, LIMIT_FORM_BODY);
	size_t n = uri ? strlen(uri) : 0;
	/* "%00" would be decoded into a NUL that cuts the path short: refused, not cut */
	k->bad_uri = !uri || n > LIMIT_URI || !percent_ok(uri, n) || strstr(uri, "%00") != NULL;
	return k;
}

static void on_done(void *cls, struct MHD_Connection *c, void **con_cls,
		    enum MHD_RequestTerminationCode code)
{
	struct conn *k = *con_cls;
	(void)code;
	conns_answered(&((struct server *)cls)->conns, conn_entry(c));
	if (!k)
		return;
	/* a request's body and form may hold a password, a code or a token: overwritten before
	 * the memory goes back */
	arena_wipe(&k->arena);
	buf_wipe(&k->body);
	free(k);
	*con_cls = NULL;
}

/* ---- forms ---- */

static enum MHD_Result on_field(void *cls, enum MHD_ValueKind kind, const char *key,
				const char *filename, const char *content_type,
				const char *transfer_encoding, const char *data, uint64_t off,
				size_t size)
{
	struct req_form *f = cls;
	(void)kind;
	(void)content_type;
	(void)transfer_encoding;
	if (!key) {              /* a multipart part without a name: refused */
		f->nameless = true;
		return MHD_NO;
	}
	if (!data && size)
		return MHD_NO;
	if (strlen(key) >= REQ_KEY_MAX) {
		f->too_many = true;
		return MHD_YES;
	}
	struct req_form_field *fld = NULL;
	for (int i = 0; i < f->n; i++)
		if (strcmp(f->fields[i].key, key) == 0)
			fld = &f->fields[i];
	if (fld && off == 0) {
		f->duplicate = true;    /* the same field twice: refused, not guessed */
		return MHD_YES;
	}
	if (!fld) {
		if (f->n == REQ_FIELDS_MAX) {
			f->too_many = true;
			return MHD_YES;
		}
		fld = &f->fields[f->n++];
		snprintf(fld->key, sizeof(fld->key), "%s", key);
		fld->file = filename != NULL;
		if (filename)
			snprintf(fld->filename, sizeof(fld->filename), "%s", filename);
		buf_init(&fld->value, f->file_max);
		buf_append(&fld->value, "", 0);
	}
	if (size)
		buf_append(&fld->value, data, size);
	return MHD_YES;
}

static void form_release(struct req_form *f)
{
	for (int i = 0; i < f->n; i++)
		buf_wipe(&f->fields[i].value);
}

/* Parse an urlencoded body into r->form; -1 with a message for a malformed one. */
static int parse_form(struct req *r, struct conn *k)
{
	struct req_form *f = arena_alloc(r->a, sizeof(*f));
	if (!f)
		return err_set(&r->err, "Tom for minne.");
	r->form = f;
	f->file_max = k->body.max > LIMIT_UPLOAD_BODY ? k->body.max : LIMIT_UPLOAD_BODY;
	if (!k->body.len)
		return 0;
	const char *ct = MHD_lookup_connection_value(r->conn, MHD_HEADER_KIND, "Content-Type");
	bool multipart = ct && strncasecmp(ct, "multipart/form-data", 19) == 0;
	if (!multipart && !percent_ok(k->body.data, k->body.len))
		return err_set(&r->err, "Skjemaet har ugyldig prosentkoding.");
	struct MHD_PostProcessor *pp = MHD_create_post_processor(r->conn, LIMIT_POST_BUFFER, on_field, f);
	if (!pp)
		return err_set(&r->err, "Skjemaet må sendes som application/x-www-form-urlencoded.");
	enum MHD_Result ok = MHD_post_process(pp, k->body.data, k->body.len);
	MHD_destroy_post_processor(pp);
	if (f->nameless)
		return err_set(&r->err, "En del av skjemaet mangler navn.");
	if (ok != MHD_YES)
		return err_set(&r->err, "Skjemaet kunne ikke leses.");
	if (f->duplicate)
		return err_set(&r->err, "Et felt i skjemaet kom flere ganger.");
	if (f->too_many)
		return err_set(&r->err, "Skjemaet har for mange eller for lange felt.");
	for (int i = 0; i < f->n; i++) {
		const struct req_form_field *fld = &f->fields[i];
		if (strlen(fld->value.data) != fld->value.len) {
			if (!fld->file)
				return err_set(&r->err, "Feltet «%s» inneholder NUL-tegn; det er ikke tekst.", fld->key);
			f->fields[i].binary = true;    /* the route's form says whether it takes that */
		}
		if (!fld->file && !valid_utf8(fld->value.data, fld->value.len))
			return err_set(&r->err, "Feltet «%s» er ikke gyldig UTF-8-tekst.", fld->key);
	}
	return 0;
}

static enum MHD_Result check_arg(void *cls, enum MHD_ValueKind kind, const char *key,
				 const char *value)
{
	bool *ok = cls;
	(void)kind;
	if (!key) {
		*ok = false;
		return MHD_YES;
	}
	if (!valid_utf8(key, strlen(key)) || (value && !valid_utf8(value, strlen(value))))
		*ok = false;
	return MHD_YES;
}

/* ---- answering ---- */

static void add_headers(struct req *r, struct MHD_Response *resp)
{
	MHD_add_response_header(resp, "Content-Security-Policy",
				r->csp ? r->csp
				       : "default-src 'self'; img-src 'self' data:; form-action 'self'; "
					 "frame-ancestors 'none'; base-uri 'none'");
	MHD_add_response_header(resp, "X-Content-Type-Options", "nosniff");
	MHD_add_response_header(resp, "Referrer-Policy", "no-referrer");
	MHD_add_response_header(resp, "X-Frame-Options", "DENY");
	MHD_add_response_header(resp, "Cross-Origin-Opener-Policy", "same-origin");
	MHD_add_response_header(resp, "Permissions-Policy", "camera=(), microphone=(), geolocation=()");
	if (r->srv->tls)
		MHD_add_response_header(resp, "Strict-Transport-Security", "max-age=31536000");
	if (r->content_type)
		MHD_add_response_header(resp, "Content-Type", r->content_type);
	if (strncmp(r->path, "/static/", 8) == 0 && r->status == 200)
		MHD_add_response_header(resp, "Cache-Control", "public, max-age=3600");
	else
		MHD_add_response_header(resp, "Cache-Control", "no-store");
	if (r->location)
		MHD_add_response_header(resp, "Location", r->location);
	if (r->cookie)
		MHD_add_response_header(resp, "Set-Cookie", r->cookie);
	if (r->disposition)
		MHD_add_response_header(resp, "Content-Disposition", r->disposition);
}

static enum MHD_Result answer(struct req *r)
{
	static char empty[1];
	resp_finish(r);
	struct MHD_Response *resp = MHD_create_response_from_buffer(
		r->out.len, r->out.data ? r->out.data : empty, MHD_RESPMEM_MUST_COPY);
	if (!resp)
		return MHD_NO;
	add_headers(r, resp);
	enum MHD_Result ok = MHD_queue_response(r->conn, (unsigned)r->status, resp);
	MHD_destroy_response(resp);
	return ok;
}

/* The real client: the peer, or what a trusted proxy says the client was. */
static const char *client_ip(struct server *srv, struct MHD_Connection *c, struct arena *a)
{
	const union MHD_ConnectionInfo *ci = MHD_get_connection_info(c, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
	char peer[CONNS_ADDR_TEXT], real[CONNS_ADDR_TEXT];
	conns_addr_text(ci ? ci->client_addr : NULL, peer);
	conns_client(&srv->conns, peer, MHD_lookup_connection_value(c, MHD_HEADER_KIND, "X-Forwarded-For"),
		     MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Forwarded"), real);
	return arena_strdup(a, real);
}

static struct conns_entry *conn_entry(struct MHD_Connection *c)
{
	const union MHD_ConnectionInfo *ci = MHD_get_connection_info(c, MHD_CONNECTION_INFO_SOCKET_CONTEXT);
	return ci ? ci->socket_context : NULL;
}

/* The request as far as the head goes: method, path, who (not yet), clock. */
static void req_begin(struct req *r, struct server *srv, struct MHD_Connection *c, struct conn *k,
		      const char *url, const char *method)
{
	memset(r, 0, sizeof(*r));
	r->srv = srv;
	r->conn = c;
	r->a = &k->arena;
	r->method = strcmp(method, "HEAD") == 0 ? "GET" : method;
	r->path = url;
	r->post = strcmp(method, "POST") == 0;
	r->api = strncmp(url, "/api/", 5) == 0;
	r->ip = client_ip(srv, c, r->a);
	r->status = 200;
	r->lang = LANG_NB;
	err_init(&r->err, LANG_NB);
	buf_init(&r->out, LIMIT_REQ_OUT);
	clock_read(&srv->clock, r->now, &r->today, &r->epoch);
}

/* The head is in: an upload route lets a logged-in sender with the route's role send a
 * file; everyone else gets a form's size. */
static void head_arrived(struct server *srv, struct MHD_Connection *c, struct conn *k, const char *url,
			 const char *method)
{
	struct req r;
	conns_head_done(&srv->conns, conn_entry(c));
	if (k->bad_uri || strcmp(method, "POST") != 0 || !router_takes_file(url))
		return;
	req_begin(&r, srv, c, k, url, method);
	r.db = pool_get(&srv->pool);
	k->body.max = router_body_max(&r);
	db_rollback(r.db);
	pool_put(&srv->pool, r.db);
	buf_release(&r.out);
}

/* Accept policy: the connection budget, shared fairly between addresses. */
static enum MHD_Result on_accept(void *cls, const struct sockaddr *addr, socklen_t len)
{
	struct server *srv = cls;
	(void)len;
	return conns_admit(&srv->conns, addr) ? MHD_YES : MHD_NO;
}

static void on_connection(void *cls, struct MHD_Connection *c, void **socket_context,
			  enum MHD_ConnectionNotificationCode toe)
{
	struct server *srv = cls;
	if (!socket_context)
		return;
	if (toe == MHD_CONNECTION_NOTIFY_STARTED) {
		const union MHD_ConnectionInfo *fd = MHD_get_connection_info(c, MHD_CONNECTION_INFO_CONNECTION_FD);
		const union MHD_ConnectionInfo *ca = MHD_get_connection_info(c, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
		*socket_context = conns_opened(&srv->conns, fd ? fd->connect_fd : -1, ca ? ca->client_addr : NULL);
	} else if (toe == MHD_CONNECTION_NOTIFY_CLOSED) {
		conns_closed(&srv->conns, *socket_context);
		*socket_context = NULL;
	}
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *c, const char *url,
				  const char *method, const char *version, const char *upload,
				  size_t *upload_size, void **con_cls)
{
	struct server *srv = cls;
	struct conn *k = *con_cls;
	struct req r;

	if (!k || !url || !method || !upload_size)
		return MHD_NO;
	if (!k->started) {
		/* MHD calls first with the headers only; the body, if any, follows */
		k->started = true;
		head_arrived(srv, c, k, url, method);
		return MHD_YES;
	}
	if (*upload_size) {
		if (!k->too_big && buf_append(&k->body, upload, *upload_size) < 0)
			k->too_big = true;    /* keep reading, then answer 413 */
		*upload_size = 0;
		return MHD_YES;
	}

	conns_body_done(&srv->conns, conn_entry(c));
	req_begin(&r, srv, c, k, url, method);
	if (version && strcmp(version, "HTTP/1.0") != 0 &&
	    !MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Host")) {
		resp_error(&r, 400, i18n_tr(r.lang, "Forespørselen mangler Host."));
		goto send;
	}

	bool args_ok = true;
	MHD_get_connection_values(c, MHD_GET_ARGUMENT_KIND, check_arg, &args_ok);
	if (k->bad_uri || !args_ok || !valid_utf8(url, strlen(url))) {
		resp_error(&r, 400, i18n_tr(r.lang, "Adressen har ugyldig prosentkoding eller er ikke gyldig UTF-8."));
		goto send;
	}
	if (k->too_big) {
		resp_error(&r, 413, i18n_tr(r.lang, "Forespørselen er for stor."));
		goto send;
	}
	if (strcmp(r.method, "GET") != 0 && !r.post) {
		resp_error(&r, 405, i18n_tr(r.lang, "Metoden er ikke tillatt her."));
		goto send;
	}
	r.body = k->body.data ? k->body.data : "";
	r.body_len = k->body.len;
	if (r.post && !r.api) {
		const char *ct = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Content-Type");
		if (!ct || (strncasecmp(ct, "application/x-www-form-urlencoded", 33) != 0 &&
			    strncasecmp(ct, "multipart/form-data", 19) != 0)) {
			resp_error(&r, 415, i18n_tr(r.lang, "Skjemaet må sendes som application/x-www-form-urlencoded."));
			goto send;
		}
	}
	if (!r.api && parse_form(&r, k) < 0) {
		resp_error(&r, 400, r.err.msg);
		goto send;
	}
	if (!r.form && !(r.form = arena_alloc(r.a, sizeof(*r.form)))) {
		resp_error(&r, 500, "Tom for minne.");
		goto send;
	}

	r.db = pool_get(&srv->pool);
	router_dispatch(&r);
	db_rollback(r.db);      /* a handler never leaves a transaction open; make sure */
	pool_put(&srv->pool, r.db);

send:;
	enum MHD_Result ok = answer(&r);
	if (r.form)
		form_release(r.form);
	buf_release(&r.out);
	return ok;
}

/* ---- starting and stopping ---- */

static int parse_listen(const char *listen, struct sockaddr_storage *ss, socklen_t *len,
			unsigned *port, struct err *e)
{
	char host[128];
	const char *colon = strrchr(listen, ':');
	if (!colon || colon == listen || (size_t)(colon - listen) >= sizeof(host))
		return err_set(e, "--listen må se slik ut: 127.0.0.1:8080 eller [::1]:8080.");
	memcpy(host, listen, (size_t)(colon - listen));
	host[colon - listen] = '\0';
	char *end;
	long p = strtol(colon + 1, &end, 10);
	if (*end || p < 0 || p > 65535)
		return err_set(e, "Ugyldig port i --listen «%s».", listen);
	*port = (unsigned)p;
	memset(ss, 0, sizeof(*ss));
	if (host[0] == '[') {
		struct sockaddr_in6 *a6 = (struct sockaddr_in6 *)ss;
		size_t n = strlen(host);
		if (host[n - 1] != ']')
			return err_set(e, "Ugyldig IPv6-adresse i --listen «%s».", listen);
		host[n - 1] = '\0';
		if (inet_pton(AF_INET6, host + 1, &a6->sin6_addr) != 1)
			return err_set(e, "Ugyldig IPv6-adresse i --listen «%s».", listen);
		a6->sin6_family = AF_INET6;
		a6->sin6_port = htons((uint16_t)p);
		*len = sizeof(*a6);
	} else {
		struct sockaddr_in *a4 = (struct sockaddr_in *)ss;
		if (inet_pton(AF_INET, host, &a4->sin_addr) != 1)
			return err_set(e, "Ugyldig IPv4-adresse i --listen «%s».", listen);
		a4->sin_family = AF_INET;
		a4->sin_port = htons((uint16_t)p);
		*len = sizeof(*a4);
	}
	return 0;
}

/* scheme://host[:port] of a URL (what browsers send as Origin). */
static void origin_of(const char *url, char *out, size_t n)
{
	const char *p = strstr(url, "://");
	const char *slash = p ? strchr(p + 3, '/') : NULL;
	size_t len = slash ? (size_t)(slash - url) : strlen(url);
	snprintf(out, n, "%.*s", (int)len, url);
}

/* The server holds the TLS key, sessions and forms with passwords in memory: no core file
 * is written of it, and it cannot be read through /proc or ptrace by the same user. */
static void no_core_dumps(void)
{
	struct rlimit none = { 0, 0 };
	if (setrlimit(RLIMIT_CORE, &none) < 0 || prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) < 0)
		fprintf(stderr, "beredt: core dumps could not be turned off: %s\n", strerror(errno));
}

int web_serve(const struct web_config *cfg, void (*ready)(const char *base_url, void *arg),
	      void *arg, struct err *e)
{
	struct server *srv = calloc(1, sizeof(*srv));
	struct sockaddr_storage ss;
	socklen_t sslen;
	unsigned port = 0;
	struct buf cert, key;
	struct MHD_Daemon *d = NULL;
	struct worker worker;
	sigset_t sigs;
	int sig, rc = -1;

	buf_init(&cert, LIMIT_PEM_FILE);
	buf_init(&key, LIMIT_PEM_FILE);
	if (!srv)
		return err_set(e, "Tom for minne.");
	no_core_dumps();
	if (parse_listen(cfg->listen, &ss, &sslen, &port, e) < 0)
		goto out;
	srv->tls = cfg->tls_cert && cfg->tls_key;
	if ((cfg->tls_cert != NULL) != (cfg->tls_key != NULL)) {
		err_set(e, "Oppgi både --tls-cert og --tls-key, eller ingen av dem.");
		goto out;
	}
	if (srv->tls && (file_read(cfg->tls_cert, cert.max, &cert, e) < 0 ||
			 file_read(cfg->tls_key, key.max, &key, e) < 0))
		goto out;
	/* equal work whether or not the e-mail exists: verify against a real hash */
	char random_pw[CRYPTO_TOKEN_TEXT];
	crypto_token(random_pw);
	if (crypto_password_hash(random_pw, srv->dummy_hash) < 0) {
		err_set(e, "Tom for minne.");
		goto out;
	}
	report_style_csp(srv->report_csp, sizeof(srv->report_csp));
	if (pool_open(&srv->pool, cfg->db_url, cfg->threads, e) < 0)
		goto out;
	srv->clock = cfg->clock;
	if (conns_init(&srv->conns, cfg->head_timeout, cfg->body_timeout, cfg->trusted_proxies, e) < 0)
		goto out;
	srv->token_days = cfg->token_days ? cfg->token_days : 90;
	srv->webhook_allow = cfg->webhook_allow;
	srv->settings = cfg->settings;
	if (conns_start(&srv->conns, e) < 0) {
		conns_destroy(&srv->conns);
		goto out;
	}
	limiter_init(&srv->limiter);
	cache_init(&srv->cache);
	struct mail_config mail = { 0 };
	if (cfg->settings) {
		struct notify_config nc;
		notify_config_from(cfg->settings, &nc);
		mail = nc.mail;
	}
	if (mailer_start(&srv->mailer, &mail, &srv->clock) < 0) {
		err_set(e, "Kan ikke starte tråden som sender e-post.");
		cache_destroy(&srv->cache);
		limiter_destroy(&srv->limiter);
		conns_destroy(&srv->conns);
		pool_close(&srv->pool);
		goto out;
	}

	/* Block the signals in every thread; this one waits for them below. */
	sigemptyset(&sigs);
	sigaddset(&sigs, SIGINT);
	sigaddset(&sigs, SIGTERM);
	pthread_sigmask(SIG_BLOCK, &sigs, NULL);

	unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL | MHD_USE_ERROR_LOG;
	if (srv->tls)
		flags |= MHD_USE_TLS;
	d = MHD_start_daemon(flags, (uint16_t)port, on_accept, srv, on_request, srv,
		MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&ss,
		MHD_OPTION_THREAD_POOL_SIZE, cfg->threads,
		MHD_OPTION_CONNECTION_MEMORY_LIMIT, LIMIT_CONN_MEMORY,
		/* the budget and the per-address shares are conns_admit's; this is a backstop */
		MHD_OPTION_CONNECTION_LIMIT, (unsigned)CONNS_BUDGET + 16,
		MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)CONN_TIMEOUT_S,
		MHD_OPTION_URI_LOG_CALLBACK, on_uri, NULL,
		MHD_OPTION_NOTIFY_COMPLETED, on_done, srv,
		MHD_OPTION_NOTIFY_CONNECTION, on_connection, srv,
		/* without TLS the list ends here; the priorities and the key/cert pair are not
		 * read. TLS 1.2 and 1.3 only, GnuTLS's default suites (no RC4, 3DES or export ciphers; ASVS 9.1.2, 9.1.3). */
		srv->tls ? MHD_OPTION_HTTPS_PRIORITIES : MHD_OPTION_END, "NORMAL:-VERS-ALL:+VERS-TLS1.3:+VERS-TLS1.2",
		MHD_OPTION_HTTPS_MEM_CERT, cert.data,
		MHD_OPTION_HTTPS_MEM_KEY, key.data,
		MHD_OPTION_END);
	if (!d) {
		err_set(e, "Kan ikke starte nettjeneren på %s (er porten i bruk?).", cfg->listen);
		goto stop;
	}
	const union MHD_DaemonInfo *di = MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
	if (di)
		port = di->port;
	if (cfg->base_url && *cfg->base_url) {
		snprintf(srv->base_url, sizeof(srv->base_url), "%s", cfg->base_url);
	} else {
		char host[128];
		snprintf(host, sizeof(host), "%.*s", (int)(strrchr(cfg->listen, ':') - cfg->listen), cfg->listen);
		snprintf(srv->base_url, sizeof(srv->base_url), "%s://%s:%u", srv->tls ? "https" : "http",
			 host, port);
	}
	size_t bl = strlen(srv->base_url);
	if (bl && srv->base_url[bl - 1] == '/')
		srv->base_url[bl - 1] = '\0';
	origin_of(srv->base_url, srv->origin, sizeof(srv->origin));
	/* started after the signals are blocked, so only this thread takes them */
	if (worker_start(&worker, &srv->clock, cfg->db_url, cfg->check_interval, cfg->kit_dir, cfg->kit_passphrase, cfg->settings, e) < 0) {
		MHD_stop_daemon(d);
		goto stop;
	}
	if (ready)
		ready(srv->base_url, arg);
	while (sigwait(&sigs, &sig) != 0 && errno == EINTR)
		;
	MHD_stop_daemon(d);
	worker_stop(&worker);
	rc = 0;
stop:
	mailer_stop(&srv->mailer);
	conns_destroy(&srv->conns);
	cache_destroy(&srv->cache);
	limiter_destroy(&srv->limiter);
	pool_close(&srv->pool);
out:
	buf_release(&cert);
	buf_wipe(&key);
	free(srv);
	return rc;
}
