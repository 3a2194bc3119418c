/* app/checkpoint.c: see checkpoint.h. */
#include "app/checkpoint.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "store/audit.h"
#include "util/buf.h"
#include "util/file.h"

#define FORMAT "beredt-audit-checkpoint/1"
#define KEY_MAX 4096

int checkpoint_key_new(const char *path, char pub[CRYPTO_SIGN_PUBLIC_HEX], struct err *e)
{
	char sec[CRYPTO_SIGN_SECRET_HEX];
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0600);
	if (fd < 0)
		return err_set(e, "Kan ikke lage nøkkelfilen %s: %s.", path, strerror(errno));
	crypto_sign_new(pub, sec);
	size_t n = strlen(sec);
	bool ok = write(fd, sec, n) == (ssize_t)n && write(fd, "\n", 1) == 1;
	ok = close(fd) == 0 && ok;
	explicit_bzero(sec, sizeof(sec));
	return ok ? 0 : err_set(e, "Kan ikke skrive nøkkelfilen %s.", path);
}

/* The secret key from its file (the first line), refused when others may read it. */
static int read_key(const char *path, char sec[CRYPTO_SIGN_SECRET_HEX], struct err *e)
{
	struct stat st;
	struct buf b;
	if (!path || !*path)
		return err_set(e, "Ingen signeringsnøkkel er satt opp (BEREDT_AUDIT_KEY, [audit] key).");
	if (stat(path, &st) < 0)
		return err_set(e, "Kan ikke lese nøkkelfilen %s: %s.", path, strerror(errno));
	if (st.st_mode & 077)
		return err_set(e, "Nøkkelfilen %s kan leses av andre enn eieren (chmod 600).", path);
	buf_init(&b, KEY_MAX);
	if (file_read(path, KEY_MAX, &b, e) < 0)
		return -1;
	b.data[strcspn(b.data, "\r\n")] = '\0';
	int rc = strlen(b.data) == CRYPTO_SIGN_SECRET_HEX - 1 ? 0 : -1;
	if (rc == 0)
		memcpy(sec, b.data, CRYPTO_SIGN_SECRET_HEX);
	explicit_bzero(b.data, b.len);
	buf_release(&b);
	return rc == 0 ? 0 : err_set(e, "Nøkkelfilen %s holder ikke en signeringsnøkkel.", path);
}

/* The newest checkpoint file in dir, by head and then time: *name NULL when none. */
static int newest(struct arena *a, const char *dir, const char **name, int64_t *seq, int64_t *epoch, struct err *e)
{
	DIR *d = opendir(dir);
	struct dirent *x;
	*name = NULL;
	*seq = *epoch = -1;
	if (!d)
		return errno == ENOENT ? 0 : err_set(e, "Kan ikke lese mappen %s: %s.", dir, strerror(errno));
	while ((x = readdir(d))) {
		long long s, t;
		char tail[8];
		if (sscanf(x->d_name, "checkpoint-%lld-%lld.%7s", &s, &t, tail) != 3 || strcmp(tail, "txt") != 0)
			continue;
		if (s > *seq || (s == *seq && t > *epoch)) {
			*seq = s;
			*epoch = t;
			*name = arena_strdup(a, x->d_name);
		}
	}
	closedir(d);
	return 0;
}

static const char *body(struct arena *a, int64_t seq, const char *hash, const char *at)
{
	return arena_printf(a, FORMAT "\nseq %" PRId64 "\nhash %s\nat %s\n", seq, hash, at);
}

/* The signed text of the head (number seq, hash) at now. */
static int sign_head(struct arena *a, const char *key_path, int64_t seq, const char *hash, const char *now,
		     const char **out, struct err *e)
{
	char sec[CRYPTO_SIGN_SECRET_HEX], pub[CRYPTO_SIGN_PUBLIC_HEX], sig[CRYPTO_SIGNATURE_HEX];
	if (read_key(key_path, sec, e) < 0)
		return -1;
	const char *text = body(a, seq, hash, now);
	int rc = crypto_sign_public(sec, pub) == 0 && crypto_sign_text(sec, text, strlen(text), sig) == 0 ? 0 : -1;
	explicit_bzero(sec, sizeof(sec));
	if (rc < 0)
		return err_set(e, "Nøkkelfilen %s holder ikke en signeringsnøkkel.", key_path);
	*out = arena_printf(a, "%skey %s\nsignature %s\n", text, pub, sig);
	return 0;
}

int checkpoint_text(struct db *db, struct arena *a, const char *key_path, const char *now, const char **out,
		    struct err *e)
{
	char hash[CRYPTO_HASH_HEX];
	int64_t seq;
	if (store_audit_head_hash(db, &seq, hash, e) < 0)
		return -1;
	return sign_head(a, key_path, seq, hash, now, out, e);
}

