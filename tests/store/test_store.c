/* Store tests, run against the database named by BEREDT_TEST_DB (sqlite:... or
 * postgresql://...); the test script runs them on both. Each test works in its own
 * municipality, which is also how tenant isolation is exercised. */
#include "app/answers.h"
#include "../unit/test.h"
#include "store_test.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "io/catalog_json.h"
#include "store/action.h"
#include "store/answer.h"
#include "store/carry.h"
#include "store/catalog.h"
#include "store/dataset.h"
#include "store/coop.h"
#include "store/membership.h"
#include "store/migrate.h"
#include "store/ros.h"
#include "store/session.h"
#include "store/user.h"
#include "store/refdata.h"
#include "store/round.h"
#include "store/scales.h"
#include "store/tenant.h"
#include "util/embed.h"
#include "util/valid.h"

static struct db *db;
static struct arena a;
static struct err e;
static const struct catalog *ks;
static const struct store_stamp stamp = { .by = "test", .at = "2026-11-28T10:00:00Z", .today = 20785 };

static int64_t new_tenant(const char *knr)
{
	return store_test_tenant(db, &e, &stamp, knr);
}

static int64_t count(const char *sql, int64_t tenant)
{
	return store_test_count(db, &e, sql, tenant);
}

static void set(int64_t t, int round, const char *m, enum status s, const char *owner)
{
	struct answer_patch p = { .measure_id = m, .has_status = true, .status = s, .owner = owner };
	assert_int_equal(answers_set(db, t, round, ks, &p, &stamp, NULL, &e), 0);
}

static void migrate_is_idempotent(void **state)
{
	(void)state;
	int applied, v;
	assert_int_equal(store_migrate(db, stamp.at, &applied, &e), 0);
	assert_int_equal(applied, 0);
	assert_int_equal(store_schema_version(db, &v, &e), 0);
	assert_int_equal(v, 25);
	assert_int_equal(store_require_schema(db, &e), 0);
}

static void tenants(void **state)
{
	(void)state;
	struct tenant t = { .kommunenr = "3401", .name = "A", .orgnr = "974760673" }, got;
	assert_int_equal(store_tenant_add(db, &t, &stamp, &e), 0);
	assert_int_equal(store_tenant_add(db, &t, &stamp, &e), -1);
	assert_non_null(strstr(e.msg, "allerede registrert"));
	struct tenant bad = { .kommunenr = "9999", .name = "B", .orgnr = "974760673" };
	assert_int_equal(store_tenant_add(db, &bad, &stamp, &e), -1);
	assert_int_equal(store_tenant_get(db, &a, "3401", &got, &e), 0);
	assert_string_equal(got.name, "A");
	assert_int_equal(store_tenant_get(db, &a, "3402", &got, &e), -1);
	assert_non_null(strstr(e.msg, "tenant add"));
}

static void versions_are_kept(void **state)
{
	(void)state;
	int64_t t = new_tenant("3403");
	struct round r;
	struct answer *h;
	size_t n;
	bool changed;
	assert_int_equal(store_round_start(db, &a, t, "ks-2021", "R1", &stamp, &r, &e), 0);
	assert_int_equal(r.no, 1);
	set(t, 1, "3a", STATUS_NEI, "Kari");
	set(t, 1, "3a", STATUS_DELVIS, NULL);
	set(t, 1, "3a", STATUS_JA, "Per");
	assert_int_equal(store_answer_history(db, &a, t, r.id, "3a", &h, &n, &e), 0);
	assert_int_equal(n, 3);
	assert_int_equal(h[0].status, STATUS_NEI);
	assert_string_equal(h[1].owner, "Kari");           /* unchanged fields carried */
	assert_int_equal(h[2].version, 3);
	/* the same values again: no new version */
	struct answer_patch p = { .measure_id = "3a", .has_status = true, .status = STATUS_JA };
	assert_int_equal(answers_set(db, t, 1, ks, &p, &stamp, &changed, &e), 0);
	assert_false(changed);
	assert_int_equal(count("SELECT COUNT(*) FROM answer_history WHERE tenant_id = ?", t), 3);
}

