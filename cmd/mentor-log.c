/*
 * mentor-log: check-ins, meetings, feedback, notes and their action items.
 */
#include "config.h"

#include <ctype.h>
#include <err.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "mentor.h"
#include "model.h"
#include "render.h"

enum {
	OPT_DATE = OPT_FIRST_LOCAL, OPT_KIND, OPT_WITH, OPT_GOAL, OPT_RATE,
	OPT_DURATION, OPT_PRIVATE, OPT_TAG, OPT_SINCE, OPT_UNTIL, OPT_PERIOD,
	OPT_AUTHOR, OPT_GREP, OPT_OPEN, OPT_DONE, OPT_ALL, OPT_OVERDUE,
	OPT_MATCH
};
#define O(x)	(1U << ((x) - OPT_FIRST_LOCAL))
#define O_MSG	(1U << 24)
#define O_FILE	(1U << 25)

static int cmd_add(const struct sub *, struct journal *, int, char **);
static int cmd_list(const struct sub *, struct journal *, int, char **);
static int cmd_show(const struct sub *, struct journal *, int, char **);
static int cmd_actions(const struct sub *, struct journal *, int, char **);
static int cmd_task(const struct sub *, struct journal *, int, char **);
static int cmd_set(const struct sub *, struct journal *, int, char **);

static const struct sub subs[] = {
	{ "add", cmd_add, SUB_WRITES, O(OPT_DATE) | O(OPT_KIND) | O(OPT_WITH) |
	    O(OPT_GOAL) | O(OPT_RATE) | O(OPT_DURATION) | O(OPT_PRIVATE) |
	    O(OPT_TAG) | O_MSG | O_FILE,
	  "add [title] [--date date] [--kind kind] [--with id]...\n"
	  "           [--goal id]... [--rate skill=n]... [--duration 45m] "
	  "[--private]\n"
	  "           [--tag tag]... [-m text]... [-F file | -F -]",
	  "write a new entry and print its path", "at most a title", 0, 1 },
	{ "list", cmd_list, 0, O(OPT_SINCE) | O(OPT_UNTIL) | O(OPT_PERIOD) |
	    O(OPT_WITH) | O(OPT_KIND) | O(OPT_GOAL) | O(OPT_TAG) |
	    O(OPT_AUTHOR) | O(OPT_GREP) | O_I | O_R | O_N,
	  "list [-0iqr] [--since date] [--until date] [--period period]\n"
	  "           [--with id] [--kind kind] [--goal id] [--tag tag] "
	  "[--author name]\n"
	  "           [--grep regex] [-n n] [-f format] [entry ... | -]",
	  "list entries, one a line, by date", "entries", 0, -1 },
	{ "show", cmd_show, 0, 0, "show entry [-f text|json|md]",
	  "show an entry: its fields, action items and body", "an entry", 1,
	  1 },
	{ "actions", cmd_actions, 0, O(OPT_OPEN) | O(OPT_DONE) | O(OPT_ALL) |
	    O(OPT_WITH) | O(OPT_SINCE) | O(OPT_UNTIL) | O(OPT_PERIOD) |
	    O(OPT_OVERDUE),
	  "actions [-0q] [--open | --done | --all] [--overdue]\n"
	  "           [--with id] [--since date] [--until date] "
	  "[--period period]\n"
	  "           [-f format] [entry ... | -]",
	  "list action items, one a line: path:line: [ ] text", "entries",
	  0, -1 },
	{ "done", cmd_task, SUB_WRITES, O(OPT_MATCH),
	  "done entry:line | entry#n | entry --match text",
	  "mark an action item done, stamped done:today", "an action item",
	  1, 1 },
	{ "start", cmd_task, SUB_WRITES, O(OPT_MATCH),
	  "start entry:line | entry#n | entry --match text",
	  "mark an action item started", "an action item", 1, 1 },
	{ "drop", cmd_task, SUB_WRITES, O(OPT_MATCH),
	  "drop entry:line | entry#n | entry --match text",
	  "mark an action item dropped", "an action item", 1, 1 },
	{ "reopen", cmd_task, SUB_WRITES, O(OPT_MATCH),
	  "reopen entry:line | entry#n | entry --match text",
	  "mark an action item open again", "an action item", 1, 1 },
	{ "set", cmd_set, SUB_WRITES, 0, "set entry key=value...",
	  "change front matter keys (key= removes one)",
	  "an entry and key=value", 2, -1 },
	{ "edit", cmd_set, SUB_WRITES, 0, "edit entry",
	  "edit an entry in $VISUAL or $EDITOR, checked before it is saved",
	  "an entry", 1, 1 },
};
#define NSUBS	(sizeof(subs) / sizeof(subs[0]))

