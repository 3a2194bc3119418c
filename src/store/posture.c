/* store/posture.c: see posture.h. */
#include "store/posture.h"

#include <string.h>

#include "model/assess.h"
#include "model/ros.h"
#include "store/audit.h"
#include "store/ros.h"
#include "store/row.h"
#include "util/date.h"

#define COLS "system_id, auth, backup_hours, backup_offline, backup_separate, restore_tested, " \
	"restore_result, restore_hours, support_end, logs_collected, alert_receiver, watch, last_scan, " \
	"last_pentest, last_audit"

static void read_row(struct arena *a, struct db_stmt *q, void *x)
{
	struct posture *p = x;
	struct err ignore;
	err_init(&ignore, LANG_NB);
	posture_unknown(p, db_col_int(q, 0));
	posture_auth_parse(db_col_text(q, 1), &p->auth, &ignore);      /* CHECK keeps them valid */
	p->backup_hours = row_hours(q, 2);
	p->backup_offline = db_col_int(q, 3) != 0;
	p->backup_separate = db_col_int(q, 4) != 0;
	p->restore_tested = row_date(q, 5);
	posture_restore_parse(db_col_text(q, 6), &p->restore_result, &ignore);
	p->restore_hours = row_hours(q, 7);
	p->support_end = row_date(q, 8);
	p->logs_collected = db_col_int(q, 9) != 0;
	p->alert_receiver = row_text(a, q, 10);
	posture_watch_parse(db_col_text(q, 11), &p->watch, &ignore);
	p->last_scan = row_date(q, 12);
	p->last_pentest = row_date(q, 13);
	p->last_audit = row_date(q, 14);
}

int store_posture_list(struct db *db, struct arena *a, int64_t tenant, struct posture **out, size_t *n,
		       struct err *e)
{
	return row_list(db, a, "SELECT " COLS " FROM system_posture WHERE tenant_id = ? ORDER BY system_id", tenant,
			(void **)out, n, sizeof(**out), read_row, e);
}

/* The system's name, which also proves it belongs to the tenant. */
static int system_name(struct db *db, struct arena *a, int64_t tenant, int64_t id, const char **name,
		       struct err *e)
{
	struct db_stmt *q;
	if (db_prepare(db, "SELECT name FROM ros_system WHERE tenant_id = ? AND id = ?", &q, e) < 0)
		return -1;
	db_bind_int(q, 1, tenant);
	db_bind_int(q, 2, id);
	enum db_step r = db_step(q, e);
	if (r == DB_ROW)
		*name = row_text(a, q, 0);
	db_finalize(q);
	if (r == DB_DONE)
		return err_missing(e, "Systemet finnes ikke.");
	return r == DB_ROW ? 0 : -1;
}

int store_posture_get(struct db *db, struct arena *a, int64_t tenant, int64_t system_id, struct posture *out,
		      struct err *e)
{
	struct db_stmt *q;
	const char *name;
	if (system_name(db, a, tenant, system_id, &name, e) < 0)
		return -1;
	posture_unknown(out, system_id);
	if (db_prepare(db, "SELECT " COLS " FROM system_posture WHERE tenant_id = ? AND system_id = ?", &q, e) < 0)
		return -1;
	db_bind_int(q, 1, tenant);
	db_bind_int(q, 2, system_id);
	enum db_step r = db_step(q, e);
	if (r == DB_ROW)
		read_row(a, q, out);
	db_finalize(q);
	return r == DB_ERROR ? -1 : 0;
}

/* The whole posture on one line, for the audit trail's old and new values. */
static const char *summary(struct arena *a, const struct posture *p)
{
	return arena_printf(a, "innlogging=%s; backup=%dt offline=%d eget-domene=%d; gjenoppretting=%s %s %dt; "
			    "støtte-slutt=%s; logger=%d varsler=%.60s %s; skann=%s pentest=%s revisjon=%s",
			    posture_auth_code(p->auth), p->backup_hours, p->backup_offline, p->backup_separate,
			    date_text(a, p->restore_tested, "-"), posture_restore_code(p->restore_result), p->restore_hours,
			    date_text(a, p->support_end, "-"), p->logs_collected,
			    p->alert_receiver ? p->alert_receiver : "-", posture_watch_code(p->watch),
			    date_text(a, p->last_scan, "-"), date_text(a, p->last_pentest, "-"), date_text(a, p->last_audit, "-"));
}

