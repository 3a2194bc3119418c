/* app/kit.c: see kit.h. */
#include "app/kit.h"

#include <string.h>

#include "app/checkpoint.h"
#include "app/prep_docs.h"
#include "model/register.h"
#include "render/kit_html.h"
#include "store/prep.h"
#include "store/ros.h"
#include "util/seal.h"

int kit_make(struct db *db, struct arena *a, const struct tenant *t, enum lang lang, const char *passphrase,
	     const char *audit_key, const struct store_stamp *st, struct buf *out, const char **sha256,
	     struct err *e)
{
	struct prep_all prep;
	struct ros_register reg;
	struct ros_graph g;
	struct ros_order *order;
	size_t n_order;
	int cycles;
	struct buf plain;
	if (prep_load(db, a, t->id, st->today, &prep, e) < 0 || store_ros_graph(db, a, t->id, &reg, &g, e) < 0 ||
	    ros_recovery_order(a, &g, &order, &n_order, &cycles, e) < 0)
		return -1;
	/* a member's kit carries its cooperation's contacts too: the service desk and the incident
	 * line of the shared systems are whom it calls first when they fail */
	int64_t coop;
	struct prep_all cp;
	if (store_ros_coop_of(db, t->id, &coop, e) < 0 || (coop && prep_load(db, a, coop, st->today, &cp, e) < 0))
		return -1;
	if (coop && cp.contacts.n) {
		struct prep_contact *all = arena_alloc(a, (prep.contacts.n + cp.contacts.n) * sizeof(*all));
		if (!all)
			return err_set(e, "Tom for minne.");
		if (prep.contacts.n)
			memcpy(all, prep.contacts.items, prep.contacts.n * sizeof(*all));
		memcpy(all + prep.contacts.n, cp.contacts.items, cp.contacts.n * sizeof(*all));
		prep.contacts = (struct prep_contacts){ all, prep.contacts.n + cp.contacts.n };
	}
	/* a municipality that has not written its plan yet gets the template, marked as such */
	if (!prep.version[PREP_PLAN] && prep_plan_template(a, &prep.plan) < 0)
		return err_set(e, "Tom for minne.");
	struct kit_input in = { t, st->at, &prep.plan, &prep.contacts, &reg, &g, order, n_order, NULL };
	if (audit_key && *audit_key && checkpoint_text(db, a, audit_key, st->at, &in.checkpoint, e) < 0)
		return -1;
	if (!passphrase) {
		if (kit_render(out, a, lang, &in, sha256) < 0)
			return err_set(e, "Pakken ble for stor.");
	} else {
		buf_init(&plain, out->max);
		struct kit_sealed s = { .iterations = SEAL_ITERATIONS };
		unsigned char *ct = NULL;
		if (kit_render(&plain, a, lang, &in, sha256) < 0 || !(ct = arena_alloc(a, plain.len + SEAL_TAG))) {
			buf_release(&plain);
			return err_set(e, "Pakken ble for stor.");
		}
		int rc = seal_encrypt(passphrase, plain.data, plain.len, SEAL_ITERATIONS, s.salt, s.iv, ct, e);
		s.ct = ct;
		s.n_ct = plain.len + SEAL_TAG;
		buf_release(&plain);
		if (rc < 0)
			return -1;
		if (kit_render_sealed(out, a, lang, &in, *sha256, &s) < 0)
			return err_set(e, "Pakken ble for stor.");
	}
	return store_kit_written(db, t->id, *sha256, passphrase != NULL, st, e);
}