static const struct optdef opts[] = {
	{ OPT_DATE, "date", "date", O(OPT_DATE),
	  "the entry's date (today, friday, -1w, 2026-11-20...)" },
	{ OPT_KIND, "kind", "kind", O(OPT_KIND), "check-in, meeting, "
	  "feedback, note (the default), win or reflection" },
	{ OPT_WITH, "with", "id", O(OPT_WITH),
	  "a person it was with, repeatable; list: entries with them" },
	{ OPT_GOAL, "goal", "id", O(OPT_GOAL),
	  "a goal it is evidence for, repeatable; list: for that goal" },
	{ OPT_RATE, "rate", "skill=n", O(OPT_RATE),
	  "rate a skill from 1 to 5, repeatable" },
	{ OPT_DURATION, "duration", "time", O(OPT_DURATION),
	  "how long it took: 45m, 1h, 1h30m" },
	{ OPT_PRIVATE, "private", NULL, O(OPT_PRIVATE),
	  "keep it out of shared reports (--share)" },
	{ OPT_TAG, "tag", "tag", O(OPT_TAG), "a tag, repeatable; list: "
	  "entries with the tag" },
	{ 'm', "message", "text", O_MSG, "a paragraph of the body, "
	  "repeatable" },
	{ 'F', "file", "file", O_FILE, "the body from a file, - for "
	  "standard input" },
	{ OPT_SINCE, "since", "date", O(OPT_SINCE), "from date on" },
	{ OPT_UNTIL, "until", "date", O(OPT_UNTIL), "up to date" },
	{ OPT_PERIOD, "period", "period", O(OPT_PERIOD),
	  "within a period: 2026, 2026-Q4, 2026-11, 2026-W47, this-month..." },
	{ OPT_AUTHOR, "author", "name", O(OPT_AUTHOR),
	  "entries whose author is name" },
	{ OPT_GREP, "grep", "regex", O(OPT_GREP),
	  "entries whose title or body matches (PCRE2)" },
	{ OPT_OPEN, "open", NULL, O(OPT_OPEN),
	  "open and started items (the default)" },
	{ OPT_DONE, "done", NULL, O(OPT_DONE), "done items" },
	{ OPT_ALL, "all", NULL, O(OPT_ALL), "items of every status" },
	{ OPT_OVERDUE, "overdue", NULL, O(OPT_OVERDUE),
	  "overdue items only" },
	{ OPT_MATCH, "match", "text", O(OPT_MATCH),
	  "the item whose text holds text (case-insensitive)" },
	{ 0, NULL, NULL, 0, NULL }
};

static const char kinds[] = "check-in|meeting|feedback|note|win|reflection";

static struct opts	 o;
static const char	*date_opt, *kind, *duration, *since_opt, *until_opt,
			*period_opt, *author, *grep, *match, *body_file;
static char		**with, **goals, **rates, **tags, **msgs;
static size_t		 nwith, ngoals, nrates, ntags, nmsgs;
static int		 private_flag, overdue_flag;
static int		 which = OPT_OPEN;	/* actions: --open, --done, --all */
static mdate		 today;

