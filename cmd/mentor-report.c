/*
 * mentor-report: summary, progress, cadence, actions, skills, wins, agenda
 * and timeline reports over a journal, or over many journals at once.
 */
#include "config.h"

#include <ctype.h>
#include <err.h>
#include <getopt.h>
#include <stdarg.h>
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

#define WIDTH		80	/* text output fits this many columns */
#define CAL_WEEKS	52	/* the cadence calendar, at most */
#define SPARK_MAX	24	/* the last ratings a sparkline shows */

static struct opts	 o;
static FILE		*ofp;		/* stdout, or /dev/null with -q */
static int		 fmt, share, rep, utf8;
static const char	*period_opt, *since_opt, *until_opt, *with_opt;
static const char	*look_with;	/* the --with person, for entry_look */
static int		 has(char **, size_t, const char *);
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
	    "usage: mentor-report [-0hq] [--share] [--no-header] [-C dir]\n"
	    "                     [-f text|md|tsv|json]\n"
	    "                     [--period period | --since date "
	    "--until date]\n"
	    "                     [--with id] [--journal dir ... | "
	    "--journals -]\n"
	    "                     [report] [record ... | -]\n"
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
	int		 titled;	/* the title is the title key */
	char		**with, **goals, **rskill, **enc;
	size_t		 nwith, ngoals, nr, nenc;
	int		*rval;
	struct etask	*tasks;
	size_t		 ntasks;
	char		*feedback;
	int		 rc;		/* could not be read or parsed */
	unsigned	 eline, ecol;
	char		*emsg;
	int		 own;		/* id and emsg are allocations */
};

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

/* A new encouragement note, or (join) more words for the last one. */
static void
enc_add(struct einfo *ei, const char *p, const char *e, int join)
{
	char	*s = line_text(p, e), *t;

	if (*s == '\0') {
		free(s);
		return;
	}
	if (join && ei->nenc > 0) {
		xasprintf(&t, "%s %s", ei->enc[ei->nenc - 1], s);
		free(ei->enc[ei->nenc - 1]);
		ei->enc[ei->nenc - 1] = t;
		free(s);
		return;
	}
	ei->enc = xgrow(ei->enc, ei->nenc, sizeof(*ei->enc));
	ei->enc[ei->nenc++] = s;
}

/* Past a list bullet and the blanks after it, if the line has one. */
static const char *
past_bullet(const char *q, const char *e, int *bullet)
{
	*bullet = 0;
	if (q + 1 < e && (*q == '-' || *q == '*' || *q == '+') &&
	    (q[1] == ' ' || q[1] == '\t')) {
		*bullet = 1;
		for (q += 2; q < e && (*q == ' ' || *q == '\t'); q++)
			;
	}
	return q;
}

/*
 * The Feedback section's text, and every encouragement note: each
 * paragraph or list item under a heading 'Encouragement', and each line
 * starting with 'Encouragement:' (after a list bullet, if any; not in a
 * block quote or a fenced code block), that word left out.  want says
 * which of the two (PROSE_FEEDBACK, PROSE_ENC) to read.
 */
#define PROSE_FEEDBACK	1
#define PROSE_ENC	2

static void
prose(const struct doc *d, struct einfo *ei, int want)
{
	const char	*p = d->data + d->close_end, *end = d->data + d->len;
	const char	*e, *q, *r, *te;
	struct buf	 fb = BUF_INIT;
	unsigned	 line = d->body_line;
	size_t		 h = 0;
	int		 sect = 0;	/* 1 feedback, 2 encouragement */
	int		 cont = 0, fence = 0, blank = 0, bullet;
	int		 quote, inquote = 0;

	for (; p < end; p = e, line++) {
		if ((e = memchr(p, '\n', (size_t)(end - p))) == NULL)
			e = end;
		else
			e++;
		if (h < d->nheads && d->heads[h].line == line) {
			sect = strcasecmp(d->heads[h].text, "Feedback") == 0 ?
			    1 : strcasecmp(d->heads[h].text, "Encouragement") ==
			    0 ? 2 : 0;
			cont = blank = 0;
			h++;
			continue;
		}
		for (q = p; q < e && (*q == ' ' || *q == '\t'); q++)
			;
		if (q == e || *q == '\n' || *q == '\r') {
			cont = 0;
			blank = fb.len > 0;
			continue;
		}
		if (sect == 1 && (want & PROSE_FEEDBACK)) {
			for (te = e; te > p && (te[-1] == '\n' ||
			    te[-1] == '\r'); te--)
				;
			if (blank)
				buf_addch(&fb, '\n');
			buf_add(&fb, p, (size_t)(te - p));
			buf_addch(&fb, '\n');
			blank = 0;
		}
		if (!(want & PROSE_ENC))
			continue;
		/*
		 * Outside an Encouragement section only a fence or a line
		 * starting "Encouragement:" (maybe after a bullet) counts.
		 */
		if (sect != 2 && *q != '`' && *q != '~' && *q != 'E' &&
		    *q != 'e' && *q != '-' && *q != '*' && *q != '+')
			continue;
		if (e - q >= 3 && (strncmp(q, "```", 3) == 0 ||
		    strncmp(q, "~~~", 3) == 0)) {
			fence = !fence;
			cont = 0;
			continue;
		}
		if (fence)
			continue;
		if (sect == 2) {
			/* A block quote is a note of its own. */
			quote = *q == '>';
			if (quote)
				for (q++; q < e && (*q == ' ' || *q == '\t');
				    q++)
					;
			r = past_bullet(q, e, &bullet);
			/* An action item is not a note. */
			if (bullet && e - r >= 3 && r[0] == '[' &&
			    r[2] == ']') {
				cont = 0;
				continue;
			}
			enc_add(ei, r, e, cont && !bullet && quote == inquote);
			cont = 1;
			inquote = quote;
			continue;
		}
		r = past_bullet(q, e, &bullet);
		if (e - r >= 14 && strncasecmp(r, "Encouragement:", 14) == 0)
			enc_add(ei, r + 14, e, 0);
	}
	while (fb.len > 0 && fb.buf[fb.len - 1] == '\n')
		buf_setlen(&fb, fb.len - 1);
	ei->feedback = fb.len > 0 ? buf_detach(&fb, NULL) : NULL;
	buf_release(&fb);
}

/*
 * A record's einfo is one allocation: the struct, then every string and
 * array entry_look copies (prose's notes and feedback apart).  The bytes
 * are counted first (einfo_size), then taken in the same order (take),
 * which stops the program if the two ever disagree.
 */
struct slab {
	char	*p;
	size_t	 used, size;
};

static void *
take(struct slab *sl, size_t n)
{
	void	*p;

	n = (n + sizeof(void *) - 1) / sizeof(void *) * sizeof(void *);
	if (sl->p == NULL) {
		sl->used += n;
		return NULL;
	}
	if (sl->size - sl->used < n)
		errx(EX_SOFTWARE, "entry_look: slab of %zu bytes overrun",
		    sl->size);
	p = sl->p + sl->used;
	sl->used += n;
	return p;
}

static char *
take_str(struct slab *sl, const char *s)
{
	size_t	 n = strlen(s) + 1;
	char	*p = take(sl, n);

	if (p != NULL)
		memcpy(p, s, n);
	return p;
}

/* The scalars of a list field, taken from the slab (counted in *n). */
static char **
take_strv(struct slab *sl, struct doc *d, const char *key, size_t *n)
{
	struct ynode	**items, *one;
	size_t		 i, k;
	char		**v;

	k = ynode_items(fm_get(d, key), &items, &one);
	v = take(sl, (k + 1) * sizeof(*v));
	for (i = *n = 0; i < k; i++)
		if (items[i]->type == Y_SCALAR) {
			char *s = take_str(sl, items[i]->str);

			if (v != NULL)
				v[*n] = s;
			(*n)++;
		}
	if (v != NULL)
		v[*n] = NULL;
	return v;
}

/*
 * Fill ei (with sl->p set) or, with sl->p NULL, only count the bytes:
 * both runs take the same pieces in the same order.
 */
static void
einfo_fill(struct einfo *ei, struct slab *sl, const struct rec *r,
    struct doc *d, int full)
{
	struct ynode		*rt;
	const struct task	*t;
	struct etask		*et;
	const char		*v;
	char			*s;
	size_t			 i, k, n;

	ei->id = take_str(sl, r->id);
	if (rep == REP_PROGRESS || rep == REP_WINS || rep == REP_TIMELINE)
		ei->title = take_str(sl, doc_title(d));
	ei->kind = take_str(sl, (v = fm_str(d, "kind")) != NULL ? v : "note");
	ei->with = take_strv(sl, d, "with", &ei->nwith);
	ei->goals = take_strv(sl, d, "goals", &ei->ngoals);
	if ((rep == REP_SKILLS || rep == REP_WINS || rep == REP_AGENDA) &&
	    (rt = fm_get(d, "ratings")) != NULL && rt->type == Y_MAP) {
		ei->rskill = take(sl, (rt->nkids / 2 + 1) *
		    sizeof(*ei->rskill));
		ei->rval = take(sl, (rt->nkids / 2 + 1) * sizeof(*ei->rval));
		for (i = 0, n = 0; i + 1 < rt->nkids; i += 2)
			if (rt->kids[i + 1]->type == Y_SCALAR &&
			    rating_value(rt->kids[i + 1]->str) > 0) {
				s = take_str(sl, rt->kids[i]->str);
				if (ei->rskill != NULL) {
					ei->rskill[n] = s;
					ei->rval[n] =
					    rating_value(rt->kids[i + 1]->str);
				}
				n++;
			}
		ei->nr = n;
	}
	ei->tasks = take(sl, (d->ntasks + 1) * sizeof(*ei->tasks));
	for (i = 0; i < d->ntasks; i++) {
		t = &d->tasks[i];
		et = ei->tasks != NULL ? &ei->tasks[i] : NULL;
		if (et != NULL) {
			memset(et, 0, sizeof(*et));
			et->line = t->line;
			et->status = t->status;
			et->due = t->due;
			et->done = t->done;
			et->npeople = t->npeople;
		}
		/* --with reads the @ids of every item; counts, the open ones. */
		if (!full && with_opt == NULL && !task_status_live(t->status)) {
			if (et != NULL)
				et->npeople = 0;
			continue;
		}
		if (full && (s = take_str(sl, t->text)) != NULL)
			et->text = s;
		s = take(sl, (t->npeople + 1) * sizeof(*et->people));
		if (et != NULL)
			et->people = (char **)(void *)s;
		for (k = 0; k < t->npeople; k++) {
			s = take_str(sl, t->people[k]);
			if (et != NULL)
				et->people[k] = s;
		}
	}
	ei->ntasks = d->ntasks;
}

static void *
entry_look(void *ctx, const struct rec *r, const char *path, struct doc *d,
    int rc, const struct doc_error *e)
{
	struct einfo		 tmp;
	struct einfo		*ei;
	struct slab		 sl = { NULL, 0, 0 };
	const char		*v;
	int			 b, full;

	if (rc != 0) {
		ei = xcalloc(1, sizeof(*ei));
		ei->id = xstrdup(r->id);
		ei->own = 1;
		ei->rc = rc;
		ei->eline = e->line;
		ei->ecol = e->col;
		ei->emsg = xstrdup(e->msg);
		return ei;
	}
	/*
	 * A folder's entries wait in memory until they are sorted: copy only
	 * what this report reads, in one piece.
	 */
	full = rep == REP_ACTIONS || rep == REP_AGENDA || rep == REP_TIMELINE;
	memset(&tmp, 0, sizeof(tmp));
	einfo_fill(&tmp, &sl, r, d, full);
	sl.size = sizeof(*ei) + sl.used;
	sl.p = walk_alloc(sl.size);
	sl.used = 0;
	ei = take(&sl, sizeof(*ei));
	memset(ei, 0, sizeof(*ei));
	einfo_fill(ei, &sl, r, d, full);
	ei->titled = fm_str(d, "title") != NULL;
	v = fm_str(d, "date");
	if (v == NULL || date_iso(v, strlen(v), &ei->date) != 0)
		ei->date = DATE_NONE;
	ei->private = (v = fm_str(d, "private")) != NULL &&
	    parse_bool(v, &b) == 0 && b;
	/*
	 * Encouragement is read only for wins in the period, feedback only
	 * for the agenda, from entries held with the person (entry_out).
	 */
	if ((rep == REP_WINS && (per.since == DATE_NONE && per.until ==
	    DATE_NONE ? 1 : ei->date != DATE_NONE &&
	    period_contains(&per, ei->date))) || (rep == REP_AGENDA &&
	    look_with != NULL && ei->date != DATE_NONE && ei->date <= today &&
	    has(ei->with, ei->nwith, look_with)))
		prose(d, ei, rep == REP_WINS ? PROSE_ENC : PROSE_FEEDBACK);
	return ei;
}

