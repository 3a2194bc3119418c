/* seal.h: a passphrase-encrypted blob for the offline crisis kit, made with OpenSSL so a
 * browser can open it with WebCrypto alone: the key is PBKDF2-HMAC-SHA256 of the
 * passphrase with a random 16-byte salt (SEAL_ITERATIONS or more), the cipher AES-256-GCM
 * with a random 12-byte nonce and the 16-byte tag appended to the ciphertext (the layout
 * WebCrypto's AES-GCM decrypt expects). */
#ifndef BEREDT_SEAL_H
#define BEREDT_SEAL_H

#include <stddef.h>

#include "util/err.h"

#define SEAL_ITERATIONS 600000u
#define SEAL_SALT 16
#define SEAL_IV 12
#define SEAL_TAG 16
#define SEAL_PASSPHRASE_MIN 12

/* out must hold n + SEAL_TAG bytes. -1 with a message. */
int seal_encrypt(const char *passphrase, const void *plain, size_t n, unsigned iterations,
		 unsigned char salt[SEAL_SALT], unsigned char iv[SEAL_IV], unsigned char *out, struct err *e);

/* The reverse (n counts the tag); out must hold n - SEAL_TAG bytes. A wrong passphrase
 * or a changed byte fails the tag: -1 with a message. */
int seal_decrypt(const char *passphrase, const unsigned char *in, size_t n, unsigned iterations,
		 const unsigned char salt[SEAL_SALT], const unsigned char iv[SEAL_IV], unsigned char *out,
		 struct err *e);

#endif
