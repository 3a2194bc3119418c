/* tenant.h: a municipality (kommune), the unit every municipal record belongs to. */
#ifndef BEREDT_TENANT_H
#define BEREDT_TENANT_H

#include <stdint.h>

#include "util/err.h"

struct tenant {
	int64_t id;             /* database key; never shown, never exported */
	const char *kommunenr;  /* 4 digits, county-checked */
	const char *name;
	const char *orgnr;      /* 9 digits, modulus-11 checked */
	const char *created_at; /* UTC timestamp */
};

/* Check kommunenummer, name and organisasjonsnummer; -1 names the first bad field. */
int tenant_check(const struct tenant *t, struct err *e);

#endif
