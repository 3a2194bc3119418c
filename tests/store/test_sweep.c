/* test_sweep.c: failures injected into the database (issue 14). Every writing use case of
 * the store and every import is run with the n-th call of the database failing (exec,
 * begin, commit, prepare, step: db_fail_in, the seam behind both drivers), for n = 1, 2, ...
 * until it goes through; after each failure the whole database, every column of every row
 * of every table, hashes as before (a stronger comparison than a full export, which leaves
 * out keys and secrets), and the error says something. Run on SQLite and PostgreSQL
 * (BEREDT_TEST_DB). */
#include "../unit/test.h"
#include "store_test.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/answers.h"
#include "app/checks.h"
#include "app/coop_onboard.h"
#include "app/import.h"
#include "app/notify_outbox.h"
#include "app/prep_docs.h"
#include "app/ros_edit.h"
#include "io/catalog_json.h"
#include "io/dataset_json.h"
#include "store/action.h"
#include "store/apitoken.h"
#include "store/attachment.h"
#include "store/carry.h"
#include "store/catalog.h"
#include "store/coop.h"
#include "store/dataset.h"
#include "store/finding.h"
#include "store/invite.h"
#include "store/membership.h"
#include "store/migrate.h"
#include "store/notify.h"
#include "store/posture.h"
#include "store/prep.h"
#include "store/refdata.h"
#include "store/ros.h"
#include "store/round.h"
#include "store/scales.h"
#include "store/session.h"
#include "store/tenant.h"
#include "store/user.h"
#include "util/buf.h"
#include "util/crypto.h"
#include "util/date.h"
#include "util/embed.h"

static struct db *db;
static struct arena a;
static struct err e;
static const struct catalog *ks;
static const struct store_stamp stamp = { .by = "test", .at = "2026-11-28T10:00:00Z", .today = 20785 };

static int64_t count(const char *sql, int64_t tenant)
{
	return store_test_count(db, &e, sql, tenant);
}

static int64_t new_tenant(const char *knr)
{
	return store_test_tenant(db, &e, &stamp, knr);
}

/* ---- injected failures: after any call of the database fails, nothing has changed ---- */

/* The whole database as one hash: every column of every row of every table, in order. */
static void fingerprint(char out[CRYPTO_HASH_HEX])
{
	const char **cols;
	size_t n;
	struct buf all;
	struct arena t;
	arena_init(&t, 0);
	buf_init(&all, 0);
	assert_int_equal(store_carry_schema(db, &t, &cols, &n, &e), 0);
	for (size_t i = 0; i < n;) {
		size_t tl = strcspn(cols[i], "."), j = i, k = 0;
		struct buf sql;
		buf_init(&sql, 0);
		buf_printf(&sql, "SELECT ");
		for (; j < n && strncmp(cols[j], cols[i], tl + 1) == 0; j++, k++)
			buf_printf(&sql, "%s%s", k ? ", " : "", cols[j] + tl + 1);
		buf_printf(&sql, " FROM %.*s ORDER BY ", (int)tl, cols[i]);
		for (size_t c = 1; c <= k; c++)
			buf_printf(&sql, "%s%zu", c > 1 ? ", " : "", c);
		struct db_stmt *st;
		assert_int_equal(db_prepare(db, sql.data, &st, &e), 0);
		while (db_step(st, &e) == DB_ROW)
			for (size_t c = 0; c < k; c++) {
				const char *v = db_col_text(st, (int)c);
				buf_printf(&all, "%s\x1f", v ? v : "\x1e");
			}
		db_finalize(st);
		buf_release(&sql);
		i = j;
	}
	crypto_hash_hex(all.data ? all.data : "", all.len, out);
	buf_release(&all);
	arena_release(&t);
}

struct sweep {
	int64_t tenant, user, own_user, system, target, token;
	int round, action, incident;
	int64_t attachment;
	const struct tenant *coop;
	const char *kommunenr;
};

