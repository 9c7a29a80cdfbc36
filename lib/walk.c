#include "config.h"

#include <err.h>
#include <fcntl.h>
#include <malloc.h>
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <unistd.h>

#include "mentor.h"

/*
 * Reading many records at once: every core parses and looks at records
 * (the caller's "look" function, on any thread), then this thread hands
 * the results to the caller's "out" function in order.  Entries are read
 * one year folder at a time, so memory follows the largest folder, not
 * the journal; within a folder the results may be sorted (entries by date
 * then id) before they go out.
 */
#define CLAIM		 8	/* records a thread takes at once */
#define PREFETCH	 8	/* results ahead of out() to fetch */

/* A record of the group: it points into the caller's list, which lives
 * as long as the group; its path is made when needed. */
struct item {
	const struct rec *r;
	void		*res;
};

/* A piece of memory walk_alloc() hands out from. */
struct wchunk {
	struct wchunk		*next;
	size_t			 size, used;
	max_align_t		 data[];
};
#define WCHUNK		(64 * 1024)

struct group {
	struct item		*v;
	const uint32_t		*order;		/* v's indexes, in visit order */
	size_t			 n;
	size_t			 next;
	struct journal		*j;
	const struct walk	*w;
	int			 folder;	/* the folder's fd, or -1 */
	const char		*folder_rel;	/* "log/2026", or NULL */
	size_t			 skip;		/* bytes of rel before the name */
	struct fcache		*cache;		/* the folder's, or NULL */
	unsigned long		 gen;		/* tells groups apart */
	pthread_mutex_t		 mu;		/* guards chunks */
	struct wchunk		*chunks;	/* walk_alloc()'s, for its results */
};

/*
 * walk_alloc: each thread takes from a chunk of its own for the group it
 * is looking at; a group's chunks go back to spare when its results are
 * out, for the next group to use, and are freed at the end of the walk.
 */
static __thread struct group	*tl_group;	/* look() is running for it */
static __thread int		 tl_own;	/* a worker of own_pool */
static __thread int		 tl_folder = -1;	/* its fd for the group */
static __thread struct wchunk	*tl_chunk;
static __thread unsigned long	 tl_gen;
static pthread_mutex_t		 spare_mu = PTHREAD_MUTEX_INITIALIZER;
static struct wchunk		*spare;
static unsigned long		 group_gens;

void *
walk_alloc(size_t n)
{
	struct group	*g = tl_group;
	struct wchunk	*c = NULL;
	size_t		 a = sizeof(max_align_t);

	if (g == NULL)
		errx(EX_SOFTWARE, "walk_alloc outside of look()");
	n = (n + a - 1) / a * a;
	if (tl_gen == g->gen && tl_chunk != NULL &&
	    tl_chunk->size - tl_chunk->used >= n) {
		c = tl_chunk;
		c->used += n;
		return (char *)c->data + c->used - n;
	}
	if (n <= WCHUNK) {
		pthread_mutex_lock(&spare_mu);
		if ((c = spare) != NULL)
			spare = c->next;
		pthread_mutex_unlock(&spare_mu);
	}
	if (c == NULL) {
		c = xmalloc(sizeof(*c) + (n > WCHUNK ? n : WCHUNK));
		c->size = n > WCHUNK ? n : WCHUNK;
	}
	c->used = n;
	pthread_mutex_lock(&g->mu);
	c->next = g->chunks;
	g->chunks = c;
	pthread_mutex_unlock(&g->mu);
	tl_chunk = c;
	tl_gen = g->gen;
	return c->data;
}

/* Give a group's chunks back to spare (big ones are freed). */
static void
chunks_done(struct group *g)
{
	struct wchunk	*c, *next;

	pthread_mutex_lock(&spare_mu);
	for (c = g->chunks; c != NULL; c = next) {
		next = c->next;
		if (c->size == WCHUNK) {
			c->next = spare;
			spare = c;
		} else
			free(c);
	}
	pthread_mutex_unlock(&spare_mu);
	g->chunks = NULL;
}

