/* store/dataset.h: one municipality's whole record, read or written at once. */
#ifndef BEREDT_STORE_DATASET_H
#define BEREDT_STORE_DATASET_H

#include "db/db.h"
#include "util/err.h"
#include "model/dataset.h"
#include "store/stamp.h"
#include "util/arena.h"

/* Read everything of the municipality with this kommunenummer into the arena. */
MUST_CHECK int store_dataset_load(struct db *db, struct arena *a, const char *kommunenr,
		       struct dataset *out, struct err *e);

/* Store a dataset (checked with dataset_check) as a new municipality, in one
 * transaction: all of it or, on any error, nothing. The catalogs its rounds use must
 * exist. Its history is replayed without audit entries of its own; its audit trail is
 * appended to this installation's chain as it was, and the import itself is one entry of
 * the installation's, by 'by'. *accounts: how many accounts came, without passwords or
 * two-factor (each must enrol again). */
MUST_CHECK int store_dataset_save(struct db *db, const struct dataset *d, const struct store_stamp *by, size_t *accounts,
		       struct err *e);

#endif
