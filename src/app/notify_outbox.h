/* app/notify_outbox.h: telling people about findings (model/notify.h): after a check run,
 * one digest per receiver of what it has not been told; then delivery of what is due in
 * the outbox, with back-off after a failure. Shared by 'beredt notify send' and the
 * worker in 'beredt serve'. The settings of the mail relay come from the environment
 * (docs/notify.md), read by the caller. */
#ifndef BEREDT_APP_NOTIFY_OUTBOX_H
#define BEREDT_APP_NOTIFY_OUTBOX_H

#include "db/db.h"
#include "model/tenant.h"
#include "net/send.h"
#include "store/stamp.h"
#include "util/arena.h"
#include "util/settings.h"

struct notify_config {
	struct mail_config mail;
	const char *webhook_ca;   /* trust for webhook TLS; NULL: the system's */
	const char *webhook_allow;   /* BEREDT_WEBHOOK_ALLOW: internal addresses a webhook may reach */
	const char *base_url;     /* for the link in the digest; NULL */
	long timeout;             /* seconds per delivery */
};

/* From the settings (util/settings.h): the SMTP server, webhooks' CA and allowed
 * addresses, the base URL, the timeout. */
void notify_config_from(const struct settings *s, struct notify_config *c);

/* Queue the digests of one municipality; *queued says how many. */
int notify_queue_tenant(struct db *db, struct arena *a, const struct tenant *t, const char *base_url,
			const struct store_stamp *st, size_t *queued, struct err *e);

/* Send what is due at st->at, for every municipality. Each failure is kept on its
 * message (and retried later, or given up after NOTIFY_ATTEMPTS_MAX); only a database
 * error makes this fail. */
int notify_deliver(struct db *db, struct arena *a, const struct notify_config *c, const struct store_stamp *st,
		   size_t *sent, size_t *failed, struct err *e);

#endif
