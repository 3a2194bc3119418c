/* sandbox.h: seccomp filters for the processes that do outside work (issue 14): a helper
 * program (Graphviz dot) may not open a network socket, and the process that sends mail
 * and webhooks may not start another program; neither may trace others, load modules,
 * mount, change user or reach the kernel's rarer corners. What is not listed is allowed
 * (a deny list: the helpers are other people's programs, and an allow list would break
 * with their next version); a denied call fails with EPERM rather than killing, so a
 * helper reports it.
 *
 * The filter is made with libseccomp in the parent, before fork, and only loaded in the
 * child, where after fork in a threaded process no allocation is safe. */
#ifndef BEREDT_SANDBOX_H
#define BEREDT_SANDBOX_H

#include <linux/filter.h>

#include "util/err.h"

enum sandbox_kind {
	SANDBOX_NONE = 0,
	SANDBOX_HELPER,     /* a program we run on data: no network */
	SANDBOX_SENDER,     /* our own sender of mail and webhooks: network, but no exec */
};

struct sandbox {
	struct sock_fprog prog;   /* the compiled filter; prog.filter owned (sandbox_release) */
};

/* Compile the filter of kind k into out. -1 with a message when libseccomp cannot. */
int sandbox_prepare(enum sandbox_kind k, struct sandbox *out, struct err *e);

/* Load it into this process (and what it starts), with no_new_privs; only system calls,
 * so safe in a child after fork. -1 when the kernel refuses. */
int sandbox_enter(const struct sandbox *s);

void sandbox_release(struct sandbox *s);

#endif
