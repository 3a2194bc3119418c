/* store/carry.c: see carry.h. */
#include "store/carry.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/audit.h"
#include "store/row.h"
#include "util/buf.h"
#include "util/i18n.h"


/* The positions of one table's rows: the raw key of each row in position order (the
 * audit trail's sequence numbers ascend). */
struct keys {
	int64_t *raw;
	size_t n;
};

static int64_t position(const struct keys *k, int64_t raw)
{
	for (size_t i = 0; i < k->n; i++)
		if (k->raw[i] == raw)
			return (int64_t)i + 1;
	return 0;
}

/* The position of the newest entry at or before seq (0: none). */
static int64_t at_or_before(const struct keys *k, int64_t seq)
{
	size_t lo = 0, hi = k->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (k->raw[mid] <= seq)
			lo = mid + 1;
		else
			hi = mid;
	}
	return (int64_t)lo;
}

static int64_t system_position(const struct ros_register *reg, int64_t id)
{
	for (size_t i = 0; i < reg->n_systems; i++)
		if (reg->systems[i].id == id)
			return (int64_t)i + 1;
	return 0;
}

/* "system:12" -> "system:#3", "komponent:12:x@1" -> "komponent:#3:x@1" (position in the
 * ROS section); other objects as they are. to_id reverses it with the new ids. */
static const char *object_map(struct arena *a, const char *o, const struct ros_register *reg, bool to_id)
{
	static const char *const prefixes[] = { "system:", "komponent:", NULL };
	for (int i = 0; o && prefixes[i]; i++) {
		size_t n = strlen(prefixes[i]);
		if (strncmp(o, prefixes[i], n) != 0 || (to_id ? o[n] != '#' : o[n] == '#'))
			continue;
		char *end;
		long long v = strtoll(o + n + (to_id ? 1 : 0), &end, 10);
		if (end == o + n + (to_id ? 1 : 0) || (*end && *end != ':'))
			continue;
		int64_t x = to_id ? (v >= 1 && (size_t)v <= reg->n_systems ? reg->systems[v - 1].id : 0)
				  : system_position(reg, v);
		if (!x)
			continue;
		return arena_printf(a, to_id ? "%.*s%" PRId64 "%s" : "%.*s#%" PRId64 "%s", (int)n, o, x, end);
	}
	return o;
}

static int cmp_value(const struct carry_value *x, const struct carry_value *y, bool num)
{
	if (x->null || y->null)
		return (int)y->null - (int)x->null;
	if (num)
		return (x->i > y->i) - (x->i < y->i);
	return strcmp(x->s, y->s);
}

/* Rows by content, the own key aside: the same data in the same order from any database. */
static int cmp_row(const struct carry_table *t, size_t nc, const struct carry_value *x, const struct carry_value *y)
{
	for (size_t c = 0; c < nc; c++) {
		if (t->cols[c].kind == CK_KEY || t->cols[c].kind == CK_OMIT)
			continue;
		int d = cmp_value(&x[c], &y[c], carry_is_int(t->cols[c].kind));
		if (d)
			return d;
	}
	return 0;
}

/* A stable merge sort of row indexes (qsort has no context to carry the table). */
static void sort_rows(const struct carry_table *t, size_t nc, const struct carry_value *v, size_t *idx,
		      size_t *tmp, size_t n)
{
	for (size_t w = 1; w < n; w *= 2) {
		for (size_t lo = 0; lo < n; lo += 2 * w) {
			size_t mid = lo + w < n ? lo + w : n, hi = lo + 2 * w < n ? lo + 2 * w : n, i = lo, j = mid, k = lo;
			while (i < mid && j < hi)
				tmp[k++] = cmp_row(t, nc, &v[idx[j] * nc], &v[idx[i] * nc]) < 0 ? idx[j++] : idx[i++];
			while (i < mid)
				tmp[k++] = idx[i++];
			while (j < hi)
				tmp[k++] = idx[j++];
		}
		memcpy(idx, tmp, n * sizeof(*idx));
	}
}

static int find_table(const struct carry_set *set, const char *name)
{
	for (size_t i = 0; i < set->n; i++)
		if (strcmp(set->tables[i].t->name, name) == 0)
			return (int)i;
	return -1;
}

