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
 * The timeline: a line a day of the period (the last 30 days and the
 * next 14 unless told), with the entries held that day and those planned
 * for it, the goals done or dropped, the milestones done and due, the
 * check-ins due by the cadences and the action items due.  Entries and
 * items wait in a spool by day.
 */

enum { T_HELD, T_PLANNED, T_ACTION, T_KINDS };

struct timeline {
	struct spool	*sp;
	size_t		 events;
	struct buf	 rec;
};

static void *
timeline_new(const struct rctx *rc)
{
	struct timeline	*tl = xcalloc(1, sizeof(*tl));

	(void)rc;
	tl->sp = spool_new();
	buf_init(&tl->rec);
	return tl;
}

/* The spool group of what happens on day d. */
static uint32_t
day_group(const struct rctx *rc, mdate d, int kind)
{
	return (uint32_t)(d - rc->per.since) * T_KINDS + (uint32_t)kind;
}

/*
 * An entry of the period, held or planned, and the open items falling due
 * in it.
 */
static void
timeline_entry(void *st, const struct rctx *rc, const struct entry *e)
{
	struct timeline		*tl = st;
	const struct item	*t;
	size_t			 i;

	if (!concerns(e, rc->with))
		return;
	if (e->date != DATE_NONE && in_period(&rc->per, e->date)) {
		buf_reset(&tl->rec);
		sp_str(&tl->rec, e->id);
		sp_str(&tl->rec, e->rel);
		sp_str(&tl->rec, e->kind);
		sp_str(&tl->rec, e->title);
		spool_add(tl->sp, day_group(rc, e->date, entry_held(e) ? T_HELD :
		    T_PLANNED), tl->rec.buf, tl->rec.len);
	}
	for (i = 0; i < e->nitems; i++) {
		t = &e->items[i];
		if (!task_status_live(t->status) || (rc->with != NULL &&
		    !strv_has(e->with, e->nwith, rc->with) &&
		    !strv_has(t->people, t->npeople, rc->with)) ||
		    t->due == DATE_NONE || !in_period(&rc->per, t->due))
			continue;
		buf_reset(&tl->rec);
		sp_str(&tl->rec, e->id);
		sp_str(&tl->rec, e->rel);
		sp_int(&tl->rec, t->line);
		sp_str(&tl->rec, t->text);
		spool_add(tl->sp, day_group(rc, t->due, T_ACTION), tl->rec.buf,
		    tl->rec.len);
	}
}

/* What a day's line is being made of. */
struct day {
	struct out		*o;
	const struct journal	*j;
	struct buf		 path;	/* an entry's, made from its rel */
	mdate			 d;
	size_t			 n;	/* events on the line */
	size_t			*events;
};

/* One event on the day's line: "what: text", after the others. */
static void
day_add(struct day *dy, const char *what, const char *text)
{
	char	*s = plain(text);

	out_text(dy->o, O_V, "%s%s: %s", dy->n++ ? "; " : "  ", what, s);
	free(s);
	(*dy->events)++;
}

/* The row of a tsv event: its day and kind. */
static void
event_row(struct day *dy, const char *event)
{
	out_row(dy->o);
	out_date(dy->o, "date", dy->d, O_S);
	out_str(dy->o, "event", event, O_S);
}

/* An entry of the day: "check-in: title", or "planned check-in: title". */
static void
entry_event(struct day *dy, const void *rec, int planned)
{
	const char	*p = rec, *id, *path, *kind, *title;
	char		*what;

	id = sp_getstr(&p);
	path = journal_path_buf(dy->j, sp_getstr(&p), &dy->path);
	kind = sp_getstr(&p);
	title = sp_getstr(&p);
	event_row(dy, planned ? "planned" : "held");
	out_str(dy->o, "id", id, O_D);
	out_str(dy->o, "path", path, O_D);
	out_str(dy->o, "kind", kind, O_J);
	out_str(dy->o, "title", title, O_J);
	out_str(dy->o, "text", title, O_S);
	out_end(dy->o);
	xasprintf(&what, "%s%s", planned ? "planned " : "", kind);
	day_add(dy, what, title != NULL ? title : "(a private entry)");
	free(what);
}

static void
held(void *ctx, const void *rec, size_t len)
{
	(void)len;
	entry_event(ctx, rec, 0);
}

static void
planned(void *ctx, const void *rec, size_t len)
{
	(void)len;
	entry_event(ctx, rec, 1);
}

/* The check-ins the cadences make due on the day. */
static void
checkins_due(const struct rctx *rc, struct day *dy)
{
	const struct person	*p;
	size_t			 i;

	out_list(dy->o, "checkins_due", O_D);
	for (i = 0; i < rc->s->npeople; i++) {
		p = rc->s->people[i];
		if (!person_shown(rc, p) || p->next_due != dy->d)
			continue;
		event_row(dy, "checkin_due");
		out_str(dy->o, "person", p->id, O_J);
		out_str(dy->o, "id", p->id, O_S);
		out_str(dy->o, "name", p->name, O_J);
		out_str(dy->o, "text", p->name ? p->name : p->id, O_S);
		out_str(dy->o, "cadence", p->cadence_used, O_J);
		out_end(dy->o);
		day_add(dy, "check-in due", p->name ? p->name : p->id);
	}
	out_end(dy->o);
}

