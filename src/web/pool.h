/* pool.h: a fixed set of database connections shared by the server's threads. A
 * request takes one for its whole life and gives it back. */
#ifndef BEREDT_POOL_H
#define BEREDT_POOL_H

#include <pthread.h>
#include <stdbool.h>

#include "db/db.h"

#define POOL_MAX 32

struct pool {
	pthread_mutex_t lock;
	pthread_cond_t freed;
	struct db *conns[POOL_MAX];
	bool busy[POOL_MAX];
	unsigned n;
};

/* Open n connections to url. On failure nothing stays open. */
int pool_open(struct pool *p, const char *url, unsigned n, struct err *e);
void pool_close(struct pool *p);

/* Wait for a free connection; give it back with pool_put. */
struct db *pool_get(struct pool *p);
void pool_put(struct pool *p, struct db *db);

#endif
