/* store/prep.c: see prep.h. */
#include "store/prep.h"

#include <stdio.h>
#include <string.h>

#include "model/prep.h"
#include "store/audit.h"
#include "store/row.h"
#include "util/date.h"
#include "util/i18n.h"
#include "util/valid.h"

/* The newest version, or the newest saved no later than 'at' (a UTC timestamp; NULL: now). */
static int prep_get(struct db *db, struct arena *a, int64_t tenant, enum prep_kind kind, const char *at,
		    const char **content, int *version, struct err *e)
{
	struct db_stmt *q;
	*content = NULL;
	*version = 0;
	if (db_prepare(db, at ? "SELECT version, content FROM prep_version WHERE tenant_id = ? AND kind = ? AND "
				"changed_at <= ? ORDER BY version DESC LIMIT 1"
			      : "SELECT version, content FROM prep_version WHERE tenant_id = ? AND kind = ? "
				"ORDER BY version DESC LIMIT 1", &q, e) < 0)
		return -1;
	db_bind_int(q, 1, tenant);
	db_bind_text(q, 2, prep_kind_code(kind));
	if (at)
		db_bind_text(q, 3, at);
	enum db_step r = db_step(q, e);
	if (r == DB_ROW) {
		*version = (int)db_col_int(q, 0);
		*content = row_text(a, q, 1);
	}
	db_finalize(q);
	return r == DB_ERROR ? -1 : 0;
}

int store_prep_get(struct db *db, struct arena *a, int64_t tenant, enum prep_kind kind, const char **content,
		   int *version, struct err *e)
{
	return prep_get(db, a, tenant, kind, NULL, content, version, e);
}

int store_prep_get_at(struct db *db, struct arena *a, int64_t tenant, enum prep_kind kind, const char *at,
		      const char **content, int *version, struct err *e)
{
	return prep_get(db, a, tenant, kind, at, content, version, e);
}

int store_prep_put(struct db *db, int64_t tenant, enum prep_kind kind, const char *content, int based_on,
		   const char *summary, const struct store_stamp *st, struct err *e)
{
	struct db_stmt *q;
	int latest = 0;
	char old[32], now[32];
	if (db_begin(db, e) < 0)
		return -1;
	if (db_prepare(db, "SELECT COALESCE(MAX(version), 0) FROM prep_version WHERE tenant_id = ? AND kind = ?", &q, e) < 0)
		goto fail;
	db_bind_int(q, 1, tenant);
	db_bind_text(q, 2, prep_kind_code(kind));
	enum db_step r = db_step(q, e);
	if (r == DB_ROW)
		latest = (int)db_col_int(q, 0);
	db_finalize(q);
	if (r != DB_ROW)        /* a failed read is not version 0 */
		goto fail;
	if (latest != based_on) {
		err_conflict(e, "Noen andre har endret %s i mellomtiden (versjon %d). Last siden på nytt og gjør endringen igjen.",
			prep_kind_code(kind), latest);
		goto fail;
	}
	if (db_prepare(db, "INSERT INTO prep_version (tenant_id, kind, version, content, changed_by, changed_at) "
		       "VALUES (?, ?, ?, ?, ?, ?)", &q, e) < 0)
		goto fail;
	db_bind_int(q, 1, tenant);
	db_bind_text(q, 2, prep_kind_code(kind));
	db_bind_int(q, 3, latest + 1);
	db_bind_text(q, 4, content);
	db_bind_text(q, 5, st->by);
	db_bind_text(q, 6, st->at);
	snprintf(old, sizeof(old), "versjon %d", latest);
	snprintf(now, sizeof(now), "versjon %d", latest + 1);
	if (row_exec(q, e) < 0 ||
	    store_audit(db, tenant, st, "prep.change",
			prep_kind_code(kind), latest ? old : NULL, summary && *summary ? summary : now, e) < 0)
		goto fail;
	return db_commit(db, e);
fail:
	db_rollback(db);
	return -1;
}

int store_prep_history(struct db *db, struct arena *a, int64_t tenant, enum prep_kind kind,
		       struct prep_version_info **out, size_t *n, struct err *e)
{
	struct db_stmt *q;
	enum db_step r;
	size_t cap = 0;
	*out = NULL;
	*n = 0;
	if (db_prepare(db, "SELECT version, changed_by, changed_at FROM prep_version WHERE tenant_id = ? AND kind = ? "
		       "ORDER BY version DESC", &q, e) < 0)
		return -1;
	db_bind_int(q, 1, tenant);
	db_bind_text(q, 2, prep_kind_code(kind));
	while ((r = db_step(q, e)) == DB_ROW) {
		struct prep_version_info *v = arena_push(a, (void **)out, n, &cap, sizeof(*v));
		if (!v) {
			db_finalize(q);
			return row_oom(e);
		}
		*v = (struct prep_version_info){ (int)db_col_int(q, 0), row_text(a, q, 1), row_text(a, q, 2) };
	}
	db_finalize(q);
	return r == DB_DONE ? 0 : -1;
}

