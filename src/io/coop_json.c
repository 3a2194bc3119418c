/* io/coop_json.c: see coop_json.h. */
#include "io/coop_json.h"

#include "io/json_date.h"
#include "model/ros.h"
#include "util/date.h"

static json_t *hours(int32_t h)
{
	return h < 0 || h == ROS_REC_UNKNOWN ? json_null() : json_integer(h);
}

static json_t *percent(int p)
{
	return p < 0 ? json_null() : json_integer(p);
}

json_t *coop_overview_json(const struct coop_row *rows, size_t n, enum lang lang)
{
	json_t *arr = json_array();
	for (size_t i = 0; i < n; i++) {
		const struct coop_row *r = &rows[i];
		json_t *o = json_pack("{s:s, s:s, s:b}", "kommunenr", r->member.kommunenr, "name", r->member.name,
				      "has_round", r->have);
		if (r->have) {
			json_t *areas = json_array();
			for (size_t g = 0; g < r->catalog->n_groups; g++)
				json_array_append_new(areas, json_pack("{s:s, s:s, s:o}", "id", r->catalog->groups[g].id,
						      "title", text2_get(&r->catalog->groups[g].title, lang), "readiness",
						      percent(r->areas[g].percent)));
			json_object_set_new(o, "readiness", percent(r->overall.percent));
			json_object_set_new(o, "areas", areas);
			json_object_set_new(o, "overdue_actions", json_integer((json_int_t)r->overdue));
			json_object_set_new(o, "critical_high_findings", json_integer((json_int_t)r->critical_high));
			json_object_set_new(o, "kit_age_days", r->kit_age_days < 0 ? json_null() : json_integer(r->kit_age_days));
			json_object_set_new(o, "last_exercise", io_json_date(r->last_exercise));
			json_object_set_new(o, "round", json_string(r->round_state));
		}
		json_array_append_new(arr, o);
	}
	return arr;
}

json_t *coop_impact_json(const struct coop_impact *r)
{
	json_t *members = json_array(), *services = json_array();
	bool untrusted = r->untrusted, cycles = false;
	for (size_t k = 0; k < r->n_members; k++) {
		cycles |= r->results[k].cycles;
		json_array_append_new(members, json_pack("{s:s, s:s, s:i}", "kommunenr", r->members[k].kommunenr, "name",
							 r->members[k].name, "services", (int)r->results[k].n));
	}
	for (size_t i = 0; i < r->n; i++) {
		const struct coop_hit *h = &r->hits[i];
		json_t *o = json_pack("{s:i, s:s, s:s, s:s, s:i}", "order", (int)i + 1, "kommunenr", h->member->kommunenr,
				      "kommune", h->member->name, "service", h->s.name, "criticality", h->s.criticality);
		if (untrusted) {
			json_object_set_new(o, "personal_data", json_boolean(h->s.personal_data));
			json_object_set_new(o, "special_categories", json_boolean(h->s.special_categories));
		} else {
			json_object_set_new(o, "recovery_hours", hours(h->s.recovery));
			json_object_set_new(o, "max_downtime_hours", hours(h->s.mtd_hours));
			json_object_set_new(o, "exceeded_hours", h->s.exceeded < 0 ? json_null() : json_integer(h->s.exceeded));
		}
		json_array_append_new(services, o);
	}
	return json_pack("{s:s, s:b, s:o, s:o}", "mode", untrusted ? "untrusted" : "unavailable", "cycles", cycles,
			 "members", members, "services", services);
}
