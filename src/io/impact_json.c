/* io/impact_json.c: see impact_json.h. */
#include "io/impact_json.h"

#include "model/ros.h"

/* Hours; null for unknown (ROS_UNKNOWN, ROS_REC_UNKNOWN). */
static json_t *hours(int32_t h)
{
	return h < 0 || h == ROS_REC_UNKNOWN ? json_null() : json_integer(h);
}

json_t *impact_json(const struct impact_result *r)
{
	json_t *services = json_array();
	for (size_t i = 0; i < r->n; i++) {
		const struct impact_service *s = &r->services[i];
		json_array_append_new(services, r->untrusted
			? json_pack("{s:s, s:i, s:b, s:b}", "service", s->name, "criticality", s->criticality,
				    "personal_data", s->personal_data, "special_categories", s->special_categories)
			: json_pack("{s:s, s:i, s:o, s:o, s:o}", "service", s->name, "criticality", s->criticality,
				    "recovery_hours", hours(s->recovery), "max_downtime_hours", hours(s->mtd_hours),
				    "exceeded_hours", s->exceeded < 0 ? json_null() : json_integer(s->exceeded)));
	}
	return json_pack("{s:s, s:i, s:b, s:o}", "mode", r->untrusted ? "untrusted" : "unavailable", "failed",
			 (int)r->n_failed, "cycles", r->cycles, "services", services);
}
