/* worker.h: the thread in 'beredt serve' that runs the checks (checks/checks.h) for every
 * municipality at start and then every 'interval' seconds, queues the digests of new
 * findings (checks/notify.h), and delivers the outbox every minute, apart from request
 * handling:
 * its own database connection, its own arena per run. Errors go to standard error; the
 * server keeps serving. */
#ifndef BEREDT_WORKER_H
#define BEREDT_WORKER_H

#include <pthread.h>
#include <stdbool.h>

#include "util/err.h"

struct worker {
	pthread_t thread;
	pthread_mutex_t mu;
	pthread_cond_t cv;
	bool stop;
	bool running;
	const char *db_url;
	unsigned interval;
};

/* Start the thread (interval 0: do nothing). */
int worker_start(struct worker *w, const char *db_url, unsigned interval, struct err *e);

/* Ask it to stop, wait for a run in progress to finish, and join it. */
void worker_stop(struct worker *w);

#endif