static int op_import(struct sweep *x)
{
	static const char systems[] = "navn;type;drift\nAD;infrastruktur;egen\nEPJ;fagsystem;egen\n";
	static const char services[] = "navn;sektor;kritikalitet;maks_nedetid_timer\nOmsorg;helse-og-omsorg;5;4\n";
	static const char deps[] = "fra_type;fra;til_type;til;type\ntjeneste;Omsorg;system;EPJ;kjorer-pa\n"
				   "system;EPJ;system;AD;autentisering\n";
	struct import_source src = { 0 };
	src.csv[ROS_T_SYSTEMS] = (struct import_text){ systems, sizeof(systems) - 1, "systemer.csv" };
	src.csv[ROS_T_SERVICES] = (struct import_text){ services, sizeof(services) - 1, "tjenester.csv" };
	src.csv[ROS_T_DEPENDENCIES] = (struct import_text){ deps, sizeof(deps) - 1, "avhengigheter.csv" };
	return import_register(db, &a, x->tenant, &src, &stamp, NULL, &e);
}

static int op_answer(struct sweep *x)
{
	struct answer_patch p = { .measure_id = "3a", .has_status = true, .status = STATUS_NEI, .owner = "Kari",
				  .has_due = true, .due = stamp.today + 30 };
	return answers_set(db, x->tenant, x->round, ks, &p, &stamp, NULL, &e);
}

static int op_user(struct sweep *x)
{
	struct user u = { .email = arena_printf(&a, "sveip%" PRId64 "@x.no", x->tenant), .role = ROLE_LEDER, .lang = LANG_NB };
	char token[CRYPTO_TOKEN_TEXT];
	bool elsewhere;
	return store_user_add(db, x->tenant, &u, &stamp, token, &elsewhere, &e);
}

static int op_grant(struct sweep *x)
{
	return store_membership_grant(db, x->tenant, "sveip-konto@x.no", ROLE_REDAKTOR, &stamp, &e);
}

static int op_contacts(struct sweep *x)
{
	struct prep_contact c = { .name = "IT-vakt", .kind = "intern", .phone = "900 00 000", .availability = AVAIL_DOGNET };
	struct prep_contacts cs = { &c, 1 };
	return prep_save_contacts(db, &a, x->tenant, &cs, 0, "sveip", &stamp, &e);
}

static int op_deps(struct sweep *x)
{
	struct ros_dep_fail df;
	return store_ros_deps_replace(db, x->tenant, NULL, 0, &stamp, &df, &e);
}

static int op_remove(struct sweep *x)
{
	const char **deps;
	size_t n;
	return store_ros_system_remove(db, &a, x->tenant, "AD", &stamp, &deps, &n, &e);
}

static int op_join(struct sweep *x)
{
	return store_coop_join(db, &a, x->coop, x->kommunenr, &stamp, &e);
}

static int op_member_end(struct sweep *x)
{
	bool found;
	return store_membership_end(db, x->tenant, x->user, &stamp, &found, &e);
}

static int op_close(struct sweep *x)
{
	return store_round_close(db, x->tenant, x->round, NULL, ROUND_UNKNOWN_ANY, &stamp, &e);   /* approved on its own below */
}

/* Fail the 1st, 2nd, ... call of the database in op until it goes through; after each
 * failure the whole database is as it was, and the error says something. */
static void sweep_one(const char *name, int (*op)(struct sweep *), struct sweep *x)
{
	char before[CRYPTO_HASH_HEX], after[CRYPTO_HASH_HEX];
	fingerprint(before);
	for (long n = 1; n < 5000; n++) {
		err_init(&e, LANG_NB);
		db_fail_in(db, n);
		int rc = op(x);
		bool reached = db_fail_in_left(db) == 0;
		db_fail_in(db, 0);
		if (rc != 0 && !reached)
			fail_msg("%s: refused with no failure injected: %s", name, e.msg);
		if (rc == 0 && !reached) {   /* every call of it has failed once: done */
			print_message("# %s: a failure injected at each of its %ld calls changed nothing\n", name, n - 1);
			return;
		}
		if (rc == 0)
			fail_msg("%s: the failure injected at call %ld was not reported", name, n);
		fingerprint(after);
		if (strcmp(before, after) != 0)
			fail_msg("%s: the database changed after the failure injected at call %ld (%s)", name, n, e.msg);
		if (!e.msg[0])
			fail_msg("%s: no message after the failure injected at call %ld", name, n);
	}
	fail_msg("%s: did not go through in 5000 calls (%s)", name, e.msg);
}

