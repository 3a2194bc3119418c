/* h_ros_record.c: one record of a ROS register in the browser: its page, saving it (new
 * or changed), removing a system, and adding or removing one dependency. The use case is
 * app/ros_edit.c, the same as the API's and the CLI's. */
#include <string.h>

#include "app/ros_edit.h"
#include "render/register_record.h"
#include "store/ros.h"
#include "web/handlers.h"
#include "web/view.h"

static const char *page_title(struct req *r, enum ros_table t, const char *name)
{
	static const char *const fresh[] = { N_("Ny tjeneste"), N_("Nytt system"), N_("Ny leverandør"), "",
					     N_("Ny uønsket hendelse") };
	return name ? name : T(fresh[t]);
}

/* The record's page: vals the form's values (NULL: the record's own), after a refusal
 * with the error and what someone else changed. */
static void record_page(struct req *r, int status, enum ros_table t, const char *name, const char *const *vals,
			const char *error, const struct ros_edit_conflict *c)
{
	struct ros_register all, own;
	struct ros_row_text o;
	const char *now[ROS_COLS_MAX] = { 0 };
	struct buf *b = &r->out;
	if (store_ros_load(r->db, r->a, r->user.tenant_id, &all, &r->err) < 0 ||
	    store_ros_load_own(r->db, r->a, r->user.tenant_id, &own, &r->err) < 0) {
		resp_store_error(r);
		return;
	}
	struct record_view v = { .table = t, .name = name, .vals = vals, .reg = &all,
				 .edit = role_allows(r->user.role, ROLE_REDAKTOR) };
	if (name) {
		long i = ros_edit_find(t, &own, name);
		if (i < 0) {
			/* the cooperation's, seen by a member: shown, not changed here */
			long s = ros_edit_find(t, &all, name);
			if (s < 0) {
				resp_error(r, 404, T("Posten finnes ikke i registeret."));
				return;
			}
			v.shared = true;
			ros_row_text(t, &all, (size_t)s, &o);
		} else {
			ros_row_text(t, &own, (size_t)i, &o);
		}
		for (size_t k = 0; k < ros_table_columns(t); k++)
			now[k] = arena_strdup(r->a, o.v[k]);
		/* the values it is opened with are those of now: a save after a refusal is
		 * checked against what the user has now seen */
		v.was = now;
		if (!vals)
			v.vals = now;
	}
	if (c && c->n) {
		v.changed = c->column;
		v.now = c->now;
		v.n_changed = c->n;
	}
	struct page_frame p = view_page(r, page_title(r, t, name), "ros");
	p.error = error;
	page_begin(b, &p);
	register_record(b, r->a, r->lang, &p, &v);
	page_end(b, &p);
	resp_html(r, status);
}

void h_ros_record(struct req *r)
{
	int t = ros_edit_table(req_query(r, "register"));
	const char *name = req_query(r, "navn");
	if (t < 0) {
		resp_error(r, 404, T("Siden finnes ikke."));
		return;
	}
	if (name && !*name)
		name = NULL;
	if (!name && !role_allows(r->user.role, ROLE_REDAKTOR)) {
		resp_error(r, 403, T("Du har ikke tilgang til dette."));
		return;
	}
	record_page(r, 200, (enum ros_table)t, name, NULL, NULL, NULL);
}

/* The form's felt-COLUMN fields of table t (a dependency's: avh-COLUMN) by column, as keys
 * and values for the use case. */
static size_t form_fields(struct req *r, enum ros_table t, const char **keys, const char **vals, bool all)
{
	size_t n = 0;
	for (size_t k = 0; k < ros_table_columns(t) && k < ROS_COLS_MAX; k++) {
		const char *col = ros_column_name(t, k, false);
		const char *v = req_field(r, arena_printf(r->a, "%s-%s", t == ROS_T_DEPENDENCIES ? "avh" : "felt", col));
		if (!v && !all)
			continue;
		keys[n] = col;
		vals[n++] = v ? v : "";
	}
	return n;
}

