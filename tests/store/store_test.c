/* store_test.c: see store_test.h. */
#include "store_test.h"

#include "../unit/test.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "io/catalog_json.h"
#include "store/catalog.h"
#include "store/migrate.h"
#include "store/tenant.h"
#include "util/embed.h"

int store_test_open(const char *prefix, const struct store_stamp *s, struct db **db, struct arena *a, struct err *e,
		    const struct catalog **ks, const char **suite)
{
	const char *url = getenv("BEREDT_TEST_DB");
	int applied;
	if (!url) {
		fprintf(stderr, "BEREDT_TEST_DB is not set\n");
		return -1;
	}
	if (db_open(url, db, e) < 0 || store_migrate(*db, s->at, &applied, e) < 0) {
		fprintf(stderr, "%s\n", e->msg);
		return -1;
	}
	for (const struct embedded_file *f = embedded_catalogs; f->name; f++) {
		struct catalog *c;
		if (catalog_json_parse(a, f->data, f->len, f->name, NULL, &c, e) < 0 ||
		    store_catalog_put(*db, c, s->at, CATALOG_PUT_REPLACE, e) < 0) {
			fprintf(stderr, "%s\n", e->msg);
			return -1;
		}
		if (strcmp(c->id, "ks-2021") == 0)
			*ks = c;
	}
	*suite = arena_printf(a, "%s-%s", prefix, strncmp(url, "sqlite:", 7) == 0 ? "sqlite" : "postgresql");
	return 0;
}

int64_t store_test_count(struct db *db, struct err *e, const char *sql, int64_t tenant)
{
	struct db_stmt *st;
	assert_int_equal(db_prepare(db, sql, &st, e), 0);
	db_bind_int(st, 1, tenant);
	assert_int_equal(db_step(st, e), DB_ROW);
	int64_t n = db_col_int(st, 0);
	db_finalize(st);
	return n;
}

int64_t store_test_tenant(struct db *db, struct err *e, const struct store_stamp *s, const char *knr)
{
	struct tenant t = { .kommunenr = knr, .name = "Testkommune", .orgnr = "974760673" };
	assert_int_equal(store_tenant_add(db, &t, s, e), 0);
	return t.id;
}
