/* Unit tests: who is told about which findings, how often delivery is retried, and what
 * the digest says. */
#include "test.h"

#include <jansson.h>
#include <string.h>

#include "model/notify.h"
#include "net/target.h"
#include "render/digest.h"
#include "util/date.h"

static struct arena a;
static struct err e;
static int32_t today;

static void targets(void **state)
{
	struct notify_target t = { .kind = NOTIFY_EPOST, .address = "it-vakt@granheim.kommune.no",
				   .min_severity = SEV_HOY };
	(void)state;
	assert_int_equal(notify_target_check(&t, &e), 0);
	/* an address that would add a header or a second receiver */
	t.address = "a@b.no\r\nBcc: x@y.no";
	assert_int_equal(notify_target_check(&t, &e), -1);
	t.address = "a@b.no, c@d.no";
	assert_int_equal(notify_target_check(&t, &e), -1);
	t.address = "ikke-en-adresse";
	assert_int_equal(notify_target_check(&t, &e), -1);
	t = (struct notify_target){ .kind = NOTIFY_WEBHOOK, .address = "https://hooks.example.no/x",
				    .secret = "0123456789abcdef", .min_severity = SEV_KRITISK };
	assert_int_equal(notify_target_check(&t, &e), 0);
	t.address = "http://hooks.example.no/x";          /* clear text to another machine */
	assert_int_equal(notify_target_check(&t, &e), -1);
	t.address = "http://127.0.0.1:8080/x";
	assert_int_equal(notify_target_check(&t, &e), 0);
	t.secret = "kort";
	assert_int_equal(notify_target_check(&t, &e), -1);
}

static void pick(void **state)
{
	struct finding f[] = {
		{ .id = 10, .no = 1, .severity = SEV_HOY, .status = FINDING_NY, .due = today + 30 },
		{ .id = 11, .no = 2, .severity = SEV_KRITISK, .status = FINDING_KVITTERT, .due = today - 1 },
		{ .id = 12, .no = 3, .severity = SEV_MIDDELS, .status = FINDING_NY, .due = today + 30 },
		{ .id = 13, .no = 4, .severity = SEV_KRITISK, .status = FINDING_RESOLVED, .due = today + 3 },
		{ .id = 14, .no = 5, .severity = SEV_HOY, .status = FINDING_PAGAR, .due = today - 2 },
	};
	struct notify_target t = { .id = 1, .kind = NOTIFY_EPOST, .address = "x@y.no", .min_severity = SEV_HOY,
				   .active = true };
	struct notify_sent sent[] = {
		{ 1, 14, NOTIFY_NY },          /* told about as new; now overdue: told again, once */
		{ 2, 10, NOTIFY_NY },          /* another receiver */
	};
	struct notify_item *it;
	size_t n;
	(void)state;
	assert_int_equal(notify_pick(&a, &t, f, 5, sent, 2, today, &it, &n, &e), 0);
	assert_int_equal(n, 3);
	assert_int_equal(f[it[0].finding].no, 2);          /* the critical one first */
	assert_int_equal(it[0].reason, NOTIFY_FORFALT);    /* overdue and never told: once, as overdue */
	assert_int_equal(f[it[1].finding].no, 1);
	assert_int_equal(it[1].reason, NOTIFY_NY);
	assert_int_equal(f[it[2].finding].no, 5);
	assert_int_equal(it[2].reason, NOTIFY_FORFALT);
	/* after they are told, nothing more */
	struct notify_sent told[] = { { 1, 11, NOTIFY_FORFALT }, { 1, 10, NOTIFY_NY }, { 1, 14, NOTIFY_FORFALT } };
	assert_int_equal(notify_pick(&a, &t, f, 5, told, 3, today, &it, &n, &e), 0);
	assert_int_equal(n, 0);
	t.active = false;
	assert_int_equal(notify_pick(&a, &t, f, 5, NULL, 0, today, &it, &n, &e), 0);
	assert_int_equal(n, 0);
}

static void backoff(void **state)
{
	(void)state;
	assert_int_equal(notify_backoff(1), 60);
	assert_int_equal(notify_backoff(2), 120);
	assert_int_equal(notify_backoff(3), 240);
	assert_int_equal(notify_backoff(9), 60 << 8);       /* about four hours before the last try */
	assert_int_equal(notify_backoff(NOTIFY_ATTEMPTS_MAX), -1);
}

