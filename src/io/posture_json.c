/* io/posture_json.c: see posture_json.h. */
#include "io/posture_json.h"

#include <string.h>

#include "model/assess.h"
#include "model/ros.h"
#include "util/date.h"
#include "io/json_date.h"

static json_t *hours(int h)
{
	return h == ROS_UNKNOWN ? json_null() : json_integer(h);
}

json_t *posture_json(const struct posture *p, const char *system)
{
	return json_pack("{s:s, s:s, s:o, s:b, s:b, s:o, s:s, s:o, s:o, s:b, s:o, s:s, s:o, s:o, s:o}",
			 "system", system, "innlogging", posture_auth_code(p->auth),
			 "backup-timer", hours(p->backup_hours), "backup-offline", p->backup_offline,
			 "backup-eget-domene", p->backup_separate, "gjenoppretting-testet", io_json_date(p->restore_tested),
			 "gjenoppretting-resultat", posture_restore_code(p->restore_result),
			 "gjenoppretting-timer", hours(p->restore_hours), "stotte-slutt", io_json_date(p->support_end),
			 "logger", p->logs_collected,
			 "varselmottaker", p->alert_receiver ? json_string(p->alert_receiver) : json_null(),
			 "oppfolging", posture_watch_code(p->watch), "skanning", io_json_date(p->last_scan),
			 "pentest", io_json_date(p->last_pentest), "revisjon", io_json_date(p->last_audit));
}

int posture_json_apply(struct arena *a, json_t *obj, struct posture *p, struct err *e)
{
	if (!json_is_object(obj))
		return err_set(e, "Sikkerhetsprofilen må være et JSON-objekt.");
	const char *key;
	json_t *v;
	json_object_foreach(obj, key, v) {
		const char *text;
		if (strcmp(key, "system") == 0)
			continue;              /* the name it was exported with; the URL or argument says which */
		if (json_is_null(v))
			text = "";
		else if (json_is_string(v))
			text = arena_strdup(a, json_string_value(v));
		else if (json_is_boolean(v))
			text = json_is_true(v) ? "ja" : "nei";
		else if (json_is_integer(v))
			text = arena_printf(a, "%lld", (long long)json_integer_value(v));
		else
			return err_set(e, "«%.60s» har en verdi av feil type.", key);
		if (!text)
			return err_set(e, "Tom for minne.");
		if (posture_set_field(p, key, text, e) < 0)
			return -1;
	}
	return 0;
}
