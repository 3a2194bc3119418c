/* worker.c: see worker.h. */
#include "web/worker.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "app/checks.h"
#include "app/kit.h"
#include "app/checkpoint.h"
#include "app/notify_outbox.h"
#include "store/prep.h"
#include "util/file.h"
#include "store/tenant.h"
#include "util/arena.h"
#include "util/clock.h"
#include "util/limits.h"

#define WORKER_TICK 60          /* seconds between deliveries of notifications */

/* Send what is due in the outbox; failures stay on their messages for the next tick. */
static void deliver(struct db *db, struct arena *a, const struct settings *set, const struct store_stamp *st)
{
	struct notify_config c;
	struct err e;
	size_t sent, failed;
	err_init(&e, LANG_NB);
	notify_config_from(set, &c);
	if (notify_deliver(db, a, &c, st, &sent, &failed, &e) < 0)
		fprintf(stderr, "beredt: varslene feilet: %s\n", e.msg);
	else if (failed)
		fprintf(stderr, "beredt: %zu varsler kom ikke fram og prøves igjen senere\n", failed);
}

/* A signed checkpoint of the audit trail when it moved, and at least hourly, when the
 * installation has a key and a directory for them (app/checkpoint.h). */
static void checkpoint(struct db *db, struct arena *a, const struct settings *set, const struct store_stamp *st)
{
	struct err e;
	int64_t epoch;
	bool written;
	if (!set->audit_key || !set->audit_checkpoints || date_timestamp_parse(st->at, &epoch) < 0)
		return;
	err_init(&e, LANG_NB);
	if (checkpoint_write(db, a, set->audit_checkpoints, set->audit_key, st->at, epoch, false, &written, &e) < 0)
		fprintf(stderr, "beredt: sjekkpunktet av revisjonssporet ble ikke skrevet: %s\n", e.msg);
}

/* A fresh kit when what it holds has changed since the last one (and there is a plan). */
static int write_kit(struct worker *w, struct db *db, struct arena *a, const struct tenant *t,
		     const struct store_stamp *st, struct err *e)
{
	int64_t kit_head, head;
	const char *written, *sha, *text;
	int version;
	struct buf b;
	if (store_kit_state(db, t->id, &kit_head, &head, &written, a, e) < 0 ||
	    store_prep_get(db, a, t->id, PREP_PLAN, &text, &version, e) < 0)
		return -1;
	if (!version || kit_head >= head)
		return 0;
	buf_init(&b, LIMIT_KIT);
	int rc = kit_make(db, a, t, LANG_NB, w->kit_passphrase, w->settings->audit_key, st, &b, &sha, e) < 0 ||
		 file_write(arena_printf(a, "%s/beredskapspakke-%s.html", w->kit_dir, t->kommunenr), b.data, b.len, e) < 0;
	buf_release(&b);
	return rc ? -1 : 0;
}

/* One run over every municipality (checks: the rules and the digests; else only
 * delivery). A failure in one is reported and the others run. */
static void run_once(struct worker *w, bool checks)
{
	struct db *db = NULL;
	struct arena a;
	struct err e;
	struct eol_catalog eol;
	struct kev_catalog kev;
	struct tenant *all;
	char now[TIMESTAMP_TEXT];
	size_t n;
	err_init(&e, LANG_NB);
	arena_init(&a, LIMIT_WORKER_ARENA);
	struct store_stamp st = { .by = "beredt serve", .at = now };
	clock_read(w->clock, now, &st.today, NULL);
	if (db_open(w->db_url, &db, &e) < 0)
		goto fail;
	if (checks) {
		if (checks_refdata(db, &a, &eol, &kev, &e) < 0 || store_tenant_list(db, &a, &all, &n, &e) < 0)
			goto fail;
		for (size_t i = 0; i < n; i++) {
			int counts[4] = { 0 };
			size_t open = 0, queued = 0;
			if (checks_tenant(db, &a, all[i].id, &eol, &kev, &st, counts, &open, &e) < 0 ||
			    notify_queue_tenant(db, &a, &all[i], w->settings->base_url, &st, &queued, &e) < 0 ||
			    (w->kit_dir && write_kit(w, db, &a, &all[i], &st, &e) < 0)) {
				fprintf(stderr, "beredt: kontrollene for %s feilet: %s\n", all[i].kommunenr, e.msg);
				err_init(&e, LANG_NB);
			}
		}
	}
	deliver(db, &a, w->settings, &st);
	checkpoint(db, &a, w->settings, &st);
	goto out;
fail:
	fprintf(stderr, "beredt: kontrollene feilet: %s\n", e.msg);
out:
	if (db)
		db_close(db);
	arena_release(&a);
}

static void *loop(void *arg)
{
	struct worker *w = arg;
	time_t next_check = 0;
	for (;;) {
		time_t now = time(NULL);
		bool checks = now >= next_check;
		if (checks)
			next_check = now + (time_t)w->interval;
		run_once(w, checks);
		/* wake for the next check, or sooner to retry notifications */
		struct timespec until;
		clock_gettime(CLOCK_REALTIME, &until);
		time_t wait = next_check - time(NULL);
		until.tv_sec += wait < WORKER_TICK ? (wait > 0 ? wait : 1) : WORKER_TICK;
		pthread_mutex_lock(&w->mu);
		while (!w->stop && pthread_cond_timedwait(&w->cv, &w->mu, &until) != ETIMEDOUT)
			;
		bool stop = w->stop;
		pthread_mutex_unlock(&w->mu);
		if (stop)
			return NULL;
	}
}

int worker_start(struct worker *w, const struct clock *clock, const char *db_url, unsigned interval, const char *kit_dir,
		 const char *kit_passphrase, const struct settings *settings, struct err *e)
{
	memset(w, 0, sizeof(*w));
	w->settings = settings;
	w->clock = clock;
	w->db_url = db_url;
	w->interval = interval;
	w->kit_dir = kit_dir;
	w->kit_passphrase = kit_passphrase;
	if (!interval)
		return 0;
	pthread_mutex_init(&w->mu, NULL);
	pthread_cond_init(&w->cv, NULL);
	if (pthread_create(&w->thread, NULL, loop, w) != 0) {
		pthread_cond_destroy(&w->cv);
		pthread_mutex_destroy(&w->mu);
		return err_set(e, "Kan ikke starte kontrollene i bakgrunnen.");
	}
	w->running = true;
	return 0;
}

void worker_stop(struct worker *w)
{
	if (!w->running)
		return;
	pthread_mutex_lock(&w->mu);
	w->stop = true;
	pthread_cond_signal(&w->cv);
	pthread_mutex_unlock(&w->mu);
	pthread_join(w->thread, NULL);
	pthread_cond_destroy(&w->cv);
	pthread_mutex_destroy(&w->mu);
	w->running = false;
}