static void digest(void **state)
{
	struct finding f[] = {
		{ .id = 10, .no = 1, .severity = SEV_HOY, .status = FINDING_NY, .due = today + 30, .rule = "uten-tofaktor",
		  .object_name = "Byggesak", .detail = "Eksponert mot internett med bare passord.", .owner = "Plansjef" },
		{ .id = 11, .no = 2, .severity = SEV_KRITISK, .status = FINDING_NY, .due = today - 1,
		  .rule = "risikabel-port", .object_name = "Terminalserver (10.20.0.15)",
		  .detail = "Fjernskrivebord (RDP) åpen på 10.20.0.15 port 3389/tcp." },
	};
	struct notify_item items[] = { { 1, NOTIFY_FORFALT }, { 0, NOTIFY_NY } };
	struct digest_in in = { "Granheim kommune", "3499", today, "https://beredt.granheim.no", f, items, 2 };
	struct digest d;
	(void)state;
	assert_int_equal(digest_render(&a, LANG_NB, &in, &d, &e), 0);
	assert_non_null(strstr(d.subject, "1 nye funn og 1 over fristen i Granheim kommune (verst: kritisk)"));
	assert_non_null(strstr(d.text, "Nye funn (1):\n- F-1 høy: Byggesak, Eksponert mot internett uten tofaktor"));
	assert_non_null(strstr(d.text, "Over fristen (1):\n- F-2 kritisk: Terminalserver"));
	assert_non_null(strstr(d.text, "Ansvarlig: Plansjef"));
	assert_non_null(strstr(d.text, "https://beredt.granheim.no/funn"));
	json_error_t je;
	json_t *j = json_loads(d.json, 0, &je);
	assert_non_null(j);
	assert_string_equal(json_string_value(json_object_get(j, "text")), d.text);   /* what Slack/Teams show */
	assert_int_equal(json_array_size(json_object_get(j, "findings")), 2);
	assert_string_equal(json_string_value(json_object_get(json_array_get(json_object_get(j, "findings"), 0),
							     "reason")), "forfalt");
	json_decref(j);
	assert_int_equal(digest_render(&a, LANG_EN, &in, &d, &e), 0);
}

static int setup(void **state)
{
	(void)state;
	arena_init(&a, 0);
	err_init(&e, LANG_NB);
	date_parse("2026-11-28", &today);
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	arena_release(&a);
	return 0;
}

/* A webhook's URL is a tenant's choice: each way to reach inside is refused. */
static void webhook_targets(void **state)
{
	struct net_target t;
	(void)state;
	struct notify_target reg = { .kind = NOTIFY_WEBHOOK, .address = "http://localhost:1@hooks.example.no/",
				     .secret = "0123456789abcdef", .min_severity = SEV_KRITISK };
	/* userinfo: refused at registration and at sending */
	assert_int_equal(notify_target_check(&reg, &e), -1);
	assert_non_null(strstr(e.msg, "brukernavn"));
	assert_int_equal(net_target_check("https://localhost:1@93.184.216.34/", NULL, &t, &e), -1);
	assert_non_null(strstr(e.msg, "brukernavn"));
	/* a name whose DNS answer is 127.0.0.1 (here from /etc/hosts), and loopback itself */
	assert_int_equal(net_target_check("https://localhost:9/x", NULL, &t, &e), -1);
	assert_non_null(strstr(e.msg, "intern adresse"));
	assert_int_equal(net_target_check("https://127.0.0.1:9/x", NULL, &t, &e), -1);
	assert_int_equal(net_target_check("https://[::1]:9/x", NULL, &t, &e), -1);
	/* private, link-local (the cloud metadata address), CGNAT, v4-mapped, unique local */
	assert_int_equal(net_target_check("https://10.1.2.3/x", NULL, &t, &e), -1);
	assert_int_equal(net_target_check("https://192.168.0.10/x", NULL, &t, &e), -1);
	assert_int_equal(net_target_check("https://172.20.0.1/x", NULL, &t, &e), -1);
	assert_int_equal(net_target_check("https://169.254.169.254/latest", NULL, &t, &e), -1);
	assert_int_equal(net_target_check("https://100.64.0.1/x", NULL, &t, &e), -1);
	assert_int_equal(net_target_check("https://[::ffff:127.0.0.1]/x", NULL, &t, &e), -1);
	assert_int_equal(net_target_check("https://[fd00::1]/x", NULL, &t, &e), -1);
	assert_int_equal(net_target_check("https://0.0.0.0/x", NULL, &t, &e), -1);
	/* clear text to a public address */
	assert_int_equal(net_target_check("http://93.184.216.34/x", NULL, &t, &e), -1);
	assert_non_null(strstr(e.msg, "https"));
	/* other schemes */
	assert_int_equal(net_target_check("file:///etc/passwd", NULL, &t, &e), -1);
	assert_int_equal(net_target_check("gopher://93.184.216.34/", NULL, &t, &e), -1);
	/* a public address passes, pinned to the address that was checked */
	assert_int_equal(net_target_check("https://93.184.216.34:8443/hook", NULL, &t, &e), 0);
	assert_string_equal(t.resolve, "93.184.216.34:8443:93.184.216.34");
	/* an administrator's allow list lets a listed internal address in, http too */
	assert_int_equal(net_target_check("http://127.0.0.1:9/x", "10.0.0.1, 127.0.0.1", &t, &e), 0);
	assert_string_equal(t.resolve, "127.0.0.1:9:127.0.0.1");
	assert_int_equal(net_target_check("http://127.0.0.2:9/x", "127.0.0.1", &t, &e), -1);
	assert_true(net_address_internal("127.8.9.10"));
	assert_false(net_address_internal("193.69.2.1"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(targets),
		cmocka_unit_test(webhook_targets),
		cmocka_unit_test(pick),
		cmocka_unit_test(backoff),
		cmocka_unit_test(digest),
	};
	return cmocka_run_group_tests_name("notify", tests, setup, teardown);
}