static void
spare_free(void)
{
	struct wchunk	*c;

	pthread_mutex_lock(&spare_mu);
	while ((c = spare) != NULL) {
		spare = c->next;
		free(c);
	}
	pthread_mutex_unlock(&spare_mu);
}

static void
look_one(struct group *g, struct item *it)
{
	struct doc		 d;
	struct doc_error	 e;
	char			*data, *path = journal_path(g->j, it->r->rel);
	size_t			 len;
	int			 rc, folder = tl_own ? tl_folder : g->folder;

	memset(&d, 0, sizeof(d));
	memset(&e, 0, sizeof(e));
	/* Within one folder, open by name: the kernel looks up less. */
	if ((rc = folder != -1 ? doc_readat(folder, it->r->rel +
	    g->skip, &data, &len, &e) : doc_readat(g->j->dirfd, it->r->rel,
	    &data, &len, &e)) == 0) {
		/*
		 * Text that fails the filter needs no parsing at all.  The
		 * filter wants valid text: a record the cache holds is.
		 */
		if (g->w->pre != NULL && ((g->cache != NULL &&
		    fcache_known(g->cache, (size_t)(it - g->v), data, len)) ||
		    (utf8_valid(data, len, NULL) &&
		    memchr(data, '\0', len) == NULL)) &&
		    !g->w->pre(g->w->ctx, data, len)) {
			free(data);
			free(path);
			it->res = NULL;
			return;
		}
		if (g->cache == NULL)
			rc = g->w->fm_only ? doc_parse_fm(&d, path, data, len,
			    &e) : doc_parse(&d, path, data, len, &e);
		else if (!fcache_get(g->cache, (size_t)(it - g->v), path,
		    data, len, &d, g->w->fm_only ? FCACHE_FM : g->w->no_tasks ?
		    FCACHE_HEADS : FCACHE_ALL) &&
		    (rc = doc_parse(&d, path, data, len, &e)) == 0)
			/* Kept whole, for readers that need the body too. */
			fcache_put(g->cache, (size_t)(it - g->v), &d);
	}
	tl_group = g;
	it->res = g->w->look(g->w->ctx, it->r, path, rc == 0 ? &d : NULL, rc,
	    &e);
	tl_group = NULL;
	doc_free(&d);
	free(path);
}

static void
work(struct group *g)
{
	size_t	 i, k;

	/*
	 * Records are claimed a few at a time: fewer trips to the shared
	 * counter, and threads write results on cache lines of their own.
	 */
	while ((i = __atomic_fetch_add(&g->next, CLAIM, __ATOMIC_RELAXED)) <
	    g->n)
		for (k = i; k < i + CLAIM && k < g->n; k++)
			look_one(g, &g->v[g->order != NULL ? g->order[k] : k]);
}

/*
 * The order to read a folder's records in: the order its listing gave
 * them (v[i].pos), when those make a permutation; else NULL, their order
 * in v.  The kernel finds a folder's files much faster in that order
 * than in name order (on ext4, half again as fast: its lookups walk the
 * inodes and dentries in the order they were made), and the cache keeps
 * its blobs in the same order.
 */
static uint32_t *
visit_order(const struct rec *v, size_t n)
{
	uint32_t	*order;
	size_t		 i;

	if (n > UINT32_MAX)
		return NULL;
	order = xreallocarray(NULL, n, sizeof(*order));
	memset(order, 0xff, n * sizeof(*order));
	for (i = 0; i < n; i++) {
		if (v[i].pos >= n || order[v[i].pos] != UINT32_MAX) {
			free(order);
			return NULL;
		}
		order[v[i].pos] = (uint32_t)i;
	}
	for (i = 0; i < n && order[i] == i; i++)
		;
	if (i == n) {
		free(order);
		return NULL;
	}
	return order;
}

