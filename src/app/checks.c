/* app/checks.c: see checks.h. */
#include "app/checks.h"

#include <string.h>

#include "io/cyclonedx.h"
#include "io/nmap_xml.h"
#include "io/openvas_xml.h"
#include "io/refdata_json.h"
#include "model/register.h"
#include "store/action.h"
#include "store/coop.h"
#include "store/finding.h"
#include "store/posture.h"
#include "store/prep.h"
#include "app/prep_docs.h"
#include "store/refdata.h"
#include "store/ros.h"
#include "util/embed.h"

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
	for (const struct embedded_file *f = embedded_refdata; f->name; f++)
		if ((strcmp(f->name, "aliases.json") == 0 && aliases_json_read(a, f->data, f->len, f->name, eol, e) < 0) ||
		    (strcmp(f->name, "kev-facts.json") == 0 && kev_facts_json_read(a, f->data, f->len, f->name, kev, e) < 0))
			return -1;
	return 0;
}

/* The names a product goes by: as registered, the end-of-life catalog's id, and an
 * alias's (data/aliases.json), each normalised and once. */
static int subject_names(struct arena *a, const char *product, const struct eol_product *p,
			 const struct life_alias *al, const char ***out, size_t *n)
{
	size_t cap = 0;
	const char *given[3] = { life_norm(a, product), p ? p->id : NULL, al ? al->eol : NULL };
	*out = NULL;
	*n = 0;
	for (size_t i = 0; i < 3 + (al ? al->n_kev : 0); i++) {
		const char *name = i < 3 ? given[i] : al->kev[i - 3];
		bool seen = !name || !*name;
		for (size_t j = 0; j < *n && !seen; j++)
			seen = strcmp((*out)[j], name) == 0;
		const char **slot = seen ? NULL : arena_push(a, (void **)out, n, &cap, sizeof(*slot));
		if (!seen && !slot)
			return -1;
		if (slot)
			*slot = name;
	}
	return 0;
}

int checks_system_life(struct arena *a, int32_t today, const struct eol_catalog *eol,
		       const struct kev_catalog *kev, const struct ros_system *s, struct checks_system_life *out,
		       struct err *e)
{
	memset(out, 0, sizeof(*out));
	if (!s->product)
		return 0;
	/* the name as it is first; a name people use for it (data/aliases.json) else */
	const struct life_alias *al = life_alias_find(a, eol, s->product);
	out->product = eol_find_product(a, eol, s->product);
	if (!out->product && al && al->eol)
		out->product = eol_find_product(a, eol, al->eol);
	out->release = eol_find_release(a, out->product, s->version);
	out->status = life_status(out->release, today, &out->end);
	struct kev_subject subj = { .version = s->version, .release = out->release };
	const char **names;
	if (subject_names(a, s->product, out->product, al, &names, &subj.n_names) < 0 ||
	    (subj.names = names, out->n_kev = kev_assess(a, kev, &subj, &out->kev)) < 0)
		return err_set(e, "Tom for minne.");
	kev_tally(out->kev, (size_t)out->n_kev, &out->tally);
	return 0;
}

/* The highest criticality of a service resting on each system (by register index). */
static int weights(struct arena *a, const struct ros_register *r, const struct ros_graph *g, int *w,
		   struct err *e)
{
	struct ros_order *order;
	size_t n;
	int cycles;
	if (ros_recovery_order(a, g, &order, &n, &cycles, e) < 0)
		return -1;
	/* ros_register_graph puts the services first, then the systems in register order */
	for (size_t i = 0; i < n; i++)
		if (g->nodes[order[i].node].kind == ROS_SYSTEM && order[i].node >= r->n_services &&
		    order[i].node - r->n_services < r->n_systems)
			w[order[i].node - r->n_services] = order[i].weight;
	return 0;
}

/* A cooperation's systems weigh what its members' services resting on them weigh: the
 * highest over the members (a shared system has the same id in every member's register). */
