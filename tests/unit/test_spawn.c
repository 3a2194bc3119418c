/* test_spawn.c: a helper program (util/spawn.c) gets nothing of ours it does not need: no
 * descriptor beyond its standard three, no way to gain privileges, no network socket under
 * the helper's filter, no program started under the sender's (util/sandbox.h), and it is
 * stopped at its limits. */
#include "test.h"

#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include "util/spawn.h"

static const struct spawn_limits lim = { .timeout_ms = 5000, .max_output = 65536, .max_memory = (size_t)512 << 20,
					 .max_cpu_seconds = 5 };

static void run(char *const argv[], struct buf *out, int want_rc)
{
	struct err e;
	err_init(&e, LANG_NB);
	buf_init(out, 0);
	assert_int_equal(spawn_run(argv, NULL, 0, &lim, out, &e), want_rc);
	assert_int_equal(buf_putc(out, '\0'), 0);
}

static void no_descriptor_of_ours(void **state)
{
	(void)state;
	/* one left open without close-on-exec, as a library might */
	int fd = open("/dev/null", O_RDONLY);
	assert_true(fd > 2);
	struct buf out;
	char ls[] = "ls", dir[] = "/proc/self/fd";
	char *const argv[] = { ls, dir, NULL };
	run(argv, &out, 0);
	/* ls's own: the three standard ones and the directory it reads */
	assert_string_equal(out.data, "0\n1\n2\n3\n");
	buf_release(&out);
	close(fd);
}

static void no_new_privileges(void **state)
{
	(void)state;
	struct buf out;
	char grep[] = "grep", what[] = "NoNewPrivs", file[] = "/proc/self/status";
	char *const argv[] = { grep, what, file, NULL };
	run(argv, &out, 0);
	assert_non_null(strstr(out.data, "NoNewPrivs:\t1"));
	buf_release(&out);
}

static int run_under(enum sandbox_kind k, char *const argv[])
{
	struct spawn_limits l = lim;
	struct err e;
	struct buf out;
	l.sandbox = k;
	l.max_memory = 0;   /* python3 may be built with a large address space */
	err_init(&e, LANG_NB);
	buf_init(&out, 0);
	int rc = spawn_run(argv, NULL, 0, &l, &out, &e);
	buf_release(&out);
	return rc;
}

static void a_helper_opens_no_socket(void **state)
{
	(void)state;
	char py[] = "python3", c[] = "-c", code[] = "import socket; socket.socket()";
	char *const argv[] = { py, c, code, NULL };
	assert_int_equal(run_under(SANDBOX_NONE, argv), 0);      /* it can, unfiltered */
	assert_int_equal(run_under(SANDBOX_HELPER, argv), -1);   /* EPERM under the filter */
}

static void a_sender_starts_no_program(void **state)
{
	(void)state;
	char tru[] = "true";
	char *const argv[] = { tru, NULL };
	assert_int_equal(run_under(SANDBOX_HELPER, argv), 0);
	/* the sender's filter forbids execve: even its own start is refused */
	assert_int_equal(run_under(SANDBOX_SENDER, argv), -1);
}

static void stopped_at_its_time(void **state)
{
	(void)state;
	struct spawn_limits quick = lim;
	struct err e;
	struct buf out;
	char sleep_[] = "sleep", ten[] = "10";
	char *const argv[] = { sleep_, ten, NULL };
	quick.timeout_ms = 200;
	err_init(&e, LANG_NB);
	buf_init(&out, 0);
	assert_int_equal(spawn_run(argv, NULL, 0, &quick, &out, &e), -1);
	assert_true(e.msg[0] != '\0');
	buf_release(&out);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(no_descriptor_of_ours),
		cmocka_unit_test(no_new_privileges),
		cmocka_unit_test(a_helper_opens_no_socket),
		cmocka_unit_test(a_sender_starts_no_program),
		cmocka_unit_test(stopped_at_its_time),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
