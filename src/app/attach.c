/* app/attach.c: see attach.h. */
#include "app/attach.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "app/prep_docs.h"
#include "io/filetype.h"
#include "util/crypto.h"
#include "util/i18n.h"
#include "util/valid.h"

/* Whether the thing the target names is the municipality's. */
static int target_exists(struct db *db, struct arena *a, int64_t tenant, int32_t today, const struct attach_target *t,
			 bool *found, struct err *e)
{
	if (t->kind != ATT_EXERCISE && t->kind != ATT_INSURANCE)
		return store_attach_target_exists(db, tenant, t, found, e);
	struct prep_all p;
	*found = false;
	if (prep_load(db, a, tenant, today, &p, e) < 0)
		return -1;
	if (t->kind == ATT_EXERCISE) {
		for (size_t i = 0; i < p.exercises.n; i++)
			*found |= p.exercises.items[i].no == t->no;
	} else {
		for (size_t i = 0; i < p.insurance.n; i++)
			*found |= strcmp(p.insurance.items[i].name, t->ref) == 0;
	}
	return 0;
}

static int missing(struct err *e, const struct attach_target *t)
{
	switch (t->kind) {
	case ATT_MEASURE:
		return err_missing(e, "Tiltaket «%s» finnes ikke i katalogene.", t->ref);
	case ATT_ACTION:
		return err_missing(e, "Oppgave T-%s finnes ikke i handlingsplanen.", t->ref);
	case ATT_FINDING:
		return err_missing(e, "Funn F-%s finnes ikke.", t->ref);
	case ATT_RESTORE:
		return err_missing(e, "Systemet «%s» finnes ikke i ROS-registeret.", t->ref);
	case ATT_EXERCISE:
		return err_missing(e, "Øvelse Ø-%s finnes ikke.", t->ref);
	default:
		return err_missing(e, "Forsikringen «%s» finnes ikke.", t->ref);
	}
}

int attach_add(struct db *db, struct arena *a, int64_t tenant, int32_t today, const char *path,
	       const struct attach_file *f, const struct store_stamp *s, struct attachment *x, struct err *e)
{
	struct attach_new n = { 0 };
	char hash[CRYPTO_HASH_HEX];
	bool found;
	int64_t id;
	if (attach_target_parse(a, f->target, &n.target, e) < 0)
		return -1;
	if (target_exists(db, a, tenant, today, &n.target, &found, e) < 0)
		return -1;
	if (!found)
		return missing(e, &n.target);
	if (!f->data || f->len == 0)
		return err_set(e, "Filen er tom. Velg en fil med innhold.");
	if (f->len > ATTACH_MAX)
		return err_limit(e, "Filen er %zu byte; et vedlegg kan være høyst %zu byte (10 MB).", f->len, ATTACH_MAX);
	if (f->note && valid_text("Merknad", f->note, VALID_NAME_MAX, false, false, e) < 0)
		return -1;
	if (filetype_detect(a, f->data, f->len, path, &n.content_type, e) < 0)
		return -1;
	if (!attach_type_allowed(n.content_type))
		return err_set(e, "Filen er av typen %s, som ikke tas som vedlegg. Legg ved PDF, Word, Excel, PowerPoint, "
			       "OpenDocument, bilder (PNG, JPEG, GIF, WebP) eller ren tekst.", n.content_type);
	crypto_sha256_hex(f->data, f->len, hash);
	n.name = attach_clean_name(a, f->name);
	n.note = f->note && *f->note ? f->note : NULL;
	n.data = f->data;
	n.len = f->len;
	n.sha256 = hash;
	n.replaces = f->replaces;
	if (store_attach_add(db, a, tenant, &n, s, &id, e) < 0)
		return -1;
	bool ok;
	return store_attach_get(db, a, tenant, id, x, NULL, &ok, e);
}

int attach_list(struct db *db, struct arena *a, int64_t tenant, const char *target, struct attachment **out,
		size_t *n, struct err *e)
{
	struct attach_target t;
	if (!target)
		return store_attach_list(db, a, tenant, NULL, out, n, e);
	if (attach_target_parse(a, target, &t, e) < 0)
		return -1;
	return store_attach_list(db, a, tenant, &t, out, n, e);
}

int attach_get(struct db *db, struct arena *a, int64_t tenant, int64_t id, struct attachment *x, const char **data,
	       struct err *e)
{
	bool found;
	if (store_attach_get(db, a, tenant, id, x, data, &found, e) < 0)
		return -1;
	if (!found)
		return err_missing(e, "Vedlegg V-%lld finnes ikke.", (long long)id);
	return 0;
}

int attach_remove(struct db *db, struct arena *a, int64_t tenant, int64_t id, const char *reason,
		  const struct store_stamp *s, struct attachment *x, struct err *e)
{
	if (!reason || !*reason)
		return err_set(e, "Skriv hvorfor filen fjernes. Den blir stående i historikken.");
	if (valid_text("Grunn", reason, VALID_NAME_MAX, false, true, e) < 0 ||
	    store_attach_remove(db, a, tenant, id, reason, s, e) < 0)
		return -1;
	return attach_get(db, a, tenant, id, x, NULL, e);
}

int attach_parse_id(const char *s, int64_t *id, struct err *e)
{
	const char *p = s ? s : "";
	if ((*p == 'V' || *p == 'v') && p[1] == '-')
		p += 2;
	char *end;
	long long v = strtoll(p, &end, 10);
	if (!isdigit((unsigned char)*p) || *end || v < 1)
		return err_set(e, "«%s» er ikke et vedleggsnummer. Skriv for eksempel V-3.", s ? s : "");
	*id = v;
	return 0;
}