static int member_weights(struct db *db, struct arena *a, int64_t coop, const struct ros_register *r, int *w,
			  struct err *e)
{
	struct coop_member *m;
	size_t n;
	if (!r->n_systems || store_coop_members(db, a, coop, false, &m, &n, e) < 0)
		return r->n_systems ? -1 : 0;
	for (size_t k = 0; k < n; k++) {
		struct ros_register mr;
		struct ros_graph mg;
		if (store_ros_graph(db, a, m[k].member.id, &mr, &mg, e) < 0)
			return -1;
		int *mw = arena_alloc(a, (mr.n_systems + 1) * sizeof(int));
		if (!mw)
			return err_set(e, "Tom for minne.");
		memset(mw, 0, (mr.n_systems + 1) * sizeof(int));
		if (weights(a, &mr, &mg, mw, e) < 0)
			return -1;
		for (size_t i = 0; i < mr.n_systems; i++) {
			size_t v = mr.systems[i].shared ? ros_register_node(r, ROS_SYSTEM, mr.systems[i].id) : (size_t)-1;
			if (v != (size_t)-1 && mw[i] > w[v - r->n_services])
				w[v - r->n_services] = mw[i];
		}
	}
	return 0;
}

/* What the preparedness rules see: the plan's next review, the contacts, the latest
 * held exercise and whether the crisis kit is older than what it holds. */
static int prep_input(struct db *db, struct arena *a, int64_t tenant, struct check_input *in, struct err *e)
{
	struct prep_all p;
	int64_t kit_head, head;
	const char *written;
	struct check_prep *cp = arena_alloc(a, sizeof(*cp));
	if (!cp)
		return err_set(e, "Tom for minne.");
	if (prep_load(db, a, tenant, in->today, &p, e) < 0 ||
	    store_kit_state(db, tenant, &kit_head, &head, &written, a, e) < 0)
		return -1;
	struct check_contact *cc = arena_alloc(a, (p.contacts.n + 1) * sizeof(*cc));
	if (!cc)
		return err_set(e, "Tom for minne.");
	for (size_t i = 0; i < p.contacts.n; i++)
		cc[i] = (struct check_contact){ p.contacts.items[i].name, p.contacts.items[i].verified_on };
	const struct prep_exercise *last = prep_last_exercise(&p.exercises);
	*cp = (struct check_prep){
		.has_plan = p.version[PREP_PLAN] > 0, .plan_due = prep_plan_due(&p.plan), .contacts = cc,
		.n_contacts = p.contacts.n, .last_exercise = last ? last->date : DATE_NONE,
		.kit_stale = p.version[PREP_PLAN] > 0 && kit_head < head, .kit_written = written,
	};
	in->prep = cp;
	return 0;
}

/* Each component of the systems' SBOMs matched against the catalogs, as a system is. */
static int component_input(struct db *db, struct arena *a, int64_t tenant, const struct eol_catalog *eol,
			   const struct kev_catalog *kev, int32_t today, const struct ros_register *r,
			   struct check_input *in, struct err *e)
{
	struct sbom_row *rows;
	size_t n, k = 0;
	if (store_sbom_list(db, a, tenant, &rows, &n, e) < 0)
		return -1;
	struct check_component *cc = arena_alloc(a, (n + 1) * sizeof(*cc));
	if (!cc)
		return err_set(e, "Tom for minne.");
	for (size_t i = 0; i < n; i++) {
		/* the same component twice in a bill of materials is one finding (sorted by the store) */
		if (i > 0 && rows[i].system_id == rows[i - 1].system_id && strcmp(rows[i].name, rows[i - 1].name) == 0 &&
		    strcmp(rows[i].version ? rows[i].version : "", rows[i - 1].version ? rows[i - 1].version : "") == 0)
			continue;
		const struct ros_system *s = NULL;
		for (size_t j = 0; j < r->n_systems && !s; j++)
			if (r->systems[j].id == rows[i].system_id)
				s = &r->systems[j];
		if (!s)
			continue;
		struct ros_system as = { .product = rows[i].name, .version = rows[i].version };
		struct checks_system_life life;
		if (checks_system_life(a, today, eol, kev, &as, &life, e) < 0)
			return -1;
		/* a vendor's name before the component's finds KEV entries named that way */
		if (!life.n_kev && rows[i].supplier) {
			struct ros_system bv = { .product = arena_printf(a, "%s %s", rows[i].supplier, rows[i].name),
						 .version = rows[i].version };
			struct checks_system_life l2;
			if (checks_system_life(a, today, eol, kev, &bv, &l2, e) < 0)
				return -1;
			life.kev = l2.kev;
			life.n_kev = l2.n_kev;
			life.tally = l2.tally;
		}
		cc[k++] = (struct check_component){
			.system_id = s->id, .system_name = s->name, .owner = s->owner, .internet_exposed = s->internet_exposed,
			.name = rows[i].name, .version = rows[i].version, .life = life.status, .life_end = life.end,
			.kev = life.tally,
		};
	}
	in->components = cc;
	in->n_components = k;
	return 0;
}