/* Free an einfo: its one piece, and prose's notes and feedback. */
static void
einfo_free(void *res)
{
	struct einfo	*ei = res;

	strv_free(ei->enc, ei->nenc);
	free(ei->feedback);
	/* The rest is walk_alloc()'s, but for a record that failed. */
	if (ei->own) {
		free(ei->id);
		free(ei->emsg);
		free(ei);
	}
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

/*
 * An entry's title as a report shows it: with --share, a title that is
 * not the title key (the first heading or line of the body) is prose, and
 * the id stands in for it.
 */
static const char *
etitle(const struct einfo *ei)
{
	return share && !ei->titled ? ei->id : ei->title;
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
	int		 given;		/* named by the records given */
	struct milestone *ms;
	size_t		 nms;
	int		 next;		/* index into ms, or -1 */
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
	struct fcache		*c;
	const char		**names;
	size_t			 i, k, n = 0;

	c = fcache_list(j, R_GOAL, &names);
	for (i = 0; i < l->n; i++) {
		g = &v[n];
		g->path = journal_path(j, l->v[i].rel);
		if (fcache_load(c, i, j, l->v[i].rel, g->path, &d, &e) != 0) {
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
		doc_free(&d);
		n++;
	}
	fcache_close(c);
	free(names);
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
		free(v[i].ev);		/* its strings are in the pool */
	}
	free(v);
}

/* An open action item for the actions, agenda and timeline reports. */
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
	char	*entry, *path, *text, *kind;
	int	 private;
};

