/* fuzz_http.c: the request parsing of a running beredt server, fuzzed (issue 10).
 *
 * Each input is the raw bytes of what a client sends: request line, headers (cookies,
 * X-Forwarded-For, Content-Type with its boundary), and a body (form or multipart). The
 * server is the real one (libmicrohttpd, the form and upload callbacks, the router and
 * every handler) on an SQLite database with the demo municipality, run in this process on
 * a loopback port, so a crash or a sanitizer report in any of it stops the fuzzer. The
 * text @SID@ in an input becomes a live session's cookie value, so logged-in handlers are
 * reached too. After each input the server must still answer a plain request.
 *
 * Built two ways: with clang's libFuzzer for long runs (scripts/fuzz), and with a main()
 * that replays files (the corpus and every input that once failed) as a test under
 * ASan/UBSan in make test.
 *
 * Setting: BEREDT_FUZZ_DB, an initialised database with the demo (scripts/fuzz makes it). */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include "db/db.h"
#include "store/session.h"
#include "store/tenant.h"
#include "store/user.h"
#include "util/clock.h"
#include "util/crypto.h"
#include "util/date.h"
#include "util/settings.h"
#include "web/web.h"

#define INPUT_MAX (256 * 1024)

/* The fuzzer's own fixed state, made once in init (libFuzzer's interface has no handle). */
static struct {
	int port;
	char sid[CRYPTO_TOKEN_TEXT];
	pthread_mutex_t lock;
	pthread_cond_t up;
	struct web_config cfg;
} fz = { .lock = PTHREAD_MUTEX_INITIALIZER, .up = PTHREAD_COND_INITIALIZER };

static void ready(const char *base, void *arg)
{
	(void)arg;
	const char *colon = strrchr(base, ':');
	pthread_mutex_lock(&fz.lock);
	fz.port = colon ? atoi(colon + 1) : -1;
	pthread_cond_signal(&fz.up);
	pthread_mutex_unlock(&fz.lock);
}

static void *serve(void *arg)
{
	struct err e;
	(void)arg;
	err_init(&e, LANG_NB);
	if (web_serve(&fz.cfg, ready, NULL, &e) < 0) {
		fprintf(stderr, "fuzz_http: the server did not start: %s\n", e.msg);
		exit(2);
	}
	return NULL;
}

/* A user of the demo municipality (made on the first run) with a live session, for @SID@. */
static int make_session(const char *db_url, const struct clock *c)
{
	struct db *db = NULL;
	struct err e;
	struct arena a;
	struct tenant t;
	struct user u = { .email = "fuzz@granheim.no", .role = ROLE_ADMIN, .lang = LANG_NB }, have;
	char at[TIMESTAMP_TEXT], token[CRYPTO_TOKEN_TEXT];
	int32_t today;
	int64_t epoch;
	bool elsewhere, found;
	int rc = -1;
	err_init(&e, LANG_NB);
	arena_init(&a, 0);
	clock_read(c, at, &today, &epoch);
	struct store_stamp s = { .by = "fuzz", .at = at, .today = today };
	if (db_open(db_url, &db, &e) < 0 || store_tenant_get(db, &a, "3499", &t, &e) < 0 ||
	    store_user_by_email(db, &a, u.email, &have, &found, &e) < 0)
		goto out;
	if (found)
		u.id = have.id;
	else if (store_user_add(db, t.id, &u, &s, token, &elsewhere, &e) < 0)
		goto out;
	rc = store_session_new(db, t.id, u.id, true, &s, fz.sid, &e);
out:
	if (rc < 0)
		fprintf(stderr, "fuzz_http: %s\n", e.msg);
	if (db)
		db_close(db);
	arena_release(&a);
	return rc;
}

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	struct err e;
	pthread_t th;
	(void)argc;
	(void)argv;
	err_init(&e, LANG_NB);
	const char *db = getenv("BEREDT_FUZZ_DB");
	if (!db) {
		fputs("fuzz_http: set BEREDT_FUZZ_DB to a database made with beredt init and demo\n", stderr);
		exit(2);
	}
	static struct settings set;
	static struct arena sa;
	arena_init(&sa, 0);
	if (settings_read(&set, &sa, &e) < 0)
		exit(2);
	fz.cfg.settings = &set;
	if (clock_init(&fz.cfg.clock, set.now, set.today, &e) < 0 || make_session(db, &fz.cfg.clock) < 0)
		exit(2);
	fz.cfg.db_url = db;
	fz.cfg.listen = "127.0.0.1:0";
	fz.cfg.threads = 2;
	fz.cfg.head_timeout = 1;
	if (pthread_create(&th, NULL, serve, NULL) != 0)
		exit(2);
	pthread_detach(th);
	pthread_mutex_lock(&fz.lock);
	while (!fz.port)
		pthread_cond_wait(&fz.up, &fz.lock);
	pthread_mutex_unlock(&fz.lock);
	return fz.port > 0 ? 0 : (exit(2), 0);
}

/* Send the bytes, end the sending side, and read the answer's first bytes into head
 * (NUL-terminated). */