/* The scanners' results, with their CVEs looked up in the KEV catalog; one per host, test
 * and port (a report may repeat a result). */
static int vuln_input(struct db *db, struct arena *a, int64_t tenant, const struct kev_catalog *kev,
		      struct check_input *in, struct err *e)
{
	struct vuln_row *rows;
	size_t n, k = 0;
	if (store_vuln_list(db, a, tenant, &rows, &n, e) < 0)
		return -1;
	struct check_vuln *cv = arena_alloc(a, (n + 1) * sizeof(*cv));
	if (!cv)
		return err_set(e, "Tom for minne.");
	for (size_t i = 0; i < n; i++) {
		const struct vuln_result *v = &rows[i].r;
		if (i > 0 && strcmp(v->host, rows[i - 1].r.host) == 0 && strcmp(v->port, rows[i - 1].r.port) == 0 &&
		    strcmp(v->oid ? v->oid : v->name, rows[i - 1].r.oid ? rows[i - 1].r.oid : rows[i - 1].r.name) == 0)
			continue;
		cv[k] = (struct check_vuln){ v->host, v->port, v->name, v->oid, v->cves, v->severity10, rows[i].system_id,
					     rows[i].system_name, rows[i].owner, 0, 0 };
		for (size_t j = 0; v->cves && j < kev->n; j++)
			if (strstr(v->cves, kev->entries[j].cve)) {
				cv[k].kev++;
				cv[k].kev_ransomware += kev->entries[j].ransomware;
			}
		k++;
	}
	in->vulns = cv;
	in->n_vulns = k;
	return 0;
}

/* checks_input from a register, its graph and the action plan already read; systems_only
 * leaves out what only the rules need (scans, preparedness, components, vulnerabilities),
 * as the evidence reads the systems and the settings alone. */
