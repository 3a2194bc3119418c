/* i18n.h: bokmål first, English second.
 *
 * Every text for people is written in bokmål in the source (the gettext msgid) and
 * translated to English through the gettext catalog po/en.po, compiled to the text
 * domain "beredt-en". One domain per language, looked up with dgettext(), keeps the
 * language a per-call choice: no process-wide locale switch, so a threaded server can
 * answer one request in bokmål and the next in English.
 */
#ifndef BEREDT_I18N_H
#define BEREDT_I18N_H

enum lang { LANG_NB = 0, LANG_EN = 1 };

/* The one translation macro: T("bokmål") in the language of the code around it. Each file
 * that translates says once where that language is, as I18N_LANG: in render/ a variable
 * 'lang' (or the view's), in web/ the request's (web/view.h), in the CLI the command's
 * (cli/cli.h). */
#define T(s) i18n_tr(I18N_LANG, s)

/* Mark a string for translation without translating it (tables of static text). */
#define N_(s) s

/* Bind the English catalog found below localedir (C/LC_MESSAGES/beredt-en.mo).
 * Call once from main before threads start. */
void i18n_init(const char *localedir);

/* The text in lang; msgid itself for bokmål or when no translation exists.
 * The result is static (owned by gettext or the caller's msgid). */
const char *i18n_tr(enum lang lang, const char *msgid) __attribute__((format_arg(2)));

/* The singular or plural msgid for n, in lang (ngettext's rule for English; bokmål has
 * the same two forms: one, and every other number). Static, as for i18n_tr. */
const char *i18n_n(enum lang lang, const char *singular, const char *plural, unsigned long n)
	__attribute__((format_arg(2))) __attribute__((format_arg(3)));

/* Parse "nb", "no", "nob", "bokmål", "en", "eng", "english" (any case); -1 if unknown. */
int i18n_parse(const char *s, enum lang *out);

/* "nb" or "en". */
const char *i18n_code(enum lang lang);

#endif
