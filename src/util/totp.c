/* totp.c: see totp.h. */
#include "util/totp.h"

#include <liboath/oath.h>
#include <stdlib.h>
#include <string.h>

#include "util/crypto.h"

#define STEP 30

int totp_setup(void)
{
	return oath_init() == OATH_OK ? 0 : -1;
}

int totp_new_secret(char out[TOTP_SECRET_TEXT])
{
	unsigned char raw[20];
	char *b32 = NULL;
	size_t len = 0;
	crypto_random(raw, sizeof(raw));
	if (oath_base32_encode((const char *)raw, sizeof(raw), &b32, &len) != OATH_OK || len >= TOTP_SECRET_TEXT) {
		free(b32);
		return -1;
	}
	memcpy(out, b32, len);
	out[len] = '\0';
	free(b32);
	return 0;
}

/* The raw secret from base32; *raw is malloc'ed by liboath. */
static int decode(const char *secret_b32, char **raw, size_t *len)
{
	return oath_base32_decode(secret_b32, strlen(secret_b32), raw, len) == OATH_OK ? 0 : -1;
}

int64_t totp_check(const char *secret_b32, const char *code, time_t now, int64_t last_step)
{
	char *raw = NULL;
	size_t len;
	uint64_t counter = 0;
	int pos;
	if (!code || strlen(code) != 6 || strspn(code, "0123456789") != 6 || decode(secret_b32, &raw, &len) < 0)
		return 0;
	int rc = oath_totp_validate4(raw, len, now, STEP, 0, 1, &pos, &counter, 0, code);
	free(raw);
	if (rc < 0 || (int64_t)counter <= last_step)
		return 0;
	return (int64_t)counter;
}

int totp_code(const char *secret_b32, time_t now, char out[7])
{
	char *raw = NULL;
	size_t len;
	if (decode(secret_b32, &raw, &len) < 0)
		return -1;
	int rc = oath_totp_generate(raw, len, now, STEP, 0, 6, out);
	free(raw);
	return rc == OATH_OK ? 0 : -1;
}
