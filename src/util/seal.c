/* seal.c: see seal.h. OpenSSL does the cryptography; this file only sets it up. */
#include "util/seal.h"
#include "util/limits.h"

#include <openssl/evp.h>
#include <openssl/rand.h>
#include <string.h>

static int derive(const char *passphrase, const unsigned char salt[SEAL_SALT], unsigned iterations,
		  unsigned char key[32], struct err *e)
{
	if (!passphrase || strlen(passphrase) < SEAL_PASSPHRASE_MIN)
		return err_set(e, "Passordfrasen må ha minst %d tegn.", SEAL_PASSPHRASE_MIN);
	if (iterations < SEAL_ITERATIONS)
		return err_set(e, "For få iterasjoner.");
	if (PKCS5_PBKDF2_HMAC(passphrase, (int)strlen(passphrase), salt, SEAL_SALT, (int)iterations, EVP_sha256(), 32,
			      key) != 1)
		return err_set(e, "Nøkkelen kunne ikke lages.");
	return 0;
}

int seal_encrypt(const char *passphrase, const void *plain, size_t n, unsigned iterations,
		 unsigned char salt[SEAL_SALT], unsigned char iv[SEAL_IV], unsigned char *out, struct err *e)
{
	unsigned char key[32];
	int len, rc = -1;
	if (n > LIMIT_SEALED)
		return err_set(e, "For mye å kryptere.");
	if (RAND_bytes(salt, SEAL_SALT) != 1 || RAND_bytes(iv, SEAL_IV) != 1)
		return err_set(e, "Ingen tilfeldige tall å få.");
	if (derive(passphrase, salt, iterations, key, e) < 0)
		return -1;
	EVP_CIPHER_CTX *c = EVP_CIPHER_CTX_new();
	if (!c)
		goto out;
	if (EVP_EncryptInit_ex(c, EVP_aes_256_gcm(), NULL, NULL, NULL) != 1 ||
	    EVP_CIPHER_CTX_ctrl(c, EVP_CTRL_GCM_SET_IVLEN, SEAL_IV, NULL) != 1 ||
	    EVP_EncryptInit_ex(c, NULL, NULL, key, iv) != 1 ||
	    EVP_EncryptUpdate(c, out, &len, plain, (int)n) != 1 ||
	    EVP_EncryptFinal_ex(c, out + len, &len) != 1 ||
	    EVP_CIPHER_CTX_ctrl(c, EVP_CTRL_GCM_GET_TAG, SEAL_TAG, out + n) != 1)
		goto out;
	rc = 0;
out:
	EVP_CIPHER_CTX_free(c);
	OPENSSL_cleanse(key, sizeof(key));
	return rc < 0 ? err_set(e, "Krypteringen feilet.") : 0;
}

int seal_decrypt(const char *passphrase, const unsigned char *in, size_t n, unsigned iterations,
		 const unsigned char salt[SEAL_SALT], const unsigned char iv[SEAL_IV], unsigned char *out,
		 struct err *e)
{
	unsigned char key[32], tag[SEAL_TAG];
	int len, rc = -1;
	if (n < SEAL_TAG || n > LIMIT_SEALED + SEAL_TAG)
		return err_set(e, "Ugyldig kryptert innhold.");
	if (derive(passphrase, salt, iterations, key, e) < 0)
		return -1;
	memcpy(tag, in + n - SEAL_TAG, SEAL_TAG);
	EVP_CIPHER_CTX *c = EVP_CIPHER_CTX_new();
	if (!c)
		goto out;
	if (EVP_DecryptInit_ex(c, EVP_aes_256_gcm(), NULL, NULL, NULL) != 1 ||
	    EVP_CIPHER_CTX_ctrl(c, EVP_CTRL_GCM_SET_IVLEN, SEAL_IV, NULL) != 1 ||
	    EVP_DecryptInit_ex(c, NULL, NULL, key, iv) != 1 ||
	    EVP_DecryptUpdate(c, out, &len, in, (int)(n - SEAL_TAG)) != 1 ||
	    EVP_CIPHER_CTX_ctrl(c, EVP_CTRL_GCM_SET_TAG, SEAL_TAG, tag) != 1 ||
	    EVP_DecryptFinal_ex(c, out + len, &len) != 1)
		goto out;
	rc = 0;
out:
	EVP_CIPHER_CTX_free(c);
	OPENSSL_cleanse(key, sizeof(key));
	return rc < 0 ? err_set(e, "Feil passordfrase, eller innholdet er endret.") : 0;
}
