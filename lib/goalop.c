#include "config.h"

#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mentor.h"

/*
 * What mentor-goals writes into a goal beyond what every writer does
 * (recop.c): a new milestone, and the status of the whole goal.
 */

struct ms_ctx {
	const char	*text;
	unsigned	 line;
};

/*
 * Append a milestone; remember the line it landed on.  The new item is
 * the first whose line differs from the old file's (or the one after
 * them all): the lines before the insertion keep their numbers, and no
 * item starts where the new one goes.  A new item with a date the file
 * could not hold, or already done, is refused.
 */
static int
milestone_cb(void *ctx, const char *path, char *data, size_t len,
    struct buf *out)
{
	struct ms_ctx		*mc = ctx;
	struct doc		 d, nd;
	struct doc_error	 e;
	const struct task	*t;
	size_t			 i, n;
	char			*nb;
	int			 rc;

	if ((rc = doc_parse(&d, path, data, len, &e)) != 0) {
		diag(path, e.line, e.col, "%s", e.msg);
		doc_free(&d);
		return rc;
	}
	if ((rc = edit_task_append(&d, "Milestones", 2, mc->text, out)) != 0) {
		doc_free(&d);
		return rc;
	}
	nb = xstrndup(out->buf, out->len);
	n = out->len;
	if ((rc = doc_parse(&nd, path, nb, n, &e)) != 0) {
		diag(path, e.line, e.col, "%s", e.msg);
		goto out;
	}
	for (i = 0; i < d.ntasks && i < nd.ntasks; i++)
		if (d.tasks[i].line != nd.tasks[i].line)
			break;
	if (i >= nd.ntasks || nd.ntasks != d.ntasks + 1) {
		warnx("%s: the new milestone does not read back", path);
		rc = EX_SOFTWARE;
		goto out;
	}
	t = &nd.tasks[i];
	mc->line = t->line;
	if (t->badtok != NULL) {
		warnx("bad date '%s' in the milestone (want YYYY-MM-DD; "
		    "--due takes relative dates)", t->badtok);
		rc = EX_USAGE;
	} else if (t->done != DATE_NONE) {
		warnx("a new milestone is open: it cannot carry 'done:'");
		rc = EX_USAGE;
	}
out:
	doc_free(&nd);
	doc_free(&d);
	return rc;
}

struct goal_ctx {
	const char	*want;		/* the new status */
	int		 force;
	mdate		 today;
};

/*
 * Apply one more edit to the goal in d (set key to val, or remove it when
 * val is NULL), reading the result back into d.
 */
static int
goal_edit(struct doc *d, const char *path, const char *key, const char *val)
{
	struct buf	 b = BUF_INIT;
	char		*data;
	size_t		 n;
	int		 rc;

	rc = val != NULL ? edit_set(d, key, &val, 1, 0, &b) :
	    edit_unset(d, key, &b);
	doc_free(d);
	if (rc != 0) {
		buf_release(&b);
		return rc;
	}
	data = buf_detach(&b, &n);
	return doc_reparse(d, path, data, n, 0);
}

/*
 * Mark a whole goal: done refuses while milestones are open.  The day it
 * was finished goes with the status: done stamps done: today, dropped
 * dropped: today, and active again removes both.
 */
static int
goal_status_cb(void *ctx, const char *path, char *data, size_t len,
    struct buf *out)
{
	struct goal_ctx		*gc = ctx;
	struct doc		 d;
	struct doc_error	 e;
	const char		*st, *vals[1];
	char			 ds[DATE_STRLEN];
	size_t			 i, open = 0;
	int			 rc;

	if ((rc = doc_parse(&d, path, data, len, &e)) != 0) {
		diag(path, e.line, e.col, "%s", e.msg);
		doc_free(&d);
		return rc;
	}
	st = fm_str(&d, "status");
	if (st != NULL && strcmp(st, gc->want) == 0) {
		diag(path, 0, 0, "already %s", gc->want);
		doc_free(&d);
		return EX_PROBLEM;
	}
	if (strcmp(gc->want, "done") == 0 && !gc->force) {
		for (i = 0; i < d.ntasks; i++)
			open += task_status_live(d.tasks[i].status);
		if (open > 0) {
			diag(path, 0, 0, "%zu milestone%s still open (mark "
			    "them, or use --force):", open, open == 1 ? " is" :
			    "s are");
			for (i = 0; i < d.ntasks; i++)
				if (task_status_live(d.tasks[i].status))
					fprintf(stderr, "  %s:%u: [%c] %s\n",
					    path, d.tasks[i].line,
					    d.tasks[i].status,
					    d.tasks[i].text);
			doc_free(&d);
			return EX_PROBLEM;
		}
	}
	vals[0] = gc->want;
	date_format(gc->today, ds);
	if ((rc = goal_edit(&d, path, "status", vals[0])) != 0 ||
	    (rc = goal_edit(&d, path, "done", strcmp(gc->want, "done") == 0 ?
	    ds : NULL)) != 0 ||
	    (rc = goal_edit(&d, path, "dropped", strcmp(gc->want,
	    "dropped") == 0 ? ds : NULL)) != 0)
		return rc;
	buf_add(out, d.data, d.len);
	doc_free(&d);
	return 0;
}

/*
 * Append the milestone text to the goal at rel, under its Milestones
 * heading; *line gets the line it landed on.  Returns 0 or a sysexits
 * code after a message.
 */
int
goal_milestone(struct journal *j, const char *rel, const char *text,
    unsigned *line)
{
	struct ms_ctx	 mc;
	int		 rc;

	mc.text = text;
	mc.line = 0;
	rc = file_update(j, rel, milestone_cb, &mc);
	*line = mc.line;
	return rc;
}

/*
 * Set the status of the goal at rel to want, stamping done: or dropped:
 * with today (and removing them for active): done refuses while a
 * milestone is open, unless force.  Returns 0, 1 when it already was, or
 * a sysexits code after a message.
 */
int
goal_status(struct journal *j, const char *rel, const char *want,
    int force, mdate today)
{
	struct goal_ctx	 gc;

	gc.want = want;
	gc.force = force;
	gc.today = today;
	return file_update(j, rel, goal_status_cb, &gc);
}
