#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mentor.h"
#include "model.h"
#include "render.h"
#include "spool.h"
#include "report/report.h"

/*
 * Due: what falls due, as events of a calendar — the next check-in with
 * each tracked person, every open milestone of a live goal and every open
 * action item with a due date, by date.  Each event has a UID made of
 * its record's id and its text (due: and done: left out, so that moving
 * a date or starting an item keeps it), so a calendar that reads the
 * feed again updates its events.  Action items wait in a spool, a group a
 * due date.
 */

#define DAY_GROUP(d)	((uint32_t)((d) + 800000))	/* year 1 is -719162 */

struct due {
	struct spool	*sp;
	mdate		*days;		/* the action items' dates, sorted */
	size_t		 ndays;
	size_t		 events;
	struct buf	 rec;
};

static void *
due_new(const struct rctx *rc)
{
	struct due	*du = xcalloc(1, sizeof(*du));

	(void)rc;
	du->sp = spool_new();
	buf_init(&du->rec);
	return du;
}

/* Add d to the sorted set of days. */
static void
day_add(struct due *du, mdate d)
{
	size_t	 lo = 0, hi = du->ndays, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (du->days[mid] == d)
			return;
		if (du->days[mid] < d)
			lo = mid + 1;
		else
			hi = mid;
	}
	du->days = xreallocarray(du->days, du->ndays + 1, sizeof(*du->days));
	memmove(du->days + lo + 1, du->days + lo, (du->ndays - lo) *
	    sizeof(*du->days));
	du->days[lo] = d;
	du->ndays++;
}

/*
 * A task item's UID: kind, record id, a hash of its text without due:
 * and done:, and -N for the N-th item of the record with that text.
 */
static char *
item_uid(const char *kind, const char *id, const struct item *v, size_t i)
{
	char		*t = plain(v[i].text), *u, *o;
	const char	*p;
	uint64_t	 h = 0xcbf29ce484222325ULL;
	size_t		 k;
	int		 n = 1;

	for (p = t; *p != '\0'; p++)
		h = (h ^ (unsigned char)*p) * 0x100000001b3ULL;
	for (k = 0; k < i; k++) {
		if (v[k].text == NULL)
			continue;
		o = plain(v[k].text);
		n += strcmp(o, t) == 0;
		free(o);
	}
	if (n > 1)
		xasprintf(&u, "%s-%s-%016llx-%d@mentor", kind, id,
		    (unsigned long long)h, n);
	else
		xasprintf(&u, "%s-%s-%016llx@mentor", kind, id,
		    (unsigned long long)h);
	free(t);
	return u;
}

/* Keep the entry's open action items with a due date in the period. */
static void
due_entry(void *st, const struct rctx *rc, const struct entry *e)
{
	struct due		*du = st;
	const struct item	*t;
	char			*uid;
	size_t			 i;

	if (e->id == NULL || !concerns(e, rc->with))
		return;
	for (i = 0; i < e->nitems; i++) {
		t = &e->items[i];
		if (t->text == NULL || t->due == DATE_NONE ||
		    !item_open_for(rc, e, t) || !in_period(&rc->per, t->due))
			continue;
		uid = item_uid("action", e->id, e->items, i);
		buf_reset(&du->rec);
		sp_str(&du->rec, uid);
		sp_str(&du->rec, e->id);
		sp_str(&du->rec, e->title);
		sp_str(&du->rec, e->rel);
		sp_int(&du->rec, e->date);
		sp_str(&du->rec, t->text);
		sp_int(&du->rec, t->line);
		sp_int(&du->rec, t->status);
		spool_add(du->sp, DAY_GROUP(t->due), du->rec.buf, du->rec.len);
		day_add(du, t->due);
		free(uid);
	}
}

static const char *const due_tsv[] = { "date", "kind", "uid", "summary",
	"path", "line", "overdue_days" };