static int build_input(struct db *db, struct arena *a, int64_t tenant, const struct eol_catalog *eol,
		       const struct kev_catalog *kev, int32_t today, const struct ros_register *rp,
		       const struct ros_graph *gp, const struct action *actions, size_t n_actions,
		       bool systems_only, struct check_input *in, struct check_settings *set, struct err *e)
{
	const struct ros_register r = *rp;
	const struct ros_graph g = *gp;
	struct posture *post;
	struct check_port *ports = NULL;
	size_t n_post;
	memset(in, 0, sizeof(*in));
	in->n_actions = n_actions;
	if (store_posture_list(db, a, tenant, &post, &n_post, e) < 0 ||
	    (!systems_only && store_scan_list(db, a, tenant, &ports, &in->n_ports, e) < 0) ||
	    store_check_settings_load(db, tenant, set, e) < 0)
		return -1;
	struct check_system *sys = arena_alloc(a, (r.n_systems + 1) * sizeof(*sys));
	int *w = arena_alloc(a, (r.n_systems + 1) * sizeof(int));
	if (!sys || !w)
		return err_set(e, "Tom for minne.");
	memset(w, 0, (r.n_systems + 1) * sizeof(int));
	if (weights(a, &r, &g, w, e) < 0 || member_weights(db, a, tenant, &r, w, e) < 0)
		return -1;
	size_t k = 0, own = 0;        /* both lists are in system id order */
	for (size_t i = 0; i < r.n_systems; i++) {
		struct checks_system_life life;
		const struct ros_system *s = &r.systems[i];
		if (s->shared)        /* the cooperation's: its own checks find what is wrong there */
			continue;
		if (checks_system_life(a, today, eol, kev, s, &life, e) < 0)
			return -1;
		while (k < n_post && post[k].system_id < s->id)
			k++;
		sys[own++] = (struct check_system){
			.id = s->id, .name = s->name, .internet_exposed = s->internet_exposed,
			.life = life.status, .life_end = life.end,
			.release = arena_printf(a, "%s %s", s->product ? s->product : "", s->version ? s->version : ""),
			.version = s->version, .kev = life.tally,
			.posture = k < n_post && post[k].system_id == s->id ? &post[k] : NULL,
			.weight = w[i], .rto_hours = s->rto_hours, .owner = s->owner, .kind = s->kind,
		};
	}
	/* a port found on a system's host is that system's owner's, as a scanner's finding is */
	for (size_t i = 0; ports && i < in->n_ports; i++)
		for (size_t j = 0; j < r.n_systems && ports[i].system_id; j++)
			if (r.systems[j].id == ports[i].system_id)
				ports[i].owner = r.systems[j].owner;
	if (!systems_only &&
	    (prep_input(db, a, tenant, in, e) < 0 || component_input(db, a, tenant, eol, kev, today, &r, in, e) < 0 ||
	     vuln_input(db, a, tenant, kev, in, e) < 0))
		return -1;
	in->systems = sys;
	in->actions = actions;
	in->ports = ports;
	in->n_systems = own;
	in->today = today;
	in->settings = set;
	return 0;
}

int checks_input(struct db *db, struct arena *a, int64_t tenant, const struct eol_catalog *eol,
		 const struct kev_catalog *kev, int32_t today, struct check_input *in,
		 struct check_settings *set, struct err *e)
{
	struct ros_register r;
	struct ros_graph g;
	struct action *actions;
	size_t n_actions;
	if (store_ros_graph(db, a, tenant, &r, &g, e) < 0 ||
	    store_action_list(db, a, tenant, &actions, &n_actions, e) < 0)
		return -1;
	return build_input(db, a, tenant, eol, kev, today, &r, &g, actions, n_actions, false, in, set, e);
}

int checks_tenant(struct db *db, struct arena *a, int64_t tenant, const struct eol_catalog *eol,
		  const struct kev_catalog *kev, const struct store_stamp *st, int counts[4], size_t *open,
		  struct err *e)
{
	struct check_input in;
	struct check_settings set;
	struct finding *have, *after;
	struct finding_hit *hits;
	struct finding_change *changes;
	size_t n_have, n_hits, n_changes, n_after;
	if (checks_input(db, a, tenant, eol, kev, st->today, &in, &set, e) < 0 ||
	    check_run(a, &in, &hits, &n_hits, e) < 0 ||
	    store_finding_list(db, a, tenant, &have, &n_have, e) < 0 ||
	    finding_reconcile(a, have, n_have, hits, n_hits, st->today, &set, &changes, &n_changes, e) < 0)
		return -1;
	/* the changes and the count of what is open after them in one transaction: a run that
	 * reports a failure has changed nothing (found by the injected-failure sweep) */
	if (db_begin(db, e) < 0)
		return -1;
	if (store_finding_apply(db, a, tenant, have, hits, changes, n_changes, st, counts, e) < 0 ||
	    store_finding_list(db, a, tenant, &after, &n_after, e) < 0 || db_commit(db, e) < 0) {
		db_rollback(db);
		return -1;
	}
	*open = 0;
	for (size_t i = 0; i < n_after; i++)
		*open += finding_open(after[i].status);
	return 0;
}

