/* web/mailer.h: e-mail sent from a page (an invitation's one-time link) without holding the
 * request: a small queue in memory, emptied by one thread of its own through the SMTP
 * relay (net/send.h). The link is a secret, so it is never written to the database; a mail
 * lost with a restart is sent again from the page (a new link). */
#ifndef BEREDT_WEB_MAILER_H
#define BEREDT_WEB_MAILER_H

#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>

#include "net/send.h"

#define MAILER_QUEUE 64

struct mail_job {
	char *to, *subject, *text;
};

struct mailer {
	pthread_t thread;
	pthread_mutex_t mu;
	pthread_cond_t cv;
	bool running, stop;
	struct mail_config cfg;
	struct mail_job jobs[MAILER_QUEUE];
	size_t head, n;
	const struct clock *clock;
};

/* Start the thread when a relay is configured (cfg->url set); otherwise mailer_post says
 * so. -1 only when the thread cannot start. */
int mailer_start(struct mailer *m, const struct mail_config *cfg, const struct clock *clock);

/* Queue a mail (copied). -1 when no relay is configured or the queue is full. */
int mailer_post(struct mailer *m, const char *to, const char *subject, const char *text);

/* Whether mail can be sent at all. */
bool mailer_ready(const struct mailer *m);

/* Send what is queued, then stop the thread. */
void mailer_stop(struct mailer *m);

#endif
