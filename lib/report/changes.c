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
 * What happened between two commits: the journal read at each through
 * git (the same scan and model as any report), then compared record by
 * record: records added and removed, statuses of people and goals that
 * changed, and milestones and action items whose status changed (done,
 * started, dropped, reopened), an item known by its text less its box and
 * done: stamp, as mentor-merge knows it.
 */

/* A record as this report keeps it from one side. */
struct crec {
	char		*rel, *id, *path, *title, *status;
	int		 type;
	int		 private;
	size_t		 nitems;
	struct citem {
		char	*key;		/* identity, then "\1" and which */
		char	*text;
		unsigned line;
		int	 status;
	}		*items;
};

struct cside {
	struct crec	*v;
	size_t		 n;
	char		*rev, *commit;
};

static char *
dup0(const char *s)
{
	return s != NULL ? xstrdup(s) : NULL;
}

/* An item's identity: its text less done: stamps, and which it is. */
static char *
item_key(const struct item *t, const struct citem *prev, size_t nprev)
{
	struct buf	 b = BUF_INIT;
	const char	*p = t->text != NULL ? t->text : "", *q;
	size_t		 i, k = 1;

	while (*p != '\0') {
		q = p + strcspn(p, " \t");
		if (!(q - p > 5 && strncmp(p, "done:", 5) == 0)) {
			if (b.len > 0)
				buf_addch(&b, ' ');
			buf_add(&b, p, (size_t)(q - p));
		}
		p = q + strspn(q, " \t");
	}
	for (i = 0; i < nprev; i++)
		if (strncmp(prev[i].key, b.buf, b.len) == 0 &&
		    prev[i].key[b.len] == '\1')
			k++;
	buf_addf(&b, "\1%zu", k);
	return buf_detach(&b, NULL);
}

static void
add_items(struct crec *c, const struct item *v, size_t n)
{
	size_t	 i;

	c->items = xcalloc(n + 1, sizeof(*c->items));
	for (i = 0; i < n; i++) {
		c->items[i].key = item_key(&v[i], c->items, i);
		c->items[i].text = dup0(v[i].text);
		c->items[i].line = v[i].line;
		c->items[i].status = v[i].status;
	}
	c->nitems = n;
}

static struct crec *
side_add(struct cside *sd)
{
	sd->v = xreallocarray(sd->v, sd->n + 1, sizeof(*sd->v));
	memset(&sd->v[sd->n], 0, sizeof(sd->v[sd->n]));
	return &sd->v[sd->n++];
}

/* A new record of the side, its strings copied. */
static struct crec *
side_rec(struct cside *sd, int type, const char *rel, const char *id,
    const char *path, const char *title, const char *status)
{
	struct crec	*c = side_add(sd);

	c->type = type;
	c->rel = dup0(rel);
	c->id = dup0(id);
	c->path = dup0(path);
	c->title = dup0(title);
	c->status = dup0(status);
	return c;
}

static void
keep_entry(void *ctx, const struct entry *e)
{
	struct crec	*c;

	/* A private entry held back (--share) has no id: kept, nameless. */
	c = side_rec(ctx, R_ENTRY, e->id != NULL ? e->rel : NULL, e->id,
	    e->path, e->title, NULL);
	c->private = e->private;
	add_items(c, e->items, e->nitems);
}

static int
crec_cmp(const void *a, const void *b)
{
	const struct crec	*x = a, *y = b;

	if (x->type != y->type)
		return x->type - y->type;
	if (x->rel == NULL || y->rel == NULL)
		return x->rel == NULL ? (y->rel == NULL ? 0 : 1) : -1;
	return strcmp(x->rel, y->rel);
}

/* Read the journal at rev into sd.  0, or a sysexits code. */
static int
read_side(const struct opts *opt, const char *rev, mdate today, int share,
    struct cside *sd)
{
	struct journal	 j;
	struct scan	 s;
	struct crec	*c;
	size_t		 i;
	int		 rc;