int checks_still_found(struct db *db, struct arena *a, int64_t tenant, int32_t today, int no, struct finding *f,
		       bool *still, const char **detail, struct err *e)
{
	struct eol_catalog eol;
	struct kev_catalog kev;
	struct check_input in;
	struct check_settings set;
	struct finding_hit *hits;
	size_t n_hits;
	*still = false;
	*detail = NULL;
	if (store_finding_get(db, a, tenant, no, f, e) < 0 || checks_refdata(db, a, &eol, &kev, e) < 0 || checks_input(db, a, tenant, &eol, &kev, today, &in, &set, e) < 0 ||
	    check_run(a, &in, &hits, &n_hits, e) < 0)
		return -1;
	for (size_t i = 0; i < n_hits; i++)
		if (strcmp(hits[i].rule, f->rule) == 0 && strcmp(hits[i].object, f->object) == 0) {
			*still = true;
			*detail = e->lang == LANG_EN && hits[i].detail_en ? hits[i].detail_en : hits[i].detail;
		}
	return 0;
}

int checks_nmap_import(struct db *db, struct arena *a, int64_t tenant, const char *data, size_t len,
		       const char *origin, const struct eol_catalog *eol, const struct kev_catalog *kev,
		       const struct store_stamp *st, size_t *hosts, size_t *ports, size_t *matched,
		       int counts[4], size_t *open, struct err *e)
{
	struct nmap_report r;
	if (nmap_xml_read(a, data, len, origin, &r, e) < 0 ||
	    store_scan_replace(db, a, tenant, r.hosts, r.n_hosts, r.ports, r.n_ports,
			       arena_printf(a, "nmap %s: %s", r.version ? r.version : "?", origin), st, matched, e) < 0)
		return -1;
	*hosts = r.n_hosts;
	*ports = r.n_ports;
	return checks_tenant(db, a, tenant, eol, kev, st, counts, open, e);
}

/* What the ROS and preparedness registers hold for the measures they speak to. */
static int evidence_more(struct db *db, struct arena *a, int64_t tenant, int32_t today,
			 const struct check_settings *set, const struct ros_register *r, const struct ros_graph *g,
			 struct evidence_more *m, struct err *e)
{
	struct prep_all p;
	memset(m, 0, sizeof(*m));
	if (prep_load(db, a, tenant, today, &p, e) < 0)
		return -1;
	for (size_t i = 0; i < r->n_services; i++) {
		const struct ros_service *sv = &r->services[i];
		m->services++;
		m->services_rated += sv->criticality >= 1 && sv->mtd_hours != ROS_UNKNOWN;
		if (sv->criticality < set->critical_level)
			continue;
		m->critical++;
		bool mapped = false;
		for (size_t k = 0; k < r->n_deps && !mapped; k++)
			mapped = r->deps[k].from_kind == ROS_SERVICE && r->deps[k].from_id == sv->id &&
				 r->deps[k].to_kind == ROS_SYSTEM;
		m->critical_mapped += mapped;
	}
	/* critical services a single failure keeps down longer than they can bear, or for a
	 * time nobody knows (ros gaps) */
	if (g->n && m->critical_mapped) {
		struct ros_work w;
		struct ros_spof *sp;
		struct ros_gap *gp;
		size_t nsp, ngp;
		if (ros_work_init(a, g, &w, e) < 0 || ros_single_failures(a, &w, &sp, &nsp, &gp, &ngp, e) < 0)
			return -1;
		for (size_t i = 0; i < ngp; i++)
			m->critical_gaps += gp[i].service < r->n_services &&
					    r->services[gp[i].service].criticality >= set->critical_level;
	}
	for (size_t i = 0; i < r->n_events; i++) {
		bool judged = r->events[i].probability >= 'A' && r->events[i].probability <= 'E';
		for (int c = 0; c < ROS_CONSEQUENCES; c++)
			judged = judged && r->events[i].consequence[c] >= 1;
		m->events++;
		m->events_assessed += judged;
	}
	m->has_plan = p.version[PREP_PLAN] > 0;
	m->plan_due = m->has_plan ? prep_plan_due(&p.plan) : DATE_NONE;
	for (size_t i = 0; i < p.contacts.n; i++) {
		m->contacts++;
		m->contacts_fresh += !prep_contact_stale(&p.contacts.items[i], today, set->contact_days);
	}
	const struct prep_exercise *last = prep_last_exercise(&p.exercises);
	m->last_exercise = last ? last->date : DATE_NONE;
	for (size_t i = 0; i < p.exercises.n; i++)
		m->exercises_planned += !p.exercises.items[i].held && p.exercises.items[i].date >= today;
	for (size_t i = 0; i < p.insurance.n; i++) {
		const struct prep_insurance *x = &p.insurance.items[i];
		if (x->offer)
			m->offers++;
		else if ((x->from == DATE_NONE || x->from <= today) && (x->to == DATE_NONE || x->to >= today))
			m->policies++;
	}
	m->covered_1a = prep_area_covered_for(&p.competence, "1a", &m->areas_1a);
	m->covered_4c = prep_area_covered_for(&p.competence, "4c", &m->areas_4c);
	m->covered_5b = prep_area_covered_for(&p.competence, "5b", &m->areas_5b);
	return 0;
}

