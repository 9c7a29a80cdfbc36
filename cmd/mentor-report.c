/*
 * mentor-report: summary, progress, cadence, actions, skills, wins, agenda
 * and timeline reports over a journal, or over many journals at once.
 */
#include "config.h"

#include <ctype.h>
#include <err.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "mentor.h"

enum { REP_SUMMARY, REP_PROGRESS, REP_CADENCE, REP_ACTIONS, REP_SKILLS,
	REP_WINS, REP_AGENDA, REP_TIMELINE, NREPS };
static const char *const reports[NREPS] = { "summary", "progress",
	"cadence", "actions", "skills", "wins", "agenda", "timeline" };

enum {
	OPT_PERIOD = OPT_FIRST_LOCAL, OPT_SINCE, OPT_UNTIL, OPT_WITH,
	OPT_SHARE, OPT_JOURNAL, OPT_JOURNALS
};

static struct opts	 o;
static int		 fmt, share, rep, utf8, width = 80;
static const char	*period_opt, *since_opt, *until_opt, *with_opt;
static char		**jdirs;
static size_t		 njdirs;
static int		 journals_stdin;
static mdate		 today;
static struct period	 per;		/* the period asked for */
static int		 status_all;

static void MENTOR_NORETURN
usage(int st)
{
	fprintf(st ? stderr : stdout,
	    "usage: mentor-report [-0hq] [--share] [-C dir] [-f text|md|tsv|json]\n"
	    "                     [--period period | --since date --until date]\n"
	    "                     [--with id] [--journal dir]... [--journals -]\n"
	    "                     [report] [entry ... | -]\n"
	    "reports: summary (the default), progress, cadence, actions, "
	    "skills, wins,\n"
	    "         agenda --with id, timeline\n");
	exit(st ? EX_USAGE : out_close(0));
}

/* What one entry holds that a report may need. */
struct etask {
	unsigned	 line;
	int		 status;
	char		*text;
	mdate		 due, done;
	char		**people;
	size_t		 npeople;
};

struct einfo {
	char		*id;
	char		*title;
	char		*kind;
	mdate		 date;
	int		 private;
	char		**with, **goals, **rskill, **enc;
	size_t		 nwith, ngoals, nr, nenc;
	int		*rval;
	struct etask	*tasks;
	size_t		 ntasks;
	char		*feedback;
	int		 rc;		/* could not be read or parsed */
	unsigned	 eline, ecol;
	char		*emsg;
};

static char **
list_of(const struct doc *d, const char *key, size_t *n)
{
	struct ynode	**items, *one;
	char		**v;
	size_t		 i, k;

	k = ynode_items(fm_get(d, key), &items, &one);
	v = xcalloc(k + 1, sizeof(*v));
	for (i = *n = 0; i < k; i++)
		if (items[i]->type == Y_SCALAR)
			v[(*n)++] = xstrdup(items[i]->str);
	return v;
}

static void
strv_free(char **v, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

/* The trimmed text of one line of the body. */
static char *
line_text(const char *p, const char *e)
{
	while (p < e && (*p == ' ' || *p == '\t'))
		p++;
	while (e > p && (e[-1] == '\n' || e[-1] == '\r' || e[-1] == ' ' ||
	    e[-1] == '\t'))
		e--;
	return xstrndup(p, (size_t)(e - p));
}

/*
 * The Feedback section's text, and every encouragement note: the lines
 * under a heading 'Encouragement' or starting with 'Encouragement:'.
 */
static void
prose(const struct doc *d, struct einfo *ei)
{
	const char	*p = d->data + d->close_end, *end = d->data + d->len;
	const char	*e, *q;
	struct buf	 fb = BUF_INIT;
	unsigned	 line = d->body_line;
	size_t		 h = 0;
	int		 sect = 0;	/* 1 feedback, 2 encouragement */

	for (; p < end; p = e, line++) {
		if ((e = memchr(p, '\n', (size_t)(end - p))) == NULL)
			e = end;
		else
			e++;
		if (h < d->nheads && d->heads[h].line == line) {
			sect = strcasecmp(d->heads[h].text, "Feedback") == 0 ?
			    1 : strcasecmp(d->heads[h].text, "Encouragement") ==
			    0 ? 2 : 0;
			h++;
			continue;
		}
		for (q = p; q < e && (*q == ' ' || *q == '\t'); q++)
			;
		if (q == e || *q == '\n' || *q == '\r')
			continue;
		if (sect == 1)
			buf_add(&fb, p, (size_t)(e - p));
		if (sect == 2 && (*q == '-' || *q == '*' || *q == '+') &&
		    q + 1 < e && q[1] == ' ')
			q += 2;
		if (sect == 2 || ((size_t)(e - q) > 14 &&
		    strncasecmp(q, "Encouragement:", 14) == 0)) {
			ei->enc = xreallocarray(ei->enc, ei->nenc + 1,
			    sizeof(*ei->enc));
			ei->enc[ei->nenc++] = line_text(q, e);
		}
	}
	while (fb.len > 0 && (fb.buf[fb.len - 1] == '\n' ||
	    fb.buf[fb.len - 1] == '\r'))
		buf_setlen(&fb, fb.len - 1);
	ei->feedback = fb.len > 0 ? buf_detach(&fb, NULL) : NULL;
	buf_release(&fb);
}

static void *
entry_look(void *ctx, const struct rec *r, const char *path, struct doc *d,
    int rc, const struct doc_error *e)
{
	struct einfo		*ei = xcalloc(1, sizeof(*ei));
	struct ynode		*rt;
	const struct task	*t;
	const char		*v;
	size_t			 i, k;
	int			 b;

	ei->id = xstrdup(r->id);
	if (rc != 0) {
		ei->rc = rc;
		ei->eline = e->line;
		ei->ecol = e->col;
		ei->emsg = xstrdup(e->msg);
		return ei;
	}
	ei->title = xstrdup(doc_title(d));
	ei->kind = xstrdup(fm_str(d, "kind") ? fm_str(d, "kind") : "note");
	v = fm_str(d, "date");
	if (v == NULL || date_iso(v, strlen(v), &ei->date) != 0)
		ei->date = DATE_NONE;
	ei->private = (v = fm_str(d, "private")) != NULL &&
	    parse_bool(v, &b) == 0 && b;
	ei->with = list_of(d, "with", &ei->nwith);
	ei->goals = list_of(d, "goals", &ei->ngoals);
	if ((rt = fm_get(d, "ratings")) != NULL && rt->type == Y_MAP) {
		ei->rskill = xcalloc(rt->nkids / 2 + 1, sizeof(*ei->rskill));
		ei->rval = xcalloc(rt->nkids / 2 + 1, sizeof(*ei->rval));
		for (i = 0; i + 1 < rt->nkids; i += 2)
			if (rt->kids[i + 1]->type == Y_SCALAR &&
			    rating_value(rt->kids[i + 1]->str) > 0) {
				ei->rskill[ei->nr] = xstrdup(rt->kids[i]->str);
				ei->rval[ei->nr++] =
				    rating_value(rt->kids[i + 1]->str);
			}
	}
	ei->tasks = xcalloc(d->ntasks + 1, sizeof(*ei->tasks));
	for (i = 0; i < d->ntasks; i++) {
		t = &d->tasks[i];
		ei->tasks[i].line = t->line;
		ei->tasks[i].status = t->status;
		ei->tasks[i].text = xstrdup(t->text);
		ei->tasks[i].due = t->due;
		ei->tasks[i].done = t->done;
		ei->tasks[i].people = xcalloc(t->npeople + 1,
		    sizeof(*ei->tasks[i].people));
		for (k = 0; k < t->npeople; k++)
			ei->tasks[i].people[k] = xstrdup(t->people[k]);
		ei->tasks[i].npeople = t->npeople;
	}
	ei->ntasks = d->ntasks;
	prose(d, ei);
	return ei;
}

static void
einfo_free(void *res)
{
	struct einfo	*ei = res;
	size_t		 i;

	free(ei->id);
	free(ei->title);
	free(ei->kind);
	strv_free(ei->with, ei->nwith);
	strv_free(ei->goals, ei->ngoals);
	strv_free(ei->rskill, ei->nr);
	free(ei->rval);
	for (i = 0; i < ei->ntasks; i++) {
		free(ei->tasks[i].text);
		strv_free(ei->tasks[i].people, ei->tasks[i].npeople);
	}
	free(ei->tasks);
	strv_free(ei->enc, ei->nenc);
	free(ei->feedback);
	free(ei->emsg);
	free(ei);
}

static int
einfo_cmp(const void *a, const void *b)
{
	const struct einfo	*x = a, *y = b;

	if (x->date != y->date)
		return x->date < y->date ? -1 : 1;
	return strcmp(x->id, y->id);
}

static int
has(char **v, size_t n, const char *s)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if (strcmp(v[i], s) == 0)
			return 1;
	return 0;
}

/* A goal and its milestones. */
struct milestone {
	unsigned	 line;
	int		 status;
	char		*text;
	mdate		 due, done;
	int		 overdue;
};

struct evidence {
	mdate		 date;
	char		*id, *path, *title;
	int		 private;
};

struct goal {
	char		*id, *path, *title, *status, *mentor;
	mdate		 created, due;
	int		 done, total, overdue, live;
	struct milestone *ms;
	size_t		 nms;
	int		 next;		/* index into ms, or -1 */
	char		**skills;
	size_t		 nskills;
	struct evidence	*ev;
	size_t		 nev;
};

