/* util/limits.h: the ceilings beredt puts on memory, output and the programs it runs, each
 * named once with why it is that size. A module's own input limits (file sizes, list
 * lengths) are named in its header beside the format they bound. */
#ifndef BEREDT_LIMITS_H
#define BEREDT_LIMITS_H

#include <stddef.h>

/* One request: its memory, and the answer it may send (the largest register's page, the
 * graph's SVG inline, a report). */
#define LIMIT_REQ_ARENA ((size_t)64 << 20)
#define LIMIT_REQ_OUT ((size_t)32 << 20)
/* A request's body: a form's, and a file's for the routes that take one (the route table
 * says which, web/router.c), granted once the head shows a sender the route allows. */
#define LIMIT_FORM_BODY ((size_t)256 << 10)
#define LIMIT_UPLOAD_BODY ((size_t)8 << 20)
/* An attached file (model/attachment.h, ATTACH_MAX) with its form, or as base64 in the
 * API's JSON. */
#define LIMIT_ATTACH_BODY ((size_t)11 << 20)
#define LIMIT_ATTACH_API_BODY ((size_t)15 << 20)
/* libmicrohttpd's buffer for a request body, per connection */
#define LIMIT_POST_BUFFER 8192
/* libmicrohttpd's memory for one connection's head (the request line and headers), and
 * the longest URI taken: a page's address with its query is far shorter. */
#define LIMIT_CONN_MEMORY ((size_t)128 << 10)
#define LIMIT_URI 4096
/* An X-Forwarded-For or Forwarded header read for the client's address: a chain of proxies
 * is a few addresses long; a longer one is not believed. */
#define LIMIT_FORWARDED 4096
/* The background worker's memory for one round of deliveries and checks, every
 * municipality's findings and digests. */
#define LIMIT_WORKER_ARENA ((size_t)512 << 20)
/* One e-mail as sent, headers and body: a digest lists at most NOTIFY_DIGEST_MAX findings. */
#define LIMIT_MAIL ((size_t)2 << 20)

/* A PEM certificate or key file read at start. */
#define LIMIT_PEM_FILE ((size_t)1 << 20)

/* The dependency graph drawn by Graphviz: its DOT text, and dot itself (time, output,
 * address space, CPU): a register of thousands of nodes draws in well under a second. */
#define LIMIT_DOT_SOURCE ((size_t)16 << 20)
#define LIMIT_DOT_MS 5000
#define LIMIT_DOT_OUTPUT ((size_t)8 << 20)
#define LIMIT_DOT_MEMORY ((size_t)512 << 20)
#define LIMIT_DOT_CPU 5
#define LIMIT_DOT_LABEL 4096        /* one node's label */

/* file(1) tells an attached file's type from its content (io/filetype.c): it looks at the
 * first megabyte, in well under a second. */
#define LIMIT_FILETYPE_INPUT ((size_t)1 << 20)
#define LIMIT_FILETYPE_MS 5000
#define LIMIT_FILETYPE_OUTPUT 4096
#define LIMIT_FILETYPE_MEMORY ((size_t)256 << 20)
#define LIMIT_FILETYPE_CPU 5

/* A document made from HTML by WeasyPrint (PDF) or pandoc (DOCX): a report of some twenty
 * pages takes about a second; Python and Haskell reserve much address space. */
#define LIMIT_DOC_MS 60000
#define LIMIT_DOC_OUTPUT ((size_t)64 << 20)
#define LIMIT_DOC_MEMORY ((size_t)4 << 30)
#define LIMIT_DOC_CPU 60

/* pg_dump writes the backup to its file; what it prints is messages. An hour for a large
 * installation. */
#define LIMIT_DUMP_MS (3600 * 1000)
#define LIMIT_DUMP_OUTPUT ((size_t)1 << 20)
#define LIMIT_DUMP_MEMORY ((size_t)4 << 30)
#define LIMIT_DUMP_CPU 3600

/* Documents beredt writes whole in memory: a crisis kit (the plan, contacts and every
 * register, sealed), the exercise calendar, a notification digest, the dashboard's body. */
#define LIMIT_KIT ((size_t)64 << 20)
#define LIMIT_SEALED ((size_t)1 << 30)
#define LIMIT_CALENDAR ((size_t)8 << 20)
#define LIMIT_DIGEST ((size_t)1 << 20)
#define LIMIT_DASHBOARD ((size_t)8 << 20)

/* Small texts: a passphrase file, one list of a risk cell's ids or a result's CVEs, one
 * unfolded vCard line. */
#define LIMIT_SMALL_TEXT 4096
#define LIMIT_VCARD_LINE ((size_t)1 << 16)

#endif
