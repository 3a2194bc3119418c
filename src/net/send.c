/* net/send.c: the sending itself, with libcurl, as the sender process does it
 * (net/sender.c; see send.h). */
#include "net/send_here.h"

#include <curl/curl.h>
#include <stdio.h>
#include <stdbool.h>
#include <string.h>
#include <time.h>

#include "net/target.h"
#include "util/buf.h"
#include "util/crypto.h"
#include "util/limits.h"

int net_setup(void)
{
	return curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK ? 0 : -1;
}

/* The upload source for SMTP: the message, handed to curl in pieces. */
struct source {
	const char *p;
	size_t left;
};

static size_t read_cb(char *out, size_t size, size_t nitems, void *arg)
{
	struct source *s = arg;
	size_t n = size * nitems < s->left ? size * nitems : s->left;
	memcpy(out, s->p, n);
	s->p += n;
	s->left -= n;
	return n;
}

static bool ascii(const char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s >= 0x80)
			return false;
	return true;
}

/* A header value: as it is when plain ASCII, else an RFC 2047 encoded word (UTF-8,
 * base64). A subject is one line; line breaks are already impossible here. */
static void header_text(struct buf *b, const char *s)
{
	if (ascii(s)) {
		buf_puts(b, s);
		return;
	}
	size_t n = strlen(s);
	char enc[4 * 300 / 3 + 8];
	/* encoded words are at most 75 characters: 45 bytes of text each, on folded lines,
	 * never splitting a UTF-8 sequence */
	for (size_t i = 0; i < n;) {
		size_t k = n - i < 45 ? n - i : 45;
		while (k > 0 && i + k < n && ((unsigned char)s[i + k] & 0xC0) == 0x80)
			k--;
		crypto_base64((const unsigned char *)s + i, k, enc, sizeof(enc));
		buf_printf(b, "%s=?UTF-8?B?%s?=", i ? "\r\n " : "", enc);
		i += k;
	}
}

/* The body with every line ending in CRLF. */
static void body_crlf(struct buf *b, const char *text)
{
	for (const char *p = text; *p; p++) {
		if (*p == '\n' && (p == text || p[-1] != '\r'))
			buf_putc(b, '\r');
		buf_putc(b, *p);
	}
	if (!*text || text[strlen(text) - 1] != '\n')
		buf_puts(b, "\r\n");
}

static int curl_fail(CURL *c, CURLcode rc, const char *what, const char *detail, struct err *e)
{
	err_set(e, "%s: %s%s%s", what, curl_easy_strerror(rc), *detail ? ": " : "", detail);
	curl_easy_cleanup(c);
	return -1;
}