static size_t
goals_load(struct journal *j, struct goal **out)
{
	const struct reclist	*l = journal_list(j, R_GOAL);
	struct goal		*v = xcalloc(l->n + 1, sizeof(*v)), *g;
	struct goalinfo		 gi;
	struct doc		 d;
	struct doc_error	 e;
	size_t			 i, k, n = 0;

	for (i = 0; i < l->n; i++) {
		g = &v[n];
		g->path = journal_path(j, l->v[i].rel);
		if (doc_loadat(&d, j->dirfd, l->v[i].rel, g->path, &e) != 0) {
			diag(g->path, e.line, e.col, "%s", e.msg);
			status_all = status_merge(status_all, EX_DATAERR);
			free(g->path);
			doc_free(&d);
			continue;
		}
		goal_info(&d, today, &gi);
		g->id = xstrdup(l->v[i].id);
		g->title = xstrdup(gi.title ? gi.title : l->v[i].id);
		g->status = xstrdup(gi.status);
		g->mentor = gi.mentor ? xstrdup(gi.mentor) : NULL;
		g->created = gi.created;
		g->due = gi.due;
		g->done = gi.done;
		g->total = gi.total;
		g->overdue = gi.overdue;
		g->live = gi.live;
		g->next = -1;
		g->ms = xcalloc(d.ntasks + 1, sizeof(*g->ms));
		for (k = 0; k < d.ntasks; k++) {
			g->ms[k].line = d.tasks[k].line;
			g->ms[k].status = d.tasks[k].status;
			g->ms[k].text = xstrdup(d.tasks[k].text);
			g->ms[k].due = d.tasks[k].due;
			g->ms[k].done = d.tasks[k].done;
			g->ms[k].overdue = task_overdue(&d.tasks[k], gi.live,
			    today);
			if (gi.next == &d.tasks[k])
				g->next = (int)k;
		}
		g->nms = d.ntasks;
		g->skills = list_of(&d, "skills", &g->nskills);
		doc_free(&d);
		n++;
	}
	*out = v;
	return n;
}

static void
goals_free(struct goal *v, size_t n)
{
	size_t	 i, k;

	for (i = 0; i < n; i++) {
		free(v[i].id);
		free(v[i].path);
		free(v[i].title);
		free(v[i].status);
		free(v[i].mentor);
		for (k = 0; k < v[i].nms; k++)
			free(v[i].ms[k].text);
		free(v[i].ms);
		strv_free(v[i].skills, v[i].nskills);
		for (k = 0; k < v[i].nev; k++) {
			free(v[i].ev[k].id);
			free(v[i].ev[k].path);
			free(v[i].ev[k].title);
		}
		free(v[i].ev);
	}
	free(v);
}

/* An open action item for the actions and agenda reports. */
struct item {
	char		*who;		/* the person it is grouped under */
	char		*path, *entry, *text;
	unsigned	 line;
	int		 status, overdue, private;
	mdate		 date, due;
};

/* A skill's ratings over time. */
struct point {
	mdate	 date;
	int	 value;
};
struct skill {
	char		*name;
	struct point	*pts;
	size_t		 n;
};

struct note {
	mdate	 date;
	char	*entry, *path, *text;
	int	 private;
};

/* Everything a report gathers from the entries of one journal. */
struct gather {
	struct journal	*j;
	const char	*with;		/* full person id, or NULL */
	struct person	*people;
	size_t		 npeople;
	struct goal	*goals;
	size_t		 ngoals;
	/* actions */
	size_t		 open, overdue_items;
	mdate		 oldest;
	struct item	*items;
	size_t		 nitems;
	/* wins, skills */
	struct skill	*skills;
	size_t		 nskills;
	struct note	*wins, *enc;
	size_t		 nwins, nenc;
	/* agenda */
	mdate		 last_with;
	char		*feedback;
	int		 feedback_private;
	char		**last_rskill;
	int		*last_rval;
	size_t		 last_nr;
	/* timeline: entries held in the period */
	struct note	*held;
	size_t		 nheld;
	size_t		 nentries, nprivate;
	int		 keep_items;
};

static int
in_period(const struct period *p, mdate d)
{
	if (p->since == DATE_NONE && p->until == DATE_NONE)
		return 1;
	return d != DATE_NONE && period_contains(p, d);
}

/* Does the entry concern the --with person: with them, or naming them? */
static int
concerns(const struct einfo *ei, const char *who)
{
	size_t	 i;

	if (who == NULL || has(ei->with, ei->nwith, who))
		return 1;
	for (i = 0; i < ei->ntasks; i++)
		if (has(ei->tasks[i].people, ei->tasks[i].npeople, who))
			return 1;
	return 0;
}

static struct skill *
skill_get(struct gather *g, const char *name)
{
	size_t	 i;

	for (i = 0; i < g->nskills; i++)
		if (strcmp(g->skills[i].name, name) == 0)
			return &g->skills[i];
	g->skills = xreallocarray(g->skills, g->nskills + 1,
	    sizeof(*g->skills));
	g->skills[g->nskills].name = xstrdup(name);
	g->skills[g->nskills].pts = NULL;
	g->skills[g->nskills].n = 0;
	return &g->skills[g->nskills++];
}

static void
note_add(struct note **v, size_t *n, mdate date, const char *entry,
    const char *path, const char *text, int private)
{
	*v = xreallocarray(*v, *n + 1, sizeof(**v));
	(*v)[*n].date = date;
	(*v)[*n].entry = xstrdup(entry);
	(*v)[*n].path = xstrdup(path);
	(*v)[*n].text = text ? xstrdup(text) : NULL;
	(*v)[*n].private = private;
	(*n)++;
}

/* Take in one entry, in journal order (by date). */
static void
entry_out(void *ctx, const char *path, void *res)
{
	struct gather	*g = ctx;
	struct einfo	*ei = res;
	struct etask	*t;
	struct skill	*sk;
	struct item	*it;
	size_t		 i, k;
	int		 inp;

	if (ei->rc != 0) {
		diag(path, ei->eline, ei->ecol, "%s", ei->emsg);
		status_all = status_merge(status_all, ei->rc);
		einfo_free(ei);
		return;
	}
	if (!concerns(ei, g->with)) {
		einfo_free(ei);
		return;
	}
	g->nentries++;
	g->nprivate += ei->private;
	people_see(g->people, g->npeople, today, ei->date, ei->kind,
	    ei->with, ei->nwith);
	inp = in_period(&per, ei->date);
	/* Evidence: the entries citing each goal, in the period. */
	for (i = 0; inp && i < ei->ngoals; i++)
		for (k = 0; k < g->ngoals; k++)
			if (strcmp(g->goals[k].id, ei->goals[i]) == 0) {
				struct goal *go = &g->goals[k];

				go->ev = xreallocarray(go->ev, go->nev + 1,
				    sizeof(*go->ev));
				go->ev[go->nev].date = ei->date;
				go->ev[go->nev].id = xstrdup(ei->id);
				go->ev[go->nev].path = xstrdup(path);
				go->ev[go->nev].title = xstrdup(ei->title);
				go->ev[go->nev].private = ei->private;
				go->nev++;
			}
	/* Open action items. */
	for (i = 0; i < ei->ntasks; i++) {
		t = &ei->tasks[i];
		if (!task_status_live(t->status))
			continue;
		if (g->with != NULL && !has(ei->with, ei->nwith, g->with) &&
		    !has(t->people, t->npeople, g->with))
			continue;
		g->open++;
		if (t->due != DATE_NONE && t->due < today)
			g->overdue_items++;
		if (ei->date != DATE_NONE && (g->oldest == DATE_NONE ||
		    ei->date < g->oldest))
			g->oldest = ei->date;
		if (!g->keep_items)
			continue;
		g->items = xreallocarray(g->items, g->nitems + 1,
		    sizeof(*g->items));
		it = &g->items[g->nitems++];
		it->who = xstrdup(g->with ? g->with : t->npeople ?
		    t->people[0] : ei->nwith ? ei->with[0] : "");
		it->path = xstrdup(path);
		it->entry = xstrdup(ei->id);
		it->text = xstrdup(t->text);
		it->line = t->line;
		it->status = t->status;
		it->overdue = t->due != DATE_NONE && t->due < today;
		it->private = ei->private;
		it->date = ei->date;
		it->due = t->due;
	}
	/* Ratings, wins, encouragement, in the period. */
	if (inp) {
		for (i = 0; i < ei->nr; i++) {
			sk = skill_get(g, ei->rskill[i]);
			sk->pts = xreallocarray(sk->pts, sk->n + 1,
			    sizeof(*sk->pts));
			sk->pts[sk->n].date = ei->date;
			sk->pts[sk->n++].value = ei->rval[i];
		}
		if (strcmp(ei->kind, "win") == 0)
			note_add(&g->wins, &g->nwins, ei->date, ei->id, path,
			    ei->title, ei->private);
		for (i = 0; i < ei->nenc; i++)
			note_add(&g->enc, &g->nenc, ei->date, ei->id, path,
			    ei->enc[i], ei->private);
		if (ei->date != DATE_NONE && ei->date <= today)
			note_add(&g->held, &g->nheld, ei->date, ei->id, path,
			    ei->title, ei->private);
	}
	/* The last entry with the person, up to today: for the agenda. */
	if (g->with != NULL && has(ei->with, ei->nwith, g->with) &&
	    ei->date != DATE_NONE && ei->date <= today) {
		if (ei->feedback != NULL) {
			free(g->feedback);
			g->feedback = xstrdup(ei->feedback);
			g->feedback_private = ei->private;
		}
		if (ei->nr > 0) {
			strv_free(g->last_rskill, g->last_nr);
			free(g->last_rval);
			g->last_rskill = xcalloc(ei->nr + 1, sizeof(char *));
			g->last_rval = xcalloc(ei->nr + 1, sizeof(int));
			for (k = 0; k < ei->nr; k++) {
				g->last_rskill[k] = xstrdup(ei->rskill[k]);
				g->last_rval[k] = ei->rval[k];
			}
			g->last_nr = ei->nr;
		}
		g->last_with = ei->date;
	}
	einfo_free(ei);
}

/*
 * Drawing: bars, sparklines and week cells in Unicode blocks, or in
 * ASCII (#, -, .) when the locale's charset is not UTF-8.
 */
