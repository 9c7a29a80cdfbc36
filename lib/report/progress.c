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
 * Progress: each goal's milestones done, its next and overdue ones, its
 * due date, and the entries of the period that cite it (its evidence),
 * kept in a spool by goal.
 */

struct progress {
	struct spool	*ev;		/* evidence, grouped by goal */
	size_t		*nev;		/* evidence a goal, by goal */
	struct buf	 rec;
};

static void *
progress_new(const struct rctx *rc)
{
	struct progress	*pg = xcalloc(1, sizeof(*pg));

	pg->ev = spool_new();
	pg->nev = xcalloc(rc->s->ngoals + 1, sizeof(*pg->nev));
	buf_init(&pg->rec);
	return pg;
}

/* The index of the goal called id among the scan's (sorted by id), or -1. */
static long
goal_index(const struct rctx *rc, const char *id)
{
	size_t	 lo = 0, hi = rc->s->ngoals, mid;
	int	 c;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if ((c = strcmp(rc->s->goals[mid]->id, id)) == 0)
			return (long)mid;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return -1;
}

/* An entry held in the period (up to today) is evidence for its goals. */
static void
progress_entry(void *st, const struct rctx *rc, const struct entry *e)
{
	struct progress	*pg = st;
	size_t		 i;
	long		 g;

	if (!concerns(e, rc->with) || !entry_held(e) ||
	    !in_period(&rc->per, e->date))
		return;
	for (i = 0; i < e->ngoals; i++) {
		if ((g = goal_index(rc, e->goals[i])) < 0)
			continue;
		eref_put(&pg->rec, e, e->title);
		spool_add(pg->ev, (uint32_t)g, pg->rec.buf, pg->rec.len);
		pg->nev[g]++;
	}
}

/* One piece of evidence: a row under the goal. */
static void
evidence(void *ctx, const void *rec, size_t len)
{
	struct rprint	*pr = ctx;
	struct out	*o = pr->o;
	struct eref	 r;
	char		 ds[DATE_STRLEN];

	(void)len;
	/* Only JSON shows the path: the others need not make it. */
	eref_get(rec, pr->rc->j, out_shows(o, O_J) ? &pr->path : NULL, &r);
	/* With --share, a private entry leaves no r.text. */
	if (r.text == NULL)
		r.text = out_view(o, O_V) ? "(a private entry)" : NULL;
	out_row(o);
	if (out_view(o, O_T) && r.date != DATE_NONE) {
		/*
		 * "    DATE  TITLE", made by hand: the evidence is most of
		 * the report's lines.
		 */
		buf_reset(&pr->line);
		buf_addstr(&pr->line, "    ");
		date_format(r.date, ds);
		buf_addstr(&pr->line, ds);
		buf_addstr(&pr->line, "  ");
		buf_addstr(&pr->line, r.text);
		out_text(o, O_T, "%s", pr->line.buf);
		out_nl(o, O_T);
		out_end(o);
		return;
	}
	out_text(o, O_TM, "  ");
	out_bullet(o);
	out_date(o, "date", r.date, O_ALL);
	out_text(o, O_V, "  ");
	out_str(o, "id", r.id, O_J);
	out_str(o, "path", r.path, O_J);
	out_str(o, "title", r.text, O_J);
	out_text(o, O_V, "%s", r.text);
	out_nl(o, O_V);
	out_end(o);
}

static const char *const progress_tsv[] = { "id", "title", "status", "done",
	"total", "next", "next_due", "overdue", "due", "days_left",
	"evidence" };

