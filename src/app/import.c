/* app/import.c: see import.h. */
#include "app/import.h"

#include "io/ros_json.h"
#include "store/ros.h"

int import_register(struct db *db, struct arena *a, int64_t tenant, const struct import_source *src,
		    const struct store_stamp *s, struct ros_register *done, struct err *e)
{
	/* the order store_ros_import names the files in */
	static const enum ros_table order[5] = { ROS_T_VENDORS, ROS_T_SYSTEMS, ROS_T_SERVICES, ROS_T_EVENTS,
						 ROS_T_DEPENDENCIES };
	void *rows[ROS_T_COUNT] = { 0 };
	size_t n[ROS_T_COUNT] = { 0 };
	struct ros_where where[ROS_T_COUNT];
	struct ros_document doc = { 0 };
	struct ros_import im = { .json = src->json.data != NULL };
	bool any_csv = false;
	for (int t = 0; t < ROS_T_COUNT; t++)
		any_csv |= src->csv[t].data != NULL;
	if (im.json && any_csv)
		return err_set(e, "Velg enten register.json eller CSV-filer, ikke begge.");
	if (!im.json && !any_csv)
		return err_set(e, "Velg minst én fil å importere.");
	if (im.json) {
		if (ros_json_read(a, src->json.data, src->json.len, src->json.name, &doc, e) < 0)
			return -1;
		im.reg = doc.reg;
		im.deps_given = doc.given[ROS_T_DEPENDENCIES];
		im.scales = doc.has_scales ? &doc.scales : NULL;
		for (int k = 0; k < 5; k++)
			im.names[k] = src->json.name;
	} else {
		for (int t = 0; t < ROS_T_COUNT; t++) {
			const struct import_text *x = &src->csv[t];
			if (x->data && ros_csv_read_where(a, (enum ros_table)t, x->data, x->len, x->name, &rows[t], &n[t],
							  &where[t], e) < 0)
				return -1;
		}
		ros_rows_register(rows, n, &im.reg);
		im.deps_given = src->csv[ROS_T_DEPENDENCIES].data != NULL;
		im.where[4] = im.deps_given ? &where[ROS_T_DEPENDENCIES] : NULL;
		for (int k = 0; k < 5; k++)
			im.names[k] = src->csv[order[k]].name;
	}
	if (store_ros_import(db, tenant, &im, s, e) < 0)
		return -1;
	if (done)
		*done = im.reg;
	return 0;
}
