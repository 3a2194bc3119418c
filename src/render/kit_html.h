/* render/kit_html.h: the offline crisis kit: one self-contained HTML file (no scripts, images,
 * fonts or links to anything outside it) with the contingency plan, the crisis
 * organisation, the action cards, the contacts, the recovery order and manual fallback
 * routines from the ROS register, the systems with their vendors' support lines, and blank
 * pages for a paper incident log; laid out to print on A4. And the encrypted form: a small
 * page that asks for the passphrase and opens the kit with the browser's WebCrypto,
 * offline, from a file (util/seal.h made it). */
#ifndef BEREDT_KIT_H
#define BEREDT_KIT_H

#include "model/graph.h"
#include "model/prep.h"
#include "model/register.h"
#include "model/tenant.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/i18n.h"
#include "util/seal.h"

struct kit_input {
	const struct tenant *tenant;
	const char *generated_at;             /* UTC timestamp */
	const struct prep_plan *plan;
	const struct prep_contacts *contacts;
	const struct ros_register *reg;
	const struct ros_graph *graph;        /* with reg */
	const struct ros_order *order;        /* the recovery order, n_order entries */
	size_t n_order;
	const char *checkpoint;               /* the audit trail's signed head (app/checkpoint.h), or NULL */
};

/* The kit; *sha256 (hex, arena) is the hash of its content, written at its foot. */
int kit_render(struct buf *b, struct arena *a, enum lang lang, const struct kit_input *in, const char **sha256);

struct kit_sealed {
	unsigned char salt[SEAL_SALT], iv[SEAL_IV];
	const unsigned char *ct;              /* ciphertext with the tag */
	size_t n_ct;
	unsigned iterations;
};

/* The encrypted kit's page: the tenant, when it was made, the hash, and the form. */
int kit_render_sealed(struct buf *b, struct arena *a, enum lang lang, const struct kit_input *in, const char *sha256,
		      const struct kit_sealed *s);

#endif