static int load_table(struct db *db, struct arena *a, int64_t tenant, const struct ros_register *reg,
		      const struct carry_table *t, struct carry_set *set, struct keys *all, struct err *e)
{
	size_t nc = carry_n_cols(t), n = 0, cap = 0, k = set->n;
	struct carry_rows *out = &set->tables[k];
	struct db_stmt *st;
	struct buf sql;
	int key = -1;
	buf_init(&sql, 0);
	buf_puts(&sql, "SELECT ");
	for (size_t c = 0; c < nc; c++) {
		buf_puts(&sql, c ? ", " : "");
		buf_puts(&sql, t->cols[c].kind == CK_OMIT ? "NULL" : t->cols[c].name);
		if (t->cols[c].kind == CK_KEY)
			key = (int)c;
	}
	/* rows with a key in the order they were made (an import makes them in file order) */
	buf_printf(&sql, " FROM %s WHERE tenant_id = ?", t->name);
	if (key >= 0)
		buf_printf(&sql, " ORDER BY %s", t->cols[key].name);
	int rc = db_prepare(db, sql.data, &st, e);
	buf_release(&sql);
	if (rc < 0)
		return -1;
	db_bind_int(st, 1, tenant);
	struct carry_value *v = NULL;
	enum db_step s;
	while ((s = db_step(st, e)) == DB_ROW) {
		size_t slots = n * nc;
		bool orphan = false;
		for (size_t c = 0; c < nc; c++) {
			struct carry_value *x = arena_push(a, (void **)&v, &slots, &cap, sizeof(*x));
			if (!x) {
				db_finalize(st);
				return row_oom(e);
			}
			const struct carry_col *col = &t->cols[c];
			x->null = db_col_null(st, (int)c);
			if (x->null)
				continue;
			if (!carry_is_int(col->kind)) {
				x->s = row_text(a, st, (int)c);
				if (col->kind == CK_OBJECT)
					x->s = object_map(a, x->s, reg, false);
				continue;
			}
			x->i = db_col_int(st, (int)c);
			if (col->kind == CK_SYSTEM)
				x->null = !(x->i = system_position(reg, x->i));
			else if (col->kind == CK_REF && strcmp(col->ref, t->name) == 0)
				;       /* a row of the same table (an earlier version): mapped below */
			else if (col->kind == CK_REF || col->kind == CK_OWNER) {
				int r = find_table(set, col->ref);
				x->null = r < 0 || !(x->i = position(&all[r], x->i));
				orphan |= col->kind == CK_OWNER && x->null;
			} else if (col->kind == CK_AUDIT) {
				int r = find_table(set, "audit");
				x->i = r < 0 ? 0 : at_or_before(&all[r], x->i);
			}
		}
		if (!orphan)        /* else the next row takes its slots */
			n++;
	}
	db_finalize(st);
	if (s != DB_DONE)
		return -1;
	/* a table with a key keeps its order (histories: the latest is the last); the rest are
	 * sorted by what they say, the same from any database */
	size_t *idx = arena_alloc(a, (n + 1) * sizeof(*idx)), *tmp = arena_alloc(a, (n + 1) * sizeof(*tmp));
	struct carry_value *sorted = arena_alloc(a, (n * nc + 1) * sizeof(*sorted));
	all[k].raw = arena_alloc(a, (n + 1) * sizeof(*all[k].raw));
	if (!idx || !tmp || !sorted || !all[k].raw)
		return row_oom(e);
	for (size_t i = 0; i < n; i++)
		idx[i] = i;
	if (key < 0)
		sort_rows(t, nc, v, idx, tmp, n);
	for (size_t i = 0; i < n; i++) {
		memcpy(&sorted[i * nc], &v[idx[i] * nc], nc * sizeof(*sorted));
		if (key >= 0) {
			all[k].raw[i] = sorted[i * nc + key].i;
			sorted[i * nc + key].i = (int64_t)i + 1;
		}
	}
	all[k].n = n;
	for (size_t c = 0; c < nc; c++)
		if (t->cols[c].kind == CK_REF && strcmp(t->cols[c].ref, t->name) == 0)
			for (size_t i = 0; i < n; i++) {
				struct carry_value *x = &sorted[i * nc + c];
				if (!x->null)
					x->null = !(x->i = position(&all[k], x->i));
			}
	*out = (struct carry_rows){ t, nc, n, sorted, false };
	set->n++;
	return 0;
}

