/* Unit tests: the report model and the decisions it asks of the director. */
#include "test.h"

#include <string.h>

#include "model/report.h"

static struct catalog_group groups[] = { { .id = "1" } };
static struct catalog_item items[] = {
	{ .id = "1a", .group_id = "1" }, { .id = "1b", .group_id = "1" }, { .id = "1c", .group_id = "1" },
};
static struct catalog cat = { .id = "k", .groups = groups, .n_groups = 1, .items = items,
			      .n_items = 3 };
static struct tenant ten = { .kommunenr = "3499", .name = "Granheim kommune", .orgnr = "944990011" };

static size_t count(const struct report *r, enum decision_kind k)
{
	size_t n = 0;
	for (size_t i = 0; i < r->n_decisions; i++)
		n += r->decisions[i].kind == k;
	return n;
}

static void decisions_for_an_open_round(void **state)
{
	(void)state;
	struct arena a;
	struct err e;
	struct report r;
	struct round rd = { .no = 2, .catalog_id = "k", .title = "R" };
	struct answer ans[] = {
		{ .measure_id = "1a", .status = STATUS_NEI, .owner = NULL, .due = DATE_NONE },
		{ .measure_id = "1b", .status = STATUS_DELVIS, .owner = "Kari", .due = 100 },
	};
	struct action acts[] = {
		{ .no = 1, .catalog_id = "k", .measure_id = "1b", .origin = "svar", .owner = "Kari",
		  .due = 100, .status = ACTION_APEN },
		{ .no = 2, .title = "Manuell", .origin = "manuell", .due = 500, .status = ACTION_PAGAR },
		{ .no = 3, .title = "Ferdig", .origin = "manuell", .due = 50, .status = ACTION_UTFORT },
	};
	struct report_input in = { .tenant = &ten, .catalog = &cat, .round = &rd, .answers = ans,
				   .n_answers = 2, .actions = acts, .n_actions = 3, .today = 200 };
	arena_init(&a, 0);
	err_init(&e, LANG_NB);
	assert_int_equal(report_build(&a, &in, &r, &e), 0);
	assert_int_equal(count(&r, DECISION_CLOSE_ROUND), 1);
	assert_int_equal(r.decisions[0].kind, DECISION_CLOSE_ROUND);   /* most pressing first */
	assert_int_equal(count(&r, DECISION_ASSIGN_OWNER), 1);         /* 1a has no owner */
	assert_int_equal(count(&r, DECISION_SET_DEADLINE), 1);         /* 1a has no deadline */
	assert_int_equal(count(&r, DECISION_OVERDUE), 1);              /* T-1: due 100 < 200 */
	assert_int_equal(count(&r, DECISION_CLARIFY), 1);              /* 1c never answered */
	assert_int_equal(r.n_open, 2);
	assert_int_equal(r.n_overdue, 1);
	assert_int_equal(r.open[0]->no, 1);                            /* earliest deadline first */
	assert_int_equal(r.items[2].status, STATUS_UKJENT);
	assert_null(r.items[2].answer);
	assert_ptr_equal(r.items[1].action, &acts[0]);
	assert_false(r.has_prev);
	arena_release(&a);
}

static void closed_approved_round_with_previous(void **state)
{
	(void)state;
	struct arena a;
	struct err e;
	struct report r;
	struct round prev = { .no = 1, .catalog_id = "k", .closed_at = "2025-01-01T00:00:00Z",
			      .approved_at = "2025-01-02T00:00:00Z" };
	struct round rd = { .no = 2, .catalog_id = "k", .closed_at = "2026-01-01T00:00:00Z",
			    .approved_at = "2026-01-02T00:00:00Z" };
	struct answer p[] = { { .measure_id = "1a", .status = STATUS_NEI } };
	struct answer now[] = {
		{ .measure_id = "1a", .status = STATUS_JA },
		{ .measure_id = "1b", .status = STATUS_JA },
		{ .measure_id = "1c", .status = STATUS_NEI, .owner = "Per", .due = 900 },
	};
	struct action acts[] = {
		{ .no = 1, .catalog_id = "k", .measure_id = "1c", .origin = "svar", .status = ACTION_AVVIST,
		  .reason = "Akseptert", .due = 900 },
	};
	struct report_input in = { .tenant = &ten, .catalog = &cat, .round = &rd, .answers = now,
				   .n_answers = 3, .prev_round = &prev, .prev_answers = p,
				   .n_prev_answers = 1, .actions = acts, .n_actions = 1, .today = 200 };
	arena_init(&a, 0);
	err_init(&e, LANG_NB);
	assert_int_equal(report_build(&a, &in, &r, &e), 0);
	assert_int_equal(count(&r, DECISION_CLOSE_ROUND) + count(&r, DECISION_APPROVE_ROUND), 0);
	assert_int_equal(count(&r, DECISION_ACCEPT_RISK), 1);
	assert_true(r.has_prev);
	assert_int_equal(r.prev_overall.percent, 0);   /* 1a nei, rest unanswered */
	assert_int_equal(r.overall.percent, 67);       /* 4 of 6 */
	assert_int_equal(r.items[0].prev, STATUS_NEI);
	assert_int_equal(r.items[0].status, STATUS_JA);
	arena_release(&a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(decisions_for_an_open_round),
		cmocka_unit_test(closed_approved_round_with_previous),
	};
	return cmocka_run_group_tests_name("report", tests, NULL, NULL);
}