/* One goal: its bar, next milestone, overdue ones and evidence. */
static void
progress_goal(struct progress *pg, struct rprint *pr, size_t gi)
{
	const struct rctx	*rc = pr->rc;
	struct out		*o = pr->o;
	const struct goal	*g = rc->s->goals[gi];
	const struct item	*nx = g->next >= 0 ? &g->ms[g->next] : NULL;
	char			 d[24], *s;
	size_t			 k;

	out_row(o);
	out_str(o, "id", g->id, O_D);
	out_str(o, "path", g->path, O_J);
	out_heading(o, O_V, g->title);
	out_str(o, "title", g->title, O_D);
	out_chart(o, OC_BARS, "Milestones done", "goal");
	out_bullet(o);
	out_bar(o, g->title, g->done, g->total, 20);
	out_text(o, O_TM, " ");
	out_str(o, "status", g->status, O_D);
	out_int(o, "done", g->done, O_ALL);
	out_text(o, O_TM, "/");
	out_text(o, O_H, " of ");
	out_int(o, "total", g->total, O_ALL);
	out_text(o, O_V, " milestones%s, %s", out_view(o, O_H) ? " done" :
	    "", g->status);
	if (g->due != DATE_NONE) {
		out_text(o, O_V, ", due ");
		out_date(o, NULL, g->due, O_V);
		if (g->live && g->due >= rc->today)
			out_text(o, O_V, ", %s left", out_days(d, sizeof(d),
			    g->due - rc->today));
		else if (g->live)
			out_text(o, O_V, ", %s over", out_days(d, sizeof(d),
			    rc->today - g->due));
	}
	out_nl(o, O_V);
	out_chart_end(o);
	out_str(o, "next", nx != NULL ? nx->text : NULL, O_D);
	out_intn(o, "next_line", nx != NULL ? nx->line : 0, nx != NULL, O_J);
	out_date(o, "next_due", nx != NULL ? nx->due : DATE_NONE, O_D);
	if (nx != NULL && out_view(o, O_V)) {
		s = plain(nx->text);
		out_bullet(o);
		out_text(o, O_V, "next: %s", s);
		if (nx->due != DATE_NONE) {
			out_text(o, O_V, ", due ");
			out_date(o, NULL, nx->due, O_V);
		}
		out_nl(o, O_V);
		free(s);
	}
	out_bool(o, "overdue", g->overdue, O_D);
	out_list(o, "overdue_milestones", O_J);
	for (k = 0; k < g->nms; k++) {
		if (!g->ms[k].overdue)
			continue;
		out_row(o);
		out_bullet(o);
		out_text(o, O_V, "overdue: %s:", g->path);
		out_int(o, "line", g->ms[k].line, O_ALL);
		out_text(o, O_V, ": ");
		out_str(o, "text", g->ms[k].text, O_ALL);
		out_date(o, "due", g->ms[k].due, O_J);
		out_nl(o, O_V);
		out_end(o);
	}
	out_end(o);
	out_date(o, "due", g->due, O_D);
	out_intn(o, "days_left", g->due - rc->today, g->due != DATE_NONE, O_D);
	out_int(o, "evidence", (long long)pg->nev[gi], O_S);
	out_bullet(o);
	out_text(o, O_V, "evidence: %zu entr%s", pg->nev[gi], pg->nev[gi] ==
	    1 ? "y" : "ies");
	out_nl(o, O_V);
	out_list(o, "evidence", O_J);
	spool_each(pg->ev, (uint32_t)gi, evidence, pr);
	out_end(o);
	out_end(o);
}

static size_t
progress_print(void *st, const struct rctx *rc, struct out *o)
{
	struct progress	*pg = st;
	struct rprint	 pr = { o, rc, BUF_INIT, BUF_INIT };
	size_t		 i, rows = 0;

	report_begin(rc, o, "progress", progress_tsv, 11);
	report_title(rc, o, "Progress", 1);
	out_list(o, "goals", O_D);
	for (i = 0; i < rc->s->ngoals; i++) {
		if (!goal_shown(rc, rc->s->goals[i]))
			continue;
		rows++;
		progress_goal(pg, &pr, i);
	}
	buf_release(&pr.path);
	buf_release(&pr.line);
	out_end(o);
	if (rows == 0) {
		out_blank(o, O_V);
		out_item(o, "no goals");
	}
	return rows;
}

static void
progress_free(void *st)
{
	struct progress	*pg = st;

	spool_free(pg->ev);
	free(pg->nev);
	buf_release(&pg->rec);
	free(pg);
}

const struct report report_progress = {
	"progress", 0, progress_new, progress_entry, progress_print,
	progress_free
};
