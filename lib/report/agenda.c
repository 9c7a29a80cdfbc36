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
 * The agenda of the next check-in with the --with person: the action
 * items carried over, the milestones due before the check-in after it,
 * the last feedback and the skills rated last time.  In md it is the
 * start of the next entry (mentor-report agenda -f md | mentor-log add).
 */

struct agenda {
	struct spool	*sp;		/* the items carried over */
	size_t		 nitems;
	char		*feedback;	/* the last, or NULL */
	struct rating	*last;		/* the last ratings */
	size_t		 nlast;
	struct buf	 rec;
};

static void *
agenda_new(const struct rctx *rc)
{
	struct agenda	*ag = xcalloc(1, sizeof(*ag));

	(void)rc;
	ag->sp = spool_new();
	buf_init(&ag->rec);
	return ag;
}

static void
last_free(struct agenda *ag)
{
	size_t	 i;

	for (i = 0; i < ag->nlast; i++)
		free((char *)ag->last[i].skill);
	free(ag->last);
	ag->last = NULL;
	ag->nlast = 0;
}

/*
 * Keep the open items that concern the person, and from the entries held
 * with them up to today the last feedback and the last ratings.
 */
static void
agenda_entry(void *st, const struct rctx *rc, const struct entry *e)
{
	struct agenda		*ag = st;
	const struct item	*t;
	size_t			 i;

	if (!concerns(e, rc->with))
		return;
	for (i = 0; i < e->nitems; i++) {
		t = &e->items[i];
		if (!item_open_for(rc, e, t))
			continue;
		aitem_put(&ag->rec, rc->with, e, t);
		spool_add(ag->sp, 0, ag->rec.buf, ag->rec.len);
		ag->nitems++;
	}
	if (!strv_has(e->with, e->nwith, rc->with) || !entry_held(e))
		return;
	if (e->feedback != NULL) {
		free(ag->feedback);
		ag->feedback = xstrdup(e->feedback);
	}
	if (e->nratings > 0) {
		last_free(ag);
		ag->last = xcalloc(e->nratings, sizeof(*ag->last));
		for (i = 0; i < e->nratings; i++) {
			ag->last[i].skill = xstrdup(e->ratings[i].skill);
			ag->last[i].value = e->ratings[i].value;
		}
		ag->nlast = e->nratings;
	}
}

static void
carried(void *ctx, const void *rec, size_t len)
{
	struct rprint	*pr = ctx;
	struct aitem	 ai;

	(void)len;
	aitem_get(rec, pr->rc->j, &pr->path, &ai);
	aitem_out(pr->o, pr->rc, &ai, 0, "action");
}

/* Is the milestone on the agenda: live, open, due by the date? */
static int
due_by(const struct goal *g, const struct item *m, mdate by)
{
	return g->live && task_status_live(m->status) && m->due != DATE_NONE &&
	    m->due <= by;
}

/* The milestones due by the check-in after the next. */
static size_t
milestones(const struct rctx *rc, struct out *o, mdate after)
{
	const struct goal	*g;
	const struct item	*m;
	struct aitem		 ai;
	char			*text;
	size_t			 i, k, n = 0;

	out_list(o, "milestones", O_D);
	for (i = 0; i < rc->s->ngoals; i++) {
		g = rc->s->goals[i];
		for (k = 0; goal_shown(rc, g) && k < g->nms; k++) {
			m = &g->ms[k];
			if (!due_by(g, m, after))
				continue;
			n++;
			out_row(o);
			out_str(o, "part", "milestone", O_S);
			out_str(o, "goal", g->id, O_J);
			out_str(o, "goal_title", g->title, O_J);
			out_str(o, "path", g->path, O_D);
			out_int(o, "line", m->line, O_D);
			out_str(o, "status", task_status_word(m->status), O_J);
			out_str(o, "text", m->text, O_D);
			out_date(o, "due", m->due, O_D);
			out_bool(o, "overdue", m->overdue, O_J);
			out_end(o);
			/* In the view, an item like those carried over. */
			memset(&ai, 0, sizeof(ai));
			xasprintf(&text, "%s: %s", g->title, m->text);
			ai.who = "";
			ai.path = g->path;
			ai.text = text;
			ai.line = m->line;
			ai.status = m->status;
			ai.overdue = m->overdue;
			ai.due = m->due;
			ai.date = DATE_NONE;
			out_list(o, NULL, 0);
			aitem_out(o, rc, &ai, 0, NULL);
			out_end(o);
			free(text);
		}
	}
	out_end(o);
	return n;
}

