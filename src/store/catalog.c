/* store/catalog.c: see catalog.h. */
#include "store/catalog.h"

#include <string.h>

#include "store/audit.h"
#include "store/row.h"

int store_catalog_version(struct db *db, struct arena *a, const char *id, const char **version,
			  struct err *e)
{
	struct db_stmt *st;
	*version = NULL;
	if (db_prepare(db, "SELECT version FROM catalog WHERE id = ?", &st, e) < 0)
		return -1;
	db_bind_text(st, 1, id);
	enum db_step r = db_step(st, e);
	if (r == DB_ROW)
		*version = row_text(a, st, 0);
	db_finalize(st);
	return r == DB_ERROR ? -1 : 0;
}

static int put_header(struct db *db, const struct catalog *c, const char *now, bool update,
		      struct err *e)
{
	struct db_stmt *st;
	const char *sql = update
		? "UPDATE catalog SET version = ?, format = ?, title_nb = ?, title_en = ?, "
		  "source_nb = ?, source_en = ?, imported_at = ? WHERE id = ?"
		: "INSERT INTO catalog (version, format, title_nb, title_en, source_nb, source_en, "
		  "imported_at, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
	if (db_prepare(db, sql, &st, e) < 0)
		return -1;
	db_bind_text(st, 1, c->version ? c->version : "");
	db_bind_text(st, 2, c->format ? c->format : "beredt");
	db_bind_text(st, 3, text2_get(&c->title, LANG_NB));
	row_bind_opt(st, 4, c->title.en);
	row_bind_opt(st, 5, c->source.nb);
	row_bind_opt(st, 6, c->source.en);
	db_bind_text(st, 7, now);
	db_bind_text(st, 8, c->id);
	return row_exec(st, e);
}

static int put_group(struct db *db, const char *cat, const struct catalog_group *g, int pos,
		     struct err *e)
{
	struct db_stmt *st;
	if (db_prepare(db, "INSERT INTO catalog_group (catalog_id, id, position, title_nb, title_en) "
			   "VALUES (?, ?, ?, ?, ?)", &st, e) < 0)
		return -1;
	db_bind_text(st, 1, cat);
	db_bind_text(st, 2, g->id);
	db_bind_int(st, 3, pos);
	db_bind_text(st, 4, text2_get(&g->title, LANG_NB));
	row_bind_opt(st, 5, g->title.en);
	return row_exec(st, e);
}

static int put_item(struct db *db, const char *cat, const struct catalog_item *it, int pos,
		    struct err *e)
{
	struct db_stmt *st;
	if (db_prepare(db, "INSERT INTO catalog_item (catalog_id, id, group_id, parent_id, position, "
			   "title_nb, title_en, question_nb, question_en, why_nb, why_en, "
			   "evidence_nb, evidence_en) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
		       &st, e) < 0)
		return -1;
	db_bind_text(st, 1, cat);
	db_bind_text(st, 2, it->id);
	db_bind_text(st, 3, it->group_id);
	row_bind_opt(st, 4, it->parent_id);
	db_bind_int(st, 5, pos);
	db_bind_text(st, 6, text2_get(&it->title, LANG_NB));
	row_bind_opt(st, 7, it->title.en);
	row_bind_opt(st, 8, it->question.nb);
	row_bind_opt(st, 9, it->question.en);
	row_bind_opt(st, 10, it->why.nb);
	row_bind_opt(st, 11, it->why.en);
	row_bind_opt(st, 12, it->evidence.nb);
	row_bind_opt(st, 13, it->evidence.en);
	if (row_exec(st, e) < 0)
		return -1;
	for (size_t m = 0; m < it->n_mappings; m++) {
		if (db_prepare(db, "INSERT INTO catalog_mapping (catalog_id, item_id, position, target) "
				   "VALUES (?, ?, ?, ?)", &st, e) < 0)
			return -1;
		db_bind_text(st, 1, cat);
		db_bind_text(st, 2, it->id);
		db_bind_int(st, 3, (int64_t)m);
		db_bind_text(st, 4, it->mappings[m]);
		if (row_exec(st, e) < 0)
			return -1;
	}
	return 0;
}

int store_catalog_put(struct db *db, const struct catalog *c, const char *now,
		      enum catalog_put mode, struct err *e)
{
	struct arena a;
	const char *have;
	struct db_stmt *st;

