#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "mentor.h"
#include "model.h"
#include "render.h"
#include "report/report.h"

/*
 * All: the reports one after the other over one reading of the journal,
 * as one document — one page in html, a section a report; one object in
 * JSON, its reports in "reports".  The agenda comes last, with --with.
 * The timeline is left out: it is a day-by-day log, not a review.
 */

static const struct report *const parts[] = {
	&report_summary, &report_progress, &report_cadence, &report_skills,
	&report_wins, &report_actions, &report_due, &report_agenda
};
#define NPARTS	(sizeof(parts) / sizeof(parts[0]))

struct all {
	void	*st[NPARTS];
	size_t	 n;		/* the parts made */
};

static void *
all_new(const struct rctx *rc)
{
	struct all	*a = xcalloc(1, sizeof(*a));

	/* The agenda is for one person. */
	a->n = rc->with != NULL ? NPARTS : NPARTS - 1;
	for (size_t i = 0; i < a->n; i++)
		a->st[i] = parts[i]->new(rc);
	return a;
}

static void
all_entry(void *st, const struct rctx *rc, const struct entry *e)
{
	struct all	*a = st;

	for (size_t i = 0; i < a->n; i++)
		if (parts[i]->entry != NULL)
			parts[i]->entry(a->st[i], rc, e);
}

static size_t
all_print(void *st, const struct rctx *rc, struct out *o)
{
	struct all	*a = st;
	char		*what;
	size_t		 i, rows = 0;
	int		 depth;

	report_begin(rc, o, "all", NULL, 0);
	xasprintf(&what, "Mentoring report for %s", rc->j->set.owner ?
	    rc->j->set.owner : "this journal");
	report_title(rc, o, what, 1);
	free(what);
	out_list(o, "reports", O_J);
	for (i = 0; i < a->n; i++) {
		out_blank(o, O_TM);
		depth = o->depth;
		rows += parts[i]->print(a->st[i], rc, o);
		while (o->depth > depth)
			out_end(o);
	}
	out_end(o);
	return rows;
}

static void
all_free(void *st)
{
	struct all	*a = st;

	for (size_t i = 0; i < a->n; i++)
		parts[i]->free(a->st[i]);
	free(a);
}

const struct report report_all = {
	"all", SCAN_NOTES | SCAN_DATES, all_new, all_entry, all_print,
	all_free
};
