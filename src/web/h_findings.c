/* h_findings.c: the findings of the checks (docs/findings.md) and their follow-up on the
 * web: everyone sees them; redaktør and above acknowledge, start and resolve; accepting a
 * risk is a leader's decision. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/assess.h"
#include "render/findings.h"
#include "app/checks.h"
#include "io/nmap_xml.h"
#include "store/finding.h"
#include "store/refdata.h"
#include "store/ros.h"
#include "store/tenant.h"
#include "util/buf.h"
#include "util/date.h"
#include "render/html.h"
#include "store/attachment.h"
#include "web/handlers.h"
#include "web/view.h"

/* A finding with the key of the group it is shown in (?gruppe=kontroll|system). */
struct keyed {
	const char *key;
	struct finding f;
};

static int cmp(const void *x, const void *y);

/* Grouped: by the group's key first, then as the list is sorted. */
static int cmp_keyed(const void *x, const void *y)
{
	const struct keyed *a = x, *b = y;
	int k = strcmp(a->key, b->key);
	return k ? k : cmp(&a->f, &b->f);
}

/* Sort f into its groups (arena for the keyed copy); left as it is without the memory. */
static void sort_grouped(struct arena *a, struct finding *f, size_t n, int group, enum lang lang)
{
	struct keyed *k = arena_alloc(a, n * sizeof(*k));
	if (!k)
		return;
	for (size_t i = 0; i < n; i++)
		k[i] = (struct keyed){ findings_group_key(&f[i], group, lang), f[i] };
	qsort(k, n, sizeof(*k), cmp_keyed);
	for (size_t i = 0; i < n; i++)
		f[i] = k[i].f;
}

static int cmp(const void *x, const void *y)
{
	const struct finding *a = x, *b = y;
	if (finding_open(a->status) != finding_open(b->status))
		return finding_open(a->status) ? -1 : 1;
	if (a->severity != b->severity)
		return (int)b->severity - (int)a->severity;
	return a->no - b->no;
}

/* The list's filter from the query (?alvorlighet=&status=&regel=&system=&ansvarlig=&side=):
 * open findings of any kind by default; *query the same filter as a query string for the
 * pages' links. -1 with a message for a value that is none of the choices. */
static int filter_of(struct req *r, struct finding_filter *flt, const char **query, size_t *page)
{
	static const char *const keys[] = { "alvorlighet", "status", "regel", "system", "ansvarlig", "gruppe" };
	const char *sev = req_query(r, "alvorlighet"), *st = req_query(r, "status"), *side = req_query(r, "side");
	const char *owner = req_query(r, "ansvarlig");
	enum severity s;
	enum finding_status fs;
	*flt = (struct finding_filter){ .severity = -1, .status = -1, .open_only = true,
					.rule = req_query(r, "regel"), .object = req_query(r, "system") };
	*page = 0;
	if (sev && *sev) {
		if (severity_parse(sev, &s, &r->err) < 0)
			return -1;
		flt->severity = (int)s;
	}
	if (req_query(r, "alle") || (st && strcmp(st, "alle") == 0)) {
		flt->open_only = false;
	} else if (st && *st) {
		if (finding_status_parse(st, &fs, &r->err) < 0)
			return -1;
		flt->status = (int)fs;
		flt->open_only = false;
	}
	if (owner && *owner)
		flt->owner = strcmp(owner, "-") == 0 ? "" : owner;
	if (side && *side) {
		char *end;
		long n = strtol(side, &end, 10);
		if (*end || n < 1 || n > 100000)
			return err_set(&r->err, "Siden «%s» finnes ikke.", side);
		*page = (size_t)(n - 1);
	}
	struct buf q;
	buf_init(&q, 0);
	for (size_t i = 0; i < sizeof(keys) / sizeof(keys[0]); i++) {
		const char *val = req_query(r, keys[i]);
		if (val && *val)
			buf_printf(&q, "%s%s=%s", q.len ? "&" : "", keys[i], html_query_value(r->a, val));
	}
	*query = arena_strndup(r->a, q.data ? q.data : "", q.len);
	buf_release(&q);
	return 0;
}