/* ---- the other writing use cases, each as the page, the API or the CLI calls it ---- */

static int op_action_add(struct sweep *x)
{
	struct action act = { .origin = ACTION_ORIGIN_MANUAL, .title = "Sveip-tiltak", .owner = "Kari", .due = DATE_NONE,
			      .priority = PRIORITY_HOY, .status = ACTION_APEN };
	int rc = store_action_add(db, x->tenant, &act, &stamp, &e);
	x->action = act.no;
	return rc;
}

static int op_action_update(struct sweep *x)
{
	struct action act;
	if (store_action_get(db, &a, x->tenant, x->action, &act, &e) < 0)
		return -1;
	act.owner = "Per";
	act.status = ACTION_PAGAR;
	return store_action_update(db, x->tenant, &act, &stamp, &e);
}

static int op_catalog(struct sweep *x)
{
	static const char text[] = "{\"format\": \"beredt-catalog/1\", \"id\": \"sveip\", \"version\": \"1\", "
				   "\"title\": {\"nb\": \"Sveip\", \"en\": \"Sweep\"}, \"groups\": [{\"id\": \"1\", "
				   "\"title\": {\"nb\": \"En\", \"en\": \"One\"}, \"items\": [{\"id\": \"1a\", "
				   "\"title\": {\"nb\": \"Et tiltak\", \"en\": \"A measure\"}}]}]}";
	struct catalog *c;
	(void)x;
	assert_int_equal(catalog_json_parse(&a, text, sizeof(text) - 1, "sveip.json", NULL, &c, &e), 0);
	return store_catalog_put(db, c, stamp.at, CATALOG_PUT_NEW, &e);
}

/* The whole-municipality import: this municipality's export read back as a new one. */
static int op_dataset(struct sweep *x)
{
	struct dataset d;
	struct buf out;
	size_t accounts;
	(void)x;
	if (store_dataset_load(db, &a, x->kommunenr, &d, &e) < 0)
		return -1;
	buf_init(&out, 0);
	assert_int_equal(dataset_json_write(&a, &d, &out, &e), 0);
	assert_int_equal(dataset_json_read(&a, out.data, out.len, "eksport.json", &d, &e), 0);
	buf_release(&out);
	d.tenant.kommunenr = "3473";
	return store_dataset_save(db, &d, &stamp, &accounts, &e);
}

static int op_refdata(struct sweep *x)
{
	(void)x;
	return store_refdata_put(db, "kev", "2026.11.28", stamp.today, "{\"vulnerabilities\": []}", &stamp, &e);
}

/* Read outside the sweep: a lookup that the injected failure could hit is not one of the
 * use case's own calls. */
static int64_t system_id(struct sweep *x, const char *name)
{
	struct ros_register r;
	assert_int_equal(store_ros_load(db, &a, x->tenant, &r, &e), 0);
	for (size_t i = 0; i < r.n_systems; i++)
		if (strcmp(r.systems[i].name, name) == 0)
			return r.systems[i].id;
	fail_msg("no system %s", name);
	return 0;
}

static int op_system_put(struct sweep *x)
{
	struct ros_system s = { .name = "Nettsky", .kind = "fagsystem", .hosting = "leverandor", .rto_hours = 24,
				.rpo_hours = 4, .internet_exposed = true, .hosts = "nettsky.example.no" };
	return store_ros_system_put(db, x->tenant, &s, &stamp, &e);
}

static int op_record_put(struct sweep *x)
{
	struct ros_edit ed = { .table = ROS_T_SYSTEMS, .keys = { "navn", "type", "drift", "rto_timer" },
			       .vals = { "Skoleportal", "Fagsystem", "Egen drift", "1,5" }, .n = 4 };
	struct ros_edit_conflict c;
	const char *name;
	return ros_edit_put(db, &a, x->tenant, &ed, &stamp, &c, &name, &e);
}

