/* valid.c: see valid.h. */
#include "util/valid.h"

#include <stdint.h>
#include <string.h>

/* Fylkesnummer after the 2024 county reform (Oslo 03, Rogaland 11, Møre og Romsdal 15,
 * Nordland 18, Østfold 31, Akershus 32, Buskerud 33, Innlandet 34, Vestfold 39,
 * Telemark 40, Agder 42, Vestland 46, Trøndelag 50, Troms 55, Finnmark 56). */
static const char *const counties[] = {
	"03", "11", "15", "18", "31", "32", "33", "34", "39", "40", "42", "46", "50", "55", "56",
};

static bool all_digits(const char *s, size_t n)
{
	if (strlen(s) != n)
		return false;
	for (size_t i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return false;
	return true;
}

int valid_kommunenr(const char *s, struct err *e)
{
	if (!s || !all_digits(s, 4))
		return err_set(e, "Kommunenummeret «%s» må være fire sifre, for eksempel 3442.",
			       s ? s : "");
	for (size_t i = 0; i < sizeof(counties) / sizeof(counties[0]); i++)
		if (strncmp(s, counties[i], 2) == 0 && strcmp(s + 2, "00") != 0)
			return 0;
	return err_set(e, "Kommunenummeret %s starter ikke med et gyldig fylkesnummer "
		       "(03, 11, 15, 18, 31, 32, 33, 34, 39, 40, 42, 46, 50, 55, 56). "
		       "Sjekk nummeret hos Kartverket eller SSB.", s);
}

int valid_coop_id(const char *s, struct err *e)
{
	size_t n = s ? strlen(s) : 0;
	bool ok = n >= 2 && n <= 40 && s[0] >= 'a' && s[0] <= 'z';
	for (size_t i = 0; ok && i < n; i++)
		ok = (s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9') || s[i] == '-';
	if (!ok)
		return err_set(e, "Samarbeidets id «%s» må ha 2 til 40 tegn: små bokstaver a–z, sifre og "
			       "bindestrek, og begynne med en bokstav (for eksempel ikt-fjell).", s ? s : "");
	return 0;
}

int valid_orgnr(const char *s, struct err *e)
{
	static const int w[8] = { 3, 2, 7, 6, 5, 4, 3, 2 };

	if (!s || !all_digits(s, 9))
		return err_set(e, "Organisasjonsnummeret «%s» må være ni sifre uten mellomrom.",
			       s ? s : "");
	int sum = 0;
	for (int i = 0; i < 8; i++)
		sum += (s[i] - '0') * w[i];
	int check = 11 - sum % 11;
	if (check == 11)
		check = 0;
	if (check == 10 || check != s[8] - '0')
		return err_set(e, "Organisasjonsnummeret %s har feil kontrollsiffer. "
			       "Sjekk nummeret i Enhetsregisteret.", s);
	return 0;
}

bool valid_utf8(const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0;

	while (i < n) {
		unsigned c = s[i];
		if (c < 0x80) {
			i++;
			continue;
		}
		size_t len;
		uint32_t cp;
		if (c >= 0xC2 && c <= 0xDF) {
			len = 2;
			cp = c & 0x1F;
		} else if (c >= 0xE0 && c <= 0xEF) {
			len = 3;
			cp = c & 0x0F;
		} else if (c >= 0xF0 && c <= 0xF4) {
			len = 4;
			cp = c & 0x07;
		} else {
			return false;
		}
		if (n - i < len)
			return false;
		for (size_t k = 1; k < len; k++) {
			if ((s[i + k] & 0xC0) != 0x80)
				return false;
			cp = (cp << 6) | (s[i + k] & 0x3F);
		}
		if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
		    (cp >= 0xD800 && cp <= 0xDFFF))
			return false;
		i += len;
	}
	return true;
}

int valid_text(const char *field, const char *s, size_t max, bool multiline, bool required,
	       struct err *e)
{
	if (!s || !*s) {
		if (required)
			return err_set(e, "%s mangler. Fyll inn en verdi.", field);
		return 0;
	}
	size_t n = strlen(s);
	if (n > max)
		return err_set(e, "%s er for lang (%zu byte; høyst %zu). Kort den ned.", field, n, max);
	if (!valid_utf8(s, n))
		return err_set(e, "%s er ikke gyldig UTF-8. Lagre teksten som UTF-8 og prøv igjen.",
			       field);
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == 0x7F || (c < 0x20 && !(multiline && (c == '\n' || c == '\r' || c == '\t'))))
			return err_set(e, "%s inneholder et kontrolltegn (byte %zu). Fjern det.",
				       field, i + 1);
	}
	return 0;
}

int valid_id(const char *field, const char *s, struct err *e)
{
	size_t n = s ? strlen(s) : 0;
	if (n == 0 || n > VALID_ID_MAX)
		return err_set(e, "%s må være 1–%d tegn.", field, VALID_ID_MAX);
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
			  (i > 0 && (c == '.' || c == '_' || c == ':' || c == '-'));
		if (!ok)
			return err_set(e, "%s «%s» kan bare inneholde bokstavene a–z, sifre og . _ : -",
				       field, s);
	}
	return 0;
}