/*
 * The worker threads.  shared_pool's are made once, at the first group
 * big enough, and kept for every later group of the process (a report
 * over a thousand journals reads thousands of groups): a group is
 * published to them under the lock with a generation number; this thread
 * works on it too, then waits until no worker is inside it.  They are
 * stopped and joined at exit.
 *
 * A walk that reads without the parse cache (mentor-check) has own_pool's
 * instead, made for that walk and joined at its end.  Each gives itself a
 * table of file descriptors of its own (own_files()): with one table, the
 * kernel takes a reference and a lock on every descriptor used and the
 * two cores contend for the table's lock, which cost mentor-check about
 * 5% of its time on 2 cores.  Such a worker may use only descriptors that
 * were open when it started (the journal's) and those it opens: it opens
 * each group's folder itself, and nothing of the cache's is open.
 */
struct pool {
	pthread_mutex_t	 mu;
	pthread_cond_t	 more;		/* a new group, or stop */
	pthread_cond_t	 idle;		/* a worker left its group */
	struct group	*cur;
	unsigned long	 gen;
	int		 busy;		/* workers inside cur */
	int		 stop;
	int		 nt;		/* workers started */
	int		 own;		/* own_pool */
	pthread_t	 tid[THREADS_MAX];
};
static struct pool shared_pool = { PTHREAD_MUTEX_INITIALIZER,
	PTHREAD_COND_INITIALIZER, PTHREAD_COND_INITIALIZER, NULL, 0, 0, 0, 0,
	0, { 0 } };
static struct pool own_pool = { PTHREAD_MUTEX_INITIALIZER,
	PTHREAD_COND_INITIALIZER, PTHREAD_COND_INITIALIZER, NULL, 0, 0, 0, 0,
	1, { 0 } };

/* An own_pool worker's part in g, with its own fd for g's folder. */
static void
work_own(struct group *g)
{
	tl_folder = g->folder_rel != NULL ? openat(g->j->dirfd, g->folder_rel,
	    O_RDONLY | O_DIRECTORY | O_CLOEXEC) : -1;
	work(g);
	if (tl_folder != -1)
		close(tl_folder);
	tl_folder = -1;
}

static void *
worker(void *arg)
{
	struct pool	*pool = arg;
	struct group	*g;
	unsigned long	 seen = 0;

	if (pool->own) {
		(void)own_files();
		tl_own = 1;
	}
	pthread_mutex_lock(&pool->mu);
	for (;;) {
		while (pool->gen == seen && !pool->stop)
			pthread_cond_wait(&pool->more, &pool->mu);
		if (pool->stop)
			break;
		seen = pool->gen;
		if ((g = pool->cur) == NULL)
			continue;	/* done before this thread woke */
		pool->busy++;
		pthread_mutex_unlock(&pool->mu);
		if (pool->own)
			work_own(g);
		else
			work(g);
		pthread_mutex_lock(&pool->mu);
		if (--pool->busy == 0)
			pthread_cond_signal(&pool->idle);
	}
	pthread_mutex_unlock(&pool->mu);
	task_thread_done();
	doc_thread_done();
	cache_thread_done();
	return NULL;
}

static void
pool_stop(struct pool *pool)
{
	int	 t;

	pthread_mutex_lock(&pool->mu);
	pool->stop = 1;
	pthread_cond_broadcast(&pool->more);
	pthread_mutex_unlock(&pool->mu);
	for (t = 0; t < pool->nt; t++)
		pthread_join(pool->tid[t], NULL);
	pool->nt = 0;
	pool->stop = 0;
}

static void
shared_pool_stop(void)
{
	pool_stop(&shared_pool);
}

/* Start the workers (want of them), unless they are running. */
static void
pool_start(struct pool *pool, int want)
{
	static int	 registered;

	if (pool->nt > 0 || want < 1)
		return;
	while (pool->nt < want && pthread_create(&pool->tid[pool->nt], NULL,
	    worker, pool) == 0)
		pool->nt++;
	if (pool->nt > 0 && !pool->own && !registered) {
		atexit(shared_pool_stop);
		registered = 1;
	}
}

