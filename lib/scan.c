#include "config.h"

#include <err.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "mentor.h"
#include "model.h"

/*
 * The one walk over a journal.  Records are read a group at a time (the
 * people, the goals, one year folder of entries, or the records given):
 * every core reads and parses the group's records and builds their models,
 * then this thread puts them in order, reports their problems and hands
 * them out.  Memory follows the largest group, not the journal.
 */

#define THREADS_MAX	4	/* more gain nothing on a journal's files */
#define GROUP_MIN	32	/* a group this small is read on one thread */
#define CLAIM		8	/* records a thread takes at once */

/* One record of a group, read; err only when it could not be. */
struct slot {
	const struct rec	*r;
	char			*path;
	void			*m;	/* person, goal or entry */
	mdate			 date;	/* an entry's, for the order */
	int			 rc;	/* it could not be read or parsed */
	struct doc_error	*err;
	struct vctx		*cx;	/* its problems, or NULL for none */
};

struct group {
	struct scan		*s;
	const int		*enabled;
	struct slot		*v;
	size_t			 n, next;
	pthread_mutex_t		 mu;
};

/* How many threads read a journal: MENTOR_THREADS, else a core each. */
int
scan_threads(void)
{
	const char	*e = env_get("MENTOR_THREADS");
	long		 n = 1;

	if (e != NULL)
		n = strtol(e, NULL, 10);
#ifdef _SC_NPROCESSORS_ONLN
	else
		n = sysconf(_SC_NPROCESSORS_ONLN);
#endif
	if (n < 1)
		n = 1;
	return n > THREADS_MAX ? THREADS_MAX : (int)n;
}

void
scan_init(struct scan *s, struct journal *j, mdate today)
{
	memset(s, 0, sizeof(*s));
	s->j = j;
	s->today = today;
	s->enabled = reader_checks;
}

/* Free a model of any type. */
static void
model_free(enum rtype t, void *m)
{
	if (t == R_PERSON)
		person_free(m);
	else if (t == R_GOAL)
		goal_free(m);
	else
		entry_free(m);
}