static void
check_kind(const char *v)
{
	if (v != NULL && !schema_in_set(v, kinds))
		errx(EX_USAGE, "--kind: unknown value '%s' (one of: check-in, "
		    "meeting, feedback, note, win, reflection)", v);
}

/*
 * --rate skill=N, given for several skills: each checked, and a skill
 * rated twice is one rating when the numbers agree, exit 64 when not.
 * Returns how many ratings are left.
 */
static size_t
rates_each(char **v, size_t n)
{
	const char	*eq, *eq2;
	size_t		 i, k, m = 0, len;

	for (i = 0; i < n; i++) {
		eq = strchr(v[i], '=');
		if (eq == NULL || eq == v[i] || rating_value(eq + 1) == 0)
			errx(EX_USAGE, "--rate: want skill=N with N a whole "
			    "number from 1 to 5, not '%s'", v[i]);
		len = (size_t)(eq - v[i]);
		for (k = 0; k < m; k++) {
			eq2 = strchr(v[k], '=');
			if ((size_t)(eq2 - v[k]) == len &&
			    memcmp(v[k], v[i], len) == 0)
				break;
		}
		if (k == m)
			v[m++] = v[i];
		else if (rating_value(eq2 + 1) != rating_value(eq + 1))
			errx(EX_USAGE, "--rate: '%.*s' given twice (%d, then "
			    "%d)", (int)len, v[i], rating_value(eq2 + 1),
			    rating_value(eq + 1));
	}
	return m;
}

/* The template an entry is written on in an editor. */
static const char template[] =
    "## Agenda\n\n\n## Notes\n\n\n## Feedback\n\n\n## Action items\n\n";

