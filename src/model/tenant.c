/* tenant.c: see tenant.h. */
#include "model/tenant.h"

#include "util/valid.h"

int tenant_check(const struct tenant *t, struct err *e)
{
	if (valid_kommunenr(t->kommunenr, e) < 0 || valid_orgnr(t->orgnr, e) < 0)
		return -1;
	return valid_text(i18n_tr(e->lang, "Kommunenavn"), t->name, VALID_NAME_MAX, false, true, e);
}
