/* file.c: see file.h. */
#include "util/file.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int file_read(const char *path, size_t max, struct buf *b, struct err *e)
{
	FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
	char chunk[65536];
	size_t n;

	if (!f)
		return err_set(e, "Kan ikke åpne %s: %s.", path, strerror(errno));
	b->max = max;
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0) {
		if (buf_append(b, chunk, n) < 0) {
			if (f != stdin)
				fclose(f);
			return err_set(e, "%s er for stor (mer enn %zu byte).", path, max);
		}
	}
	int bad = ferror(f);
	if (f != stdin)
		fclose(f);
	if (bad)
		return err_set(e, "Lesefeil i %s.", path);
	if (!b->data)
		buf_append(b, "", 0);
	return 0;
}

int file_write(const char *path, const char *data, size_t len, struct err *e)
{
	if (strcmp(path, "-") == 0) {
		if (fwrite(data, 1, len, stdout) != len || fflush(stdout) != 0)
			return err_set(e, "Kunne ikke skrive til standard ut.");
		return 0;
	}
	size_t n = strlen(path) + 16;
	char *tmp = malloc(n);
	if (!tmp)
		return err_set(e, "Tom for minne.");
	snprintf(tmp, n, "%s.tmp%ld", path, (long)getpid());
	FILE *f = fopen(tmp, "wb");
	if (!f) {
		err_set(e, "Kan ikke skrive %s: %s.", path, strerror(errno));
		free(tmp);
		return -1;
	}
	bool ok = fwrite(data, 1, len, f) == len;
	ok = fclose(f) == 0 && ok;
	if (!ok || rename(tmp, path) != 0) {
		err_set(e, "Kan ikke skrive %s: %s.", path, strerror(errno));
		unlink(tmp);
		free(tmp);
		return -1;
	}
	free(tmp);
	return 0;
}