static const struct ocol due_cols[] = {
	{ "due", 0 }, { "event", 0 }, { "overdue", 0 }, { "what", 0 }
};

/* What a day's events are being written with. */
struct day {
	struct out		*o;
	const struct rctx	*rc;
	struct buf		 path;	/* an item's, made from its rel */
	mdate			 d;
	size_t			 n;
};

/*
 * The fields every event has: its date, kind, UID, summary (the view's
 * "what") and the days it is overdue.
 */
static void
event(struct day *dy, const char *kind, const char *uid, const char *what,
    const char *summary, int overdue)
{
	struct out	*o = dy->o;
	char		 d[24];

	dy->n++;
	out_rowf(o, O_ALL | O_C);
	out_date(o, "date", dy->d, O_ALL | O_C);
	out_str(o, "kind", kind, O_ALL | O_C);
	out_str(o, "uid", uid, O_D | O_C);
	out_str(o, NULL, overdue > 0 ? out_days(d, sizeof(d), overdue) : "",
	    O_V);
	out_str(o, "summary", summary, O_D | O_C);
	out_str(o, NULL, what, O_V);
	out_intn(o, "overdue_days", overdue, overdue > 0, O_D);
}

/* The check-ins due on the day. */
static void
checkins(struct day *dy)
{
	const struct rctx	*rc = dy->rc;
	const struct person	*p;
	char			*uid, *sum, *desc, a[DATE_STRLEN];
	struct buf		 b = BUF_INIT;
	size_t			 i;

	for (i = 0; i < rc->s->npeople; i++) {
		p = rc->s->people[i];
		if (!person_shown(rc, p) || p->next_due != dy->d)
			continue;
		xasprintf(&uid, "checkin-%s@mentor", p->id);
		xasprintf(&sum, "Check-in with %s", p->name ? p->name : p->id);
		buf_reset(&b);
		buf_addf(&b, "Next check-in with %s (%s)", p->name ? p->name :
		    p->id, p->cadence_used);
		if (p->last != DATE_NONE) {
			date_format(p->last, a);
			buf_addf(&b, "; the last was %s", a);
		}
		if (p->planned != DATE_NONE) {
			date_format(p->planned, a);
			buf_addf(&b, "; one is planned for %s", a);
		}
		buf_addch(&b, '.');
		desc = b.buf;
		event(dy, "check-in", uid, p->name ? p->name : p->id, sum,
		    p->overdue_days);
		out_str(dy->o, "description", desc, O_J | O_C);
		out_str(dy->o, "person", p->id, O_J);
		out_str(dy->o, "path", NULL, O_D);
		out_intn(dy->o, "line", 0, 0, O_D);
		out_end(dy->o);
		free(uid);
		free(sum);
	}
	buf_release(&b);
}

/* The milestones due on the day. */
static void
milestones(struct day *dy)
{
	const struct rctx	*rc = dy->rc;
	const struct goal	*g;
	const struct item	*m;
	char			*uid, *text, *sum, *desc;
	size_t			 i, k;

	for (i = 0; i < rc->s->ngoals; i++) {
		g = rc->s->goals[i];
		for (k = 0; g->live && goal_shown(rc, g) && k < g->nms; k++) {
			m = &g->ms[k];
			if (m->due != dy->d || !task_status_live(m->status))
				continue;
			uid = item_uid("milestone", g->id, g->ms, k);
			text = plain(m->text);
			xasprintf(&sum, "Milestone: %s", text);
			xasprintf(&desc, "A milestone of the goal '%s'%s (%s:%u).",
			    g->title, m->status == TASK_STARTED ?
			    ", started" : "", g->path, m->line);
			event(dy, "milestone", uid, text, sum, m->overdue ?
			    rc->today - m->due : 0);
			out_str(dy->o, "description", desc, O_J | O_C);
			out_str(dy->o, "goal", g->id, O_J);
			out_str(dy->o, "path", g->path, O_D);
			out_int(dy->o, "line", m->line, O_D);
			out_str(dy->o, "status", task_status_word(m->status),
			    O_J);
			out_end(dy->o);
			free(uid);
			free(text);
			free(sum);
			free(desc);
		}
	}
}