static int
cmd_add(const struct sub *s, struct journal *j, int argc, char **argv)
{
	struct buf	 rec = BUF_INIT, body = BUF_INIT, stem = BUF_INIT;
	char		 ds[DATE_STRLEN], *dir, *made = NULL, *who, *id;
	char		*title;
	const char	*k = kind ? kind : "note";
	mdate		 d = today;
	size_t		 i, tn;
	int		 rc = 0, n, y, mo, dd;

	check_kind(kind);
	if (date_opt != NULL)
		d = date_arg("--date", date_opt, today, j->set.week_start);
	title = argc == 1 ? argv[0] : (char *)k;
	while (*title == ' ' || *title == '\t')
		title++;
	tn = strlen(title);
	while (tn > 0 && (title[tn - 1] == ' ' || title[tn - 1] == '\t'))
		tn--;
	if (tn == 0)
		errx(EX_USAGE, "the title is empty");
	title = xstrndup(title, tn);
	if (strpbrk(title, "\r\n") != NULL || !utf8_valid(title, tn, NULL))
		errx(EX_USAGE, "the title must be one line of UTF-8 text");
	if (duration != NULL && !duration_ok(duration))
		errx(EX_USAGE, "--duration: '%s' is not a duration (like 45m, "
		    "1h or 1h30m)", duration);
	nrates = rates_each(rates, nrates);
	for (i = 0; i < nmsgs; i++)
		if (!utf8_valid(msgs[i], strlen(msgs[i]), NULL))
			errx(EX_USAGE, "-m: not valid UTF-8; nothing written");
	if (nmsgs > 0 && body_file != NULL)
		errx(EX_USAGE, "-m and -F do not go together");
	/* Never read a script's stdin unasked, never wait on it. */
	if (nmsgs == 0 && body_file == NULL && !isatty(STDIN_FILENO))
		errx(EX_USAGE, "no body: use -m, -F FILE or -F -");

	/* Check every reference before touching anything; each goes once. */
	nwith = ids_each(j, R_PERSON, with, nwith);
	ngoals = ids_each(j, R_GOAL, goals, ngoals);
	ntags = words_each(tags, ntags);

	if (nmsgs > 0) {
		for (i = 0; i < nmsgs; i++) {
			if (i > 0)
				buf_addch(&body, '\n');
			buf_addstr(&body, msgs[i]);
			if (body.len > 0 && body.buf[body.len - 1] != '\n')
				buf_addch(&body, '\n');
		}
	} else if (body_file != NULL)
		rc = compose_read(body_file, &body);
	else
		rc = compose_edit(template, &body);
	if (rc == 0 && compose_blank(&body)) {
		warnx("empty body; nothing written");
		rc = EX_PROBLEM;
	}
	if (rc != 0)
		goto out;
	if (body.buf[body.len - 1] != '\n')
		buf_addch(&body, '\n');

	date_format(d, ds);
	buf_addstr(&rec, "---\n");
	yaml_kv(&rec, "title", title);
	yaml_kv(&rec, "date", ds);
	yaml_kv(&rec, "kind", k);
	/* Ahead of its day it is planned, and held only once written up. */
	if (d > today)
		buf_addstr(&rec, "planned: true\n");
	yaml_kvlist(&rec, "with", with, nwith);
	if (duration != NULL)
		yaml_kv(&rec, "duration", duration);
	yaml_kvlist(&rec, "goals", goals, ngoals);
	if (nrates > 0) {
		buf_addstr(&rec, "ratings: {");
		for (i = 0; i < nrates; i++) {
			char *sk = xstrndup(rates[i], (size_t)(strchr(rates[i],
			    '=') - rates[i]));

			buf_addstr(&rec, i ? ", " : "");
			yaml_scalar(&rec, sk);
			buf_addf(&rec, ": %d", rating_value(strchr(rates[i],
			    '=') + 1));
			free(sk);
		}
		buf_addstr(&rec, "}\n");
	}
	if (private_flag)
		buf_addstr(&rec, "private: true\n");	/* a YAML boolean */
	yaml_kvlist(&rec, "tags", tags, ntags);
	who = author_name(*j->root ? j->root : NULL);
	yaml_kv(&rec, "author", who);
	buf_addstr(&rec, "---\n");
	buf_add(&rec, body.buf, body.len);
	if ((rc = compose_dates(&rec, today, j->set.week_start, nmsgs > 0 ?
	    EX_USAGE : EX_DATAERR)) != 0) {
		free(who);
		goto out;
	}

	buf_addf(&stem, "%s-", ds);
	slug_make(title, "note", &stem);
	if (j->set.shared) {
		/* Clones of a shared journal never make the same name. */
		buf_addstr(&stem, "--");
		slug_make(who, "author", &stem);
	}
	free(who);
	date_to_ymd(d, &y, &mo, &dd);
	xasprintf(&id, "log/%04d", y);
	rc = file_create(j, id, stem.buf, ".md", rec.buf, rec.len, &made);
	free(id);
	if (rc == 0 && !o.quiet) {
		dir = journal_path(j, made);
		path_put(stdout, dir, o.nul);
		free(dir);
	}
	free(made);
out:
	n = (int)nwith;
	while (n-- > 0)
		free(with[n]);
	n = (int)ngoals;
	while (n-- > 0)
		free(goals[n]);
	nwith = ngoals = 0;
	free(title);
	buf_release(&rec);
	buf_release(&body);
	buf_release(&stem);
	return rc;
}


/* What list and actions filter on. */
struct filter {
	struct period	 period;
	char		*with;		/* full person id */
	char		*goal;		/* full goal id */
	const char	*tag;
	struct ure	*re;
};

static struct filter	 flt;
static int		 nwhich;

static void
filter_args(struct journal *j)
{
	size_t	 i;

	memset(&flt, 0, sizeof(flt));
	period_args(&flt.period, period_opt, since_opt, until_opt, today,
	    j->set.week_start);
	check_kind(kind);
	/* Filters take one value each (again is fine when it is the same). */
	for (i = 0; i < ntags; i++)
		opt_once(&flt.tag, "--tag", tags[i]);
	flt.with = id_once(j, R_PERSON, "--with", with, nwith);
	flt.goal = id_once(j, R_GOAL, "--goal", goals, ngoals);
	if (grep != NULL)
		flt.re = ure_compile(grep, o.icase);
}