	if ((rc = journal_find(&j, opt->C, JF_QUIET)) != 0)
		return rc;
	if ((rc = journal_git(&j, rev, JF_QUIET)) != 0) {
		journal_close(&j);
		return rc;
	}
	sd->rev = xstrdup(rev);
	sd->commit = xstrdup(source_rev(j.src));
	scan_init(&s, &j, today);
	s.flags = share ? SCAN_SHARE : 0;
	s.ctx = sd;
	s.entry = keep_entry;
	rc = scan_run(&s);
	for (i = 0; i < s.npeople; i++) {
		const struct person *p = s.people[i];

		c = side_rec(sd, R_PERSON, p->rel, p->id, p->path, p->name ?
		    p->name : p->id, p->status);
	}
	for (i = 0; i < s.ngoals; i++) {
		const struct goal *g = s.goals[i];

		c = side_rec(sd, R_GOAL, g->rel, g->id, g->path, g->title,
		    g->status);
		add_items(c, g->ms, g->nms);
	}
	scan_release(&s);
	journal_close(&j);
	if (sd->n > 1)
		qsort(sd->v, sd->n, sizeof(*sd->v), crec_cmp);
	return rc;
}

static void
side_free(struct cside *sd)
{
	size_t	 i, k;

	for (i = 0; i < sd->n; i++) {
		for (k = 0; k < sd->v[i].nitems; k++) {
			free(sd->v[i].items[k].key);
			free(sd->v[i].items[k].text);
		}
		free(sd->v[i].items);
		free(sd->v[i].rel);
		free(sd->v[i].id);
		free(sd->v[i].path);
		free(sd->v[i].title);
		free(sd->v[i].status);
	}
	free(sd->v);
	free(sd->rev);
	free(sd->commit);
}

