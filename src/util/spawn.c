/* spawn.c: see spawn.h. */
#include "util/spawn.h"

#include "util/sandbox.h"

#include <errno.h>
#include <stdbool.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static long now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000L + ts.tv_nsec / 1000000L;
}

/* The program's full path from PATH, found before forking: in the child of a threaded
 * process only async-signal-safe calls are allowed, and execvp's search is not one. */
static int find(const char *name, const char *dirs, char *path, size_t n)
{
	if (strchr(name, '/'))
		return snprintf(path, n, "%s", name) < (int)n && access(path, X_OK) == 0 ? 0 : -1;
	for (const char *d = dirs ? dirs : "/usr/bin:/bin"; *d;) {
		size_t len = strcspn(d, ":");
		if (snprintf(path, n, "%.*s/%s", (int)len, d, name) < (int)n && access(path, X_OK) == 0)
			return 0;
		d += len + (d[len] == ':');
	}
	return -1;
}

static int pipe_cloexec(int fd[2])
{
	if (pipe(fd) < 0)
		return -1;
	fcntl(fd[0], F_SETFD, FD_CLOEXEC);
	fcntl(fd[1], F_SETFD, FD_CLOEXEC);
	return 0;
}

/* spawn_run with the filter sb (prepared; may be empty). */
static int run(char *const argv[], const char *path, const char *input, size_t input_len,
	       const struct spawn_limits *lim, const struct sandbox *sb, struct buf *out, struct err *e)
{
	int in[2], outp[2], status = 0;
	if (pipe_cloexec(in) < 0)
		return err_set(e, "Kan ikke starte %s: %s.", argv[0], strerror(errno));
	if (pipe_cloexec(outp) < 0) {
		close(in[0]);
		close(in[1]);
		return err_set(e, "Kan ikke starte %s: %s.", argv[0], strerror(errno));
	}
	pid_t pid = fork();
	if (pid < 0) {
		close(in[0]);
		close(in[1]);
		close(outp[0]);
		close(outp[1]);
		return err_set(e, "Kan ikke starte %s: %s.", argv[0], strerror(errno));
	}
	if (pid == 0) {
		/* the child: limits first, then the program; only async-signal-safe calls */
		struct rlimit as = { lim->max_memory, lim->max_memory };
		struct rlimit cpu = { (rlim_t)lim->max_cpu_seconds, (rlim_t)lim->max_cpu_seconds };
		struct rlimit core = { 0, 0 };
		if (lim->max_memory)
			setrlimit(RLIMIT_AS, &as);
		setrlimit(RLIMIT_CPU, &cpu);
		setrlimit(RLIMIT_CORE, &core);
		dup2(in[0], 0);
		dup2(outp[1], 1);
		int devnull = open("/dev/null", O_WRONLY);
		if (devnull >= 0)
			dup2(devnull, 2);
		/* nothing of ours beyond the three standard descriptors (no database handle, no
		 * listening socket, whatever lacks close-on-exec), and no gaining privileges
		 * through a set-uid program; close_range by its system call number, a plain
		 * async-signal-safe call */
		syscall(SYS_close_range, 3U, ~0U, 0U);
		prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
		if (sb->prog.filter && sandbox_enter(sb) < 0)
			_exit(126);
		execv(path, argv);
		_exit(127);
	}
	close(in[0]);
	close(outp[1]);
	fcntl(in[1], F_SETFL, O_NONBLOCK);
	size_t written = 0;
	bool in_open = true, too_much = false, timed_out = false;
	long deadline = now_ms() + lim->timeout_ms;
	char chunk[16384];
	for (;;) {
		struct pollfd p[2] = { { outp[0], POLLIN, 0 }, { in_open ? in[1] : -1, POLLOUT, 0 } };
		long left = deadline - now_ms();
		if (left <= 0) {
			timed_out = true;
			break;
		}
		if (poll(p, 2, (int)left) < 0 && errno != EINTR)
			break;
		if (in_open && (p[1].revents & (POLLOUT | POLLERR | POLLHUP))) {
			ssize_t w = written < input_len ? write(in[1], input + written, input_len - written) : 0;
			if (w > 0)
				written += (size_t)w;
			if (written == input_len || (w < 0 && errno != EAGAIN)) {
				close(in[1]);
				in_open = false;
			}
		}
		if (p[0].revents & (POLLIN | POLLHUP | POLLERR)) {
			ssize_t r = read(outp[0], chunk, sizeof(chunk));
			if (r <= 0)
				break;
			if (out->len + (size_t)r > lim->max_output || buf_append(out, chunk, (size_t)r) < 0) {
				too_much = true;
				break;
			}
		}
	}
	if (in_open)
		close(in[1]);
	close(outp[0]);
	if (timed_out || too_much)
		kill(pid, SIGKILL);
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	if (timed_out)
		return err_set(e, "%s brukte for lang tid og ble stoppet.", argv[0]);
	if (too_much)
		return err_set(e, "%s laget for mye utdata og ble stoppet.", argv[0]);
	if (WIFEXITED(status) && WEXITSTATUS(status) == 127)
		return err_set(e, "%s er ikke installert (Debian-pakken %s).", argv[0], lim->package ? lim->package : argv[0]);
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
		return err_set(e, "%s feilet.", argv[0]);
	return 0;
}

int spawn_run(char *const argv[], const char *input, size_t input_len,
	      const struct spawn_limits *lim, struct buf *out, struct err *e)
{
	char path[4096];
	struct sandbox sb = { 0 };
	if (find(argv[0], lim->path, path, sizeof(path)) < 0)
		return err_set(e, "%s er ikke installert (Debian-pakken %s).", argv[0], lim->package ? lim->package : argv[0]);
	if (lim->sandbox != SANDBOX_NONE && sandbox_prepare(lim->sandbox, &sb, e) < 0)
		return -1;
	int rc = run(argv, path, input, input_len, lim, &sb, out, e);
	sandbox_release(&sb);
	return rc;
}