static void
filter_release(void)
{
	free(flt.with);
	free(flt.goal);
	ure_free(flt.re);
}

/* Is the entry's date in the period asked for? */
static int
in_period(const struct entry *e)
{
	if (flt.period.since == DATE_NONE && flt.period.until == DATE_NONE)
		return 1;
	return e->date != DATE_NONE && period_contains(&flt.period, e->date);
}

/*
 * list: does the entry pass the filters?  --grep matches its title or its
 * body (on any thread: the doc is there).
 */
static int
list_keep(void *ctx, const struct rec *r, void *m, const struct doc *d)
{
	const struct entry *e = m;
	const char	*body;
	size_t		 blen;

	(void)ctx;
	if (r->type != R_ENTRY)
		return 1;
	if (!in_period(e) ||
	    (kind != NULL && strcmp(e->kind, kind) != 0) ||
	    (flt.with != NULL && !strv_has(e->with, e->nwith, flt.with)) ||
	    (flt.goal != NULL && !strv_has(e->goals, e->ngoals, flt.goal)) ||
	    (flt.tag != NULL && !strv_has(e->tags, e->ntags, flt.tag)) ||
	    (author != NULL && (e->author == NULL ||
	    strcmp(e->author, author) != 0)))
		return 0;
	if (flt.re == NULL)
		return 1;
	doc_body(d, &body, &blen);
	return ure_match(flt.re, e->title, strlen(e->title)) ||
	    ure_match(flt.re, body, blen);
}

struct lister {
	struct out	 out;
	struct scan	*s;
	size_t		 rows;
};

static void
list_entry(void *ctx, const struct entry *e)
{
	struct lister	*l = ctx;
	struct out	*out = &l->out;

	/* -n limits what is printed; the journal is still read whole. */
	if (o.limit >= 0 && l->rows >= (size_t)o.limit)
		return;
	out_row(out);
	out_str(out, "path", e->path, O_J | O_P);
	out_str(out, "id", e->id, O_ALL);
	out_date(out, "date", e->date, O_ALL);
	out_str(out, "kind", e->kind, O_ALL);
	out_strv(out, "with", e->with, e->nwith, O_ALL);
	out_str(out, "title", e->title, O_ALL);
	out_end(out);
	l->rows++;
}

static const char *const list_tsv[] = { "id", "date", "kind", "with",
	"title" };
static const struct ocol list_cols[] = {
	{ "id", O_DROP(2) }, { "date", 0 }, { "kind", O_DROP(1) },
	{ "with", O_FLEX }, { "title", O_FLEX }
};

/* Read the journal (or the entries given) for list and actions. */
/*
 * Read the entries named (or all) into l, whose output is ready: keep
 * filters a record, entry prints it.  No row at all is 1.
 */
static int
lister_run(struct journal *j, int argc, char **argv, struct lister *l,
    int (*keep)(void *, const struct rec *, void *, const struct doc *),
    void (*entry)(void *, const struct entry *))
{
	struct reclist	 args = { NULL, 0, 0 };
	struct scan	 s;
	int		 rc = 0;

	if (argc > 0)
		rc = journal_args(j, RT_MASK(R_ENTRY), argc, argv, o.nul, &args);
	scan_init(&s, j, today);
	s.only = argc > 0 ? &args : NULL;
	l->s = &s;
	s.ctx = l;
	s.keep = keep;
	s.entry = entry;
	s.reverse = o.reverse;
	rc = status_merge(rc, scan_run(&s));
	out_done(&l->out);
	if (rc == 0 && l->rows == 0)
		rc = EX_PROBLEM;
	scan_release(&s);
	filter_release();
	reclist_release(&args);
	return rc;
}

