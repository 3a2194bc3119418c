/* notify.h: who is told about findings, and what goes into one digest. A receiver is an
 * e-mail address or a webhook, with the lowest severity it wants. A digest holds the
 * open findings of at least that severity that the receiver has not been told about:
 * new ones, and ones that have passed their deadline (each reason once). Delivery retries
 * with back-off. Pure: the caller says what has been sent and what time it is. */
#ifndef BEREDT_NOTIFY_H
#define BEREDT_NOTIFY_H

#include <stdbool.h>
#include <stdint.h>

#include "model/finding.h"
#include "util/arena.h"
#include "util/err.h"

#define NOTIFY_ADDRESS_MAX 500
#define NOTIFY_DIGEST_MAX 50        /* findings listed in one digest; the rest are counted */
#define NOTIFY_ATTEMPTS_MAX 10      /* then the message is given up and the audit trail says so */

enum notify_kind { NOTIFY_EPOST = 0, NOTIFY_WEBHOOK };
enum notify_reason { NOTIFY_NY = 0, NOTIFY_FORFALT };

struct notify_target {
	int64_t id;
	enum notify_kind kind;
	const char *address;      /* "it-vakt@granheim.kommune.no" or "https://..." */
	const char *secret;       /* webhook: the key of the HMAC-SHA256 signature */
	enum severity min_severity;
	bool active;
};

/* An address the product will send to: a plain e-mail address (no spaces, angle
 * brackets or line breaks, which would let it add headers), or an https URL (http only
 * to this machine, for a local relay); a webhook needs a secret of 16 characters or more. */
int notify_target_check(const struct notify_target *t, struct err *e);

int notify_kind_parse(const char *s, enum notify_kind *out, struct err *e);
const char *notify_kind_code(enum notify_kind k);       /* "epost", "webhook" */
const char *notify_reason_code(enum notify_reason r);   /* "ny", "forfalt" */

/* What a receiver has been told: a finding id and a reason. */
struct notify_sent {
	int64_t target_id, finding_id;
	enum notify_reason reason;
};

struct notify_item {
	size_t finding;           /* index into the findings */
	enum notify_reason reason;
};

/* The items of one receiver's digest, most severe first (arena); none: *n = 0. */
int notify_pick(struct arena *a, const struct notify_target *t, const struct finding *f, size_t n_f,
		const struct notify_sent *sent, size_t n_sent, int32_t today, struct notify_item **out,
		size_t *n, struct err *e);

/* Seconds to wait before attempt number 'attempts' + 1 (after 'attempts' failures): one
 * minute, doubling, at most six hours; -1 when it is time to give up. */
long notify_backoff(int attempts);

#endif