/* a file attached as evidence, replaced, and removed (the use case's checks before it are
 * file(1)'s and the model's; what writes is the store) */
static int op_attach(struct sweep *x)
{
	static const char pdf[] = "%PDF-1.4\n%%EOF\n";
	struct attach_new n = { .target = { ATT_MEASURE, "3b", 0 }, .name = "test.pdf", .content_type = "application/pdf",
				.data = pdf, .len = sizeof(pdf) - 1,
				.sha256 = "0000000000000000000000000000000000000000000000000000000000000000",
				.replaces = x->attachment };
	int64_t id;
	return store_attach_add(db, &a, x->tenant, &n, &stamp, &id, &e);
}

static int op_attach_remove(struct sweep *x)
{
	return store_attach_remove(db, &a, x->tenant, x->attachment, "feil fil", &stamp, &e);
}

static const char *const dep_keys[] = { "fra_type", "fra", "til_type", "til", "type" };
static const char *const dep_vals[] = { "system", "Skoleportal", "system", "AD", "autentisering" };

static int op_dep_add(struct sweep *x)
{
	return ros_edit_dep_add(db, &a, x->tenant, dep_keys, dep_vals, 5, &stamp, &e);
}

static int op_dep_remove(struct sweep *x)
{
	return ros_edit_dep_remove(db, &a, x->tenant, dep_keys, dep_vals, 5, &stamp, &e);
}

static int op_findings_many(struct sweep *x)
{
	struct finding *f;
	size_t n, acked;
	int nos[2];
	if (store_finding_list(db, &a, x->tenant, &f, &n, &e) < 0)
		return -1;
	if (n < 2) {
		fail_msg("the checks found %zu findings, not the two the sweep needs", n);
		return -1;
	}
	nos[0] = f[0].no;
	nos[1] = f[1].no;
	return store_finding_many(db, &a, x->tenant, nos, 2, "Driftsleder", true, &stamp, &acked, &e);
}

static int op_posture(struct sweep *x)
{
	struct posture p;
	posture_unknown(&p, x->system);
	p.backup_hours = 24;
	p.backup_offline = true;
	p.restore_tested = stamp.today - 10;
	return store_posture_put(db, &a, x->tenant, &p, &stamp, &e);
}

static int op_scan(struct sweep *x)
{
	struct scan_host h = { "10.0.0.5", "epj.granheim.no" };
	struct scan_port p[2] = { { "10.0.0.5", 3389, "tcp", "ms-wbt-server", NULL, NULL },
				  { "10.0.0.5", 445, "tcp", "microsoft-ds", NULL, NULL } };
	size_t matched;
	return store_scan_replace(db, &a, x->tenant, &h, 1, p, 2, "nmap 7.93", &stamp, &matched, &e);
}

static int op_vulns(struct sweep *x)
{
	struct scan_host h = { "10.0.0.5", "epj.granheim.no" };
	struct vuln_result v = { "10.0.0.5", "22/tcp", "OpenSSH regreSSHion", "1.3.6.1.4.1.25623.1.0.1", "CVE-2024-6387", 81 };
	size_t matched;
	return store_vuln_replace(db, &a, x->tenant, &h, 1, &v, 1, "Greenbone", &stamp, &matched, &e);
}

static int op_sbom(struct sweep *x)
{
	struct sbom_component c[2] = { { "openssl", "3.0.2", "OpenSSL", "pkg:generic/openssl@3.0.2" },
				       { "log4j-core", "2.14.1", "Apache", NULL } };
	return store_sbom_replace(db, &a, x->tenant, x->system, c, 2, "vpn.cdx.json", &stamp, &e);
}

static int op_scales(struct sweep *x)
{
	struct ros_scales s;
	ros_scales_default(&s);
	s.cell[4][3] = s.cell[4][4];   /* E4 as high as E5: still never lower further out */
	return store_scales_save(db, &a, x->tenant, &s, &stamp, &e);
}