/* An action item due on the day, from the spool. */
static void
action(void *ctx, const void *rec, size_t len)
{
	struct day	*dy = ctx;
	const char	*p = rec, *uid, *id, *title, *path, *text;
	char		*plain_text, *sum, *desc, a[DATE_STRLEN];
	mdate		 date;
	unsigned	 line;
	int		 status;

	(void)len;
	uid = sp_getstr(&p);
	id = sp_getstr(&p);
	title = sp_getstr(&p);
	path = journal_path_buf(dy->rc->j, sp_getstr(&p), &dy->path);
	date = (mdate)sp_getint(&p);
	text = sp_getstr(&p);
	line = (unsigned)sp_getint(&p);
	status = (int)sp_getint(&p);
	plain_text = plain(text);
	xasprintf(&sum, "Action: %s", plain_text);
	date_format(date, a);
	xasprintf(&desc, "An action item of '%s', %s%s (%s:%u).", title ?
	    title : id, a, status == TASK_STARTED ? ", started" : "", path,
	    line);
	event(dy, "action", uid, plain_text, sum, dy->d < dy->rc->today ?
	    dy->rc->today - dy->d : 0);
	out_str(dy->o, "description", desc, O_J | O_C);
	out_str(dy->o, "entry", id, O_J);
	out_str(dy->o, "path", path, O_D);
	out_int(dy->o, "line", line, O_D);
	out_str(dy->o, "status", task_status_word(status), O_J);
	out_end(dy->o);
	free(plain_text);
	free(sum);
	free(desc);
}

static size_t
due_print(void *st, const struct rctx *rc, struct out *o)
{
	struct due		*du = st;
	const struct person	*p;
	const struct goal	*g;
	struct day		 dy;
	char			*name;
	size_t			 i, k;

	/* The days of check-ins and milestones join those of the items. */
	for (i = 0; i < rc->s->npeople; i++) {
		p = rc->s->people[i];
		if (person_shown(rc, p) && p->next_due != DATE_NONE &&
		    in_period(&rc->per, p->next_due))
			day_add(du, p->next_due);
	}
	for (i = 0; i < rc->s->ngoals; i++) {
		g = rc->s->goals[i];
		for (k = 0; g->live && goal_shown(rc, g) && k < g->nms; k++)
			if (task_status_live(g->ms[k].status) &&
			    g->ms[k].due != DATE_NONE &&
			    in_period(&rc->per, g->ms[k].due))
				day_add(du, g->ms[k].due);
	}
	report_begin(rc, o, "due", due_tsv, 7);
	xasprintf(&name, "Mentoring%s%s", rc->j->set.owner ? ": " : "",
	    rc->j->set.owner ? rc->j->set.owner : "");
	out_str(o, "name", name, O_C);
	free(name);
	report_title(rc, o, "Coming due", 1);
	out_blank(o, O_TM);
	memset(&dy, 0, sizeof(dy));
	dy.o = o;
	dy.rc = rc;
	buf_init(&dy.path);
	out_table(o, "events", due_cols, 4, 2, O_D);
	for (i = 0; i < du->ndays; i++) {
		dy.d = du->days[i];
		checkins(&dy);
		milestones(&dy);
		spool_each(du->sp, DAY_GROUP(dy.d), action, &dy);
	}
	buf_release(&dy.path);
	out_end(o);
	if (dy.n == 0)
		out_item(o, "nothing due");
	return dy.n;
}

static void
due_free(void *st)
{
	struct due	*du = st;

	spool_free(du->sp);
	free(du->days);
	buf_release(&du->rec);
	free(du);
}

const struct report report_due = {
	"due", 0, due_new, due_entry, due_print, due_free
};
