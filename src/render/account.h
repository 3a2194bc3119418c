/* render/account.h: a user's own page: who they are, the language, the password, the API
 * keys (a new one shown once) and logging out everywhere. Given their data. */
#ifndef BEREDT_RENDER_ACCOUNT_H
#define BEREDT_RENDER_ACCOUNT_H

#include <stddef.h>

#include "model/user.h"
#include "render/page.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/i18n.h"

struct account_view {
	struct arena *a;
	enum lang lang;
	const struct page_frame *pg;
	const char *email, *tenant;
	enum role role;
	const char *now;          /* UTC text: which keys have expired */
	unsigned token_days;      /* how long a new key lasts */
	const char *new_token;    /* just made, shown this once; NULL: none */
};

void account_page(struct buf *b, const struct account_view *v, const struct api_token *tokens, size_t n);

#endif
