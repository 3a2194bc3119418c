/* model/carry.c: see carry.h. */
#include "model/carry.h"

#include <string.h>

#define TXT(n) { n, CK_TEXT, NULL }
#define NUM(n) { n, CK_INT, NULL }
#define DAY(n) { n, CK_DATE, NULL }
#define TIME(n) { n, CK_TIME, NULL }
#define KEY { "id", CK_KEY, NULL }
#define SYS(n) { n, CK_SYSTEM, NULL }
#define REF(n, t) { n, CK_REF, t }
#define OMIT(n) { n, CK_OMIT, NULL }
#define OWNER(n, t) { n, CK_OWNER, t }
#define END { NULL, CK_TEXT, NULL }

static const struct carry_col c_user[] = {
	KEY, TXT("email"), TXT("name"), TXT("role"), TXT("lang"), OMIT("password_hash"), OMIT("totp_secret"),
	OMIT("totp_last_step"), NUM("active"), OMIT("failed_logins"), OMIT("locked_until"), TIME("created_at"),
	TXT("created_by"), END,
};
static const struct carry_col c_member[] = {
	KEY, OWNER("user_id", "app_user"), TXT("role"), NUM("active"), TIME("created_at"), TXT("created_by"),
	TIME("ended_at"), TXT("ended_by"), END,
};
static const struct carry_col c_audit[] = {
	{ "seq", CK_KEY, NULL }, TIME("at"), TXT("actor"), TXT("action"), TXT("object"), TXT("old_value"), TXT("new_value"),
	TXT("ip"), OMIT("prev_hash"), OMIT("hash"), END,
};
static const struct carry_col c_setting[] = {
	NUM("days_low"), NUM("days_medium"), NUM("days_high"), NUM("days_critical"), NUM("restore_days"), NUM("pentest_days"),
	NUM("critical_level"), NUM("contact_days"), NUM("exercise_days"), END,
};
static const struct carry_col c_posture[] = {
	SYS("system_id"), TXT("auth"), NUM("backup_hours"), NUM("backup_offline"), NUM("backup_separate"), DAY("restore_tested"),
	TXT("restore_result"), NUM("restore_hours"), DAY("support_end"), NUM("logs_collected"), TXT("alert_receiver"),
	TXT("watch"), DAY("last_scan"), DAY("last_pentest"), DAY("last_audit"), END,
};
static const struct carry_col c_sbom[] = {
	KEY, SYS("system_id"), TXT("name"), TXT("version"), TXT("supplier"), TXT("purl"), TIME("imported"), TXT("source"), END,
};
static const struct carry_col c_port[] = {
	KEY, TXT("host"), NUM("port"), TXT("proto"), TXT("service"), TXT("product"), TXT("version"), SYS("system_id"),
	DAY("scanned"), TXT("source"), END,
};
static const struct carry_col c_vuln[] = {
	KEY, TXT("host"), TXT("port"), TXT("name"), TXT("oid"), TXT("cves"), NUM("severity10"), SYS("system_id"), DAY("scanned"),
	TXT("source"), END,
};
static const struct carry_col c_finding[] = {
	KEY, NUM("no"), TXT("rule"), { "object", CK_OBJECT, NULL }, TXT("object_name"), TXT("severity"), TXT("detail"),
	TXT("status"), DAY("first_seen"), DAY("last_seen"), DAY("due"), DAY("closed_on"), DAY("accepted_until"), TXT("note"),
	TXT("changed_by"), TIME("changed_at"), TXT("owner"), DAY("acknowledged_on"), TXT("detail_en"), END,
};
static const struct carry_col c_target[] = {
	KEY, TXT("kind"), TXT("address"), TXT("secret"), TXT("min_severity"), NUM("active"), TXT("created_by"),
	TIME("created_at"), END,
};
static const struct carry_col c_outbox[] = {
	KEY, REF("target_id", "notify_target"), TIME("created_at"), TXT("subject"), TXT("body"), NUM("attempts"),
	TIME("next_at"), TIME("sent_at"), TIME("failed_at"), TXT("last_error"), END,
};
static const struct carry_col c_sent[] = {
	REF("target_id", "notify_target"), REF("finding_id", "finding"), TXT("reason"), TIME("queued_at"), END,
};
static const struct carry_col c_prep[] = {
	TXT("kind"), NUM("version"), TXT("content"), TXT("changed_by"), TIME("changed_at"), END,
};
static const struct carry_col c_incident[] = {
	KEY, NUM("no"), TXT("title"), TXT("scenario"), NUM("personal_data"), NUM("essential"), TIME("declared_at"),
	TXT("declared_by"), END,
};
static const struct carry_col c_entry[] = {
	KEY, REF("incident_id", "incident"), TIME("at"), TXT("by_whom"), TXT("kind"), TXT("text"), END,
};
static const struct carry_col c_notice[] = {
	KEY, REF("incident_id", "incident"), TXT("receiver"), TXT("contact"), TIME("notified_at"), TXT("reference"),
	TIME("recorded_at"), TXT("recorded_by"), END,
};
static const struct carry_col c_aware[] = {
	KEY, REF("incident_id", "incident"), TIME("aware_at"), TIME("changed_at"), TXT("changed_by"), END,
};
static const struct carry_col c_attachment[] = {
	KEY, TXT("kind"), TXT("ref"), TXT("name"), TXT("content_type"), NUM("size"), TXT("sha256"), TXT("content"),
	TXT("note"), REF("replaces", "attachment"), TXT("added_by"), TIME("added_at"), END,
};
static const struct carry_col c_attachment_removed[] = {
	REF("attachment_id", "attachment"), TXT("reason"), TXT("removed_by"), TIME("removed_at"), END,
};
static const struct carry_col c_kit[] = {
	KEY, TIME("written_at"), { "audit_head", CK_AUDIT, NULL }, TXT("sha256"), NUM("encrypted"), TXT("written_by"), END,
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
	RECORDS("app_user", c_user), RECORDS("membership", c_member), RECORDS("audit", c_audit), RECORDS("check_setting", c_setting),
	RECORDS("system_posture", c_posture), RECORDS("sbom_component", c_sbom), RECORDS("scan_port", c_port),
	RECORDS("scan_vuln", c_vuln), RECORDS("finding", c_finding), RECORDS("notify_target", c_target),
	RECORDS("notify_outbox", c_outbox), RECORDS("notify_sent", c_sent), RECORDS("prep_version", c_prep),
	RECORDS("incident", c_incident), RECORDS("incident_entry", c_entry), RECORDS("incident_notice", c_notice),
	RECORDS("incident_aware", c_aware), RECORDS("kit_written", c_kit),
	RECORDS("attachment", c_attachment), RECORDS("attachment_removed", c_attachment_removed),
	NOT("session", "innloggingen gjelder én installasjon"),
	NOT("api_token", "hemmeligheter: lag nye nøkler i den nye installasjonen"),
	NOT("enrollment", "engangslenker med hemmeligheter: brukerne får nye"),
	NOT("recovery_code", "hemmeligheter: nye koder ved ny registrering"),
	NOT("invitation", "engangslenker med hemmeligheter: inviter på nytt"),
	INST("catalog", "katalogene importeres for seg (catalog import)"), INST("catalog_group", "katalogene"),
	INST("catalog_item", "katalogene"), INST("catalog_mapping", "katalogene"),
	INST("refdata", "referansedata (data update)"), INST("schema_migration", "skjemaet"),
	INST("audit_head", "installasjonens kjede"),
	INST("coop_member", "samarbeidene og medlemmene deres (beredt coop member add)"),
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
	return k != CK_TEXT && k != CK_DATE && k != CK_TIME && k != CK_OBJECT && k != CK_OMIT;
}
