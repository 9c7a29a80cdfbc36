#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mentor.h"

/*
 * What a goal's front matter and milestones say (DESIGN.md §2 "Overdue,
 * next, progress"), computed once for lists, shows and reports.
 */

/* A task item is overdue when open or started, live, and due before today. */
int
task_overdue(const struct task *t, int live, mdate today)
{
	return live && task_status_live(t->status) && t->due != DATE_NONE &&
	    t->due < today;
}

static mdate
fm_date(const struct doc *d, const char *key)
{
	const char	*v = fm_str(d, key);
	mdate		 x;

	if (v == NULL || date_iso(v, strlen(v), &x) != 0)
		return DATE_NONE;
	return x;
}

/* Fill gi from a parsed goal. */
void
goal_info(const struct doc *d, mdate today, struct goalinfo *gi)
{
	const struct task	*t;
	size_t			 i;

	memset(gi, 0, sizeof(*gi));
	gi->title = fm_str(d, "title");
	gi->status = fm_str(d, "status");
	if (gi->status == NULL)
		gi->status = "active";
	gi->term = fm_str(d, "term");
	gi->mentor = fm_str(d, "mentor");
	gi->created = fm_date(d, "created");
	gi->due = fm_date(d, "due");
	gi->live = strcmp(gi->status, "active") == 0;
	for (i = 0; i < d->ntasks; i++) {
		t = &d->tasks[i];
		if (t->status == TASK_DROPPED)
			continue;
		gi->total++;
		if (t->status == TASK_DONE)
			gi->done++;
		if (task_overdue(t, gi->live, today))
			gi->noverdue++;
		if (!task_status_live(t->status))
			continue;
		/* The earliest due date first, undated last, then file order. */
		if (gi->next == NULL || (t->due != DATE_NONE &&
		    (gi->next->due == DATE_NONE || t->due < gi->next->due)))
			gi->next = t;
	}
	gi->overdue = gi->live && ((gi->due != DATE_NONE && gi->due < today) ||
	    gi->noverdue > 0);
}

/*
 * A record's title: the title key, else the first heading, else the first
 * non-blank line of the body (up to 80 bytes), else "".  The result lives
 * in the doc.
 */
const char *
doc_title(struct doc *d)
{
	const char	*v = fm_str(d, "title"), *p, *e, *end;
	size_t		 n;

	if (v != NULL)
		return v;
	if (d->nheads > 0)
		return d->heads[0].text;
	for (p = d->data + d->close_end, end = d->data + d->len; p < end;
	    p = e + 1) {
		if ((e = memchr(p, '\n', (size_t)(end - p))) == NULL)
			e = end;
		n = (size_t)(e - p);
		while (n > 0 && (p[n - 1] == '\r' || p[n - 1] == ' ' ||
		    p[n - 1] == '\t'))
			n--;
		while (n > 0 && (*p == ' ' || *p == '\t')) {
			p++;
			n--;
		}
		if (n == 0)
			continue;
		if (n > 80) {
			n = 80;
			/* Do not cut a UTF-8 character in two. */
			while (n > 0 && ((unsigned char)p[n] & 0xC0) == 0x80)
				n--;
		}
		return doc_strndup(d, p, n);
	}
	return "";
}