static int
cmd_list(const struct sub *sub, struct journal *j, int argc, char **argv)
{
	struct lister	 l;

	(void)sub;
	filter_args(j);
	memset(&l, 0, sizeof(l));
	out_init(&l.out, opts_fmt(&o, FMT_PATHS), &o);
	if (l.out.fmt == FMT_MD)
		errx(EX_USAGE, "lists print text, paths, tsv, json or jsonl, "
		    "not md");
	out_rows(&l.out, list_tsv, 5, list_cols, 5);
	return lister_run(j, argc, argv, &l, list_keep, list_entry);
}

/* Does an action item pass --open/--done/--all, --overdue and --with? */
static int
action_wanted(const struct item *t, int with_hit)
{
	if ((which == OPT_OPEN && !task_status_live(t->status)) ||
	    (which == OPT_DONE && t->status != TASK_DONE) ||
	    (overdue_flag && !t->overdue))
		return 0;
	return with_hit || strv_has(t->people, t->npeople, flt.with);
}

/* actions: an entry of the period with an item wanted. */
static int
actions_keep(void *ctx, const struct rec *r, void *m, const struct doc *d)
{
	const struct entry *e = m;
	size_t	 i;
	int	 with_hit;

	(void)ctx;
	(void)d;
	if (r->type != R_ENTRY)
		return 1;
	with_hit = flt.with == NULL || strv_has(e->with, e->nwith, flt.with);
	if (!in_period(e))
		return 0;
	for (i = 0; i < e->nitems; i++)
		if (action_wanted(&e->items[i], with_hit))
			return 1;
	return 0;
}

static void
actions_entry(void *ctx, const struct entry *e)
{
	struct lister		*l = ctx;
	struct out		*out = &l->out;
	const struct item	*t;
	size_t			 i;
	int			 with_hit = flt.with == NULL ||
				    strv_has(e->with, e->nwith, flt.with);

	for (i = 0; i < e->nitems; i++) {
		t = &e->items[i];
		if (!action_wanted(t, with_hit))
			continue;
		l->rows++;
		out_row(out);
		out_str(out, "entry", e->id, O_D);
		out_str(out, "path", e->path, O_D | O_V);
		out_text(out, O_V, ":");
		out_int(out, "line", t->line, O_D | O_V);
		out_text(out, O_V, ": [%c] ", t->status);
		out_str(out, "status", task_status_word(t->status), O_D);
		out_str(out, "text", t->text, O_ALL);
		out_date(out, "due", t->due, O_D);
		out_strv(out, "people", t->people, t->npeople, O_D);
		out_strv(out, "tags", t->tags, t->ntags, O_D);
		out_intn(out, "age_days", e->date != DATE_NONE ? today -
		    e->date : 0, e->date != DATE_NONE, O_D);
		out_bool(out, "overdue", t->overdue, O_D);
		out_nl(out, O_V);
		out_end(out);
	}
}

static const char *const actions_tsv[] = { "entry", "path", "line",
	"status", "text", "due", "people", "tags", "age_days", "overdue" };

static int
cmd_actions(const struct sub *sub, struct journal *j, int argc, char **argv)
{
	struct lister	 l;

	(void)sub;
	filter_args(j);
	memset(&l, 0, sizeof(l));
	/*
	 * A line an item, "path:line: [ ] text", on a terminal or not: the
	 * path of an item is that line (it feeds done and the readers).
	 */
	out_init(&l.out, o.fmt == FMT_NONE || o.fmt == FMT_PATHS ? FMT_TEXT :
	    o.fmt, &o);
	if (l.out.fmt == FMT_MD)
		errx(EX_USAGE, "actions prints text, paths, tsv, json or jsonl, "
		    "not md");
	out_rows(&l.out, actions_tsv, 10, NULL, 0);
	return lister_run(j, argc, argv, &l, actions_keep, actions_entry);
}

/*
 * The entry shown alone: in text a header, then the body; in md a title
 * and a list of its fields, then the body; in JSON every field.
 */
