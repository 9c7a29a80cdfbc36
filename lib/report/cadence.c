#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mentor.h"
#include "model.h"
#include "render.h"
#include "report/report.h"

/*
 * Cadence: for each relationship, the check-ins held against those the
 * cadence expected, the longest gap, the on-time streak, and a calendar
 * of the weeks with a check-in.  Everything comes from the people the
 * scan read; entries add nothing more.
 */

#define CAL_WEEKS	52	/* the calendar, at most */

/* The first day of the week holding d (weeks start on ws). */
static mdate
week_of(mdate d, int ws)
{
	return d - ((date_weekday(d) - ws + 7) % 7);
}

/*
 * The calendar: a cell a week, the weeks of the period up to today, or
 * the last 52 weeks; never more than 52.  Sets the first day and returns
 * the number of weeks (0 for a period after today).
 */
static int
cal_range(const struct rctx *rc, mdate *from)
{
	const struct period *p = &rc->per;
	mdate	 end = p->until != DATE_NONE && p->until < rc->today ?
		    p->until : rc->today, w0, w1;
	int	 n, ws = rc->j->set.week_start;

	w1 = week_of(end, ws);
	w0 = p->since != DATE_NONE ? week_of(p->since, ws) :
	    w1 - (CAL_WEEKS - 1) * 7;
	if (w0 > w1) {
		*from = w0;
		return 0;
	}
	n = (w1 - w0) / 7 + 1;
	if (n > CAL_WEEKS) {
		w0 = w1 - (CAL_WEEKS - 1) * 7;
		n = CAL_WEEKS;
	}
	*from = w0;
	return n;
}

/*
 * Mark the weeks of the calendar (nw from w0, up to end) in which a
 * check-in fell due (one cadence after since or the check-in before it,
 * unless an earlier check-in made it moot) and those with an overdue day
 * (after the late date, before the check-in that came, or up to end).
 */
static void
cal_marks(const struct person *p, mdate w0, mdate end, int nw,
    unsigned *marks)
{
	mdate	 prev = p->since, next, due, d;
	size_t	 k = 0;

	if (!p->has_cad)
		return;
	if (prev == DATE_NONE && p->ndates > 0)
		prev = p->dates[k++];
	for (; prev != DATE_NONE; k++) {
		next = k < p->ndates ? p->dates[k] : DATE_NONE;
		due = cadence_due(&p->cad, prev);
		if (due != DATE_NONE && due >= w0 && due <= end &&
		    (next == DATE_NONE || next >= due))
			marks[(due - w0) / 7] |= OW_DUE;
		d = cadence_late(&p->cad, prev);
		for (d = d != DATE_NONE && d + 1 > w0 ? d + 1 : w0;
		    d != DATE_NONE && d <= end && (next == DATE_NONE ||
		    d < next) && (d - w0) / 7 < nw; d++)
			marks[(d - w0) / 7] |= OW_OVERDUE;
		prev = next;
	}
}

static void *
cadence_new(const struct rctx *rc)
{
	(void)rc;
	return NULL;
}

static const char *const cadence_tsv[] = { "id", "name", "cadence",
	"expected", "held", "longest_gap_days", "streak", "last", "next_due",
	"overdue_days" };

