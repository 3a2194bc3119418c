/* totp.h: time-based one-time codes (RFC 6238, 30-second steps, 6 digits) via liboath.
 *
 * A code is accepted in the current step or one step either side, and only once: the
 * caller stores the last accepted step and passes it in, and a code from that step or
 * an earlier one is refused (no replays). */
#ifndef BEREDT_TOTP_H
#define BEREDT_TOTP_H

#include <stdint.h>
#include <time.h>

#define TOTP_SECRET_TEXT 33   /* 20 random bytes as base32 (32 chars) + NUL */

/* Initialise liboath; call once from main. */
int totp_setup(void);

/* A new random secret as base32. */
int totp_new_secret(char out[TOTP_SECRET_TEXT]);

/* Check code against the base32 secret at 'now'. Returns the accepted time step (> 0)
 * or 0 when the code is wrong, outside the window, or not newer than last_step. */
int64_t totp_check(const char *secret_b32, const char *code, time_t now, int64_t last_step);

/* The code for a time (for tests and for showing nothing else). */
int totp_code(const char *secret_b32, time_t now, char out[7]);

#endif