static void
bar(struct buf *b, int done, int total, int w)
{
	int	 i, fill = total > 0 ? (done * w + total / 2) / total : 0;

	for (i = 0; i < w; i++)
		buf_addstr(b, i < fill ? (utf8 ? "\xe2\x96\x88" : "#") :
		    (utf8 ? "\xe2\x96\x91" : "."));
}

static void
spark(struct buf *b, const struct point *p, size_t n)
{
	static const char *const blocks[] = { "\xe2\x96\x81", "\xe2\x96\x83",
	    "\xe2\x96\x84", "\xe2\x96\x86", "\xe2\x96\x88" };
	size_t	 i, from = n > 40 ? n - 40 : 0;

	for (i = from; i < n; i++) {
		if (utf8)
			buf_addstr(b, blocks[p[i].value - 1]);
		else
			buf_addch(b, '0' + p[i].value);
	}
}

/* s cut (not in the middle of a character) and padded to w columns. */
static void
fit(struct buf *b, const char *s, size_t w)
{
	size_t	 n = strlen(s), cw;

	while (n > 0 && utf8_width(s, n) > w) {
		n--;
		while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
			n--;
	}
	buf_add(b, s, n);
	for (cw = utf8_width(s, n); cw < w; cw++)
		buf_addch(b, ' ');
}

static void
datestr(char *s, mdate d)
{
	if (d == DATE_NONE)
		strcpy(s, "-");
	else
		date_format(d, s);
}

/* A JSON date or null, an int or null. */
static void
jdate(struct json *js, const char *k, mdate d)
{
	json_key(js, k);
	json_date(js, d);
}

static void
jint(struct json *js, const char *k, long long v, int present)
{
	json_key(js, k);
	if (present)
		json_int(js, v);
	else
		json_null(js);
}

static void
jstr(struct json *js, const char *k, const char *v)
{
	json_key(js, k);
	json_str(js, v);
}

static void
json_head(struct json *js)
{
	json_obj(js);
	jstr(js, "report", reports[rep]);
	json_key(js, "period");
	json_obj(js);
	jdate(js, "since", per.since);
	jdate(js, "until", per.until);
	json_obj_end(js);
	jdate(js, "today", today);
}

static void
heading(const char *text)
{
	if (fmt == FMT_MD)
		printf("\n## %s\n\n", text);
	else
		printf("\n%s\n", text);
}

/* The expected check-ins of a person in the period: due dates from since. */
static int
expected_in(const struct person *p, const struct period *pp)
{
	mdate	 from = pp->since, to = pp->until, d;
	int	 k, n = 0;

	if (!p->has_cad || p->since == DATE_NONE)
		return 0;
	if (to == DATE_NONE || to > today)
		to = today;
	for (k = 1; k < 100000; k++) {
		d = cadence_nth(&p->cad, p->since, k);
		if (d == DATE_NONE || d > to)
			break;
		if (from == DATE_NONE || d >= from)
			n++;
	}
	return n;
}

static int
held_in(const struct person *p, const struct period *pp)
{
	size_t	 i;
	int	 n = 0;

	for (i = 0; i < p->ndates; i++)
		if (in_period(pp, p->dates[i]))
			n++;
	return n;
}

/* The longest gap between check-ins (from since, up to today), in days. */
static int
longest_gap(const struct person *p)
{
	mdate	 prev = p->since;
	size_t	 i;
	int	 gap = 0;

	for (i = 0; i < p->ndates; i++) {
		if (prev != DATE_NONE && p->dates[i] - prev > gap)
			gap = p->dates[i] - prev;
		prev = p->dates[i];
	}
	if (prev != DATE_NONE && today - prev > gap)
		gap = today - prev;
	return gap;
}

/* Check-ins in a row each held before the previous one turned late. */
static int
streak(const struct person *p)
{
	size_t	 i;
	int	 n = 0;
	mdate	 prev;

	if (!p->has_cad || p->overdue_days > 0)
		return 0;
	for (i = p->ndates; i > 0; i--) {
		prev = i > 1 ? p->dates[i - 2] : p->since;
		if (prev == DATE_NONE ||
		    p->dates[i - 1] > cadence_late(&p->cad, prev))
			break;
		n++;
	}
	if (i == 0 && n == 0 && p->ndates > 0 && p->since == DATE_NONE)
		n = (int)p->ndates;
	return n;
}

static int
tracked(const struct gather *g, const struct person *p)
{
	return p->tracked && p->has_cad && (g->with == NULL ||
	    strcmp(g->with, p->id) == 0);
}

static void
report_summary(struct gather *g)
{
	struct json	 js;
	const struct person *p;
	struct goal	*go;
	char		 a[DATE_STRLEN], b[DATE_STRLEN];
	size_t		 i, k;
	int		 held = 0, expected = 0, counts[4] = { 0, 0, 0, 0 };
	int		 mdone = 0, st;
	static const char *const sts[] = { "active", "paused", "done",
	    "dropped" };

	for (i = 0; i < g->ngoals; i++) {
		for (st = 0; st < 4; st++)
			if (strcmp(g->goals[i].status, sts[st]) == 0)
				counts[st]++;
		for (k = 0; k < g->goals[i].nms; k++)
			if (g->goals[i].ms[k].status == TASK_DONE &&
			    g->goals[i].ms[k].done != DATE_NONE &&
			    in_period(&per, g->goals[i].ms[k].done))
				mdone++;
	}
	for (i = 0; i < g->npeople; i++)
		if (tracked(g, &g->people[i])) {
			held += held_in(&g->people[i], &per);
			expected += expected_in(&g->people[i], &per);
		}
	if (fmt == FMT_JSON) {
		json_init(&js, stdout);
		json_head(&js);
		json_key(&js, "people");
		json_arr(&js);
		for (i = 0; i < g->npeople; i++) {
			p = &g->people[i];
			if (!tracked(g, p))
				continue;
			json_obj(&js);
			jstr(&js, "id", p->id);
			jstr(&js, "name", p->name);
			jstr(&js, "cadence", p->cadence ? p->cadence :
			    g->j->set.cadence);
			jdate(&js, "last", p->last);
			jdate(&js, "next_due", p->next_due);
			jint(&js, "overdue_days", p->overdue_days,
			    p->next_due != DATE_NONE);
			jint(&js, "held", held_in(p, &per), 1);
			jint(&js, "expected", expected_in(p, &per), 1);
			json_obj_end(&js);
		}
		json_arr_end(&js);
		json_key(&js, "goals");
		json_arr(&js);
		for (i = 0; i < g->ngoals; i++) {
			go = &g->goals[i];
			json_obj(&js);
			jstr(&js, "id", go->id);
			jstr(&js, "title", go->title);
			jstr(&js, "status", go->status);
			jint(&js, "done", go->done, 1);
			jint(&js, "total", go->total, 1);
			jdate(&js, "next_due", go->next >= 0 ?
			    go->ms[go->next].due : DATE_NONE);
			json_key(&js, "overdue");
			json_bool(&js, go->overdue);
			json_obj_end(&js);
		}
		json_arr_end(&js);
		json_key(&js, "goals_by_status");
		json_obj(&js);
		for (st = 0; st < 4; st++)
			jint(&js, sts[st], counts[st], 1);
		json_obj_end(&js);
		json_key(&js, "overdue_milestones");
		json_arr(&js);
		for (i = 0; i < g->ngoals; i++)
			for (k = 0; k < g->goals[i].nms; k++) {
				if (!g->goals[i].ms[k].overdue)
					continue;
				json_obj(&js);
				jstr(&js, "goal", g->goals[i].id);
				jstr(&js, "path", g->goals[i].path);
				jint(&js, "line", g->goals[i].ms[k].line, 1);
				jstr(&js, "text", g->goals[i].ms[k].text);
				jdate(&js, "due", g->goals[i].ms[k].due);
				json_obj_end(&js);
			}
		json_arr_end(&js);
		json_key(&js, "actions");
		json_obj(&js);
		jint(&js, "open", (long long)g->open, 1);
		jdate(&js, "oldest", g->oldest);
		jint(&js, "oldest_days", today - g->oldest,
		    g->oldest != DATE_NONE);
		jint(&js, "overdue", (long long)g->overdue_items, 1);
		json_obj_end(&js);
		json_key(&js, "checkins");
		json_obj(&js);
		jint(&js, "held", held, 1);
		jint(&js, "expected", expected, 1);
		json_obj_end(&js);
		json_key(&js, "wins");
		json_obj(&js);
		jint(&js, "entries", (long long)g->nwins, 1);
		jint(&js, "milestones", mdone, 1);
		json_obj_end(&js);
		json_obj_end(&js);
		json_end(&js);
		return;
	}
	if (fmt == FMT_TSV) {
		if (!o.no_header)
			printf("id\tname\tcadence\tlast\tnext_due\t"
			    "overdue_days\theld\texpected\n");
		for (i = 0; i < g->npeople; i++) {
			p = &g->people[i];
			if (!tracked(g, p))
				continue;
			datestr(a, p->last);
			datestr(b, p->next_due);
			printf("%s\t%s\t%s\t%s\t%s\t%d\t%d\t%d\n", p->id,
			    p->name ? p->name : "", p->cadence ? p->cadence :
			    g->j->set.cadence, p->last != DATE_NONE ? a : "",
			    p->next_due != DATE_NONE ? b : "",
			    p->overdue_days, held_in(p, &per),
			    expected_in(p, &per));
		}
		return;
	}
	if (fmt == FMT_MD)
		printf("# Summary for %s\n", g->j->set.owner ?
		    g->j->set.owner : "this journal");
	else
		printf("Summary for %s, %s\n", g->j->set.owner ?
		    g->j->set.owner : "this journal", (datestr(a, today), a));
	heading("Relationships");
	for (i = 0, k = 0; i < g->npeople; i++) {
		struct buf nb = BUF_INIT;

		p = &g->people[i];
		if (!tracked(g, p))
			continue;
		datestr(a, p->last);
		datestr(b, p->next_due);
		fit(&nb, p->name ? p->name : p->id, 18);
		buf_addch(&nb, ' ');
		fit(&nb, p->cadence ? p->cadence : g->j->set.cadence, 10);
		printf("%s%s last %s  next %s%s", fmt == FMT_MD ? "- " : "  ",
		    nb.buf, a, b, p->overdue_days > 0 ? "" : "\n");
		if (p->overdue_days > 0)
			printf("  %d day%s overdue\n", p->overdue_days,
			    p->overdue_days == 1 ? "" : "s");
		buf_release(&nb);
		k++;
	}
	if (k == 0)
		printf("%s(no active relationship with a cadence)\n",
		    fmt == FMT_MD ? "- " : "  ");
	printf("%scheck-ins held %d of %d expected%s\n", fmt == FMT_MD ?
	    "\n" : "  ", held, expected, per.since == DATE_NONE &&
	    per.until == DATE_NONE ? " since each began" : " in the period");
	heading("Goals");
	printf("%s%d active, %d paused, %d done, %d dropped\n",
	    fmt == FMT_MD ? "" : "  ", counts[0], counts[1], counts[2],
	    counts[3]);
	for (i = 0; i < g->ngoals; i++) {
		struct buf bb = BUF_INIT;

		go = &g->goals[i];
		fit(&bb, go->title, 32);
		buf_addch(&bb, ' ');
		bar(&bb, go->done, go->total, 10);
		printf("%s%s %d/%d  %s\n", fmt == FMT_MD ? "- " : "  ",
		    bb.buf, go->done, go->total, go->status);
		buf_release(&bb);
	}
	heading("Overdue milestones");
	for (i = 0, k = 0; i < g->ngoals; i++) {
		size_t m;

		for (m = 0; m < g->goals[i].nms; m++) {
			if (!g->goals[i].ms[m].overdue)
				continue;
			printf("%s%s:%u: [%c] %s\n", fmt == FMT_MD ? "- " :
			    "  ", g->goals[i].path, g->goals[i].ms[m].line,
			    g->goals[i].ms[m].status, g->goals[i].ms[m].text);
			k++;
		}
	}
	if (k == 0)
		printf("%snone\n", fmt == FMT_MD ? "- " : "  ");
	heading("Action items");
	datestr(a, g->oldest);
	printf("%s%zu open, %zu overdue", fmt == FMT_MD ? "" : "  ",
	    g->open, g->overdue_items);
	if (g->oldest != DATE_NONE)
		printf(", oldest from %s (%d days)", a, today - g->oldest);
	printf("\n");
	heading("Wins");
	printf("%s%zu win entr%s, %d milestone%s done%s\n", fmt == FMT_MD ?
	    "" : "  ", g->nwins, g->nwins == 1 ? "y" : "ies", mdone,
	    mdone == 1 ? "" : "s", per.since == DATE_NONE &&
	    per.until == DATE_NONE ? "" : " in the period");
}