static int op_plan(struct sweep *x)
{
	struct prep_plan p;
	assert_int_equal(prep_plan_template(&a, &p), 0);
	return prep_save_plan(db, &a, x->tenant, &p, 0, "fra malen", &stamp, &e);
}

static int op_exercises(struct sweep *x)
{
	struct prep_exercise ex = { .no = 1, .date = stamp.today - 7, .held = true, .kind = "spill",
				    .scenario = "Løsepengevirus fredag", .participants = "Kriseledelsen" };
	struct prep_exercises xs = { &ex, 1 };
	return prep_save_exercises(db, &a, x->tenant, &xs, 0, "ny: Ø-1", &stamp, &e);
}

static int op_insurance(struct sweep *x)
{
	struct prep_insurance in = { .name = "Cyberpolise 2027", .insurer = "Trygg", .from = stamp.today, .to = stamp.today + 365,
				     .premium = 120000, .deductible = 50000, .limit = 10000000 };
	for (int i = 0; i < PREP_COVERS; i++)
		in.cover[i] = COVER_NONE;
	struct prep_insurances xs = { &in, 1 };
	return prep_save_insurance(db, &a, x->tenant, &xs, 0, "ny: polise", &stamp, &e);
}

static int op_competence(struct sweep *x)
{
	struct prep_competence c = { .area = "gjenoppretting", .who = "Ingrid Haugen", .trained_on = stamp.today - 30 };
	struct prep_competences xs = { &c, 1 };
	return prep_save_competence(db, &a, x->tenant, &xs, 0, "ny: gjenoppretting", &stamp, &e);
}

static int op_gap_action(struct sweep *x)
{
	int no;
	return prep_gap_to_action(db, &a, x->tenant, "etterforskning", &stamp, &no, &e);
}

static int op_incident(struct sweep *x)
{
	struct incident in = { .title = "Kryptert filserver", .scenario = "losepengevirus", .personal_data = true };
	int rc = store_incident_declare(db, x->tenant, &in, &stamp, &e);
	x->incident = in.no;
	return rc;
}

static int op_incident_log(struct sweep *x)
{
	return store_incident_append(db, &a, x->tenant, x->incident, "observasjon", "Filserveren svarer ikke", &stamp, &e);
}

static int op_incident_notice(struct sweep *x)
{
	struct incident_notice n = { .receiver = "datatilsynet", .notified_at = "2026-11-28T09:00:00Z", .reference = "22/0001" };
	return store_incident_notify(db, &a, x->tenant, x->incident, &n, &stamp, &e);
}

static int op_incident_aware(struct sweep *x)
{
	return store_incident_aware(db, &a, x->tenant, x->incident, "2026-11-28T07:30:00Z", &stamp, &e);
}

static int op_kit(struct sweep *x)
{
	return store_kit_written(db, x->tenant, "0f343b0931126a20f133d67c2b018a3b8c3e9b6d0f2b4ad2a6d7e5c8a1b2c3d4", true, &stamp, &e);
}

static int op_receiver(struct sweep *x)
{
	struct notify_target t = { .kind = NOTIFY_EPOST, .address = "it-vakt@granheim.no", .min_severity = SEV_HOY,
				   .active = true };
	int rc = store_notify_target_add(db, &a, x->tenant, &t, &stamp, &e);
	x->target = t.id;
	return rc;
}

static int op_receiver_stop(struct sweep *x)
{
	return store_notify_target_disable(db, &a, x->tenant, x->target, &stamp, &e);
}

static int op_checks(struct sweep *x)
{
	struct eol_catalog eol = { 0 };
	struct kev_catalog kev = { 0 };
	int counts[4];
	size_t open;
	return checks_tenant(db, &a, x->tenant, &eol, &kev, &stamp, counts, &open, &e);
}

static int op_own_user(struct sweep *x)
{
	struct user u = { .email = "egen@x.no", .role = ROLE_ADMIN, .lang = LANG_NB };
	char token[CRYPTO_TOKEN_TEXT];
	bool elsewhere;
	int rc = store_user_add(db, x->tenant, &u, &stamp, token, &elsewhere, &e);
	x->own_user = u.id;
	return rc;
}

