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
 * What several reports compute alike: which people, goals and entries a
 * report covers, the check-in arithmetic of DESIGN.md §2 ("Check-ins and
 * cadence"), and the open action items they carry.
 */

/* Is d in the period?  An open period holds every day, and no date. */
int
in_period(const struct period *p, mdate d)
{
	if (p->since == DATE_NONE && p->until == DATE_NONE)
		return 1;
	return d != DATE_NONE && period_contains(p, d);
}

/* Does the entry concern the --with person: with them, or naming them? */
int
concerns(const struct entry *e, const char *who)
{
	size_t	 i;

	if (who == NULL || strv_has(e->with, e->nwith, who))
		return 1;
	for (i = 0; i < e->nitems; i++)
		if (strv_has(e->items[i].people, e->items[i].npeople, who))
			return 1;
	return 0;
}

/*
 * Does a goal belong in the report: named by the records given (when
 * records were given), and mentored by the --with person (when given).
 */
int
goal_shown(const struct rctx *rc, const struct goal *g)
{
	if (rc->given && !g->given)
		return 0;
	return rc->with == NULL || (g->mentor != NULL &&
	    strcmp(g->mentor, rc->with) == 0);
}

/* Is the person in the report: tracked, with a cadence, given, --with? */
int
person_shown(const struct rctx *rc, const struct person *p)
{
	if (rc->given && !p->given)
		return 0;
	return p->tracked && p->has_cad && (rc->with == NULL ||
	    strcmp(rc->with, p->id) == 0);
}

/*
 * The check-ins a person was expected to hold in the period, up to today
 * (mentor-journal(5), "Check-ins and cadence"): the first on since itself
 * (the kick-off), then one a step of the cadence, stepped from since; a
 * window (every 2-3 weeks) expects one a window, so it steps by its far
 * end, and meetings held on time at any point of their window keep held
 * level with expected.  Those that fall in the period are counted.
 */
int
expected_in(const struct person *p, const struct period *pp, mdate today)
{
	struct cadence	 step;
	mdate		 from = pp->since, to = pp->until, d;
	int		 k, n = 0;

	if (!p->has_cad || p->since == DATE_NONE)
		return 0;
	if (to == DATE_NONE || to > today)
		to = today;
	step = p->cad;
	step.n = step.late;
	for (k = 0; k < 100000; k++) {
		d = cadence_nth(&step, p->since, k);
		if (d == DATE_NONE || d > to)
			break;
		if (from == DATE_NONE || d >= from)
			n++;
	}
	return n;
}

/* The check-ins held in the period. */
int
held_in(const struct person *p, const struct period *pp)
{
	size_t	 i;
	int	 n = 0;

	for (i = 0; i < p->ndates; i++)
		n += in_period(pp, p->dates[i]);
	return n;
}

/*
 * The longest stretch of the period (up to today) without a check-in, in
 * days: the gaps between since, each check-in and today, cut to the
 * period.
 */
int
longest_gap(const struct person *p, const struct period *pp, mdate today)
{
	mdate	 lo = p->since, hi = today, prev = p->since, cur, a;
	size_t	 i;
	int	 gap = 0;

	if (pp->since != DATE_NONE && (lo == DATE_NONE || pp->since > lo))
		lo = pp->since;
	if (pp->until != DATE_NONE && pp->until < hi)
		hi = pp->until;
	for (i = 0; i <= p->ndates; i++) {
		cur = i < p->ndates ? p->dates[i] : hi;
		if (cur > hi)
			cur = hi;
		if (prev != DATE_NONE) {
			a = lo != DATE_NONE && prev < lo ? lo : prev;
			if (cur - a > gap)
				gap = cur - a;
		}
		if (i < p->ndates)
			prev = p->dates[i];
	}
	return gap;
}

/*
 * The on-time streak: the check-ins in a row, back from the last, each
 * held before the one before it (or since) turned late; 0 while the next
 * one is overdue.
 */
int
streak(const struct person *p)
{
	size_t	 i;
	int	 n = 0;
	mdate	 prev;

	if (!p->has_cad || p->overdue_days > 0)
		return 0;
	for (i = p->ndates; i > 0; i--) {
		prev = i > 1 ? p->dates[i - 2] : p->since;
		if (prev == DATE_NONE) {
			n++;	/* the first, with nothing to be late for */
			break;
		}
		if (p->dates[i - 1] > cadence_late(&p->cad, prev))
			break;
		n++;
	}
	return n;
}

/* Was the milestone done in the period? */
int
ms_done_in(const struct item *m, const struct period *p)
{
	return m->status == TASK_DONE && m->done != DATE_NONE &&
	    in_period(p, m->done);
}

/*
 * Who an action item is grouped under: the --with person; else the first
 * person of the journal it names (@id); else the first the entry is with;
 * else the first @id; else no one ("").
 */
const char *
item_who(const struct rctx *rc, const struct entry *e, const struct item *t)
{
	size_t	 k;

	if (rc->with != NULL)
		return rc->with;
	for (k = 0; k < t->npeople; k++)
		if (journal_find_id(rc->j, R_PERSON, t->people[k]) != NULL)
			return t->people[k];
	if (e->nwith > 0)
		return e->with[0];
	return t->npeople > 0 ? t->people[0] : "";
}

/* A person's name for a heading, or the id when they have no record. */
const char *
who_name(const struct rctx *rc, const char *id)
{
	const struct person	*p;

	if (*id == '\0')
		return "(no one named)";
	if ((p = scan_person(rc->s, id)) != NULL && p->name != NULL)
		return p->name;
	return id;
}

/*
 * A task item's text without its due: and done: tokens (shown apart),
 * for the view.
 */
char *
plain(const char *text)
{
	struct buf	 b = BUF_INIT;
	const char	*p = text, *w;
	size_t		 n;

	for (;;) {
		while (*p == ' ' || *p == '\t')
			p++;
		if (*p == '\0')
			break;
		for (w = p; *p != '\0' && *p != ' ' && *p != '\t'; p++)
			;
		n = (size_t)(p - w);
		if ((n == 14 && strncmp(w, "due:", 4) == 0) ||
		    (n == 15 && strncmp(w, "done:", 5) == 0))
			continue;
		if (b.len > 0)
			buf_addch(&b, ' ');
		buf_add(&b, w, n);
	}
	return buf_detach(&b, NULL);
}

/* The period in words: "all time", "2026-10-01 to 2026-10-31"... */
const char *
period_words(char *s, size_t n, const struct period *p)
{
	char	 a[DATE_STRLEN], b[DATE_STRLEN];

	if (p->since != DATE_NONE)
		date_format(p->since, a);
	if (p->until != DATE_NONE)
		date_format(p->until, b);
	if (p->since == DATE_NONE && p->until == DATE_NONE)
		snprintf(s, n, "all time");
	else if (p->until == DATE_NONE)
		snprintf(s, n, "since %s", a);
	else if (p->since == DATE_NONE)
		snprintf(s, n, "until %s", b);
	else if (p->since == p->until)
		snprintf(s, n, "%s", a);
	else
		snprintf(s, n, "%s to %s", a, b);
	return s;
}

/*
 * A report's first line: "Title: all time, as of 2026-11-22", or without
 * the period for reports that do not depend on it.
 */
void
report_title(const struct rctx *rc, struct out *o, const char *what,
    int period)
{
	char	 pw[64], t[DATE_STRLEN];

	date_format(rc->today, t);
	if (period)
		out_title(o, "%s: %s, as of %s", what, period_words(pw,
		    sizeof(pw), &rc->per), t);
	else
		out_title(o, "%s, as of %s", what, t);
}

/* Begin a report's document: its name, period, today and tsv columns. */
void
report_begin(const struct rctx *rc, struct out *o, const char *name,
    const char *const *tsv, size_t ntsv)
{
	out_report(o, name, &rc->per, rc->today, tsv, ntsv);
}

/*
 * An open action item, kept (in a spool) as a record: who it is under,
 * its entry, its place in the journal (aitem_get makes the path in pb),
 * text, line, status, whether overdue or private, the entry's date and
 * the item's due date.
 */
void
aitem_put(struct buf *b, const char *who, const struct entry *e,
    const struct item *t)
{
	buf_reset(b);
	sp_str(b, who);
	sp_str(b, e->id);
	sp_str(b, e->rel);
	sp_str(b, t->text);
	sp_int(b, t->line);
	sp_int(b, t->status);
	sp_int(b, t->overdue);
	sp_int(b, e->private);
	sp_int(b, e->date);
	sp_int(b, t->due);
}

void
aitem_get(const void *rec, const struct journal *j, struct buf *pb,
    struct aitem *a)
{
	const char	*p = rec;

	a->who = sp_getstr(&p);
	a->entry = sp_getstr(&p);
	a->path = journal_path_buf(j, sp_getstr(&p), pb);
	a->text = sp_getstr(&p);
	a->line = (unsigned)sp_getint(&p);
	a->status = (int)sp_getint(&p);
	a->overdue = (int)sp_getint(&p);
	a->private = (int)sp_getint(&p);
	a->date = (mdate)sp_getint(&p);
	a->due = (mdate)sp_getint(&p);
}

/* The left column of an item's lines in text: "  %10s  ". */
static void
left_column(struct buf *b, const char *s)
{
	size_t	 n = strlen(s);

	buf_addstr(b, "  ");
	for (; n < 10; n++)
		buf_addch(b, ' ');
	buf_addstr(b, s);
	buf_addstr(b, "  ");
}

/*
 * An open action item, as a row: its data, and in the view in text its
 * age (or due date) and "overdue" in a left column, the item, and its
 * path:line under it; in md a plain bullet (never a task item, so nothing
 * is tracked twice) ending in its path:line.  An item of a private entry,
 * under --share, shows no text and no place.  part, when not NULL, names
 * the row in a tsv of several parts.
 */
void
aitem_out(struct out *o, const struct rctx *rc, const struct aitem *a,
    int age, const char *part)
{
	char	 c1[24], d[24], *s;

	out_row(o);
	out_str(o, "part", part, O_S);
	out_str(o, "person", *a->who ? a->who : NULL, O_D);
	out_str(o, "entry", a->entry, O_D);
	out_str(o, "path", a->path, O_D);
	out_intn(o, "line", a->line, a->text != NULL, O_D);
	out_str(o, "status", task_status_word(a->status), O_D);
	out_str(o, "text", a->text, O_D);
	out_date(o, "date", a->date, O_D);
	out_date(o, "due", a->due, O_D);
	out_intn(o, "age_days", a->date != DATE_NONE ? rc->today - a->date :
	    0, a->date != DATE_NONE, O_D);
	out_bool(o, "overdue", a->overdue, O_D);
	if (age && a->date != DATE_NONE)
		out_days(c1, sizeof(c1), rc->today - a->date);
	else if (!age && a->due != DATE_NONE)
		date_format(a->due, c1);
	else
		c1[0] = '\0';
	if (a->text == NULL) {
		out_listitem(o);
		out_text(o, O_H, "(an item of a private entry)%s",
		    a->overdue ? ", overdue" : "");
		out_text(o, O_M, "- (an item of a private entry)%s",
		    a->overdue ? ", **overdue**" : "");
		out_text(o, O_T, "  %10s  (an item of a private entry)", c1);
		out_nl(o, O_V);
		if (a->overdue) {
			out_text(o, O_T, "  %10s", "overdue");
			out_nl(o, O_T);
		}
		out_end(o);
		return;
	}
	if (out_view(o, O_T)) {
		struct buf	 l = BUF_INIT;

		/*
		 * "  %10s  [%c] %s" then "  %10s  %s:%u", made by hand: a
		 * long list is mostly these two lines.  With the due date on
		 * the left, its token says it again.
		 */
		s = age ? NULL : plain(a->text);
		left_column(&l, c1);
		buf_addch(&l, '[');
		buf_addch(&l, a->status);
		buf_addstr(&l, "] ");
		buf_addstr(&l, s ? s : a->text);
		out_text(o, O_T, "%s", l.buf);
		out_nl(o, O_T);
		buf_reset(&l);
		left_column(&l, a->overdue ? "overdue" : "");
		buf_addstr(&l, a->path);
		buf_addch(&l, ':');
		buf_addint(&l, a->line);
		out_text(o, O_T, "%s", l.buf);
		buf_release(&l);
		free(s);
	}
	/* A text starting with '[' would make a task item of the bullet. */
	out_text(o, O_M, "- %s", a->text[0] == '[' ? "\\" : "");
	out_listitem(o);
	out_text(o, O_M | O_H, "%s%s", a->text, a->status == TASK_STARTED ?
	    ", started" : "");
	if (age && a->date != DATE_NONE)
		out_text(o, O_M | O_H, ", %s old", out_days(d, sizeof(d),
		    rc->today - a->date));
	out_text(o, O_M, "%s", a->overdue ? ", **overdue**" : "");
	out_text(o, O_H, "%s", a->overdue ? ", overdue" : "");
	out_text(o, O_M | O_H, ", from %s:%u", a->path, a->line);
	out_nl(o, O_V);
	out_end(o);
}

void
eref_put(struct buf *b, const struct entry *e, const char *text)
{
	buf_reset(b);
	sp_int(b, e->date);
	sp_str(b, e->id);
	sp_str(b, e->rel);
	sp_str(b, text);
}

void
eref_get(const void *rec, const struct journal *j, struct buf *pb,
    struct eref *r)
{
	const char	*p = rec;

	r->date = (mdate)sp_getint(&p);
	r->id = sp_getstr(&p);
	r->path = sp_getstr(&p);
	if (r->path != NULL)
		r->path = pb != NULL ? journal_path_buf(j, r->path, pb) : NULL;
	r->text = sp_getstr(&p);
}

/*
 * Is the item open, and does it concern the --with person (everyone's
 * without --with): an item of an entry with them, or naming them?
 */
int
item_open_for(const struct rctx *rc, const struct entry *e,
    const struct item *t)
{
	return task_status_live(t->status) && (rc->with == NULL ||
	    strv_has(e->with, e->nwith, rc->with) ||
	    strv_has(t->people, t->npeople, rc->with));
}