static int
str_order(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Read, parse and build one record (on any thread). */
static void
load(struct group *g, struct slot *sl)
{
	struct scan		*s = g->s;
	struct doc		 d;
	struct doc_error	 err;
	struct vctx		 cx;
	char			*data;
	size_t			 len;

	memset(&d, 0, sizeof(d));
	memset(&cx, 0, sizeof(cx));
	cx.j = s->j;
	cx.enabled = g->enabled;
	sl->path = journal_path(s->j, sl->r->rel);
	sl->date = DATE_NONE;
	if ((sl->rc = source_read(s->j->src, sl->r->rel, &data, &len,
	    &err)) == 0)
		sl->rc = doc_parse(&d, sl->path, data, len, &err);
	if (sl->rc != 0) {
		sl->err = xmalloc(sizeof(*sl->err));
		*sl->err = err;
	} else {
		switch (sl->r->type) {
		case R_PERSON:
			sl->m = model_person(&d, sl->r, sl->path, &cx);
			break;
		case R_GOAL:
			sl->m = model_goal(&d, sl->r, sl->path, s->today,
			    &cx);
			break;
		default:
			sl->m = model_entry(&d, sl->r, sl->path, s->today,
			    s->flags, &cx);
			sl->date = ((struct entry *)sl->m)->date;
		}
		if (s->keep != NULL && !s->keep(s->ctx, sl->r, sl->m, &d)) {
			model_free(sl->r->type, sl->m);
			sl->m = NULL;
		}
		if (s->look != NULL)
			s->look(s->ctx, sl->r, &d, &cx);
	}
	doc_free(&d);
	/*
	 * The model keeps its own path: the slot's and the problems are kept
	 * only for a record with problems.
	 */
	if (sl->rc != 0 || cx.n > 0) {
		sl->cx = xmalloc(sizeof(*sl->cx));
		*sl->cx = cx;
	} else {
		vctx_release(&cx);
		free(sl->path);
		sl->path = NULL;
	}
}

static void *
work(void *arg)
{
	struct group	*g = arg;
	size_t		 i, k;

	for (;;) {
		pthread_mutex_lock(&g->mu);
		i = g->next;
		g->next += CLAIM;
		pthread_mutex_unlock(&g->mu);
		if (i >= g->n)
			break;
		for (k = i; k < i + CLAIM && k < g->n; k++)
			load(g, &g->v[k]);
	}
	return NULL;
}

/* Read every record of the group, on every core for a large one. */
static void
read_group(struct group *g)
{
	pthread_t	 tid[THREADS_MAX];
	int		 nt = 0, want, t;

	want = g->n >= GROUP_MIN ? scan_threads() - 1 : 0;
	pthread_mutex_init(&g->mu, NULL);
	while (nt < want && pthread_create(&tid[nt], NULL, work, g) == 0)
		nt++;
	(void)work(g);
	for (t = 0; t < nt; t++)
		pthread_join(tid[t], NULL);
	pthread_mutex_destroy(&g->mu);
}

/* Entries by date then id (journal order); broken ones, dateless, first. */
static int
by_date(const void *a, const void *b)
{
	const struct slot	*x = a, *y = b;

	if (x->date != y->date)
		return x->date < y->date ? -1 : 1;
	return rec_order(x->r, y->r);
}

static int
by_id(const void *a, const void *b)
{
	return rec_order(((const struct slot *)a)->r,
	    ((const struct slot *)b)->r);
}

/*
 * Report a record's problems: its own way (s->diags), or on stderr, the
 * parse error as it is and the others as warnings naming their check.
 */
static void
report(struct scan *s, struct slot *sl)
{
	if (sl->rc == EX_DATAERR) {
		/* A record that cannot be parsed is a syntax problem. */
		static const int all[C_NCHECKS] = { [C_SYNTAX] = 1 };
		const int *was = sl->cx->enabled;

		sl->cx->enabled = all;
		vctx_report(sl->cx, sl->err->line ? sl->err->line : 1,
		    sl->err->col ? sl->err->col : 1, C_SYNTAX, "%s",
		    sl->err->msg);
		sl->cx->enabled = was;
	}
	if (sl->rc != 0)
		s->status = status_merge(s->status, sl->rc);
	if (sl->cx == NULL)
		return;
	if (s->diags != NULL) {
		s->diags(s->ctx, sl->path, sl->cx, sl->rc, sl->err);
		return;
	}
	if (sl->rc != 0 && sl->rc != EX_DATAERR)
		diag(sl->path, 0, 0, "%s", sl->err->msg);
	if (sl->cx != NULL)
		vctx_warn(sl->cx, sl->path);
}

/* Free what a slot holds but its model. */
static void
slot_release(struct slot *sl)
{
	free(sl->err);
	free(sl->path);
	if (sl->cx != NULL) {
		vctx_release(sl->cx);
		free(sl->cx);
	}
}

/*
 * Read a group of records and hand them out in order: people and goals
 * into the scan's vectors, entries to s->entry (sorted into journal
 * order first when sorted).
 */
static void
scan_group(struct scan *s, const struct rec *v, size_t n, int sorted)
{
	struct group	 g;
	struct slot	*sl;
	struct entry	*e;
	struct person	*p;
	struct goal	*gl;
	const char	**rels;
	size_t		 i, k, w;
	int		(*cmp)(const void *, const void *);

	if (n == 0)
		return;
	memset(&g, 0, sizeof(g));
	g.s = s;
	g.enabled = s->enabled;
	g.n = n;
	g.v = xcalloc(n, sizeof(*g.v));
	rels = xreallocarray(NULL, n, sizeof(*rels));
	for (i = 0; i < n; i++) {
		g.v[i].r = &v[i];
		rels[i] = v[i].rel;
	}
	source_fetch(s->j->src, rels, n);
	free(rels);
	read_group(&g);
	s->nrecords += n;
	/* Listed by id, a folder is mostly in date order already. */
	cmp = s->flags & SCAN_BY_ID ? by_id : by_date;
	for (i = 1; sorted && i < n && cmp(&g.v[i - 1], &g.v[i]) <= 0; i++)
		;
	if (sorted && i < n)
		qsort(g.v, n, sizeof(*g.v), cmp);
	s->people = xreallocarray(s->people, s->npeople + n + 1,
	    sizeof(*s->people));
	s->goals = xreallocarray(s->goals, s->ngoals + n + 1,
	    sizeof(*s->goals));
	for (k = 0; k < n; k++) {
		sl = &g.v[s->reverse ? n - 1 - k : k];
		if (s->stop) {
			model_free(sl->r->type, sl->m);
			slot_release(sl);
			continue;
		}
		report(s, sl);
		if (sl->m == NULL)
			;
		else if (sl->r->type == R_PERSON)
			s->people[s->npeople++] = sl->m;
		else if (sl->r->type == R_GOAL)
			s->goals[s->ngoals++] = sl->m;
		else {
			e = sl->m;
			for (w = 0; w < e->nwith; w++)
				if ((p = scan_person(s, e->with[w])) != NULL) {
					person_see(p, e, s->today,
					    (s->flags & SCAN_DATES) != 0);
					/* Named by a record given. */
					p->given |= s->entries_given;
				}
			for (w = 0; s->entries_given && w < e->ngoals; w++)
				if ((gl = scan_goal(s, e->goals[w])) != NULL)
					gl->given = 1;
			if (s->entry != NULL)
				s->entry(s->ctx, e);
			entry_free(e);
		}
		slot_release(sl);
	}
	free(g.v);
}

static int
person_cmp(const void *key, const void *p)
{
	return strcmp(key, (*(struct person *const *)p)->id);
}

static int
goal_cmp(const void *key, const void *g)
{
	return strcmp(key, (*(struct goal *const *)g)->id);
}

/* People and goals by id, for bsearch (the records given come unsorted). */
static int person_order(const void *, const void *);
static int goal_order(const void *, const void *);

static void
sort_models(struct scan *s)
{
	if (s->npeople > 1)
		qsort(s->people, s->npeople, sizeof(*s->people), person_order);
	if (s->ngoals > 1)
		qsort(s->goals, s->ngoals, sizeof(*s->goals), goal_order);
}

static int
person_order(const void *a, const void *b)
{
	return strcmp((*(struct person *const *)a)->id,
	    (*(struct person *const *)b)->id);
}

static int
goal_order(const void *a, const void *b)
{
	return strcmp((*(struct goal *const *)a)->id,
	    (*(struct goal *const *)b)->id);
}

/* The person of that id read by the scan, or NULL. */
struct person *
scan_person(const struct scan *s, const char *id)
{
	struct person	**p;

	if (s->npeople == 0 || id == NULL)
		return NULL;
	p = bsearch(id, s->people, s->npeople, sizeof(*s->people),
	    person_cmp);
	return p != NULL ? *p : NULL;
}

/* The goal of that id read by the scan, or NULL. */
struct goal *
scan_goal(const struct scan *s, const char *id)
{
	struct goal	**g;

	if (s->ngoals == 0 || id == NULL)
		return NULL;
	g = bsearch(id, s->goals, s->ngoals, sizeof(*s->goals), goal_cmp);
	return g != NULL ? *g : NULL;
}

/* The years to read: those of the folders and of the strays. */
static size_t
entry_years(struct journal *j, char ***out)
{
	char	**years, **v;
	size_t	 ny, n, i, k;

	ny = journal_years(j, &years);
	v = xcalloc(ny + j->nstrays + 1, sizeof(*v));
	for (n = 0; n < ny; n++)
		v[n] = years[n];
	for (i = 0; i < j->nstrays; i++) {
		/* "log/2025/2026-01-02-x.md": its year is at 9. */
		for (k = 0; k < n && strncmp(v[k], j->strays[i] + 9, 4) != 0;
		    k++)
			;
		if (k == n)
			v[n++] = xstrndup(j->strays[i] + 9, 4);
	}
	qsort(v, n, sizeof(*v), str_order);
	*out = v;
	return n;
}

/*
 * Every entry, a year at a time, oldest first (or last, reversed): a
 * year's folder, less the entries named for another year's date, plus
 * those named for this year in other folders (the strays), so that the
 * journal comes in date order even where an entry sits in the wrong
 * folder.
 */
static void
scan_entries(struct scan *s)
{
	struct journal	*j = s->j;
	struct reclist	 l = { NULL, 0, 0 };
	struct rec	 r;
	char		**years, *rel, **have;
	size_t		 ny, nh, k, i, n;
	int		 folder;

	journal_index_ids(j);
	nh = journal_years(j, &have);
	ny = entry_years(j, &years);
	for (k = 0; k < ny && !s->stop; k++) {
		const char *y = years[s->reverse ? ny - 1 - k : k];

		for (i = folder = 0; i < nh && !folder; i++)
			folder = strcmp(have[i], y) == 0;
		if (folder) {
			xasprintf(&rel, "log/%s", y);
			journal_list_folder(j, rel, &l, 1);
			free(rel);
		}
		for (i = n = 0; i < l.n; i++)
			if (journal_stray(j, l.v[i].rel))
				rec_release(&l.v[i]);
			else
				l.v[n++] = l.v[i];
		l.n = n;
		for (i = 0; i < j->nstrays; i++)
			if (strncmp(j->strays[i] + 9, y, 4) == 0 &&
			    rec_from_rel(j->strays[i], &r) == 0)
				reclist_add(&l, &r);
		scan_group(s, l.v, l.n, 1);
		reclist_release(&l);
	}
	for (k = 0; k < ny; k++) {
		for (i = 0; i < nh && have[i] != years[k]; i++)
			;
		if (i == nh)
			free(years[k]);
	}
	free(years);
}

/* The records of one type among those given, in their order. */
static void
given(const struct reclist *l, enum rtype t, struct reclist *out)
{
	size_t	 i;

	for (i = 0; i < l->n; i++)
		if (l->v[i].type == t)
			reclist_add(out, &l->v[i]);
}

/*
 * Read the journal (see model.h): people, goals, then entries; with
 * records given, every person and goal (marked when given) but only the
 * entries given, if any were (SCAN_GIVEN_ONLY: only what was given).
 * Returns the worst status of reading: 0, 65, or 74 and the like.
 */
int
scan_run(struct scan *s)
{
	const struct reclist	*pl, *gl;
	struct reclist		 part = { NULL, 0, 0 };
	struct vctx		*cfg = s->j->settings_cx;
	size_t			 i;

	/* Checks on several threads read the lists: make them now. */
	validate_prepare(s->j);
	body_jit();
	/* mentor.yaml first: a reader reports it as it does a record. */
	if (s->j->settings_rc != 0)
		s->status = status_merge(s->status, s->j->settings_rc);
	if (s->diags == NULL) {
		char *path = journal_path(s->j, "mentor.yaml");

		if (s->j->settings_rc != 0)
			diag(path, s->j->settings_err.line,
			    s->j->settings_err.col, "%s",
			    s->j->settings_err.msg);
		else if (cfg != NULL)
			vctx_warn(cfg, path);
		free(path);
	}
	/* Only the records given, in their order: mentor-check's way. */
	if (s->only != NULL && (s->flags & SCAN_GIVEN_ONLY)) {
		scan_group(s, s->only->v, s->only->n, 0);
		sort_models(s);
		return s->status;
	}
	pl = journal_list(s->j, R_PERSON);
	scan_group(s, pl->v, pl->n, 0);
	gl = journal_list(s->j, R_GOAL);
	scan_group(s, gl->v, gl->n, 0);
	sort_models(s);
	for (i = 0; s->only != NULL && i < s->only->n; i++) {
		struct person	*p;
		struct goal	*g;

		if ((p = scan_person(s, s->only->v[i].id)) != NULL &&
		    s->only->v[i].type == R_PERSON)
			p->given = 1;
		if ((g = scan_goal(s, s->only->v[i].id)) != NULL &&
		    s->only->v[i].type == R_GOAL)
			g->given = 1;
	}
	if (s->ready != NULL)
		s->ready(s->ctx);
	if (s->only != NULL)
		given(s->only, R_ENTRY, &part);
	s->entries_given = part.n > 0;
	/* Records given, but none at all: no entries either. */
	if (part.n > 0 || (s->only != NULL && s->only->n == 0))
		scan_group(s, part.v, part.n, (s->flags & SCAN_SORT) != 0);
	else
		scan_entries(s);
	free(part.v);		/* the recs are s->only's */
	for (i = 0; i < s->npeople; i++)
		person_finish(s->people[i], &s->j->set, s->today);
	return s->status;
}

/* Free the people and goals a scan read. */
void
scan_release(struct scan *s)
{
	size_t	 i;

	for (i = 0; i < s->npeople; i++)
		person_free(s->people[i]);
	free(s->people);
	for (i = 0; i < s->ngoals; i++)
		goal_free(s->goals[i]);
	free(s->goals);
	s->people = NULL;
	s->goals = NULL;
	s->npeople = s->ngoals = 0;
}