int store_posture_put(struct db *db, struct arena *a, int64_t tenant, const struct posture *p,
		      const struct store_stamp *st, struct err *e)
{
	struct posture old;
	struct db_stmt *q;
	const char *name;
	if (posture_check(p, st->today, e) < 0 || db_begin(db, e) < 0)
		return -1;
	if (system_name(db, a, tenant, p->system_id, &name, e) < 0 ||
	    store_posture_get(db, a, tenant, p->system_id, &old, e) < 0 ||
	    db_prepare(db, "INSERT INTO system_posture (" COLS ", tenant_id) VALUES "
		       "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (system_id) DO UPDATE SET "
		       "auth = excluded.auth, backup_hours = excluded.backup_hours, "
		       "backup_offline = excluded.backup_offline, backup_separate = excluded.backup_separate, "
		       "restore_tested = excluded.restore_tested, restore_result = excluded.restore_result, "
		       "restore_hours = excluded.restore_hours, support_end = excluded.support_end, "
		       "logs_collected = excluded.logs_collected, alert_receiver = excluded.alert_receiver, "
		       "watch = excluded.watch, last_scan = excluded.last_scan, "
		       "last_pentest = excluded.last_pentest, last_audit = excluded.last_audit", &q, e) < 0)
		goto fail;
	db_bind_int(q, 1, p->system_id);
	db_bind_text(q, 2, posture_auth_code(p->auth));
	row_bind_hours(q, 3, p->backup_hours);
	db_bind_int(q, 4, p->backup_offline);
	db_bind_int(q, 5, p->backup_separate);
	row_bind_date(q, 6, p->restore_tested);
	db_bind_text(q, 7, posture_restore_code(p->restore_result));
	row_bind_hours(q, 8, p->restore_hours);
	row_bind_date(q, 9, p->support_end);
	db_bind_int(q, 10, p->logs_collected);
	row_bind_opt(q, 11, p->alert_receiver);
	db_bind_text(q, 12, posture_watch_code(p->watch));
	row_bind_date(q, 13, p->last_scan);
	row_bind_date(q, 14, p->last_pentest);
	row_bind_date(q, 15, p->last_audit);
	db_bind_int(q, 16, tenant);
	if (row_exec(q, e) < 0 ||
	    store_audit(db, tenant, st, "ros.posture", name, summary(a, &old), summary(a, p), e) < 0)
		goto fail;
	return db_commit(db, e);
fail:
	db_rollback(db);
	return -1;
}

/* Within the caller's transaction: forget what a scanner said before about each host
 * ('forget' deletes one host's rows), and find each host's system by address or name;
 * *sys[i] is 0 when none. *matched counts the hosts with a system. */
static int forget_hosts(struct db *db, struct arena *a, int64_t tenant, const char *forget,
			const struct scan_host *hosts, size_t n_hosts, int64_t **sys, size_t *matched, struct err *e)
{
	struct ros_register r;
	struct db_stmt *q;
	*matched = 0;
	if (!(*sys = arena_alloc(a, (n_hosts + 1) * sizeof(int64_t))))
		return row_oom(e);
	if (store_ros_load_own(db, a, tenant, &r, e) < 0)
		return -1;
	for (size_t i = 0; i < n_hosts; i++) {
		if (db_prepare(db, forget, &q, e) < 0)
			return -1;
		db_bind_int(q, 1, tenant);
		db_bind_text(q, 2, hosts[i].addr);
		if (row_exec(q, e) < 0)
			return -1;
		(*sys)[i] = 0;
		for (size_t s = 0; s < r.n_systems && !(*sys)[i]; s++)
			if (ros_hosts_match(r.systems[s].hosts, hosts[i].addr) ||
			    ros_hosts_match(r.systems[s].hosts, hosts[i].name))
				(*sys)[i] = r.systems[s].id;
		*matched += (*sys)[i] != 0;
	}
	return 0;
}

/* The columns a scan's rows end with (8 to 10): the system the host is (NULL: none), the
 * day and the file; then the row is written. */
static int bind_origin(struct db_stmt *q, int64_t system, int32_t today, const char *source, struct err *e)
{
	if (system)
		db_bind_int(q, 8, system);
	else
		db_bind_null(q, 8);
	row_bind_date(q, 9, today);
	db_bind_text(q, 10, source);
	return row_exec(q, e);
}

