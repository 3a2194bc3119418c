/* net/send.h: sending a message out, through libcurl: e-mail over SMTP with STARTTLS
 * (required: a relay that cannot do TLS is refused, so a digest of weak points never
 * crosses the network in clear) and login, and a webhook as an HTTPS POST of JSON signed
 * with HMAC-SHA256. Every call has a connect timeout and a total timeout, so a server
 * that hangs costs at most that long; the caller is never the web server's thread. The
 * sending happens in a process of its own under a seccomp filter (net/sender.c). */
#ifndef BEREDT_NET_SEND_H
#define BEREDT_NET_SEND_H

#include "util/err.h"

struct mail_config {
	const char *url;          /* "smtp://relay.example.no:587" */
	const char *user, *password;   /* NULL: no login */
	const char *from;         /* "beredt@granheim.kommune.no" */
	const char *ca_file;      /* trust this CA (a local relay's own); NULL: the system's */
	long timeout;             /* seconds for the whole conversation */
};

/* Initialise libcurl once, from main, before any thread starts. */
int net_setup(void);

/* send_mail and send_webhook send from a process of their own: beredt started again with
 * this one argument, which main hands to net_sender_main (net/sender.c). */
#define NET_SENDER_ARG "--beredt-sender"
int net_sender_main(void);

/* Send one plain-text mail (UTF-8). now_epoch dates it. */
int send_mail(const struct mail_config *c, const char *to, const char *subject, const char *text,
	      long long now_epoch, struct err *e);

/* POST body (JSON) to url with "X-Beredt-Signature: sha256=HEX" over the body, after
 * net_target_check (net/target.h) with the installation's allow list. A reply other than
 * 2xx is an error; redirects are not followed. ca_file as for mail. */
int send_webhook(const char *url, const char *secret, const char *body, const char *ca_file, long timeout,
		 const char *allow, struct err *e);

#endif
