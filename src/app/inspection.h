/* app/inspection.h: the inspection pack for the County Governor's (Statsforvalteren)
 * supervision of the municipality's preparedness duty: the overall ROS, the contingency
 * plan and its revisions, the exercises and their evaluation, the approvals, and the files
 * attached as evidence (their bytes, to embed in the PDF). One use case for the CLI's report
 * --kind tilsyn and the report page. */
#ifndef BEREDT_APP_INSPECTION_H
#define BEREDT_APP_INSPECTION_H

#include "app/prep_docs.h"
#include "model/report.h"
#include "store/prep.h"

/* What the pack embeds at most, all files together: past it a file is listed, not embedded. */
#define INSPECTION_EMBED_MAX ((size_t)24 << 20)   /* within the request arena (LIMIT_REQ_ARENA) */

struct inspection_file {
	struct attachment meta;
	const char *content;      /* its bytes when embedded, else NULL */
};

struct inspection {
	struct report rep;                       /* the round, the ROS, the approvals */
	struct prep_all prep;
	struct prep_version_info *plan_versions; /* newest first, people by name */
	size_t n_plan_versions;
	struct round *rounds;                    /* newest first, people by name */
	size_t n_rounds;
	struct action *actions;                  /* what the lessons became */
	size_t n_actions;
	struct inspection_file *files;           /* the live attachments, oldest first */
	size_t n_files, n_embedded;
};

/* Gather the pack of tenant t (which must outlive *out) at today/now (arena). */
int inspection_run(struct db *db, struct arena *a, const struct tenant *t, int32_t today, const char *now,
		   struct inspection *out, struct err *e);

#endif
