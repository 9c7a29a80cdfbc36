#include "config.h"

#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mentor.h"
#include "model.h"
#include "render.h"
#include "report/report.h"

/*
 * The program report, for a coordinator: a row of numbers a journal (its
 * relationships, check-ins, goals, milestones, action items and wins) and
 * their totals.  Each journal is read by the same scan as the others; a
 * journal that cannot be found is left out, and its status kept.
 */

struct jline {
	char	*dir, *owner;
	int	 ok;
	long long people, held, expected, goals, mdone, mtotal, moverdue;
	long long open, overdue, wins;
};

struct count {
	struct jline		*jl;
	const struct rctx	*rc;
};

/* An entry's open action items, and a win of the period. */
static void
count_entry(void *ctx, const struct entry *e)
{
	struct count		*c = ctx;
	const struct item	*t;
	size_t			 i;

	for (i = 0; i < e->nitems; i++) {
		t = &e->items[i];
		if (!task_status_live(t->status))
			continue;
		c->jl->open++;
		c->jl->overdue += t->due != DATE_NONE && t->due < c->rc->today;
	}
	if (e->kind_v == EK_WIN && in_period(&c->rc->per, e->date))
		c->jl->wins++;
}

/*
 * Read one journal into its line.  The period's words are read again in
 * it, for weeks that start on its own week-start.
 */
static void
program_line(const char *dir, struct jline *jl, const char *period_opt,
    const char *since_opt, const char *until_opt, mdate today, int *status)
{
	struct journal		 j;
	struct scan		 s;
	struct rctx		 rc;
	struct count		 c;
	const struct goal	*g;
	size_t			 i, k;
	int			 rs;

	memset(jl, 0, sizeof(*jl));
	jl->dir = xstrdup(dir);
	if ((rs = journal_find(&j, dir, JF_QUIET)) != 0) {
		*status = status_merge(*status, rs);
		return;
	}
	jl->ok = 1;
	memset(&rc, 0, sizeof(rc));
	rc.j = &j;
	rc.today = today;
	period_args(&rc.per, period_opt, since_opt, until_opt, today,
	    j.set.week_start);
	scan_init(&s, &j, today);
	s.flags = SCAN_DATES;	/* held_in */
	c.jl = jl;
	c.rc = &rc;
	s.ctx = &c;
	s.entry = count_entry;
	rc.s = &s;
	*status = status_merge(*status, scan_run(&s));
	jl->owner = j.set.owner ? xstrdup(j.set.owner) : NULL;
	for (i = 0; i < s.npeople; i++)
		if (person_shown(&rc, s.people[i])) {
			jl->people++;
			jl->held += held_in(s.people[i], &rc.per);
			jl->expected += expected_in(s.people[i], &rc.per, today);
		}
	for (i = 0; i < s.ngoals; i++) {
		g = s.goals[i];
		jl->goals += g->status_v == GS_ACTIVE;
		jl->mdone += g->done;
		jl->mtotal += g->total;
		for (k = 0; k < g->nms; k++)
			jl->moverdue += g->ms[k].overdue;
	}
	scan_release(&s);
	journal_close(&j);
}

static const char *const program_tsv[] = { "journal", "owner", "people",
	"held", "expected", "goals", "milestones_done", "milestones",
	"overdue_milestones", "open_actions", "overdue_actions", "wins" };
static const struct ocol program_cols[] = {
	{ "journal", O_FLEX }, { "people", O_RIGHT }, { "check-ins", O_RIGHT },
	{ "goals", O_RIGHT }, { "milestones", O_RIGHT }, { "late", O_RIGHT },
	{ "open", O_RIGHT }, { "overdue", O_RIGHT }, { "wins", O_RIGHT }
};

/*
 * One journal's numbers, or (name "total") the totals', showing only
 * where mask says.
 */