static void
action_due(void *ctx, const void *rec, size_t len)
{
	struct day	*dy = ctx;
	const char	*p = rec, *id, *path, *text;
	unsigned	 line;

	(void)len;
	id = sp_getstr(&p);
	path = journal_path_buf(dy->j, sp_getstr(&p), &dy->path);
	line = (unsigned)sp_getint(&p);
	text = sp_getstr(&p);
	event_row(dy, "action_due");
	out_str(dy->o, "entry", id, O_J);
	out_str(dy->o, "id", id, O_S);
	out_str(dy->o, "path", path, O_D);
	out_intn(dy->o, "line", line, text != NULL, O_D);
	out_str(dy->o, "text", text, O_D);
	out_end(dy->o);
	day_add(dy, "action due", text != NULL ? text :
	    "(an item of a private entry)");
}

/* The milestones done on the day (pass 0), or due on it (pass 1). */
static void
milestones(const struct rctx *rc, struct day *dy, int pass)
{
	const struct goal	*g;
	const struct item	*m;
	size_t			 i, k;

	out_list(dy->o, pass ? "milestones_due" : "milestones_done", O_D);
	for (i = 0; i < rc->s->ngoals; i++) {
		g = rc->s->goals[i];
		for (k = 0; goal_shown(rc, g) && k < g->nms; k++) {
			m = &g->ms[k];
			if (pass == 0 ? m->status != TASK_DONE ||
			    m->done != dy->d : !g->live ||
			    !task_status_live(m->status) || m->due != dy->d)
				continue;
			event_row(dy, pass ? "milestone_due" :
			    "milestone_done");
			out_str(dy->o, "goal", g->id, O_J);
			out_str(dy->o, "id", g->id, O_S);
			out_str(dy->o, "path", g->path, O_D);
			out_int(dy->o, "line", m->line, O_D);
			out_str(dy->o, "text", m->text, O_D);
			out_end(dy->o);
			day_add(dy, pass ? "milestone due" : "milestone done",
			    m->text);
		}
	}
	out_end(dy->o);
}

/* The goals done on the day (pass 0), or dropped on it (pass 1). */
static void
goals(const struct rctx *rc, struct day *dy, int pass)
{
	const struct goal	*g;
	size_t			 i;

	out_list(dy->o, pass ? "goals_dropped" : "goals_done", O_D);
	for (i = 0; i < rc->s->ngoals; i++) {
		g = rc->s->goals[i];
		if (!goal_shown(rc, g) || (pass ? g->dropped_on : g->done_on) !=
		    dy->d)
			continue;
		event_row(dy, pass ? "goal_dropped" : "goal_done");
		out_str(dy->o, "goal", g->id, O_J);
		out_str(dy->o, "id", g->id, O_S);
		out_str(dy->o, "path", g->path, O_D);
		out_str(dy->o, "title", g->title, O_J);
		out_str(dy->o, "text", g->title, O_S);
		out_end(dy->o);
		day_add(dy, pass ? "goal dropped" : "goal done", g->title);
	}
	out_end(dy->o);
}

static const char *const timeline_tsv[] = { "date", "event", "id", "path",
	"line", "text" };
static const char *const weekdays[] = { "Mon", "Tue", "Wed", "Thu", "Fri",
	"Sat", "Sun" };

static size_t
timeline_print(void *st, const struct rctx *rc, struct out *o)
{
	struct timeline	*tl = st;
	struct day	 dy;

	report_begin(rc, o, "timeline", timeline_tsv, 6);
	report_title(rc, o, "Timeline", 1);
	out_blank(o, O_V);
	out_list(o, "days", O_J);
	memset(&dy, 0, sizeof(dy));
	dy.o = o;
	dy.j = rc->j;
	buf_init(&dy.path);
	dy.events = &tl->events;
	for (dy.d = rc->per.since; dy.d <= rc->per.until; dy.d++) {
		dy.n = 0;
		out_row(o);
		out_text(o, O_M, "- ");
		out_listitem(o);
		out_date(o, "date", dy.d, O_J | O_V);
		out_text(o, O_V, " %s", weekdays[date_weekday(dy.d)]);
		out_list(o, "held", O_D);
		spool_each(tl->sp, day_group(rc, dy.d, T_HELD), held, &dy);
		out_end(o);
		out_list(o, "planned", O_D);
		spool_each(tl->sp, day_group(rc, dy.d, T_PLANNED), planned,
		    &dy);
		out_end(o);
		goals(rc, &dy, 0);
		goals(rc, &dy, 1);
		milestones(rc, &dy, 0);
		milestones(rc, &dy, 1);
		checkins_due(rc, &dy);
		out_list(o, "actions_due", O_D);
		spool_each(tl->sp, day_group(rc, dy.d, T_ACTION), action_due,
		    &dy);
		out_end(o);
		out_nl(o, O_V);
		out_end(o);
	}
	buf_release(&dy.path);
	out_end(o);
	return tl->events;
}

static void
timeline_free(void *st)
{
	struct timeline	*tl = st;

	spool_free(tl->sp);
	buf_release(&tl->rec);
	free(tl);
}

const struct report report_timeline = {
	"timeline", 0, timeline_new, timeline_entry, timeline_print,
	timeline_free
};