/* ---- the incident log ---- */

static int append(struct db *db, int64_t tenant, int64_t incident, const char *kind, const char *text,
		  const struct store_stamp *st, struct err *e)
{
	struct db_stmt *q;
	if (db_prepare(db, "INSERT INTO incident_entry (tenant_id, incident_id, at, by_whom, kind, text) "
		       "VALUES (?, ?, ?, ?, ?, ?)", &q, e) < 0)
		return -1;
	db_bind_int(q, 1, tenant);
	db_bind_int(q, 2, incident);
	db_bind_text(q, 3, st->at);
	db_bind_text(q, 4, st->by);
	db_bind_text(q, 5, kind);
	db_bind_text(q, 6, text);
	return row_exec(q, e);
}

/* A time given for an incident: a UTC timestamp, not later than now. */
static int check_time(const char *at, const struct store_stamp *st, const char *what, struct err *e)
{
	if (!date_is_timestamp(at))
		return err_set(e, "Tidspunktet for «%s» er ikke gyldig («%.40s»).", what, at);
	if (strcmp(at, st->at) > 0)
		return err_set(e, "Tidspunktet for «%s» (%s) er senere enn nå.", what, at);
	return 0;
}

static int aware_version(struct db *db, int64_t tenant, int64_t incident, const char *at, const struct store_stamp *st,
			 struct err *e)
{
	struct db_stmt *q;
	if (db_prepare(db, "INSERT INTO incident_aware (tenant_id, incident_id, aware_at, changed_at, changed_by) "
		       "VALUES (?, ?, ?, ?, ?)", &q, e) < 0)
		return -1;
	db_bind_int(q, 1, tenant);
	db_bind_int(q, 2, incident);
	db_bind_text(q, 3, at);
	db_bind_text(q, 4, st->at);
	db_bind_text(q, 5, st->by);
	return row_exec(q, e);
}

int store_incident_declare(struct db *db, int64_t tenant, struct incident *x, const struct store_stamp *st,
			   struct err *e)
{
	struct db_stmt *q;
	char obj[32];
	if (valid_text("Tittel", x->title, VALID_NAME_MAX, false, true, e) < 0 ||
	    valid_text("Scenario", x->scenario, 60, false, false, e) < 0 ||
	    (x->aware_at && check_time(x->aware_at, st, "ble kjent", e) < 0) || db_begin(db, e) < 0)
		return -1;
	if (db_prepare(db, "INSERT INTO incident (tenant_id, no, title, scenario, personal_data, essential, declared_at, "
		       "declared_by) VALUES (?, (SELECT COALESCE(MAX(no), 0) + 1 FROM incident WHERE tenant_id = ?), "
		       "?, ?, ?, ?, ?, ?) RETURNING id, no", &q, e) < 0)
		goto fail;
	db_bind_int(q, 1, tenant);
	db_bind_int(q, 2, tenant);
	db_bind_text(q, 3, x->title);
	row_bind_opt(q, 4, x->scenario);
	db_bind_int(q, 5, x->personal_data);
	db_bind_int(q, 6, x->essential);
	db_bind_text(q, 7, st->at);
	db_bind_text(q, 8, st->by);
	enum db_step r = db_step(q, e);
	if (r == DB_ROW) {
		x->id = db_col_int(q, 0);
		x->no = (int)db_col_int(q, 1);
	}
	db_finalize(q);
	snprintf(obj, sizeof(obj), "H-%d", x->no);
	if (r != DB_ROW || aware_version(db, tenant, x->id, x->aware_at ? x->aware_at : st->at, st, e) < 0 ||
	    append(db, tenant, x->id, "beslutning", "Beredskapsplanen er aktivert; hendelsen er erklært.", st, e) < 0 ||
	    store_audit(db, tenant, st, "incident.declared", obj, NULL, x->title, e) < 0)
		goto fail;
	return db_commit(db, e);
fail:
	db_rollback(db);
	return -1;
}

