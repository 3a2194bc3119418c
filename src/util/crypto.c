/* crypto.c: see crypto.h. */
#include "util/crypto.h"

#include <sodium.h>
#include <string.h>

int crypto_setup(void)
{
	return sodium_init() < 0 ? -1 : 0;
}

void crypto_token(char out[CRYPTO_TOKEN_TEXT])
{
	unsigned char raw[32];
	randombytes_buf(raw, sizeof(raw));
	sodium_bin2base64(out, CRYPTO_TOKEN_TEXT, raw, sizeof(raw),
			  sodium_base64_VARIANT_URLSAFE_NO_PADDING);
	sodium_memzero(raw, sizeof(raw));
}

void crypto_hash_hex(const char *s, size_t n, char out[CRYPTO_HASH_HEX])
{
	unsigned char h[32];
	crypto_generichash(h, sizeof(h), (const unsigned char *)s, n, NULL, 0);
	sodium_bin2hex(out, CRYPTO_HASH_HEX, h, sizeof(h));
}

int crypto_password_hash(const char *password, char out[CRYPTO_PWHASH_TEXT])
{
	_Static_assert(CRYPTO_PWHASH_TEXT >= crypto_pwhash_STRBYTES, "pwhash buffer");
	return crypto_pwhash_str(out, password, strlen(password), crypto_pwhash_OPSLIMIT_INTERACTIVE,
				 crypto_pwhash_MEMLIMIT_INTERACTIVE) == 0 ? 0 : -1;
}

bool crypto_password_ok(const char *password, const char *stored)
{
	if (!password || !stored || !*stored)
		return false;
	return crypto_pwhash_str_verify(stored, password, strlen(password)) == 0;
}

bool crypto_equal(const char *a, const char *b)
{
	size_t n = strlen(a);
	if (n != strlen(b))
		return false;
	return sodium_memcmp(a, b, n) == 0;
}

void crypto_random(void *buf, size_t n)
{
	randombytes_buf(buf, n);
}

void crypto_base64(const unsigned char *in, size_t n, char *out, size_t out_size)
{
	sodium_bin2base64(out, out_size, in, n, sodium_base64_VARIANT_ORIGINAL);
}

void crypto_sha256(const char *s, size_t n, unsigned char out[32])
{
	crypto_hash_sha256(out, (const unsigned char *)s, n);
}

void crypto_sha256_hex(const char *s, size_t n, char out[CRYPTO_HASH_HEX])
{
	unsigned char h[32];
	crypto_hash_sha256(h, (const unsigned char *)s, n);
	sodium_bin2hex(out, CRYPTO_HASH_HEX, h, sizeof(h));
}

int crypto_base64_decode(const char *in, size_t n, unsigned char *out, size_t cap, size_t *len)
{
	const char *end;
	if (sodium_base642bin(out, cap, in, n, "\r\n ", len, &end, sodium_base64_VARIANT_ORIGINAL) != 0 ||
	    end != in + n)
		return -1;
	return 0;
}

void crypto_hmac_sha256_hex(const char *key, size_t key_len, const char *msg, size_t n,
			    char out[CRYPTO_HASH_HEX])
{
	crypto_auth_hmacsha256_state st;
	unsigned char mac[crypto_auth_hmacsha256_BYTES];
	crypto_auth_hmacsha256_init(&st, (const unsigned char *)key, key_len);
	crypto_auth_hmacsha256_update(&st, (const unsigned char *)msg, n);
	crypto_auth_hmacsha256_final(&st, mac);
	sodium_bin2hex(out, CRYPTO_HASH_HEX, mac, sizeof(mac));
}

/* Hex of exactly n bytes into out; -1 otherwise. */
static int unhex(const char *hex, unsigned char *out, size_t n)
{
	size_t len;
	if (!hex || strlen(hex) != 2 * n || sodium_hex2bin(out, n, hex, 2 * n, NULL, &len, NULL) != 0 || len != n)
		return -1;
	return 0;
}

void crypto_sign_new(char pub[CRYPTO_SIGN_PUBLIC_HEX], char sec[CRYPTO_SIGN_SECRET_HEX])
{
	unsigned char pk[crypto_sign_PUBLICKEYBYTES], sk[crypto_sign_SECRETKEYBYTES];
	crypto_sign_keypair(pk, sk);
	sodium_bin2hex(pub, CRYPTO_SIGN_PUBLIC_HEX, pk, sizeof(pk));
	sodium_bin2hex(sec, CRYPTO_SIGN_SECRET_HEX, sk, sizeof(sk));
	sodium_memzero(sk, sizeof(sk));
}

int crypto_sign_public(const char *sec, char pub[CRYPTO_SIGN_PUBLIC_HEX])
{
	unsigned char sk[crypto_sign_SECRETKEYBYTES], pk[crypto_sign_PUBLICKEYBYTES];
	int rc = unhex(sec, sk, sizeof(sk));
	if (rc == 0) {
		crypto_sign_ed25519_sk_to_pk(pk, sk);
		sodium_bin2hex(pub, CRYPTO_SIGN_PUBLIC_HEX, pk, sizeof(pk));
	}
	sodium_memzero(sk, sizeof(sk));
	return rc;
}

int crypto_sign_text(const char *sec, const char *msg, size_t n, char sig[CRYPTO_SIGNATURE_HEX])
{
	unsigned char sk[crypto_sign_SECRETKEYBYTES], s[crypto_sign_BYTES];
	int rc = unhex(sec, sk, sizeof(sk));
	if (rc == 0) {
		crypto_sign_detached(s, NULL, (const unsigned char *)msg, n, sk);
		sodium_bin2hex(sig, CRYPTO_SIGNATURE_HEX, s, sizeof(s));
	}
	sodium_memzero(sk, sizeof(sk));
	return rc;
}

bool crypto_sign_ok(const char *pub, const char *msg, size_t n, const char *sig)
{
	unsigned char pk[crypto_sign_PUBLICKEYBYTES], s[crypto_sign_BYTES];
	return unhex(pub, pk, sizeof(pk)) == 0 && unhex(sig, s, sizeof(s)) == 0 &&
	       crypto_sign_verify_detached(s, (const unsigned char *)msg, n, pk) == 0;
}