int store_scan_replace(struct db *db, struct arena *a, int64_t tenant, const struct scan_host *hosts, size_t n_hosts,
		       const struct scan_port *ports, size_t n_ports, const char *source,
		       const struct store_stamp *st, size_t *matched, struct err *e)
{
	struct db_stmt *q;
	int64_t *sys;
	if (db_begin(db, e) < 0)
		return -1;
	if (forget_hosts(db, a, tenant, "DELETE FROM scan_port WHERE tenant_id = ? AND host = ?", hosts, n_hosts,
			 &sys, matched, e) < 0)
		goto fail;
	for (size_t i = 0; i < n_ports; i++) {
		const struct scan_port *p = &ports[i];
		size_t h = 0;
		while (h < n_hosts && strcmp(hosts[h].addr, p->host) != 0)
			h++;
		if (db_prepare(db, "INSERT INTO scan_port (tenant_id, host, port, proto, service, product, version, "
			       "system_id, scanned, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
			       "ON CONFLICT (tenant_id, host, port, proto) DO NOTHING", &q, e) < 0)
			goto fail;
		db_bind_int(q, 1, tenant);
		db_bind_text(q, 2, p->host);
		db_bind_int(q, 3, p->port);
		db_bind_text(q, 4, p->proto);
		row_bind_opt(q, 5, p->service);
		row_bind_opt(q, 6, p->product);
		row_bind_opt(q, 7, p->version);
		if (bind_origin(q, h < n_hosts ? sys[h] : 0, st->today, source, e) < 0)
			goto fail;
	}
	if (store_audit(db, tenant, st, "scan.import", source, NULL,
			arena_printf(a, "%zu verter, %zu åpne porter, %zu koblet til systemer", n_hosts, n_ports,
				     *matched), e) < 0)
		goto fail;
	return db_commit(db, e);
fail:
	db_rollback(db);
	return -1;
}

static void read_port(struct arena *a, struct db_stmt *q, void *x)
{
	*(struct check_port *)x = (struct check_port){
		.host = row_text(a, q, 0), .port = (int)db_col_int(q, 1), .proto = row_text(a, q, 2),
		.service = row_text(a, q, 3), .product = row_text(a, q, 4),
		.system_id = db_col_null(q, 5) ? 0 : db_col_int(q, 5), .system_name = row_text(a, q, 6),
		.internet_exposed = db_col_int(q, 7) != 0, .scanned = row_date(q, 8),
	};
}

int store_scan_list(struct db *db, struct arena *a, int64_t tenant, struct check_port **out, size_t *n,
		    struct err *e)
{
	return row_list(db, a, "SELECT p.host, p.port, p.proto, p.service, p.product, p.system_id, s.name, "
			"COALESCE(s.internet_exposed, 0), p.scanned FROM scan_port p LEFT JOIN ros_system s "
			"ON s.id = p.system_id AND s.tenant_id = p.tenant_id WHERE p.tenant_id = ? "
			"ORDER BY p.host, p.port, p.proto", tenant, (void **)out, n, sizeof(**out), read_port, e);
}

int store_sbom_replace(struct db *db, struct arena *a, int64_t tenant, int64_t system_id,
		       const struct sbom_component *c, size_t n, const char *source, const struct store_stamp *st,
		       struct err *e)
{
	struct db_stmt *q;
	const char *name;
	if (db_begin(db, e) < 0)
		return -1;
	if (system_name(db, a, tenant, system_id, &name, e) < 0 ||
	    db_prepare(db, "DELETE FROM sbom_component WHERE tenant_id = ? AND system_id = ?", &q, e) < 0)
		goto fail;
	db_bind_int(q, 1, tenant);
	db_bind_int(q, 2, system_id);
	if (row_exec(q, e) < 0)
		goto fail;
	for (size_t i = 0; i < n; i++) {
		if (db_prepare(db, "INSERT INTO sbom_component (tenant_id, system_id, name, version, supplier, purl, "
			       "imported, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", &q, e) < 0)
			goto fail;
		db_bind_int(q, 1, tenant);
		db_bind_int(q, 2, system_id);
		db_bind_text(q, 3, c[i].name);
		row_bind_opt(q, 4, c[i].version);
		row_bind_opt(q, 5, c[i].supplier);
		row_bind_opt(q, 6, c[i].purl);
		db_bind_text(q, 7, st->at);
		db_bind_text(q, 8, source);
		if (row_exec(q, e) < 0)
			goto fail;
	}
	if (store_audit(db, tenant, st, "sbom.import", name, NULL,
			arena_printf(a, "%zu komponenter fra %s", n, source), e) < 0)
		goto fail;
	return db_commit(db, e);
fail:
	db_rollback(db);
	return -1;
}

