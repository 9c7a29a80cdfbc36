#include "config.h"

#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "mentor.h"

/*
 * Reading many records at once: every core parses and looks at records
 * (the caller's "look" function, on any thread), and this thread hands
 * the results to the caller's "out" function in order.  Entries go one
 * year folder (a group) at a time, so memory follows the largest folder,
 * not the journal; within a group the results may be sorted (entries by
 * date then id) before they go out.
 *
 * The groups form a pipeline: while the other threads look at the records
 * of one group, this thread lists the next folder and hands out the
 * results of the one before, then joins in.  A group is published to the
 * workers under a lock, with a generation number; a worker that has
 * claimed every record of its group waits for the next generation.  This
 * thread waits until every record of a group is done (ndone) before it
 * sorts, hands out and frees it.
 */
#define WALK_THREADS_MAX 4

/* A record of the group: it points into the caller's list, which lives
 * as long as the group; its path is made when needed. */
struct item {
	const struct rec *r;
	void		*res;
};

struct group {
	struct item		*v;
	size_t			 n;
	size_t			 next;		/* next item to claim */
	size_t			 ndone;		/* items looked at */
	int			 users;		/* workers in it (under mu) */
	struct journal		*j;
	const struct walk	*w;
	int			 folder;	/* the folder's fd, or -1 */
	size_t			 skip;		/* bytes of rel before the name */
	struct reclist		 list;		/* the folder's records */
};

/* What the threads of one walk share. */
struct pipe {
	pthread_mutex_t	 mu;
	pthread_cond_t	 more;		/* a new group, or the end */
	pthread_cond_t	 done;		/* a group's last item is done */
	struct group	*cur;		/* the group being worked on */
	unsigned long	 gen;		/* bumped with each new cur */
	int		 end;		/* no more groups: workers leave */
	pthread_t	 tid[WALK_THREADS_MAX];
	int		 nt;		/* threads started, this one too */
};

static int
ncores(void)
{
	long	 n = sysconf(_SC_NPROCESSORS_ONLN);
	const char *e = env_get("MENTOR_THREADS");

	if (e != NULL)
		n = strtol(e, NULL, 10);
	if (n < 1)
		n = 1;
	return n > WALK_THREADS_MAX ? WALK_THREADS_MAX : (int)n;
}

static void
look_one(struct group *g, struct item *it)
{
	struct doc		 d;
	struct doc_error	 e;
	char			*data, *path = journal_path(g->j, it->r->rel);
	size_t			 len;
	int			 rc;

	memset(&d, 0, sizeof(d));
	memset(&e, 0, sizeof(e));
	/* Within one folder, open by name: the kernel looks up less. */
	if ((rc = g->folder != -1 ? doc_readat(g->folder, it->r->rel +
	    g->skip, &data, &len, &e) : doc_readat(g->j->dirfd, it->r->rel,
	    &data, &len, &e)) == 0) {
		/* Text that fails the filter needs no parsing at all. */
		if (g->w->pre != NULL && utf8_valid(data, len, NULL) &&
		    memchr(data, '\0', len) == NULL &&
		    !g->w->pre(g->w->ctx, data, len)) {
			free(data);
			free(path);
			it->res = NULL;
			return;
		}
		rc = g->w->fm_only ? doc_parse_fm(&d, path, data, len, &e) :
		    doc_parse(&d, path, data, len, &e);
	}
	it->res = g->w->look(g->w->ctx, it->r, path, rc == 0 ? &d : NULL, rc,
	    &e);
	doc_free(&d);
	free(path);
}

/* Claim and look at records of g until none is left to claim. */
static void
work(struct pipe *pp, struct group *g)
{
	size_t	 i, n = g->n;

	while ((i = __atomic_fetch_add(&g->next, 1, __ATOMIC_RELAXED)) < n) {
		look_one(g, &g->v[i]);
		if (__atomic_add_fetch(&g->ndone, 1, __ATOMIC_ACQ_REL) == n) {
			pthread_mutex_lock(&pp->mu);
			pthread_cond_signal(&pp->done);
			pthread_mutex_unlock(&pp->mu);
		}
	}
}