/* The record of the other side with the same place, or NULL. */
static const struct crec *
counterpart(const struct cside *sd, const struct crec *c)
{
	size_t	 lo = 0, hi = sd->n, mid;
	int	 k;

	if (c->rel == NULL)
		return NULL;
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if ((k = crec_cmp(&sd->v[mid], c)) == 0)
			return &sd->v[mid];
		if (k < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

static const char *const changes_tsv[] = { "change", "type", "id", "path",
	"line", "field", "from", "to", "text" };
static const struct ocol changes_cols[] = {
	{ "record", O_FLEX }, { "change", 0 }, { "what", O_FLEX }
};

/* One row: a change to record c (its item t, or its field). */
static void
row(struct out *o, const char *change, const struct crec *c,
    const struct citem *t, const char *field, const char *from,
    const char *to)
{
	char	 where[32];
	struct buf b = BUF_INIT;

	out_row(o);
	out_str(o, "change", change, O_D);
	out_str(o, "type", rtype_name((enum rtype)c->type), O_D);
	out_str(o, "id", c->id, O_D);
	out_str(o, "path", c->path, O_D);
	out_intn(o, "line", t != NULL ? (long long)t->line : 0, t != NULL,
	    O_D);
	out_str(o, "field", field, O_D);
	out_str(o, "from", from, O_D);
	out_str(o, "to", to, O_D);
	out_str(o, "text", t != NULL ? t->text : c->title, O_D);
	/* The view: where, what changed, the text. */
	if (c->path == NULL)
		buf_addstr(&b, "(a private entry)");
	else if (t != NULL) {
		snprintf(where, sizeof(where), ":%u", t->line);
		buf_addf(&b, "%s%s", c->path, where);
	} else
		buf_addstr(&b, c->path);
	out_str(o, NULL, b.buf, O_V);
	buf_reset(&b);
	if (t != NULL && from != NULL)
		buf_addf(&b, "%s -> %s", from, to);
	else if (t != NULL)
		buf_addf(&b, "new, %s", to);
	else if (from != NULL)
		buf_addf(&b, "%s: %s -> %s", field, from, to);
	else
		buf_addstr(&b, change);
	out_str(o, NULL, b.buf, O_V);
	out_str(o, NULL, t != NULL ? (t->text ? t->text : "") :
	    (c->title ? c->title : ""), O_V);
	out_end(o);
	buf_release(&b);
}

/* A section: its heading in the view, its list in the data. */
static void
section(struct out *o, const char *key, const char *head)
{
	out_heading(o, O_V, head);
	out_table(o, key, changes_cols, 3, 2, O_D);
}

static size_t
section_end(struct out *o, size_t n)
{
	out_end(o);
	if (n == 0) {
		out_text(o, O_T, "  ");
		out_text(o, O_V, "none");
		out_nl(o, O_V);
	}
	return n;
}

static size_t
records(struct out *o, const struct cside *from, const struct cside *to,
    const char *change)
{
	size_t	 i, n = 0;

	for (i = 0; i < to->n; i++)
		if (to->v[i].rel != NULL && counterpart(from, &to->v[i]) ==
		    NULL) {
			row(o, change, &to->v[i], NULL, NULL, NULL, NULL);
			n++;
		}
	return n;
}

static size_t
statuses(struct out *o, const struct cside *from, const struct cside *to)
{
	const struct crec	*c, *was;
	size_t			 i, n = 0;

	for (i = 0; i < to->n; i++) {
		c = &to->v[i];
		if (c->type == R_ENTRY || (was = counterpart(from, c)) ==
		    NULL)
			continue;
		if ((c->status == NULL) != (was->status == NULL) ||
		    (c->status != NULL && strcmp(c->status, was->status) !=
		    0)) {
			row(o, "status", c, NULL, "status", was->status ?
			    was->status : "", c->status ? c->status : "");
			n++;
		}
	}
	return n;
}

/* The items of one type of record whose status changed. */
static size_t
items(struct out *o, const struct cside *from, const struct cside *to,
    int type, const char *change)
{
	const struct crec	*c, *was;
	const struct citem	*t, *old;
	size_t			 i, k, m, n = 0;

	for (i = 0; i < to->n; i++) {
		c = &to->v[i];
		if (c->type != type || c->rel == NULL)
			continue;
		was = counterpart(from, c);
		for (k = 0; k < c->nitems; k++) {
			t = &c->items[k];
			old = NULL;
			for (m = 0; was != NULL && m < was->nitems && old ==
			    NULL; m++)
				if (strcmp(was->items[m].key, t->key) == 0)
					old = &was->items[m];
			if (old != NULL ? old->status == t->status :
			    t->status != TASK_DONE)
				continue;
			row(o, change, c, t, "status", old != NULL ?
			    task_status_word(old->status) : NULL,
			    task_status_word(t->status));
			n++;
		}
	}
	return n;
}

/*
 * The changes report between the commits of range ("A..B", or "A" for
 * A..HEAD).  Returns the changes found; *status gets the worst status of
 * reading either side.
 */
size_t
report_changes(const char *range, const struct opts *opt, mdate today,
    int share, int *status)
{
	struct cside	 a, b;
	struct period	 per = { DATE_NONE, DATE_NONE };
	struct out	 o;
	const char	*dots;
	char		*ra;
	size_t		 n = 0;
	int		 rc;

	memset(&a, 0, sizeof(a));
	memset(&b, 0, sizeof(b));
	if ((dots = strstr(range, "..")) != NULL && dots[2] == '.')
		errx(EX_USAGE, "changes takes A..B, not '%s'", range);
	ra = dots != NULL ? xstrndup(range, (size_t)(dots - range)) :
	    xstrdup(range);
	if (*ra == '\0' || (dots != NULL && dots[2] == '\0'))
		errx(EX_USAGE, "changes takes A..B or A (A..HEAD), not '%s'",
		    range);
	if ((rc = read_side(opt, ra, today, share, &a)) != 0 &&
	    a.commit == NULL) {
		*status = rc;
		free(ra);
		return 0;
	}
	*status = status_merge(*status, rc);
	if ((rc = read_side(opt, dots != NULL ? dots + 2 : "HEAD", today,
	    share, &b)) != 0 && b.commit == NULL) {
		*status = rc;
		side_free(&a);
		free(ra);
		return 0;
	}
	*status = status_merge(*status, rc);
	out_init(&o, opt->fmt == FMT_NONE ? FMT_TEXT : opt->fmt, opt);
	out_report(&o, "changes", &per, today, changes_tsv, 9);
	out_obj(&o, "from", O_J);
	out_str(&o, "rev", a.rev, O_J);
	out_str(&o, "commit", a.commit, O_J);
	out_end(&o);
	out_obj(&o, "to", O_J);
	out_str(&o, "rev", b.rev, O_J);
	out_str(&o, "commit", b.commit, O_J);
	out_end(&o);
	out_title(&o, "Changes from %s (%.7s) to %s (%.7s)", a.rev, a.commit,
	    b.rev, b.commit);
	section(&o, "added", "Records added");
	n += section_end(&o, records(&o, &a, &b, "added"));
	section(&o, "removed", "Records removed");
	n += section_end(&o, records(&o, &b, &a, "removed"));
	section(&o, "statuses", "Statuses changed");
	n += section_end(&o, statuses(&o, &a, &b));
	section(&o, "milestones", "Milestones");
	n += section_end(&o, items(&o, &a, &b, R_GOAL, "milestone"));
	section(&o, "actions", "Action items");
	n += section_end(&o, items(&o, &a, &b, R_ENTRY, "action"));
	out_done(&o);
	side_free(&a);
	side_free(&b);
	free(ra);
	return n;
}