static void findings_page(struct req *r, int status, const char *error)
{
	struct finding *f;
	struct refdata_info *ref;
	size_t n, n_ref;
	struct page_frame p = view_page(r, T("Funn"), "funn");
	if (store_finding_list(r->db, r->a, r->user.tenant_id, &f, &n, &r->err) < 0 ||
	    store_refdata_list(r->db, r->a, &ref, &n_ref, &r->err) < 0) {
		resp_store_error(r);
		return;
	}
	if (n)
		qsort(f, n, sizeof(*f), cmp);
	struct finding_figures fig;
	bool have_fig = finding_figures(r->a, f, n, r->today, &fig, &r->err) == 0;
	struct finding_filter flt;
	const char *query = "";
	size_t page = 0;
	if (filter_of(r, &flt, &query, &page) < 0) {
		error = r->err.msg;
		status = 400;
		flt = (struct finding_filter){ .severity = -1, .status = -1, .open_only = true };
		query = "";
		page = 0;
	}
	p.error = error;
	struct findings_view v = { .a = r->a, .lang = r->lang, .pg = &p, .today = r->today,
				   .editor = role_allows(r->user.role, ROLE_REDAKTOR),
				   .leader = role_allows(r->user.role, ROLE_LEDER), .all = !flt.open_only,
				   .filter = &flt, .query = query, .page = page };
	const char *gq = req_query(r, "gruppe");
	v.group = gq && strcmp(gq, "kontroll") == 0 ? FINDINGS_GROUP_RULE
		  : gq && strcmp(gq, "system") == 0 ? FINDINGS_GROUP_SYSTEM : FINDINGS_GROUP_NONE;
	if (v.group && n)
		sort_grouped(r->a, f, n, v.group, r->lang);
	struct attachment *files;
	if (store_attach_list(r->db, r->a, r->user.tenant_id, NULL, &files, &v.n_files, &r->err) == 0)
		v.files = files;
	else
		v.n_files = 0;
	/* a member also sees what its cooperation is fixing on the shared systems */
	struct finding *sf = NULL;
	size_t ns = 0;
	int64_t coop = 0;
	struct tenant ct;
	if (store_ros_coop_of(r->db, r->user.tenant_id, &coop, &r->err) < 0 ||
	    (coop && (store_finding_shared(r->db, r->a, r->user.tenant_id, &sf, &ns, &r->err) < 0 ||
		      store_tenant_by_id(r->db, r->a, coop, &ct, &r->err) < 0))) {
		resp_store_error(r);
		return;
	}
	if (ns)
		qsort(sf, ns, sizeof(*sf), cmp);
	page_begin(&r->out, &p);
	findings_list(&r->out, &v, f, n, ref, n_ref, have_fig ? &fig : NULL);
	if (ns)
		findings_shared(&r->out, &v, ct.name, sf, ns);
	page_end(&r->out, &p);
	resp_html(r, status);
}

/* POST /funn/nmap: a scan or an SBOM read in as the CLI's scan import does, one file at a
 * time: an nmap report, a Greenbone/OpenVAS report, or a CycloneDX SBOM for a system. */