static void *
worker(void *arg)
{
	struct pipe	*pp = arg;
	struct group	*g;
	unsigned long	 seen = 0;

	pthread_mutex_lock(&pp->mu);
	for (;;) {
		while (pp->gen == seen && !pp->end)
			pthread_cond_wait(&pp->more, &pp->mu);
		if (pp->gen == seen)
			break;
		seen = pp->gen;
		if ((g = pp->cur) == NULL)
			continue;	/* finished before this thread woke */
		g->users++;
		pthread_mutex_unlock(&pp->mu);
		work(pp, g);
		pthread_mutex_lock(&pp->mu);
		if (--g->users == 0)
			pthread_cond_signal(&pp->done);
	}
	pthread_mutex_unlock(&pp->mu);
	task_thread_done();
	doc_thread_done();
	return NULL;
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

/* A group for the n records at v, opened in folder when not NULL. */
static struct group *
group_new(struct journal *j, const struct walk *w, const struct rec *v,
    size_t n, const char *folder)
{
	struct group	*g = xcalloc(1, sizeof(*g));
	size_t		 i;

	g->v = xcalloc(n > 0 ? n : 1, sizeof(*g->v));
	g->n = n;
	g->j = j;
	g->w = w;
	g->folder = -1;
	if (folder != NULL && n > 0 && (g->folder = openat(j->dirfd, folder,
	    O_RDONLY | O_DIRECTORY | O_CLOEXEC)) != -1)
		g->skip = strlen(folder) + 1;
	for (i = 0; i < n; i++)
		g->v[i].r = &v[i];
	return g;
}

/* Hand a group to the workers (starting them the first time). */
static void
publish(struct pipe *pp, struct group *g)
{
	int	 t, want;

	pthread_mutex_lock(&pp->mu);
	pp->cur = g;
	pp->gen++;
	pthread_cond_broadcast(&pp->more);
	pthread_mutex_unlock(&pp->mu);
	/* A handful of records is not worth a thread. */
	want = g->n >= 16 ? ncores() : 1;
	for (t = pp->nt; t < want; t++) {
		if (pthread_create(&pp->tid[t], NULL, worker, pp) != 0)
			break;
		pp->nt = t + 1;
	}
}

/*
 * Join in on g, then wait until its last record is done and no worker
 * touches it any more; g is then withdrawn, so that a worker waking late
 * cannot take it.
 */
static void
finish(struct pipe *pp, struct group *g)
{
	work(pp, g);
	pthread_mutex_lock(&pp->mu);
	while (__atomic_load_n(&g->ndone, __ATOMIC_ACQUIRE) < g->n ||
	    g->users > 0)
		pthread_cond_wait(&pp->done, &pp->mu);
	pp->cur = NULL;
	pthread_mutex_unlock(&pp->mu);
}

/* Sort a finished group, hand its results out and free it. */
static void
hand_out(struct group *g)
{
	const struct walk	*w = g->w;
	size_t			 i, k, n = g->n;

	if (w->cmp != NULL && n > 1) {
		sort_walk = w;
		qsort(g->v, n, sizeof(*g->v), item_cmp);
	}
	for (k = 0; k < n; k++) {
		i = w->reverse ? n - 1 - k : k;
		if (g->v[i].res == NULL)
			continue;
		if (w->stop != NULL && *w->stop)
			w->free_res(g->v[i].res);
		else {
			char *path = journal_path(g->j, g->v[i].r->rel);

			w->out(w->ctx, path, g->v[i].res);
			free(path);
		}
	}
	free(g->v);
	if (g->folder != -1)
		close(g->folder);
	reclist_release(&g->list);
	free(g);
}

/* The group of year folder y (of ny, in walk order), or NULL past the end. */
static struct group *
year_group(struct journal *j, const struct walk *w, char **years, size_t ny,
    size_t k)
{
	struct group	*g;
	struct reclist	 l = { NULL, 0, 0 };
	size_t		 y;
	char		*rel;

	if (k >= ny)
		return NULL;
	y = w->reverse ? ny - 1 - k : k;
	xasprintf(&rel, "log/%s", years[y]);
	journal_list_folder(j, rel, &l);
	g = group_new(j, w, l.v, l.n, rel);
	g->list = l;
	free(rel);
	return g;
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
	struct pipe	 pp;
	struct group	*g, *next;
	char		**years = NULL;
	size_t		 ny = 0, k = 0;
	int		 i;

	memset(&pp, 0, sizeof(pp));
	pthread_mutex_init(&pp.mu, NULL);
	pthread_cond_init(&pp.more, NULL);
	pthread_cond_init(&pp.done, NULL);
	pp.nt = 1;
	if (l == NULL && t != R_ENTRY)
		l = journal_list(j, t);
	if (l != NULL)
		g = group_new(j, w, l->v, l->n, NULL);
	else if (w->stop == NULL || !*w->stop) {
		ny = journal_years(j, &years);
		g = year_group(j, w, years, ny, k++);
	} else
		g = NULL;
	if (g != NULL)
		publish(&pp, g);
	while (g != NULL) {
		/* List the next folder while the workers read this one. */
		next = w->stop != NULL && *w->stop ? NULL :
		    year_group(j, w, years, ny, k++);
		finish(&pp, g);
		if (next != NULL)
			publish(&pp, next);
		hand_out(g);
		g = next;
	}
	pthread_mutex_lock(&pp.mu);
	pp.end = 1;
	pthread_cond_broadcast(&pp.more);
	pthread_mutex_unlock(&pp.mu);
	for (i = 1; i < pp.nt; i++)
		pthread_join(pp.tid[i], NULL);
	pthread_cond_destroy(&pp.done);
	pthread_cond_destroy(&pp.more);
	pthread_mutex_destroy(&pp.mu);
}