int checks_evidence_loaded(struct db *db, struct arena *a, int64_t tenant, int32_t today,
			   const struct ros_register *r, const struct ros_graph *g, const struct action *actions,
			   size_t n_actions, const struct finding *f, size_t n_findings, struct evidence out[EV_COUNT],
			   struct err *e)
{
	struct eol_catalog eol;
	struct kev_catalog kev;
	struct check_input in;
	struct check_settings set;
	struct evidence_more more;
	memset(&eol, 0, sizeof(eol));
	memset(&kev, 0, sizeof(kev));
	if (build_input(db, a, tenant, &eol, &kev, today, r, g, actions, n_actions, true, &in, &set, e) < 0 ||
	    evidence_more(db, a, tenant, today, &set, r, g, &more, e) < 0)
		return -1;
	evidence_from_checks(&in, &more, f, n_findings, out);
	return 0;
}

int checks_evidence(struct db *db, struct arena *a, int64_t tenant, int32_t today,
		    struct evidence out[EV_COUNT], struct err *e)
{
	struct ros_register r;
	struct ros_graph g;
	struct action *actions;
	struct finding *f;
	size_t n_actions, n;
	if (store_ros_graph(db, a, tenant, &r, &g, e) < 0 ||
	    store_action_list(db, a, tenant, &actions, &n_actions, e) < 0 ||
	    store_finding_list(db, a, tenant, &f, &n, e) < 0)
		return -1;
	return checks_evidence_loaded(db, a, tenant, today, &r, &g, actions, n_actions, f, n, out, e);
}

int checks_sbom_import(struct db *db, struct arena *a, int64_t tenant, const char *system, const char *data,
		       size_t len, const char *origin, const struct eol_catalog *eol, const struct kev_catalog *kev,
		       const struct store_stamp *st, size_t *n, int counts[4], size_t *open, struct err *e)
{
	struct sbom_component *c;
	struct ros_register r;
	int64_t id = 0;
	if (cyclonedx_read(a, data, len, origin, &c, n, e) < 0 || store_ros_load_own(db, a, tenant, &r, e) < 0)
		return -1;
	for (size_t i = 0; i < r.n_systems && !id; i++)
		if (strcmp(r.systems[i].name, system) == 0)
			id = r.systems[i].id;
	if (!id)
		return err_missing(e, "Systemet «%s» finnes ikke i registeret.", system);
	if (store_sbom_replace(db, a, tenant, id, c, *n, origin, st, e) < 0)
		return -1;
	return checks_tenant(db, a, tenant, eol, kev, st, counts, open, e);
}

int checks_openvas_import(struct db *db, struct arena *a, int64_t tenant, const char *data, size_t len,
			  const char *origin, const struct eol_catalog *eol, const struct kev_catalog *kev,
			  const struct store_stamp *st, size_t *hosts, size_t *results, size_t *matched, int counts[4],
			  size_t *open, struct err *e)
{
	struct openvas_report r;
	if (openvas_xml_read(a, data, len, origin, &r, e) < 0 ||
	    store_vuln_replace(db, a, tenant, r.hosts, r.n_hosts, r.results, r.n, arena_printf(a, "openvas: %s", origin),
			       st, matched, e) < 0)
		return -1;
	*hosts = r.n_hosts;
	*results = r.n;
	return checks_tenant(db, a, tenant, eol, kev, st, counts, open, e);
}
