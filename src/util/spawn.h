/* spawn.h: run a helper program (Graphviz dot) as a child process, never through a
 * shell: input on its standard input, output from its standard output, with a
 * timeout, a ceiling on the output, and resource limits (address space, CPU time, no
 * core files) set in the child before it starts; the child holds none of our descriptors
 * but its standard three and may not gain privileges (no_new_privs). */
#ifndef BEREDT_SPAWN_H
#define BEREDT_SPAWN_H

#include <stddef.h>

#include "util/buf.h"
#include "util/sandbox.h"
#include "util/err.h"

struct spawn_limits {
	int timeout_ms;
	size_t max_output;
	size_t max_memory;      /* bytes of address space; 0: no limit (a program under ASan) */
	int max_cpu_seconds;
	const char *path;       /* the directories to look in (PATH from the settings); NULL: /usr/bin:/bin */
	enum sandbox_kind sandbox;   /* the seccomp filter it runs under (util/sandbox.h) */
	const char *package;    /* the Debian package that has it, for the message when it is missing */
};

/* Run argv[0] (looked up in PATH) with argv; write input, collect its output into out.
 * -1 with a message when it cannot start, fails, or passes a limit (it is killed). */
int spawn_run(char *const argv[], const char *input, size_t input_len,
	      const struct spawn_limits *lim, struct buf *out, struct err *e);

#endif
