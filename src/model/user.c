/* user.c: see user.h. */
#include "model/user.h"

#include <string.h>
#include <strings.h>

#include "util/valid.h"

static const struct { const char *code, *label; } roles[ROLE_COUNT] = {
	[ROLE_LES] = { "les", N_("Les") },
	[ROLE_REDAKTOR] = { "redaktor", N_("Redaktør") },
	[ROLE_LEDER] = { "leder", N_("Leder") },
	[ROLE_ADMIN] = { "admin", N_("Administrator") },
};

int role_parse(const char *s, enum role *out, struct err *e)
{
	for (int i = 0; s && i < ROLE_COUNT; i++) {
		if (strcasecmp(s, roles[i].code) == 0 ||
		    (i == ROLE_REDAKTOR && strcasecmp(s, "redaktør") == 0)) {
			*out = (enum role)i;
			return 0;
		}
	}
	return err_set(e, "Ukjent rolle «%s». Bruk les, redaktor, leder eller admin.", s ? s : "");
}

const char *role_code(enum role r)
{
	return (unsigned)r < ROLE_COUNT ? roles[r].code : roles[0].code;
}

const char *role_label(enum role r)
{
	return (unsigned)r < ROLE_COUNT ? roles[r].label : roles[0].label;
}

bool role_allows(enum role have, enum role need)
{
	return have >= need;
}

int user_check_email(const char *email, struct err *e)
{
	size_t n = email ? strlen(email) : 0;
	const char *at = email ? strchr(email, '@') : NULL;
	if (n < 3 || n > 254 || !at || at == email || !at[1] || strchr(at + 1, '@') ||
	    strpbrk(email, " \t\r\n<>\"'") || !valid_utf8(email, n))
		return err_set(e, "«%s» er ikke en gyldig e-postadresse.", email ? email : "");
	return 0;
}

int user_check_password(const char *pw, struct err *e)
{
	size_t n = pw ? strlen(pw) : 0;
	if (n < 12)
		return err_set(e, "Passordet må ha minst 12 tegn. En setning med flere ord er "
			       "lett å huske og vanskelig å gjette.");
	if (n > 256 || !valid_utf8(pw, n))
		return err_set(e, "Passordet må være gyldig tekst på høyst 256 byte.");
	size_t same = 0;
	while (same < n && pw[same] == pw[0])
		same++;
	if (same == n)
		return err_set(e, "Passordet kan ikke bestå av ett og samme tegn.");
	return 0;
}

int user_lock_seconds(int failures)
{
	/* 1-2 failures: nothing; 3-4: a short back-off; 5 and more: locked for a while */
	if (failures < 3)
		return 0;
	if (failures < 5)
		return 1 << (failures - 2) * 2;   /* 4 s, 16 s */
	return 15 * 60;
}

bool user_token_expired(const struct api_token *t, const char *now)
{
	return !t->expires_at || strcmp(t->expires_at, now) <= 0;
}
