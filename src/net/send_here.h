/* net/send_here.h: sending in this process, with libcurl (net/send.c). Only the sender
 * process calls these (net/sender.c); everything else calls send_mail and send_webhook
 * (net/send.h), which start it. Arguments and answers as there. */
#ifndef BEREDT_NET_SEND_HERE_H
#define BEREDT_NET_SEND_HERE_H

#include "net/send.h"

int send_mail_here(const struct mail_config *c, const char *to, const char *subject, const char *text,
		   long long now_epoch, struct err *e);
int send_webhook_here(const char *url, const char *secret, const char *body, const char *ca_file, long timeout,
		      const char *allow, struct err *e);

#endif