static void exchange(const uint8_t *data, size_t size, char *head, size_t head_size, long wait_ms)
{
	struct sockaddr_in sa = { .sin_family = AF_INET, .sin_port = htons((uint16_t)fz.port) };
	/* an input the server waits on (a head or body that never ends) is given up after
	 * wait_ms; the probe after it tells whether the server still serves */
	struct timeval tv = { .tv_sec = wait_ms / 1000, .tv_usec = wait_ms % 1000 * 1000 };
	char buf[16384];
	size_t got = 0;
	sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (head_size)
		head[0] = '\0';
	int s = socket(AF_INET, SOCK_STREAM, 0);
	if (s < 0)
		return;
	/* each exchange from its own loopback address, so that connections the server still
	 * winds down never meet the per-address limits (a probe refused is not a crash) */
	static unsigned next;
	struct sockaddr_in from = { .sin_family = AF_INET };
	unsigned nth = __atomic_add_fetch(&next, 1, __ATOMIC_RELAXED) % 60000 + 1;
	from.sin_addr.s_addr = htonl(0x7f010000u | nth);
	bind(s, (struct sockaddr *)&from, sizeof(from));
	setsockopt(s, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
	setsockopt(s, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof(tv));
	int one = 1;   /* small writes go at once, not after the peer's delayed acknowledgement */
	setsockopt(s, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
	if (connect(s, (struct sockaddr *)&sa, sizeof(sa)) == 0) {
		for (size_t off = 0; off < size;) {
			ssize_t w = send(s, data + off, size - off, MSG_NOSIGNAL);
			if (w <= 0)
				break;
			off += (size_t)w;
		}
		shutdown(s, SHUT_WR);
		/* the status line is enough: the server has the whole input by now, and a crash
		 * while it goes on with it shows in the next probe */
		for (ssize_t r; got < 16 && (r = recv(s, buf, sizeof(buf), 0)) > 0;) {
			if (got + 1 < head_size) {
				size_t k = (size_t)r < head_size - 1 - got ? (size_t)r : head_size - 1 - got;
				memcpy(head + got, buf, k);
				head[got + k] = '\0';
			}
			got += (size_t)r;
		}
	}
	close(s);
}

/* One input: NULL when the server answered it without a server error and still answers a
 * plain request afterwards, else what went wrong. */
static const char *run_one(const uint8_t *data, size_t size)
{
	static const char mark[] = "@SID@";
	static const char probe[] = "GET /login HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
	char head[64];
	if (size > INPUT_MAX)
		return NULL;
	/* put the live session where the input asks for it */
	uint8_t *in = malloc(size / (sizeof(mark) - 1) * CRYPTO_TOKEN_TEXT + size + 1);
	size_t n = 0;
	if (!in)
		return NULL;
	for (size_t i = 0; i < size;) {
		if (size - i >= sizeof(mark) - 1 && memcmp(data + i, mark, sizeof(mark) - 1) == 0) {
			memcpy(in + n, fz.sid, strlen(fz.sid));
			n += strlen(fz.sid);
			i += sizeof(mark) - 1;
		} else {
			in[n++] = data[i++];
		}
	}
	exchange(in, n, head, sizeof(head), 250);
	free(in);
	/* bad input gets a 4xx (or libmicrohttpd's 505 for an HTTP version it does not
	 * speak); 500 is the server's own failure */
	if (strncmp(head, "HTTP/1.", 7) == 0 && strncmp(head + 8, " 500", 4) == 0)
		return "an internal server error (500) for the input";
	/* a server that is only busy (connections it still winds down, several campaigns on
	 * two cores) answers within a few tries; one that has stopped does not */
	for (int tries = 0; tries < 5; tries++) {
		exchange((const uint8_t *)probe, sizeof(probe) - 1, head, sizeof(head), 3000);
		if (strncmp(head, "HTTP/1.1 200", 12) == 0)
			break;
		usleep(500 * 1000);
	}
	if (strncmp(head, "HTTP/1.1 200", 12) != 0) {
		static char why[120];
		snprintf(why, sizeof(why), "the server stopped answering (a plain request got «%.20s»)", head);
		return why;
	}
	return NULL;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *why = run_one(data, size);
	if (why) {
		fprintf(stderr, "fuzz_http: %s\n", why);
		abort();
	}
	return 0;
}

#ifdef FUZZ_REPLAY
/* Replay: each argument is an input file; prints TAP. */
int main(int argc, char **argv)
{
	int failed = 0;
	LLVMFuzzerInitialize(&argc, &argv);
	for (int i = 1; i < argc; i++) {
		FILE *f = fopen(argv[i], "rb");
		static uint8_t buf[INPUT_MAX];
		size_t n = f ? fread(buf, 1, sizeof(buf), f) : 0;
		if (!f) {
			printf("not ok %d - %s cannot be read\n", i, argv[i]);
			failed++;
			continue;
		}
		fclose(f);
		const char *why = run_one(buf, n);
		if (why) {
			printf("not ok %d - %s: %s\n", i, argv[i], why);
			failed++;
		} else {
			printf("ok %d - %s: answered without a server error, and the server kept serving\n", i, argv[i]);
		}
	}
	printf("1..%d\n", argc - 1);
	return failed ? 1 : 0;
}
#endif
