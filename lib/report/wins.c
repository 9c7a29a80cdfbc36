#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mentor.h"
#include "model.h"
#include "render.h"
#include "spool.h"
#include "report/report.h"

/*
 * Wins: the goals achieved in the period (done: in it), the milestones
 * achieved, the skills that rose, the win entries, and the encouragement
 * noted in entries (kept in a spool, win entries and notes apart, in
 * journal order).
 */

enum { W_ENTRIES, W_NOTES };

/* A skill's first and last rating of the period. */
struct rise {
	char	*name;
	int	 first, last;
	size_t	 n;
	mdate	 last_date;
};

struct wins {
	struct spool	*sp;
	struct rise	*v;
	size_t		 nv;
	size_t		 nwins, nenc;
	struct buf	 rec;
};

static void *
wins_new(const struct rctx *rc)
{
	struct wins	*w = xcalloc(1, sizeof(*w));

	(void)rc;
	w->sp = spool_new();
	buf_init(&w->rec);
	return w;
}

static void
rise_see(struct wins *w, const struct rating *r, mdate date)
{
	size_t	 i;

	for (i = 0; i < w->nv; i++)
		if (strcmp(w->v[i].name, r->skill) == 0)
			break;
	if (i == w->nv) {
		w->v = xreallocarray(w->v, w->nv + 1, sizeof(*w->v));
		w->v[i].name = xstrdup(r->skill);
		w->v[i].first = r->value;
		w->v[i].n = 0;
		w->nv++;
	}
	w->v[i].last = r->value;
	w->v[i].last_date = date;
	w->v[i].n++;
}

/* Ratings, win entries and encouragement notes of the period. */
static void
wins_entry(void *st, const struct rctx *rc, const struct entry *e)
{
	struct wins	*w = st;
	size_t		 i;

	if (!concerns(e, rc->with) || !in_period(&rc->per, e->date))
		return;
	for (i = 0; i < e->nratings; i++)
		rise_see(w, &e->ratings[i], e->date);
	if (e->kind_v == EK_WIN) {
		eref_put(&w->rec, e, e->title);
		spool_add(w->sp, W_ENTRIES, w->rec.buf, w->rec.len);
		w->nwins++;
	}
	for (i = 0; i < e->nenc; i++) {
		eref_put(&w->rec, e, e->enc[i]);
		spool_add(w->sp, W_NOTES, w->rec.buf, w->rec.len);
		w->nenc++;
	}
}

/* A milestone done in the period. */
struct achieved {
	const struct goal	*g;
	const struct item	*m;
};

static int
achieved_cmp(const void *a, const void *b)
{
	const struct achieved	*x = a, *y = b;
	int			 c;

	if (x->m->done != y->m->done)
		return x->m->done < y->m->done ? -1 : 1;
	if ((c = strcmp(x->g->id, y->g->id)) != 0)
		return c;
	return x->m->line < y->m->line ? -1 : x->m->line > y->m->line;
}

/* The milestones achieved, by the day they were done. */
static size_t
milestones(const struct rctx *rc, struct out *o)
{
	struct achieved	*av = NULL;
	const struct goal *g;
	char		*s;
	size_t		 i, k, n = 0;

	for (i = 0; i < rc->s->ngoals; i++) {
		g = rc->s->goals[i];
		for (k = 0; goal_shown(rc, g) && k < g->nms; k++) {
			if (!ms_done_in(&g->ms[k], &rc->per))
				continue;
			av = xreallocarray(av, n + 1, sizeof(*av));
			av[n].g = g;
			av[n++].m = &g->ms[k];
		}
	}
	if (n > 1)
		qsort(av, n, sizeof(*av), achieved_cmp);
	out_heading(o, O_V, "Milestones achieved");
	out_list(o, "milestones", O_D);
	for (i = 0; i < n; i++) {
		out_row(o);
		out_str(o, "part", "milestone", O_S);
		out_bullet(o);
		out_str(o, "goal", av[i].g->id, O_J);
		out_str(o, "name", av[i].g->id, O_S);
		out_str(o, "goal_title", av[i].g->title, O_J);
		out_str(o, "path", av[i].g->path, O_D);
		out_int(o, "line", av[i].m->line, O_D);
		out_str(o, "text", av[i].m->text, O_D);
		out_date(o, "done", av[i].m->done, O_J);
		out_date(o, "date", av[i].m->done, O_V | O_S);
		if (out_view(o, O_V)) {
			s = plain(av[i].m->text);
			out_text(o, O_V, "  %s: %s", av[i].g->title, s);
			free(s);
		}
		out_nl(o, O_V);
		out_end(o);
	}
	out_end(o);
	if (n == 0) {
		out_item(o, "none yet");
	}
	free(av);
	return n;
}

static int
goal_done_cmp(const void *a, const void *b)
{
	const struct goal	*x = *(const struct goal *const *)a;
	const struct goal	*y = *(const struct goal *const *)b;

	if (x->done_on != y->done_on)
		return x->done_on < y->done_on ? -1 : 1;
	return strcmp(x->id, y->id);
}