/*
 * Look at every record of g on this thread and the workers; meanwhile,
 * before joining in, list the folder next_rel (when not NULL) into next.
 */
static void
pool_work(struct group *g, int threads, const char *next_rel,
    struct reclist *next)
{
	struct pool	*pool = g->w->nocache ? &own_pool : &shared_pool;
	int		 shared;

	if (threads > 1)
		pool_start(pool, threads - 1);
	if ((shared = threads > 1 && pool->nt > 0)) {
		pthread_mutex_lock(&pool->mu);
		pool->cur = g;
		pool->gen++;
		pthread_cond_broadcast(&pool->more);
		pthread_mutex_unlock(&pool->mu);
	}
	if (next_rel != NULL)
		journal_list_folder(g->j, next_rel, next, !g->w->cmp_total);
	work(g);
	if (shared) {
		pthread_mutex_lock(&pool->mu);
		while (pool->busy > 0)
			pthread_cond_wait(&pool->idle, &pool->mu);
		pool->cur = NULL;
		pthread_mutex_unlock(&pool->mu);
	}
}

static const struct walk *sort_walk;

static int
item_cmp(const void *a, const void *b)
{
	const struct item	*x = a, *y = b;

	/* Records the look function dropped sort last; they print nothing. */
	if (x->res == NULL || y->res == NULL)
		return (x->res == NULL) - (y->res == NULL);
	return sort_walk->cmp(x->res, y->res);
}

/*
 * Look at every record of one group on every core, then hand out.  While
 * the other threads read, this one lists the next folder (next_rel) into
 * next, when there is one.
 */
static void
walk_group(struct journal *j, const struct walk *w, const struct rec *v,
    size_t n, const char *folder, const char *next_rel, struct reclist *next)
{
	struct group	 g;
	size_t		 i, k;
	const char	**names = NULL;
	uint32_t	*order;

	if (n == 0) {
		if (next_rel != NULL)
			journal_list_folder(j, next_rel, next, !w->cmp_total);
		return;
	}
	g.v = xcalloc(n, sizeof(*g.v));
	g.gen = ++group_gens;
	pthread_mutex_init(&g.mu, NULL);
	g.chunks = NULL;
	g.n = n;
	g.next = 0;
	g.j = j;
	g.w = w;
	g.folder = -1;
	g.folder_rel = folder;
	g.skip = 0;
	if (folder != NULL && (g.folder = openat(j->dirfd, folder,
	    O_RDONLY | O_DIRECTORY | O_CLOEXEC)) != -1)
		g.skip = strlen(folder) + 1;
	for (i = 0; i < n; i++)
		g.v[i].r = &v[i];
	g.order = order = folder != NULL ? visit_order(v, n) : NULL;
	g.cache = NULL;
	if (folder != NULL && g.folder != -1 && !w->nocache) {
		names = xcalloc(n, sizeof(*names));
		for (i = 0; i < n; i++)
			names[i] = v[i].rel + g.skip;
		if ((g.cache = fcache_open(j, folder, names, n)) != NULL)
			fcache_order(g.cache, order);
	}
	pool_work(&g, n >= 16 ? mentor_threads() : 1, next_rel, next);
	fcache_close(g.cache);
	free(names);
	free(order);
	if (w->cmp != NULL) {
		/*
		 * Results first, in their order (the dropped ones print
		 * nothing); a folder listed by id is mostly in date order
		 * already, and then needs no sorting at all.
		 */
		for (i = k = 0; i < n; i++)
			if (g.v[i].res != NULL)
				g.v[k++] = g.v[i];
		n = k;
		for (i = 1; i < n && w->cmp(g.v[i - 1].res, g.v[i].res) <= 0;
		    i++)
			;
		if (i < n) {
			sort_walk = w;
			qsort(g.v, n, sizeof(*g.v), item_cmp);
		}
	}
	for (k = 0; k < n; k++) {
		i = w->reverse ? n - 1 - k : k;
		/*
		 * The results were made on other cores: ask for the start of
		 * the one eight ahead now, so that it is here when out() is.
		 */
		if (k + PREFETCH < n) {
			const char *p = g.v[w->reverse ? n - 1 - PREFETCH - k :
			    k + PREFETCH].res;

			if (p != NULL) {
				__builtin_prefetch(p);
				__builtin_prefetch(p + 64);
				__builtin_prefetch(p + 128);
				__builtin_prefetch(p + 192);
			}
		}
		if (g.v[i].res == NULL)
			continue;
		if (w->stop != NULL && *w->stop)
			w->free_res(g.v[i].res);
		else {
			char *path = journal_path(j, g.v[i].r->rel);

			w->out(w->ctx, path, g.v[i].res);
			free(path);
		}
	}
	free(g.v);
	chunks_done(&g);
	pthread_mutex_destroy(&g.mu);
	if (g.folder != -1)
		close(g.folder);
}

