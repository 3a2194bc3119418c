/* crypto.h: the few cryptographic operations beredt needs, all from libsodium.
 *
 * Tokens (session ids, enrolment links, API tokens, recovery codes) are random and
 * shown once; only their BLAKE2b hash is stored, so a copy of the database does not
 * let anyone log in. Passwords are hashed with argon2id.
 */
#ifndef BEREDT_CRYPTO_H
#define BEREDT_CRYPTO_H

#include <stdbool.h>
#include <stddef.h>

#define CRYPTO_TOKEN_TEXT 44      /* 32 random bytes as base64url, no padding, + NUL */
#define CRYPTO_HASH_HEX 65        /* BLAKE2b-256 as hex + NUL */
#define CRYPTO_PWHASH_TEXT 128    /* crypto_pwhash_STRBYTES */
#define CRYPTO_PASSWORD_MIN 12
#define CRYPTO_PASSWORD_MAX 256

/* Initialise libsodium; call once from main. -1 if it cannot. */
int crypto_setup(void);

/* Ed25519 (libsodium): keys and signatures as lowercase hex, NUL-terminated. */
#define CRYPTO_SIGN_PUBLIC_HEX 65
#define CRYPTO_SIGN_SECRET_HEX 129
#define CRYPTO_SIGNATURE_HEX 129
void crypto_sign_new(char pub[CRYPTO_SIGN_PUBLIC_HEX], char sec[CRYPTO_SIGN_SECRET_HEX]);
/* The public key of a secret key; -1 when sec is not one. */
int crypto_sign_public(const char *sec, char pub[CRYPTO_SIGN_PUBLIC_HEX]);
int crypto_sign_text(const char *sec, const char *msg, size_t n, char sig[CRYPTO_SIGNATURE_HEX]);
bool crypto_sign_ok(const char *pub, const char *msg, size_t n, const char *sig);

/* A new random token of 32 bytes, base64url without padding. */
void crypto_token(char out[CRYPTO_TOKEN_TEXT]);

/* BLAKE2b-256 of s, as lower-case hex. */
void crypto_hash_hex(const char *s, size_t n, char out[CRYPTO_HASH_HEX]);

/* argon2id hash of a password (moderate cost); -1 when out of memory. */
int crypto_password_hash(const char *password, char out[CRYPTO_PWHASH_TEXT]);

/* True when password matches the stored hash. */
bool crypto_password_ok(const char *password, const char *stored);

/* Constant-time comparison of two strings of the same length. */
bool crypto_equal(const char *a, const char *b);

/* n random bytes. */
void crypto_random(void *buf, size_t n);

/* Base64 (standard alphabet, padded) of n bytes into out (4*ceil(n/3)+1 bytes). */
void crypto_base64(const unsigned char *in, size_t n, char *out, size_t out_size);

/* SHA-256 of s. */
void crypto_sha256(const char *s, size_t n, unsigned char out[32]);
/* SHA-256 of n bytes as lowercase hex. */
void crypto_sha256_hex(const char *s, size_t n, char out[CRYPTO_HASH_HEX]);
/* Standard base64 (with padding) decoded into out, at most cap bytes; -1 for text that is
 * not base64 or does not fit. */
int crypto_base64_decode(const char *in, size_t n, unsigned char *out, size_t cap, size_t *len);

/* HMAC-SHA256 of msg under key, as lower-case hex (webhook signatures). */
void crypto_hmac_sha256_hex(const char *key, size_t key_len, const char *msg, size_t n,
			    char out[CRYPTO_HASH_HEX]);

#endif