/* Hide what --share keeps to itself: a private entry's id and title. */
static const char *
shown(const char *s, int private)
{
	return share && private ? NULL : s;
}

static void
report_progress(struct gather *g)
{
	struct json	 js;
	struct goal	*go;
	struct milestone *nx;
	struct buf	 bb = BUF_INIT;
	char		 a[DATE_STRLEN], b[DATE_STRLEN];
	size_t		 i, k;

	if (fmt == FMT_JSON) {
		json_init(&js, stdout);
		json_head(&js);
		json_key(&js, "goals");
		json_arr(&js);
	} else if (fmt == FMT_TSV && !o.no_header)
		printf("id\ttitle\tstatus\tdone\ttotal\tnext\tnext_due\t"
		    "overdue\tdue\tdays_left\tevidence\n");
	else if (fmt == FMT_MD)
		printf("# Progress\n");
	for (i = 0; i < g->ngoals; i++) {
		go = &g->goals[i];
		if (g->with != NULL && (go->mentor == NULL ||
		    strcmp(go->mentor, g->with) != 0))
			continue;
		nx = go->next >= 0 ? &go->ms[go->next] : NULL;
		if (fmt == FMT_JSON) {
			json_obj(&js);
			jstr(&js, "id", go->id);
			jstr(&js, "title", go->title);
			jstr(&js, "status", go->status);
			jint(&js, "done", go->done, 1);
			jint(&js, "total", go->total, 1);
			jstr(&js, "next", nx ? nx->text : NULL);
			jdate(&js, "next_due", nx ? nx->due : DATE_NONE);
			json_key(&js, "overdue");
			json_bool(&js, go->overdue);
			json_key(&js, "overdue_milestones");
			json_arr(&js);
			for (k = 0; k < go->nms; k++)
				if (go->ms[k].overdue) {
					json_obj(&js);
					jint(&js, "line", go->ms[k].line, 1);
					jstr(&js, "text", go->ms[k].text);
					jdate(&js, "due", go->ms[k].due);
					json_obj_end(&js);
				}
			json_arr_end(&js);
			jdate(&js, "due", go->due);
			jint(&js, "days_left", go->due - today, go->due !=
			    DATE_NONE);
			json_key(&js, "evidence");
			json_arr(&js);
			for (k = 0; k < go->nev; k++) {
				json_obj(&js);
				jdate(&js, "date", go->ev[k].date);
				jstr(&js, "id", shown(go->ev[k].id,
				    go->ev[k].private));
				jstr(&js, "title", shown(go->ev[k].title,
				    go->ev[k].private));
				jstr(&js, "path", shown(go->ev[k].path,
				    go->ev[k].private));
				json_obj_end(&js);
			}
			json_arr_end(&js);
			json_obj_end(&js);
			continue;
		}
		datestr(a, nx ? nx->due : DATE_NONE);
		datestr(b, go->due);
		if (fmt == FMT_TSV) {
			printf("%s\t", go->id);
			tsv_put(stdout, go->title);
			printf("\t%s\t%d\t%d\t", go->status, go->done,
			    go->total);
			tsv_put(stdout, nx ? nx->text : "");
			printf("\t%s\t%s\t%s\t", nx && nx->due != DATE_NONE ?
			    a : "", go->overdue ? "true" : "false",
			    go->due != DATE_NONE ? b : "");
			if (go->due != DATE_NONE)
				printf("%d", go->due - today);
			printf("\t%zu\n", go->nev);
			continue;
		}
		buf_reset(&bb);
		bar(&bb, go->done, go->total, 20);
		printf(fmt == FMT_MD ? "\n## %s\n\n" : "\n%s\n", go->title);
		printf("%s%s %d/%d milestones  %s", fmt == FMT_MD ? "- " :
		    "  ", bb.buf, go->done, go->total, go->status);
		if (go->due != DATE_NONE)
			printf(", due %s (%d days %s)", b, abs(go->due - today),
			    go->due >= today ? "left" : "over");
		printf("\n");
		if (nx != NULL)
			printf("%snext: %s%s%s\n", fmt == FMT_MD ? "- " : "  ",
			    nx->text, nx->due != DATE_NONE &&
			    strstr(nx->text, "due:") == NULL ? " due " : "",
			    nx->due != DATE_NONE && strstr(nx->text, "due:") ==
			    NULL ? a : "");
		for (k = 0; k < go->nms; k++)
			if (go->ms[k].overdue)
				printf("%soverdue: %s:%u: %s\n", fmt == FMT_MD ?
				    "- " : "  ", go->path, go->ms[k].line,
				    go->ms[k].text);
		printf("%sevidence: %zu entr%s%s\n", fmt == FMT_MD ? "- " :
		    "  ", go->nev, go->nev == 1 ? "y" : "ies", go->nev ?
		    "" : "");
		for (k = 0; k < go->nev; k++) {
			datestr(a, go->ev[k].date);
			if (share && go->ev[k].private)
				printf("%s  %s  (private entry)\n",
				    fmt == FMT_MD ? "  -" : "  ", a);
			else
				printf("%s  %s  %s\n", fmt == FMT_MD ? "  -" :
				    "  ", a, go->ev[k].title);
		}
	}
	if (fmt == FMT_JSON) {
		json_arr_end(&js);
		json_obj_end(&js);
		json_end(&js);
	}
	buf_release(&bb);
}

/* The first day of the week holding d (weeks start on week_start). */
static mdate
week_of(mdate d, int ws)
{
	return d - ((date_weekday(d) - ws + 7) % 7);
}

