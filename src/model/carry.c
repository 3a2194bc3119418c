/* model/carry.c: see carry.h. */
#include "model/carry.h"

#include <string.h>

#define T(n) { n, CK_TEXT, NULL }
#define I(n) { n, CK_INT, NULL }
#define KEY { "id", CK_KEY, NULL }
#define SYS(n) { n, CK_SYSTEM, NULL }
#define REF(n, t) { n, CK_REF, t }
#define OMIT(n) { n, CK_OMIT, NULL }
#define END { NULL, CK_TEXT, NULL }

static const struct carry_col c_user[] = {
	KEY, T("email"), T("name"), T("role"), T("lang"), OMIT("password_hash"), OMIT("totp_secret"),
	OMIT("totp_last_step"), I("active"), OMIT("failed_logins"), OMIT("locked_until"), T("created_at"),
	T("created_by"), END,
};
static const struct carry_col c_audit[] = {
	{ "seq", CK_KEY, NULL }, T("at"), T("actor"), T("action"), T("object"), T("old_value"), T("new_value"),
	T("ip"), OMIT("prev_hash"), OMIT("hash"), END,
};
static const struct carry_col c_setting[] = {
	I("days_low"), I("days_medium"), I("days_high"), I("days_critical"), I("restore_days"), I("pentest_days"),
	I("critical_level"), I("contact_days"), I("exercise_days"), END,
};
static const struct carry_col c_posture[] = {
	SYS("system_id"), T("auth"), I("backup_hours"), I("backup_offline"), I("backup_separate"), T("restore_tested"),
	T("restore_result"), I("restore_hours"), T("support_end"), I("logs_collected"), T("alert_receiver"),
	T("watch"), T("last_scan"), T("last_pentest"), T("last_audit"), END,
};
static const struct carry_col c_sbom[] = {
	KEY, SYS("system_id"), T("name"), T("version"), T("supplier"), T("purl"), T("imported"), T("source"), END,
};
static const struct carry_col c_port[] = {
	KEY, T("host"), I("port"), T("proto"), T("service"), T("product"), T("version"), SYS("system_id"),
	T("scanned"), T("source"), END,
};
static const struct carry_col c_vuln[] = {
	KEY, T("host"), T("port"), T("name"), T("oid"), T("cves"), I("severity10"), SYS("system_id"), T("scanned"),
	T("source"), END,
};
static const struct carry_col c_finding[] = {
	KEY, I("no"), T("rule"), { "object", CK_OBJECT, NULL }, T("object_name"), T("severity"), T("detail"),
	T("status"), T("first_seen"), T("last_seen"), T("due"), T("closed_on"), T("accepted_until"), T("note"),
	T("changed_by"), T("changed_at"), T("owner"), T("acknowledged_on"), END,
};
static const struct carry_col c_target[] = {
	KEY, T("kind"), T("address"), T("secret"), T("min_severity"), I("active"), T("created_by"),
	T("created_at"), END,
};
static const struct carry_col c_outbox[] = {
	KEY, REF("target_id", "notify_target"), T("created_at"), T("subject"), T("body"), I("attempts"),
	T("next_at"), T("sent_at"), T("failed_at"), T("last_error"), END,
};
static const struct carry_col c_sent[] = {
	REF("target_id", "notify_target"), REF("finding_id", "finding"), T("reason"), T("queued_at"), END,
};
static const struct carry_col c_prep[] = {
	T("kind"), I("version"), T("content"), T("changed_by"), T("changed_at"), END,
};
static const struct carry_col c_incident[] = {
	KEY, I("no"), T("title"), T("scenario"), I("personal_data"), I("essential"), T("declared_at"),
	T("declared_by"), END,
};
static const struct carry_col c_entry[] = {
	KEY, REF("incident_id", "incident"), T("at"), T("by_whom"), T("kind"), T("text"), END,
};
static const struct carry_col c_notice[] = {
	KEY, REF("incident_id", "incident"), T("receiver"), T("contact"), T("notified_at"), T("reference"),
	T("recorded_at"), T("recorded_by"), END,
};
static const struct carry_col c_aware[] = {
	KEY, REF("incident_id", "incident"), T("aware_at"), T("changed_at"), T("changed_by"), END,
};
static const struct carry_col c_kit[] = {
	KEY, T("written_at"), { "audit_head", CK_AUDIT, NULL }, T("sha256"), I("encrypted"), T("written_by"), END,
};

#define SECTION(n, w) { n, CARRY_SECTION, w, NULL }
#define RECORDS(n, c) { n, CARRY_RECORDS, NULL, c }
#define NOT(n, w) { n, CARRY_NOT, w, NULL }
#define INST(n, w) { n, CARRY_INSTALLATION, w, NULL }

static const struct carry_table tables[] = {
	SECTION("tenant", "kommune"),
	SECTION("round", "rounds"), SECTION("answer", "rounds"), SECTION("answer_history", "rounds"),
	SECTION("action", "actions"), SECTION("action_history", "actions"),
	SECTION("ros_vendor", "ros"), SECTION("ros_system", "ros"), SECTION("ros_service", "ros"),
	SECTION("ros_dependency", "ros"), SECTION("ros_event", "ros"), SECTION("ros_scale_level", "ros"),
	SECTION("ros_matrix", "ros"),
	RECORDS("app_user", c_user), RECORDS("audit", c_audit), RECORDS("check_setting", c_setting),
	RECORDS("system_posture", c_posture), RECORDS("sbom_component", c_sbom), RECORDS("scan_port", c_port),
	RECORDS("scan_vuln", c_vuln), RECORDS("finding", c_finding), RECORDS("notify_target", c_target),
	RECORDS("notify_outbox", c_outbox), RECORDS("notify_sent", c_sent), RECORDS("prep_version", c_prep),
	RECORDS("incident", c_incident), RECORDS("incident_entry", c_entry), RECORDS("incident_notice", c_notice),
	RECORDS("incident_aware", c_aware), RECORDS("kit_written", c_kit),
	NOT("session", "innloggingen gjelder én installasjon"),
	NOT("api_token", "hemmeligheter: lag nye nøkler i den nye installasjonen"),
	NOT("enrollment", "engangslenker med hemmeligheter: brukerne får nye"),
	NOT("recovery_code", "hemmeligheter: nye koder ved ny registrering"),
	NOT("invitation", "engangslenker med hemmeligheter: inviter på nytt"),
	INST("catalog", "katalogene importeres for seg (catalog import)"), INST("catalog_group", "katalogene"),
	INST("catalog_item", "katalogene"), INST("catalog_mapping", "katalogene"),
	INST("refdata", "referansedata (data update)"), INST("schema_migration", "skjemaet"),
	INST("audit_head", "installasjonens kjede"),
};

const struct carry_table *carry_tables(size_t *n)
{
	*n = sizeof(tables) / sizeof(tables[0]);
	return tables;
}

const struct carry_table *carry_table(const char *name)
{
	for (size_t i = 0; i < sizeof(tables) / sizeof(tables[0]); i++)
		if (strcmp(tables[i].name, name) == 0)
			return &tables[i];
	return NULL;
}

size_t carry_n_cols(const struct carry_table *t)
{
	size_t n = 0;
	while (t->cols && t->cols[n].name)
		n++;
	return n;
}

bool carry_is_int(enum carry_kind k)
{
	return k != CK_TEXT && k != CK_OBJECT && k != CK_OMIT;
}
