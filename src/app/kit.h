/* app/kit.h: making the offline crisis kit (render/kit_html.h) from the registers of one
 * municipality, encrypted when a passphrase is given, and recording that it was made.
 * Shared by 'beredt kit', the download on the web and the server's kit directory. */
#ifndef BEREDT_APP_KIT_H
#define BEREDT_APP_KIT_H

#include "db/db.h"
#include "model/tenant.h"
#include "store/stamp.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/i18n.h"

/* The kit into out; passphrase NULL: plain HTML. audit_key (the installation's signing
 * key file, or NULL): the kit carries a signed checkpoint of the audit trail. *sha256 is
 * the content's hash (arena). Recorded in kit_written and the audit trail. */
int kit_make(struct db *db, struct arena *a, const struct tenant *t, enum lang lang, const char *passphrase,
	     const char *audit_key, const struct store_stamp *st, struct buf *out, const char **sha256,
	     struct err *e);

#endif