void h_findings_nmap(struct req *r)
{
	struct eol_catalog eol;
	struct kev_catalog kev;
	struct store_stamp st = req_stamp(r);
	const char *nmap = req_field(r, "nmap"), *ov = req_field(r, "openvas"), *sbom = req_field(r, "cyclonedx");
	const char *system = req_field(r, "system");
	int counts[4];
	size_t hosts, ports, matched, open, results, n;
	int given = (nmap && *nmap) + (ov && *ov) + (sbom && *sbom);
	if (given != 1) {
		findings_page(r, 400, T("Velg én fil å lese inn: en nmap-rapport, en Greenbone-rapport eller en SBOM."));
		return;
	}
	if (sbom && *sbom && (!system || !*system)) {
		findings_page(r, 400, T("Skriv navnet på systemet SBOM-en beskriver."));
		return;
	}
	if (checks_refdata(r->db, r->a, &eol, &kev, &r->err) < 0) {
		findings_page(r, 400, r->err.msg);
		return;
	}
	const char *said;
	if (nmap && *nmap) {
		if (checks_nmap_import(r->db, r->a, r->user.tenant_id, nmap, strlen(nmap), "nmap.xml", &eol, &kev, &st,
				       &hosts, &ports, &matched, counts, &open, &r->err) < 0)
			goto fail;
		said = arena_printf(r->a, T("Leste inn %zu verter (%zu koblet til systemer) og %zu åpne porter: %d nye funn, "
					    "%d lukket."), hosts, matched, ports, counts[FC_NEW], counts[FC_CLOSE]);
	} else if (ov && *ov) {
		if (checks_openvas_import(r->db, r->a, r->user.tenant_id, ov, strlen(ov), "greenbone.xml", &eol, &kev, &st,
					  &hosts, &results, &matched, counts, &open, &r->err) < 0)
			goto fail;
		said = arena_printf(r->a, T("Leste inn %zu verter (%zu koblet til systemer) og %zu sårbarheter: %d nye funn, "
					    "%d lukket."), hosts, matched, results, counts[FC_NEW], counts[FC_CLOSE]);
	} else {
		if (checks_sbom_import(r->db, r->a, r->user.tenant_id, system, sbom, strlen(sbom), "sbom.cdx.json", &eol,
				       &kev, &st, &n, counts, &open, &r->err) < 0)
			goto fail;
		said = arena_printf(r->a, T("Leste inn %zu komponenter for %s: %d nye funn, %d lukket."), n, system,
				    counts[FC_NEW], counts[FC_CLOSE]);
	}
	req_flash(r, said);
	resp_redirect(r, "/funn");
	return;
fail:
	findings_page(r, r->err.kind == ERR_NOT_FOUND ? 404 : 400, r->err.msg);
}

void h_findings(struct req *r)
{
	findings_page(r, 200, NULL);
}

/* POST /funn/N/kvitter|start|los|aksepter */
void h_finding_post(struct req *r)
{
	static const struct { const char *path; enum finding_status to; } m[] = {
		{ "kvitter", FINDING_KVITTERT }, { "start", FINDING_PAGAR }, { "los", FINDING_RESOLVED },
		{ "aksepter", FINDING_AKSEPTERT },
	};
	struct store_stamp st = req_stamp(r);
	const char *verb = strrchr(r->path, '/');
	int no;
	for (size_t i = 0; i < sizeof(m) / sizeof(m[0]); i++) {
		if (!verb || strcmp(verb + 1, m[i].path) != 0 || view_number(r->param, &no) < 0)
			continue;
		const char *reason = NULL;
		int32_t until = DATE_NONE;
		if (m[i].to == FINDING_AKSEPTERT) {
			const char *d = req_field(r, arena_printf(r->a, "til-%d", no));
			if (!role_allows(r->user.role, ROLE_LEDER)) {
				resp_error(r, 403, T("Bare en leder kan akseptere en risiko."));
				return;
			}
			reason = req_field(r, arena_printf(r->a, "grunn-%d", no));
			if (d && *d && date_parse(d, &until) < 0) {
				findings_page(r, 400, T("Datoen må skrives ÅÅÅÅ-MM-DD."));
				return;
			}
		}
		/* resolved while the checks still find it: say so first, as the next run reopens it */
		const char *anyway = req_field(r, "likevel");
		if (m[i].to == FINDING_RESOLVED && !(anyway && strcmp(anyway, "ja") == 0)) {
			struct finding f;
			bool still;
			const char *detail;
			if (checks_still_found(r->db, r->a, r->user.tenant_id, r->today, no, &f, &still, &detail, &r->err) < 0) {
				resp_store_error(r);
				return;
			}
			if (still && finding_open(f.status)) {
				struct page_frame p = view_page(r, arena_printf(r->a, T("Er F-%d løst?"), no), "funn");
				page_begin(&r->out, &p);
				findings_reopen_warning(&r->out, r->a, r->lang, &p, &f, detail);
				page_end(&r->out, &p);
				resp_html(r, 409);
				return;
			}
		}
		if (store_finding_set(r->db, r->a, r->user.tenant_id, no, m[i].to, reason, until, &st, &r->err) < 0) {
			/* another municipality's number is simply not found */
			if (r->err.kind == ERR_NOT_FOUND)
				resp_error(r, 404, r->err.msg);
			else
				findings_page(r, 400, r->err.msg);
			return;
		}
		req_flash(r, arena_printf(r->a, T("F-%d har nå status «%s»."), no, T(finding_status_code(m[i].to))));
		resp_redirect(r, "/funn");
		return;
	}
	resp_error(r, 404, T("Siden finnes ikke."));
}