static int op_password(struct sweep *x)
{
	return store_user_set_password(db, x->tenant, x->own_user, "korrekt hest batteri stift", NULL, &stamp, &e);
}

static int op_session(struct sweep *x)
{
	char sid[CRYPTO_TOKEN_TEXT];
	return store_session_new(db, x->tenant, x->own_user, true, &stamp, sid, &e);
}

static int op_token(struct sweep *x)
{
	char token[API_TOKEN_TEXT];
	return store_token_new(db, x->tenant, x->own_user, "skript", 90, &stamp, token, &e);
}

static int op_token_revoke(struct sweep *x)
{
	return store_token_revoke(db, x->tenant, x->own_user, x->token, &stamp, &e);
}

static int op_disable(struct sweep *x)
{
	return store_user_set_active(db, x->tenant, x->own_user, false, &stamp, &e);
}

static int op_reset(struct sweep *x)
{
	char token[CRYPTO_TOKEN_TEXT];
	return store_user_reset(db, x->tenant, x->own_user, false, &stamp, token, &e);
}

static int op_withdraw(struct sweep *x)
{
	bool found;
	int rc = store_invite_withdraw(db, x->tenant, arena_printf(&a, "sveip%" PRId64 "@x.no", x->tenant), &stamp, &found, &e);
	if (rc == 0 && !found)
		fail_msg("the invitation to withdraw was not found");
	return rc;
}

static int op_approve(struct sweep *x)
{
	return store_round_approve(db, x->tenant, x->round, &stamp, &e);
}

static int op_round_start(struct sweep *x)
{
	struct round r;
	return store_round_start(db, &a, x->tenant, "ks-2021", "Neste runde", &stamp, &r, &e);
}

static int op_leave(struct sweep *x)
{
	bool found;
	return store_coop_leave(db, &a, x->coop, x->kommunenr, &stamp, &found, &e);
}

static int op_tenant(struct sweep *x)
{
	struct tenant t = { .kommunenr = "3474", .name = "Nyby", .orgnr = "974760673" };
	(void)x;
	return store_tenant_add(db, &t, &stamp, &e);
}
static int op_renew(struct sweep *x)
{
	char token[CRYPTO_TOKEN_TEXT];
	bool found;
	return store_invite_renew(db, x->tenant, arena_printf(&a, "sveip%" PRId64 "@x.no", x->tenant), &stamp, token,
				  &found, &e);
}

static int op_lang(struct sweep *x)
{
	return store_user_set_lang(db, x->tenant, x->own_user, LANG_EN, &stamp, &e);
}

static int op_login_failed(struct sweep *x)
{
	struct user u;
	return store_user_get(db, &a, x->tenant, x->own_user, &u, &e) < 0 ? -1 : store_user_login_failed(db, &u, &stamp, &e);
}

static int op_login_ok(struct sweep *x)
{
	struct user u;
	bool fresh;
	if (store_user_get(db, &a, x->tenant, x->own_user, &u, &e) < 0)
		return -1;
	return store_user_login_ok(db, &u, 59000000, &stamp, &fresh, &e);
}

static int op_logout_all(struct sweep *x)
{
	return store_user_logout_all(db, x->tenant, x->own_user, &stamp, &e);
}

static int op_notify_queue(struct sweep *x)
{
	struct tenant t;
	size_t queued;
	if (store_tenant_get(db, &a, x->kommunenr, &t, &e) < 0)
		return -1;
	return notify_queue_tenant(db, &a, &t, "https://beredt.granheim.no", &stamp, &queued, &e);
}

static int op_service_put(struct sweep *x)
{
	struct ros_service sv = { .name = "Byggesak", .sector = "tekniske-tjenester", .owner = "Plan og bygg", .criticality = 2,
				  .mtd_hours = 72, .fallback_tested = DATE_NONE };
	return store_ros_service_put(db, x->tenant, &sv, &stamp, &e);
}

