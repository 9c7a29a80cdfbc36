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

enum {
	OPT_DATE = OPT_FIRST_LOCAL, OPT_KIND, OPT_WITH, OPT_GOAL, OPT_RATE,
	OPT_DURATION, OPT_PRIVATE, OPT_TAG, OPT_SINCE, OPT_UNTIL, OPT_PERIOD,
	OPT_AUTHOR, OPT_GREP, OPT_OPEN, OPT_DONE, OPT_ALL, OPT_OVERDUE,
	OPT_MATCH
};
#define O(x)	(1U << ((x) - OPT_FIRST_LOCAL))
#define O_MSG	(1U << 24)
#define O_FILE	(1U << 25)

static const struct sub subs[] = {
	{ "add", O(OPT_DATE) | O(OPT_KIND) | O(OPT_WITH) | O(OPT_GOAL) |
	    O(OPT_RATE) | O(OPT_DURATION) | O(OPT_PRIVATE) | O(OPT_TAG) |
	    O_MSG | O_FILE,
	  "add [title] [--date date] [--kind kind] [--with id]...\n"
	  "           [--goal id]... [--rate skill=n]... [--duration 45m] "
	  "[--private]\n"
	  "           [--tag tag]... [-m text]... [-F file | -F -]" },
	{ "list", O(OPT_SINCE) | O(OPT_UNTIL) | O(OPT_PERIOD) | O(OPT_WITH) |
	    O(OPT_KIND) | O(OPT_GOAL) | O(OPT_TAG) | O(OPT_AUTHOR) |
	    O(OPT_GREP) | O_I | O_R | O_N,
	  "list [-0iqr] [--since date] [--until date] [--period period]\n"
	  "           [--with id] [--kind kind] [--goal id] [--tag tag] "
	  "[--author name]\n"
	  "           [--grep regex] [-n n] [-f format] [entry ... | -]" },
	{ "show", 0, "show entry [-f text|json|md]" },
	{ "actions", O(OPT_OPEN) | O(OPT_DONE) | O(OPT_ALL) | O(OPT_WITH) |
	    O(OPT_SINCE) | O(OPT_UNTIL) | O(OPT_PERIOD) | O(OPT_OVERDUE),
	  "actions [-0q] [--open | --done | --all] [--overdue]\n"
	  "           [--with id] [--since date] [--until date] "
	  "[--period period]\n"
	  "           [-f format] [entry ... | -]" },
	{ "done", O(OPT_MATCH), "done entry:line | entry#n | entry --match text" },
	{ "start", O(OPT_MATCH),
	  "start entry:line | entry#n | entry --match text" },
	{ "drop", O(OPT_MATCH), "drop entry:line | entry#n | entry --match text" },
	{ "reopen", O(OPT_MATCH),
	  "reopen entry:line | entry#n | entry --match text" },
	{ "set", 0, "set entry key=value..." },
	{ "edit", 0, "edit entry" },
};
#define NSUBS	(sizeof(subs) / sizeof(subs[0]))

