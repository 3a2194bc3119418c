/* tenant.c: see tenant.h. */
#include "model/tenant.h"

#include "util/valid.h"

int tenant_check(const struct tenant *t, struct err *e)
{
	if ((t->cooperation ? valid_coop_id(t->kommunenr, e) : valid_kommunenr(t->kommunenr, e)) < 0 ||
	    valid_orgnr(t->orgnr, e) < 0)
		return -1;
	const char *field = t->cooperation ? i18n_tr(e->lang, "Samarbeidets navn") : i18n_tr(e->lang, "Kommunenavn");
	return valid_text(field, t->name, VALID_NAME_MAX, false, true, e);
}

int tenant_check_code(const char *code, struct err *e)
{
	if (code && code[0] >= 'a' && code[0] <= 'z')
		return valid_coop_id(code, e);
	return valid_kommunenr(code, e);
}
