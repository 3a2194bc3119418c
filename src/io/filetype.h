/* io/filetype.h: the type of a file told by its content, never by its name: file(1) (the
 * libmagic database) run as a child process under the helper sandbox, with a timeout and
 * limits, on the first megabyte. A child rather than libmagic linked in: the file comes from
 * outside, and a fault in a format parser then ends a helper, not the server. */
#ifndef BEREDT_IO_FILETYPE_H
#define BEREDT_IO_FILETYPE_H

#include <stddef.h>

#include "util/arena.h"
#include "util/err.h"

/* The MIME type of data ("application/pdf"), in the arena; path: where programs are found
 * (the settings' PATH; NULL for /usr/bin:/bin). -1 with e set when file(1) cannot run. */
MUST_CHECK int filetype_detect(struct arena *a, const char *data, size_t len, const char *path, const char **type,
			       struct err *e);

#endif