/* Everything a report gathers from the entries of one journal. */
struct gather {
	struct journal	*j;
	const char	*with;		/* full person id, or NULL */
	int		 given;		/* records given: only what they name */
	int		 given_entries;	/* and entries among them */
	struct person	*people;
	size_t		 npeople;
	int		 by_id;		/* people and goals sorted by id */
	char		*pgiven;	/* people named by the records given */
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
	size_t		 wincount;	/* win entries in the period */
	/* agenda */
	char		*feedback;
	int		 feedback_private;
	char		**last_rskill;
	int		*last_rval;
	size_t		 last_nr;
	/* timeline: entries held in the period */
	struct note	*held;
	size_t		 nheld;
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

/* The index of the person with this id, or -1. */
/*
 * People and goals come in id order (journal_list's): found by binary
 * search, every entry naming a few of them, unless (by_id not set) the
 * order was found broken when they were loaded.
 */
static int
person_idx(const struct gather *g, const char *id)
{
	size_t	 i, lo = 0, hi = g->npeople, mid;
	int	 c;

	if (!g->by_id) {
		for (i = 0; i < g->npeople; i++)
			if (strcmp(g->people[i].id, id) == 0)
				return (int)i;
		return -1;
	}
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if ((c = strcmp(g->people[mid].id, id)) == 0)
			return (int)mid;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return -1;
}

static struct goal *
goal_find(struct gather *g, const char *id)
{
	size_t	 i, lo = 0, hi = g->ngoals, mid;
	int	 c;

	if (!g->by_id) {
		for (i = 0; i < g->ngoals; i++)
			if (strcmp(g->goals[i].id, id) == 0)
				return &g->goals[i];
		return NULL;
	}
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if ((c = strcmp(g->goals[mid].id, id)) == 0)
			return &g->goals[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/* Are people and goals in strict id order? */
static int
sorted_by_id(const struct gather *g)
{
	size_t	 i;

	for (i = 1; i < g->npeople; i++)
		if (strcmp(g->people[i - 1].id, g->people[i].id) >= 0)
			return 0;
	for (i = 1; i < g->ngoals; i++)
		if (strcmp(g->goals[i - 1].id, g->goals[i].id) >= 0)
			return 0;
	return 1;
}

/*
 * Does a goal belong in the report: named by the records given (when
 * records were given), and mentored by the --with person (when given).
 */
static int
goal_shown(const struct gather *g, const struct goal *go)
{
	if (g->given && !go->given)
		return 0;
	return g->with == NULL || (go->mentor != NULL &&
	    strcmp(go->mentor, g->with) == 0);
}

/* Is the person tracked, with a cadence, and in the report? */
static int
tracked(const struct gather *g, size_t i)
{
	const struct person	*p = &g->people[i];

	if (g->given && !g->pgiven[i])
		return 0;
	return p->tracked && p->has_cad && (g->with == NULL ||
	    strcmp(g->with, p->id) == 0);
}

/*
 * Who an action item is grouped under: the --with person; else the first
 * person of the journal it names (@id); else the first the entry is with;
 * else the first @id; else no one ("").
 */
static const char *
item_who(const struct gather *g, const struct einfo *ei,
    const struct etask *t)
{
	size_t	 k;

	if (g->with != NULL)
		return g->with;
	for (k = 0; k < t->npeople; k++)
		if (person_idx(g, t->people[k]) >= 0)
			return t->people[k];
	if (ei->nwith > 0)
		return ei->with[0];
	return t->npeople > 0 ? t->people[0] : "";
}

static struct skill *
skill_get(struct gather *g, const char *name)
{
	size_t	 i;

	for (i = 0; i < g->nskills; i++)
		if (strcmp(g->skills[i].name, name) == 0)
			return &g->skills[i];
	g->skills = xgrow(g->skills, g->nskills, sizeof(*g->skills));
	g->skills[g->nskills].name = xstrdup(name);
	g->skills[g->nskills].pts = NULL;
	g->skills[g->nskills].n = 0;
	return &g->skills[g->nskills++];
}

/*
 * The strings a report keeps until it prints (evidence, items, notes)
 * go into a pool of large chunks, freed at once: one malloc for many
 * strings keeps a 100,000-entry report's memory down.
 */
struct chunk {
	struct chunk	*next;
	size_t		 used, size;
	char		 data[];
};
static struct chunk	*pool;

static char *
sdup(const char *s)
{
	size_t		 n = strlen(s) + 1, size;
	struct chunk	*c;

	if (pool == NULL || pool->size - pool->used < n) {
		size = n > 65536 ? n : 65536;
		c = xmalloc(sizeof(*c) + size);
		c->size = size;
		c->used = 0;
		c->next = pool;
		pool = c;
	}
	memcpy(pool->data + pool->used, s, n);
	pool->used += n;
	return pool->data + pool->used - n;
}

static void
pool_release(void)
{
	struct chunk	*c, *next;

	for (c = pool; c != NULL; c = next) {
		next = c->next;
		free(c);
	}
	pool = NULL;
}

static void
note_add(struct note **v, size_t *n, const struct einfo *ei,
    const char *path, const char *text)
{
	*v = xgrow(*v, *n, sizeof(**v));
	(*v)[*n].date = ei->date;
	(*v)[*n].entry = sdup(ei->id);
	(*v)[*n].path = sdup(path);
	(*v)[*n].text = text ? sdup(text) : NULL;
	(*v)[*n].kind = sdup(ei->kind);
	(*v)[*n].private = ei->private;
	(*n)++;
}

/* Free a list of notes (their strings are in the pool). */
static void
notes_free(struct note *v, size_t n)
{
	(void)n;
	free(v);
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
	struct goal	*go;
	size_t		 i, k;
	int		 inp, pi;
	char		*pid = NULL, *ppath = NULL, *ptitle = NULL;	/* pooled once */

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
	if (g->given_entries) {
		for (i = 0; i < ei->nwith; i++)
			if ((pi = person_idx(g, ei->with[i])) >= 0)
				g->pgiven[pi] = 1;
		for (i = 0; i < ei->ngoals; i++)
			if ((go = goal_find(g, ei->goals[i])) != NULL)
				go->given = 1;
	}
	people_see(g->people, g->npeople, today, ei->date, ei->kind,
	    ei->with, ei->nwith);
	inp = in_period(&per, ei->date);
	/* Evidence: the entries held so far citing each goal, in the period. */
	for (i = 0; rep == REP_PROGRESS && inp && ei->date != DATE_NONE &&
	    ei->date <= today && i < ei->ngoals; i++) {
		if ((go = goal_find(g, ei->goals[i])) == NULL)
			continue;
		go->ev = xgrow(go->ev, go->nev, sizeof(*go->ev));
		go->ev[go->nev].date = ei->date;
		/* Only JSON names the entry and its file. */
		go->ev[go->nev].id = fmt != FMT_JSON ? NULL :
		    (pid = pid ? pid : sdup(ei->id));
		go->ev[go->nev].path = fmt != FMT_JSON ? NULL :
		    (ppath = ppath ? ppath : sdup(path));
		go->ev[go->nev].title = ptitle = ptitle ? ptitle :
		    sdup(etitle(ei));
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
		/* The timeline shows only what falls due in its days. */
		if (!g->keep_items || (rep == REP_TIMELINE && (t->due ==
		    DATE_NONE || !in_period(&per, t->due))))
			continue;
		g->items = xgrow(g->items, g->nitems, sizeof(*g->items));
		it = &g->items[g->nitems++];
		it->who = sdup(item_who(g, ei, t));
		it->path = ppath = ppath ? ppath : sdup(path);
		it->entry = pid = pid ? pid : sdup(ei->id);
		it->text = sdup(t->text);
		it->line = t->line;
		it->status = t->status;
		it->overdue = t->due != DATE_NONE && t->due < today;
		it->private = ei->private;
		it->date = ei->date;
		it->due = t->due;
	}
	/* Ratings, wins, encouragement, entries held, in the period. */
	if (inp) {
		for (i = 0; (rep == REP_SKILLS || rep == REP_WINS) &&
		    i < ei->nr; i++) {
			sk = skill_get(g, ei->rskill[i]);
			sk->pts = xgrow(sk->pts, sk->n, sizeof(*sk->pts));
			sk->pts[sk->n].date = ei->date;
			sk->pts[sk->n++].value = ei->rval[i];
		}
		/* Keep only what the report asked for prints. */
		if (strcmp(ei->kind, "win") == 0) {
			g->wincount++;
			if (rep == REP_WINS)
				note_add(&g->wins, &g->nwins, ei, path,
				    etitle(ei));
		}
		for (i = 0; rep == REP_WINS && i < ei->nenc; i++)
			note_add(&g->enc, &g->nenc, ei, path, ei->enc[i]);
		if (rep == REP_TIMELINE && ei->date != DATE_NONE &&
		    ei->date <= today)
			note_add(&g->held, &g->nheld, ei, path, etitle(ei));
	}
	/* The last feedback and ratings with the person: for the agenda. */
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
	}
	einfo_free(ei);
}

/*
 * Text output.  Every line of a text report goes through put_line(),
 * which drops trailing blanks and cuts what is wider than the terminal
 * (with an ellipsis); md lines are not cut.
 */
static void
put_line(const char *s, size_t n)
{
	const char	*ell = utf8 ? "\xe2\x80\xa6" : "...";
	size_t		 ew = utf8 ? 1 : 3;

	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	/*
	 * No character is wider than its bytes: short lines always fit.
	 * Reports write from this thread only: no stdio locking.
	 */
	if (fmt == FMT_TEXT && n > WIDTH && utf8_fit(s, n, WIDTH, NULL) < n) {
		n = utf8_fit(s, n, WIDTH - ew, NULL);
		while (n > 0 && s[n - 1] == ' ')
			n--;
		fwrite_unlocked(s, 1, n, ofp);
		fputs_unlocked(ell, ofp);
	} else
		fwrite_unlocked(s, 1, n, ofp);
	putc_unlocked('\n', ofp);
}

/* A line of a report; its buffer is kept, so a line is one vsnprintf. */
static struct buf	 linebuf = BUF_INIT;

static void MENTOR_PRINTF(1, 2)
line(const char *f, ...)
{
	va_list		 ap;

	buf_reset(&linebuf);
	va_start(ap, f);
	buf_vaddf(&linebuf, f, ap);
	va_end(ap);
	put_line(linebuf.buf, linebuf.len);
}

/*
 * The lines printed once an item (actions, evidence) are put together by
 * hand: printf-formatting 100,000 of them would be most of the work.
 * left_col is "  %10s  ": s right-aligned in ten bytes, between blanks.
 */
static void
left_col(struct buf *b, const char *s)
{
	size_t	 n;

	buf_add(b, "  ", 2);
	for (n = strlen(s); n < 10; n++)
		buf_addch(b, ' ');
	buf_addstr(b, s);
	buf_add(b, "  ", 2);
}

/* v in decimal, as %u prints it, in the bytes before end: how many. */
static size_t
digits(char *end, unsigned v)
{
	char	*p = end;

	do
		*--p = (char)('0' + v % 10);
	while ((v /= 10) > 0);
	return (size_t)(end - p);
}

static void
add_uint(struct buf *b, unsigned v)
{
	char	 d[16];
	size_t	 n = digits(d + sizeof(d), v);

	buf_add(b, d + sizeof(d) - n, n);
}

/*
 * Prose: in text, words wrapped to the width, the first line after lead,
 * the others indented as far; in md, the text as it is, after lead.
 */
static void
wrap(const char *lead, const char *text)
{
	struct buf	 b = BUF_INIT;
	const char	*p = text, *w;
	size_t		 ind = utf8_width(lead, strlen(lead)), n, ww, col = ind;

	buf_addstr(&b, lead);
	if (fmt != FMT_TEXT) {
		buf_addstr(&b, text);
		put_line(b.buf, b.len);
		buf_release(&b);
		return;
	}
	for (;;) {
		while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
			p++;
		if (*p == '\0')
			break;
		for (w = p; *p != '\0' && *p != ' ' && *p != '\t' &&
		    *p != '\n' && *p != '\r'; p++)
			;
		n = (size_t)(p - w);
		ww = utf8_width(w, n);
		if (col > ind && col + 1 + ww > WIDTH) {
			put_line(b.buf, b.len);
			buf_reset(&b);
			for (col = 0; col < ind; col++)
				buf_addch(&b, ' ');
		} else if (col > ind) {
			buf_addch(&b, ' ');
			col++;
		}
		buf_add(&b, w, n);
		col += ww;
	}
	if (col > ind)
		put_line(b.buf, b.len);
	buf_release(&b);
}

/* Each line of a text block, after lead; md keeps the line breaks. */
static void
block(const char *lead, const char *text)
{
	const char	*p, *e;
	char		*s;

	if (fmt == FMT_TEXT) {
		for (p = text; *p != '\0'; p = *e ? e + 1 : e) {
			e = strchr(p, '\n');
			if (e == NULL)
				e = p + strlen(p);
			s = xstrndup(p, (size_t)(e - p));
			if (*s != '\0')
				wrap(lead, s);
			else
				line("%s", "");
			free(s);
		}
		return;
	}
	for (p = text; *p != '\0'; p = *e ? e + 1 : e) {
		e = strchr(p, '\n');
		if (e == NULL)
			e = p + strlen(p);
		line("%s%.*s", lead, (int)(e - p), p);
	}
}

/*
 * Drawing: bars, sparklines and week cells in Unicode blocks, or in
 * ASCII when the locale's charset is not UTF-8.
 */
static void
bar(struct buf *b, int done, int total, int w)
{
	int	 i, fill = total > 0 ? (done * w + total / 2) / total : 0;

	for (i = 0; i < w; i++)
		buf_addstr(b, i < fill ? (utf8 ? "\xe2\x96\x88" : "#") :
		    (utf8 ? "\xe2\x96\x91" : "."));
}

/* The last SPARK_MAX ratings, one block (or digit) each, padded to w. */
static void
spark(struct buf *b, const struct point *p, size_t n, size_t w)
{
	static const char *const blocks[] = { "\xe2\x96\x81", "\xe2\x96\x83",
	    "\xe2\x96\x84", "\xe2\x96\x86", "\xe2\x96\x88" };
	size_t	 i, from = n > SPARK_MAX ? n - SPARK_MAX : 0;

	for (i = from; i < n; i++) {
		if (utf8)
			buf_addstr(b, blocks[p[i].value - 1]);
		else
			buf_addch(b, '0' + p[i].value);
	}
	for (i = n - from; i < w; i++)
		buf_addch(b, ' ');
}

/* s cut (not in the middle of a character) and padded to w columns. */
static void
fit(struct buf *b, const char *s, size_t w)
{
	size_t	 cw, n = utf8_fit(s, strlen(s), w, &cw);

	buf_add(b, s, n);
	for (; cw < w; cw++)
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

/* A date for a tsv field: empty when absent. */
static const char *
tsvdate(char *s, mdate d)
{
	if (d == DATE_NONE)
		*s = '\0';
	else
		date_format(d, s);
	return s;
}

/* "1 day", "3 days" (an actions report writes one an item: no printf). */
static const char *
days(char *s, size_t n, int d)
{
	char		 t[16];
	size_t		 k = sizeof(t) - digits(t + sizeof(t), d < 0 ?
			    0U - (unsigned)d : (unsigned)d);
	const char	*unit = d == 1 || d == -1 ? " day" : " days";

	if (d < 0)
		t[--k] = '-';
	if (n < sizeof(t) - k + strlen(unit) + 1) {
		if (n > 0)
			*s = '\0';
		return s;
	}
	memcpy(s, t + k, sizeof(t) - k);
	strcpy(s + (sizeof(t) - k), unit);
	return s;
}

/*
 * A task item's text without its due: and done: tokens (shown apart),
 * for text and md.
 */
static char *
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
static const char *
period_words(char *s, size_t n, const struct period *p)
{
	char	 a[DATE_STRLEN], b[DATE_STRLEN];

	datestr(a, p->since);
	datestr(b, p->until);
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
static void
title(const char *what, int period)
{
	char	 pw[64], t[DATE_STRLEN];

	datestr(t, today);
	if (period)
		line("%s%s: %s, as of %s", fmt == FMT_MD ? "# " : "", what,
		    period_words(pw, sizeof(pw), &per), t);
	else
		line("%s%s, as of %s", fmt == FMT_MD ? "# " : "", what, t);
}

static void
heading(const char *text)
{
	line("%s", "");
	if (fmt == FMT_MD) {
		line("## %s", text);
		line("%s", "");
	} else
		line("%s", text);
}

/* The list item lead: "- " in md, an indent in text. */
static const char *
li(void)
{
	return fmt == FMT_MD ? "- " : "  ";
}

/* A Markdown table cell: '|' escaped. */
static void
md_cell(struct buf *b, const char *s)
{
	buf_addstr(b, "| ");
	for (; *s != '\0'; s++) {
		if (*s == '|')
			buf_addch(b, '\\');
		buf_addch(b, *s);
	}
	buf_addch(b, ' ');
}

/* A table printed through put_line(), each line after an indent. */
static void
table_out(struct table *tb, const char *indent)
{
	char	*mem = NULL, *p, *e;
	size_t	 len = 0;
	FILE	*f;

	if ((f = open_memstream(&mem, &len)) == NULL)
		err(EX_OSERR, "open_memstream");
	table_print(tb, f, 0);
	if (fclose(f) != 0)
		err(EX_OSERR, "open_memstream");
	for (p = mem; p < mem + len; p = e + 1) {
		if ((e = memchr(p, '\n', len - (size_t)(p - mem))) == NULL)
			e = mem + len;
		line("%s%.*s", indent, (int)(e - p), p);
	}
	free(mem);
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
jbool(struct json *js, const char *k, int v)
{
	json_key(js, k);
	json_bool(js, v);
}

static void
json_head(struct json *js)
{
	json_init(js, ofp);
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
json_tail(struct json *js)
{
	json_obj_end(js);
	json_end(js);
}

/* Hide what --share keeps to itself: a private entry's id, path, text. */
static const char *
shown(const char *s, int private)
{
	return share && private ? NULL : s;
}

static const char *
cadence_of(const struct gather *g, const struct person *p)
{
	return p->cadence ? p->cadence : g->j->set.cadence;
}

/*
 * The expected check-ins of a person in the period, up to today: the due
 * dates stepped from since.
 */
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

/*
 * The longest stretch of the period (up to today) without a check-in, in
 * days: the gaps between since, each check-in and today, cut to the
 * period.
 */
static int
longest_gap(const struct person *p, const struct period *pp)
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

static int
ms_done_in_period(const struct milestone *m)
{
	return m->status == TASK_DONE && m->done != DATE_NONE &&
	    in_period(&per, m->done);
}

static size_t
report_summary(struct gather *g)
{
	static const char *const sts[] = { "active", "paused", "done",
	    "dropped" };
	static const char *const head[] = { "person", "cadence", "last",
	    "next due", "overdue" };
	struct json		 js;
	struct table		 tb;
	struct buf		 b = BUF_INIT;
	const struct person	*p;
	struct goal		*go;
	char			 a[DATE_STRLEN], c[DATE_STRLEN], d[24];
	const char		*cells[5];
	size_t			 i, k, rows = 0, nms = 0, ngoals = 0;
	int			 held = 0, expected = 0, mdone = 0, st;
	int			 counts[4] = { 0, 0, 0, 0 };

	for (i = 0; i < g->ngoals; i++) {
		go = &g->goals[i];
		if (!goal_shown(g, go))
			continue;
		ngoals++;
		for (st = 0; st < 4; st++)
			if (strcmp(go->status, sts[st]) == 0)
				counts[st]++;
		for (k = 0; k < go->nms; k++) {
			mdone += ms_done_in_period(&go->ms[k]);
			nms += go->ms[k].overdue;
		}
	}
	for (i = 0, rows = ngoals; i < g->npeople; i++)
		if (tracked(g, i)) {
			rows++;
			held += held_in(&g->people[i], &per);
			expected += expected_in(&g->people[i], &per);
		}
	if (fmt == FMT_JSON) {
		json_head(&js);
		json_key(&js, "people");
		json_arr(&js);
		for (i = 0; i < g->npeople; i++) {
			p = &g->people[i];
			if (!tracked(g, i))
				continue;
			json_obj(&js);
			jstr(&js, "id", p->id);
			jstr(&js, "name", p->name);
			jstr(&js, "cadence", cadence_of(g, p));
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
			if (!goal_shown(g, go))
				continue;
			json_obj(&js);
			jstr(&js, "id", go->id);
			jstr(&js, "title", go->title);
			jstr(&js, "status", go->status);
			jint(&js, "done", go->done, 1);
			jint(&js, "total", go->total, 1);
			jdate(&js, "next_due", go->next >= 0 ?
			    go->ms[go->next].due : DATE_NONE);
			jbool(&js, "overdue", go->overdue);
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
		for (i = 0; i < g->ngoals; i++) {
			go = &g->goals[i];
			for (k = 0; goal_shown(g, go) && k < go->nms; k++) {
				if (!go->ms[k].overdue)
					continue;
				json_obj(&js);
				jstr(&js, "goal", go->id);
				jstr(&js, "path", go->path);
				jint(&js, "line", go->ms[k].line, 1);
				jstr(&js, "text", go->ms[k].text);
				jdate(&js, "due", go->ms[k].due);
				json_obj_end(&js);
			}
		}
		json_arr_end(&js);
		json_key(&js, "actions");
		json_obj(&js);
		jint(&js, "open", (long long)g->open, 1);
		jint(&js, "overdue", (long long)g->overdue_items, 1);
		jdate(&js, "oldest", g->oldest);
		jint(&js, "oldest_days", today - g->oldest,
		    g->oldest != DATE_NONE);
		json_obj_end(&js);
		json_key(&js, "checkins");
		json_obj(&js);
		jint(&js, "held", held, 1);
		jint(&js, "expected", expected, 1);
		json_obj_end(&js);
		json_key(&js, "wins");
		json_obj(&js);
		jint(&js, "entries", (long long)g->wincount, 1);
		jint(&js, "milestones", mdone, 1);
		json_obj_end(&js);
		json_tail(&js);
		return rows;
	}
	if (fmt == FMT_TSV) {
		if (!o.no_header)
			fprintf(ofp, "id\tname\tcadence\tlast\tnext_due\t"
			    "overdue_days\theld\texpected\n");
		for (i = 0; i < g->npeople; i++) {
			p = &g->people[i];
			if (!tracked(g, i))
				continue;
			fprintf(ofp, "%s\t", p->id);
			tsv_put(ofp, p->name);
			putc('\t', ofp);
			tsv_put(ofp, cadence_of(g, p));
			fprintf(ofp, "\t%s\t%s\t", tsvdate(a, p->last),
			    tsvdate(c, p->next_due));
			if (p->next_due != DATE_NONE)
				fprintf(ofp, "%d", p->overdue_days);
			fprintf(ofp, "\t%d\t%d\n", held_in(p, &per),
			    expected_in(p, &per));
		}
		return rows;
	}
	buf_addstr(&b, "Summary for ");
	buf_addstr(&b, g->j->set.owner ? g->j->set.owner : "this journal");
	title(b.buf, 1);
	buf_release(&b);
	heading("Relationships");
	if (fmt == FMT_MD) {
		line("| person | cadence | last | next due | overdue days |");
		line("| --- | --- | --- | --- | ---: |");
	} else
		table_init(&tb, 5, head);
	for (i = k = 0; i < g->npeople; i++) {
		p = &g->people[i];
		if (!tracked(g, i))
			continue;
		k++;
		datestr(a, p->last);
		datestr(c, p->next_due);
		if (fmt == FMT_MD) {
			buf_reset(&b);
			md_cell(&b, p->name ? p->name : p->id);
			md_cell(&b, cadence_of(g, p));
			md_cell(&b, a);
			md_cell(&b, c);
			buf_addf(&b, "| %d |", p->overdue_days);
			line("%s", b.buf);
			continue;
		}
		buf_reset(&b);
		fit(&b, p->name ? p->name : p->id, 20);
		cells[0] = b.buf;
		cells[1] = cadence_of(g, p);
		cells[2] = a;
		cells[3] = c;
		cells[4] = p->overdue_days > 0 ? days(d, sizeof(d),
		    p->overdue_days) : "";
		table_add(&tb, cells);
	}
	if (fmt == FMT_MD) {
		if (k == 0)
			line("| (none) | | | | |");
		line("%s", "");
		line("Check-ins: %d held, %d expected by the cadences.", held,
		    expected);
	} else {
		if (k > 0)
			table_out(&tb, "  ");
		else
			line("  no one active with a cadence");
		table_release(&tb);
		line("  check-ins: %d held, %d expected by the cadences", held,
		    expected);
	}
	heading("Goals");
	line("%s%d active, %d paused, %d done, %d dropped", fmt == FMT_MD ?
	    "" : "  ", counts[0], counts[1], counts[2], counts[3]);
	if (fmt == FMT_MD && ngoals > 0)
		line("%s", "");
	for (i = 0; i < g->ngoals; i++) {
		go = &g->goals[i];
		if (!goal_shown(g, go))
			continue;
		buf_reset(&b);
		fit(&b, go->title, 30);
		buf_addch(&b, ' ');
		bar(&b, go->done, go->total, 10);
		line("%s%s %d/%d  %s%s", li(), b.buf, go->done, go->total,
		    go->status, go->overdue ? ", overdue" : "");
	}
	buf_release(&b);
	heading("Overdue milestones");
	for (i = 0; i < g->ngoals; i++) {
		go = &g->goals[i];
		for (k = 0; goal_shown(g, go) && k < go->nms; k++)
			if (go->ms[k].overdue)
				line("%s%s:%u: [%c] %s", li(), go->path,
				    go->ms[k].line, go->ms[k].status,
				    go->ms[k].text);
	}
	if (nms == 0)
		line("%snone", li());
	heading("Action items");
	datestr(a, g->oldest);
	if (g->oldest != DATE_NONE)
		line("%s%zu open, %zu overdue, the oldest from %s (%s)",
		    fmt == FMT_MD ? "" : "  ", g->open, g->overdue_items, a,
		    days(d, sizeof(d), today - g->oldest));
	else
		line("%s%zu open, %zu overdue", fmt == FMT_MD ? "" : "  ",
		    g->open, g->overdue_items);
	heading("Wins");
	line("%s%zu win entr%s, %d milestone%s done", fmt == FMT_MD ? "" :
	    "  ", g->wincount, g->wincount == 1 ? "y" : "ies", mdone,
	    mdone == 1 ? "" : "s");
	return rows;
}

static size_t
report_progress(struct gather *g)
{
	struct json	 js;
	struct goal	*go;
	struct milestone *nx;
	struct buf	 bb = BUF_INIT;
	char		 a[DATE_STRLEN], b[DATE_STRLEN], d[24];
	char		*s;
	size_t		 i, k, rows = 0;

	if (fmt == FMT_JSON) {
		json_head(&js);
		json_key(&js, "goals");
		json_arr(&js);
	} else if (fmt == FMT_TSV) {
		if (!o.no_header)
			fprintf(ofp, "id\ttitle\tstatus\tdone\ttotal\tnext\t"
			    "next_due\toverdue\tdue\tdays_left\tevidence\n");
	} else
		title("Progress", 1);
	for (i = 0; i < g->ngoals; i++) {
		go = &g->goals[i];
		if (!goal_shown(g, go))
			continue;
		rows++;
		nx = go->next >= 0 ? &go->ms[go->next] : NULL;
		if (fmt == FMT_JSON) {
			json_obj(&js);
			jstr(&js, "id", go->id);
			jstr(&js, "path", go->path);
			jstr(&js, "title", go->title);
			jstr(&js, "status", go->status);
			jint(&js, "done", go->done, 1);
			jint(&js, "total", go->total, 1);
			jstr(&js, "next", nx ? nx->text : NULL);
			jint(&js, "next_line", nx ? nx->line : 0, nx != NULL);
			jdate(&js, "next_due", nx ? nx->due : DATE_NONE);
			jbool(&js, "overdue", go->overdue);
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
				jstr(&js, "path", shown(go->ev[k].path,
				    go->ev[k].private));
				jstr(&js, "title", shown(go->ev[k].title,
				    go->ev[k].private));
				json_obj_end(&js);
			}
			json_arr_end(&js);
			json_obj_end(&js);
			continue;
		}
		if (fmt == FMT_TSV) {
			fprintf(ofp, "%s\t", go->id);
			tsv_put(ofp, go->title);
			fprintf(ofp, "\t%s\t%d\t%d\t", go->status, go->done,
			    go->total);
			tsv_put(ofp, nx ? nx->text : "");
			fprintf(ofp, "\t%s\t%s\t%s\t",
			    tsvdate(a, nx ? nx->due : DATE_NONE),
			    go->overdue ? "true" : "false",
			    tsvdate(b, go->due));
			if (go->due != DATE_NONE)
				fprintf(ofp, "%d", go->due - today);
			fprintf(ofp, "\t%zu\n", go->nev);
			continue;
		}
		heading(go->title);
		buf_reset(&bb);
		bar(&bb, go->done, go->total, 20);
		buf_addf(&bb, " %d/%d milestones, %s", go->done, go->total,
		    go->status);
		if (go->due != DATE_NONE) {
			datestr(b, go->due);
			buf_addf(&bb, ", due %s", b);
			if (go->live && go->due >= today)
				buf_addf(&bb, ", %s left",
				    days(d, sizeof(d), go->due - today));
			else if (go->live)
				buf_addf(&bb, ", %s over",
				    days(d, sizeof(d), today - go->due));
		}
		line("%s%s", li(), bb.buf);
		if (nx != NULL) {
			s = plain(nx->text);
			datestr(a, nx->due);
			if (nx->due != DATE_NONE)
				line("%snext: %s, due %s", li(), s, a);
			else
				line("%snext: %s", li(), s);
			free(s);
		}
		for (k = 0; k < go->nms; k++)
			if (go->ms[k].overdue)
				line("%soverdue: %s:%u: %s", li(), go->path,
				    go->ms[k].line, go->ms[k].text);
		line("%sevidence: %zu entr%s", li(), go->nev, go->nev == 1 ?
		    "y" : "ies");
		for (k = 0; k < go->nev; k++) {
			datestr(a, go->ev[k].date);
			buf_reset(&linebuf);
			buf_addstr(&linebuf, fmt == FMT_MD ? "  - " : "    ");
			buf_addstr(&linebuf, a);
			buf_add(&linebuf, "  ", 2);
			buf_addstr(&linebuf, share && go->ev[k].private ?
			    "(a private entry)" : go->ev[k].title);
			put_line(linebuf.buf, linebuf.len);
		}
	}
	if (fmt == FMT_JSON) {
		json_arr_end(&js);
		json_tail(&js);
	} else if (rows == 0 && fmt != FMT_TSV) {
		line("%s", "");
		line("%sno goals", li());
	}
	buf_release(&bb);
	return rows;
}

/* The first day of the week holding d (weeks start on week_start). */
static mdate
week_of(mdate d, int ws)
{
	return d - ((date_weekday(d) - ws + 7) % 7);
}

/*
 * The cadence calendar: a cell a week, the weeks of the period up to
 * today, or the last 52 weeks; never more than 52.  Sets the first day
 * and returns the number of weeks (0 for a period after today).
 */
static int
cal_range(const struct journal *j, mdate *from)
{
	mdate	 end = per.until != DATE_NONE && per.until < today ?
		    per.until : today, w0, w1;
	int	 n;

	w1 = week_of(end, j->set.week_start);
	w0 = per.since != DATE_NONE ? week_of(per.since, j->set.week_start) :
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

static size_t
report_cadence(struct gather *g)
{
	struct json		 js;
	const struct person	*p;
	struct buf		 cal = BUF_INIT;
	char			 a[DATE_STRLEN], b[DATE_STRLEN], d[24];
	mdate			 w0, end;
	size_t			 i, k, rows = 0;
	int			 cells[CAL_WEEKS], c, nw;

	nw = cal_range(g->j, &w0);
	end = per.until != DATE_NONE && per.until < today ? per.until : today;
	if (fmt == FMT_JSON) {
		json_head(&js);
		jdate(&js, "calendar_from", nw > 0 ? w0 : DATE_NONE);
		json_key(&js, "people");
		json_arr(&js);
	} else if (fmt == FMT_TSV) {
		if (!o.no_header)
			fprintf(ofp, "id\tname\tcadence\texpected\theld\t"
			    "longest_gap_days\tstreak\tlast\tnext_due\t"
			    "overdue_days\n");
	} else {
		title("Cadence", 1);
		datestr(a, w0);
		datestr(b, end);
		if (nw > 0) {
			line("%s", "");
			line("A cell a week from %s to %s, %s a week with a "
			    "check-in.", a, b, utf8 ? "\xe2\x96\x88" : "#");
		}
	}
	for (i = 0; i < g->npeople; i++) {
		p = &g->people[i];
		if (!tracked(g, i))
			continue;
		rows++;
		memset(cells, 0, sizeof(cells));
		for (k = 0; k < p->ndates; k++)
			if (p->dates[k] >= w0 && p->dates[k] <= end &&
			    (p->dates[k] - w0) / 7 < nw &&
			    in_period(&per, p->dates[k]))
				cells[(p->dates[k] - w0) / 7]++;
		if (fmt == FMT_JSON) {
			json_obj(&js);
			jstr(&js, "id", p->id);
			jstr(&js, "name", p->name);
			jstr(&js, "cadence", cadence_of(g, p));
			jdate(&js, "since", p->since);
			jint(&js, "expected", expected_in(p, &per), 1);
			jint(&js, "held", held_in(p, &per), 1);
			jint(&js, "longest_gap_days", longest_gap(p, &per), 1);
			jint(&js, "streak", streak(p), 1);
			jdate(&js, "last", p->last);
			jdate(&js, "next_due", p->next_due);
			jint(&js, "overdue_days", p->overdue_days,
			    p->next_due != DATE_NONE);
			jdate(&js, "planned", p->planned);
			json_key(&js, "weeks");
			json_arr(&js);
			for (c = 0; c < nw; c++)
				json_int(&js, cells[c]);
			json_arr_end(&js);
			json_obj_end(&js);
			continue;
		}
		if (fmt == FMT_TSV) {
			fprintf(ofp, "%s\t", p->id);
			tsv_put(ofp, p->name);
			putc('\t', ofp);
			tsv_put(ofp, cadence_of(g, p));
			fprintf(ofp, "\t%d\t%d\t%d\t%d\t%s\t%s\t",
			    expected_in(p, &per), held_in(p, &per),
			    longest_gap(p, &per), streak(p),
			    tsvdate(a, p->last), tsvdate(b, p->next_due));
			if (p->next_due != DATE_NONE)
				fprintf(ofp, "%d", p->overdue_days);
			putc('\n', ofp);
			continue;
		}
		line("%s", "");
		line("%s%s, %s", fmt == FMT_MD ? "## " : "", p->name ?
		    p->name : p->id, cadence_of(g, p));
		if (fmt == FMT_MD)
			line("%s", "");
		line("%sheld %d of %d expected, longest gap %s, on-time "
		    "streak %d", li(), held_in(p, &per), expected_in(p, &per),
		    days(d, sizeof(d), longest_gap(p, &per)), streak(p));
		datestr(a, p->last);
		datestr(b, p->next_due);
		if (p->overdue_days > 0)
			line("%slast %s, next due %s, %s overdue", li(), a, b,
			    days(d, sizeof(d), p->overdue_days));
		else
			line("%slast %s, next due %s", li(), a, b);
		if (nw == 0)
			continue;
		buf_reset(&cal);
		for (c = 0; c < nw; c++)
			buf_addstr(&cal, cells[c] ? (utf8 ? "\xe2\x96\x88" :
			    "#") : (utf8 ? "\xc2\xb7" : "."));
		if (fmt == FMT_MD)
			line("%s", "");
		line("%s%s", fmt == FMT_MD ? "    " : "  ", cal.buf);
	}
	if (fmt == FMT_JSON) {
		json_arr_end(&js);
		json_tail(&js);
	} else if (rows == 0 && fmt != FMT_TSV) {
		line("%s", "");
		line("%sno one active with a cadence", li());
	}
	buf_release(&cal);
	return rows;
}

/* People: by id, no one ("") last. */
static int
who_cmp(const char *x, const char *y)
{
	if ((*x == '\0') != (*y == '\0'))
		return *x == '\0' ? 1 : -1;
	return strcmp(x, y);
}

/*
 * Oldest entry first, a day's entries by id (the order they are handed
 * out in, as in every listing), then file order.
 */
static int
item_cmp_rest(const struct item *x, const struct item *y)
{
	int	 c;

	if (x->date != y->date)
		return x->date < y->date ? -1 : 1;
	if ((c = strcmp(x->entry, y->entry)) != 0)
		return c;
	if ((c = strcmp(x->path, y->path)) != 0)
		return c;
	return x->line < y->line ? -1 : x->line > y->line;
}

/* By person, then oldest entry first, then file order. */
static int
item_cmp(const void *a, const void *b)
{
	const struct item	*x = a, *y = b;
	int			 c;

	if ((c = who_cmp(x->who, y->who)) != 0)
		return c;
	return item_cmp_rest(x, y);
}

/* The most people items_sort buckets; with more, it sorts. */
#define WHO_MAX	64

/* Whether s is among the n sorted people of v; *pos, where it is or goes. */
static int
who_find(const char *const *v, size_t n, const char *s, size_t *pos)
{
	size_t	 lo = 0, hi = n, mid;
	int	 c;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if ((c = who_cmp(v[mid], s)) == 0) {
			*pos = mid;
			return 1;
		}
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	*pos = lo;
	return 0;
}

/*
 * Sort items as item_cmp says.  They come in the order entries are handed
 * out, which is mostly item_cmp's but for the person: then putting them
 * in their person's bucket, keeping their order, is the whole sort (a
 * few comparisons an item instead of a qsort of 100,000 of them).
 */
static void
items_sort(struct item *v, size_t n)
{
	const char	*who[WHO_MAX];
	size_t		 nwho = 0, at[WHO_MAX + 1], i, k;
	unsigned char	*b;
	struct item	*out;

	for (i = 1; i < n && item_cmp_rest(&v[i - 1], &v[i]) <= 0; i++)
		;
	if (i < n)
		goto slow;
	/* The people, sorted, as they come. */
	for (i = 0; i < n; i++) {
		if (who_find(who, nwho, v[i].who, &k))
			continue;
		if (nwho == WHO_MAX)
			goto slow;
		memmove(who + k + 1, who + k, (nwho - k) * sizeof(*who));
		who[k] = v[i].who;
		nwho++;
	}
	/* Each item's person, and where each person's items start. */
	b = xmalloc(n);
	memset(at, 0, sizeof(at));
	for (i = 0; i < n; i++) {
		(void)who_find(who, nwho, v[i].who, &k);
		b[i] = (unsigned char)k;
		at[k + 1]++;
	}
	for (i = 1; i <= nwho; i++)
		at[i] += at[i - 1];
	out = xreallocarray(NULL, n, sizeof(*out));
	for (i = 0; i < n; i++)
		out[at[b[i]]++] = v[i];
	memcpy(v, out, n * sizeof(*v));
	free(out);
	free(b);
	return;
slow:
	qsort(v, n, sizeof(*v), item_cmp);
}

static void
json_item(struct json *js, const struct item *it)
{
	int	 hide = share && it->private;

	json_obj(js);
	jstr(js, "person", *it->who ? it->who : NULL);
	jstr(js, "entry", shown(it->entry, it->private));
	jstr(js, "path", shown(it->path, it->private));
	jint(js, "line", it->line, !hide);
	jstr(js, "status", task_status_word(it->status));
	jstr(js, "text", shown(it->text, it->private));
	jdate(js, "date", it->date);
	jdate(js, "due", it->due);
	jint(js, "age_days", today - it->date, it->date != DATE_NONE);
	jbool(js, "overdue", it->overdue);
	json_obj_end(js);
}

/*
 * One open action item in text: its age (or due date) and "overdue" in a
 * left column, the item, and its path:line under it.
 */
static void
text_item(const struct item *it, int age)
{
	char	 c1[24], *s;

	if (age && it->date != DATE_NONE)
		days(c1, sizeof(c1), today - it->date);
	else if (!age && it->due != DATE_NONE)
		datestr(c1, it->due);
	else
		strcpy(c1, "");
	if (share && it->private) {
		line("  %10s  (an item of a private entry)", c1);
		if (it->overdue)
			line("  %10s", "overdue");
		return;
	}
	/* With the due date on the left, the due: token says it again. */
	s = age ? NULL : plain(it->text);
	buf_reset(&linebuf);
	left_col(&linebuf, c1);
	buf_addch(&linebuf, '[');
	buf_addch(&linebuf, (char)it->status);
	buf_add(&linebuf, "] ", 2);
	buf_addstr(&linebuf, s ? s : it->text);
	put_line(linebuf.buf, linebuf.len);
	free(s);
	buf_reset(&linebuf);
	left_col(&linebuf, it->overdue ? "overdue" : "");
	buf_addstr(&linebuf, it->path);
	buf_addch(&linebuf, ':');
	add_uint(&linebuf, it->line);
	put_line(linebuf.buf, linebuf.len);
}

/*
 * One carried item in md: a plain bullet (never a task item, so nothing
 * is tracked twice) ending in its path:line.
 */
static void
md_item(const struct item *it, int age)
{
	struct buf	 b = BUF_INIT;
	char		 d[24];

	if (share && it->private) {
		line("- (an item of a private entry)%s", it->overdue ?
		    ", **overdue**" : "");
		return;
	}
	buf_addstr(&b, "- ");
	/* A text starting with '[' would make a task item of the bullet. */
	if (it->text[0] == '[')
		buf_addch(&b, '\\');
	buf_addstr(&b, it->text);
	if (it->status == TASK_STARTED)
		buf_addstr(&b, ", started");
	if (age && it->date != DATE_NONE)
		buf_addf(&b, ", %s old", days(d, sizeof(d), today - it->date));
	if (it->overdue)
		buf_addstr(&b, ", **overdue**");
	buf_addf(&b, ", from %s:%u", it->path, it->line);
	line("%s", b.buf);
	buf_release(&b);
}

/* A person's name for a heading, or the id when they have no record. */
static const char *
who_name(const struct gather *g, const char *id)
{
	int	 i;

	if (*id == '\0')
		return "(no one named)";
	if ((i = person_idx(g, id)) >= 0 && g->people[i].name != NULL)
		return g->people[i].name;
	return id;
}

static size_t
report_actions(struct gather *g)
{
	struct json	 js;
	struct item	*it;
	char		 a[DATE_STRLEN], t[DATE_STRLEN];
	const char	*who = NULL;
	size_t		 i;

	if (g->nitems > 1)
		items_sort(g->items, g->nitems);
	if (fmt == FMT_JSON) {
		json_head(&js);
		json_key(&js, "items");
		json_arr(&js);
		for (i = 0; i < g->nitems; i++)
			json_item(&js, &g->items[i]);
		json_arr_end(&js);
		json_tail(&js);
		return g->nitems;
	}
	if (fmt == FMT_TSV) {
		if (!o.no_header)
			fprintf(ofp, "person\tentry\tpath\tline\tstatus\ttext\t"
			    "date\tdue\tage_days\toverdue\n");
		for (i = 0; i < g->nitems; i++) {
			it = &g->items[i];
			fprintf(ofp, "%s\t%s\t%s\t", it->who, shown(it->entry,
			    it->private) ? it->entry : "", shown(it->path,
			    it->private) ? it->path : "");
			if (!(share && it->private))
				fprintf(ofp, "%u", it->line);
			fprintf(ofp, "\t%s\t", task_status_word(it->status));
			tsv_put(ofp, shown(it->text, it->private));
			fprintf(ofp, "\t%s\t%s\t", tsvdate(t, it->date),
			    tsvdate(a, it->due));
			if (it->date != DATE_NONE)
				fprintf(ofp, "%d", today - it->date);
			fprintf(ofp, "\t%s\n", it->overdue ? "true" : "false");
		}
		return g->nitems;
	}
	title("Open action items, oldest first", 0);
	for (i = 0; i < g->nitems; i++) {
		it = &g->items[i];
		if (who == NULL || strcmp(who, it->who) != 0) {
			who = it->who;
			heading(who_name(g, who));
		}
		if (fmt == FMT_MD)
			md_item(it, 1);
		else
			text_item(it, 1);
	}
	if (g->nitems == 0) {
		line("%s", "");
		line("%snone", li());
	}
	return g->nitems;
}

static size_t
report_skills(struct gather *g)
{
	struct json	 js;
	struct skill	*sk;
	struct buf	 sp = BUF_INIT, nm = BUF_INIT;
	char		 a[DATE_STRLEN];
	size_t		 i, k, w = 0;
	int		 ch;

	for (i = 0; i < g->nskills; i++)
		if (g->skills[i].n > w)
			w = g->skills[i].n;
	if (w > SPARK_MAX)
		w = SPARK_MAX;
	if (fmt == FMT_JSON) {
		json_head(&js);
		json_key(&js, "skills");
		json_arr(&js);
	} else if (fmt == FMT_TSV) {
		if (!o.no_header)
			fprintf(ofp, "name\tfirst\tlast\tchange\tcount\t"
			    "series\n");
	} else {
		title("Skills, rated 1 to 5", 1);
		line("%s", "");
	}
	for (i = 0; i < g->nskills; i++) {
		sk = &g->skills[i];
		ch = sk->pts[sk->n - 1].value - sk->pts[0].value;
		if (fmt == FMT_JSON) {
			json_obj(&js);
			jstr(&js, "name", sk->name);
			jint(&js, "first", sk->pts[0].value, 1);
			jint(&js, "last", sk->pts[sk->n - 1].value, 1);
			jint(&js, "change", ch, 1);
			jint(&js, "count", (long long)sk->n, 1);
			jdate(&js, "first_date", sk->pts[0].date);
			jdate(&js, "last_date", sk->pts[sk->n - 1].date);
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
			tsv_put(ofp, sk->name);
			fprintf(ofp, "\t%d\t%d\t%d\t%zu\t", sk->pts[0].value,
			    sk->pts[sk->n - 1].value, ch, sk->n);
			for (k = 0; k < sk->n; k++)
				fprintf(ofp, "%s%s:%d", k ? "," : "",
				    tsvdate(a, sk->pts[k].date),
				    sk->pts[k].value);
			putc('\n', ofp);
			continue;
		}
		buf_reset(&sp);
		spark(&sp, sk->pts, sk->n, w);
		buf_reset(&nm);
		fit(&nm, sk->name, 22);
		line("%s%s %s  %d -> %d (%+d), %zu rating%s", li(), nm.buf,
		    sp.buf, sk->pts[0].value, sk->pts[sk->n - 1].value, ch,
		    sk->n, sk->n == 1 ? "" : "s");
	}
	if (g->nskills == 0 && fmt != FMT_JSON && fmt != FMT_TSV)
		line("%snone rated", li());
	if (fmt == FMT_JSON) {
		json_arr_end(&js);
		json_tail(&js);
	}
	buf_release(&sp);
	buf_release(&nm);
	return g->nskills;
}

/* A milestone done in the period, for the wins report. */
struct achieved {
	const struct goal	*go;
	const struct milestone	*ms;
};

static int
achieved_cmp(const void *a, const void *b)
{
	const struct achieved	*x = a, *y = b;
	int			 c;

	if (x->ms->done != y->ms->done)
		return x->ms->done < y->ms->done ? -1 : 1;
	if ((c = strcmp(x->go->id, y->go->id)) != 0)
		return c;
	return x->ms->line < y->ms->line ? -1 : x->ms->line > y->ms->line;
}

static size_t
report_wins(struct gather *g)
{
	struct json	 js;
	struct achieved	*av = NULL;
	struct skill	*sk;
	char		 a[DATE_STRLEN], lead[32];
	char		*s;
	size_t		 i, k, n, nav = 0, rows = 0;

	for (i = 0; i < g->ngoals; i++) {
		if (!goal_shown(g, &g->goals[i]))
			continue;
		for (k = 0; k < g->goals[i].nms; k++) {
			if (!ms_done_in_period(&g->goals[i].ms[k]))
				continue;
			av = xgrow(av, nav, sizeof(*av));
			av[nav].go = &g->goals[i];
			av[nav++].ms = &g->goals[i].ms[k];
		}
	}
	if (nav > 1)
		qsort(av, nav, sizeof(*av), achieved_cmp);
	rows = nav + g->nwins + (share ? 0 : g->nenc);
	if (fmt == FMT_JSON) {
		json_head(&js);
		json_key(&js, "milestones");
		json_arr(&js);
	} else if (fmt == FMT_TSV) {
		if (!o.no_header)
			fprintf(ofp, "part\tdate\tname\tpath\tline\ttext\n");
	} else {
		title("Wins", 1);
		heading("Milestones achieved");
	}
	for (i = 0; i < nav; i++) {
		datestr(a, av[i].ms->done);
		if (fmt == FMT_JSON) {
			json_obj(&js);
			jstr(&js, "goal", av[i].go->id);
			jstr(&js, "goal_title", av[i].go->title);
			jstr(&js, "path", av[i].go->path);
			jint(&js, "line", av[i].ms->line, 1);
			jstr(&js, "text", av[i].ms->text);
			jdate(&js, "done", av[i].ms->done);
			json_obj_end(&js);
		} else if (fmt == FMT_TSV) {
			fprintf(ofp, "milestone\t%s\t%s\t%s\t%u\t", a,
			    av[i].go->id, av[i].go->path, av[i].ms->line);
			tsv_put(ofp, av[i].ms->text);
			putc('\n', ofp);
		} else {
			s = plain(av[i].ms->text);
			line("%s%s  %s: %s", li(), a, av[i].go->title, s);
			free(s);
		}
	}
	if (nav == 0 && fmt != FMT_JSON && fmt != FMT_TSV)
		line("%snone yet", li());
	if (fmt == FMT_JSON) {
		json_arr_end(&js);
		json_key(&js, "growth");
		json_obj(&js);
		json_key(&js, "skills");
		json_arr(&js);
	} else if (fmt != FMT_TSV)
		heading("Personal growth");
	for (i = 0, n = 0; i < g->nskills; i++) {
		sk = &g->skills[i];
		if (sk->n < 2 || sk->pts[sk->n - 1].value <= sk->pts[0].value)
			continue;
		n++;
		rows++;
		if (fmt == FMT_JSON) {
			json_obj(&js);
			jstr(&js, "name", sk->name);
			jint(&js, "first", sk->pts[0].value, 1);
			jint(&js, "last", sk->pts[sk->n - 1].value, 1);
			jint(&js, "count", (long long)sk->n, 1);
			json_obj_end(&js);
		} else if (fmt == FMT_TSV) {
			fprintf(ofp, "growth\t%s\t", tsvdate(a,
			    sk->pts[sk->n - 1].date));
			tsv_put(ofp, sk->name);
			fprintf(ofp, "\t\t\t%d -> %d\n", sk->pts[0].value,
			    sk->pts[sk->n - 1].value);
		} else
			line("%s%s rose from %d to %d (%zu ratings)", li(),
			    sk->name, sk->pts[0].value,
			    sk->pts[sk->n - 1].value, sk->n);
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
			jstr(&js, "path", shown(g->wins[i].path,
			    g->wins[i].private));
			jstr(&js, "title", shown(g->wins[i].text,
			    g->wins[i].private));
			json_obj_end(&js);
		} else if (fmt == FMT_TSV) {
			fprintf(ofp, "win\t%s\t%s\t%s\t\t", a,
			    shown(g->wins[i].entry, g->wins[i].private) ?
			    g->wins[i].entry : "", shown(g->wins[i].path,
			    g->wins[i].private) ? g->wins[i].path : "");
			tsv_put(ofp, shown(g->wins[i].text,
			    g->wins[i].private));
			putc('\n', ofp);
		} else
			line("%s%s  win: %s", li(), a, shown(g->wins[i].text,
			    g->wins[i].private) ? g->wins[i].text :
			    "(a private entry)");
	}
	if (n == 0 && fmt != FMT_JSON && fmt != FMT_TSV)
		line("%snothing yet", li());
	if (fmt == FMT_JSON) {
		json_arr_end(&js);
		json_obj_end(&js);
		json_key(&js, "encouragement");
		json_arr(&js);
	} else if (fmt != FMT_TSV)
		heading("Encouragement");
	for (i = 0; i < g->nenc && !share; i++) {
		datestr(a, g->enc[i].date);
		if (fmt == FMT_JSON) {
			json_obj(&js);
			jdate(&js, "date", g->enc[i].date);
			jstr(&js, "entry", g->enc[i].entry);
			jstr(&js, "path", g->enc[i].path);
			jstr(&js, "text", g->enc[i].text);
			json_obj_end(&js);
		} else if (fmt == FMT_TSV) {
			fprintf(ofp, "encouragement\t%s\t%s\t%s\t\t", a,
			    g->enc[i].entry, g->enc[i].path);
			tsv_put(ofp, g->enc[i].text);
			putc('\n', ofp);
		} else {
			snprintf(lead, sizeof(lead), "%s%s  ", li(), a);
			wrap(lead, g->enc[i].text);
		}
	}
	if ((share || g->nenc == 0) && fmt != FMT_JSON && fmt != FMT_TSV)
		line("%s%s", li(), share ? "(left out when sharing)" :
		    "none noted");
	if (fmt == FMT_JSON) {
		json_arr_end(&js);
		json_tail(&js);
	}
	free(av);
	return rows;
}

/*
 * The agenda of the next check-in with the --with person: when it is
 * (the first planned, else the next due, and not before today) and the
 * one after it, up to which milestones count.
 */
static size_t
report_agenda(struct gather *g)
{
	struct json	 js;
	struct person	*p = &g->people[person_idx(g, g->with)];
	struct goal	*go;
	struct item	 mi;
	char		 a[DATE_STRLEN], b[DATE_STRLEN], lead[64];
	mdate		 next, after;
	size_t		 i, k, nm = 0, rows;
	int		 md = fmt == FMT_MD, hidefb;

	next = p->planned != DATE_NONE ? p->planned : p->next_due;
	if (next == DATE_NONE || next < today)
		next = today;
	after = p->has_cad ? cadence_due(&p->cad, next) : next;
	datestr(a, next);
	datestr(b, after);
	hidefb = share || g->feedback == NULL;
	for (i = 0; i < g->ngoals; i++) {
		go = &g->goals[i];
		if (!goal_shown(g, go) || !go->live)
			continue;
		for (k = 0; k < go->nms; k++)
			nm += task_status_live(go->ms[k].status) &&
			    go->ms[k].due != DATE_NONE &&
			    go->ms[k].due <= after;
	}
	rows = g->nitems + nm;
	if (fmt == FMT_JSON) {
		json_head(&js);
		jstr(&js, "with", p->id);
		jstr(&js, "name", p->name);
		jdate(&js, "next", next);
		jdate(&js, "following", after);
		json_key(&js, "actions");
		json_arr(&js);
		for (i = 0; i < g->nitems; i++)
			json_item(&js, &g->items[i]);
		json_arr_end(&js);
		json_key(&js, "milestones");
		json_arr(&js);
	} else if (fmt == FMT_TSV) {
		if (!o.no_header)
			fprintf(ofp, "part\tpath\tline\ttext\tdue\t"
			    "rating\n");
	} else if (md)
		line("## Agenda");
	else
		line("Agenda with %s for %s", p->name ? p->name : p->id, a);
	if (fmt == FMT_TEXT)
		heading("Carried over");
	else if (md && rows > 0)
		line("%s", "");
	for (i = 0; i < g->nitems && fmt != FMT_JSON; i++) {
		struct item *it = &g->items[i];

		if (fmt == FMT_TSV) {
			if (share && it->private)
				fprintf(ofp, "action\t\t\t\t%s\t\n",
				    tsvdate(a, it->due));
			else {
				fprintf(ofp, "action\t%s\t%u\t", it->path,
				    it->line);
				tsv_put(ofp, it->text);
				fprintf(ofp, "\t%s\t\n", tsvdate(a, it->due));
			}
		} else if (md)
			md_item(it, 0);
		else
			text_item(it, 0);
	}
	if (fmt == FMT_TEXT && g->nitems == 0)
		line("  nothing open");
	if (fmt == FMT_TEXT) {
		snprintf(lead, sizeof(lead), "Milestones due by %s", b);
		heading(lead);
	}
	for (i = 0; i < g->ngoals; i++) {
		go = &g->goals[i];
		if (!goal_shown(g, go) || !go->live)
			continue;
		for (k = 0; k < go->nms; k++) {
			if (!task_status_live(go->ms[k].status) ||
			    go->ms[k].due == DATE_NONE || go->ms[k].due > after)
				continue;
			datestr(a, go->ms[k].due);
			if (fmt == FMT_JSON) {
				json_obj(&js);
				jstr(&js, "goal", go->id);
				jstr(&js, "goal_title", go->title);
				jstr(&js, "path", go->path);
				jint(&js, "line", go->ms[k].line, 1);
				jstr(&js, "status",
				    task_status_word(go->ms[k].status));
				jstr(&js, "text", go->ms[k].text);
				jdate(&js, "due", go->ms[k].due);
				jbool(&js, "overdue", go->ms[k].overdue);
				json_obj_end(&js);
				continue;
			}
			if (fmt == FMT_TSV) {
				fprintf(ofp, "milestone\t%s\t%u\t", go->path,
				    go->ms[k].line);
				tsv_put(ofp, go->ms[k].text);
				fprintf(ofp, "\t%s\t\n", a);
				continue;
			}
			memset(&mi, 0, sizeof(mi));
			mi.path = go->path;
			mi.line = go->ms[k].line;
			mi.status = go->ms[k].status;
			mi.overdue = go->ms[k].overdue;
			mi.due = go->ms[k].due;
			mi.date = DATE_NONE;
			xasprintf(&mi.text, "%s: %s", go->title,
			    go->ms[k].text);
			if (md)
				md_item(&mi, 0);
			else
				text_item(&mi, 0);
			free(mi.text);
		}
	}
	if (fmt == FMT_TEXT && nm == 0)
		line("  none");
	if (fmt == FMT_JSON) {
		json_arr_end(&js);
		jstr(&js, "feedback", hidefb ? NULL : g->feedback);
		json_key(&js, "skills");
		json_arr(&js);
		for (i = 0; i < g->last_nr; i++) {
			json_obj(&js);
			jstr(&js, "name", g->last_rskill[i]);
			jint(&js, "last", g->last_rval[i], 1);
			json_obj_end(&js);
		}
		json_arr_end(&js);
		json_tail(&js);
		return rows;
	}
	if (fmt == FMT_TSV) {
		if (!hidefb) {
			fprintf(ofp, "feedback\t\t\t");
			tsv_put(ofp, g->feedback);
			fprintf(ofp, "\t\t\n");
		}
		for (i = 0; i < g->last_nr; i++) {
			fprintf(ofp, "skill\t\t\t");
			tsv_put(ofp, g->last_rskill[i]);
			fprintf(ofp, "\t\t%d\n", g->last_rval[i]);
		}
		return rows;
	}
	if (!hidefb) {
		heading("Last feedback");
		/* Quoted in md, so that it is not taken for new notes. */
		block(md ? "> " : "  ", g->feedback);
	}
	if (g->last_nr > 0) {
		heading(md ? "Skills to rate" : "Skills rated last time");
		for (i = 0; i < g->last_nr; i++)
			line("%s%s (last %d)", li(), g->last_rskill[i],
			    g->last_rval[i]);
	}
	if (md) {
		line("%s", "");
		line("## Notes");
		line("%s", "");
		line("## Feedback");
		line("%s", "");
		line("## Action items");
	}
	return rows;
}

/* One event of a day: in text and md, "what: text" after the others. */
static void
day_add(struct buf *b, size_t *n, const char *what, const char *text)
{
	char	*s = plain(text);

	buf_addf(b, "%s%s: %s", (*n)++ ? "; " : "  ", what, s);
	free(s);
}

static size_t
report_timeline(struct gather *g)
{
	static const char *const wd[] = { "Mon", "Tue", "Wed", "Thu", "Fri",
	    "Sat", "Sun" };
	struct json	 js;
	struct buf	 b = BUF_INIT;
	struct goal	*go;
	struct item	*it;
	struct note	*h;
	char		 a[DATE_STRLEN];
	mdate		 d, from = per.since, to = per.until;
	size_t		 i, k, n, rows = 0;
	int		 pass;

	if (fmt == FMT_JSON) {
		json_head(&js);
		json_key(&js, "days");
		json_arr(&js);
	} else if (fmt == FMT_TSV) {
		if (!o.no_header)
			fprintf(ofp, "date\tevent\tid\tpath\tline\ttext\n");
	} else {
		title("Timeline", 1);
		line("%s", "");
	}
	for (d = from; d <= to; d++) {
		datestr(a, d);
		n = 0;
		buf_reset(&b);
		buf_addf(&b, "%s%s %s", fmt == FMT_MD ? "- " : "", a,
		    wd[date_weekday(d)]);
		if (fmt == FMT_JSON) {
			json_obj(&js);
			jdate(&js, "date", d);
			json_key(&js, "held");
			json_arr(&js);
		}
		for (i = 0; i < g->nheld; i++) {
			h = &g->held[i];
			if (h->date != d)
				continue;
			rows++;
			if (fmt == FMT_JSON) {
				json_obj(&js);
				jstr(&js, "id", shown(h->entry, h->private));
				jstr(&js, "path", shown(h->path, h->private));
				jstr(&js, "kind", h->kind);
				jstr(&js, "title", shown(h->text, h->private));
				json_obj_end(&js);
			} else if (fmt == FMT_TSV) {
				fprintf(ofp, "%s\theld\t%s\t%s\t\t", a,
				    shown(h->entry, h->private) ? h->entry : "",
				    shown(h->path, h->private) ? h->path : "");
				tsv_put(ofp, shown(h->text, h->private));
				putc('\n', ofp);
			} else
				day_add(&b, &n, h->kind, shown(h->text,
				    h->private) ? h->text :
				    "(a private entry)");
		}
		/* Milestones done, then milestones due. */
		for (pass = 0; pass < 2; pass++) {
			if (fmt == FMT_JSON) {
				json_arr_end(&js);
				json_key(&js, pass ? "milestones_due" :
				    "milestones_done");
				json_arr(&js);
			}
			for (i = 0; i < g->ngoals; i++) {
				go = &g->goals[i];
				if (!goal_shown(g, go))
					continue;
				for (k = 0; k < go->nms; k++) {
					if (pass == 0 ? go->ms[k].status !=
					    TASK_DONE || go->ms[k].done != d :
					    !go->live || !task_status_live(
					    go->ms[k].status) ||
					    go->ms[k].due != d)
						continue;
					rows++;
					if (fmt == FMT_JSON) {
						json_obj(&js);
						jstr(&js, "goal", go->id);
						jstr(&js, "path", go->path);
						jint(&js, "line",
						    go->ms[k].line, 1);
						jstr(&js, "text",
						    go->ms[k].text);
						json_obj_end(&js);
					} else if (fmt == FMT_TSV) {
						fprintf(ofp, "%s\t%s\t%s\t%s\t"
						    "%u\t", a, pass ?
						    "milestone_due" :
						    "milestone_done", go->id,
						    go->path, go->ms[k].line);
						tsv_put(ofp, go->ms[k].text);
						putc('\n', ofp);
					} else
						day_add(&b, &n, pass ?
						    "milestone due" :
						    "milestone done",
						    go->ms[k].text);
				}
			}
		}
		if (fmt == FMT_JSON) {
			json_arr_end(&js);
			json_key(&js, "actions_due");
			json_arr(&js);
		}
		for (i = 0; i < g->nitems; i++) {
			it = &g->items[i];
			if (it->due != d)
				continue;
			rows++;
			if (fmt == FMT_JSON) {
				json_obj(&js);
				jstr(&js, "entry", shown(it->entry,
				    it->private));
				jstr(&js, "path", shown(it->path, it->private));
				jint(&js, "line", it->line,
				    !(share && it->private));
				jstr(&js, "text", shown(it->text, it->private));
				json_obj_end(&js);
			} else if (fmt == FMT_TSV) {
				fprintf(ofp, "%s\taction_due\t%s\t%s\t", a,
				    shown(it->entry, it->private) ? it->entry :
				    "", shown(it->path, it->private) ?
				    it->path : "");
				if (!(share && it->private))
					fprintf(ofp, "%u", it->line);
				putc('\t', ofp);
				tsv_put(ofp, shown(it->text, it->private));
				putc('\n', ofp);
			} else
				day_add(&b, &n, "action due", shown(it->text,
				    it->private) ? it->text :
				    "(an item of a private entry)");
		}
		if (fmt == FMT_JSON) {
			json_arr_end(&js);
			json_obj_end(&js);
		} else if (fmt != FMT_TSV)
			put_line(b.buf, b.len);
	}
	if (fmt == FMT_JSON) {
		json_arr_end(&js);
		json_tail(&js);
	}
	buf_release(&b);
	return rows;
}

static void
gather_release(struct gather *g)
{
	size_t	 i;

	people_free(g->people, g->npeople);
	free(g->pgiven);
	goals_free(g->goals, g->ngoals);
	free(g->items);		/* its strings are in the pool */
	for (i = 0; i < g->nskills; i++) {
		free(g->skills[i].name);
		free(g->skills[i].pts);
	}
	free(g->skills);
	notes_free(g->wins, g->nwins);
	notes_free(g->enc, g->nenc);
	notes_free(g->held, g->nheld);
	pool_release();
	free(g->feedback);
	strv_free(g->last_rskill, g->last_nr);
	free(g->last_rval);
}

/*
 * Read one journal for a report: people, goals, then every entry once, on
 * every core.  With records given (l not NULL), only the people and goals
 * among them are reported, and if entries are among them, only those
 * entries are read, and the people and goals they name are reported too.
 */
static void
gather(struct journal *j, const struct reclist *l, const char *with,
    struct gather *g)
{
	struct reclist	 ents = { NULL, 0, 0 };
	struct walk	 w;
	struct goal	*go;
	size_t		 i;
	int		 pi;

	memset(g, 0, sizeof(*g));
	g->j = j;
	g->with = with;
	look_with = with;
	g->given = l != NULL;
	g->oldest = DATE_NONE;
	g->keep_items = rep == REP_ACTIONS || rep == REP_AGENDA ||
	    rep == REP_TIMELINE;
	g->npeople = people_load(j, &g->people);
	g->pgiven = xcalloc(g->npeople + 1, 1);
	g->ngoals = goals_load(j, &g->goals);
	g->by_id = sorted_by_id(g);
	for (i = 0; l != NULL && i < l->n; i++) {
		if (l->v[i].type == R_ENTRY)
			reclist_add(&ents, &l->v[i]);
		else if (l->v[i].type == R_PERSON &&
		    (pi = person_idx(g, l->v[i].id)) >= 0)
			g->pgiven[pi] = 1;
		else if (l->v[i].type == R_GOAL &&
		    (go = goal_find(g, l->v[i].id)) != NULL)
			go->given = 1;
	}
	memset(&w, 0, sizeof(w));
	w.ctx = g;
	w.look = entry_look;
	/* The next folder is listed while this one is read. */
	w.ahead = 1;
	/*
	 * Cadence and skills read the front matter only; progress and wins
	 * need no task items.
	 */
	w.fm_only = with == NULL && (rep == REP_CADENCE || rep == REP_SKILLS);
	w.no_tasks = with == NULL && (rep == REP_PROGRESS || rep == REP_WINS);
	w.cmp = einfo_cmp;
	w.out = entry_out;
	w.free_res = einfo_free;
	g->given_entries = ents.n > 0;
	walk_records(j, ents.n > 0 ? &ents : NULL, R_ENTRY, &w);
	free(ents.v);		/* the recs are l's */
	people_finish(j, g->people, g->npeople, today);
}

/* The coordinator's view: a line a journal, and totals. */
struct jline {
	char	*dir, *owner;
	int	 ok;
	int	 people, held, expected, goals, mdone, mtotal, moverdue;
	size_t	 open, overdue, wins;
};

/* Parse the period options for a journal whose weeks start on ws. */
static void
period_set(int ws)
{
	per.since = per.until = DATE_NONE;
	if (period_opt != NULL && period_parse(period_opt, today, ws,
	    &per) != 0)
		errx(EX_USAGE, "--period: bad period '%s' (2026, 2026-11, "
		    "2026-Q4, 2026-W47, this-month, last-week...)", period_opt);
	if (since_opt != NULL && date_parse(since_opt, today, ws,
	    &per.since) != 0)
		errx(EX_USAGE, "--since: bad date '%s'", since_opt);
	if (until_opt != NULL && date_parse(until_opt, today, ws,
	    &per.until) != 0)
		errx(EX_USAGE, "--until: bad date '%s'", until_opt);
}

static void
program_line(const char *dir, struct jline *jl)
{
	struct journal	 j;
	struct gather	 g;
	struct period	 keep = per;
	size_t		 i, k;
	int		 rc;

	memset(jl, 0, sizeof(*jl));
	jl->dir = xstrdup(dir);
	if ((rc = journal_find(&j, dir, 0)) != 0) {
		status_all = status_merge(status_all, rc);
		return;
	}
	jl->ok = 1;
	period_set(j.set.week_start);
	gather(&j, NULL, NULL, &g);
	jl->owner = j.set.owner ? xstrdup(j.set.owner) : NULL;
	for (i = 0; i < g.npeople; i++)
		if (tracked(&g, i)) {
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
	jl->wins = g.wincount;
	gather_release(&g);
	journal_close(&j);
	per = keep;
}

static size_t
report_program(void)
{
	static const char *const head[] = { "journal", "people",
	    "check-ins", "goals", "milestones", "late", "open", "overdue",
	    "wins" };
	struct jline	*v = xcalloc(njdirs + 1, sizeof(*v)), tot;
	struct table	 tb;
	struct json	 js;
	struct buf	 b = BUF_INIT;
	char		 num[10][32];
	const char	*cells[9];
	size_t		 i, k, rows = 0;

	for (i = 0; i < njdirs; i++)
		program_line(jdirs[i], &v[i]);
	memset(&tot, 0, sizeof(tot));
	for (i = 0; i < njdirs; i++) {
		if (!v[i].ok)
			continue;
		rows++;
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
	tot.ok = 1;
	if (fmt == FMT_JSON) {
		json_init(&js, ofp);
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
	} else if (fmt == FMT_TSV) {
		if (!o.no_header)
			fprintf(ofp, "journal\towner\tpeople\theld\texpected\t"
			    "goals\tmilestones_done\tmilestones\t"
			    "overdue_milestones\topen_actions\t"
			    "overdue_actions\twins\n");
	} else if (fmt == FMT_MD) {
		title("Program report", 1);
		line("%s", "");
		line("| journal | owner | people | held | expected | goals | "
		    "milestones done | milestones | overdue milestones | "
		    "open actions | overdue actions | wins |");
		line("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | "
		    "---: | ---: | ---: | ---: |");
	} else {
		title("Program report", 1);
		line("%s", "");
		table_init(&tb, 9, head);
		for (k = 1; k < 9; k++)
			tb.right[k] = 1;
	}
	for (i = 0; i <= njdirs; i++) {
		struct jline *jl = i < njdirs ? &v[i] : &tot;

		if (!jl->ok)
			continue;
		if (fmt == FMT_JSON) {
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
		if (fmt == FMT_TSV || fmt == FMT_MD) {
			buf_reset(&b);
			if (fmt == FMT_MD) {
				md_cell(&b, i < njdirs ? jl->dir : "total");
				md_cell(&b, jl->owner ? jl->owner : "");
			}
			buf_addf(&b, fmt == FMT_MD ? "| %d | %d | %d | %d | "
			    "%d | %d | %d | %zu | %zu | %zu |" : "%d\t%d\t%d\t"
			    "%d\t%d\t%d\t%d\t%zu\t%zu\t%zu\n", jl->people,
			    jl->held, jl->expected, jl->goals, jl->mdone,
			    jl->mtotal, jl->moverdue, jl->open, jl->overdue,
			    jl->wins);
			if (fmt == FMT_MD)
				line("%s", b.buf);
			else {
				tsv_put(ofp, i < njdirs ? jl->dir : "total");
				putc('\t', ofp);
				tsv_put(ofp, jl->owner);
				fprintf(ofp, "\t%s", b.buf);
			}
			continue;
		}
		buf_reset(&b);
		fit(&b, i < njdirs ? jl->dir : "total", 18);
		snprintf(num[0], 32, "%d", jl->people);
		snprintf(num[1], 32, "%d/%d", jl->held, jl->expected);
		snprintf(num[2], 32, "%d", jl->goals);
		snprintf(num[3], 32, "%d/%d", jl->mdone, jl->mtotal);
		snprintf(num[4], 32, "%d", jl->moverdue);
		snprintf(num[5], 32, "%zu", jl->open);
		snprintf(num[6], 32, "%zu", jl->overdue);
		snprintf(num[7], 32, "%zu", jl->wins);
		cells[0] = b.buf;
		for (k = 0; k < 8; k++)
			cells[k + 1] = num[k];
		table_add(&tb, cells);
	}
	if (fmt == FMT_JSON) {
		json_obj_end(&js);
		json_end(&js);
	} else if (fmt == FMT_TEXT) {
		table_out(&tb, "");
		table_release(&tb);
		line("%s", "");
		line("check-ins: held/expected; milestones: done/all; late: "
		    "overdue milestones;");
		line("open, overdue: action items; goals: active ones");
	}
	buf_release(&b);
	for (i = 0; i < njdirs; i++) {
		free(v[i].dir);
		free(v[i].owner);
	}
	free(v);
	return rows;
}

static void
add_dir(const char *d)
{
	jdirs = xgrow(jdirs, njdirs, sizeof(*jdirs));
	jdirs[njdirs++] = xstrdup(d);
}

/*
 * A first operand that names no report and no record is a mistyped report
 * name: a usage error, not a missing record.
 */
static void
check_report_name(struct journal *j, const char *arg)
{
	const struct reclist	*l;
	size_t			 i, n = strlen(arg);
	int			 t;

	if (strcmp(arg, "-") == 0 || strchr(arg, '/') != NULL ||
	    (n > 3 && strcmp(arg + n - 3, ".md") == 0))
		return;
	for (t = 0; t < R_NTYPES; t++) {
		l = journal_list(j, (enum rtype)t);
		for (i = 0; i < l->n; i++)
			if (strncmp(l->v[i].id, arg, n) == 0)
				return;
	}
	errx(EX_USAGE, "unknown report '%s' (summary, progress, cadence, "
	    "actions, skills, wins, agenda, timeline)", arg);
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
	struct reclist	 l = { NULL, 0, 0 };
	struct gather	 g;
	struct rec	 r;
	char		*line_in = NULL, *with = NULL;
	size_t		 cap = 0, i, rows = 0;
	ssize_t		 n;
	int		 c, rc = 0, t, named;

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
	rep = -1;
	for (t = 0; argc > 0 && t < NREPS; t++)
		if (strcmp(argv[0], reports[t]) == 0) {
			rep = t;
			argc--;
			argv++;
			break;
		}
	named = rep != -1;
	if (!named)
		rep = REP_SUMMARY;
	fmt = o.fmt == FMT_NONE ? FMT_TEXT : o.fmt;
	if (fmt == FMT_PATHS || fmt == FMT_JSONL)
		errx(EX_USAGE, "reports print text, md, tsv or json, not %s",
		    fmt_name(fmt));
	utf8 = locale_utf8();
	today = date_today();
	if (period_opt != NULL && (since_opt != NULL || until_opt != NULL))
		errx(EX_USAGE, "--period does not go with --since or --until");
	for (i = 0; i < (size_t)argc; i++)
		if (strcmp(argv[i], "-") == 0 && journals_stdin)
			errx(EX_USAGE, "--journals - and - both read standard "
			    "input");
	if (njdirs > 0 || journals_stdin) {
		if (argc > 0 || o.C != NULL || with_opt != NULL)
			errx(EX_USAGE, "--journal and --journals take no "
			    "records, no -C and no --with");
		if (rep != REP_SUMMARY)
			errx(EX_USAGE, "a program-wide report is a summary, "
			    "not %s", reports[rep]);
	}
	if (rep == REP_AGENDA && with_opt == NULL)
		errx(EX_USAGE, "the agenda is for one person: give --with ID");
	if (o.quiet) {
		if ((ofp = fopen("/dev/null", "w")) == NULL)
			err(EX_OSERR, "/dev/null");
	} else
		ofp = stdout;

	if (njdirs > 0 || journals_stdin) {
		period_set(WEEK_MONDAY);
		while (journals_stdin && (n = getdelim(&line_in, &cap, o.nul ?
		    '\0' : '\n', stdin)) != -1) {
			while (n > 0 && (line_in[n - 1] == '\n' ||
			    line_in[n - 1] == '\r' || line_in[n - 1] == '\0'))
				line_in[--n] = '\0';
			if (n > 0)
				add_dir(line_in);
		}
		free(line_in);
		if (njdirs == 0)
			errx(EX_USAGE, "--journals -: no folders on standard "
			    "input");
		rows = report_program();
		rc = status_all;
		if (o.quiet && rows == 0)
			rc = status_merge(rc, EX_PROBLEM);
		for (i = 0; i < njdirs; i++)
			free(jdirs[i]);
		free(jdirs);
		return out_close(rc);
	}

	if ((rc = journal_find(&j, o.C, 0)) != 0)
		return rc;
	period_set(j.set.week_start);
	/* The timeline: 30 days up to today (or --until) unless told. */
	if (rep == REP_TIMELINE) {
		if (per.since == DATE_NONE)
			per.since = (per.until != DATE_NONE ? per.until :
			    today) - 29;
		if (per.until == DATE_NONE)
			per.until = today;
	}
	if (with_opt != NULL) {
		if ((rc = journal_resolve(&j, RT_MASK(R_PERSON), with_opt,
		    &r)) != 0) {
			journal_close(&j);
			return rc;
		}
		with = xstrdup(r.id);
		rec_release(&r);
	}
	if (argc > 0) {
		if (!named)
			check_report_name(&j, argv[0]);
		rc = journal_args(&j, RT_ALL, argc, argv, o.nul, &l);
	}
	gather(&j, argc > 0 ? &l : NULL, with, &g);
	switch (rep) {
	case REP_SUMMARY:
		rows = report_summary(&g);
		break;
	case REP_PROGRESS:
		rows = report_progress(&g);
		break;
	case REP_CADENCE:
		rows = report_cadence(&g);
		break;
	case REP_ACTIONS:
		rows = report_actions(&g);
		break;
	case REP_SKILLS:
		rows = report_skills(&g);
		break;
	case REP_WINS:
		rows = report_wins(&g);
		break;
	case REP_AGENDA:
		rows = report_agenda(&g);
		break;
	default:
		rows = report_timeline(&g);
	}
	rc = status_merge(rc, status_all);
	if (o.quiet && rows == 0)
		rc = status_merge(rc, EX_PROBLEM);
	if (o.quiet)
		fclose(ofp);
	gather_release(&g);
	free(with);
	reclist_release(&l);
	journal_close(&j);
	return out_close(rc);
}
