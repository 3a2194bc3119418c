/* net/sender.c: mail and webhooks sent from a process of their own (issue 14, privilege
 * separation). send_mail and send_webhook start beredt again as "beredt --beredt-sender"
 * (util/spawn.c: no descriptor of ours, so no database handle and no listening socket; no
 * core file; limits on time and CPU), hand it one request as JSON on its standard input
 * (secrets travel there, never in arguments or the environment) and read its answer. The
 * sender loads its seccomp filter (util/sandbox.h: no program may be started) before it
 * reads anything, then sends with libcurl (net/send.c). A hostile server's answer thus
 * meets a process that holds nothing else.
 *
 *   request: {"kind": "mail", "lang", "url", "user", "password", "from", "ca_file",
 *             "timeout", "to", "subject", "text", "now"}
 *            {"kind": "webhook", "lang", "url", "secret", "body", "ca_file", "timeout", "allow"}
 *   answer:  {"ok": true} or {"error": "the message, in the request's language"} */
#include "net/send.h"

#include <jansson.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "net/send_here.h"
#include "util/buf.h"
#include "util/i18n.h"
#include "util/sandbox.h"
#include "util/spawn.h"

#define REQUEST_MAX ((size_t)4 << 20)   /* a digest is far smaller; the body limit of a webhook */

/* Run the sender with the request (stolen: freed here, its text wiped); its message or -1. */
static int run_sender(json_t *req, long timeout, struct err *e)
{
	char self[] = "/proc/self/exe", arg[] = NET_SENDER_ARG;
	char *const argv[] = { self, arg, NULL };
	/* under AddressSanitizer the address space is the sanitizer's; a production build
	 * has a ceiling like dot's */
#if defined(__SANITIZE_ADDRESS__)
	const size_t memory = 0;
#else
	const size_t memory = (size_t)1 << 30;
#endif
	const struct spawn_limits lim = { .timeout_ms = (int)((timeout > 0 ? timeout : 60) + 15) * 1000,
					  .max_output = 65536, .max_memory = memory, .max_cpu_seconds = 60 };
	struct buf out;
	json_error_t je;
	char *text = json_dumps(req, JSON_COMPACT);
	json_decref(req);
	if (!text)
		return err_set(e, "Tom for minne.");
	size_t n = strlen(text);
	buf_init(&out, 0);
	int rc = spawn_run(argv, text, n, &lim, &out, e);
	explicit_bzero(text, n);   /* the SMTP password or the webhook's key */
	free(text);
	if (rc < 0) {
		/* the sender says why it failed on its standard output, and exits 1 */
		json_t *ans = out.len ? json_loadb(out.data, out.len, 0, &je) : NULL;
		const char *why = json_string_value(json_object_get(ans, "error"));
		if (why)
			err_set(e, "%s", why);
		json_decref(ans);
	}
	buf_release(&out);
	return rc;
}

int send_mail(const struct mail_config *c, const char *to, const char *subject, const char *text,
	      long long now_epoch, struct err *e)
{
	json_t *req = json_pack("{s:s, s:s, s:s, s:s?, s:s?, s:s, s:s?, s:I, s:s, s:s, s:s, s:I}", "kind", "mail",
				"lang", i18n_code(e->lang), "url", c->url, "user", c->user, "password", c->password,
				"from", c->from, "ca_file", c->ca_file, "timeout", (json_int_t)c->timeout, "to", to,
				"subject", subject, "text", text, "now", (json_int_t)now_epoch);
	if (!req)
		return err_set(e, "Tom for minne.");
	return run_sender(req, c->timeout, e);
}

int send_webhook(const char *url, const char *secret, const char *body, const char *ca_file, long timeout,
		 const char *allow, struct err *e)
{
	json_t *req = json_pack("{s:s, s:s, s:s, s:s, s:s, s:s?, s:I, s:s?}", "kind", "webhook", "lang",
				i18n_code(e->lang), "url", url, "secret", secret, "body", body, "ca_file", ca_file,
				"timeout", (json_int_t)timeout, "allow", allow);
	if (!req)
		return err_set(e, "Tom for minne.");
	return run_sender(req, timeout, e);
}

/* ---- the sender process ---- */

static const char *str(json_t *req, const char *key)
{
	return json_string_value(json_object_get(req, key));
}

static int answer(const struct err *e, int rc)
{
	json_t *a = rc == 0 ? json_pack("{s:b}", "ok", 1) : json_pack("{s:s}", "error", e->msg);
	char *text = a ? json_dumps(a, JSON_COMPACT) : NULL;
	if (text)
		puts(text);
	fflush(stdout);
	free(text);
	json_decref(a);
	return rc == 0 ? 0 : 1;
}

/* One request from standard input. */
static int serve(struct buf *in, struct err *e)
{
	char chunk[16384];
	json_error_t je;
	struct sandbox sb;
	/* the filter first: from here on no program can be started, whatever a server sends */
	if (sandbox_prepare(SANDBOX_SENDER, &sb, e) < 0)
		return -1;
	int rc = sandbox_enter(&sb);
	sandbox_release(&sb);
	if (rc < 0)
		return err_set(e, "Kan ikke laste seccomp-filteret.");
	for (ssize_t r; (r = read(0, chunk, sizeof(chunk))) > 0;)
		if (buf_append(in, chunk, (size_t)r) < 0)
			return err_set(e, "Forespørselen til avsenderen er for stor.");
	json_t *req = json_loadb(in->data ? in->data : "", in->len, JSON_REJECT_DUPLICATES, &je);
	const char *kind = str(req, "kind"), *url = str(req, "url");
	enum lang lang;
	if (req && str(req, "lang") && i18n_parse(str(req, "lang"), &lang) == 0)
		e->lang = lang;
	long timeout = (long)json_integer_value(json_object_get(req, "timeout"));
	if (!kind || !url)
		rc = err_set(e, "Avsenderen fikk en forespørsel den ikke forstår.");
	else if (strcmp(kind, "mail") == 0) {
		struct mail_config c = { url, str(req, "user"), str(req, "password"), str(req, "from"),
					 str(req, "ca_file"), timeout };
		rc = c.from && str(req, "to") && str(req, "subject") && str(req, "text")
			     ? send_mail_here(&c, str(req, "to"), str(req, "subject"), str(req, "text"),
					      (long long)json_integer_value(json_object_get(req, "now")), e)
			     : err_set(e, "Avsenderen fikk en forespørsel den ikke forstår.");
	} else if (strcmp(kind, "webhook") == 0) {
		rc = str(req, "secret") && str(req, "body")
			     ? send_webhook_here(url, str(req, "secret"), str(req, "body"), str(req, "ca_file"), timeout,
						 str(req, "allow"), e)
			     : err_set(e, "Avsenderen fikk en forespørsel den ikke forstår.");
	} else {
		rc = err_set(e, "Avsenderen fikk en forespørsel den ikke forstår.");
	}
	json_decref(req);
	return rc;
}

int net_sender_main(void)
{
	struct err e;
	struct buf in;
	err_init(&e, LANG_NB);
	buf_init(&in, REQUEST_MAX);
	if (net_setup() < 0) {
		err_set(&e, "Kan ikke starte libcurl.");
		return answer(&e, -1);
	}
	int rc = serve(&in, &e);
	buf_wipe(&in);   /* the password or the key, read from the pipe */
	return answer(&e, rc);
}
