/* notify.c: see notify.h. */
#include "model/notify.h"

#include <string.h>

#include "model/assess.h"
#include "util/valid.h"

int notify_kind_parse(const char *s, enum notify_kind *out, struct err *e)
{
	if (s && (strcmp(s, "epost") == 0 || strcmp(s, "email") == 0))
		return *out = NOTIFY_EPOST, 0;
	if (s && strcmp(s, "webhook") == 0)
		return *out = NOTIFY_WEBHOOK, 0;
	return err_set(e, "Ukjent mottaker «%.40s»; gyldige er epost og webhook.", s ? s : "");
}

const char *notify_kind_code(enum notify_kind k)
{
	return k == NOTIFY_WEBHOOK ? "webhook" : "epost";
}

const char *notify_reason_code(enum notify_reason r)
{
	return r == NOTIFY_FORFALT ? "forfalt" : "ny";
}

static bool local_http(const char *url)
{
	static const char *const ok[] = { "http://127.0.0.1:", "http://127.0.0.1/", "http://localhost:",
					  "http://localhost/", "http://[::1]:", "http://[::1]/" };
	for (size_t i = 0; i < sizeof(ok) / sizeof(ok[0]); i++)
		if (strncmp(url, ok[i], strlen(ok[i])) == 0)
			return true;
	return false;
}

int notify_target_check(const struct notify_target *t, struct err *e)
{
	const char *s = t->address;
	if (valid_text("Adresse", s, NOTIFY_ADDRESS_MAX, false, true, e) < 0)
		return -1;
	if ((unsigned)t->min_severity >= SEV_COUNT)
		return err_set(e, "Ukjent alvorlighet.");
	if (t->kind == NOTIFY_EPOST) {
		const char *at = strchr(s, '@');
		/* one @ with text on both sides and a dot after it; nothing that could end a header */
		if (!at || at == s || strchr(at + 1, '@') || !strchr(at + 1, '.') || strpbrk(s, " \t\r\n<>,;:\"()[]\\"))
			return err_set(e, "«%.80s» er ikke en e-postadresse.", s);
		return 0;
	}
	if (strncmp(s, "https://", 8) != 0 && !local_http(s))
		return err_set(e, "En webhook må være en https-adresse (http bare til denne maskinen).");
	if (strpbrk(s, " \t\r\n"))
		return err_set(e, "Adressen kan ikke inneholde mellomrom eller linjeskift.");
	/* "http://localhost:1@host/" connects to host: no userinfo, ever */
	const char *auth = strstr(s, "://") + 3;
	if (memchr(auth, '@', strcspn(auth, "/?#")))
		return err_set(e, "En webhook-adresse kan ikke ha brukernavn eller passord foran vertsnavnet.");
	if (!t->secret || strlen(t->secret) < 16 || strlen(t->secret) > 200)
		return err_set(e, "En webhook trenger en hemmelig nøkkel på 16 til 200 tegn til signaturen.");
	return 0;
}

static bool was_sent(const struct notify_sent *sent, size_t n, int64_t target, int64_t finding,
		     enum notify_reason reason)
{
	for (size_t i = 0; i < n; i++)
		if (sent[i].target_id == target && sent[i].finding_id == finding && sent[i].reason == reason)
			return true;
	return false;
}

int notify_pick(struct arena *a, const struct notify_target *t, const struct finding *f, size_t n_f,
		const struct notify_sent *sent, size_t n_sent, int32_t today, struct notify_item **out,
		size_t *n, struct err *e)
{
	size_t cap = 0;
	*out = NULL;
	*n = 0;
	if (!t->active)
		return 0;
	/* most severe first: walk the severities from the top */
	for (int sev = SEV_COUNT - 1; sev >= (int)t->min_severity; sev--)
		for (size_t i = 0; i < n_f; i++) {
			if ((int)f[i].severity != sev || !finding_open(f[i].status))
				continue;
			enum notify_reason why = NOTIFY_NY;
			if (f[i].due != DATE_NONE && f[i].due < today)
				why = NOTIFY_FORFALT;
			/* an overdue finding never told about as new is told once, as overdue */
			if (was_sent(sent, n_sent, t->id, f[i].id, why) ||
			    (why == NOTIFY_NY && was_sent(sent, n_sent, t->id, f[i].id, NOTIFY_FORFALT)))
				continue;
			struct notify_item *it = arena_push(a, (void **)out, n, &cap, sizeof(*it));
			if (!it)
				return err_set(e, "Tom for minne.");
			*it = (struct notify_item){ i, why };
		}
	return 0;
}

long notify_backoff(int attempts)
{
	if (attempts >= NOTIFY_ATTEMPTS_MAX)
		return -1;
	long s = 60;
	for (int i = 1; i < attempts && s < 6 * 3600; i++)
		s *= 2;
	return s > 6 * 3600 ? 6 * 3600 : s;
}