static void
walk_all(struct journal *j, const struct reclist *l, enum rtype t,
    const struct walk *w)
{
	struct reclist	 folder = { NULL, 0, 0 }, next = { NULL, 0, 0 };
	char		**years, *rel, *next_rel;
	size_t		 ny, k;

	task_many();
#ifdef M_TRIM_THRESHOLD
	/*
	 * A folder's results are freed together when it has gone out: give
	 * the memory back then rather than letting the heap stay at its peak
	 * (glibc raises the threshold as it goes).
	 */
	(void)mallopt(M_TRIM_THRESHOLD, 64 * 1024);
#endif
	if (l != NULL) {
		walk_group(j, w, l->v, l->n, NULL, NULL, NULL);
		spare_free();
		return;
	}
	if (t != R_ENTRY) {
		l = journal_list(j, t);
		walk_group(j, w, l->v, l->n, NULL, NULL, NULL);
		spare_free();
		return;
	}
	ny = journal_years(j, &years);
	if (ny == 0 || (w->stop != NULL && *w->stop))
		return;
	xasprintf(&rel, "log/%s", years[w->reverse ? ny - 1 : 0]);
	journal_list_folder(j, rel, &folder, !w->cmp_total);
	for (k = 0; k < ny && (w->stop == NULL || *w->stop == 0); k++) {
		next_rel = NULL;
		if (k + 1 < ny)
			xasprintf(&next_rel, "log/%s",
			    years[w->reverse ? ny - 2 - k : k + 1]);
		/*
		 * Listing the next folder while this one is read keeps two
		 * listings in memory: only walks that ask for it do.
		 */
		if (w->ahead || next_rel == NULL)
			walk_group(j, w, folder.v, folder.n, rel, next_rel,
			    &next);
		else {
			walk_group(j, w, folder.v, folder.n, rel, NULL, NULL);
			if (w->stop == NULL || *w->stop == 0)
				journal_list_folder(j, next_rel, &next,
				    !w->cmp_total);
		}
		free(rel);
		reclist_release(&folder);
		folder = next;
		memset(&next, 0, sizeof(next));
		rel = next_rel;
	}
	free(rel);
	reclist_release(&folder);
	spare_free();
}

/*
 * Walk the records of a list (one group), or with l NULL every record of
 * type t in the journal (entries folder by folder, in order, or in reverse
 * order with w->reverse).  look may keep nothing of the doc: it is freed
 * as soon as look returns.
 */
void
walk_records(struct journal *j, const struct reclist *l, enum rtype t,
    const struct walk *w)
{
	walk_all(j, l, t, w);
	/* own_pool's workers know only the descriptors of this walk's time. */
	if (w->nocache)
		pool_stop(&own_pool);
}
