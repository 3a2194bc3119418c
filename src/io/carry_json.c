/* io/carry_json.c: see carry_json.h. */
#include "io/carry_json.h"

#include <string.h>

#include "model/assess.h"
#include "util/date.h"
#include "util/i18n.h"

json_t *carry_json_write(const struct carry_set *s)
{
	json_t *root = json_object();
	for (size_t k = 0; k < s->n; k++) {
		const struct carry_rows *r = &s->tables[k];
		if (!r->n)
			continue;      /* an empty table is left out, as a file from before it reads */
		json_t *list = json_array();
		for (size_t row = 0; row < r->n; row++) {
			json_t *o = json_object();
			for (size_t c = 0; c < r->n_cols; c++) {
				const struct carry_col *col = &r->t->cols[c];
				const struct carry_value *v = &r->v[row * r->n_cols + c];
				if (col->kind == CK_OMIT)
					continue;
				json_object_set_new(o, col->name, v->null ? json_null()
						    : carry_is_int(col->kind) ? json_integer(v->i) : json_string(v->s));
			}
			json_array_append_new(list, o);
		}
		json_object_set_new(root, r->t->name, list);
	}
	return root;
}

static int bad(struct err *e, const char *origin, const char *table, size_t row, const char *key, const char *what)
{
	return err_set(e, "%s, records.%s nr. %zu, «%s»: %s Ingenting er endret.", origin, table, row + 1, key,
		       i18n_tr(e->lang, what));
}

static int read_table(struct arena *a, const struct carry_table *t, json_t *list, const char *origin,
		      struct carry_rows *out, size_t *total, struct err *e)
{
	size_t nc = carry_n_cols(t), row;
	json_t *o;
	if (!json_is_array(list))
		return err_set(e, "%s, records.%s: skal være en liste. Ingenting er endret.", origin, t->name);
	*total += json_array_size(list);
	if (*total > CARRY_RECORDS_MAX)
		return err_set(e, "%s: mer enn %d poster i records. Ingenting er endret.", origin, CARRY_RECORDS_MAX);
	*out = (struct carry_rows){ t, nc, json_array_size(list), NULL, false };
	out->v = arena_alloc(a, (out->n * nc + 1) * sizeof(*out->v));
	if (!out->v)
		return err_set(e, "Tom for minne.");
	json_array_foreach(list, row, o) {
		const char *key;
		json_t *x;
		if (!json_is_object(o))
			return bad(e, origin, t->name, row, "", N_("skal være et objekt."));
		json_object_foreach(o, key, x) {
			size_t c = 0;
			while (c < nc && (strcmp(t->cols[c].name, key) != 0 || t->cols[c].kind == CK_OMIT))
				c++;
			if (c == nc)
				return bad(e, origin, t->name, row, key, N_("ukjent felt."));
		}
		for (size_t c = 0; c < nc; c++) {
			const struct carry_col *col = &t->cols[c];
			struct carry_value *v = &out->v[row * nc + c];
			x = col->kind == CK_OMIT ? NULL : json_object_get(o, col->name);
			v->null = !x || json_is_null(x);
			if (col->kind == CK_KEY && (!json_is_integer(x) || json_integer_value(x) != (json_int_t)row + 1))
				return bad(e, origin, t->name, row, col->name,
					   arena_printf(a, i18n_tr(e->lang, "skal være %zu (radene nummereres i rekkefølge)."),
							row + 1));
			if (v->null)
				continue;
			if (carry_is_int(col->kind)) {
				if (!json_is_integer(x))
					return bad(e, origin, t->name, row, col->name, N_("skal være et heltall."));
				v->i = json_integer_value(x);
			} else if (!json_is_string(x) || !(v->s = arena_strdup(a, json_string_value(x)))) {
				return bad(e, origin, t->name, row, col->name, N_("skal være tekst."));
			} else if (strlen(v->s) != json_string_length(x)) {
				return bad(e, origin, t->name, row, col->name, N_("inneholder et NUL-tegn."));
			} else if (col->kind == CK_TIME && !date_is_timestamp(v->s)) {
				return bad(e, origin, t->name, row, col->name, N_("skal være et tidspunkt (ÅÅÅÅ-MM-DDTTT:MM:SSZ)."));
			} else if (col->kind == CK_DATE) {
				int32_t d;
				if (date_parse(v->s, &d) < 0)
					return bad(e, origin, t->name, row, col->name, N_("skal være en dato (ÅÅÅÅ-MM-DD)."));
			}
		}
	}
	return 0;
}

int carry_json_read(struct arena *a, json_t *v, const char *origin, struct carry_set *out, struct err *e)
{
	size_t nt, total = 0;
	const struct carry_table *t = carry_tables(&nt);
	const char *key;
	json_t *x;
	memset(out, 0, sizeof(*out));
	if (!json_is_object(v))
		return err_set(e, "%s: records skal være et objekt. Ingenting er endret.", origin);
	json_object_foreach(v, key, x) {
		const struct carry_table *ct = carry_table(key);
		if (!ct || ct->how != CARRY_RECORDS)
			return err_set(e, "%s: records.%s er ikke noe beredt fører med seg. Ingenting er endret.", origin,
				       key);
	}
	out->tables = arena_alloc(a, (nt + 1) * sizeof(*out->tables));
	if (!out->tables)
		return err_set(e, "Tom for minne.");
	/* in the order of carry_tables: a table after those it refers to */
	for (size_t i = 0; i < nt; i++) {
		if (t[i].how != CARRY_RECORDS)
			continue;
		json_t *list = json_object_get(v, t[i].name);
		if (!list) {
			out->tables[out->n++] = (struct carry_rows){ &t[i], carry_n_cols(&t[i]), 0, NULL, true };
			continue;
		}
		if (read_table(a, &t[i], list, origin, &out->tables[out->n], &total, e) < 0)
			return -1;
		out->n++;
	}
	return 0;
}
