/* file.h: whole-file reads and atomic writes, with limits. */
#ifndef BEREDT_FILE_H
#define BEREDT_FILE_H

#include <stdbool.h>
#include <stddef.h>

#include "util/buf.h"
#include "util/err.h"

/* Read the file at path ("-" is standard input) into b, refusing more than max bytes. */
int file_read(const char *path, size_t max, struct buf *b, struct err *e);

/* Write data to path through a temporary file and rename, so a reader never sees half
 * a file. "-" writes to standard output. */
int file_write(const char *path, const char *data, size_t len, struct err *e);

#endif
