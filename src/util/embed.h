/* embed.h: files compiled into the binary (migrations, built-in catalogs).
 * Each array ends with an entry whose name is NULL. Data is NUL-terminated. */
#ifndef BEREDT_EMBED_H
#define BEREDT_EMBED_H

#include <stddef.h>

struct embedded_file {
	const char *name;
	const char *data;
	size_t len;
};

extern const struct embedded_file embedded_migrations[];
extern const struct embedded_file embedded_catalogs[];
extern const struct embedded_file embedded_static[];
extern const struct embedded_file embedded_demo[];     /* the CSV files in demo/ros */
extern const struct embedded_file embedded_demo_coop[]; /* the CSV files in demo/coop */
extern const struct embedded_file embedded_refdata[];  /* data/eol and data/kev */

#endif