static void
report_cadence(struct gather *g)
{
	struct json	 js;
	const struct person *p;
	struct buf	 cal = BUF_INIT;
	char		 a[DATE_STRLEN], b[DATE_STRLEN];
	mdate		 w0 = week_of(today, g->j->set.week_start) - 51 * 7, w;
	size_t		 i, k;
	int		 cells[52], c;

	if (fmt == FMT_JSON) {
		json_init(&js, stdout);
		json_head(&js);
		json_key(&js, "people");
		json_arr(&js);
	} else if (fmt == FMT_TSV && !o.no_header)
		printf("id\tname\tcadence\texpected\theld\tlongest_gap_days\t"
		    "streak\tlast\tnext_due\toverdue_days\n");
	else if (fmt == FMT_MD)
		printf("# Cadence\n");
	else if (fmt == FMT_TEXT)
		printf("Cadence, %s\n", per.since == DATE_NONE &&
		    per.until == DATE_NONE ? "all time" : "in the period");
	for (i = 0; i < g->npeople; i++) {
		p = &g->people[i];
		if (!tracked(g, p))
			continue;
		memset(cells, 0, sizeof(cells));
		for (k = 0; k < p->ndates; k++)
			if (p->dates[k] >= w0 && p->dates[k] <= today)
				cells[(p->dates[k] - w0) / 7]++;
		datestr(a, p->last);
		datestr(b, p->next_due);
		if (fmt == FMT_JSON) {
			json_obj(&js);
			jstr(&js, "id", p->id);
			jstr(&js, "name", p->name);
			jstr(&js, "cadence", p->cadence ? p->cadence :
			    g->j->set.cadence);
			jint(&js, "expected", expected_in(p, &per), 1);
			jint(&js, "held", held_in(p, &per), 1);
			jint(&js, "longest_gap_days", longest_gap(p), 1);
			jint(&js, "streak", streak(p), 1);
			jdate(&js, "last", p->last);
			jdate(&js, "next_due", p->next_due);
			jint(&js, "overdue_days", p->overdue_days,
			    p->next_due != DATE_NONE);
			json_key(&js, "weeks");
			json_arr(&js);
			for (c = 0; c < 52; c++)
				json_int(&js, cells[c]);
			json_arr_end(&js);
			json_obj_end(&js);
			continue;
		}
		if (fmt == FMT_TSV) {
			printf("%s\t%s\t%s\t%d\t%d\t%d\t%d\t%s\t%s\t%d\n",
			    p->id, p->name ? p->name : "", p->cadence ?
			    p->cadence : g->j->set.cadence,
			    expected_in(p, &per), held_in(p, &per),
			    longest_gap(p), streak(p), p->last != DATE_NONE ?
			    a : "", p->next_due != DATE_NONE ? b : "",
			    p->overdue_days);
			continue;
		}
		printf(fmt == FMT_MD ? "\n## %s\n\n" : "\n%s\n", p->name ?
		    p->name : p->id);
		printf("%s%s: %d of %d expected held, longest gap %d days, "
		    "streak %d\n", fmt == FMT_MD ? "- " : "  ", p->cadence ?
		    p->cadence : g->j->set.cadence, held_in(p, &per),
		    expected_in(p, &per), longest_gap(p), streak(p));
		printf("%slast %s, next due %s", fmt == FMT_MD ? "- " : "  ",
		    a, b);
		if (p->overdue_days > 0)
			printf(", %d day%s overdue", p->overdue_days,
			    p->overdue_days == 1 ? "" : "s");
		printf("\n");
		buf_reset(&cal);
		for (c = 0; c < 52; c++)
			buf_addstr(&cal, cells[c] ? (utf8 ? "\xe2\x96\x88" :
			    "#") : (utf8 ? "\xc2\xb7" : "."));
		datestr(a, w0);
		w = week_of(today, g->j->set.week_start);
		datestr(b, w);
		printf("%s%s%s  52 weeks from %s\n", fmt == FMT_MD ? "\n    " :
		    "  ", cal.buf, "", a);
	}
	if (fmt == FMT_JSON) {
		json_arr_end(&js);
		json_obj_end(&js);
		json_end(&js);
	}
	buf_release(&cal);
}

static int
item_cmp(const void *a, const void *b)
{
	const struct item	*x = a, *y = b;
	int			 c;

	if ((c = strcmp(x->who, y->who)) != 0)
		return c;
	if (x->date != y->date)
		return x->date < y->date ? -1 : 1;
	if ((c = strcmp(x->path, y->path)) != 0)
		return c;
	return x->line < y->line ? -1 : x->line > y->line;
}

static void
json_item(struct json *js, const struct item *it)
{
	json_obj(js);
	jstr(js, "person", *it->who ? it->who : NULL);
	jstr(js, "entry", shown(it->entry, it->private));
	jstr(js, "path", shown(it->path, it->private));
	jint(js, "line", it->line, !(share && it->private));
	jstr(js, "status", task_status_word(it->status));
	jstr(js, "text", shown(it->text, it->private));
	jdate(js, "date", it->date);
	jdate(js, "due", it->due);
	jint(js, "age_days", today - it->date, it->date != DATE_NONE);
	json_key(js, "overdue");
	json_bool(js, it->overdue);
	json_obj_end(js);
}

static void
report_actions(struct gather *g)
{
	struct json	 js;
	struct item	*it;
	char		 a[DATE_STRLEN];
	const char	*who = NULL;
	size_t		 i;

	if (g->nitems > 1)
		qsort(g->items, g->nitems, sizeof(*g->items), item_cmp);
	if (fmt == FMT_JSON) {
		json_init(&js, stdout);
		json_head(&js);
		json_key(&js, "items");
		json_arr(&js);
		for (i = 0; i < g->nitems; i++)
			json_item(&js, &g->items[i]);
		json_arr_end(&js);
		json_obj_end(&js);
		json_end(&js);
		return;
	}
	if (fmt == FMT_TSV) {
		if (!o.no_header)
			printf("person\tentry\tpath\tline\tstatus\ttext\tdue\t"
			    "age_days\toverdue\n");
		for (i = 0; i < g->nitems; i++) {
			it = &g->items[i];
			datestr(a, it->due);
			printf("%s\t%s\t%s\t", it->who, shown(it->entry,
			    it->private) ? it->entry : "", shown(it->path,
			    it->private) ? it->path : "");
			if (!(share && it->private))
				printf("%u", it->line);
			printf("\t%s\t", task_status_word(it->status));
			tsv_put(stdout, shown(it->text, it->private));
			printf("\t%s\t", it->due != DATE_NONE ? a : "");
			if (it->date != DATE_NONE)
				printf("%d", today - it->date);
			printf("\t%s\n", it->overdue ? "true" : "false");
		}
		return;
	}
	printf(fmt == FMT_MD ? "# Open action items\n" :
	    "Open action items, oldest first\n");
	for (i = 0; i < g->nitems; i++) {
		it = &g->items[i];
		if (who == NULL || strcmp(who, it->who) != 0) {
			who = it->who;
			heading(*who ? who : "(no one named)");
		}
		if (share && it->private)
			printf("%s(an item of a private entry)%s, %d days old\n",
			    fmt == FMT_MD ? "- " : "  ", it->overdue ?
			    ", overdue" : "", today - it->date);
		else
			printf("%s%s:%u: [%c] %s  (%d day%s old%s)\n",
			    fmt == FMT_MD ? "- " : "  ", it->path, it->line,
			    it->status, it->text, it->date != DATE_NONE ?
			    today - it->date : 0, it->date != DATE_NONE &&
			    today - it->date == 1 ? "" : "s", it->overdue ?
			    ", overdue" : "");
	}
	if (g->nitems == 0)
		printf("%snone\n", fmt == FMT_MD ? "\n- " : "  ");
}

static void
report_skills(struct gather *g)
{
	struct json	 js;
	struct skill	*sk;
	struct buf	 sp = BUF_INIT, nm = BUF_INIT;
	char		 a[DATE_STRLEN];
	size_t		 i, k;

	if (fmt == FMT_JSON) {
		json_init(&js, stdout);
		json_head(&js);
		json_key(&js, "skills");
		json_arr(&js);
	} else if (fmt == FMT_TSV && !o.no_header)
		printf("name\tfirst\tlast\tchange\tcount\tseries\n");
	else if (fmt == FMT_MD)
		printf("# Skills\n\n");
	else
		printf("Skills, ratings over time (1 to 5)\n\n");
	for (i = 0; i < g->nskills; i++) {
		sk = &g->skills[i];
		if (fmt == FMT_JSON) {
			json_obj(&js);
			jstr(&js, "name", sk->name);
			jint(&js, "first", sk->pts[0].value, 1);
			jint(&js, "last", sk->pts[sk->n - 1].value, 1);
			jint(&js, "change", sk->pts[sk->n - 1].value -
			    sk->pts[0].value, 1);
			jint(&js, "count", (long long)sk->n, 1);
			json_key(&js, "series");
			json_arr(&js);
			for (k = 0; k < sk->n; k++) {
				json_obj(&js);
				jdate(&js, "date", sk->pts[k].date);
				jint(&js, "rating", sk->pts[k].value, 1);
				json_obj_end(&js);
			}
			json_arr_end(&js);
			json_obj_end(&js);
			continue;
		}
		if (fmt == FMT_TSV) {
			printf("%s\t%d\t%d\t%d\t%zu\t", sk->name,
			    sk->pts[0].value, sk->pts[sk->n - 1].value,
			    sk->pts[sk->n - 1].value - sk->pts[0].value, sk->n);
			for (k = 0; k < sk->n; k++) {
				datestr(a, sk->pts[k].date);
				printf("%s%s:%d", k ? "," : "", a,
				    sk->pts[k].value);
			}
			printf("\n");
			continue;
		}
		buf_reset(&sp);
		spark(&sp, sk->pts, sk->n);
		buf_reset(&nm);
		fit(&nm, sk->name, 22);
		printf("%s%s %s  %d -> %d (%+d), %zu rating%s\n",
		    fmt == FMT_MD ? "- " : "  ", nm.buf, sp.buf,
		    sk->pts[0].value, sk->pts[sk->n - 1].value,
		    sk->pts[sk->n - 1].value - sk->pts[0].value, sk->n,
		    sk->n == 1 ? "" : "s");
	}
	if (g->nskills == 0 && fmt != FMT_JSON && fmt != FMT_TSV)
		printf("%snone rated\n", fmt == FMT_MD ? "- " : "  ");
	if (fmt == FMT_JSON) {
		json_arr_end(&js);
		json_obj_end(&js);
		json_end(&js);
	}
	buf_release(&sp);
	buf_release(&nm);
}

