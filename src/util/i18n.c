/* i18n.c: see i18n.h. */
#include "util/i18n.h"

#include <libintl.h>
#include <strings.h>

#define DOMAIN_EN "beredt-en"

void i18n_init(const char *localedir)
{
	bindtextdomain(DOMAIN_EN, localedir);
	bind_textdomain_codeset(DOMAIN_EN, "UTF-8");
}

const char *i18n_tr(enum lang lang, const char *msgid)
{
	if (lang != LANG_EN || !msgid || !*msgid)
		return msgid;
	return dgettext(DOMAIN_EN, msgid);
}

const char *i18n_n(enum lang lang, const char *singular, const char *plural, unsigned long n)
{
	if (lang != LANG_EN)
		return n == 1 ? singular : plural;
	return dngettext(DOMAIN_EN, singular, plural, n);
}

int i18n_parse(const char *s, enum lang *out)
{
	static const struct { const char *name; enum lang lang; } names[] = {
		{ "nb", LANG_NB }, { "no", LANG_NB }, { "nob", LANG_NB }, { "bokmål", LANG_NB },
		{ "nb_NO", LANG_NB }, { "nb-NO", LANG_NB },
		{ "en", LANG_EN }, { "eng", LANG_EN }, { "english", LANG_EN }, { "en_GB", LANG_EN },
		{ "en-GB", LANG_EN }, { "en_US", LANG_EN }, { "en-US", LANG_EN },
	};
	for (size_t i = 0; s && i < sizeof(names) / sizeof(names[0]); i++) {
		if (strcasecmp(s, names[i].name) == 0) {
			*out = names[i].lang;
			return 0;
		}
	}
	return -1;
}

const char *i18n_code(enum lang lang)
{
	return lang == LANG_EN ? "en" : "nb";
}
