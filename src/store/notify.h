/* store/notify.h: receivers of notifications, what each has been told, and the outbox
 * (migrations/010_notify.sql). */
#ifndef BEREDT_STORE_NOTIFY_H
#define BEREDT_STORE_NOTIFY_H

#include "db/db.h"
#include "util/err.h"
#include "model/notify.h"
#include "store/stamp.h"
#include "util/arena.h"

/* Checked, stored and audited (the address, never the secret). Sets t->id. */
MUST_CHECK int store_notify_target_add(struct db *db, struct arena *a, int64_t tenant, struct notify_target *t,
			    const struct store_stamp *st, struct err *e);
/* Every receiver of the tenant, active or not, by id (arena). */
MUST_CHECK int store_notify_target_list(struct db *db, struct arena *a, int64_t tenant, struct notify_target **out,
			     size_t *n, struct err *e);
/* Stop sending to a receiver (kept, with what it was told). */
MUST_CHECK int store_notify_target_disable(struct db *db, struct arena *a, int64_t tenant, int64_t id,
				const struct store_stamp *st, struct err *e);

MUST_CHECK int store_notify_sent_list(struct db *db, struct arena *a, int64_t tenant, struct notify_sent **out, size_t *n,
			   struct err *e);

/* Put one digest in the outbox and remember its items as told, in one transaction. */
MUST_CHECK int store_notify_queue(struct db *db, int64_t tenant, int64_t target, const struct finding *f,
		       const struct notify_item *items, size_t n, const char *subject, const char *body,
		       const struct store_stamp *st, struct err *e);

/* A message waiting in the outbox, with its receiver. */
struct notify_message {
	int64_t id, tenant_id;
	struct notify_target target;
	const char *subject, *body;
	int attempts;
	const char *created_at, *next_at, *sent_at, *failed_at, *last_error;
};

/* Messages of every municipality due at 'now' (the worker's view), oldest first. */
MUST_CHECK int store_notify_due(struct db *db, struct arena *a, const char *now, struct notify_message **out, size_t *n,
		     struct err *e);
/* The tenant's outbox, newest first, at most 'limit'. */
MUST_CHECK int store_notify_outbox(struct db *db, struct arena *a, int64_t tenant, size_t limit,
			struct notify_message **out, size_t *n, struct err *e);

/* Delivered; failed once more (try again at next_at); or given up (audited). */
MUST_CHECK int store_notify_sent_ok(struct db *db, const struct notify_message *m, const char *now, struct err *e);
MUST_CHECK int store_notify_retry(struct db *db, const struct notify_message *m, const char *next_at, const char *error,
		       struct err *e);
MUST_CHECK int store_notify_give_up(struct db *db, struct arena *a, const struct notify_message *m, const char *error,
			 const struct store_stamp *st, struct err *e);

#endif