static void
report_wins(struct gather *g)
{
	struct json	 js;
	struct goal	*go;
	struct skill	*sk;
	char		 a[DATE_STRLEN];
	size_t		 i, k, n;
	const char	*li = fmt == FMT_MD ? "- " : "  ";

	if (fmt == FMT_JSON) {
		json_init(&js, stdout);
		json_head(&js);
		json_key(&js, "milestones");
		json_arr(&js);
	} else if (fmt == FMT_TSV && !o.no_header)
		printf("part\tdate\tname\ttext\n");
	else if (fmt == FMT_MD)
		printf("# Wins\n");
	else
		printf("Wins%s\n", per.since == DATE_NONE && per.until ==
		    DATE_NONE ? "" : " in the period");
	if (fmt == FMT_TEXT || fmt == FMT_MD)
		heading("Milestones achieved");
	for (i = 0, n = 0; i < g->ngoals; i++) {
		go = &g->goals[i];
		for (k = 0; k < go->nms; k++) {
			if (go->ms[k].status != TASK_DONE ||
			    go->ms[k].done == DATE_NONE ||
			    !in_period(&per, go->ms[k].done))
				continue;
			n++;
			datestr(a, go->ms[k].done);
			if (fmt == FMT_JSON) {
				json_obj(&js);
				jstr(&js, "goal", go->id);
				jstr(&js, "text", go->ms[k].text);
				jdate(&js, "done", go->ms[k].done);
				json_obj_end(&js);
			} else if (fmt == FMT_TSV) {
				printf("milestone\t%s\t%s\t", a, go->id);
				tsv_put(stdout, go->ms[k].text);
				printf("\n");
			} else
				printf("%s%s  %s: %s\n", li, a, go->title,
				    go->ms[k].text);
		}
	}
	if (n == 0 && (fmt == FMT_TEXT || fmt == FMT_MD))
		printf("%snone yet\n", li);
	if (fmt == FMT_JSON) {
		json_arr_end(&js);
		json_key(&js, "growth");
		json_obj(&js);
		json_key(&js, "skills");
		json_arr(&js);
	}
	if (fmt == FMT_TEXT || fmt == FMT_MD)
		heading("Personal growth");
	for (i = 0, n = 0; i < g->nskills; i++) {
		sk = &g->skills[i];
		if (sk->n < 2 || sk->pts[sk->n - 1].value <= sk->pts[0].value)
			continue;
		n++;
		if (fmt == FMT_JSON) {
			json_obj(&js);
			jstr(&js, "name", sk->name);
			jint(&js, "first", sk->pts[0].value, 1);
			jint(&js, "last", sk->pts[sk->n - 1].value, 1);
			json_obj_end(&js);
		} else if (fmt == FMT_TSV)
			printf("growth\t\t%s\t%d -> %d\n", sk->name,
			    sk->pts[0].value, sk->pts[sk->n - 1].value);
		else
			printf("%s%s rose from %d to %d\n", li, sk->name,
			    sk->pts[0].value, sk->pts[sk->n - 1].value);
	}
	if (fmt == FMT_JSON) {
		json_arr_end(&js);
		json_key(&js, "entries");
		json_arr(&js);
	}
	for (i = 0; i < g->nwins; i++) {
		n++;
		datestr(a, g->wins[i].date);
		if (fmt == FMT_JSON) {
			json_obj(&js);
			jdate(&js, "date", g->wins[i].date);
			jstr(&js, "id", shown(g->wins[i].entry,
			    g->wins[i].private));
			jstr(&js, "title", shown(g->wins[i].text,
			    g->wins[i].private));
			json_obj_end(&js);
		} else if (fmt == FMT_TSV) {
			printf("win\t%s\t%s\t", a, shown(g->wins[i].entry,
			    g->wins[i].private) ? g->wins[i].entry : "");
			tsv_put(stdout, shown(g->wins[i].text,
			    g->wins[i].private));
			printf("\n");
		} else
			printf("%s%s  win: %s\n", li, a, shown(g->wins[i].text,
			    g->wins[i].private) ? g->wins[i].text :
			    "(a private entry)");
	}
	if (n == 0 && (fmt == FMT_TEXT || fmt == FMT_MD))
		printf("%snothing yet\n", li);
	if (fmt == FMT_JSON) {
		json_arr_end(&js);
		json_obj_end(&js);
		json_key(&js, "encouragement");
		json_arr(&js);
	}
	if (fmt == FMT_TEXT || fmt == FMT_MD)
		heading("Encouragement");
	for (i = 0, n = 0; i < g->nenc && !share; i++) {
		n++;
		datestr(a, g->enc[i].date);
		if (fmt == FMT_JSON) {
			json_obj(&js);
			jdate(&js, "date", g->enc[i].date);
			jstr(&js, "entry", g->enc[i].entry);
			jstr(&js, "text", g->enc[i].text);
			json_obj_end(&js);
		} else if (fmt == FMT_TSV) {
			printf("encouragement\t%s\t%s\t", a, g->enc[i].entry);
			tsv_put(stdout, g->enc[i].text);
			printf("\n");
		} else
			printf("%s%s  %s\n", li, a, g->enc[i].text);
	}
	if (n == 0 && (fmt == FMT_TEXT || fmt == FMT_MD))
		printf("%s%s\n", li, share ? "(left out when sharing)" :
		    "none noted");
	if (fmt == FMT_JSON) {
		json_arr_end(&js);
		json_obj_end(&js);
		json_end(&js);
	}
}

static struct person *
person_of(struct gather *g, const char *id)
{
	size_t	 i;

	for (i = 0; i < g->npeople; i++)
		if (strcmp(g->people[i].id, id) == 0)
			return &g->people[i];
	return NULL;
}

static void
report_agenda(struct gather *g)
{
	struct json	 js;
	struct person	*p = person_of(g, g->with);
	struct goal	*go;
	struct item	*it;
	char		 a[DATE_STRLEN], b[DATE_STRLEN];
	mdate		 next, after;
	size_t		 i, k, n;
	int		 md = fmt == FMT_MD;

	next = p->planned != DATE_NONE ? p->planned : p->next_due;
	if (next == DATE_NONE || next < today)
		next = today;
	after = p->has_cad ? cadence_due(&p->cad, next) : next;
	datestr(a, next);
	datestr(b, after);
	if (fmt == FMT_JSON) {
		json_init(&js, stdout);
		json_head(&js);
		jstr(&js, "with", p->id);
		jstr(&js, "name", p->name);
		jdate(&js, "next", next);
		jdate(&js, "until", after);
		json_key(&js, "actions");
		json_arr(&js);
		for (i = 0; i < g->nitems; i++)
			json_item(&js, &g->items[i]);
		json_arr_end(&js);
		json_key(&js, "milestones");
		json_arr(&js);
	} else if (fmt == FMT_TSV && !o.no_header)
		printf("part\tpath\tline\ttext\tdue\n");
	if (fmt == FMT_TEXT)
		printf("Agenda with %s, %s\n\n", p->name ? p->name : p->id, a);
	if (fmt == FMT_TEXT || md)
		printf(md ? "## Agenda\n\n" : "Carried over:\n");
	for (i = 0; i < g->nitems && fmt != FMT_JSON; i++) {
		it = &g->items[i];
		if (share && it->private) {
			if (fmt != FMT_TSV)
				printf("- (an item of a private entry)\n");
			continue;
		}
		if (fmt == FMT_TSV) {
			printf("action\t%s\t%u\t", it->path, it->line);
			tsv_put(stdout, it->text);
			datestr(a, it->due);
			printf("\t%s\n", it->due != DATE_NONE ? a : "");
		} else
			printf("- %s%s (%s:%u)\n", it->text, it->overdue ?
			    " **overdue**" : "", it->path, it->line);
	}
	if (fmt == FMT_TEXT && g->nitems == 0)
		printf("- nothing open\n");
	if (fmt == FMT_TEXT)
		printf("\nMilestones due by %s:\n", b);
	for (i = 0, n = 0; i < g->ngoals; i++) {
		go = &g->goals[i];
		if (go->mentor == NULL || strcmp(go->mentor, p->id) != 0 ||
		    !go->live)
			continue;
		for (k = 0; k < go->nms; k++) {
			if (!task_status_live(go->ms[k].status) ||
			    go->ms[k].due == DATE_NONE || go->ms[k].due > after)
				continue;
			n++;
			datestr(a, go->ms[k].due);
			if (fmt == FMT_JSON) {
				json_obj(&js);
				jstr(&js, "goal", go->id);
				jstr(&js, "path", go->path);
				jint(&js, "line", go->ms[k].line, 1);
				jstr(&js, "text", go->ms[k].text);
				jdate(&js, "due", go->ms[k].due);
				json_obj_end(&js);
			} else if (fmt == FMT_TSV) {
				printf("milestone\t%s\t%u\t", go->path,
				    go->ms[k].line);
				tsv_put(stdout, go->ms[k].text);
				printf("\t%s\n", a);
			} else
				printf("- %s: %s (%s:%u)\n", go->title,
				    go->ms[k].text, go->path, go->ms[k].line);
		}
	}
	if (fmt == FMT_TEXT && n == 0)
		printf("- none\n");
	if (fmt == FMT_JSON) {
		json_arr_end(&js);
		jstr(&js, "feedback", share && g->feedback_private ? NULL :
		    share ? NULL : g->feedback);
		json_key(&js, "skills");
		json_arr(&js);
		for (i = 0; i < g->last_nr; i++) {
			json_obj(&js);
			jstr(&js, "name", g->last_rskill[i]);
			jint(&js, "last", g->last_rval[i], 1);
			json_obj_end(&js);
		}
		json_arr_end(&js);
		json_obj_end(&js);
		json_end(&js);
		return;
	}
	if (fmt == FMT_TSV) {
		for (i = 0; i < g->last_nr; i++)
			printf("skill\t\t\t%s\t%d\n", g->last_rskill[i],
			    g->last_rval[i]);
		return;
	}
	if (!share && g->feedback != NULL)
		printf(md ? "\n## Last feedback\n\n%s\n" :
		    "\nLast feedback:\n%s\n", g->feedback);
	if (g->last_nr > 0) {
		printf(md ? "\n## Skills to rate\n\n" : "\nSkills rated last "
		    "time:\n");
		for (i = 0; i < g->last_nr; i++)
			printf("- %s (last %d)\n", g->last_rskill[i],
			    g->last_rval[i]);
	}
	if (md)
		printf("\n## Notes\n\n## Feedback\n\n## Action items\n");
}

/* Append an event to a day's line, keeping within the width. */
static void
day_add(struct buf *b, const char *what, const char *text)
{
	buf_addf(b, "%s%s %s", b->len > 12 ? "; " : "", what, text);
}

