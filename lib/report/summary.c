#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mentor.h"
#include "model.h"
#include "render.h"
#include "report/report.h"

/*
 * The summary: each relationship's cadence and check-ins, the goals and
 * their progress, the overdue milestones, the open action items and the
 * wins of the period (win entries, milestones and goals done), all in
 * numbers.
 */

struct summary {
	size_t	 open, overdue;	/* open action items, and late ones */
	mdate	 oldest;	/* the oldest entry holding one */
	size_t	 wins;		/* win entries in the period */
};

static void *
summary_new(const struct rctx *rc)
{
	struct summary	*sm = xcalloc(1, sizeof(*sm));

	(void)rc;
	sm->oldest = DATE_NONE;
	return sm;
}

/*
 * Count an entry's open action items that concern the --with person (all
 * of them without --with), and a win entry of the period.
 */
static void
summary_entry(void *st, const struct rctx *rc, const struct entry *e)
{
	struct summary		*sm = st;
	const struct item	*t;
	size_t			 i;

	if (!concerns(e, rc->with))
		return;
	for (i = 0; i < e->nitems; i++) {
		t = &e->items[i];
		if (!item_open_for(rc, e, t))
			continue;
		sm->open++;
		sm->overdue += t->due != DATE_NONE && t->due < rc->today;
		if (e->date != DATE_NONE && (sm->oldest == DATE_NONE ||
		    e->date < sm->oldest))
			sm->oldest = e->date;
	}
	if (e->kind_v == EK_WIN && in_period(&rc->per, e->date))
		sm->wins++;
}

static const char *const summary_tsv[] = { "id", "name", "cadence", "last",
	"next_due", "overdue_days", "held", "expected" };
static const struct ocol people_cols[] = {
	{ "person", O_FLEX }, { "cadence", O_FLEX }, { "last", 0 },
	{ "next due", 0 }, { "overdue", 0 }
};
static const char *const statuses[] = { "active", "paused", "done",
	"dropped" };

/* The relationships: a row a person, then the check-ins in all. */
static size_t
relationships(const struct rctx *rc, struct out *o)
{
	const struct person	*p;
	char			 d[24];
	size_t			 i, n = 0;
	int			 held = 0, expected = 0, h, x;

	out_heading(o, O_V, "Relationships");
	out_table(o, "people", people_cols, 5, 2, O_D);
	for (i = 0; i < rc->s->npeople; i++) {
		p = rc->s->people[i];
		if (!person_shown(rc, p))
			continue;
		n++;
		held += h = held_in(p, &rc->per);
		expected += x = expected_in(p, &rc->per, rc->today);
		out_row(o);
		out_str(o, "id", p->id, O_D);
		out_str(o, "name", p->name, O_D);
		out_str(o, NULL, p->name ? p->name : p->id, O_V | O_W(20));
		out_str(o, "cadence", p->cadence_used, O_ALL);
		out_date(o, "last", p->last, O_ALL | O_DASH);
		out_date(o, "next_due", p->next_due, O_ALL | O_DASH);
		out_intn(o, "overdue_days", p->overdue_days,
		    p->next_due != DATE_NONE, O_D);
		out_str(o, NULL, p->overdue_days > 0 ? out_days(d, sizeof(d),
		    p->overdue_days) : "", O_V);
		out_int(o, "held", h, O_D);
		out_int(o, "expected", x, O_D);
		out_end(o);
	}
	out_end(o);
	if (n == 0) {
		out_text(o, O_T, "  ");
		out_text(o, O_V, "no one active with a cadence");
		out_nl(o, O_V);
	}
	out_blank(o, O_M);
	out_obj(o, "checkins", O_J);
	/* A line of the list in text, a sentence in md. */
	out_text(o, O_T, "  check-ins: ");
	out_text(o, O_M | O_H, "Check-ins: ");
	out_int(o, "held", held, O_ALL);
	out_text(o, O_V, " held, ");
	out_int(o, "expected", expected, O_ALL);
	out_text(o, O_V, " expected by the cadences");
	out_text(o, O_M | O_H, ".");
	out_nl(o, O_V);
	out_end(o);
	return n;
}