static void
show(struct out *out, const struct entry *e, struct doc *d)
{
	const char	*body;
	size_t		 blen, i;

	doc_body(d, &body, &blen);
	out_doc(out);
	out_str(out, "id", e->id, O_J);
	out_str(out, "path", e->path, O_J);
	out_text(out, O_T, "%s: ", e->id);
	out_text(out, O_M, "# ");
	out_str(out, "title", e->title, O_ALL);
	out_nl(out, O_V);
	out_blank(out, O_M);
	out_text(out, O_T, "  ");
	if (e->date != DATE_NONE)
		out_text(out, O_M, "- date: ");
	out_date(out, "date", e->date, O_ALL);
	if (e->date == DATE_NONE)
		out_text(out, O_T, "(no date)");
	out_nl(out, O_M);
	out_text(out, O_T, ", ");
	out_text(out, O_M, "- kind: ");
	out_str(out, "kind", e->kind, O_ALL);
	out_nl(out, O_M);
	if (e->nwith > 0) {
		out_text(out, O_T, " with ");
		out_text(out, O_M, "- with: ");
		for (i = 0; i < e->nwith; i++)
			out_text(out, O_V, "%s%s", i ? ", " : "", e->with[i]);
		out_nl(out, O_M);
	}
	out_strv(out, "with", e->with, e->nwith, O_J);
	if (e->duration != NULL) {
		out_text(out, O_T, ", ");
		out_text(out, O_M, "- duration: ");
	}
	out_str(out, "duration", e->duration, O_ALL);
	out_nl(out, O_M);
	if (e->private) {
		out_text(out, O_T, ", private");
		out_text(out, O_M, "- private");
		out_nl(out, O_M);
	}
	out_nl(out, O_T);
	out_strv(out, "goals", e->goals, e->ngoals, O_J);
	if (e->ngoals > 0) {
		out_bullet(out);
		out_text(out, O_V, "goals: ");
		for (i = 0; i < e->ngoals; i++)
			out_text(out, O_V, "%s%s", i ? ", " : "", e->goals[i]);
		out_nl(out, O_V);
	}
	if (e->nratings > 0) {
		out_bullet(out);
		out_text(out, O_V, "ratings: ");
		for (i = 0; i < e->nratings; i++)
			out_text(out, O_V, "%s%s %d", i ? ", " : "",
			    e->ratings[i].skill, e->ratings[i].value);
		out_nl(out, O_V);
	}
	/* A rating's skill is data, an id to match: kept as written. */
	out_obj(out, "ratings", O_J);
	for (i = 0; i < e->nratings; i++)
		out_int(out, e->ratings[i].skill, e->ratings[i].value,
		    O_J | O_KEY);
	out_end(out);
	out_bool(out, "private", e->private, O_J);
	out_strv(out, "tags", e->tags, e->ntags, O_J);
	if (e->ntags > 0) {
		out_bullet(out);
		out_text(out, O_V, "tags: ");
		for (i = 0; i < e->ntags; i++)
			out_text(out, O_V, "%s%s", i ? ", " : "", e->tags[i]);
		out_nl(out, O_V);
	}
	out_str(out, "author", e->author, O_J);
	out_list(out, "actions", O_J);
	for (i = 0; i < e->nitems; i++) {
		out_row(out);
		out_int(out, "line", e->items[i].line, O_J);
		out_str(out, "status", task_status_word(e->items[i].status),
		    O_J);
		out_str(out, "text", e->items[i].text, O_J);
		out_date(out, "due", e->items[i].due, O_J);
		out_date(out, "done", e->items[i].done, O_J);
		out_bool(out, "overdue", e->items[i].overdue, O_J);
		out_end(out);
	}
	out_end(out);
	out_strn(out, "body", body, blen, O_J);
	if (blen > 0) {
		out_blank(out, O_V);
		out_raw(out, O_V, body, blen);
	}
}