static void
report_timeline(struct gather *g)
{
	struct json	 js;
	struct buf	 b = BUF_INIT;
	struct goal	*go;
	char		 a[DATE_STRLEN];
	mdate		 d, from = per.since, to = per.until;
	size_t		 i, k;
	int		 firstday = 1;

	if (from == DATE_NONE)
		from = today - 29;
	if (to == DATE_NONE)
		to = today;
	if (fmt == FMT_JSON) {
		json_init(&js, stdout);
		json_head(&js);
		json_key(&js, "days");
		json_arr(&js);
	} else if (fmt == FMT_TSV && !o.no_header)
		printf("date\tevent\tname\ttext\n");
	else if (fmt == FMT_MD || fmt == FMT_TEXT) {
		datestr(a, from);
		printf(fmt == FMT_MD ? "# Timeline, %s to " : "Timeline, %s to ",
		    a);
		datestr(a, to);
		printf(fmt == FMT_MD ? "%s\n\n" : "%s\n\n", a);
	}
	for (d = from; d <= to; d++) {
		datestr(a, d);
		if (fmt == FMT_JSON) {
			json_obj(&js);
			jdate(&js, "date", d);
			json_key(&js, "held");
			json_arr(&js);
		}
		buf_reset(&b);
		buf_addf(&b, "%s  ", a);
		for (i = 0; i < g->nheld; i++) {
			if (g->held[i].date != d)
				continue;
			if (fmt == FMT_JSON) {
				json_obj(&js);
				jstr(&js, "id", shown(g->held[i].entry,
				    g->held[i].private));
				jstr(&js, "title", shown(g->held[i].text,
				    g->held[i].private));
				json_obj_end(&js);
			} else if (fmt == FMT_TSV) {
				printf("%s\theld\t%s\t", a,
				    shown(g->held[i].entry, g->held[i].private)
				    ? g->held[i].entry : "");
				tsv_put(stdout, shown(g->held[i].text,
				    g->held[i].private));
				printf("\n");
			} else
				day_add(&b, "held", shown(g->held[i].text,
				    g->held[i].private) ? g->held[i].text :
				    "(private)");
		}
		if (fmt == FMT_JSON) {
			json_arr_end(&js);
			json_key(&js, "milestones_done");
			json_arr(&js);
		}
		for (i = 0; i < g->ngoals; i++) {
			go = &g->goals[i];
			for (k = 0; k < go->nms; k++)
				if (go->ms[k].status == TASK_DONE &&
				    go->ms[k].done == d) {
					if (fmt == FMT_JSON)
						json_str(&js, go->ms[k].text);
					else if (fmt == FMT_TSV) {
						printf("%s\tdone\t%s\t", a,
						    go->id);
						tsv_put(stdout, go->ms[k].text);
						printf("\n");
					} else
						day_add(&b, "done",
						    go->ms[k].text);
				}
		}
		if (fmt == FMT_JSON) {
			json_arr_end(&js);
			json_key(&js, "milestones_due");
			json_arr(&js);
		}
		for (i = 0; i < g->ngoals; i++) {
			go = &g->goals[i];
			for (k = 0; go->live && k < go->nms; k++)
				if (task_status_live(go->ms[k].status) &&
				    go->ms[k].due == d) {
					if (fmt == FMT_JSON)
						json_str(&js, go->ms[k].text);
					else if (fmt == FMT_TSV) {
						printf("%s\tmilestone due\t%s\t",
						    a, go->id);
						tsv_put(stdout, go->ms[k].text);
						printf("\n");
					} else
						day_add(&b, "milestone due",
						    go->ms[k].text);
				}
		}
		if (fmt == FMT_JSON) {
			json_arr_end(&js);
			json_key(&js, "actions_due");
			json_arr(&js);
		}
		for (i = 0; i < g->nitems; i++) {
			if (g->items[i].due != d)
				continue;
			if (fmt == FMT_JSON)
				json_str(&js, shown(g->items[i].text,
				    g->items[i].private));
			else if (fmt == FMT_TSV) {
				printf("%s\taction due\t%s\t", a,
				    shown(g->items[i].entry,
				    g->items[i].private) ? g->items[i].entry :
				    "");
				tsv_put(stdout, shown(g->items[i].text,
				    g->items[i].private));
				printf("\n");
			} else
				day_add(&b, "due", shown(g->items[i].text,
				    g->items[i].private) ? g->items[i].text :
				    "(private)");
		}
		if (fmt == FMT_JSON) {
			json_arr_end(&js);
			json_obj_end(&js);
		} else if (fmt == FMT_TEXT || fmt == FMT_MD) {
			/* A line a day, cut to the width of a terminal. */
			if (utf8_width(b.buf, b.len) > (size_t)width - 2) {
				size_t cut = b.len;

				while (cut > 0 && utf8_width(b.buf, cut) >
				    (size_t)width - 5)
					cut--;
				while (cut > 0 &&
				    ((unsigned char)b.buf[cut] & 0xC0) == 0x80)
					cut--;
				buf_setlen(&b, cut);
				buf_addstr(&b, utf8 ? "\xe2\x80\xa6" : "...");
			}
			printf("%s%s\n", fmt == FMT_MD ? "- " : "", b.buf);
		}
		firstday = 0;
	}
	(void)firstday;
	if (fmt == FMT_JSON) {
		json_arr_end(&js);
		json_obj_end(&js);
		json_end(&js);
	}
	buf_release(&b);
}

static void
gather_release(struct gather *g)
{
	size_t	 i;

	people_free(g->people, g->npeople);
	goals_free(g->goals, g->ngoals);
	for (i = 0; i < g->nitems; i++) {
		free(g->items[i].who);
		free(g->items[i].path);
		free(g->items[i].entry);
		free(g->items[i].text);
	}
	free(g->items);
	for (i = 0; i < g->nskills; i++) {
		free(g->skills[i].name);
		free(g->skills[i].pts);
	}
	free(g->skills);
	for (i = 0; i < g->nwins; i++) {
		free(g->wins[i].entry);
		free(g->wins[i].path);
		free(g->wins[i].text);
	}
	free(g->wins);
	for (i = 0; i < g->nenc; i++) {
		free(g->enc[i].entry);
		free(g->enc[i].path);
		free(g->enc[i].text);
	}
	free(g->enc);
	for (i = 0; i < g->nheld; i++) {
		free(g->held[i].entry);
		free(g->held[i].path);
		free(g->held[i].text);
	}
	free(g->held);
	free(g->feedback);
	strv_free(g->last_rskill, g->last_nr);
	free(g->last_rval);
}

/*
 * Read one journal for a report: people, goals, then every entry (or the
 * entries in l) once, on every core.
 */
static void
gather(struct journal *j, const struct reclist *l, const char *with,
    struct gather *g)
{
	struct walk	 w;

	memset(g, 0, sizeof(*g));
	g->j = j;
	g->with = with;
	g->oldest = g->last_with = DATE_NONE;
	g->keep_items = rep == REP_ACTIONS || rep == REP_AGENDA ||
	    rep == REP_TIMELINE;
	g->npeople = people_load(j, &g->people);
	g->ngoals = goals_load(j, &g->goals);
	memset(&w, 0, sizeof(w));
	w.ctx = g;
	w.look = entry_look;
	w.cmp = l == NULL ? einfo_cmp : NULL;
	w.out = entry_out;
	w.free_res = einfo_free;
	walk_records(j, l, R_ENTRY, &w);
	people_finish(j, g->people, g->npeople, today);
}

/* The coordinator's view: a line a journal, and totals. */
struct jline {
	char	*dir, *owner;
	int	 people, held, expected, goals, mdone, mtotal, moverdue;
	size_t	 open, overdue, wins;
};

static void
program_line(const char *dir, struct jline *jl)
{
	struct journal	 j;
	struct gather	 g;
	size_t		 i, k;

	memset(jl, 0, sizeof(*jl));
	jl->dir = xstrdup(dir);
	if (journal_find(&j, dir, 0) != 0) {
		status_all = status_merge(status_all, EX_NOINPUT);
		return;
	}
	gather(&j, NULL, NULL, &g);
	jl->owner = xstrdup(j.set.owner ? j.set.owner : "");
	for (i = 0; i < g.npeople; i++)
		if (tracked(&g, &g.people[i])) {
			jl->people++;
			jl->held += held_in(&g.people[i], &per);
			jl->expected += expected_in(&g.people[i], &per);
		}
	for (i = 0; i < g.ngoals; i++) {
		jl->goals += strcmp(g.goals[i].status, "active") == 0;
		jl->mdone += g.goals[i].done;
		jl->mtotal += g.goals[i].total;
		for (k = 0; k < g.goals[i].nms; k++)
			jl->moverdue += g.goals[i].ms[k].overdue;
	}
	jl->open = g.open;
	jl->overdue = g.overdue_items;
	jl->wins = g.nwins;
	gather_release(&g);
	journal_close(&j);
}