void h_ros_record_save(struct req *r)
{
	struct store_stamp s = req_stamp(r);
	struct ros_edit ed = { 0 };
	struct ros_edit_conflict c;
	const char *saved, *typed[ROS_COLS_MAX], *keys[ROS_COLS_MAX];
	int t = ros_edit_table(req_field(r, "register"));
	const char *was = req_field(r, "post");
	if (t < 0) {
		resp_error(r, 400, T("Skjemaet mangler registeret."));
		return;
	}
	ed.table = (enum ros_table)t;
	ed.name_was = was && *was ? was : NULL;
	ed.n = form_fields(r, ed.table, ed.keys, ed.vals, false);
	for (size_t k = 0; k < ros_table_columns(ed.table) && k < ROS_COLS_MAX; k++)
		ed.was[k] = ed.name_was ? req_field(r, arena_printf(r->a, "for-%s", ros_column_name(ed.table, k, false)))
					: NULL;
	if (ros_edit_put(r->db, r->a, r->user.tenant_id, &ed, &s, &c, &saved, &r->err) < 0) {
		/* what was typed stays in the form, by column */
		(void)form_fields(r, ed.table, keys, typed, true);
		int status = err_http_status(r->err.kind);
		if (r->err.kind == ERR_NOT_FOUND) {
			resp_error(r, status, r->err.msg);
			return;
		}
		record_page(r, status, ed.table, ed.name_was, typed, r->err.msg, &c);
		return;
	}
	req_flash(r, arena_printf(r->a, T("Lagret «%s»."), saved));
	resp_redirect(r, register_record_href(r->a, ed.table, saved));
}

void h_ros_record_remove(struct req *r)
{
	struct store_stamp s = req_stamp(r);
	const char **deps;
	size_t n = 0;
	int t = ros_edit_table(req_field(r, "register"));
	const char *name = req_field(r, "post");
	if (t < 0) {
		resp_error(r, 404, T("Siden finnes ikke."));
		return;
	}
	if (ros_edit_remove(r->db, r->a, r->user.tenant_id, (enum ros_table)t, name, &s, &deps, &n, &r->err) < 0) {
		if (r->err.kind != ERR_CONFLICT) {
			resp_store_error(r);
			return;
		}
		/* what depends on it, in words, on its own page */
		const char *msg = r->err.msg;
		for (size_t i = 0; i < n && msg; i++)
			msg = arena_printf(r->a, "%s%s %s", msg, i ? ";" : "", deps[i]);
		record_page(r, 409, (enum ros_table)t, name, NULL, msg, NULL);
		return;
	}
	req_flash(r, arena_printf(r->a, T("Fjernet «%s» fra registeret."), name));
	resp_redirect(r, "/ros");
}

/* Add or remove the dependency the form gives; back to the record it was made from. */
static void dep_change(struct req *r, bool adding)
{
	struct store_stamp s = req_stamp(r);
	const char *keys[ROS_COLS_MAX], *vals[ROS_COLS_MAX];
	int t = ros_edit_table(req_field(r, "register"));
	const char *name = req_field(r, "post");
	size_t n = form_fields(r, ROS_T_DEPENDENCIES, keys, vals, false);
	int rc = adding ? ros_edit_dep_add(r->db, r->a, r->user.tenant_id, keys, vals, n, &s, &r->err)
			: ros_edit_dep_remove(r->db, r->a, r->user.tenant_id, keys, vals, n, &s, &r->err);
	if (rc < 0) {
		if (t >= 0 && name && *name)
			record_page(r, err_http_status(r->err.kind), (enum ros_table)t, name, NULL, r->err.msg, NULL);
		else
			resp_store_error(r);
		return;
	}
	req_flash(r, adding ? T("La til avhengigheten.") : T("Fjernet avhengigheten."));
	resp_redirect(r, t >= 0 && name && *name ? register_record_href(r->a, (enum ros_table)t, name) : "/ros");
}

void h_ros_dep_add(struct req *r)
{
	dep_change(r, true);
}

void h_ros_dep_remove(struct req *r)
{
	dep_change(r, false);
}