static int
cmd_show(const struct sub *sub, struct journal *j, int argc, char **argv)
{
	struct rec		 r;
	struct doc		 d;
	struct doc_error	 err;
	struct vctx		 cx;
	struct entry		*e;
	struct out		 out;
	char			*path;
	int			 rc, fmt = o.fmt == FMT_NONE ? FMT_TEXT : o.fmt;

	if (fmt != FMT_TEXT && fmt != FMT_JSON && fmt != FMT_MD)
		errx(EX_USAGE, "show prints text, json or md, not %s",
		    fmt_name(fmt));
	if ((rc = journal_resolve(j, RT_MASK(R_ENTRY), argv[0], &r)) != 0)
		return rc;
	path = journal_path(j, r.rel);
	if ((rc = doc_loadat(&d, j->dirfd, r.rel, path, &err)) != 0)
		diag(path, err.line, err.col, "%s", err.msg);
	else {
		validate_prepare(j);
		memset(&cx, 0, sizeof(cx));
		cx.j = j;
		cx.enabled = reader_checks;
		e = model_entry(&d, &r, path, today, 0, &cx);
		vctx_warn(&cx, path);
		out_init(&out, fmt, &o);
		show(&out, e, &d);
		out_done(&out);
		entry_free(e);
		vctx_release(&cx);
	}
	doc_free(&d);
	free(path);
	rec_release(&r);
	return rc;
}

static int
cmd_task(const struct sub *sub, struct journal *j, int argc, char **argv)
{
	static const char *const acts[] = { "done", "start", "drop",
	    "reopen" };
	int	 a;

	for (a = 0; strcmp(acts[a], sub->name) != 0; a++)
		;
	return recop_task(j, RT_MASK(R_ENTRY), argv[0], match, a, &o);
}

static int
cmd_set(const struct sub *sub, struct journal *j, int argc, char **argv)
{
	return recop_cmd(sub, j, R_ENTRY, argc, argv, &o);
}

/* A local option: its bit for the subcommand's check, 0 if not ours. */
static unsigned
option(int c, const char *arg)
{
	switch (c) {
	case 'F':
		opt_once(&body_file, "-F", arg);
		return O_FILE;
	case 'm':
		strv_push(&msgs, &nmsgs, arg);
		return O_MSG;
	case OPT_ALL:
	case OPT_DONE:
	case OPT_OPEN:
		if (nwhich++ > 0 && which != c)
			errx(EX_USAGE, "give one of --open, --done and --all");
		which = c;
		break;
	case OPT_AUTHOR:
		opt_once(&author, "--author", arg);
		break;
	case OPT_DATE:
		opt_once(&date_opt, "--date", arg);
		break;
	case OPT_DURATION:
		opt_once(&duration, "--duration", arg);
		break;
	case OPT_GOAL:
		strv_push(&goals, &ngoals, arg);
		break;
	case OPT_GREP:
		opt_once(&grep, "--grep", arg);
		break;
	case OPT_KIND:
		opt_once(&kind, "--kind", arg);
		break;
	case OPT_MATCH:
		opt_once(&match, "--match", arg);
		break;
	case OPT_OVERDUE:
		overdue_flag = 1;
		break;
	case OPT_PERIOD:
		opt_once(&period_opt, "--period", arg);
		break;
	case OPT_PRIVATE:
		private_flag = 1;
		break;
	case OPT_RATE:
		strv_push(&rates, &nrates, arg);
		break;
	case OPT_SINCE:
		opt_once(&since_opt, "--since", arg);
		break;
	case OPT_TAG:
		strv_push(&tags, &ntags, arg);
		break;
	case OPT_UNTIL:
		opt_once(&until_opt, "--until", arg);
		break;
	case OPT_WITH:
		strv_push(&with, &nwith, arg);
		break;
	default:
		return 0;
	}
	return O(c);
}

int
main(int argc, char *argv[])
{
	static const struct program prog = {
		"Entries of a mentor journal: check-ins, notes, wins, and "
		"their action items.",
		subs, NSUBS, opts, option, NULL
	};

	today = date_today();
	return prog_main(&prog, &o, argc, argv);
}
