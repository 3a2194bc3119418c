/* util/settings.c: see settings.h. The one place that reads the environment and the
 * configuration file. */
#include "util/settings.h"

#include <ini.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "util/buf.h"
#include "util/file.h"

static const char *env(const char *name)
{
	const char *v = getenv(name);
	return v && *v ? v : NULL;
}

/* Where each setting of the file goes: [section] key. */
struct file_key {
	const char *section, *key;
	size_t offset;
};

#define AT(f) offsetof(struct settings, f)
static const struct file_key keys[] = {
	{ "beredt", "db", AT(db_url) }, { "beredt", "kommune", AT(kommune) }, { "beredt", "user", AT(user) },
	{ "beredt", "lang", AT(lang) }, { "beredt", "localedir", AT(localedir) }, { "beredt", "base_url", AT(base_url) },
	{ "serve", "trusted_proxies", AT(trusted_proxies) }, { "webhook", "allow", AT(webhook_allow) },
	{ "webhook", "ca", AT(webhook_ca) }, { "smtp", "url", AT(smtp_url) }, { "smtp", "user", AT(smtp_user) },
	{ "smtp", "password", AT(smtp_password) }, { "smtp", "from", AT(smtp_from) }, { "smtp", "ca", AT(smtp_ca) },
	{ "kit", "passphrase", AT(kit_passphrase) }, { "audit", "key", AT(audit_key) },
	{ "audit", "checkpoints", AT(audit_checkpoints) }, { "report", "marking", AT(report_marking) },
};

struct parse {
	struct settings *s;
	struct arena *a;
	const char *timeout;         /* [smtp] timeout, checked with the environment's */
	const char *unknown;         /* the first setting that is not one */
};

static int on_setting(void *user, const char *section, const char *name, const char *value)
{
	struct parse *p = user;
	const char *sec = section && *section ? section : "beredt";
	if (strcmp(sec, "smtp") == 0 && strcmp(name, "timeout") == 0) {
		p->timeout = arena_strdup(p->a, value);
		return p->timeout != NULL;
	}
	for (size_t i = 0; i < sizeof(keys) / sizeof(keys[0]); i++)
		if (strcmp(keys[i].section, sec) == 0 && strcmp(keys[i].key, name) == 0) {
			const char **slot = (const char **)((char *)p->s + keys[i].offset);
			*slot = *value ? arena_strdup(p->a, value) : NULL;
			return !*value || *slot != NULL;
		}
	p->unknown = arena_printf(p->a, "[%s] %s", sec, name);
	return 0;
}

static int read_file(struct settings *s, struct arena *a, const char **timeout, struct err *e)
{
	const char *path = env("BEREDT_CONFIG");
	if (!path && access(SETTINGS_DEFAULT_FILE, F_OK) == 0)
		path = SETTINGS_DEFAULT_FILE;
	if (!path)
		return 0;
	struct buf b;
	buf_init(&b, SETTINGS_FILE_MAX);
	if (file_read(path, SETTINGS_FILE_MAX, &b, e) < 0) {
		buf_release(&b);
		return -1;
	}
	struct parse p = { .s = s, .a = a };
	int rc = ini_parse_string(b.data ? b.data : "", on_setting, &p);
	buf_release(&b);
	s->config = path;
	*timeout = p.timeout;
	if (rc == 0)
		return 0;
	if (p.unknown)
		return err_set(e, "%s, linje %d: «%s» er ingen innstilling (se docs/operations.md).", path, rc,
			       p.unknown);
	return err_set(e, "%s, linje %d: kan ikke leses som en innstillingsfil (NAVN = VERDI under [seksjon]).", path,
		       rc);
}

int settings_read(struct settings *s, struct arena *a, struct err *e)
{
	const char *timeout = NULL;
	memset(s, 0, sizeof(*s));
	if (read_file(s, a, &timeout, e) < 0)
		return -1;
	/* the environment wins over the file */
	const struct { const char *name; const char **slot; } vars[] = {
		{ "BEREDT_DB", &s->db_url }, { "BEREDT_KOMMUNE", &s->kommune }, { "BEREDT_USER", &s->user },
		{ "BEREDT_LANG", &s->lang }, { "BEREDT_LOCALEDIR", &s->localedir }, { "BEREDT_NOW", &s->now },
		{ "BEREDT_TODAY", &s->today }, { "BEREDT_BASE_URL", &s->base_url },
		{ "BEREDT_TRUSTED_PROXIES", &s->trusted_proxies }, { "BEREDT_WEBHOOK_ALLOW", &s->webhook_allow },
		{ "BEREDT_WEBHOOK_CA", &s->webhook_ca }, { "BEREDT_SMTP_URL", &s->smtp_url },
		{ "BEREDT_SMTP_USER", &s->smtp_user }, { "BEREDT_SMTP_PASSWORD", &s->smtp_password },
		{ "BEREDT_SMTP_FROM", &s->smtp_from }, { "BEREDT_SMTP_CA", &s->smtp_ca },
		{ "BEREDT_KIT_PASSPHRASE", &s->kit_passphrase }, { "BEREDT_AUDIT_KEY", &s->audit_key },
		{ "BEREDT_AUDIT_CHECKPOINTS", &s->audit_checkpoints }, { "PATH", &s->path },
		{ "BEREDT_REPORT_MARKING", &s->report_marking }, { "TMPDIR", &s->tmpdir },
	};
	for (size_t i = 0; i < sizeof(vars) / sizeof(vars[0]); i++)
		if (env(vars[i].name))
			*vars[i].slot = env(vars[i].name);
	if (!s->user)
		s->user = env("USER");
	if (!s->db_url)
		s->db_url = "sqlite:var/beredt.db";
	if (!s->tmpdir)
		s->tmpdir = "/tmp";
	if (!s->report_marking)
		s->report_marking = SETTINGS_REPORT_MARKING;
	if (!s->user)
		s->user = "cli";
	s->notify_timeout = SETTINGS_NOTIFY_TIMEOUT;
	if (env("BEREDT_NOTIFY_TIMEOUT"))
		timeout = env("BEREDT_NOTIFY_TIMEOUT");
	if (timeout) {
		char *end;
		long t = strtol(timeout, &end, 10);
		if (*end || t < 1 || t > 600)
			return err_set(e, "Tidsavbruddet for varsler må være 1–600 sekunder, ikke «%s».", timeout);
		s->notify_timeout = t;
	}
	return 0;
}
