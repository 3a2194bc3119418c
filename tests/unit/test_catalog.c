/* Unit tests: reading catalogs (beredt format and OSCAL), and refusing bad ones. */
#include "test.h"

#include <string.h>

#include "io/catalog_json.h"
#include "model/text.h"
#include "util/embed.h"

static struct arena a;
static struct err e;

static int parse(const char *json, struct catalog **c)
{
	return catalog_json_parse(&a, json, strlen(json), "test.json", NULL, c, &e);
}

static void beredt_format(void **state)
{
	(void)state;
	struct catalog *c;
	assert_int_equal(parse("{\"format\":\"beredt-catalog/1\",\"id\":\"x\",\"version\":\"1\","
			       "\"title\":{\"nb\":\"Tittel\",\"en\":\"Title\"},\"groups\":[{\"id\":\"g\","
			       "\"title\":\"Gruppe\",\"items\":[{\"id\":\"a\",\"title\":{\"nb\":\"A\"},"
			       "\"question\":{\"nb\":\"Spørsmål?\",\"en\":\"Question?\"},"
			       "\"mappings\":[\"nsm:2.6\"]}]}]}", &c), 0);
	assert_string_equal(c->id, "x");
	assert_int_equal(c->n_groups, 1);
	assert_int_equal(c->n_items, 1);
	assert_string_equal(text2_get(&c->items[0].question, LANG_EN), "Question?");
	assert_string_equal(text2_get(&c->items[0].title, LANG_EN), "A");   /* falls back to nb */
	assert_int_equal(c->items[0].n_mappings, 1);
	assert_string_equal(c->items[0].mappings[0], "nsm:2.6");
}

/* the search box's comparison: case aside, Norwegian capitals too */
static void text_search(void **state)
{
	(void)state;
	assert_true(text_holds("Active Directory", "directory"));
	assert_true(text_holds("ØKONOMISYSTEM", "økonomi"));
	assert_true(text_holds("Skole-PC-er på Åsen", "åsen"));
	assert_true(text_holds("x", ""));
	assert_false(text_holds("Active Directory", "entra"));
	assert_false(text_holds(NULL, "a"));
}

static void duplicate_ids_refused(void **state)
{
	(void)state;
	struct catalog *c;
	assert_int_equal(parse("{\"format\":\"beredt-catalog/1\",\"id\":\"x\",\"groups\":[{\"id\":\"g\","
			       "\"items\":[{\"id\":\"a\",\"title\":\"A\"},{\"id\":\"a\",\"title\":\"B\"}]}]}",
			       &c), -1);
	assert_non_null(strstr(e.msg, "«a» to ganger"));
	assert_int_equal(parse("{\"format\":\"beredt-catalog/1\",\"id\":\"x\",\"groups\":[{\"id\":\"g\","
			       "\"items\":[{\"id\":\"a\",\"title\":\"A\"}]},{\"id\":\"g\",\"items\":[]}]}",
			       &c), -1);
	assert_non_null(strstr(e.msg, "gruppe-id-en «g» to ganger"));
}

static void duplicate_keys_refused(void **state)
{
	(void)state;
	struct catalog *c;
	assert_int_equal(parse("{\"format\":\"beredt-catalog/1\",\"id\":\"x\",\"id\":\"y\",\"groups\":[]}",
			       &c), -1);
	assert_non_null(strstr(e.msg, "duplicate"));
}

static void malformed_and_truncated(void **state)
{
	(void)state;
	struct catalog *c;
	assert_int_equal(parse("{\"format\":\"beredt-catalog/1\",\"id\":\"x\",\"gro", &c), -1);
	assert_non_null(strstr(e.msg, "linje 1"));
	assert_int_equal(parse("[]", &c), -1);
	assert_int_equal(parse("{\"format\":\"other/2\"}", &c), -1);
	assert_non_null(strstr(e.msg, "ukjent katalogformat"));
	assert_int_equal(parse("{\"format\":\"beredt-catalog/1\",\"id\":\"x\",\"groups\":[{\"id\":\"g\","
			       "\"items\":[{\"title\":\"no id\"}]}]}", &c), -1);
	assert_int_equal(parse("{\"format\":\"beredt-catalog/1\",\"id\":\"x\",\"groups\":[{\"id\":\"g\","
			       "\"items\":[]}]}", &c), -1);
	assert_non_null(strstr(e.msg, "ingen tiltak"));
}