static void
program_row(struct out *o, const struct jline *jl, const char *name,
    unsigned mask)
{
	if (jl->dir != NULL) {
		out_str(o, "journal", jl->dir, O_J & mask);
		out_str(o, "owner", jl->owner, O_J & mask);
	}
	out_str(o, "journal", name, O_S & mask);
	out_str(o, NULL, name, (O_V & mask) | O_W(18));
	out_str(o, "owner", jl->owner, O_S & mask);
	out_int(o, "people", jl->people, O_ALL & mask);
	out_int(o, "held", jl->held, O_D & mask);
	out_int(o, "expected", jl->expected, O_D & mask);
	out_text(o, O_V & mask, "%lld/%lld", jl->held, jl->expected);
	out_int(o, "goals", jl->goals, O_ALL & mask);
	out_int(o, "milestones_done", jl->mdone, O_D & mask);
	out_int(o, "milestones", jl->mtotal, O_D & mask);
	out_text(o, O_V & mask, "%lld/%lld", jl->mdone, jl->mtotal);
	out_int(o, "overdue_milestones", jl->moverdue, O_ALL & mask);
	out_int(o, "open_actions", jl->open, O_ALL & mask);
	out_int(o, "overdue_actions", jl->overdue, O_ALL & mask);
	out_int(o, "wins", jl->wins, O_ALL & mask);
}

/*
 * The program report over the journals in dirs; the period from the
 * options.  Returns the journals reported; *status gets the worst status
 * of finding and reading them.
 */
size_t
report_program(char *const *dirs, size_t n, const struct opts *opt,
    const char *period_opt, const char *since_opt, const char *until_opt,
    mdate today, int *status)
{
	struct jline	*v = xcalloc(n + 1, sizeof(*v)), tot;
	struct rctx	 rc;
	struct out	 o;
	size_t		 i, rows = 0;

	memset(&rc, 0, sizeof(rc));
	rc.today = today;
	period_args(&rc.per, period_opt, since_opt, until_opt, today,
	    WEEK_MONDAY);
	for (i = 0; i < n; i++)
		program_line(dirs[i], &v[i], period_opt, since_opt, until_opt,
		    today, status);
	memset(&tot, 0, sizeof(tot));
	for (i = 0; i < n; i++) {
		if (!v[i].ok)
			continue;
		rows++;
		tot.people += v[i].people;
		tot.held += v[i].held;
		tot.expected += v[i].expected;
		tot.goals += v[i].goals;
		tot.mdone += v[i].mdone;
		tot.mtotal += v[i].mtotal;
		tot.moverdue += v[i].moverdue;
		tot.open += v[i].open;
		tot.overdue += v[i].overdue;
		tot.wins += v[i].wins;
	}
	out_init(&o, opt->fmt == FMT_NONE ? FMT_TEXT : opt->fmt, opt);
	out_report(&o, "program", &rc.per, today, program_tsv, 12);
	report_title(&rc, &o, "Program report", 1);
	out_blank(&o, O_V);
	out_table(&o, "journals", program_cols, 9, 0, O_D);
	for (i = 0; i < n; i++) {
		if (!v[i].ok)
			continue;
		out_row(&o);
		program_row(&o, &v[i], v[i].dir, O_ALL);
		out_end(&o);
	}
	/* The totals: a last row in the view and tsv, an object in JSON. */
	out_rowf(&o, O_V | O_S);
	program_row(&o, &tot, "total", O_V | O_S);
	out_end(&o);
	out_end(&o);
	out_obj(&o, "totals", O_J);
	program_row(&o, &tot, NULL, O_J);
	out_end(&o);
	out_blank(&o, O_T);
	out_text(&o, O_T, "check-ins: held/expected; milestones: done/all; "
	    "late: overdue milestones;");
	out_nl(&o, O_T);
	out_text(&o, O_T, "open, overdue: action items; goals: active ones");
	out_nl(&o, O_T);
	out_done(&o);
	for (i = 0; i < n; i++) {
		free(v[i].dir);
		free(v[i].owner);
	}
	free(v);
	return rows;
}