static int op_vendor_put(struct sweep *x)
{
	struct ros_vendor v = { .name = "Skyleverandør AS", .orgnr = "974760673", .support_phone = "22 00 00 00",
				.support_247 = true, .rto_hours = 24 };
	return store_ros_vendor_put(db, x->tenant, &v, &stamp, &e);
}

static int op_event_put(struct sweep *x)
{
	struct ros_event ev = { .title = "Løsepengevirus i EPJ", .cause = "Phishing", .probability = 'C',
				.consequence = { 3, 1, 4, 3, 2 }, .barriers = "Tofaktor" };
	return store_ros_event_put(db, x->tenant, &ev, &stamp, &e);
}

/* The enrolment of a new user, finished with the link the invitation made (in x->link). */
static char link[CRYPTO_TOKEN_TEXT];
static char codes[RECOVERY_CODES][RECOVERY_CODE_TEXT];

static int op_enrol(struct sweep *x)
{
	(void)x;
	return store_enrollment_finish(db, link, "korrekt hest batteri stift", 59000001, &stamp, codes, &e);
}

static int op_recovery(struct sweep *x)
{
	struct user u;
	bool used;
	if (store_user_get(db, &a, x->tenant, x->own_user, &u, &e) < 0)
		return -1;
	return store_recovery_use(db, &u, codes[0], &stamp, &used, &e);
}

static char sid[CRYPTO_TOKEN_TEXT];

static int op_upgrade(struct sweep *x)
{
	char next[CRYPTO_TOKEN_TEXT];
	(void)x;
	return store_session_upgrade(db, sid, &stamp, next, &e);
}

static int op_sent(struct sweep *x)
{
	struct notify_message *m;
	size_t n;
	(void)x;
	if (store_notify_due(db, &a, "2026-11-28T11:00:00Z", &m, &n, &e) < 0)
		return -1;
	if (!n)
		fail_msg("no message is queued to mark as sent");
	return store_notify_sent_ok(db, &m[0], stamp.at, &e);
}

static int op_member_new(struct sweep *x)
{
	struct tenant m = { .kommunenr = "3475", .name = "Nymedlem", .orgnr = "974760673" };
	return coop_member_new(db, &a, x->coop, &m, x->own_user, &stamp, &e);
}

/* One municipality through its life, each writing use case swept in turn, in an order in
 * which each finds what it needs (a system for its profile, a user for their token). */