/* The goals: how many of each status, then a line a goal with its bar. */
static size_t
goals(const struct rctx *rc, struct out *o)
{
	const struct goal	*g;
	size_t			 i, n = 0;
	int			 counts[4] = { 0, 0, 0, 0 }, st;

	for (i = 0; i < rc->s->ngoals; i++) {
		g = rc->s->goals[i];
		if (!goal_shown(rc, g))
			continue;
		n++;
		if (g->status_v >= 0 && g->status_v < 4)
			counts[g->status_v]++;
	}
	out_heading(o, O_V, "Goals");
	out_obj(o, "goals_by_status", O_J);
	out_text(o, O_T, "  ");
	for (st = 0; st < 4; st++) {
		out_int(o, statuses[st], counts[st], O_ALL);
		out_text(o, O_V, " %s%s", statuses[st], st < 3 ? ", " : "");
	}
	out_nl(o, O_V);
	out_end(o);
	if (n > 0)
		out_blank(o, O_M);
	out_chart(o, OC_BARS, "Milestones done, by goal", "goal");
	out_list(o, "goals", O_J);
	for (i = 0; i < rc->s->ngoals; i++) {
		g = rc->s->goals[i];
		if (!goal_shown(rc, g))
			continue;
		out_row(o);
		out_str(o, "id", g->id, O_J);
		out_bullet(o);
		out_str(o, "title", g->title, O_ALL | O_W(30));
		out_text(o, O_TM, " ");
		out_bar(o, g->title, g->done, g->total, 10);
		out_text(o, O_TM, " ");
		out_text(o, O_H, ": ");
		out_int(o, "done", g->done, O_ALL);
		out_text(o, O_TM, "/");
		out_text(o, O_H, " of ");
		out_int(o, "total", g->total, O_ALL);
		out_text(o, O_TM, "  ");
		out_text(o, O_H, " milestones done, ");
		out_str(o, "status", g->status, O_ALL);
		out_text(o, O_V, "%s", g->overdue ? ", overdue" : "");
		out_date(o, "next_due", g->next >= 0 ? g->ms[g->next].due :
		    DATE_NONE, O_J);
		out_bool(o, "overdue", g->overdue, O_J);
		out_nl(o, O_V);
		out_end(o);
	}
	out_end(o);
	out_chart_end(o);
	return n;
}

/* Every overdue milestone, where it is. */
static void
overdue_milestones(const struct rctx *rc, struct out *o)
{
	const struct goal	*g;
	const struct item	*m;
	size_t			 i, k, n = 0;

	out_heading(o, O_V, "Overdue milestones");
	out_list(o, "overdue_milestones", O_J);
	for (i = 0; i < rc->s->ngoals; i++) {
		g = rc->s->goals[i];
		for (k = 0; goal_shown(rc, g) && k < g->nms; k++) {
			m = &g->ms[k];
			if (!m->overdue)
				continue;
			n++;
			out_row(o);
			out_str(o, "goal", g->id, O_J);
			out_bullet(o);
			out_str(o, "path", g->path, O_ALL);
			out_text(o, O_V, ":");
			out_int(o, "line", m->line, O_ALL);
			out_text(o, O_V, ": [%c] ", m->status);
			out_str(o, "text", m->text, O_ALL);
			out_date(o, "due", m->due, O_J);
			out_nl(o, O_V);
			out_end(o);
		}
	}
	out_end(o);
	if (n == 0) {
		out_item(o, "none");
	}
}

static size_t
summary_print(void *st, const struct rctx *rc, struct out *o)
{
	struct summary		*sm = st;
	const struct goal	*g;
	char			 d[24], *what;
	size_t			 i, k, rows;
	int			 mdone = 0, gdone = 0;

	for (i = 0; i < rc->s->ngoals; i++) {
		g = rc->s->goals[i];
		for (k = 0; goal_shown(rc, g) && k < g->nms; k++)
			mdone += ms_done_in(&g->ms[k], &rc->per);
		gdone += goal_shown(rc, g) && g->done_on != DATE_NONE &&
		    in_period(&rc->per, g->done_on);
	}
	report_begin(rc, o, "summary", summary_tsv, 8);
	xasprintf(&what, "Summary for %s", rc->j->set.owner ?
	    rc->j->set.owner : "this journal");
	report_title(rc, o, what, 1);
	free(what);
	rows = relationships(rc, o);
	rows += goals(rc, o);
	overdue_milestones(rc, o);

	out_heading(o, O_V, "Action items");
	out_obj(o, "actions", O_J);
	out_text(o, O_T, "  ");
	out_int(o, "open", (long long)sm->open, O_ALL);
	out_text(o, O_V, " open, ");
	out_int(o, "overdue", (long long)sm->overdue, O_ALL);
	out_text(o, O_V, " overdue");
	out_date(o, "oldest", sm->oldest, O_J);
	out_intn(o, "oldest_days", sm->oldest != DATE_NONE ? rc->today -
	    sm->oldest : 0, sm->oldest != DATE_NONE, O_J);
	if (sm->oldest != DATE_NONE) {
		out_text(o, O_V, ", the oldest from ");
		out_date(o, NULL, sm->oldest, O_V);
		out_text(o, O_V, " (%s)", out_days(d, sizeof(d), rc->today -
		    sm->oldest));
	}
	out_nl(o, O_V);
	out_end(o);

	out_heading(o, O_V, "Wins");
	out_obj(o, "wins", O_J);
	out_text(o, O_T, "  ");
	out_int(o, "entries", (long long)sm->wins, O_ALL);
	out_text(o, O_V, " win entr%s, ", sm->wins == 1 ? "y" : "ies");
	out_int(o, "milestones", mdone, O_ALL);
	out_text(o, O_V, " milestone%s done, ", mdone == 1 ? "" : "s");
	out_int(o, "goals", gdone, O_ALL);
	out_text(o, O_V, " goal%s done", gdone == 1 ? "" : "s");
	out_nl(o, O_V);
	out_end(o);
	return rows;
}

static void
summary_free(void *st)
{
	free(st);
}

const struct report report_summary = {
	"summary", SCAN_DATES, summary_new, summary_entry, summary_print,
	summary_free
};
