/* worker.h: the thread in 'beredt serve' that runs the checks (app/checks.h) for every
 * municipality at start and then every 'interval' seconds, queues the digests of new
 * findings (app/notify_outbox.h), and delivers the outbox every minute, apart from request
 * handling:
 * its own database connection, its own arena per run. Errors go to standard error; the
 * server keeps serving. */
#ifndef BEREDT_WORKER_H
#define BEREDT_WORKER_H

#include <pthread.h>
#include <stdbool.h>

#include "util/err.h"
#include "util/settings.h"

struct worker {
	pthread_t thread;
	pthread_mutex_t mu;
	pthread_cond_t cv;
	bool stop;
	bool running;
	const struct clock *clock;
	const char *db_url;
	unsigned interval;
	const char *kit_dir, *kit_passphrase;   /* NULL: no kits written */
	const struct settings *settings;        /* notifications: SMTP, webhooks, base URL */
};

/* Start the thread (interval 0: do nothing). With kit_dir, after each run of the checks
 * a municipality whose plan, contacts or registers changed since its last kit gets a
 * new encrypted kit there (beredskapspakke-KOMMUNENR.html), for an offsite copy. */
int worker_start(struct worker *w, const struct clock *clock, const char *db_url, unsigned interval, const char *kit_dir,
		 const char *kit_passphrase, const struct settings *settings, struct err *e);

/* Ask it to stop, wait for a run in progress to finish, and join it. */
void worker_stop(struct worker *w);

#endif
