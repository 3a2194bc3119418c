/* pool.c: see pool.h. */
#include "web/pool.h"

int pool_open(struct pool *p, const char *url, unsigned n, struct err *e)
{
	if (n == 0 || n > POOL_MAX)
		return err_set(e, "Antall databaseforbindelser må være 1–%d.", POOL_MAX);
	pthread_mutex_init(&p->lock, NULL);
	pthread_cond_init(&p->freed, NULL);
	p->n = 0;
	for (unsigned i = 0; i < n; i++) {
		if (db_open(url, &p->conns[i], e) < 0) {
			pool_close(p);
			return -1;
		}
		p->busy[i] = false;
		p->n++;
	}
	return 0;
}

void pool_close(struct pool *p)
{
	for (unsigned i = 0; i < p->n; i++)
		db_close(p->conns[i]);
	p->n = 0;
	pthread_cond_destroy(&p->freed);
	pthread_mutex_destroy(&p->lock);
}

struct db *pool_get(struct pool *p)
{
	struct db *db = NULL;
	pthread_mutex_lock(&p->lock);
	while (!db) {
		for (unsigned i = 0; i < p->n && !db; i++) {
			if (!p->busy[i]) {
				p->busy[i] = true;
				db = p->conns[i];
			}
		}
		if (!db)
			pthread_cond_wait(&p->freed, &p->lock);
	}
	pthread_mutex_unlock(&p->lock);
	return db;
}

void pool_put(struct pool *p, struct db *db)
{
	pthread_mutex_lock(&p->lock);
	for (unsigned i = 0; i < p->n; i++)
		if (p->conns[i] == db)
			p->busy[i] = false;
	pthread_cond_signal(&p->freed);
	pthread_mutex_unlock(&p->lock);
}