int store_carry_load(struct db *db, struct arena *a, int64_t tenant, const struct ros_register *reg,
		     struct carry_set *out, struct err *e)
{
	size_t nt;
	const struct carry_table *t = carry_tables(&nt);
	out->n = 0;
	out->tables = arena_alloc(a, (nt + 1) * sizeof(*out->tables));
	struct keys *all = arena_alloc(a, (nt + 1) * sizeof(*all));
	if (!out->tables || !all)
		return row_oom(e);
	for (size_t i = 0; i < nt; i++)
		if (t[i].how == CARRY_RECORDS && load_table(db, a, tenant, reg, &t[i], out, all, e) < 0)
			return -1;
	return 0;
}

/* Say which record is wrong. */
static int bad(struct err *e, const struct carry_table *t, size_t row, const char *col, const char *what)
{
	return err_set(e, "records.%s nr. %zu, «%s»: %s", t->name, row + 1, col, i18n_tr(e->lang, what));
}

/* One audit entry appended to this installation's chain as it was; its new number. */
static int save_audit(struct db *db, int64_t tenant, const struct carry_rows *r, size_t row, int64_t *seq,
		      struct err *e)
{
	const struct carry_value *v = &r->v[row * r->n_cols];
	const char *f[8] = { 0 };
	for (size_t c = 0; c < r->n_cols && c < 8; c++)
		f[c] = v[c].null ? NULL : v[c].s;
	/* seq, at, actor, action, object, old, new, ip (c_audit) */
	struct store_stamp s = { .by = f[2], .at = f[1], .ip = f[7] };
	if (!f[1] || !f[2] || !f[3] || !f[4])
		return bad(e, r->t, row, "at/actor/action/object", N_("må være med."));
	if (store_audit(db, tenant, &s, f[3], f[4], f[5], f[6], e) < 0)
		return -1;
	return store_audit_head(db, seq, e);
}

static int old_accounts(struct db *db, int64_t tenant, struct err *e)
{
	struct db_stmt *st;
	if (db_prepare(db, "INSERT INTO membership (user_id, tenant_id, role, active, created_at, created_by) "
			   "SELECT id, tenant_id, role, active, created_at, created_by FROM app_user WHERE "
			   "tenant_id = ? AND id NOT IN (SELECT user_id FROM membership) ORDER BY id", &st, e) < 0)
		return -1;
	db_bind_int(st, 1, tenant);
	return row_exec(st, e);
}