static void read_component(struct arena *a, struct db_stmt *q, void *x)
{
	*(struct sbom_row *)x = (struct sbom_row){ db_col_int(q, 0), row_text(a, q, 1), row_text(a, q, 2),
						   row_text(a, q, 3), row_text(a, q, 4) };
}

int store_sbom_list(struct db *db, struct arena *a, int64_t tenant, struct sbom_row **out, size_t *n,
		    struct err *e)
{
	return row_list(db, a, "SELECT system_id, name, version, supplier, purl FROM sbom_component WHERE tenant_id = ? "
			"ORDER BY system_id, name, COALESCE(version, '')", tenant, (void **)out, n, sizeof(**out),
			read_component, e);
}

int store_vuln_replace(struct db *db, struct arena *a, int64_t tenant, const struct scan_host *hosts, size_t n_hosts,
		       const struct vuln_result *r, size_t n, const char *source, const struct store_stamp *st,
		       size_t *matched, struct err *e)
{
	struct db_stmt *q;
	int64_t *sys;
	if (db_begin(db, e) < 0)
		return -1;
	if (forget_hosts(db, a, tenant, "DELETE FROM scan_vuln WHERE tenant_id = ? AND host = ?", hosts, n_hosts,
			 &sys, matched, e) < 0)
		goto fail;
	for (size_t i = 0; i < n; i++) {
		size_t h = 0;
		while (h < n_hosts && strcmp(hosts[h].addr, r[i].host) != 0)
			h++;
		if (db_prepare(db, "INSERT INTO scan_vuln (tenant_id, host, port, name, oid, cves, severity10, system_id, "
			       "scanned, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", &q, e) < 0)
			goto fail;
		db_bind_int(q, 1, tenant);
		db_bind_text(q, 2, r[i].host);
		db_bind_text(q, 3, r[i].port);
		db_bind_text(q, 4, r[i].name);
		row_bind_opt(q, 5, r[i].oid);
		row_bind_opt(q, 6, r[i].cves);
		db_bind_int(q, 7, r[i].severity10 > 100 ? 100 : r[i].severity10);
		if (bind_origin(q, h < n_hosts ? sys[h] : 0, st->today, source, e) < 0)
			goto fail;
	}
	if (store_audit(db, tenant, st, "scan.vulns", source, NULL,
			arena_printf(a, "%zu verter, %zu sårbarheter, %zu koblet til systemer", n_hosts, n, *matched), e) < 0)
		goto fail;
	return db_commit(db, e);
fail:
	db_rollback(db);
	return -1;
}

static void read_vuln(struct arena *a, struct db_stmt *q, void *x)
{
	*(struct vuln_row *)x = (struct vuln_row){
		.r = { row_text(a, q, 0), row_text(a, q, 1), row_text(a, q, 2), row_text(a, q, 3), row_text(a, q, 4),
		       (int)db_col_int(q, 5) },
		.system_id = db_col_null(q, 6) ? 0 : db_col_int(q, 6), .system_name = row_text(a, q, 7),
		.owner = row_text(a, q, 8), .internet_exposed = db_col_int(q, 9) != 0,
	};
}

int store_vuln_list(struct db *db, struct arena *a, int64_t tenant, struct vuln_row **out, size_t *n, struct err *e)
{
	return row_list(db, a, "SELECT v.host, v.port, v.name, v.oid, v.cves, v.severity10, v.system_id, s.name, s.owner, "
			"COALESCE(s.internet_exposed, 0) FROM scan_vuln v LEFT JOIN ros_system s ON s.id = v.system_id "
			"AND s.tenant_id = v.tenant_id WHERE v.tenant_id = ? ORDER BY v.host, v.port, v.oid, v.id", tenant,
			(void **)out, n, sizeof(**out), read_vuln, e);
}