int send_mail_here(const struct mail_config *c, const char *to, const char *subject, const char *text,
		   long long now_epoch, struct err *e)
{
	struct buf m;
	char date[64], id[CRYPTO_TOKEN_TEXT], errbuf[CURL_ERROR_SIZE] = "";
	time_t t = (time_t)now_epoch;
	struct tm tm;
	if (!c->url || !*c->url || !c->from || !*c->from)
		return err_set(e, "E-post er ikke satt opp (BEREDT_SMTP_URL og BEREDT_SMTP_FROM).");
	gmtime_r(&t, &tm);
	strftime(date, sizeof(date), "%a, %d %b %Y %H:%M:%S +0000", &tm);
	crypto_token(id);
	buf_init(&m, LIMIT_MAIL);
	buf_printf(&m, "Date: %s\r\nFrom: %s\r\nTo: %s\r\nSubject: ", date, c->from, to);
	header_text(&m, subject);
	buf_printf(&m, "\r\nMessage-ID: <%s@beredt>\r\nMIME-Version: 1.0\r\n"
		       "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n", id);
	body_crlf(&m, text);
	if (!m.data) {
		buf_release(&m);
		return err_set(e, "Meldingen er for stor.");
	}
	CURL *curl = curl_easy_init();
	if (!curl) {
		buf_release(&m);
		return err_set(e, "Kan ikke starte libcurl.");
	}
	struct source src = { m.data, m.len };
	struct curl_slist *rcpt = curl_slist_append(NULL, to);
	curl_easy_setopt(curl, CURLOPT_URL, c->url);
	curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
	curl_easy_setopt(curl, CURLOPT_USE_SSL, (long)CURLUSESSL_ALL);
	curl_easy_setopt(curl, CURLOPT_MAIL_FROM, c->from);
	curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, rcpt);
	curl_easy_setopt(curl, CURLOPT_READFUNCTION, read_cb);
	curl_easy_setopt(curl, CURLOPT_READDATA, &src);
	curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
	curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, 10L);
	curl_easy_setopt(curl, CURLOPT_TIMEOUT, c->timeout > 0 ? c->timeout : 60L);
	curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errbuf);
	if (c->user && *c->user) {
		curl_easy_setopt(curl, CURLOPT_USERNAME, c->user);
		curl_easy_setopt(curl, CURLOPT_PASSWORD, c->password ? c->password : "");
	}
	if (c->ca_file && *c->ca_file)
		curl_easy_setopt(curl, CURLOPT_CAINFO, c->ca_file);
	CURLcode rc = curl_easy_perform(curl);
	curl_slist_free_all(rcpt);
	buf_release(&m);
	if (rc != CURLE_OK)
		return curl_fail(curl, rc, "E-post", errbuf, e);
	curl_easy_cleanup(curl);
	return 0;
}

static size_t discard(char *p, size_t size, size_t n, void *arg)
{
	(void)p;
	(void)arg;
	return size * n;
}

int send_webhook_here(const char *url, const char *secret, const char *body, const char *ca_file, long timeout,
		      const char *allow, struct err *e)
{
	char sig[CRYPTO_HASH_HEX], header[CRYPTO_HASH_HEX + 40], errbuf[CURL_ERROR_SIZE] = "";
	long status = 0;
	struct net_target target;
	if (net_target_check(url, allow, &target, e) < 0)
		return -1;
	crypto_hmac_sha256_hex(secret, strlen(secret), body, strlen(body), sig);
	snprintf(header, sizeof(header), "X-Beredt-Signature: sha256=%s", sig);
	CURL *curl = curl_easy_init();
	if (!curl)
		return err_set(e, "Kan ikke starte libcurl.");
	struct curl_slist *h = curl_slist_append(NULL, "Content-Type: application/json; charset=utf-8");
	h = curl_slist_append(h, header);
	struct curl_slist *pin = curl_slist_append(NULL, target.resolve);
	curl_easy_setopt(curl, CURLOPT_URL, url);
	curl_easy_setopt(curl, CURLOPT_RESOLVE, pin);     /* the address that was checked, only */
	curl_easy_setopt(curl, CURLOPT_NOPROXY, "*");
	curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);
	curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, target.https ? "https" : "http");
	curl_easy_setopt(curl, CURLOPT_HTTPHEADER, h);
	curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body);
	curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, discard);
	curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, 10L);
	curl_easy_setopt(curl, CURLOPT_TIMEOUT, timeout > 0 ? timeout : 30L);
	curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errbuf);
	curl_easy_setopt(curl, CURLOPT_USERAGENT, "beredt/" BEREDT_VERSION);
	if (ca_file && *ca_file)
		curl_easy_setopt(curl, CURLOPT_CAINFO, ca_file);
	CURLcode rc = curl_easy_perform(curl);
	curl_slist_free_all(h);
	curl_slist_free_all(pin);
	if (rc != CURLE_OK)
		return curl_fail(curl, rc, "Webhook", errbuf, e);
	curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
	curl_easy_cleanup(curl);
	if (status < 200 || status > 299)
		return err_set(e, "Webhook: mottakeren svarte %ld.", status);
	return 0;
}