/* The goals done in the period, by the day they were done. */
static size_t
goals_done(const struct rctx *rc, struct out *o)
{
	const struct goal	**gv = NULL, *g;
	size_t			 i, n = 0;

	for (i = 0; i < rc->s->ngoals; i++) {
		g = rc->s->goals[i];
		if (!goal_shown(rc, g) || g->done_on == DATE_NONE ||
		    !in_period(&rc->per, g->done_on))
			continue;
		gv = xreallocarray(gv, n + 1, sizeof(*gv));
		gv[n++] = g;
	}
	if (n > 1)
		qsort(gv, n, sizeof(*gv), goal_done_cmp);
	out_heading(o, O_V, "Goals achieved");
	out_list(o, "goals", O_D);
	for (i = 0; i < n; i++) {
		out_row(o);
		out_str(o, "part", "goal", O_S);
		out_bullet(o);
		out_date(o, "date", gv[i]->done_on, O_V | O_S);
		out_str(o, "goal", gv[i]->id, O_J);
		out_str(o, "name", gv[i]->id, O_S);
		out_str(o, "title", gv[i]->title, O_J);
		out_str(o, "path", gv[i]->path, O_D);
		out_str(o, "text", gv[i]->title, O_S);
		out_date(o, "done", gv[i]->done_on, O_J);
		out_text(o, O_V, "  %s", gv[i]->title);
		out_nl(o, O_V);
		out_end(o);
	}
	out_end(o);
	if (n == 0)
		out_item(o, "none yet");
	free(gv);
	return n;
}

/* A win entry: a row of growth.entries. */
static void
win_entry(void *ctx, const void *rec, size_t len)
{
	struct rprint	*pr = ctx;
	struct out	*o = pr->o;
	struct eref	 r;

	(void)len;
	eref_get(rec, pr->rc->j, &pr->path, &r);
	out_row(o);
	out_str(o, "part", "win", O_S);
	out_bullet(o);
	out_date(o, "date", r.date, O_ALL);
	out_str(o, "id", r.id, O_J);
	out_str(o, "name", r.id, O_S);
	out_str(o, "path", r.path, O_D);
	out_str(o, "title", r.text, O_J);
	out_str(o, "text", r.text, O_S);
	out_text(o, O_V, "  win: %s", r.text != NULL ? r.text :
	    "(a private entry)");
	out_nl(o, O_V);
	out_end(o);
}

/* An encouragement note, wrapped in text. */
static void
note(void *ctx, const void *rec, size_t len)
{
	struct rprint	*pr = ctx;
	struct out	*o = pr->o;
	struct eref	 r;

	(void)len;
	eref_get(rec, pr->rc->j, &pr->path, &r);
	out_row(o);
	out_str(o, "part", "encouragement", O_S);
	out_bullet(o);
	out_date(o, "date", r.date, O_ALL);
	out_text(o, O_V, "  ");
	out_str(o, "entry", r.id, O_J);
	out_str(o, "name", r.id, O_S);
	out_str(o, "path", r.path, O_D);
	out_str(o, "text", r.text, O_ALL | O_WRAP);
	out_nl(o, O_V);
	out_end(o);
}

static const char *const wins_tsv[] = { "part", "date", "name", "path",
	"line", "text" };

static size_t
wins_print(void *st, const struct rctx *rc, struct out *o)
{
	struct wins	*w = st;
	struct rise	*r;
	struct rprint	 pr = { o, rc, BUF_INIT, BUF_INIT };
	char		 t[32];
	size_t		 i, rows, n = 0;

	report_begin(rc, o, "wins", wins_tsv, 6);
	report_title(rc, o, "Wins", 1);
	rows = goals_done(rc, o);
	rows += milestones(rc, o);

	out_heading(o, O_V, "Personal growth");
	out_obj(o, "growth", O_J);
	out_list(o, "skills", O_D);
	for (i = 0; i < w->nv; i++) {
		r = &w->v[i];
		if (r->n < 2 || r->last <= r->first)
			continue;
		n++;
		out_row(o);
		out_str(o, "part", "growth", O_S);
		out_date(o, "date", r->last_date, O_S);
		out_bullet(o);
		out_str(o, "name", r->name, O_ALL);
		out_text(o, O_V, " rose from ");
		out_int(o, "first", r->first, O_ALL);
		out_text(o, O_V, " to ");
		out_int(o, "last", r->last, O_ALL);
		out_int(o, "count", (long long)r->n, O_J);
		out_text(o, O_V, " (%zu ratings)", r->n);
		snprintf(t, sizeof(t), "%d -> %d", r->first, r->last);
		out_str(o, "text", t, O_S);
		out_nl(o, O_V);
		out_end(o);
	}
	out_end(o);
	out_list(o, "entries", O_D);
	spool_each(w->sp, W_ENTRIES, win_entry, &pr);
	out_end(o);
	out_end(o);
	if (n + w->nwins == 0) {
		out_item(o, "nothing yet");
	}
	rows += n + w->nwins;

	out_heading(o, O_V, "Encouragement");
	out_list(o, "encouragement", O_D);
	spool_each(w->sp, W_NOTES, note, &pr);
	buf_release(&pr.path);
	buf_release(&pr.line);
	out_end(o);
	if (rc->share || w->nenc == 0) {
		out_bullet(o);
		out_text(o, O_V, "%s", rc->share ? "(left out when sharing)" :
		    "none noted");
		out_nl(o, O_V);
	}
	return rows + w->nenc;
}

static void
wins_free(void *st)
{
	struct wins	*w = st;
	size_t		 i;

	for (i = 0; i < w->nv; i++)
		free(w->v[i].name);
	free(w->v);
	spool_free(w->sp);
	buf_release(&w->rec);
	free(w);
}

const struct report report_wins = {
	"wins", SCAN_NOTES, wins_new, wins_entry, wins_print, wins_free
};
