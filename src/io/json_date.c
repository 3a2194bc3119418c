/* io/json_date.c: see json_date.h. */
#include "io/json_date.h"

#include "model/assess.h"
#include "util/date.h"

json_t *io_json_date(int32_t d)
{
	char t[DATE_TEXT];
	if (d == DATE_NONE)
		return json_null();
	date_format(d, t);
	return json_string(t);
}