static void read_incident(struct arena *a, struct db_stmt *q, struct incident *x)
{
	*x = (struct incident){
		.id = db_col_int(q, 0), .no = (int)db_col_int(q, 1), .title = row_text(a, q, 2),
		.scenario = row_text(a, q, 3), .personal_data = db_col_int(q, 4) != 0, .essential = db_col_int(q, 5) != 0,
		.declared_at = row_text(a, q, 6), .declared_by = row_text(a, q, 7), .closed = db_col_int(q, 8) != 0,
	};
}

/* An incident is closed by its 'avsluttet' entry. */
#define INCIDENT_CLOSED "EXISTS (SELECT 1 FROM incident_entry x WHERE x.incident_id = i.id AND x.kind = 'avsluttet')"
#define INCIDENT_COLS "i.id, i.no, i.title, i.scenario, i.personal_data, i.essential, i.declared_at, i.declared_by, " \
	"CASE WHEN " INCIDENT_CLOSED " THEN 1 ELSE 0 END"

static void read_incident_row(struct arena *a, struct db_stmt *q, void *x)
{
	read_incident(a, q, x);
}

int store_incident_active(struct db *db, struct arena *a, int64_t tenant, int *no, const char **title, struct err *e)
{
	struct db_stmt *q;
	*no = 0;
	*title = NULL;
	if (db_prepare(db, "SELECT i.no, i.title FROM incident i WHERE i.tenant_id = ? AND NOT " INCIDENT_CLOSED
		       " ORDER BY i.no DESC LIMIT 1", &q, e) < 0)
		return -1;
	db_bind_int(q, 1, tenant);
	enum db_step r = db_step(q, e);
	if (r == DB_ROW) {
		*no = (int)db_col_int(q, 0);
		*title = row_text(a, q, 1);
	}
	db_finalize(q);
	return r == DB_ERROR ? -1 : 0;
}

int store_incident_list(struct db *db, struct arena *a, int64_t tenant, struct incident **out, size_t *n,
			struct err *e)
{
	return row_list(db, a, "SELECT " INCIDENT_COLS " FROM incident i WHERE i.tenant_id = ? ORDER BY i.no DESC", tenant,
			(void **)out, n, sizeof(**out), read_incident_row, e);
}

/* The latest "became aware" and the notifications of an incident read by its id. */
static int incident_facts(struct db *db, struct arena *a, int64_t tenant, struct incident *x, struct err *e)
{
	struct db_stmt *q;
	enum db_step r;
	size_t cap = 0;
	x->aware_at = x->declared_at;       /* incidents declared before the versions existed */
	if (db_prepare(db, "SELECT aware_at FROM incident_aware WHERE tenant_id = ? AND incident_id = ? "
		       "ORDER BY id DESC LIMIT 1", &q, e) < 0)
		return -1;
	db_bind_int(q, 1, tenant);
	db_bind_int(q, 2, x->id);
	if ((r = db_step(q, e)) == DB_ROW)
		x->aware_at = row_text(a, q, 0);
	db_finalize(q);
	if (r == DB_ERROR ||
	    db_prepare(db, "SELECT receiver, contact, notified_at, reference, recorded_at, recorded_by FROM "
		       "incident_notice WHERE tenant_id = ? AND incident_id = ? ORDER BY notified_at, id", &q, e) < 0)
		return -1;
	db_bind_int(q, 1, tenant);
	db_bind_int(q, 2, x->id);
	while ((r = db_step(q, e)) == DB_ROW) {
		struct incident_notice *n = arena_push(a, (void **)&x->notices, &x->n_notices, &cap, sizeof(*n));
		if (!n) {
			db_finalize(q);
			return row_oom(e);
		}
		*n = (struct incident_notice){ row_text(a, q, 0), row_text(a, q, 1), row_text(a, q, 2), row_text(a, q, 3),
					       row_text(a, q, 4), row_text(a, q, 5) };
	}
	db_finalize(q);
	return r == DB_DONE ? 0 : -1;
}