	if (catalog_check(c, e) < 0)
		return -1;
	arena_init(&a, 0);
	if (db_begin(db, e) < 0)
		goto out;
	if (store_catalog_version(db, &a, c->id, &have, e) < 0)
		goto fail;
	if (have && mode == CATALOG_PUT_NEW) {
		err_conflict(e, "Katalogen «%s» finnes allerede (versjon %s). Gi den nye katalogen en "
			"annen id med --id, eller erstatt den med --replace.", c->id, have);
		goto fail;
	}
	if (put_header(db, c, now, have != NULL, e) < 0)
		goto fail;
	if (have) {
		/* items and mappings follow by ON DELETE CASCADE */
		if (db_prepare(db, "DELETE FROM catalog_mapping WHERE catalog_id = ?", &st, e) < 0)
			goto fail;
		db_bind_text(st, 1, c->id);
		if (row_exec(st, e) < 0 ||
		    db_prepare(db, "DELETE FROM catalog_item WHERE catalog_id = ?", &st, e) < 0)
			goto fail;
		db_bind_text(st, 1, c->id);
		if (row_exec(st, e) < 0 ||
		    db_prepare(db, "DELETE FROM catalog_group WHERE catalog_id = ?", &st, e) < 0)
			goto fail;
		db_bind_text(st, 1, c->id);
		if (row_exec(st, e) < 0)
			goto fail;
	}
	for (size_t g = 0; g < c->n_groups; g++)
		if (put_group(db, c->id, &c->groups[g], (int)g, e) < 0)
			goto fail;
	for (size_t i = 0; i < c->n_items; i++)
		if (put_item(db, c->id, &c->items[i], (int)i, e) < 0)
			goto fail;
	struct store_stamp s = { .by = "beredt", .at = now };
	if (store_audit(db, 0, &s, have ? "catalog.replace" : "catalog.import", c->id,
			have ? arena_printf(&a, "version=%s", have) : NULL,
			arena_printf(&a, "version=%s; items=%zu", c->version, c->n_items), e) < 0)
		goto fail;
	if (db_commit(db, e) < 0)
		goto out;
	arena_release(&a);
	return 0;
fail:
	db_rollback(db);
out:
	arena_release(&a);
	return -1;
}

static int load_groups(struct db *db, struct arena *a, struct catalog *c, struct err *e)
{
	struct db_stmt *st;
	size_t cap = 0;
	enum db_step r;
	if (db_prepare(db, "SELECT id, title_nb, title_en FROM catalog_group WHERE catalog_id = ? "
			   "ORDER BY position", &st, e) < 0)
		return -1;
	db_bind_text(st, 1, c->id);
	while ((r = db_step(st, e)) == DB_ROW) {
		struct catalog_group *g = arena_push(a, (void **)&c->groups, &c->n_groups, &cap,
						     sizeof(*g));
		if (!g) {
			db_finalize(st);
			return row_oom(e);
		}
		g->id = row_text(a, st, 0);
		g->title.nb = row_text(a, st, 1);
		g->title.en = row_text(a, st, 2);
	}
	db_finalize(st);
	return r == DB_ERROR ? -1 : 0;
}

static int load_items(struct db *db, struct arena *a, struct catalog *c, struct err *e)
{
	struct db_stmt *st;
	size_t cap = 0;
	enum db_step r;
	if (db_prepare(db, "SELECT id, group_id, parent_id, title_nb, title_en, question_nb, "
			   "question_en, why_nb, why_en, evidence_nb, evidence_en FROM catalog_item "
			   "WHERE catalog_id = ? ORDER BY position", &st, e) < 0)
		return -1;
	db_bind_text(st, 1, c->id);
	while ((r = db_step(st, e)) == DB_ROW) {
		struct catalog_item *it = arena_push(a, (void **)&c->items, &c->n_items, &cap,
						     sizeof(*it));
		if (!it) {
			db_finalize(st);
			return row_oom(e);
		}
		it->id = row_text(a, st, 0);
		it->group_id = row_text(a, st, 1);
		it->parent_id = row_text(a, st, 2);
		it->title.nb = row_text(a, st, 3);
		it->title.en = row_text(a, st, 4);
		it->question.nb = row_text(a, st, 5);
		it->question.en = row_text(a, st, 6);
		it->why.nb = row_text(a, st, 7);
		it->why.en = row_text(a, st, 8);
		it->evidence.nb = row_text(a, st, 9);
		it->evidence.en = row_text(a, st, 10);
	}
	db_finalize(st);
	return r == DB_ERROR ? -1 : 0;
}

