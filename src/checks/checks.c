/* checks/checks.c: see checks.h. */
#include "checks/checks.h"

#include <string.h>

#include "io/refdata_json.h"
#include "model/register.h"
#include "store/action.h"
#include "store/finding.h"
#include "store/refdata.h"
#include "store/ros.h"

int checks_refdata(struct db *db, struct arena *a, struct eol_catalog *eol, struct kev_catalog *kev,
		   struct err *e)
{
	const char *text;
	memset(eol, 0, sizeof(*eol));
	memset(kev, 0, sizeof(*kev));
	if (store_refdata_text(db, a, "eol", &text, e) < 0 ||
	    (text && eol_json_read(a, text, strlen(text), "eol", eol, e) < 0) ||
	    store_refdata_text(db, a, "kev", &text, e) < 0 ||
	    (text && kev_json_read(a, text, strlen(text), "kev", kev, e) < 0))
		return -1;
	return 0;
}

int checks_system_life(struct arena *a, int32_t today, const struct eol_catalog *eol,
		       const struct kev_catalog *kev, const struct ros_system *s, struct system_life *out,
		       struct err *e)
{
	memset(out, 0, sizeof(*out));
	if (!s->product)
		return 0;
	out->product = eol_find_product(a, eol, s->product);
	out->release = eol_find_release(a, out->product, s->version);
	out->status = life_status(out->release, today, &out->end);
	if ((out->n_kev = kev_match(a, kev, s->product, &out->kev)) < 0)
		return err_set(e, "Tom for minne.");
	for (long j = 0; j < out->n_kev; j++)
		out->ransomware += out->kev[j]->ransomware;
	return 0;
}

int checks_tenant(struct db *db, struct arena *a, int64_t tenant, const struct eol_catalog *eol,
		  const struct kev_catalog *kev, const struct store_stamp *st, int counts[4], size_t *open,
		  struct err *e)
{
	struct ros_register r;
	struct action *actions;
	struct finding *have, *after;
	struct finding_hit *hits;
	struct finding_change *changes;
	size_t n_actions, n_have, n_hits, n_changes, n_after;
	if (store_ros_load(db, a, tenant, &r, e) < 0 ||
	    store_action_list(db, a, tenant, &actions, &n_actions, e) < 0)
		return -1;
	struct check_system *sys = arena_alloc(a, (r.n_systems + 1) * sizeof(*sys));
	if (!sys)
		return err_set(e, "Tom for minne.");
	for (size_t i = 0; i < r.n_systems; i++) {
		struct system_life life;
		const struct ros_system *s = &r.systems[i];
		if (checks_system_life(a, st->today, eol, kev, s, &life, e) < 0)
			return -1;
		sys[i] = (struct check_system){
			.id = s->id, .name = s->name, .internet_exposed = s->internet_exposed,
			.life = life.status, .life_end = life.end,
			.release = arena_printf(a, "%s %s", s->product ? s->product : "", s->version ? s->version : ""),
			.kev = (int)life.n_kev, .kev_ransomware = life.ransomware,
			.kev_example = life.n_kev ? life.kev[0]->cve : NULL,
		};
	}
	struct check_input in = { sys, r.n_systems, actions, n_actions, st->today };
	if (check_run(a, &in, &hits, &n_hits, e) < 0 ||
	    store_finding_list(db, a, tenant, &have, &n_have, e) < 0 ||
	    finding_reconcile(a, have, n_have, hits, n_hits, st->today, &changes, &n_changes, e) < 0 ||
	    store_finding_apply(db, a, tenant, have, hits, changes, n_changes, st, counts, e) < 0 ||
	    store_finding_list(db, a, tenant, &after, &n_after, e) < 0)
		return -1;
	*open = 0;
	for (size_t i = 0; i < n_after; i++)
		*open += finding_open(after[i].status);
	return 0;
}