int store_incident_get(struct db *db, struct arena *a, int64_t tenant, int no, struct incident *out,
		       struct err *e)
{
	struct db_stmt *q;
	enum db_step r;
	size_t cap = 0;
	if (db_prepare(db, "SELECT " INCIDENT_COLS " FROM incident i WHERE i.tenant_id = ? AND i.no = ?", &q, e) < 0)
		return -1;
	db_bind_int(q, 1, tenant);
	db_bind_int(q, 2, no);
	r = db_step(q, e);
	if (r == DB_ROW)
		read_incident(a, q, out);
	db_finalize(q);
	if (r == DB_DONE)
		return err_missing(e, "Hendelsen H-%d finnes ikke.", no);
	if (r != DB_ROW)
		return -1;
	if (db_prepare(db, "SELECT at, by_whom, kind, text FROM incident_entry WHERE tenant_id = ? AND incident_id = ? "
		       "ORDER BY id", &q, e) < 0)
		return -1;
	db_bind_int(q, 1, tenant);
	db_bind_int(q, 2, out->id);
	while ((r = db_step(q, e)) == DB_ROW) {
		struct incident_entry *x = arena_push(a, (void **)&out->entries, &out->n_entries, &cap, sizeof(*x));
		if (!x) {
			db_finalize(q);
			return row_oom(e);
		}
		*x = (struct incident_entry){ row_text(a, q, 0), row_text(a, q, 1), row_text(a, q, 2), row_text(a, q, 3) };
	}
	db_finalize(q);
	if (r != DB_DONE)
		return -1;
	return incident_facts(db, a, tenant, out, e);
}

/* An open incident of the tenant, in the caller's transaction; -1 with a message when it
 * is missing or closed. */
static int open_incident(struct db *db, struct arena *a, int64_t tenant, int no, struct incident *x, struct err *e)
{
	if (store_incident_get(db, a, tenant, no, x, e) < 0)
		return -1;
	if (x->closed)
		return err_set(e, "Hendelsen H-%d er avsluttet; loggen kan ikke få flere innføringer.", no);
	return 0;
}

int store_incident_append(struct db *db, struct arena *a, int64_t tenant, int no, const char *kind,
			  const char *text, const struct store_stamp *st, struct err *e)
{
	static const char *const kinds[] = { "observasjon", "beslutning", "oppgave", "varsling", "korrigering", "avsluttet" };
	struct incident x;
	bool known = false;
	for (size_t i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++)
		known = known || (kind && strcmp(kind, kinds[i]) == 0);
	if (!known)
		return err_set(e, "Ukjent type innføring «%.40s»; gyldige er observasjon, beslutning, oppgave, "
			       "varsling, korrigering og avsluttet.", kind ? kind : "");
	if (valid_text("Tekst", text, INCIDENT_TEXT_MAX, true, true, e) < 0 || db_begin(db, e) < 0)
		return -1;
	if (open_incident(db, a, tenant, no, &x, e) < 0 || append(db, tenant, x.id, kind, text, st, e) < 0 ||
	    (strcmp(kind, "avsluttet") == 0 &&
	     store_audit(db, tenant, st, "incident.closed", arena_printf(a, "H-%d", no), NULL, text, e) < 0))
		goto fail;
	return db_commit(db, e);
fail:
	db_rollback(db);
	return -1;
}

int store_incident_notify(struct db *db, struct arena *a, int64_t tenant, int no, const struct incident_notice *n,
			  const struct store_stamp *st, struct err *e)
{
	struct incident x;
	struct db_stmt *q;
	int k = prep_receiver_parse(n->receiver, e);
	bool contact = k >= 0 && strcmp(n->receiver, "kontakt") == 0;
	if (k < 0 || check_time(n->notified_at, st, "varslet", e) < 0 ||
	    valid_text("Kontakt", n->contact, VALID_NAME_MAX, false, contact, e) < 0 ||
	    valid_text("Referanse", n->reference, VALID_NAME_MAX, false, false, e) < 0)
		return -1;
	if (!contact && n->contact && *n->contact)
		return err_set(e, "Et kontaktnavn hører bare til mottakeren «kontakt».");
	if (db_begin(db, e) < 0)
		return -1;
	if (open_incident(db, a, tenant, no, &x, e) < 0 ||
	    db_prepare(db, "INSERT INTO incident_notice (tenant_id, incident_id, receiver, contact, notified_at, reference, "
		       "recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", &q, e) < 0)
		goto fail;
	db_bind_int(q, 1, tenant);
	db_bind_int(q, 2, x.id);
	db_bind_text(q, 3, n->receiver);
	row_bind_opt(q, 4, contact ? n->contact : NULL);
	db_bind_text(q, 5, n->notified_at);
	row_bind_opt(q, 6, n->reference);
	db_bind_text(q, 7, st->at);
	db_bind_text(q, 8, st->by);
	const char *who = contact ? n->contact : i18n_tr(LANG_NB, prep_receiver_label(k));
	const char *text = arena_printf(a, "Varslet %s %s%s%s.", who, n->notified_at,
					n->reference && *n->reference ? ", referanse " : "",
					n->reference && *n->reference ? n->reference : "");
	if (row_exec(q, e) < 0 || append(db, tenant, x.id, "varsling", text, st, e) < 0 ||
	    store_audit(db, tenant, st, "incident.notified", arena_printf(a, "H-%d", no), NULL,
			arena_printf(a, "%s %s", n->receiver, n->notified_at), e) < 0)
		goto fail;
	return db_commit(db, e);
fail:
	db_rollback(db);
	return -1;
}

