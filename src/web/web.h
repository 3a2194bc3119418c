/* web.h: the web server (beredt serve). */
#ifndef BEREDT_WEB_H
#define BEREDT_WEB_H

#include "util/clock.h"
#include "util/settings.h"
#include "util/err.h"

struct web_config {
	const char *db_url;
	const char *listen;      /* "127.0.0.1:8080" */
	const char *base_url;    /* what users see, e.g. "https://beredt.kommune.no"; NULL: from listen */
	const char *tls_cert;    /* PEM files; both or neither */
	const char *tls_key;
	unsigned threads;
	unsigned check_interval; /* seconds between runs of the checks; 0: none in this process */
	const char *kit_dir;     /* write a fresh encrypted crisis kit here after changes; NULL */
	const char *kit_passphrase;
	unsigned head_timeout;   /* seconds for a request's whole head; 0: 10 */
	unsigned body_timeout;   /* seconds for its whole body after the head; 0: 120 */
	const char *trusted_proxies;   /* comma-separated addresses whose X-Forwarded-For counts */
	unsigned token_days;     /* API token lifetime; 0: 90 */
	const char *webhook_allow;     /* comma-separated internal addresses webhooks may reach */
	struct clock clock;      /* the CLI's: one clock for the requests and the worker */
	const struct settings *settings;   /* the rest (notifications, PATH), read once in main */
};

/* Serve until SIGINT or SIGTERM, then stop cleanly. 'ready' (may be NULL) is called
 * with the base URL once the server listens. */
int web_serve(const struct web_config *cfg, void (*ready)(const char *base_url, void *arg),
	      void *arg, struct err *e);

#endif
