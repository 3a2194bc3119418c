/* tenant.h: a municipality (kommune), the unit every municipal record belongs to. */
#ifndef BEREDT_TENANT_H
#define BEREDT_TENANT_H

#include <stdbool.h>
#include <stdint.h>

#include "util/err.h"

struct tenant {
	int64_t id;             /* database key; never shown, never exported */
	const char *kommunenr;  /* the public code: 4 digits, county-checked, or a cooperation's id */
	const char *name;
	const char *orgnr;      /* 9 digits, modulus-11 checked */
	const char *created_at; /* UTC timestamp */
	bool cooperation;       /* an IT cooperation serving member municipalities */
};

/* One municipality's time in a cooperation: left_at NULL while it lasts. */
struct coop_member {
	struct tenant member;
	const char *joined_at;
	const char *left_at;
};

/* Check the code (kommunenummer, or a cooperation's id), name and organisasjonsnummer; -1
 * names the first bad field. */
int tenant_check(const struct tenant *t, struct err *e);

/* A tenant's public code as typed (--kommune, a switch): a kommunenummer or a cooperation's id. */
int tenant_check_code(const char *code, struct err *e);

#endif
