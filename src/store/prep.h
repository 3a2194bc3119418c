/* store/prep.h: the preparedness documents (model/prep.h) in versions, and the incident
 * log (migrations/011_preparedness.sql). The store keeps text; io/prep_json.h reads it. */
#ifndef BEREDT_STORE_PREP_H
#define BEREDT_STORE_PREP_H

#include "db/db.h"
#include "util/err.h"
#include "model/prep.h"
#include "store/stamp.h"
#include "util/arena.h"

/* The latest version of a document: *content NULL and *version 0 when none (arena). */
MUST_CHECK int store_prep_get(struct db *db, struct arena *a, int64_t tenant, enum prep_kind kind, const char **content,
		   int *version, struct err *e);

/* The version that stood at 'at' (a UTC timestamp): the newest saved no later; *content NULL
 * and *version 0 when there was none then. Nothing is overwritten, so this is the document as
 * it was. */
MUST_CHECK int store_prep_get_at(struct db *db, struct arena *a, int64_t tenant, enum prep_kind kind, const char *at,
				 const char **content, int *version, struct err *e);

/* Save a new version. 'based_on' is the version the change was made from: when someone
 * else saved in between, the change is refused (nothing is overwritten unseen). The audit
 * entry says the kind, the versions and 'summary'. */
MUST_CHECK int store_prep_put(struct db *db, int64_t tenant, enum prep_kind kind, const char *content, int based_on,
		   const char *summary, const struct store_stamp *st, struct err *e);

struct prep_version_info {
	int version;
	const char *changed_by, *changed_at;
};
/* Every version of a document, newest first (arena). */
MUST_CHECK int store_prep_history(struct db *db, struct arena *a, int64_t tenant, enum prep_kind kind,
		       struct prep_version_info **out, size_t *n, struct err *e);

/* ---- the incident log ---- */

/* struct incident, incident_entry and incident_notice: model/prep.h */

#define INCIDENT_TEXT_MAX 4000

/* Declare an incident (the log starts with the declaration). Sets x->id and x->no. */
MUST_CHECK int store_incident_declare(struct db *db, int64_t tenant, struct incident *x, const struct store_stamp *st,
			   struct err *e);
/* Append an entry: observasjon, beslutning, oppgave, varsling, korrigering, or avsluttet
 * (which closes it). A closed incident takes nothing more. */
MUST_CHECK int store_incident_append(struct db *db, struct arena *a, int64_t tenant, int no, const char *kind,
			  const char *text, const struct store_stamp *st, struct err *e);
/* Record a notification (n->receiver a code; n->notified_at a UTC timestamp not in the
 * future); it also goes in the log. A closed incident takes none. */
MUST_CHECK int store_incident_notify(struct db *db, struct arena *a, int64_t tenant, int no, const struct incident_notice *n,
			  const struct store_stamp *st, struct err *e);
/* When the municipality became aware of it: a new version (the old one kept), audited with
 * both values and noted in the log. */
MUST_CHECK int store_incident_aware(struct db *db, struct arena *a, int64_t tenant, int no, const char *aware_at,
			 const struct store_stamp *st, struct err *e);

/* The newest incident not yet closed: *no 0 when there is none. */
MUST_CHECK int store_incident_active(struct db *db, struct arena *a, int64_t tenant, int *no, const char **title, struct err *e);

/* Every incident, newest first, without entries; or one with its entries and notices. */
MUST_CHECK int store_incident_list(struct db *db, struct arena *a, int64_t tenant, struct incident **out, size_t *n,
			struct err *e);
MUST_CHECK int store_incident_get(struct db *db, struct arena *a, int64_t tenant, int no, struct incident *out,
		       struct err *e);

/* ---- crisis kits written ---- */
MUST_CHECK int store_kit_written(struct db *db, int64_t tenant, const char *sha256, bool encrypted, const struct store_stamp *st,
		      struct err *e);
/* The audit head when the last kit was written (-1 none), and the head now. */
MUST_CHECK int store_kit_state(struct db *db, int64_t tenant, int64_t *kit_head, int64_t *head, const char **written_at,
		    struct arena *a, struct err *e);

#endif