int store_incident_aware(struct db *db, struct arena *a, int64_t tenant, int no, const char *aware_at,
			 const struct store_stamp *st, struct err *e)
{
	struct incident x;
	if (check_time(aware_at, st, "ble kjent", e) < 0 || db_begin(db, e) < 0)
		return -1;
	if (open_incident(db, a, tenant, no, &x, e) < 0 || aware_version(db, tenant, x.id, aware_at, st, e) < 0 ||
	    append(db, tenant, x.id, "korrigering",
		   arena_printf(a, "Kommunen ble kjent med hendelsen %s (før: %s).", aware_at, x.aware_at), st, e) < 0 ||
	    store_audit(db, tenant, st, "incident.aware", arena_printf(a, "H-%d", no), x.aware_at, aware_at, e) < 0)
		goto fail;
	return db_commit(db, e);
fail:
	db_rollback(db);
	return -1;
}

/* ---- crisis kits ---- */

/* The latest change to what a kit holds: the plan, contacts and other preparedness
 * documents, and the ROS registers. */
static int content_head(struct db *db, int64_t tenant, int64_t *head, struct err *e)
{
	/* one range per prefix, so the (tenant_id, action, seq) index answers it without
	 * reading the rest of the audit trail, however long it has grown */
	static const char *const ranges[][2] = { { "prep.", "prep/" }, { "ros.", "ros/" } };
	*head = 0;
	for (size_t i = 0; i < 2; i++) {
		struct db_stmt *q;
		if (db_prepare(db, "SELECT COALESCE(MAX(seq), 0) FROM audit WHERE tenant_id = ? AND action >= ? "
			       "AND action < ?", &q, e) < 0)
			return -1;
		db_bind_int(q, 1, tenant);
		db_bind_text(q, 2, ranges[i][0]);
		db_bind_text(q, 3, ranges[i][1]);
		enum db_step r = db_step(q, e);
		if (r == DB_ROW && db_col_int(q, 0) > *head)
			*head = db_col_int(q, 0);
		db_finalize(q);
		if (r != DB_ROW)
			return -1;
	}
	return 0;
}

int store_kit_written(struct db *db, int64_t tenant, const char *sha256, bool encrypted, const struct store_stamp *st,
		      struct err *e)
{
	struct db_stmt *q;
	int64_t head;
	if (db_begin(db, e) < 0)
		return -1;
	if (content_head(db, tenant, &head, e) < 0 ||
	    db_prepare(db, "INSERT INTO kit_written (tenant_id, written_at, audit_head, sha256, encrypted, written_by) "
		       "VALUES (?, ?, ?, ?, ?, ?)", &q, e) < 0)
		goto fail;
	db_bind_int(q, 1, tenant);
	db_bind_text(q, 2, st->at);
	db_bind_int(q, 3, head);
	db_bind_text(q, 4, sha256);
	db_bind_int(q, 5, encrypted);
	db_bind_text(q, 6, st->by);
	if (row_exec(q, e) < 0 ||
	    store_audit(db, tenant, st, "kit.written", "beredskapspakke", NULL, sha256, e) < 0)
		goto fail;
	return db_commit(db, e);
fail:
	db_rollback(db);
	return -1;
}

int store_kit_state(struct db *db, int64_t tenant, int64_t *kit_head, int64_t *head, const char **written_at,
		    struct arena *a, struct err *e)
{
	struct db_stmt *q;
	*kit_head = -1;
	*written_at = NULL;
	if (content_head(db, tenant, head, e) < 0 ||
	    db_prepare(db, "SELECT audit_head, written_at FROM kit_written WHERE tenant_id = ? ORDER BY id DESC LIMIT 1",
		       &q, e) < 0)
		return -1;
	db_bind_int(q, 1, tenant);
	enum db_step r = db_step(q, e);
	if (r == DB_ROW) {
		*kit_head = db_col_int(q, 0);
		*written_at = row_text(a, q, 1);
	}
	db_finalize(q);
	return r == DB_ERROR ? -1 : 0;
}