static const struct optname optnames[] = {
	{ O(OPT_DATE), "--date" }, { O(OPT_KIND), "--kind" },
	{ O(OPT_WITH), "--with" }, { O(OPT_GOAL), "--goal" },
	{ O(OPT_RATE), "--rate" }, { O(OPT_DURATION), "--duration" },
	{ O(OPT_PRIVATE), "--private" }, { O(OPT_TAG), "--tag" },
	{ O(OPT_SINCE), "--since" }, { O(OPT_UNTIL), "--until" },
	{ O(OPT_PERIOD), "--period" }, { O(OPT_AUTHOR), "--author" },
	{ O(OPT_GREP), "--grep" }, { O(OPT_OPEN), "--open" },
	{ O(OPT_DONE), "--done" }, { O(OPT_ALL), "--all" },
	{ O(OPT_OVERDUE), "--overdue" }, { O(OPT_MATCH), "--match" },
	{ O_MSG, "-m" }, { O_FILE, "-F" }, { O_I, "-i" }, { O_R, "-r" },
	{ O_N, "-n" }
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

/* The period from --period or --since/--until (open bounds allowed). */
static void
period_args(const struct journal *j, struct period *p)
{
	p->since = p->until = DATE_NONE;
	if (period_opt != NULL) {
		if (since_opt != NULL || until_opt != NULL)
			errx(EX_USAGE, "--period does not go with --since or "
			    "--until");
		if (period_parse(period_opt, today, j->set.week_start, p) != 0)
			errx(EX_USAGE, "--period: bad period '%s' (2026, "
			    "2026-11, 2026-Q4, 2026-W47, this-month, "
			    "last-week...)", period_opt);
		return;
	}
	if (since_opt != NULL)
		p->since = date_arg("--since", since_opt, today,
		    j->set.week_start);
	if (until_opt != NULL)
		p->until = date_arg("--until", until_opt, today,
		    j->set.week_start);
}

/* Name a body's source in messages: standard input, or 'FILE'. */
static char *
source_name(const char *file)
{
	char	*s;

	if (strcmp(file, "-") == 0)
		return xstrdup("standard input");
	xasprintf(&s, "'%s'", file);
	return s;
}

/*
 * Read a body from a file or stdin, refusing what is not text: a NUL
 * byte, invalid UTF-8, more than a record may hold.
 */
static int
read_body(const char *file, const char *name, struct buf *b)
{
	char	 chunk[8192];
	ssize_t	 n;
	size_t	 bad;
	int	 fd, rc = 0;

	if (strcmp(file, "-") == 0)
		fd = STDIN_FILENO;
	else if ((fd = open(file, O_RDONLY | O_CLOEXEC)) == -1) {
		warn("cannot read %s", name);
		return errno == ENOENT ? EX_NOINPUT : EX_IOERR;
	}
	while ((n = read(fd, chunk, sizeof(chunk))) != 0) {
		if (n == -1 && errno == EINTR)
			continue;
		if (n == -1) {
			warn("cannot read %s", name);
			rc = EX_IOERR;
			break;
		}
		buf_add(b, chunk, (size_t)n);
		if (b->len > RECORD_MAX) {
			warnx("%s is over 16 MiB; nothing written", name);
			rc = EX_DATAERR;
			break;
		}
	}
	if (fd != STDIN_FILENO)
		close(fd);
	if (rc != 0)
		return rc;
	if (memchr(b->buf, '\0', b->len) != NULL) {
		warnx("%s holds a NUL byte (byte %zu): not text; nothing "
		    "written", name, (size_t)((char *)memchr(b->buf, '\0',
		    b->len) - b->buf) + 1);
		return EX_DATAERR;
	}
	if (!utf8_valid(b->buf, b->len, &bad)) {
		warnx("%s is not valid UTF-8 (byte %zu); nothing written",
		    name, bad + 1);
		return EX_DATAERR;
	}
	return 0;
}

static const char template[] =
    "## Agenda\n\n\n## Notes\n\n\n## Feedback\n\n\n## Action items\n\n";

/* Nothing but white space. */
static int
only_space(const struct buf *b)
{
	size_t	 i;

	for (i = 0; i < b->len; i++)
		if (!isspace((unsigned char)b->buf[i]))
			return 0;
	return 1;
}

/* Nothing but blank lines and headings: a template left empty. */
static int
only_headings(const struct buf *b)
{
	const char	*p = b->buf, *e, *end = b->buf + b->len;

	for (; p < end; p = e + 1) {
		if ((e = memchr(p, '\n', (size_t)(end - p))) == NULL)
			e = end;
		while (p < e && isspace((unsigned char)*p))
			p++;
		if (p < e && *p != '#')
			return 0;
	}
	return 1;
}

/*
 * The body from $VISUAL/$EDITOR on a template; 1 when the editor fails
 * or the template comes back untouched or with nothing but its headings.
 */
static int
edit_body(struct buf *b)
{
	char	*tmp;
	int	 fd, rc;

	xasprintf(&tmp, "%s/mentor-log-XXXXXX.md", env_get("TMPDIR") ?
	    env_get("TMPDIR") : "/tmp");
	if ((fd = mkstemps(tmp, 3)) == -1) {
		warn("cannot make a template to edit");
		free(tmp);
		return EX_CANTCREAT;
	}
	if (write(fd, template, sizeof(template) - 1) !=
	    (ssize_t)(sizeof(template) - 1) || close(fd) == -1) {
		warn("cannot write '%s'", tmp);
		unlink(tmp);
		free(tmp);
		return EX_IOERR;
	}
	if (editor_run(tmp) != 0)
		rc = EX_PROBLEM;
	else if ((rc = read_body(tmp, "the edited template", b)) == 0 &&
	    only_headings(b)) {
		warnx("the template is %s; nothing written",
		    b->len == sizeof(template) - 1 && memcmp(b->buf, template,
		    b->len) == 0 ? "untouched" : "empty");
		rc = EX_PROBLEM;
	}
	unlink(tmp);
	free(tmp);
	return rc;
}

/*
 * Files hold absolute dates only: in the task items of a new record,
 * found as every reader finds them (fenced code left alone), turn
 * due:tomorrow, due:+3d, done:friday into YYYY-MM-DD.  A date that is
 * no date is refused with status bad.
 */
static int
absolute_dates(struct buf *rec, const struct journal *j, int bad)
{
	struct doc		 d;
	struct doc_error	 e;
	struct buf		 out = BUF_INIT;
	const struct task	*t;
	const char		*p, *end;
	char			 ds[DATE_STRLEN], *v;
	size_t			 i, k, n, pos = 0;
	mdate			 x;
	int			 rc = 0;

	if (doc_parse(&d, "new entry", xstrndup(rec->buf, rec->len),
	    rec->len, &e) != 0) {
		warnx("the new entry would not read back (line %u: %s); "
		    "nothing written", e.line, e.msg);
		doc_free(&d);
		return EX_DATAERR;
	}
	for (i = 0; i < d.ntasks; i++) {
		t = &d.tasks[i];
		end = d.data + t->eol;
		for (p = d.data + t->box + 2; p < end; p++) {
			if (!isspace((unsigned char)p[-1]))
				continue;
			if (end - p >= 4 && memcmp(p, "due:", 4) == 0)
				k = 4;
			else if (end - p >= 5 && memcmp(p, "done:", 5) == 0)
				k = 5;
			else
				continue;
			for (n = k; p + n < end && !isspace((unsigned char)p[n]);
			    n++)
				;
			/* As readers do: "due:friday." ends a sentence. */
			while (n > k && strchr(".,;:)!?", p[n - 1]) != NULL)
				n--;
			v = xstrndup(p + k, n - k);
			if (date_iso(v, n - k, &x) == 0)
				;
			else if (date_parse(v, today, j->set.week_start, &x)
			    != 0) {
				warnx("bad date '%.*s' in an action item "
				    "(YYYY-MM-DD, today, +3d, friday...); "
				    "nothing written", (int)n, p);
				rc = bad;
			} else {
				date_format(x, ds);
				buf_add(&out, d.data + pos,
				    (size_t)(p + k - d.data) - pos);
				buf_addstr(&out, ds);
				pos = (size_t)(p + n - d.data);
			}
			free(v);
			p += n - 1;
		}
	}
	buf_add(&out, d.data + pos, d.len - pos);
	doc_free(&d);
	buf_release(rec);
	*rec = out;
	return rc;
}

static int
cmd_add(struct journal *j, int argc, char **argv)
{
	struct buf	 rec = BUF_INIT, body = BUF_INIT, stem = BUF_INIT;
	char		 ds[DATE_STRLEN], *dir, *made = NULL, *who, *id, *name;
	char		*title;
	const char	*k = kind ? kind : "note", *eq;
	mdate		 d = today;
	size_t		 i, tn;
	int		 rc = 0, n, y, mo, dd;

	if (argc > 1)
		sub_usage(subs, NSUBS, &subs[0], 1);
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
	for (i = 0; i < nrates; i++) {
		eq = strchr(rates[i], '=');
		if (eq == NULL || eq == rates[i] || rating_value(eq + 1) == 0)
			errx(EX_USAGE, "--rate: want skill=N with N a whole "
			    "number from 1 to 5, not '%s'", rates[i]);
	}
	for (i = 0; i < nmsgs; i++)
		if (!utf8_valid(msgs[i], strlen(msgs[i]), NULL))
			errx(EX_USAGE, "-m: not valid UTF-8; nothing written");
	if (nmsgs > 0 && body_file != NULL)
		errx(EX_USAGE, "-m and -F do not go together");
	/* Never read a script's stdin unasked, never wait on it. */
	if (nmsgs == 0 && body_file == NULL && !isatty(STDIN_FILENO))
		errx(EX_USAGE, "no body: use -m, -F FILE or -F -");

	/* Check every reference before touching anything. */
	for (i = 0; i < nwith; i++)
		with[i] = id_arg(j, R_PERSON, with[i]);
	for (i = 0; i < ngoals; i++)
		goals[i] = id_arg(j, R_GOAL, goals[i]);

	if (nmsgs > 0) {
		for (i = 0; i < nmsgs; i++) {
			if (i > 0)
				buf_addch(&body, '\n');
			buf_addstr(&body, msgs[i]);
			if (body.len > 0 && body.buf[body.len - 1] != '\n')
				buf_addch(&body, '\n');
		}
	} else if (body_file != NULL) {
		name = source_name(body_file);
		rc = read_body(body_file, name, &body);
		free(name);
	} else
		rc = edit_body(&body);
	if (rc == 0 && only_space(&body)) {
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
	if ((rc = absolute_dates(&rec, j, nmsgs > 0 ? EX_USAGE :
	    EX_DATAERR)) != 0) {
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
	dir = journal_path(j, id);
	free(id);
	rc = file_create(j->abs, dir, stem.buf, ".md", rec.buf, rec.len,
	    &made);
	if (rc == 0 && !o.quiet)
		path_put(stdout, made, o.nul);
	free(made);
	free(dir);
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

static mdate
entry_date(const struct doc *d)
{
	const char	*v = fm_str(d, "date");
	mdate		 x;

	if (v == NULL || date_iso(v, strlen(v), &x) != 0)
		return DATE_NONE;
	return x;
}

/* What the readers filter on, shared by list and actions. */
struct filter {
	struct period	 period;
	char		*with;		/* full person id */
	char		*goal;		/* full goal id */
	struct ure	*re;
	int		 status;	/* worst status seen, under lock */
};

/* Report a record that cannot be read; readers go on with the rest. */
struct broken {
	int		 rc;
	unsigned	 line, col;
	char		 msg[256];
};

/*
 * Why a record could not be read or parsed.  Kept apart from the rows,
 * which wait a folder at a time and are mostly whole.
 */
static struct broken *
broken_new(int rc, const struct doc_error *e)
{
	struct broken	*b = xmalloc(sizeof(*b));

	b->rc = rc;
	b->line = e->line;
	b->col = e->col;
	snprintf(b->msg, sizeof(b->msg), "%s", e->msg);
	return b;
}

/* One line of `list`: its cells, and what it sorts on. */
struct lrow {
	int		 broken;	/* b says why */
	mdate		 date;
	char		*id;
	char		*cells[5];
	char		**with;		/* the with list, for JSON */
	size_t		 nwith;
	struct broken	*b;		/* only for a broken record */
};

static struct filter	 flt;
static struct lister	 ls;
static int		 stop, nshown, status_all;

static void *
broken_row(int rc, const struct doc_error *e)
{
	struct lrow	*r = xcalloc(1, sizeof(*r));

	r->broken = 1;
	r->date = DATE_NONE;
	r->b = broken_new(rc, e);
	return r;
}

/*
 * Could --grep match the title although it matches nowhere in the raw
 * bytes (a pattern anchored with ^ sees "title: " before the value)?
 * Only a plain one-line title can be tested without parsing; any other
 * form says yes, so that the record is parsed and tested properly.
 */
static int
title_may_match(const char *data, size_t len)
{
	const char	*p = data, *end = data + len, *e, *v;

	for (; p < end; p = e + 1) {
		if ((e = memchr(p, '\n', (size_t)(end - p))) == NULL)
			e = end;
		if (p != data && (size_t)(e - p) >= 3 && memcmp(p, "---", 3) ==
		    0)
			return 0;	/* the front matter ended: no title key */
		if ((size_t)(e - p) < 6 || memcmp(p, "title:", 6) != 0)
			continue;
		for (v = p + 6; v < e && (*v == ' ' || *v == '\t'); v++)
			;
		if (v == e || strchr("'\"|>&*!{[", *v) != NULL ||
		    memchr(v, '#', (size_t)(e - v)) != NULL || e + 1 >= end ||
		    e[1] == ' ' || e[1] == '\t')
			return 1;
		while (e > v && (e[-1] == '\r' || e[-1] == ' '))
			e--;
		return ure_match(flt.re, v, (size_t)(e - v));
	}
	return 0;
}

/*
 * A file whose bytes cannot match the filters is dropped before it is
 * parsed (and so is not reported even if it could not be parsed): the
 * person, goal, kind, tag, author or pattern asked for must appear
 * somewhere in it.
 */
static int
list_pre(void *ctx, const char *data, size_t len)
{
	if ((flt.with != NULL && memmem(data, len, flt.with,
	    strlen(flt.with)) == NULL) ||
	    (flt.goal != NULL && memmem(data, len, flt.goal,
	    strlen(flt.goal)) == NULL) ||
	    (kind != NULL && strcmp(kind, "note") != 0 &&
	    memmem(data, len, kind, strlen(kind)) == NULL) ||
	    (ntags > 0 && memmem(data, len, tags[0], strlen(tags[0])) ==
	    NULL) ||
	    (author != NULL && memmem(data, len, author, strlen(author)) ==
	    NULL))
		return 0;
	return flt.re == NULL || ure_match(flt.re, data, len) ||
	    title_may_match(data, len);
}

/* actions: an entry without an item of the status asked for is skipped. */
static int
actions_pre(void *ctx, const char *data, size_t len)
{
	if (flt.with != NULL && memmem(data, len, flt.with,
	    strlen(flt.with)) == NULL)
		return 0;
	switch (which) {
	case OPT_OPEN:
		return raw_has_box(data, len, " /");
	case OPT_DONE:
		return raw_has_box(data, len, "xX");
	}
	return memchr(data, ']', len) != NULL;
}

static void *
list_look(void *ctx, const struct rec *r, const char *path, struct doc *d,
    int rc, const struct doc_error *e)
{
	struct lrow	*row;
	struct buf	 w = BUF_INIT;
	struct ynode	**items, *one;
	const char	*body, *title;
	size_t		 blen, i, n;
	mdate		 date;

	if (rc != 0)
		return broken_row(rc, e);
	date = entry_date(d);
	if ((flt.period.since != DATE_NONE || flt.period.until != DATE_NONE)
	    && (date == DATE_NONE || !period_contains(&flt.period, date)))
		return NULL;
	if ((kind != NULL && strcmp(fm_str(d, "kind") ? fm_str(d, "kind") :
	    "note", kind) != 0) ||
	    (flt.with != NULL && !fm_has(d, "with", flt.with)) ||
	    (flt.goal != NULL && !fm_has(d, "goals", flt.goal)) ||
	    (ntags > 0 && !fm_has(d, "tags", tags[0])) ||
	    (author != NULL && (fm_str(d, "author") == NULL ||
	    strcmp(fm_str(d, "author"), author) != 0)))
		return NULL;
	title = doc_title(d);
	if (flt.re != NULL) {
		doc_body(d, &body, &blen);
		if (!ure_match(flt.re, title, strlen(title)) &&
		    !ure_match(flt.re, body, blen))
			return NULL;
	}
	row = xcalloc(1, sizeof(*row));
	row->date = date;
	row->id = xstrdup(r->id);
	row->cells[0] = row->id;
	if (date != DATE_NONE) {
		row->cells[1] = xmalloc(DATE_STRLEN);
		date_format(date, row->cells[1]);
	}
	row->cells[2] = fm_str(d, "kind") ? xstrdup(fm_str(d, "kind")) :
	    xstrdup("note");
	fm_join(d, "with", ",", &w);
	row->cells[3] = w.len ? buf_detach(&w, NULL) : NULL;
	buf_release(&w);
	row->cells[4] = xstrdup(title);
	n = ynode_items(fm_get(d, "with"), &items, &one);
	for (i = 0; i < n; i++)
		if (items[i]->type == Y_SCALAR)
			strv_push(&row->with, &row->nwith, xstrdup(items[i]->str));
	return row;
}

static int
lrow_cmp(const void *a, const void *b)
{
	const struct lrow	*x = a, *y = b;

	if (x->date != y->date)
		return x->date < y->date ? -1 : 1;
	return strcmp(x->id ? x->id : "", y->id ? y->id : "");
}

static void
lrow_free(void *res)
{
	struct lrow	*r = res;
	size_t		 i;

	for (i = 1; i < 5; i++)
		free(r->cells[i]);
	for (i = 0; i < r->nwith; i++)
		free(r->with[i]);
	free(r->with);
	free(r->id);
	free(r->b);
	free(r);
}

static void
report_broken(const char *path, const struct broken *b)
{
	diag(path, b->line, b->col, "%s", b->msg);
	status_all = status_merge(status_all, b->rc);
}

/* One entry of list -f json or jsonl. */
static void
list_json(const char *path, const struct lrow *r)
{
	size_t	 i;

	json_obj(&ls.js);
	json_key(&ls.js, "path");
	json_str(&ls.js, path);
	json_key(&ls.js, "id");
	json_str(&ls.js, r->id);
	json_key(&ls.js, "date");
	json_str(&ls.js, r->cells[1]);
	json_key(&ls.js, "kind");
	json_str(&ls.js, r->cells[2]);
	json_key(&ls.js, "with");
	json_arr(&ls.js);
	for (i = 0; i < r->nwith; i++)
		json_str(&ls.js, r->with[i]);
	json_arr_end(&ls.js);
	json_key(&ls.js, "title");
	json_str(&ls.js, r->cells[4]);
	json_obj_end(&ls.js);
	if (ls.fmt == FMT_JSONL)
		json_end(&ls.js);
}

static void
list_out(void *ctx, const char *path, void *res)
{
	struct lrow	*r = res;

	if (r->broken)
		report_broken(path, r->b);
	else if ((o.limit < 0 || nshown < o.limit) && (ls.fmt == FMT_JSON ||
	    ls.fmt == FMT_JSONL)) {
		/* As lister_row() would, but with a list for with. */
		ls.nrows++;
		nshown++;
		if (!o.quiet)
			list_json(path, r);
	} else if (o.limit < 0 || nshown < o.limit) {
		lister_row(&ls, path, (const char *const *)r->cells, NULL);
		nshown++;
	}
	if (o.limit >= 0 && nshown >= o.limit)
		stop = 1;
	lrow_free(r);
}

static void
filter_args(struct journal *j)
{
	memset(&flt, 0, sizeof(flt));
	period_args(j, &flt.period);
	check_kind(kind);
	if (nwith > 1 || ngoals > 1 || ntags > 1)
		errx(EX_USAGE, "give --with, --goal and --tag once each");
	if (nwith == 1)
		flt.with = id_arg(j, R_PERSON, with[0]);
	if (ngoals == 1)
		flt.goal = id_arg(j, R_GOAL, goals[0]);
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

static const struct col list_cols[] = {
	{ "id", COL_STR }, { "date", COL_DATE }, { "kind", COL_STR },
	{ "with", COL_STR }, { "title", COL_STR }
};

static int
cmd_list(struct journal *j, int argc, char **argv)
{
	struct reclist	 args = { NULL, 0, 0 };
	struct walk	 w;
	int		 rc = 0, st;

	filter_args(j);
	if (argc > 0)
		rc = journal_args(j, RT_MASK(R_ENTRY), argc, argv, o.nul,
		    &args);
	memset(&w, 0, sizeof(w));
	w.look = list_look;
	w.pre = list_pre;
	w.cmp = argc > 0 ? NULL : lrow_cmp;
	w.out = list_out;
	w.free_res = lrow_free;
	w.reverse = o.reverse;
	w.stop = &stop;
	lister_begin(&ls, &o, FMT_PATHS, list_cols, 5);
	walk_records(j, argc > 0 ? &args : NULL, R_ENTRY, &w);
	st = lister_end(&ls);
	rc = status_merge(rc, status_all);
	if (rc == 0)
		rc = st;
	filter_release();
	reclist_release(&args);
	return rc;
}

/* One entry's action items that pass the filters. */
struct arow {
	int		 broken;
	struct broken	*b;		/* only for a broken record */
	mdate		 date;
	char		*id;
	size_t		 n;
	struct aitem {
		unsigned	 line;
		int		 status;
		char		*text;
		mdate		 due;
		char		*people, *tags;
		int		 overdue;
	}		*v;
};

/* Does an action item pass --open/--done/--all, --overdue and --with? */
static int
action_wanted(const struct task *t, int with_hit)
{
	size_t	 k;

	if ((which == OPT_OPEN && !task_status_live(t->status)) ||
	    (which == OPT_DONE && t->status != TASK_DONE) ||
	    (overdue_flag && !task_overdue(t, 1, today)))
		return 0;
	for (k = 0; !with_hit && k < t->npeople; k++)
		with_hit = strcmp(t->people[k], flt.with) == 0;
	return with_hit;
}

/* Append n strings, sep between them. */
static void
join_strs(const char *const *v, size_t n, const char *sep, struct buf *b)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		buf_addf(b, "%s%s", i ? sep : "", v[i]);
}

/* Append s and its NUL to a row's strings; the offset it went to. */
static size_t
row_str(struct buf *b, const char *s)
{
	size_t	 at = b->len;

	buf_addstr(b, s);
	buf_addch(b, '\0');
	return at;
}

/*
 * An entry's action items that pass the filters.  A folder's rows wait
 * in memory to be sorted, so each row is one allocation: the items, then
 * every string they point at.
 */
static void *
actions_look(void *ctx, const struct rec *r, const char *path,
    struct doc *d, int rc, const struct doc_error *e)
{
	struct arow		*row;
	struct buf		 sb = BUF_INIT, list = BUF_INIT;
	const struct task	*t;
	size_t			 i, k, n = 0, *off, head;
	mdate			 date;
	int			 with_hit;

	if (rc != 0) {
		row = xcalloc(1, sizeof(*row));
		row->broken = 1;
		row->b = broken_new(rc, e);
		return row;
	}
	date = entry_date(d);
	if ((flt.period.since != DATE_NONE || flt.period.until != DATE_NONE)
	    && (date == DATE_NONE || !period_contains(&flt.period, date)))
		return NULL;
	with_hit = flt.with == NULL || fm_has(d, "with", flt.with);
	for (i = 0; i < d->ntasks; i++)
		n += action_wanted(&d->tasks[i], with_hit);
	if (n == 0)
		return NULL;
	off = xcalloc(3 * n + 1, sizeof(*off));
	off[3 * n] = row_str(&sb, r->id);
	for (i = 0, k = 0; i < d->ntasks; i++) {
		t = &d->tasks[i];
		if (!action_wanted(t, with_hit))
			continue;
		off[3 * k] = row_str(&sb, t->text);
		buf_reset(&list);
		join_strs(t->people, t->npeople, ",", &list);
		off[3 * k + 1] = row_str(&sb, list.buf);
		buf_reset(&list);
		join_strs(t->tags, t->ntags, ",", &list);
		off[3 * k + 2] = row_str(&sb, list.buf);
		k++;
	}
	head = sizeof(*row) + n * sizeof(*row->v);
	row = xmalloc(head + sb.len);
	memset(row, 0, head);
	memcpy((char *)row + head, sb.buf, sb.len);
	row->v = (struct aitem *)(row + 1);
	row->n = n;
	row->date = date;
	row->id = (char *)row + head + off[3 * n];
	for (i = 0, k = 0; i < d->ntasks; i++) {
		t = &d->tasks[i];
		if (!action_wanted(t, with_hit))
			continue;
		row->v[k].line = t->line;
		row->v[k].status = t->status;
		row->v[k].due = t->due;
		row->v[k].overdue = task_overdue(t, 1, today);
		row->v[k].text = (char *)row + head + off[3 * k];
		row->v[k].people = (char *)row + head + off[3 * k + 1];
		row->v[k].tags = (char *)row + head + off[3 * k + 2];
		k++;
	}
	free(off);
	buf_release(&sb);
	buf_release(&list);
	return row;
}

static int
arow_cmp(const void *a, const void *b)
{
	const struct arow	*x = a, *y = b;

	if (x->date != y->date)
		return x->date < y->date ? -1 : 1;
	return strcmp(x->id ? x->id : "", y->id ? y->id : "");
}

/* A row is one allocation (see actions_look). */
static void
arow_free(void *res)
{
	struct arow	*r = res;

	free(r->b);
	free(r);
}

static int		 afmt;
static struct json	 ajs;
static size_t		 nactions;

static void
actions_out(void *ctx, const char *path, void *res)
{
	struct arow	*r = res;
	struct aitem	*it;
	char		 line[24], due[DATE_STRLEN], age[24];
	const char	*cells[10];
	size_t		 i;

	if (r->broken) {
		report_broken(path, r->b);
		arow_free(r);
		return;
	}
	for (i = 0; i < r->n; i++) {
		it = &r->v[i];
		nactions++;
		if (o.quiet)
			continue;
		if (it->due != DATE_NONE)
			date_format(it->due, due);
		snprintf(line, sizeof(line), "%u", it->line);
		if (r->date != DATE_NONE)
			snprintf(age, sizeof(age), "%d", today - r->date);
		switch (afmt) {
		case FMT_TSV:
			cells[0] = r->id;
			cells[1] = path;
			cells[2] = line;
			cells[3] = task_status_word(it->status);
			cells[4] = it->text;
			cells[5] = it->due != DATE_NONE ? due : "";
			cells[6] = it->people;
			cells[7] = it->tags;
			cells[8] = r->date != DATE_NONE ? age : "";
			cells[9] = it->overdue ? "true" : "false";
			tsv_row(stdout, cells, 10);
			break;
		case FMT_JSON:
		case FMT_JSONL:
			json_obj(&ajs);
			json_key(&ajs, "entry");
			json_str(&ajs, r->id);
			json_key(&ajs, "path");
			json_str(&ajs, path);
			json_key(&ajs, "line");
			json_int(&ajs, it->line);
			json_key(&ajs, "status");
			json_str(&ajs, task_status_word(it->status));
			json_key(&ajs, "text");
			json_str(&ajs, it->text);
			json_key(&ajs, "due");
			json_date(&ajs, it->due);
			json_key(&ajs, "people");
			json_arr(&ajs);
			for (char *p = it->people, *q; *p != '\0'; p = q) {
				q = p + strcspn(p, ",");
				json_strn(&ajs, p, (size_t)(q - p));
				if (*q == ',')
					q++;
			}
			json_arr_end(&ajs);
			json_key(&ajs, "tags");
			json_arr(&ajs);
			for (char *p = it->tags, *q; *p != '\0'; p = q) {
				q = p + strcspn(p, ",");
				json_strn(&ajs, p, (size_t)(q - p));
				if (*q == ',')
					q++;
			}
			json_arr_end(&ajs);
			json_key(&ajs, "age_days");
			if (r->date != DATE_NONE)
				json_int(&ajs, today - r->date);
			else
				json_null(&ajs);
			json_key(&ajs, "overdue");
			json_bool(&ajs, it->overdue);
			json_obj_end(&ajs);
			if (afmt == FMT_JSONL)
				json_end(&ajs);
			break;
		default:
			printf("%s:%u: [%c] %s%c", path, it->line, it->status,
			    it->text, o.nul ? '\0' : '\n');
		}
	}
	arow_free(r);
}

static int
cmd_actions(struct journal *j, int argc, char **argv)
{
	static const char *const head[] = { "entry", "path", "line",
	    "status", "text", "due", "people", "tags", "age_days",
	    "overdue" };
	struct reclist	 args = { NULL, 0, 0 };
	struct walk	 w;
	int		 rc = 0;

	filter_args(j);
	afmt = o.fmt == FMT_NONE ? FMT_TEXT : o.fmt;
	if (afmt == FMT_MD)
		errx(EX_USAGE, "actions prints text, paths, tsv, json or jsonl, "
		    "not md");
	if (argc > 0)
		rc = journal_args(j, RT_MASK(R_ENTRY), argc, argv, o.nul,
		    &args);
	json_init(&ajs, stdout);
	if (!o.quiet && afmt == FMT_TSV && !o.no_header)
		tsv_row(stdout, head, 10);
	if (!o.quiet && afmt == FMT_JSON)
		json_arr(&ajs);
	memset(&w, 0, sizeof(w));
	w.look = actions_look;
	w.pre = actions_pre;
	w.cmp = argc > 0 ? NULL : arow_cmp;
	w.out = actions_out;
	w.free_res = arow_free;
	walk_records(j, argc > 0 ? &args : NULL, R_ENTRY, &w);
	if (!o.quiet && afmt == FMT_JSON) {
		json_arr_end(&ajs);
		json_end(&ajs);
	}
	rc = status_merge(rc, status_all);
	if (rc == 0 && nactions == 0)
		rc = EX_PROBLEM;
	filter_release();
	reclist_release(&args);
	return rc;
}

/*
 * A member name kept as written: a rating's skill is data, an id to match
 * against goals and needs, not one of our field names to snake_case.
 */
static void
json_key_raw(struct json *js, const char *name)
{
	json_str(js, name);
	putc(':', js->f);
	js->first[js->depth] = 1;	/* the value completes the pair */
}

static int
entry_private(const struct doc *d)
{
	const char	*v = fm_str(d, "private");
	int		 b;

	return v != NULL && parse_bool(v, &b) == 0 && b;
}

/* "skill N, skill N" for text and md. */
static void
ratings_line(const struct ynode *rt, struct buf *b)
{
	size_t	 k;

	for (k = 0; k + 1 < rt->nkids; k += 2)
		buf_addf(b, "%s%s %s", k ? ", " : "", rt->kids[k]->type ==
		    Y_SCALAR ? rt->kids[k]->str : "?", rt->kids[k + 1]->type ==
		    Y_SCALAR ? rt->kids[k + 1]->str : "?");
}

static void
show_json(const struct rec *r, const char *path, struct doc *d)
{
	struct json		 js;
	struct ynode		*rt = fm_get(d, "ratings");
	const struct task	*t;
	const char		*body, *v;
	size_t			 blen, i, k;
	int			 n;

	doc_body(d, &body, &blen);
	json_init(&js, stdout);
	json_obj(&js);
	json_key(&js, "id");
	json_str(&js, r->id);
	json_key(&js, "path");
	json_str(&js, path);
	json_key(&js, "title");
	json_str(&js, doc_title(d));
	json_key(&js, "date");
	json_date(&js, entry_date(d));
	json_key(&js, "kind");
	json_str(&js, fm_str(d, "kind") ? fm_str(d, "kind") : "note");
	json_fm_list(&js, d, "with");
	json_key(&js, "duration");
	json_str(&js, fm_str(d, "duration"));
	json_fm_list(&js, d, "goals");
	json_key(&js, "ratings");
	json_obj(&js);
	if (rt != NULL && rt->type == Y_MAP)
		for (k = 0; k + 1 < rt->nkids; k += 2) {
			if (rt->kids[k]->type != Y_SCALAR)
				continue;
			json_key_raw(&js, rt->kids[k]->str);
			v = rt->kids[k + 1]->type == Y_SCALAR ?
			    rt->kids[k + 1]->str : NULL;
			if (v != NULL && (n = rating_value(v)) != 0)
				json_int(&js, n);
			else
				json_null(&js);
		}
	json_obj_end(&js);
	json_key(&js, "private");
	json_bool(&js, entry_private(d));
	json_fm_list(&js, d, "tags");
	json_key(&js, "author");
	json_str(&js, fm_str(d, "author"));
	json_key(&js, "actions");
	json_arr(&js);
	for (i = 0; i < d->ntasks; i++) {
		t = &d->tasks[i];
		json_obj(&js);
		json_key(&js, "line");
		json_int(&js, t->line);
		json_key(&js, "status");
		json_str(&js, task_status_word(t->status));
		json_key(&js, "text");
		json_str(&js, t->text);
		json_key(&js, "due");
		json_date(&js, t->due);
		json_key(&js, "done");
		json_date(&js, t->done);
		json_key(&js, "overdue");
		json_bool(&js, task_overdue(t, 1, today));
		json_obj_end(&js);
	}
	json_arr_end(&js);
	json_key(&js, "body");
	json_strn(&js, body, blen);
	json_obj_end(&js);
	json_end(&js);
}

/* The entry as text (a header, then the body) or as Markdown. */
static void
show_text(const struct rec *r, struct doc *d, int md)
{
	struct buf	 b = BUF_INIT;
	struct ynode	*rt = fm_get(d, "ratings");
	const char	*body, *v, *kd;
	char		 ds[DATE_STRLEN];
	size_t		 blen;
	mdate		 date = entry_date(d);

	doc_body(d, &body, &blen);
	kd = fm_str(d, "kind") ? fm_str(d, "kind") : "note";
	if (date != DATE_NONE)
		date_format(date, ds);
	if (md) {
		printf("# %s\n\n", doc_title(d));
		if (date != DATE_NONE)
			printf("- date: %s\n", ds);
		printf("- kind: %s\n", kd);
	} else {
		printf("%s: %s\n", r->id, doc_title(d));
		printf("  %s, %s", date != DATE_NONE ? ds : "(no date)", kd);
	}
	fm_join(d, "with", ", ", &b);
	if (b.len > 0)
		printf(md ? "- with: %s\n" : " with %s", b.buf);
	if ((v = fm_str(d, "duration")) != NULL)
		printf(md ? "- duration: %s\n" : ", %s", v);
	if (entry_private(d))
		printf(md ? "- private\n" : ", private");
	if (!md)
		printf("\n");
	buf_reset(&b);
	fm_join(d, "goals", ", ", &b);
	if (b.len > 0)
		printf("%sgoals: %s\n", md ? "- " : "  ", b.buf);
	buf_reset(&b);
	if (rt != NULL && rt->type == Y_MAP && rt->nkids > 0) {
		ratings_line(rt, &b);
		printf("%sratings: %s\n", md ? "- " : "  ", b.buf);
	}
	buf_reset(&b);
	fm_join(d, "tags", ", ", &b);
	if (b.len > 0)
		printf("%stags: %s\n", md ? "- " : "  ", b.buf);
	buf_release(&b);
	if (blen > 0) {
		printf("\n");
		fwrite(body, 1, blen, stdout);
		if (body[blen - 1] != '\n')
			printf("\n");
	}
}

static int
cmd_show(struct journal *j, int argc, char **argv)
{
	struct rec		 r;
	struct doc		 d;
	struct doc_error	 e;
	char			*path;
	int			 rc, fmt = o.fmt == FMT_NONE ? FMT_TEXT : o.fmt;

	if (argc != 1)
		sub_usage(subs, NSUBS, &subs[2], 1);
	if (fmt != FMT_TEXT && fmt != FMT_JSON && fmt != FMT_MD)
		errx(EX_USAGE, "show prints text, json or md, not %s",
		    fmt_name(fmt));
	if ((rc = journal_resolve(j, RT_MASK(R_ENTRY), argv[0], &r)) != 0)
		return rc;
	path = journal_path(j, r.rel);
	if ((rc = doc_loadat(&d, j->dirfd, r.rel, path, &e)) != 0)
		diag(path, e.line, e.col, "%s", e.msg);
	else if (!o.quiet) {
		if (fmt == FMT_JSON)
			show_json(&r, path, &d);
		else
			show_text(&r, &d, fmt == FMT_MD);
	}
	doc_free(&d);
	free(path);
	rec_release(&r);
	return rc;
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		COMMON_LONG,
		{ "all",	no_argument,	   NULL, OPT_ALL },
		{ "author",	required_argument, NULL, OPT_AUTHOR },
		{ "date",	required_argument, NULL, OPT_DATE },
		{ "done",	no_argument,	   NULL, OPT_DONE },
		{ "duration",	required_argument, NULL, OPT_DURATION },
		{ "file",	required_argument, NULL, 'F' },
		{ "goal",	required_argument, NULL, OPT_GOAL },
		{ "grep",	required_argument, NULL, OPT_GREP },
		{ "ignore-case", no_argument,	   NULL, 'i' },
		{ "kind",	required_argument, NULL, OPT_KIND },
		{ "match",	required_argument, NULL, OPT_MATCH },
		{ "message",	required_argument, NULL, 'm' },
		{ "open",	no_argument,	   NULL, OPT_OPEN },
		{ "overdue",	no_argument,	   NULL, OPT_OVERDUE },
		{ "period",	required_argument, NULL, OPT_PERIOD },
		{ "private",	no_argument,	   NULL, OPT_PRIVATE },
		{ "rate",	required_argument, NULL, OPT_RATE },
		{ "reverse",	no_argument,	   NULL, 'r' },
		{ "since",	required_argument, NULL, OPT_SINCE },
		{ "tag",	required_argument, NULL, OPT_TAG },
		{ "until",	required_argument, NULL, OPT_UNTIL },
		{ "with",	required_argument, NULL, OPT_WITH },
		{ NULL,		0,		   NULL, 0 }
	};
	struct journal	 j;
	struct rec	 r;
	const struct sub *s;
	unsigned	 seen = 0;
	int		 c, rc, help = 0, nwhich = 0;

	out_init();
	opts_init(&o);
	while ((c = getopt_long(argc, argv, COMMON_SHORT LISTING_SHORT "F:m:", longopts,
	    NULL)) != -1) {
		if (opts_common(&o, c, optarg) ||
		    opts_listing(&o, c, optarg, &seen))
			continue;
		if (c >= OPT_FIRST_LOCAL && c < OPT_FIRST_LOCAL + 24)
			seen |= O(c);
		switch (c) {
		case 'F':
			body_file = optarg;
			seen |= O_FILE;
			break;
		case 'h':
			help = 1;
			break;
		case 'm':
			strv_push(&msgs, &nmsgs, optarg);
			seen |= O_MSG;
			break;
		case OPT_ALL:
		case OPT_DONE:
		case OPT_OPEN:
			which = c;
			nwhich++;
			break;
		case OPT_AUTHOR:
			author = optarg;
			break;
		case OPT_DATE:
			date_opt = optarg;
			break;
		case OPT_DURATION:
			duration = optarg;
			break;
		case OPT_GOAL:
			strv_push(&goals, &ngoals, optarg);
			break;
		case OPT_GREP:
			grep = optarg;
			break;
		case OPT_KIND:
			kind = optarg;
			break;
		case OPT_MATCH:
			match = optarg;
			break;
		case OPT_OVERDUE:
			overdue_flag = 1;
			break;
		case OPT_PERIOD:
			period_opt = optarg;
			break;
		case OPT_PRIVATE:
			private_flag = 1;
			break;
		case OPT_RATE:
			strv_push(&rates, &nrates, optarg);
			break;
		case OPT_SINCE:
			since_opt = optarg;
			break;
		case OPT_TAG:
			strv_push(&tags, &ntags, optarg);
			break;
		case OPT_UNTIL:
			until_opt = optarg;
			break;
		case OPT_WITH:
			strv_push(&with, &nwith, optarg);
			break;
		default:
			sub_usage(subs, NSUBS, NULL, 1);
		}
	}
	argc -= optind;
	argv += optind;
	s = sub_select(subs, NSUBS, argc, argv, help, seen, optnames,
	    sizeof(optnames) / sizeof(optnames[0]));
	if (nwhich > 1)
		errx(EX_USAGE, "give one of --open, --done and --all");
	argc--;
	argv++;

	today = date_today();
	if ((rc = journal_find(&j, o.C, 0)) != 0)
		return rc;
	/* Writers commit what they write when autocommit is on. */
	if (strcmp(s->name, "list") != 0 && strcmp(s->name, "show") != 0 &&
	    strcmp(s->name, "actions") != 0)
		commit_setup(&j, s->name);
	if (strcmp(s->name, "add") == 0)
		rc = cmd_add(&j, argc, argv);
	else if (strcmp(s->name, "list") == 0)
		rc = cmd_list(&j, argc, argv);
	else if (strcmp(s->name, "show") == 0)
		rc = cmd_show(&j, argc, argv);
	else if (strcmp(s->name, "actions") == 0)
		rc = cmd_actions(&j, argc, argv);
	else if (strcmp(s->name, "set") == 0 || strcmp(s->name, "edit") == 0) {
		if (argc < 1 || (s->name[0] == 'e' && argc != 1) ||
		    (s->name[0] == 's' && argc < 2))
			sub_usage(subs, NSUBS, s, 1);
		if ((rc = journal_resolve(&j, RT_MASK(R_ENTRY), argv[0], &r))
		    == 0) {
			rc = s->name[0] == 's' ? recop_set(&j, &r, argc - 1,
			    argv + 1, &o) : recop_edit(&j, &r, &o);
			rec_release(&r);
		}
	} else {
		static const char *const acts[] = { "done", "start", "drop",
		    "reopen" };
		int a;

		if (argc != 1)
			sub_usage(subs, NSUBS, s, 1);
		for (a = 0; strcmp(acts[a], s->name) != 0; a++)
			;
		rc = recop_task(&j, RT_MASK(R_ENTRY), argv[0], match, a, &o);
	}
	journal_close(&j);
	free(with);
	free(goals);
	free(rates);
	free(tags);
	free(msgs);
	return out_close(rc);
}
