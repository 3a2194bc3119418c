/* web/mailer.c: see mailer.h. */
#include "web/mailer.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/clock.h"
#include "util/err.h"

static void job_free(struct mail_job *j)
{
	free(j->to);
	free(j->subject);
	free(j->text);
	*j = (struct mail_job){ 0 };
}

static void *run(void *arg)
{
	struct mailer *m = arg;
	pthread_mutex_lock(&m->mu);
	for (;;) {
		while (!m->n && !m->stop)
			pthread_cond_wait(&m->cv, &m->mu);
		if (!m->n)
			break;
		struct mail_job j = m->jobs[m->head];
		m->jobs[m->head] = (struct mail_job){ 0 };
		m->head = (m->head + 1) % MAILER_QUEUE;
		m->n--;
		pthread_mutex_unlock(&m->mu);
		struct err e;
		err_init(&e, LANG_NB);
		if (send_mail(&m->cfg, j.to, j.subject, j.text, (long long)clock_epoch(m->clock), &e) < 0)
			fprintf(stderr, "beredt: an invitation to %s could not be sent: %s\n", j.to, e.msg);
		job_free(&j);
		pthread_mutex_lock(&m->mu);
	}
	pthread_mutex_unlock(&m->mu);
	return NULL;
}

int mailer_start(struct mailer *m, const struct mail_config *cfg, const struct clock *clock)
{
	memset(m, 0, sizeof(*m));
	pthread_mutex_init(&m->mu, NULL);
	pthread_cond_init(&m->cv, NULL);
	m->cfg = *cfg;
	m->clock = clock;
	if (!cfg->url || !*cfg->url)
		return 0;
	if (pthread_create(&m->thread, NULL, run, m) != 0)
		return -1;
	m->running = true;
	return 0;
}

bool mailer_ready(const struct mailer *m)
{
	return m->running;
}

int mailer_post(struct mailer *m, const char *to, const char *subject, const char *text)
{
	int rc = -1;
	if (!m->running)
		return -1;
	pthread_mutex_lock(&m->mu);
	if (m->n < MAILER_QUEUE && !m->stop) {
		struct mail_job *j = &m->jobs[(m->head + m->n) % MAILER_QUEUE];
		*j = (struct mail_job){ strdup(to), strdup(subject), strdup(text) };
		if (j->to && j->subject && j->text) {
			m->n++;
			rc = 0;
			pthread_cond_signal(&m->cv);
		} else {
			job_free(j);
		}
	}
	pthread_mutex_unlock(&m->mu);
	return rc;
}

void mailer_stop(struct mailer *m)
{
	if (m->running) {
		pthread_mutex_lock(&m->mu);
		m->stop = true;
		pthread_cond_signal(&m->cv);
		pthread_mutex_unlock(&m->mu);
		pthread_join(m->thread, NULL);
		m->running = false;
	}
	for (size_t i = 0; i < MAILER_QUEUE; i++)
		job_free(&m->jobs[i]);
	pthread_cond_destroy(&m->cv);
	pthread_mutex_destroy(&m->mu);
}
