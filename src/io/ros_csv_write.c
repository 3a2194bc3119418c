/* io/ros_csv_write.c: the registers written as CSV and as rows of text (ros_csv.h): the
 * export Excel opens, and the cells the import's format names (ros_csv.c reads them). */
#include "io/ros_csv.h"

#include <csv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/assess.h"
#include "util/date.h"

/* One quoted field. A value that a spreadsheet would take as a formula (starting with
 * = + - @, tab or carriage return) gets an apostrophe first, which makes it text. */
static void cell(struct buf *b, const char *v, bool first)
{
	if (!first)
		buf_putc(b, ';');
	if (!v)
		v = "";
	size_t n = strlen(v);
	bool formula = v[0] && strchr("=+-@\t\r", v[0]);
	size_t need = csv_write2(NULL, 0, v, n, '"');     /* with both quotes */
	char *out = malloc(need + 1);
	if (!out) {
		b->failed = true;
		return;
	}
	csv_write2(out, need, v, n, '"');
	if (formula) {
		buf_puts(b, "\"'");
		buf_append(b, out + 1, need - 1);
	} else {
		buf_append(b, out, need);
	}
	free(out);
}

static const char *hours_text(char *buf, size_t n, int h)
{
	if (h == ROS_UNKNOWN)
		return "";
	snprintf(buf, n, "%d", h);
	return buf;
}

size_t ros_row_text(enum ros_table t, const struct ros_register *r, size_t i, struct ros_row_text *o)
{
	const char **v = o->v;
	if (t == ROS_T_SERVICES) {
		const struct ros_service *s = &r->services[i];
		o->day[0] = '\0';
		if (s->fallback_tested != DATE_NONE)
			date_format(s->fallback_tested, o->day);
		snprintf(o->num[1], sizeof(o->num[1]), "%d", s->criticality);
		const char *x[] = { s->name, s->description, s->sector, s->owner, o->num[1],
				    hours_text(o->num[0], sizeof(o->num[0]), s->mtd_hours),
				    s->personal_data ? "ja" : "nei", s->special_categories ? "ja" : "nei",
				    s->fallback, o->day };
		memcpy(v, x, sizeof(x));
	} else if (t == ROS_T_SYSTEMS) {
		const struct ros_system *s = &r->systems[i];
		const char *x[] = { s->name, s->vendor, s->product, s->version, s->kind, s->hosting,
				    s->admin_domain, hours_text(o->num[0], sizeof(o->num[0]), s->rto_hours),
				    hours_text(o->num[1], sizeof(o->num[1]), s->rpo_hours), s->classification,
				    s->owner, s->internet_exposed ? "ja" : "nei", s->hosts };
		memcpy(v, x, sizeof(x));
	} else if (t == ROS_T_VENDORS) {
		const struct ros_vendor *s = &r->vendors[i];
		const char *x[] = { s->name, s->orgnr, s->support_phone, s->support_247 ? "ja" : "nei",
				    s->contract, hours_text(o->num[0], sizeof(o->num[0]), s->rto_hours) };
		memcpy(v, x, sizeof(x));
	} else if (t == ROS_T_DEPENDENCIES) {
		const struct ros_dependency *d = &r->deps[i];
		snprintf(o->num[0], sizeof(o->num[0]), "%d", d->alt_group);
		const char *x[] = { ros_node_kind_code(d->from_kind), d->from_name,
				    ros_node_kind_code(d->to_kind), d->to_name, d->kind,
				    d->alt_group ? o->num[0] : "" };
		memcpy(v, x, sizeof(x));
	} else {
		const struct ros_event *ev = &r->events[i];
		o->num[5][0] = ev->probability;
		o->num[5][1] = '\0';
		for (int k = 0; k < ROS_CONSEQUENCES; k++)
			snprintf(o->num[k], sizeof(o->num[k]), "%d", ev->consequence[k]);
		const char *x[] = { ev->title, ev->cause, o->num[5], o->num[0], o->num[1], o->num[2],
				    o->num[3], o->num[4], ev->barriers, ev->uncertainty, ev->measures };
		memcpy(v, x, sizeof(x));
	}
	size_t ncol = ros_table_columns(t);
	for (size_t k = 0; k < ncol; k++)
		if (!v[k])
			v[k] = "";
	return ncol;
}

size_t ros_table_rows(enum ros_table t, const struct ros_register *r)
{
	const size_t n[] = { [ROS_T_SERVICES] = r->n_services, [ROS_T_SYSTEMS] = r->n_systems,
			     [ROS_T_VENDORS] = r->n_vendors, [ROS_T_DEPENDENCIES] = r->n_deps,
			     [ROS_T_EVENTS] = r->n_events };
	return (unsigned)t < ROS_T_COUNT ? n[t] : 0;
}

int ros_csv_write(enum ros_table t, const struct ros_register *r, struct buf *b, struct err *e)
{
	struct ros_row_text row;
	buf_puts(b, "\xEF\xBB\xBF");
	for (size_t k = 0, n = ros_table_columns(t); k < n; k++)
		cell(b, ros_column_name(t, k, false), k == 0);
	buf_puts(b, "\r\n");
	for (size_t i = 0, n = ros_table_rows(t, r); i < n; i++) {
		size_t ncol = ros_row_text(t, r, i, &row);
		for (size_t k = 0; k < ncol; k++)
			cell(b, row.v[k], k == 0);
		buf_puts(b, "\r\n");
	}
	return b->failed ? err_set(e, "Filen ble for stor.") : 0;
}
