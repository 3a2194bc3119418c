/* sandbox.c: see sandbox.h. */
#define _GNU_SOURCE
#include "util/sandbox.h"

#include <errno.h>
#include <linux/seccomp.h>
#include <seccomp.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <unistd.h>

/* LeakSanitizer stops the process's threads with ptrace at exit: a build under ASan keeps
 * ptrace (a test build; a production build denies it). */
#if defined(__SANITIZE_ADDRESS__)
#define SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SANITIZER 1
#endif
#endif
#ifdef SANITIZER
#define PTRACE
#else
#define PTRACE "ptrace",
#endif

/* Never needed by a helper or the sender. */
static const char *const denied_always[] = {
	PTRACE "process_vm_readv", "process_vm_writev", "mount", "umount2", "pivot_root", "chroot",
	"kexec_load", "kexec_file_load", "init_module", "finit_module", "delete_module", "bpf",
	"perf_event_open", "keyctl", "add_key", "request_key", "unshare", "setns", "swapon", "swapoff",
	"reboot", "setuid", "setgid", "setreuid", "setregid", "setresuid", "setresgid", "setgroups",
	"userfaultfd", "open_by_handle_at", "name_to_handle_at", "iopl", "ioperm", "acct",
	"settimeofday", "clock_settime", "adjtimex", "quotactl", "lookup_dcookie", "fanotify_init",
	NULL,
};
static const char *const denied_helper[] = { "socket", "connect", "bind", "listen", "accept", "accept4", NULL };
static const char *const denied_sender[] = { "execve", "execveat", NULL };

static int deny(scmp_filter_ctx ctx, const char *const *names)
{
	for (; *names; names++) {
		int nr = seccomp_syscall_resolve_name(*names);
		if (nr == __NR_SCMP_ERROR)
			continue;   /* not on this architecture */
		if (seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM), nr, 0) < 0)
			return -1;
	}
	return 0;
}

int sandbox_prepare(enum sandbox_kind k, struct sandbox *out, struct err *e)
{
	int fd = -1, rc = -1;
	memset(out, 0, sizeof(*out));
	scmp_filter_ctx ctx = seccomp_init(SCMP_ACT_ALLOW);
	if (!ctx)
		return err_set(e, "Kan ikke lage et seccomp-filter.");
	if (deny(ctx, denied_always) < 0 || deny(ctx, k == SANDBOX_HELPER ? denied_helper : denied_sender) < 0)
		goto fail;
	/* compiled into memory: libseccomp 2.5 exports only to a descriptor */
	fd = memfd_create("beredt-seccomp", MFD_CLOEXEC);
	if (fd < 0 || seccomp_export_bpf(ctx, fd) < 0)
		goto fail;
	off_t size = lseek(fd, 0, SEEK_END);
	if (size <= 0 || size % (off_t)sizeof(struct sock_filter) || lseek(fd, 0, SEEK_SET) < 0)
		goto fail;
	struct sock_filter *f = malloc((size_t)size);
	if (!f || read(fd, f, (size_t)size) != (ssize_t)size) {
		free(f);
		goto fail;
	}
	out->prog.filter = f;
	out->prog.len = (unsigned short)((size_t)size / sizeof(struct sock_filter));
	rc = 0;
fail:
	if (fd >= 0)
		close(fd);
	seccomp_release(ctx);
	return rc == 0 ? 0 : err_set(e, "Kan ikke lage et seccomp-filter.");
}

int sandbox_enter(const struct sandbox *s)
{
	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0)
		return -1;
	return prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &s->prog) < 0 ? -1 : 0;
}

void sandbox_release(struct sandbox *s)
{
	free(s->prog.filter);
	s->prog.filter = NULL;
}
