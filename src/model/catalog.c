/* catalog.c: see catalog.h. */
#include "model/catalog.h"

#include <string.h>

#include "util/valid.h"

const struct catalog_item *catalog_item_find(const struct catalog *c, const char *id)
{
	for (size_t i = 0; id && i < c->n_items; i++)
		if (strcmp(c->items[i].id, id) == 0)
			return &c->items[i];
	return NULL;
}

long catalog_group_index(const struct catalog *c, const char *id)
{
	for (size_t i = 0; id && i < c->n_groups; i++)
		if (strcmp(c->groups[i].id, id) == 0)
			return (long)i;
	return -1;
}

const struct catalog_group *catalog_group_find(const struct catalog *c, const char *id)
{
	long i = catalog_group_index(c, id);
	return i < 0 ? NULL : &c->groups[i];
}

int catalog_check(const struct catalog *c, struct err *e)
{
	if (valid_id("Katalog-id", c->id, e) < 0)
		return -1;
	if (c->n_items == 0)
		return err_set(e, "Katalogen «%s» har ingen tiltak.", c->id);
	/* Quadratic on purpose: catalogs hold tens to a few thousand items, and a hash
	 * table would be more code than the check itself. */
	for (size_t i = 0; i < c->n_groups; i++) {
		if (valid_id("Gruppe-id", c->groups[i].id, e) < 0)
			return -1;
		for (size_t j = 0; j < i; j++)
			if (strcmp(c->groups[i].id, c->groups[j].id) == 0)
				return err_set(e, "Katalogen «%s» har gruppe-id-en «%s» to ganger. "
					       "Hver gruppe må ha sin egen id.", c->id, c->groups[i].id);
	}
	for (size_t i = 0; i < c->n_items; i++) {
		const struct catalog_item *it = &c->items[i];
		if (valid_id("Tiltaks-id", it->id, e) < 0)
			return -1;
		for (size_t j = 0; j < i; j++)
			if (strcmp(it->id, c->items[j].id) == 0)
				return err_set(e, "Katalogen «%s» har tiltaks-id-en «%s» to ganger. "
					       "Hvert tiltak må ha sin egen id.", c->id, it->id);
		if (catalog_group_index(c, it->group_id) < 0)
			return err_set(e, "Tiltaket «%s» viser til gruppen «%s», som ikke finnes.",
				       it->id, it->group_id ? it->group_id : "");
		if (it->parent_id) {
			bool found = false;
			for (size_t j = 0; j < i && !found; j++)
				found = strcmp(it->parent_id, c->items[j].id) == 0;
			if (!found)
				return err_set(e, "Tiltaket «%s» har forelderen «%s», som ikke står foran det.",
					       it->id, it->parent_id);
		}
		if (!*text2_get(&it->title, LANG_NB))
			return err_set(e, "Tiltaket «%s» mangler tittel.", it->id);
	}
	return 0;
}