/* One person: the numbers, then the weeks. */
static void
cadence_person(const struct rctx *rc, struct out *o, const struct person *p,
    mdate w0, mdate end, int nw)
{
	struct buf	 head = BUF_INIT;
	char		 d[24];
	int		 cells[CAL_WEEKS], c;
	unsigned	 marks[CAL_WEEKS];
	size_t		 k;

	memset(cells, 0, sizeof(cells));
	memset(marks, 0, sizeof(marks));
	if (nw > 0)
		cal_marks(p, w0, end, nw, marks);
	for (k = 0; k < p->ndates; k++)
		if (p->dates[k] >= w0 && p->dates[k] <= end &&
		    (p->dates[k] - w0) / 7 < nw &&
		    in_period(&rc->per, p->dates[k]))
			cells[(p->dates[k] - w0) / 7]++;
	out_row(o);
	buf_addf(&head, "%s, %s", p->name ? p->name : p->id, p->cadence_used);
	out_heading(o, O_V, head.buf);
	out_str(o, "id", p->id, O_D);
	out_str(o, "name", p->name, O_D);
	out_str(o, "cadence", p->cadence_used, O_D);
	out_date(o, "since", p->since, O_J);
	out_bullet(o);
	out_text(o, O_V, "held ");
	out_int(o, "expected", expected_in(p, &rc->per, rc->today), O_D);
	out_int(o, "held", held_in(p, &rc->per), O_ALL);
	out_text(o, O_V, " of %d expected, longest gap %s, on-time streak ",
	    expected_in(p, &rc->per, rc->today), out_days(d, sizeof(d),
	    longest_gap(p, &rc->per, rc->today)));
	out_int(o, "longest_gap_days", longest_gap(p, &rc->per, rc->today),
	    O_D);
	out_int(o, "streak", streak(p), O_ALL);
	out_nl(o, O_V);
	out_bullet(o);
	out_text(o, O_V, "last ");
	out_date(o, "last", p->last, O_ALL | O_DASH);
	out_text(o, O_V, ", next due ");
	out_date(o, "next_due", p->next_due, O_ALL | O_DASH);
	out_intn(o, "overdue_days", p->overdue_days, p->next_due !=
	    DATE_NONE, O_D);
	if (p->overdue_days > 0)
		out_text(o, O_V, ", %s overdue", out_days(d, sizeof(d),
		    p->overdue_days));
	out_nl(o, O_V);
	out_date(o, "planned", p->planned, O_J);
	out_list(o, "weeks", O_J);
	for (c = 0; c < nw; c++)
		out_int(o, NULL, cells[c], O_J);
	out_end(o);
	if (nw > 0) {
		buf_reset(&head);
		buf_addf(&head, "Check-ins with %s, a week a cell", p->name ?
		    p->name : p->id);
		out_chart(o, OC_WEEKS, head.buf, "week of");
		out_blank(o, O_M);
		out_text(o, O_T, "  ");
		out_text(o, O_M, "    ");
		for (c = 0; c < nw; c++)
			out_week(o, w0 + 7 * c, cells[c], marks[c]);
		out_nl(o, O_TM);
		out_chart_end(o);
	}
	out_end(o);
	buf_release(&head);
}

static size_t
cadence_print(void *st, const struct rctx *rc, struct out *o)
{
	const struct person	*p;
	mdate			 w0, end;
	size_t			 i, rows = 0;
	int			 nw;

	(void)st;
	nw = cal_range(rc, &w0);
	end = rc->per.until != DATE_NONE && rc->per.until < rc->today ?
	    rc->per.until : rc->today;
	report_begin(rc, o, "cadence", cadence_tsv, 10);
	report_title(rc, o, "Cadence", 1);
	out_date(o, "calendar_from", nw > 0 ? w0 : DATE_NONE, O_J);
	if (nw > 0) {
		out_blank(o, O_V);
		out_text(o, O_V, "A cell a week from ");
		out_date(o, NULL, w0, O_V);
		out_text(o, O_V, " to ");
		out_date(o, NULL, end, O_V);
		out_text(o, O_TM, ", %s a week with a check-in", o->utf8 ?
		    "\xe2\x96\x88" : "#");
		out_text(o, O_V, ".");
		out_nl(o, O_V);
	}
	out_list(o, "people", O_D);
	for (i = 0; i < rc->s->npeople; i++) {
		p = rc->s->people[i];
		if (!person_shown(rc, p))
			continue;
		rows++;
		cadence_person(rc, o, p, w0, end, nw);
	}
	out_end(o);
	if (rows == 0) {
		out_blank(o, O_V);
		out_item(o, "no one active with a cadence");
	}
	return rows;
}

static void
cadence_free(void *st)
{
	(void)st;
}

const struct report report_cadence = {
	"cadence", SCAN_DATES, cadence_new, NULL, cadence_print, cadence_free
};