static void oscal_nested(void **state)
{
	(void)state;
	struct catalog *c;
	assert_int_equal(parse(
		"{\"catalog\":{\"uuid\":\"u\",\"metadata\":{\"title\":\"NSM Grunnprinsipper 2.1\","
		"\"version\":\"2.1\"},\"groups\":[{\"id\":\"g1\",\"title\":\"Identifisere\","
		"\"controls\":[{\"id\":\"1.1\",\"title\":\"Kartlegg\",\"parts\":[{\"name\":\"statement\","
		"\"prose\":\"Gjør dette.\",\"parts\":[{\"name\":\"item\",\"prose\":\"Og dette.\"}]},"
		"{\"name\":\"guidance\",\"prose\":\"Fordi.\"}],\"controls\":[{\"id\":\"1.1.1\","
		"\"title\":\"Under\"}]}],\"groups\":[{\"id\":\"g2\",\"title\":\"Under\",\"controls\":"
		"[{\"id\":\"2.1\",\"title\":\"X\"}]}]}],\"controls\":[{\"id\":\"top\",\"title\":\"T\"}]}}",
		&c), 0);
	assert_string_equal(c->id, "nsm-grunnprinsipper-2-1");
	assert_string_equal(c->format, "oscal");
	assert_int_equal(c->n_groups, 3);
	assert_int_equal(c->n_items, 4);
	const struct catalog_item *it = catalog_item_find(c, "1.1");
	assert_non_null(it);
	assert_string_equal(it->question.nb, "Gjør dette.\n\nOg dette.");
	assert_string_equal(it->why.nb, "Fordi.");
	assert_string_equal(catalog_item_find(c, "1.1.1")->parent_id, "1.1");
	assert_string_equal(catalog_item_find(c, "2.1")->group_id, "g2");
	assert_string_equal(catalog_item_find(c, "top")->group_id, "uten-gruppe");
}

static void shipped_catalog_is_complete(void **state)
{
	(void)state;
	/* The 15 KS measures in five areas, each with question, why and evidence in both
	 * languages; read from the source tree. */
	struct catalog *c = NULL;
	for (const struct embedded_file *f = embedded_catalogs; f->name; f++)
		if (strcmp(f->name, "ks-2021.json") == 0)
			assert_int_equal(catalog_json_parse(&a, f->data, f->len, f->name, NULL, &c, &e), 0);
	assert_non_null(c);
	static const char *const ids[] = { "1a", "1b", "2a", "2b", "2c", "3a", "3b", "3c", "3d",
					   "4a", "4b", "4c", "4d", "5a", "5b" };
	assert_int_equal(c->n_items, 15);
	assert_int_equal(c->n_groups, 5);
	for (size_t i = 0; i < 15; i++) {
		const struct catalog_item *it = catalog_item_find(c, ids[i]);
		assert_non_null(it);
		assert_non_null(it->question.nb);
		assert_non_null(it->question.en);
		assert_non_null(it->why.nb);
		assert_non_null(it->why.en);
		assert_non_null(it->evidence.nb);
		assert_non_null(it->evidence.en);
		assert_true(it->n_mappings >= 1);
		for (size_t m = 0; m < it->n_mappings; m++)
			assert_int_equal(strncmp(it->mappings[m], "nsm-grunnprinsipper:", 20), 0);
	}
}

int main(void)
{
	arena_init(&a, 0);
	err_init(&e, LANG_NB);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(beredt_format),
		cmocka_unit_test(text_search),
		cmocka_unit_test(duplicate_ids_refused),
		cmocka_unit_test(duplicate_keys_refused),
		cmocka_unit_test(malformed_and_truncated),
		cmocka_unit_test(oscal_nested),
		cmocka_unit_test(shipped_catalog_is_complete),
	};
	int rc = cmocka_run_group_tests_name("catalog", tests, NULL, NULL);
	arena_release(&a);
	return rc;
}