static void bad_input_changes_nothing(void **state)
{
	(void)state;
	int64_t t = new_tenant("3405");
	struct round r;
	assert_int_equal(store_round_start(db, &a, t, "ks-2021", "R1", &stamp, &r, &e), 0);
	set(t, 1, "1a", STATUS_NEI, "Kari");
	int64_t before = count("SELECT COUNT(*) FROM answer_history WHERE tenant_id = ?", t);
	struct answer_patch p = { .measure_id = "9z", .has_status = true, .status = STATUS_JA };
	assert_int_equal(answers_set(db, t, 1, ks, &p, &stamp, NULL, &e), -1);
	assert_non_null(strstr(e.msg, "9z"));
	char big[VALID_NAME_MAX + 10];
	memset(big, 'x', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	struct answer_patch q = { .measure_id = "1a", .owner = big };
	assert_int_equal(answers_set(db, t, 1, ks, &q, &stamp, NULL, &e), -1);
	assert_int_equal(count("SELECT COUNT(*) FROM answer_history WHERE tenant_id = ?", t), before);
	assert_int_equal(count("SELECT COUNT(*) FROM action WHERE tenant_id = ?", t), 1);
}

static void one_action_per_gap(void **state)
{
	(void)state;
	int64_t t = new_tenant("3407");
	struct round r;
	struct action x;
	bool found;
	assert_int_equal(store_round_start(db, &a, t, "ks-2021", "R1", &stamp, &r, &e), 0);
	set(t, 1, "3b", STATUS_NEI, "Kari");
	set(t, 1, "3b", STATUS_DELVIS, "Per");
	set(t, 1, "3c", STATUS_UKJENT, NULL);
	assert_int_equal(count("SELECT COUNT(*) FROM action WHERE tenant_id = ?", t), 1);
	assert_int_equal(store_action_find_derived(db, &a, t, "ks-2021", "3b", &x, &found, &e), 0);
	assert_true(found);
	assert_string_equal(x.owner, "Per");
	assert_int_equal(x.priority, PRIORITY_HOY);       /* raised by nei, not lowered after */
	/* the database itself refuses a second derived action for the measure */
	struct action dup = { .catalog_id = "ks-2021", .measure_id = "3b", .origin = "svar",
			      .status = ACTION_APEN, .priority = PRIORITY_LAV, .due = DATE_NONE };
	assert_int_equal(store_action_add(db, t, &dup, &stamp, &e), -1);
	set(t, 1, "3b", STATUS_JA, NULL);
	assert_int_equal(store_action_get(db, &a, t, x.no, &x, &e), 0);
	assert_int_equal(x.status, ACTION_UTFORT);
	assert_int_equal(count("SELECT COUNT(*) FROM action_history WHERE tenant_id = ?", t), 3);
}

static void closed_rounds_are_frozen_and_carried_over(void **state)
{
	(void)state;
	int64_t t = new_tenant("3411");
	struct round r, r2;
	struct answer *ans;
	size_t n;
	assert_int_equal(store_round_start(db, &a, t, "ks-2021", "R1", &stamp, &r, &e), 0);
	set(t, 1, "2a", STATUS_DELVIS, "Ole");
	assert_int_equal(store_round_start(db, &a, t, "ks-2021", "R2", &stamp, &r2, &e), -1);
	assert_non_null(strstr(e.msg, "fortsatt åpen"));
	/* 14 of the 15 stand unknown: closing is refused, naming them, until exactly 14 are confirmed */
	assert_int_equal(store_round_close(db, t, 1, "Leder", ROUND_UNKNOWN_NONE, &stamp, &e), -1);
	assert_int_equal(e.kind, ERR_CONFIRM);
	assert_non_null(strstr(e.msg, "14 svar som står som ukjent (1a, 1b, 2b"));
	assert_int_equal(store_round_close(db, t, 1, "Leder", 13, &stamp, &e), -1);
	assert_int_equal(store_round_close(db, t, 1, "Leder", 14, &stamp, &e), 0);
	assert_int_equal(store_round_close(db, t, 1, NULL, ROUND_UNKNOWN_ANY, &stamp, &e), -1);
	assert_int_equal(e.kind, ERR_INPUT);
	struct answer_patch p = { .measure_id = "2a", .has_status = true, .status = STATUS_JA };
	assert_int_equal(answers_set(db, t, 1, ks, &p, &stamp, NULL, &e), -1);
	assert_non_null(strstr(e.msg, "lukket"));
	assert_int_equal(store_round_start(db, &a, t, "ks-2021", "R2", &stamp, &r2, &e), 0);
	assert_int_equal(r2.no, 2);
	assert_int_equal(store_answers_load(db, &a, t, r2.id, &ans, &n, &e), 0);
	assert_int_equal(n, 1);
	assert_int_equal(ans[0].status, STATUS_DELVIS);
	assert_string_equal(ans[0].owner, "Ole");
}

static void tenants_are_isolated(void **state)
{
	(void)state;
	int64_t ta = new_tenant("3413"), tb = new_tenant("3415");
	struct round ra, rb;
	struct action x;
	struct answer *ans;
	size_t n;
	assert_int_equal(store_round_start(db, &a, ta, "ks-2021", "A", &stamp, &ra, &e), 0);
	set(ta, 1, "3d", STATUS_NEI, "Kari");
	/* B sees none of A's rounds, answers or actions, even by A's numbers and ids */
	assert_int_equal(store_round_get(db, &a, tb, 1, &rb, &e), -1);
	assert_int_equal(store_action_get(db, &a, tb, 1, &x, &e), -1);
	assert_int_equal(store_answers_load(db, &a, tb, ra.id, &ans, &n, &e), 0);
	assert_int_equal(n, 0);
	struct answer_patch p = { .measure_id = "3d", .has_status = true, .status = STATUS_JA };
	assert_int_equal(answers_set(db, tb, 1, ks, &p, &stamp, NULL, &e), -1);
	/* an update of A's action addressed with B's tenant changes nothing */
	assert_int_equal(store_action_get(db, &a, ta, 1, &x, &e), 0);
	x.status = ACTION_UTFORT;
	assert_int_equal(store_action_update(db, tb, &x, &stamp, &e), -1);
	assert_int_equal(store_action_get(db, &a, ta, 1, &x, &e), 0);
	assert_int_equal(x.status, ACTION_APEN);
}

/* A municipality's scales are its own, saved whole, and a refused change changes nothing. */
static void scales_per_tenant(void **state)
{
	(void)state;
	int64_t ta = new_tenant("3430"), tb = new_tenant("3431");
	struct ros_scales s, got;
	char m[26];
	assert_int_equal(store_scales_load(db, &a, ta, &s, &e), 0);
	s.prob[0].label = "Sjelden";
	s.cons[0].text = "Ingen skadde";
	assert_int_equal(ros_matrix_parse("0001100112011222222222222", &s, &e), 0);
	assert_int_equal(store_scales_save(db, &a, ta, &s, &stamp, &e), 0);
	assert_int_equal(store_scales_load(db, &a, ta, &got, &e), 0);
	assert_string_equal(got.prob[0].label, "Sjelden");
	assert_string_equal(got.cons[0].text, "Ingen skadde");
	ros_matrix_text(&got, m);
	assert_string_equal(m, "0001100112011222222222222");
	/* B still has the defaults */
	assert_int_equal(store_scales_load(db, &a, tb, &got, &e), 0);
	assert_string_equal(got.prob[0].label, "Svært lav");
	ros_matrix_text(&got, m);
	assert_string_equal(m, "0001100112011221122212222");
	/* a non-monotonic matrix is refused and A keeps what it had */
	assert_int_equal(ros_matrix_parse("2001100112011222222222222", &s, &e), 0);
	s.prob[0].label = "Endret";
	assert_int_equal(store_scales_save(db, &a, ta, &s, &stamp, &e), -1);
	assert_int_equal(store_scales_load(db, &a, ta, &got, &e), 0);
	assert_string_equal(got.prob[0].label, "Sjelden");
	assert_int_equal(count("SELECT count(*) FROM audit WHERE tenant_id = ? AND action = 'ros.scales'", ta), 1);
}

/* A reference catalog replaced: the newest is what is used, and the audit trail keeps
 * which version was in use before. */
static void refdata_replaced_and_audited(void **state)
{
	(void)state;
	struct refdata_info *x;
	size_t n;
	const char *text;
	int64_t before = count("SELECT count(*) FROM audit WHERE action = 'data.update' AND ? = 0", 0);
	assert_int_equal(store_refdata_put(db, "kev", "2026.01.01", 20454, "{\"v\": 1}", &stamp, &e), 0);
	assert_int_equal(store_refdata_put(db, "kev", "2026.02.01", 20485, "{\"v\": 2}", &stamp, &e), 0);
	assert_int_equal(store_refdata_text(db, &a, "kev", &text, &e), 0);
	assert_string_equal(text, "{\"v\": 2}");
	assert_int_equal(store_refdata_list(db, &a, &x, &n, &e), 0);
	assert_true(n >= 1);
	assert_string_equal(x[n - 1].name, "kev");
	assert_string_equal(x[n - 1].version, "2026.02.01");
	assert_int_equal(count("SELECT count(*) FROM audit WHERE action = 'data.update' AND ? = 0", 0), before + 2);
	assert_int_equal(count("SELECT count(*) FROM audit WHERE action = 'data.update' AND old_value LIKE '2026.01.01%' "
			       "AND new_value LIKE '2026.02.01%' AND ? = 0", 0), 1);
	/* an unknown name is refused by the schema and changes nothing */
	assert_int_equal(store_refdata_put(db, "annet", "1", 20485, "{}", &stamp, &e), -1);
	assert_int_equal(count("SELECT count(*) FROM audit WHERE action = 'data.update' AND ? = 0", 0), before + 2);
}

static void history_is_append_only(void **state)
{
	(void)state;
	struct err quiet;
	err_init(&quiet, LANG_NB);
	assert_int_equal(db_exec(db, "UPDATE answer_history SET status = 'ja'", &quiet), -1);
	assert_non_null(strstr(quiet.msg, "append-only"));
	assert_int_equal(db_exec(db, "DELETE FROM action_history", &quiet), -1);
	assert_non_null(strstr(quiet.msg, "append-only"));
}

static void inner_failure_dooms_the_transaction(void **state)
{
	(void)state;
	struct tenant t1 = { .kommunenr = "3417", .name = "X", .orgnr = "974760673" };
	struct tenant t2 = t1;
	struct tenant got;
	assert_int_equal(db_begin(db, &e), 0);
	assert_int_equal(store_tenant_add(db, &t1, &stamp, &e), 0);
	assert_int_equal(store_tenant_add(db, &t2, &stamp, &e), -1);   /* duplicate */
	db_rollback(db);
	assert_int_equal(store_tenant_get(db, &a, "3417", &got, &e), -1);
}

static void dataset_round_trip_and_all_or_nothing(void **state)
{
	(void)state;
	int64_t t = new_tenant("3418");
	struct round r;
	struct dataset d, back;
	size_t accounts;
	assert_int_equal(store_round_start(db, &a, t, "ks-2021", "R1", &stamp, &r, &e), 0);
	set(t, 1, "1a", STATUS_NEI, "Kari");
	set(t, 1, "1a", STATUS_DELVIS, NULL);
	set(t, 1, "5a", STATUS_IKKE_RELEVANT, NULL);
	set(t, 1, "1a", STATUS_JA, NULL);                 /* closes the action: version 2 */
	assert_int_equal(store_dataset_load(db, &a, "3418", &d, &e), 0);
	assert_int_equal(d.n_rounds, 1);
	assert_int_equal(d.rounds[0].n_versions, 4);
	assert_int_equal(d.n_actions, 1);
	assert_int_equal(d.actions[0].n_versions, 2);
	/* save under another kommunenummer, read back: same content */
	d.tenant.kommunenr = "3419";
	assert_int_equal(store_dataset_save(db, &d, &stamp, &accounts, &e), 0);
	assert_int_equal(store_dataset_load(db, &a, "3419", &back, &e), 0);
	assert_int_equal(back.rounds[0].n_versions, 4);
	assert_string_equal(back.rounds[0].versions[1].changed_at, d.rounds[0].versions[1].changed_at);
	assert_int_equal(back.actions[0].versions[1].version, 2);
	/* a dataset whose round uses an unknown catalog: nothing is stored */
	d.tenant.kommunenr = "3420";
	d.rounds[0].round.catalog_id = "finnes-ikke";
	assert_int_equal(store_dataset_save(db, &d, &stamp, &accounts, &e), -1);
	assert_non_null(strstr(e.msg, "finnes-ikke"));
	struct tenant none;
	assert_int_equal(store_tenant_get(db, &a, "3420", &none, &e), -1);
	/* fault late in the import (a duplicate action number): nothing is stored */
	d.rounds[0].round.catalog_id = "ks-2021";
	struct dataset_action twice[2] = { d.actions[0], d.actions[0] };
	d.actions = twice;
	d.n_actions = 2;
	assert_int_equal(store_dataset_save(db, &d, &stamp, &accounts, &e), -1);   /* T-2 expected, T-1 given */
	assert_int_equal(store_tenant_get(db, &a, "3420", &none, &e), -1);
}

/* Every table and column of the schema, as the database itself lists them, is named in
 * what a move carries (model/carry.c): a table or column added later and not carried by
 * export fails here, on SQLite and PostgreSQL alike. */
static void every_table_is_carried_or_said_why_not(void **state)
{
	const char **names;
	size_t n, nt, unnamed = 0;
	const struct carry_table *tables = carry_tables(&nt);
	(void)state;
	assert_int_equal(store_carry_schema(db, &a, &names, &n, &e), 0);
	assert_true(n > 100);
	for (size_t i = 0; i < n; i++) {
		char table[128];
		const char *dot = strchr(names[i], '.');
		assert_non_null(dot);
		snprintf(table, sizeof(table), "%.*s", (int)(dot - names[i]), names[i]);
		const struct carry_table *t = carry_table(table);
		bool named = t != NULL;
		if (t && t->how == CARRY_RECORDS && strcmp(dot + 1, "tenant_id") != 0) {
			named = false;
			for (size_t c = 0; t->cols[c].name && !named; c++)
				named = strcmp(t->cols[c].name, dot + 1) == 0;
		}
		if (!named) {
			printf("# %s is not carried by export and not said why (src/model/carry.c)\n", names[i]);
			unnamed++;
		}
	}
	assert_int_equal(unnamed, 0);
	/* and everything named is in the schema: a renamed column is not silently dropped */
	for (size_t k = 0; k < nt; k++) {
		for (size_t c = 0; tables[k].how == CARRY_RECORDS && tables[k].cols[c].name; c++) {
			const char *want = arena_printf(&a, "%s.%s", tables[k].name, tables[k].cols[c].name);
			bool found = false;
			for (size_t i = 0; i < n && !found; i++)
				found = strcmp(names[i], want) == 0;
			if (!found)
				printf("# %s is carried but not in the schema\n", want);
			unnamed += !found;
		}
	}
	assert_int_equal(unnamed, 0);
}

/* One account, two tenants: a role in each, a switch only where it is a member, and an
 * ended membership that ends the session there and stays in the history. */
static void memberships_have_a_role_each_and_a_history(void **state)
{
	(void)state;
	int64_t t1 = new_tenant("3461"), t2 = new_tenant("3462"), t3 = new_tenant("3463"), to;
	struct user u = { .email = "m@x.no", .role = ROLE_LES, .lang = LANG_NB }, got;
	char token[CRYPTO_TOKEN_TEXT], sid[CRYPTO_TOKEN_TEXT];
	bool elsewhere, found;
	struct session se;
	assert_int_equal(store_user_add(db, t1, &u, &stamp, token, &elsewhere, &e), 0);
	assert_int_equal(store_membership_grant(db, t2, "m@x.no", ROLE_ADMIN, &stamp, &e), 0);
	assert_int_equal(store_user_get(db, &a, t1, u.id, &got, &e), 0);
	assert_int_equal(got.role, ROLE_LES);
	assert_int_equal(store_user_get(db, &a, t2, u.id, &got, &e), 0);
	assert_int_equal(got.role, ROLE_ADMIN);
	assert_int_equal(store_user_get(db, &a, t3, u.id, &got, &e), -1);     /* no membership there */
	assert_int_equal(e.kind, ERR_NOT_FOUND);
	struct membership *m;
	size_t n;
	assert_int_equal(store_membership_list(db, &a, u.id, &m, &n, &e), 0);
	assert_int_equal(n, 2);
	/* a session moves only to a tenant the account belongs to */
	assert_int_equal(store_session_new(db, t1, u.id, true, &stamp, sid, &e), 0);
	assert_int_equal(store_session_switch(db, sid, u.id, t1, "3463", &stamp, &to, &found, &e), 0);
	assert_false(found);
	assert_int_equal(store_session_switch(db, sid, u.id, t1, "3462", &stamp, &to, &found, &e), 0);
	assert_true(found);
	assert_int_equal(to, t2);
	assert_int_equal(store_session_get(db, &a, sid, &stamp, &se, &found, &e), 0);
	assert_true(found);
	assert_int_equal(se.tenant_id, t2);
	/* ended: the session there is gone, the row kept */
	assert_int_equal(store_membership_end(db, t2, u.id, &stamp, &found, &e), 0);
	assert_true(found);
	assert_int_equal(store_session_get(db, &a, sid, &stamp, &se, &found, &e), 0);
	assert_false(found);
	assert_int_equal(store_user_get(db, &a, t2, u.id, &got, &e), -1);
	assert_int_equal(count("SELECT COUNT(*) FROM membership WHERE user_id = ? AND ended_at IS NOT NULL", u.id), 1);
	assert_int_equal(count("SELECT COUNT(*) FROM audit WHERE tenant_id = ? AND action = 'session.switch'", t2), 1);
	assert_int_equal(count("SELECT COUNT(*) FROM audit WHERE tenant_id = ? AND action = 'user.remove'", t2), 1);
	/* removed, and invited again: an invitation for the account's owner to accept */
	struct user again = { .email = "m@x.no", .role = ROLE_LEDER, .lang = LANG_NB };
	assert_int_equal(store_user_add(db, t2, &again, &stamp, token, &elsewhere, &e), 0);
	assert_true(elsewhere);
	assert_int_equal(store_user_get(db, &a, t2, u.id, &got, &e), -1);
	/* a tenant's administrator may not reset an account used elsewhere; the installation may */
	assert_int_equal(store_membership_grant(db, t3, "m@x.no", ROLE_LES, &stamp, &e), 0);
	assert_int_equal(store_user_reset(db, t1, u.id, false, &stamp, token, &e), -1);
	assert_int_equal(e.kind, ERR_CONFLICT);
	assert_int_equal(store_user_reset(db, t1, u.id, true, &stamp, token, &e), 0);
}

/* Joining twice, or a second cooperation, is refused; leaving keeps the history; a member
 * sees the cooperation's systems as shared ones and leaves only without depending on them. */
static void a_municipality_is_in_one_cooperation_at_a_time(void **state)
{
	(void)state;
	struct tenant c1 = { .kommunenr = "samarbeid-en", .name = "En", .orgnr = "974760673", .cooperation = true };
	struct tenant c2 = { .kommunenr = "samarbeid-to", .name = "To", .orgnr = "974760673", .cooperation = true };
	struct tenant bad = { .kommunenr = "Samarbeid", .name = "X", .orgnr = "974760673", .cooperation = true };
	int64_t m = new_tenant("3464");
	bool found;
	assert_int_equal(store_tenant_add(db, &c1, &stamp, &e), 0);
	assert_int_equal(store_tenant_add(db, &c2, &stamp, &e), 0);
	assert_int_equal(store_tenant_add(db, &bad, &stamp, &e), -1);
	assert_int_equal(store_coop_join(db, &a, &c1, "3464", &stamp, &e), 0);
	assert_int_equal(store_coop_join(db, &a, &c1, "3464", &stamp, &e), -1);
	assert_int_equal(e.kind, ERR_CONFLICT);
	assert_int_equal(store_coop_join(db, &a, &c2, "3464", &stamp, &e), -1);
	assert_non_null(strstr(e.msg, "ett samarbeid om gangen"));
	assert_int_equal(store_coop_join(db, &a, &c1, "samarbeid-to", &stamp, &e), -1);   /* a cooperation is no member */
	struct ros_system s = { .name = "Felles AD", .kind = "infrastruktur", .hosting = "samarbeid",
				.rto_hours = 24, .rpo_hours = 24 };
	assert_int_equal(store_ros_system_put(db, c1.id, &s, &stamp, &e), 0);
	struct ros_register r;
	assert_int_equal(store_ros_load(db, &a, m, &r, &e), 0);
	assert_int_equal(r.n_systems, 1);
	assert_true(r.systems[0].shared);
	assert_string_equal(r.systems[0].name, "felles:Felles AD");
	assert_int_equal(store_ros_load_own(db, &a, m, &r, &e), 0);
	assert_int_equal(r.n_systems, 0);
	struct ros_system own = { .name = "felles:Meg", .kind = "fagsystem", .hosting = "egen" };
	assert_int_equal(store_ros_system_put(db, m, &own, &stamp, &e), -1);     /* the prefix is the cooperation's */
	struct ros_service sv = { .name = "Tjeneste", .sector = "helse-og-omsorg", .criticality = 5, .mtd_hours = 4 };
	assert_int_equal(store_ros_service_put(db, m, &sv, &stamp, &e), 0);
	struct ros_dependency d = { .from_kind = ROS_SERVICE, .from_name = "Tjeneste", .to_kind = ROS_SYSTEM,
				    .to_name = "felles:Felles AD", .kind = "kjorer-pa" };
	struct ros_dep_fail df;
	assert_int_equal(store_ros_deps_replace(db, m, &d, 1, &stamp, &df, &e), 0);
	assert_int_equal(store_coop_leave(db, &a, &c1, "3464", &stamp, &found, &e), -1);
	assert_non_null(strstr(e.msg, "avhengigheter"));
	assert_int_equal(store_ros_deps_replace(db, m, NULL, 0, &stamp, &df, &e), 0);
	assert_int_equal(store_coop_leave(db, &a, &c1, "3464", &stamp, &found, &e), 0);
	assert_true(found);
	assert_int_equal(store_coop_join(db, &a, &c2, "3464", &stamp, &e), 0);
	struct coop_member *all;
	size_t n;
	assert_int_equal(store_coop_members(db, &a, c1.id, true, &all, &n, &e), 0);
	assert_int_equal(n, 1);
	assert_non_null(all[0].left_at);
	assert_int_equal(store_ros_load(db, &a, m, &r, &e), 0);
	assert_int_equal(r.n_systems, 0);      /* the other cooperation's systems, none */
}

int main(void)
{
	const char *name;
	arena_init(&a, 0);
	err_init(&e, LANG_NB);
	if (store_test_open("store", &stamp, &db, &a, &e, &ks, &name) < 0)
		return 2;
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(memberships_have_a_role_each_and_a_history),
		cmocka_unit_test(a_municipality_is_in_one_cooperation_at_a_time),
		cmocka_unit_test(migrate_is_idempotent),
		cmocka_unit_test(tenants),
		cmocka_unit_test(versions_are_kept),
		cmocka_unit_test(bad_input_changes_nothing),
		cmocka_unit_test(one_action_per_gap),
		cmocka_unit_test(closed_rounds_are_frozen_and_carried_over),
		cmocka_unit_test(tenants_are_isolated),
		cmocka_unit_test(scales_per_tenant),
		cmocka_unit_test(refdata_replaced_and_audited),
		cmocka_unit_test(history_is_append_only),
		cmocka_unit_test(inner_failure_dooms_the_transaction),
		cmocka_unit_test(dataset_round_trip_and_all_or_nothing),
		cmocka_unit_test(every_table_is_carried_or_said_why_not),
	};
	int rc = cmocka_run_group_tests_name(name, tests, NULL, NULL);
	db_close(db);
	arena_release(&a);
	return rc;
}
