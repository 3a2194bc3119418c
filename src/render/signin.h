/* render/signin.h: the pages of signing in: the password, the second factor's code,
 * enrolment from a one-time link (the QR code and the key for the authenticator app), an
 * invitation to an address that has an account elsewhere, and the recovery codes shown
 * once. Given their data. */
#ifndef BEREDT_RENDER_SIGNIN_H
#define BEREDT_RENDER_SIGNIN_H

#include <stddef.h>

#include "render/page.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/i18n.h"

/* The login form, the address kept after a failure (NULL: empty). */
void signin_login_form(struct buf *b, enum lang lang, const struct page_frame *pg, const char *email);
void signin_code_form(struct buf *b, enum lang lang, const struct page_frame *pg);
/* Enrolment for 'email' from the link 'token': the secret as a QR code and as text, and
 * the form for the password and a first code. */
void signin_enroll(struct buf *b, struct arena *a, enum lang lang, const struct page_frame *pg, const char *email,
		   const char *token, const char *secret);
/* An invitation to an address that has an account already: signed in as that account, a
 * form to accept it (the tenant joins the account); otherwise how to sign in first. */
void signin_elsewhere(struct buf *b, struct arena *a, enum lang lang, const struct page_frame *p,
		      const char *email, const char *tenant, const char *token, bool signed_in);
/* n recovery codes, each a NUL-terminated text in a row of 'width' bytes. */
void signin_recovery_codes(struct buf *b, enum lang lang, const char *codes, int n, size_t width);

#endif