static int load_mappings(struct db *db, struct arena *a, struct catalog *c, struct err *e)
{
	struct db_stmt *st;
	enum db_step r;
	size_t *caps = arena_alloc(a, (c->n_items + 1) * sizeof(*caps));
	if (!caps)
		return row_oom(e);
	if (db_prepare(db, "SELECT item_id, target FROM catalog_mapping WHERE catalog_id = ? "
			   "ORDER BY item_id, position", &st, e) < 0)
		return -1;
	db_bind_text(st, 1, c->id);
	size_t hint = 0;
	while ((r = db_step(st, e)) == DB_ROW) {
		const char *item = db_col_text(st, 0);
		/* rows come grouped by item: try the last one found before searching */
		if (hint >= c->n_items || strcmp(c->items[hint].id, item) != 0)
			for (hint = 0; hint < c->n_items && strcmp(c->items[hint].id, item); hint++)
				;
		if (hint == c->n_items)
			continue;
		struct catalog_item *it = &c->items[hint];
		const char **slot = arena_push(a, (void **)&it->mappings, &it->n_mappings,
					       &caps[hint], sizeof(*slot));
		if (!slot) {
			db_finalize(st);
			return row_oom(e);
		}
		*slot = row_text(a, st, 1);
	}
	db_finalize(st);
	return r == DB_ERROR ? -1 : 0;
}

int store_catalog_get(struct db *db, struct arena *a, const char *id, struct catalog **out,
		      struct err *e)
{
	struct db_stmt *st;
	struct catalog *c = arena_alloc(a, sizeof(*c));
	if (!c)
		return row_oom(e);
	if (db_prepare(db, "SELECT id, version, format, title_nb, title_en, source_nb, source_en "
			   "FROM catalog WHERE id = ?", &st, e) < 0)
		return -1;
	db_bind_text(st, 1, id);
	enum db_step r = db_step(st, e);
	if (r == DB_ROW) {
		c->id = row_text(a, st, 0);
		c->version = row_text(a, st, 1);
		c->format = row_text(a, st, 2);
		c->title.nb = row_text(a, st, 3);
		c->title.en = row_text(a, st, 4);
		c->source.nb = row_text(a, st, 5);
		c->source.en = row_text(a, st, 6);
	} else if (r == DB_DONE) {
		err_missing(e, "Katalogen «%s» finnes ikke i denne installasjonen.", id);
	}
	db_finalize(st);
	if (r != DB_ROW)
		return -1;
	if (load_groups(db, a, c, e) < 0 || load_items(db, a, c, e) < 0 ||
	    load_mappings(db, a, c, e) < 0)
		return -1;
	*out = c;
	return 0;
}

int store_catalog_list(struct db *db, struct arena *a, struct catalog **out, size_t *n,
		       struct err *e)
{
	struct db_stmt *st;
	size_t cap = 0;
	enum db_step r;
	*out = NULL;
	*n = 0;
	if (db_prepare(db, "SELECT c.id, c.version, c.format, c.title_nb, c.title_en, "
			   "(SELECT COUNT(*) FROM catalog_group g WHERE g.catalog_id = c.id), "
			   "(SELECT COUNT(*) FROM catalog_item i WHERE i.catalog_id = c.id) "
			   "FROM catalog c ORDER BY c.id", &st, e) < 0)
		return -1;
	while ((r = db_step(st, e)) == DB_ROW) {
		struct catalog *c = arena_push(a, (void **)out, n, &cap, sizeof(*c));
		if (!c) {
			db_finalize(st);
			return row_oom(e);
		}
		c->id = row_text(a, st, 0);
		c->version = row_text(a, st, 1);
		c->format = row_text(a, st, 2);
		c->title.nb = row_text(a, st, 3);
		c->title.en = row_text(a, st, 4);
		c->n_groups = (size_t)db_col_int(st, 5);
		c->n_items = (size_t)db_col_int(st, 6);
	}
	db_finalize(st);
	return r == DB_ERROR ? -1 : 0;
}
