/* render/findings.h: the findings page (docs/findings.md): the counts by severity, the
 * reference data's age, the median times to acknowledge and resolve, every finding with
 * the moves the user's role allows, and the nmap upload. Given their data. */
#ifndef BEREDT_RENDER_FINDINGS_H
#define BEREDT_RENDER_FINDINGS_H

#include <stdbool.h>
#include <stdint.h>

#include "model/attachment.h"
#include "model/finding.h"
#include "model/lifecycle.h"
#include "model/notify.h"
#include "render/page.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/i18n.h"

struct findings_view {
	struct arena *a;
	enum lang lang;
	const struct page_frame *pg;
	int32_t today;
	bool editor;   /* redaktør and above: acknowledge, start, resolve, set the owner, upload */
	bool leader;   /* leder: accept a risk, the settings */
	bool all;      /* also the resolved and accepted ones */
	const struct finding_filter *filter;   /* which are shown (model/finding.h) */
	const char *query;     /* the filter as a query string, for the pages' links ("" none) */
	size_t page;           /* the page of the list shown, from 0 */
	const struct attachment *files;   /* the municipality's attached files, for the links to them */
	size_t n_files;
	int group;             /* FINDINGS_GROUP_*: the list in groups under headings (sorted so by the caller) */
};

enum { FINDINGS_GROUP_NONE, FINDINGS_GROUP_RULE, FINDINGS_GROUP_SYSTEM };

/* The key a finding is grouped by: its rule's title in lang, or what it concerns. */
const char *findings_group_key(const struct finding *f, int group, enum lang lang);

#define FINDINGS_PAGE 50       /* findings on one page of the list */

/* 'f' in the order shown (open first, then by severity); fig NULL when it could not be
 * worked out. */
void findings_list(struct buf *b, const struct findings_view *v, const struct finding *f, size_t n,
		   const struct refdata_info *ref, size_t n_ref, const struct finding_figures *fig);

/* Before a finding is marked resolved that the checks still find: what they find, where to
 * change it, and the form that marks it resolved all the same (field likevel=ja). */
void findings_reopen_warning(struct buf *b, struct arena *a, enum lang lang, const struct page_frame *pg,
			     const struct finding *f, const char *detail);

/* The open findings on the cooperation's shared systems, read-only ("fixed by" coop). */
void findings_shared(struct buf *b, const struct findings_view *v, const char *coop, const struct finding *f, size_t n);

/* The settings form's fields, one per number of check_settings: the form's name of field i
 * and where its value is kept. */
#define FINDINGS_SETTINGS 9
const char *findings_settings_field(int i);
int *findings_settings_slot(struct check_settings *s, int i);
/* The settings page below its heading: the deadlines and intervals, the receivers of
 * notifications with the form to add one; 'secret', a new webhook's signing key shown this
 * once (NULL: none). */
void findings_settings(struct buf *b, struct arena *a, enum lang lang, const struct page_frame *pg,
		       const struct check_settings *shown, const struct notify_target *t, size_t n, const char *secret);

#endif