/* POST /funn/utvalg[?filter]: the ticked findings, or with "alle" every open one the filter
 * shows, given an owner and/or acknowledged, all in one transaction. */
void h_findings_many(struct req *r)
{
	struct store_stamp st = req_stamp(r);
	struct finding *f;
	struct finding_filter flt;
	const char *query, *owner = req_field(r, "ny-ansvarlig"), *all = req_field(r, "alle");
	bool ack = req_field(r, "kvitter") && strcmp(req_field(r, "kvitter"), "ja") == 0;
	size_t n, page, k = 0, acked;
	if (filter_of(r, &flt, &query, &page) < 0) {
		findings_page(r, 400, r->err.msg);
		return;
	}
	if (store_finding_list(r->db, r->a, r->user.tenant_id, &f, &n, &r->err) < 0) {
		resp_store_error(r);
		return;
	}
	int *nos = arena_alloc(r->a, (n + 1) * sizeof(*nos));
	if (!nos) {
		resp_error(r, 500, T("Tom for minne."));
		return;
	}
	for (size_t i = 0; i < n; i++) {
		const char *ticked = req_field(r, arena_printf(r->a, "velg-%d", f[i].no));
		bool in = all && strcmp(all, "ja") == 0 ? finding_matches(&f[i], &flt)
						       : ticked && strcmp(ticked, "ja") == 0;
		if (in && finding_open(f[i].status))
			nos[k++] = f[i].no;
	}
	if (!k || ((!owner || !*owner) && !ack)) {
		findings_page(r, 400, !k ? T("Kryss av minst ett åpent funn, eller velg alle i utvalget.")
					 : T("Skriv hvem som er ansvarlig, eller kryss av for å kvittere."));
		return;
	}
	if (store_finding_many(r->db, r->a, r->user.tenant_id, nos, k, owner, ack, &st, &acked, &r->err) < 0) {
		findings_page(r, err_http_status(r->err.kind), r->err.msg);
		return;
	}
	const char *msg = owner && *owner
		? arena_printf(r->a, i18n_n(r->lang, "%zu funn har nå %s som ansvarlig.", "%zu funn har nå %s som ansvarlig.",
					    (unsigned long)k), k, owner)
		: "";
	if (ack)
		msg = arena_printf(r->a, "%s%s%s", msg, *msg ? " " : "",
				   arena_printf(r->a, i18n_n(r->lang, "%zu nytt funn er kvittert for.",
							     "%zu nye funn er kvittert for.", (unsigned long)acked), acked));
	req_flash(r, msg);
	resp_redirect(r, *query ? arena_printf(r->a, "/funn?%s", query) : "/funn");
}