int checkpoint_write(struct db *db, struct arena *a, const char *dir, const char *key_path, const char *now,
		     int64_t epoch, bool force, bool *written, struct err *e)
{
	char hash[CRYPTO_HASH_HEX];
	int64_t seq, last_seq, last_epoch;
	const char *last, *all;
	*written = false;
	if (!dir || !*dir)
		return err_set(e, "Ingen mappe for sjekkpunkter er satt opp (BEREDT_AUDIT_CHECKPOINTS, [audit] checkpoints).");
	if (store_audit_head_hash(db, &seq, hash, e) < 0 || newest(a, dir, &last, &last_seq, &last_epoch, e) < 0)
		return -1;
	if (!force && last && last_seq == seq && epoch - last_epoch < CHECKPOINT_EVERY)
		return 0;
	if (mkdir(dir, 0750) < 0 && errno != EEXIST)
		return err_set(e, "Kan ikke lage mappen %s: %s.", dir, strerror(errno));
	if (sign_head(a, key_path, seq, hash, now, &all, e) < 0)
		return -1;
	const char *file = arena_printf(a, "%s/checkpoint-%012" PRId64 "-%" PRId64 ".txt", dir, seq, epoch);
	const char *tmp = arena_printf(a, "%s.tmp", file);
	/* written whole under another name, then renamed: a crash leaves the old or the new */
	if (file_write(tmp, all, strlen(all), e) < 0)
		return -1;
	if (rename(tmp, file) < 0) {
		unlink(tmp);
		return err_set(e, "Kan ikke skrive %s: %s.", file, strerror(errno));
	}
	*written = true;
	return 0;
}

/* A line "name value" of the file's text: the value (arena), NULL when missing. */
static const char *field(struct arena *a, const char *text, const char *name)
{
	size_t n = strlen(name);
	for (const char *p = text; p && *p; p = strchr(p, '\n') ? strchr(p, '\n') + 1 : NULL)
		if (strncmp(p, name, n) == 0 && p[n] == ' ')
			return arena_strndup(a, p + n + 1, strcspn(p + n + 1, "\n"));
	return NULL;
}

int checkpoint_verify(struct db *db, struct arena *a, const char *dir, const char *key_path, const char *pub,
		      struct checkpoint_check *out, struct err *e)
{
	const char *name;
	int64_t last_seq, last_epoch;
	char trusted[CRYPTO_SIGN_PUBLIC_HEX], hash_now[CRYPTO_HASH_HEX], sec[CRYPTO_SIGN_SECRET_HEX];
	struct buf b;
	memset(out, 0, sizeof(*out));
	if (newest(a, dir, &name, &last_seq, &last_epoch, e) < 0)
		return -1;
	if (!name)
		return 0;
	if (!pub) {
		if (read_key(key_path, sec, e) < 0)
			return -1;
		int rc = crypto_sign_public(sec, trusted);
		explicit_bzero(sec, sizeof(sec));
		if (rc < 0)
			return err_set(e, "Nøkkelfilen %s holder ikke en signeringsnøkkel.", key_path);
	} else {
		snprintf(trusted, sizeof(trusted), "%s", pub);
	}
	buf_init(&b, KEY_MAX);
	if (file_read(arena_printf(a, "%s/%s", dir, name), KEY_MAX, &b, e) < 0)
		return -1;
	const char *text = arena_strdup(a, b.data ? b.data : "");
	buf_release(&b);
	const char *seq_s = field(a, text, "seq"), *hash = field(a, text, "hash"), *at = field(a, text, "at");
	const char *sig = field(a, text, "signature");
	out->found = true;
	out->seq = seq_s ? strtoll(seq_s, NULL, 10) : -1;
	out->at = at;
	if (strncmp(text, FORMAT "\n", strlen(FORMAT) + 1) != 0 || !seq_s || !hash || !at || !sig)
		return err_conflict(e, "Sjekkpunktet %s er ikke et sjekkpunkt beredt har skrevet.", name);
	const char *signed_text = body(a, out->seq, hash, at);
	out->signed_ok = crypto_sign_ok(trusted, signed_text, strlen(signed_text), sig);
	if (!out->signed_ok)
		return err_conflict(e, "Signaturen på sjekkpunktet %s stemmer ikke med installasjonens nøkkel.", name);
	bool found;
	if (store_audit_head_hash(db, &out->head, hash_now, e) < 0 || store_audit_hash_at(db, out->seq, hash_now, &found, e) < 0)
		return -1;
	out->present = found && strcmp(hash_now, hash) == 0;
	if (!found || out->head < out->seq)
		return err_conflict(e, "Revisjonssporet slutter ved oppføring %" PRId64 ", men sjekkpunktet fra %s viser "
				    "oppføring %" PRId64 ": slutten er kuttet.", out->head, at, out->seq);
	if (!out->present)
		return err_conflict(e, "Oppføring %" PRId64 " er ikke den sjekkpunktet fra %s signerte: sporet er "
				    "skrevet om.", out->seq, at);
	return 0;
}
