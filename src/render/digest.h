/* render/digest.h: one receiver's digest of findings (model/notify.h) as an e-mail's
 * subject and plain-text body, and as the JSON a webhook receives. The JSON carries the
 * same text in "text", which is what Slack and Teams incoming webhooks show, and the
 * findings as data beside it. */
#ifndef BEREDT_DIGEST_H
#define BEREDT_DIGEST_H

#include "model/notify.h"
#include "util/arena.h"
#include "util/i18n.h"

struct digest_in {
	const char *tenant_name, *kommunenr;
	int32_t today;
	const char *base_url;          /* "https://beredt.example.no", for a link; NULL: none */
	const struct finding *findings;
	const struct notify_item *items;
	size_t n_items;
};

struct digest {
	const char *subject;
	const char *text;
	const char *json;
};

/* Everything in the arena. */
int digest_render(struct arena *a, enum lang lang, const struct digest_in *in, struct digest *out, struct err *e);

#endif
