/* util/settings.h: every setting beredt reads, read once in main() and passed down;
 * nothing below reads the environment or a configuration file itself.
 *
 * Three sources, the later winning: the configuration file (BEREDT_CONFIG, else
 * /etc/beredt/beredt.ini when it exists; inih), the environment (BEREDT_*), and the
 * command-line flags (which main applies on top). docs/operations.md lists every
 * setting. A value that is absent or empty is NULL (numbers: their default). */
#ifndef BEREDT_SETTINGS_H
#define BEREDT_SETTINGS_H

#include "util/arena.h"
#include "util/err.h"

struct settings {
	const char *config;          /* the file read, or NULL */
	const char *db_url;          /* BEREDT_DB, [beredt] db; default sqlite:var/beredt.db */
	const char *kommune;         /* BEREDT_KOMMUNE, [beredt] kommune */
	const char *user;            /* BEREDT_USER (else USER), [beredt] user; default "cli" */
	const char *lang;            /* BEREDT_LANG, [beredt] lang */
	const char *localedir;       /* BEREDT_LOCALEDIR, [beredt] localedir */
	const char *now, *today;     /* BEREDT_NOW, BEREDT_TODAY: a pinned clock (util/clock.h); not in the file */
	const char *base_url;        /* BEREDT_BASE_URL, [beredt] base_url */
	const char *trusted_proxies; /* BEREDT_TRUSTED_PROXIES, [serve] trusted_proxies */
	const char *webhook_allow;   /* BEREDT_WEBHOOK_ALLOW, [webhook] allow */
	const char *webhook_ca;      /* BEREDT_WEBHOOK_CA, [webhook] ca */
	const char *smtp_url, *smtp_user, *smtp_password, *smtp_from, *smtp_ca;  /* BEREDT_SMTP_*, [smtp] */
	long notify_timeout;         /* BEREDT_NOTIFY_TIMEOUT, [smtp] timeout: seconds 1..600; 60 */
	const char *kit_passphrase;  /* BEREDT_KIT_PASSPHRASE, [kit] passphrase */
	const char *audit_key;       /* BEREDT_AUDIT_KEY, [audit] key: the file of the signing key */
	const char *audit_checkpoints;   /* BEREDT_AUDIT_CHECKPOINTS, [audit] checkpoints: a directory */
	const char *path;            /* PATH: where the programs beredt runs (dot, pg_dump) are found */
	const char *tmpdir;          /* TMPDIR: where a file is made that a library must write to disk; /tmp */
	const char *report_marking;  /* BEREDT_REPORT_MARKING, [report] marking: the line on every page of a
				      * document that shows weak points; default SETTINGS_REPORT_MARKING */
};

#define SETTINGS_REPORT_MARKING "Unntatt offentlighet, jf. offentleglova § 24 tredje ledd"

#define SETTINGS_NOTIFY_TIMEOUT 60
#define SETTINGS_DEFAULT_FILE "/etc/beredt/beredt.ini"
#define SETTINGS_FILE_MAX ((size_t)64 << 10)

/* Read the file (when there is one) and the environment. The strings are the
 * environment's own or in the arena. -1 with a message naming the file and line for a
 * file that cannot be read or has an unknown setting. */
int settings_read(struct settings *s, struct arena *a, struct err *e);

#endif