static int
report_program(void)
{
	static const struct col cols[] = {
		{ "journal", COL_STR }, { "owner", COL_STR },
		{ "people", COL_INT }, { "held", COL_INT },
		{ "expected", COL_INT }, { "goals", COL_INT },
		{ "milestones_done", COL_INT }, { "milestones", COL_INT },
		{ "overdue_milestones", COL_INT }, { "open_actions", COL_INT },
		{ "overdue_actions", COL_INT }, { "wins", COL_INT }
	};
	static const char *const shorthead[] = { "journal", "owner", "people",
	    "held", "expect", "goals", "done", "miles", "late", "open",
	    "overdue", "wins" };
	struct jline	*v = xcalloc(njdirs + 1, sizeof(*v)), tot;
	struct lister	 ls;
	struct table	 tb;
	struct json	 js;
	char		 num[10][24], *cells[12];
	size_t		 i, k;
	int		 f = fmt;

	for (i = 0; i < njdirs; i++)
		program_line(jdirs[i], &v[i]);
	memset(&tot, 0, sizeof(tot));
	for (i = 0; i < njdirs; i++) {
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
	if (f == FMT_JSON) {
		json_init(&js, stdout);
		json_obj(&js);
		jstr(&js, "report", "program");
		json_key(&js, "period");
		json_obj(&js);
		jdate(&js, "since", per.since);
		jdate(&js, "until", per.until);
		json_obj_end(&js);
		jdate(&js, "today", today);
		json_key(&js, "journals");
		json_arr(&js);
	} else if (f == FMT_TSV)
		lister_begin(&ls, &o, FMT_TSV, cols, 12);
	else {
		/* Short headings, so that the table fits 80 columns. */
		table_init(&tb, 12, shorthead);
		for (k = 2; k < 12; k++)
			tb.right[k] = 1;
	}
	for (i = 0; i <= njdirs; i++) {
		struct jline *jl = i < njdirs ? &v[i] : &tot;

		if (f == FMT_JSON) {
			if (i == njdirs) {
				json_arr_end(&js);
				json_key(&js, "totals");
			}
			json_obj(&js);
			if (i < njdirs) {
				jstr(&js, "journal", jl->dir);
				jstr(&js, "owner", jl->owner);
			}
			jint(&js, "people", jl->people, 1);
			jint(&js, "held", jl->held, 1);
			jint(&js, "expected", jl->expected, 1);
			jint(&js, "goals", jl->goals, 1);
			jint(&js, "milestones_done", jl->mdone, 1);
			jint(&js, "milestones", jl->mtotal, 1);
			jint(&js, "overdue_milestones", jl->moverdue, 1);
			jint(&js, "open_actions", (long long)jl->open, 1);
			jint(&js, "overdue_actions", (long long)jl->overdue, 1);
			jint(&js, "wins", (long long)jl->wins, 1);
			json_obj_end(&js);
			continue;
		}
		snprintf(num[0], 24, "%d", jl->people);
		snprintf(num[1], 24, "%d", jl->held);
		snprintf(num[2], 24, "%d", jl->expected);
		snprintf(num[3], 24, "%d", jl->goals);
		snprintf(num[4], 24, "%d", jl->mdone);
		snprintf(num[5], 24, "%d", jl->mtotal);
		snprintf(num[6], 24, "%d", jl->moverdue);
		snprintf(num[7], 24, "%zu", jl->open);
		snprintf(num[8], 24, "%zu", jl->overdue);
		snprintf(num[9], 24, "%zu", jl->wins);
		cells[0] = i < njdirs ? jl->dir : "total";
		cells[1] = i < njdirs ? jl->owner : "";
		for (k = 0; k < 10; k++)
			cells[k + 2] = num[k];
		if (f == FMT_TSV)
			lister_row(&ls, cells[0], (const char *const *)cells,
			    NULL);
		else
			table_add(&tb, (const char *const *)cells);
	}
	if (f == FMT_JSON) {
		json_obj_end(&js);
		json_end(&js);
	} else if (f == FMT_TSV)
		(void)lister_end(&ls);
	else {
		if (f == FMT_MD)
			printf("# Program report\n\n");
		table_print(&tb, stdout, 0);
		table_release(&tb);
	}
	for (i = 0; i < njdirs; i++) {
		free(v[i].dir);
		free(v[i].owner);
	}
	free(v);
	return status_all;
}

static void
add_dir(const char *d)
{
	jdirs = xreallocarray(jdirs, njdirs + 1, sizeof(*jdirs));
	jdirs[njdirs++] = xstrdup(d);
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		COMMON_LONG,
		{ "journal",	required_argument, NULL, OPT_JOURNAL },
		{ "journals",	required_argument, NULL, OPT_JOURNALS },
		{ "period",	required_argument, NULL, OPT_PERIOD },
		{ "share",	no_argument,	   NULL, OPT_SHARE },
		{ "since",	required_argument, NULL, OPT_SINCE },
		{ "until",	required_argument, NULL, OPT_UNTIL },
		{ "with",	required_argument, NULL, OPT_WITH },
		{ NULL,		0,		   NULL, 0 }
	};
	struct journal	 j;
	struct reclist	 l = { NULL, 0, 0 }, ents = { NULL, 0, 0 };
	struct gather	 g;
	struct rec	 r;
	char		*line = NULL, *with = NULL;
	size_t		 cap = 0, i;
	ssize_t		 n;
	int		 c, rc = 0, t;

	out_init();
	opts_init(&o);
	while ((c = getopt_long(argc, argv, COMMON_SHORT, longopts, NULL))
	    != -1) {
		if (opts_common(&o, c, optarg))
			continue;
		switch (c) {
		case 'h':
			usage(0);
		case OPT_JOURNAL:
			add_dir(optarg);
			break;
		case OPT_JOURNALS:
			if (strcmp(optarg, "-") != 0)
				errx(EX_USAGE, "--journals takes '-' (folders "
				    "on standard input)");
			journals_stdin = 1;
			break;
		case OPT_PERIOD:
			period_opt = optarg;
			break;
		case OPT_SHARE:
			share = 1;
			break;
		case OPT_SINCE:
			since_opt = optarg;
			break;
		case OPT_UNTIL:
			until_opt = optarg;
			break;
		case OPT_WITH:
			with_opt = optarg;
			break;
		default:
			usage(1);
		}
	}
	argc -= optind;
	argv += optind;
	rep = REP_SUMMARY;
	if (argc > 0)
		for (t = 0; t < NREPS; t++)
			if (strcmp(argv[0], reports[t]) == 0) {
				rep = t;
				argc--;
				argv++;
				break;
			}
	fmt = o.fmt == FMT_NONE ? FMT_TEXT : o.fmt;
	if (fmt == FMT_PATHS || fmt == FMT_JSONL)
		errx(EX_USAGE, "reports print text, md, tsv or json, not %s",
		    fmt_name(fmt));
	utf8 = locale_utf8();
	today = date_today();
	if (period_opt != NULL && (since_opt != NULL || until_opt != NULL))
		errx(EX_USAGE, "--period does not go with --since or --until");
	if (rep == REP_AGENDA && with_opt == NULL)
		errx(EX_USAGE, "the agenda is for one person: give --with ID");
	if ((njdirs > 0 || journals_stdin) && (argc > 0 || o.C != NULL))
		errx(EX_USAGE, "--journal and --journals take no records and "
		    "no -C");
	for (i = 0; i < (size_t)argc; i++)
		if (strcmp(argv[i], "-") == 0 && journals_stdin)
			errx(EX_USAGE, "--journals - and - both read standard "
			    "input");

	per.since = per.until = DATE_NONE;
	if (njdirs > 0 || journals_stdin) {
		if (rep != REP_SUMMARY)
			errx(EX_USAGE, "a program-wide report is a summary");
		if (period_opt != NULL && period_parse(period_opt, today,
		    WEEK_MONDAY, &per) != 0)
			errx(EX_USAGE, "--period: bad period '%s'",
			    period_opt);
		if (since_opt != NULL && date_parse(since_opt, today,
		    WEEK_MONDAY, &per.since) != 0)
			errx(EX_USAGE, "--since: bad date '%s'", since_opt);
		if (until_opt != NULL && date_parse(until_opt, today,
		    WEEK_MONDAY, &per.until) != 0)
			errx(EX_USAGE, "--until: bad date '%s'", until_opt);
		while (journals_stdin && (n = getdelim(&line, &cap, o.nul ?
		    '\0' : '\n', stdin)) != -1) {
			while (n > 0 && (line[n - 1] == '\n' ||
			    line[n - 1] == '\r'))
				line[--n] = '\0';
			if (n > 0)
				add_dir(line);
		}
		free(line);
		rc = report_program();
		for (i = 0; i < njdirs; i++)
			free(jdirs[i]);
		free(jdirs);
		return out_close(rc);
	}

	if ((rc = journal_find(&j, o.C, 0)) != 0)
		return rc;
	if (period_opt != NULL && period_parse(period_opt, today,
	    j.set.week_start, &per) != 0)
		errx(EX_USAGE, "--period: bad period '%s' (2026, 2026-11, "
		    "2026-Q4, 2026-W47, this-month, last-week...)", period_opt);
	if (since_opt != NULL && date_parse(since_opt, today,
	    j.set.week_start, &per.since) != 0)
		errx(EX_USAGE, "--since: bad date '%s'", since_opt);
	if (until_opt != NULL && date_parse(until_opt, today,
	    j.set.week_start, &per.until) != 0)
		errx(EX_USAGE, "--until: bad date '%s'", until_opt);
	if (rep == REP_TIMELINE && per.since == DATE_NONE &&
	    per.until == DATE_NONE) {
		per.since = today - 29;
		per.until = today;
	}
	if (with_opt != NULL) {
		if ((rc = journal_resolve(&j, RT_MASK(R_PERSON), with_opt,
		    &r)) != 0)
			return rc;
		with = xstrdup(r.id);
		rec_release(&r);
	}
	if (argc > 0) {
		rc = journal_args(&j, RT_ALL, argc, argv, o.nul, &l);
		for (i = 0; i < l.n; i++)
			if (l.v[i].type == R_ENTRY) {
				reclist_add(&ents, &l.v[i]);
				l.v[i].rel = NULL;
			}
		if (ents.n == 0 && rc == 0)
			warnx("no entries among the records given");
	}
	gather(&j, argc > 0 ? &ents : NULL, with, &g);
	if (!o.quiet) {
		switch (rep) {
		case REP_SUMMARY:
			report_summary(&g);
			break;
		case REP_PROGRESS:
			report_progress(&g);
			break;
		case REP_CADENCE:
			report_cadence(&g);
			break;
		case REP_ACTIONS:
			report_actions(&g);
			break;
		case REP_SKILLS:
			report_skills(&g);
			break;
		case REP_WINS:
			report_wins(&g);
			break;
		case REP_AGENDA:
			report_agenda(&g);
			break;
		default:
			report_timeline(&g);
		}
	}
	rc = status_merge(rc, status_all);
	gather_release(&g);
	free(with);
	for (i = 0; i < l.n; i++)
		if (l.v[i].rel == NULL)
			l.v[i].id = NULL;
	reclist_release(&l);
	reclist_release(&ents);
	journal_close(&j);
	return out_close(rc);
}