int store_carry_save(struct db *db, int64_t tenant, const struct ros_register *reg, const struct carry_set *set,
		     size_t *accounts, struct err *e)
{
	struct arena a;
	int64_t **ids;
	int rc = -1;
	arena_init(&a, 0);
	*accounts = 0;
	if (!(ids = arena_alloc(&a, (set->n + 1) * sizeof(*ids)))) {
		row_oom(e);
		goto out;
	}
	for (size_t k = 0; k < set->n; k++) {
		const struct carry_rows *r = &set->tables[k];
		const struct carry_table *t = r->t;
		bool audit = strcmp(t->name, "audit") == 0, has_key = false;
		struct buf sql;
		if (!(ids[k] = arena_alloc(&a, (r->n + 1) * sizeof(**ids)))) {
			row_oom(e);
			goto out;
		}
		buf_init(&sql, 0);
		buf_printf(&sql, "INSERT INTO %s (tenant_id", t->name);
		for (size_t c = 0; c < r->n_cols; c++)
			if (t->cols[c].kind != CK_KEY && t->cols[c].kind != CK_OMIT)
				buf_printf(&sql, ", %s", t->cols[c].name);
			else if (t->cols[c].kind == CK_KEY)
				has_key = true;
		buf_puts(&sql, ") VALUES (?");
		for (size_t c = 0; c < r->n_cols; c++)
			if (t->cols[c].kind != CK_KEY && t->cols[c].kind != CK_OMIT)
				buf_puts(&sql, ", ?");
		buf_puts(&sql, has_key ? ") RETURNING id" : ")");
		for (size_t row = 0; row < r->n; row++) {
			const struct carry_value *v = &r->v[row * r->n_cols];
			if (audit) {
				if (save_audit(db, tenant, r, row, &ids[k][row], e) < 0)
					goto fail_sql;
				continue;
			}
			struct db_stmt *st;
			if (db_prepare(db, sql.data, &st, e) < 0)
				goto fail_sql;
			db_bind_int(st, 1, tenant);
			int p = 2;
			for (size_t c = 0; c < r->n_cols; c++) {
				const struct carry_col *col = &t->cols[c];
				int64_t x = v[c].i;
				if (col->kind == CK_KEY || col->kind == CK_OMIT)
					continue;
				if (v[c].null) {
					db_bind_null(st, p++);
					continue;
				}
				if (col->kind == CK_SYSTEM) {
					if (x < 1 || (size_t)x > reg->n_systems) {
						db_finalize(st);
						bad(e, t, row, col->name, N_("ikke noe slikt system i ROS-delen."));
						goto fail_sql;
					}
					x = reg->systems[x - 1].id;
				} else if (col->kind == CK_REF || col->kind == CK_OWNER || col->kind == CK_AUDIT) {
					bool ref = col->kind != CK_AUDIT;
					int rt = find_table(set, ref ? col->ref : "audit");
					size_t nr = rt >= 0 ? set->tables[rt].n : 0;
					/* a row of an earlier table, or an earlier row of this one */
					bool before = rt < (int)k || (rt == (int)k && ref && (size_t)x <= row);
					if (rt < 0 || !before || x < (ref ? 1 : 0) || (size_t)x > nr) {
						db_finalize(st);
						bad(e, t, row, col->name, N_("viser til en rad som ikke finnes."));
						goto fail_sql;
					}
					x = x ? ids[rt][x - 1] : 0;
				}
				if (carry_is_int(col->kind))
					db_bind_int(st, p++, x);
				else
					db_bind_text(st, p++, col->kind == CK_OBJECT ? object_map(&a, v[c].s, reg, true) : v[c].s);
			}
			enum db_step s = db_step(st, e);
			ids[k][row] = has_key && s == DB_ROW ? db_col_int(st, 0) : 0;
			if (has_key && s == DB_ROW)
				s = db_step(st, e);
			bool taken = s == DB_ERROR && db_last_was_unique_violation(st);
			db_finalize(st);
			if (s != DB_DONE) {
				char why[sizeof(e->msg)];
				snprintf(why, sizeof(why), "%s", e->msg);
				if (taken)
					err_set(e, "records.%s nr. %zu: finnes fra før i denne installasjonen (en konto som "
						"finnes, gis en rolle med user grant). Ingenting er endret.", t->name, row + 1);
				else
					err_set(e, "records.%s nr. %zu: %s", t->name, row + 1, why);
				goto fail_sql;
			}
		}
		if (strcmp(t->name, "app_user") == 0)
			*accounts = r->n;
		buf_release(&sql);
		/* a file from before memberships: each account it brings works here, in its role */
		if (strcmp(t->name, "membership") == 0 && r->absent && old_accounts(db, tenant, e) < 0)
			goto out;
		continue;
fail_sql:
		buf_release(&sql);
		goto out;
	}
	rc = 0;
out:
	arena_release(&a);
	return rc;
}

int store_carry_schema(struct db *db, struct arena *a, const char ***names, size_t *n, struct err *e)
{
	struct db_stmt *st;
	size_t cap = 0;
	enum db_step s;
	*names = NULL;
	*n = 0;
	if (db_prepare(db, db_kind(db) == DB_SQLITE
		       ? "SELECT m.name, p.name FROM sqlite_master AS m, pragma_table_info(m.name) AS p "
			 "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' ORDER BY m.name, p.cid"
		       : "SELECT table_name, column_name FROM information_schema.columns "
			 "WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position", &st, e) < 0)
		return -1;
	while ((s = db_step(st, e)) == DB_ROW) {
		const char **slot = arena_push(a, (void **)names, n, &cap, sizeof(*slot));
		if (!slot || !(*slot = arena_printf(a, "%s.%s", db_col_text(st, 0), db_col_text(st, 1)))) {
			db_finalize(st);
			return row_oom(e);
		}
	}
	db_finalize(st);
	return s == DB_DONE ? 0 : -1;
}