static const char *const agenda_tsv[] = { "part", "path", "line", "text",
	"due", "rating" };

static size_t
agenda_print(void *st, const struct rctx *rc, struct out *o)
{
	struct agenda		*ag = st;
	struct rprint		 pr = { o, rc, BUF_INIT, BUF_INIT };
	const struct person	*p = scan_person(rc->s, rc->with);
	char			 a[DATE_STRLEN], b[DATE_STRLEN], title[64];
	mdate			 next, after;
	size_t			 i, nm;

	next = p->planned != DATE_NONE ? p->planned : p->next_due;
	if (next == DATE_NONE || next < rc->today)
		next = rc->today;
	after = p->has_cad ? cadence_due(&p->cad, next) : next;
	date_format(next, a);
	date_format(after, b);
	report_begin(rc, o, "agenda", agenda_tsv, 6);
	out_str(o, "with", p->id, O_J);
	out_str(o, "name", p->name, O_J);
	out_date(o, "next", next, O_J);
	out_date(o, "following", after, O_J);
	out_text(o, O_T, "Agenda with %s for %s", p->name ? p->name : p->id,
	    a);
	out_text(o, O_M, "## Agenda");
	out_nl(o, O_TM);
	if (out_view(o, O_H))
		out_title(o, "Agenda with %s for %s", p->name ? p->name :
		    p->id, a);
	out_heading(o, O_T | O_H, "Carried over");
	if (ag->nitems > 0)
		out_blank(o, O_M);
	out_list(o, "actions", O_D);
	spool_each(ag->sp, 0, carried, &pr);
	buf_release(&pr.path);
	buf_release(&pr.line);
	out_end(o);
	if (ag->nitems == 0) {
		out_text(o, O_T, "  ");
		out_text(o, O_T | O_H, "nothing open");
		out_nl(o, O_T | O_H);
	}
	snprintf(title, sizeof(title), "Milestones due by %s", b);
	out_heading(o, O_T | O_H, title);
	if ((nm = milestones(rc, o, after)) == 0) {
		out_text(o, O_T, "  ");
		out_text(o, O_T | O_H, "none");
		out_nl(o, O_T | O_H);
	}
	out_str(o, "feedback", ag->feedback, O_J);
	if (ag->feedback != NULL) {
		out_heading(o, O_V, "Last feedback");
		/* Quoted in md, so that it is not taken for new notes. */
		out_quote(o, ag->feedback);
		out_list(o, NULL, O_S);
		out_row(o);
		out_str(o, "part", "feedback", O_S);
		out_str(o, "text", ag->feedback, O_S);
		out_end(o);
		out_end(o);
	}
	if (ag->nlast > 0) {
		out_heading(o, O_T | O_H, "Skills rated last time");
		out_heading(o, O_M, "Skills to rate");
	}
	out_list(o, "skills", O_D);
	for (i = 0; i < ag->nlast; i++) {
		out_row(o);
		out_str(o, "part", "skill", O_S);
		out_bullet(o);
		out_str(o, "name", ag->last[i].skill, O_J | O_V);
		out_str(o, "text", ag->last[i].skill, O_S);
		out_int(o, "last", ag->last[i].value, O_J);
		out_int(o, "rating", ag->last[i].value, O_S);
		out_text(o, O_V, " (last %d)", ag->last[i].value);
		out_nl(o, O_V);
		out_end(o);
	}
	out_end(o);
	out_blank(o, O_M);
	out_text(o, O_M, "## Notes");
	out_nl(o, O_M);
	out_blank(o, O_M);
	out_text(o, O_M, "## Feedback");
	out_nl(o, O_M);
	out_blank(o, O_M);
	out_text(o, O_M, "## Action items");
	out_nl(o, O_M);
	return ag->nitems + nm;
}

static void
agenda_free(void *st)
{
	struct agenda	*ag = st;

	spool_free(ag->sp);
	free(ag->feedback);
	last_free(ag);
	buf_release(&ag->rec);
	free(ag);
}

const struct report report_agenda = {
	"agenda", SCAN_NOTES, agenda_new, agenda_entry, agenda_print,
	agenda_free
};
