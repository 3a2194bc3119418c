/* app/notify_outbox.c: see notify_outbox.h. */
#include "app/notify_outbox.h"

#include <stdio.h>
#include <stdlib.h>

#include "model/notify.h"
#include "render/digest.h"
#include "store/finding.h"
#include "store/notify.h"
#include "util/date.h"

void notify_config_from(const struct settings *s, struct notify_config *c)
{
	*c = (struct notify_config){
		.mail = { .url = s->smtp_url, .user = s->smtp_user, .password = s->smtp_password, .from = s->smtp_from,
			  .ca_file = s->smtp_ca, .timeout = s->notify_timeout },
		.webhook_ca = s->webhook_ca, .webhook_allow = s->webhook_allow, .base_url = s->base_url,
		.timeout = s->notify_timeout,
	};
}

int notify_queue_tenant(struct db *db, struct arena *a, const struct tenant *t, const char *base_url,
			const struct store_stamp *st, size_t *queued, struct err *e)
{
	struct notify_target *targets;
	struct notify_sent *sent;
	struct finding *f;
	size_t n_t, n_s, n_f;
	*queued = 0;
	if (store_notify_target_list(db, a, t->id, &targets, &n_t, e) < 0)
		return -1;
	if (n_t == 0)
		return 0;
	if (store_finding_list(db, a, t->id, &f, &n_f, e) < 0 || store_notify_sent_list(db, a, t->id, &sent, &n_s, e) < 0)
		return -1;
	for (size_t i = 0; i < n_t; i++) {
		struct notify_item *items;
		size_t n;
		struct digest d;
		if (notify_pick(a, &targets[i], f, n_f, sent, n_s, st->today, &items, &n, e) < 0)
			return -1;
		if (n == 0)
			continue;
		struct digest_in in = { t->name, t->kommunenr, st->today, base_url, f, items, n };
		if (digest_render(a, LANG_NB, &in, &d, e) < 0 ||
		    store_notify_queue(db, t->id, targets[i].id, f, items, n, d.subject,
				       targets[i].kind == NOTIFY_WEBHOOK ? d.json : d.text, st, e) < 0)
			return -1;
		++*queued;
	}
	return 0;
}

int notify_deliver(struct db *db, struct arena *a, const struct notify_config *c, const struct store_stamp *st,
		   size_t *sent, size_t *failed, struct err *e)
{
	struct notify_message *m;
	size_t n;
	int64_t now;
	*sent = *failed = 0;
	if (date_timestamp_parse(st->at, &now) < 0)
		return err_set(e, "Ugyldig tidspunkt %s.", st->at);
	if (store_notify_due(db, a, st->at, &m, &n, e) < 0)
		return -1;
	for (size_t i = 0; i < n; i++) {
		struct err why;
		err_init(&why, LANG_NB);
		int rc = m[i].target.kind == NOTIFY_EPOST
				 ? send_mail(&c->mail, m[i].target.address, m[i].subject, m[i].body, now, &why)
				 : send_webhook(m[i].target.address, m[i].target.secret ? m[i].target.secret : "", m[i].body,
						c->webhook_ca, c->timeout, c->webhook_allow, &why);
		if (rc == 0) {
			if (store_notify_sent_ok(db, &m[i], st->at, e) < 0)
				return -1;
			++*sent;
			continue;
		}
		++*failed;
		long wait = notify_backoff(m[i].attempts + 1);
		if (wait < 0) {
			if (store_notify_give_up(db, a, &m[i], why.msg, st, e) < 0)
				return -1;
			continue;
		}
		char next[TIMESTAMP_TEXT];
		date_timestamp_format(now + wait, next);
		if (store_notify_retry(db, &m[i], next, why.msg, e) < 0)
			return -1;
	}
	return 0;
}