static void an_injected_failure_changes_nothing(void **state)
{
	(void)state;
	struct sweep x = { .tenant = new_tenant("3471"), .kommunenr = "3471" };
	struct tenant coop = { .kommunenr = "sveip-samarbeid", .name = "Sveip", .orgnr = "974760673", .cooperation = true };
	assert_int_equal(store_tenant_add(db, &coop, &stamp, &e), 0);
	x.coop = &coop;
	struct round r;
	struct user u = { .email = "sveip-konto@x.no", .role = ROLE_LES, .lang = LANG_NB };
	char token[CRYPTO_TOKEN_TEXT];
	bool elsewhere;
	/* the account to give a role */
	int64_t t2 = new_tenant("3472");
	assert_int_equal(store_user_add(db, t2, &u, &stamp, token, &elsewhere, &e), 0);
	x.user = u.id;
	assert_int_equal(store_round_start(db, &a, x.tenant, "ks-2021", "Sveip", &stamp, &r, &e), 0);
	x.round = r.no;
	int swept = 0;
#define SWEEP(name, op) (sweep_one(name, op, &x), swept++)
	SWEEP("ROS import", op_import);
	SWEEP("a system added", op_system_put);
	SWEEP("a service added", op_service_put);
	SWEEP("a vendor added", op_vendor_put);
	SWEEP("an unwanted event added", op_event_put);
	SWEEP("a record saved from its page", op_record_put);
	SWEEP("one dependency added", op_dep_add);
	SWEEP("one dependency removed", op_dep_remove);
	x.system = system_id(&x, "EPJ");
	SWEEP("a security profile", op_posture);
	SWEEP("an nmap scan imported", op_scan);
	SWEEP("a Greenbone report imported", op_vulns);
	SWEEP("an SBOM imported", op_sbom);
	SWEEP("the risk scales", op_scales);
	SWEEP("the checks run", op_checks);
	SWEEP("findings assigned and acknowledged at once", op_findings_many);
	SWEEP("an answer", op_answer);
	SWEEP("a file attached", op_attach);
	x.attachment = count("SELECT max(id) FROM attachment WHERE tenant_id = ?", x.tenant);
	SWEEP("a file replaced", op_attach);
	x.attachment = count("SELECT max(id) FROM attachment WHERE tenant_id = ?", x.tenant);
	SWEEP("a file removed", op_attach_remove);
	SWEEP("an action added", op_action_add);
	SWEEP("an action changed", op_action_update);
	SWEEP("a catalog imported", op_catalog);
	SWEEP("the reference data updated", op_refdata);
	SWEEP("the contingency plan", op_plan);
	SWEEP("the contacts", op_contacts);
	SWEEP("the exercises", op_exercises);
	SWEEP("the insurances", op_insurance);
	SWEEP("the competences", op_competence);
	SWEEP("a competence gap made an action", op_gap_action);
	SWEEP("an incident declared", op_incident);
	SWEEP("an incident log entry", op_incident_log);
	SWEEP("a notification recorded", op_incident_notice);
	SWEEP("when the municipality became aware", op_incident_aware);
	SWEEP("a crisis kit written", op_kit);
	SWEEP("a receiver of alerts added", op_receiver);
	SWEEP("the alerts queued for it", op_notify_queue);
	SWEEP("a queued alert delivered", op_sent);
	SWEEP("a receiver of alerts stopped", op_receiver_stop);
	/* before it has users: an account is in one installation once */
	SWEEP("the whole municipality imported", op_dataset);
	SWEEP("an invitation", op_user);
	SWEEP("an invitation renewed", op_renew);
	SWEEP("an invitation withdrawn", op_withdraw);
	SWEEP("a user of its own", op_own_user);
	{
		/* the link to enrol them: a reset makes one to hand on (outside the sweep) */
		assert_int_equal(store_user_reset(db, x.tenant, x.own_user, false, &stamp, link, &e), 0);
	}
	SWEEP("an enrolment finished", op_enrol);
	SWEEP("a recovery code used", op_recovery);
	SWEEP("a password set", op_password);
	SWEEP("a failed login counted", op_login_failed);
	SWEEP("a login", op_login_ok);
	SWEEP("a language chosen", op_lang);
	SWEEP("a session", op_session);
	assert_int_equal(store_session_new(db, x.tenant, x.own_user, false, &stamp, sid, &e), 0);
	SWEEP("a session past its second factor", op_upgrade);
	SWEEP("an API token", op_token);
	x.token = count("SELECT max(id) FROM api_token WHERE tenant_id = ?", x.tenant);
	SWEEP("an API token revoked", op_token_revoke);
	SWEEP("every session ended", op_logout_all);
	SWEEP("a second factor reset", op_reset);
	SWEEP("a user disabled", op_disable);
	SWEEP("a membership", op_grant);
	SWEEP("a membership ended", op_member_end);
	SWEEP("a member joining a cooperation", op_join);
	SWEEP("a member leaving it", op_leave);
	SWEEP("a new member made by the cooperation", op_member_new);
	SWEEP("the dependencies replaced", op_deps);
	SWEEP("a system removed", op_remove);
	SWEEP("a round closed", op_close);
	SWEEP("a round approved", op_approve);
	SWEEP("a new round", op_round_start);
	SWEEP("a municipality registered", op_tenant);
#undef SWEEP
	print_message("# %d writing use cases swept\n", swept);
}

int main(void)
{
	const char *name;
	arena_init(&a, 0);
	err_init(&e, LANG_NB);
	if (store_test_open("sweep", &stamp, &db, &a, &e, &ks, &name) < 0)
		return 2;
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(an_injected_failure_changes_nothing),
	};
	int rc = cmocka_run_group_tests_name(name, tests, NULL, NULL);
	db_close(db);
	arena_release(&a);
	return rc;
}
