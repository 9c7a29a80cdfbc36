/*
 * mentor-goals: goals and their milestones.
 */
#include "config.h"

#include <err.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "mentor.h"

enum {
	OPT_TERM = OPT_FIRST_LOCAL, OPT_DUE, OPT_MENTOR, OPT_SKILL, OPT_TAG,
	OPT_WHY, OPT_MATCH, OPT_FORCE, OPT_STATUS, OPT_DUE_BEFORE,
	OPT_OVERDUE, OPT_GREP
};

/* Which options each subcommand takes, beyond the shared ones. */
#define O(x)	(1U << ((x) - OPT_FIRST_LOCAL))

static const struct sub subs[] = {
	{ "add", O(OPT_TERM) | O(OPT_DUE) | O(OPT_MENTOR) | O(OPT_SKILL) |
	    O(OPT_TAG) | O(OPT_WHY),
	  "add title [--term short|long] [--due date] [--mentor id]\n"
	  "           [--skill skill]... [--tag tag]... [--why text]" },
	{ "milestone", O(OPT_DUE), "milestone goal text [--due date]" },
	{ "done", O(OPT_MATCH) | O(OPT_FORCE),
	  "done goal:line | goal#n | goal --match text | goal [--force]" },
	{ "start", O(OPT_MATCH),
	  "start goal:line | goal#n | goal --match text | goal" },
	{ "drop", O(OPT_MATCH),
	  "drop goal:line | goal#n | goal --match text | goal" },
	{ "reopen", O(OPT_MATCH),
	  "reopen goal:line | goal#n | goal --match text | goal" },
	{ "set", 0, "set goal key=value..." },
	{ "rename", 0, "rename goal new-id" },
	{ "list", O(OPT_STATUS) | O(OPT_TERM) | O(OPT_MENTOR) | O(OPT_SKILL) |
	    O(OPT_DUE_BEFORE) | O(OPT_OVERDUE) | O(OPT_GREP) | O_I | O_R | O_N,
	  "list [-iqr0] [--status s,...] [--term t] [--mentor id] "
	  "[--skill s]\n"
	  "           [--due-before date] [--overdue] [--grep regex] [-n n]\n"
	  "           [-f format] [goal ... | -]" },
	{ "show", 0, "show goal [-f text|json|md]" },
	{ "edit", 0, "edit goal" },
};
#define NSUBS	(sizeof(subs) / sizeof(subs[0]))

/* The local options by bit, to name one given to the wrong command. */
static const struct optname optnames[] = {
	{ O(OPT_TERM), "--term" }, { O(OPT_DUE), "--due" },
	{ O(OPT_MENTOR), "--mentor" }, { O(OPT_SKILL), "--skill" },
	{ O(OPT_TAG), "--tag" }, { O(OPT_WHY), "--why" },
	{ O(OPT_MATCH), "--match" }, { O(OPT_FORCE), "--force" },
	{ O(OPT_STATUS), "--status" }, { O(OPT_DUE_BEFORE), "--due-before" },
	{ O(OPT_OVERDUE), "--overdue" }, { O(OPT_GREP), "--grep" },
	{ O_I, "-i" }, { O_R, "-r" }, { O_N, "-n" }
};

static struct opts	 o;
static const char	*term, *due, *mentor, *why, *match, *status,
			*due_before, *grep;
static char		**skills, **tags;
static size_t		 nskills, ntags;
static int		 force, overdue_flag;
static mdate		 today;

static void
check_term(const char *v)
{
	if (v != NULL && strcmp(v, "short") != 0 && strcmp(v, "long") != 0)
		errx(EX_USAGE, "--term: unknown value '%s' (one of: short, "
		    "long)", v);
}

static void
resolve_goal(struct journal *j, const char *arg, struct rec *r)
{
	int	 rc;

	if ((rc = journal_resolve(j, RT_MASK(R_GOAL), arg, r)) != 0)
		exit(rc);
}

static int
one_line(const char *what, const char *s)
{
	const char	*p;

	for (p = s; *p == ' ' || *p == '\t'; p++)
		;
	if (*p == '\0')
		errx(EX_USAGE, "the %s is empty", what);
	if (strpbrk(s, "\r\n") != NULL)
		errx(EX_USAGE, "the %s must be one line", what);
	if (!utf8_valid(s, strlen(s), NULL))
		errx(EX_USAGE, "the %s is not valid UTF-8", what);
	return 0;
}

static int
cmd_add(struct journal *j, int argc, char **argv)
{
	struct buf	 b = BUF_INIT, slug = BUF_INIT;
	char		 ds[DATE_STRLEN], *dir, *made = NULL, *author, *m = NULL;
	int		 rc;

	if (argc != 1)
		sub_usage(subs, NSUBS, &subs[0], 1);
	one_line("title", argv[0]);
	check_term(term);
	if (why != NULL && !utf8_valid(why, strlen(why), NULL))
		errx(EX_USAGE, "--why is not valid UTF-8");
	buf_addstr(&b, "---\n");
	yaml_kv(&b, "title", argv[0]);
	if (term != NULL)
		yaml_kv(&b, "term", term);
	yaml_kv(&b, "status", "active");
	if (mentor != NULL) {
		m = id_arg(j, R_PERSON, mentor);
		yaml_kv(&b, "mentor", m);
	}
	date_format(today, ds);
	yaml_kv(&b, "created", ds);
	if (due != NULL) {
		date_format(date_arg("--due", due, today, j->set.week_start), ds);
		yaml_kv(&b, "due", ds);
	}
	yaml_kvlist(&b, "skills", skills, nskills);
	yaml_kvlist(&b, "tags", tags, ntags);
	author = author_name(*j->root ? j->root : NULL);
	yaml_kv(&b, "author", author);
	free(author);
	buf_addstr(&b, "---\n");
	if (why != NULL)
		buf_addf(&b, "%s\n\n", why);
	buf_addstr(&b, "## Milestones\n");

	slug_make(argv[0], "goal", &slug);
	dir = journal_path(j, "goals");
	rc = file_create(j->abs, dir, slug.buf, ".md", b.buf, b.len, &made);
	if (rc == 0 && !o.quiet)
		path_put(stdout, made, o.nul);
	free(made);
	free(dir);
	free(m);
	buf_release(&b);
	buf_release(&slug);
	return rc;
}

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

static int
cmd_milestone(struct journal *j, int argc, char **argv)
{
	struct ms_ctx	 mc;
	struct buf	 text = BUF_INIT;
	struct rec	 r;
	char		 ds[DATE_STRLEN], *path;
	int		 rc;

	if (argc != 2)
		sub_usage(subs, NSUBS, &subs[1], 1);
	one_line("milestone", argv[1]);
	resolve_goal(j, argv[0], &r);
	buf_addstr(&text, argv[1] + strspn(argv[1], " \t"));
	while (text.len > 0 && (text.buf[text.len - 1] == ' ' ||
	    text.buf[text.len - 1] == '\t'))
		buf_setlen(&text, text.len - 1);
	if (due != NULL) {
		date_format(date_arg("--due", due, today, j->set.week_start), ds);
		buf_addf(&text, " due:%s", ds);
	}
	mc.text = text.buf;
	mc.line = 0;
	path = journal_path(j, r.rel);
	rc = file_update(j->abs, path, milestone_cb, &mc);
	if (rc == 0 && !o.quiet)
		printf("%s:%u: [ ] %s\n", path, mc.line, text.buf);
	free(path);
	rec_release(&r);
	buf_release(&text);
	return rc;
}

struct goal_ctx {
	const char	*want;		/* the new status */
	int		 force;
};

/* Mark a whole goal: done refuses while milestones are open. */
static int
goal_status_cb(void *ctx, const char *path, char *data, size_t len,
    struct buf *out)
{
	struct goal_ctx		*gc = ctx;
	struct doc		 d;
	struct doc_error	 e;
	const char		*st, *vals[1];
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
	rc = edit_set(&d, "status", vals, 1, 0, out);
	doc_free(&d);
	return rc;
}

static int
cmd_task(struct journal *j, int action, int argc, char **argv,
    const struct sub *s)
{
	static const char *const goal_status[] = { "done", "active",
	    "dropped", "active" };
	struct goal_ctx	 gc;
	struct rec	 r;
	unsigned long	 line, idx;
	char		*name, *path;
	int		 rc;

	if (argc != 1)
		sub_usage(subs, NSUBS, s, 1);
	name = task_addr_split(argv[0], &line, &idx);
	free(name);
	if (line != 0 || idx != 0 || match != NULL) {
		if (force)
			errx(EX_USAGE, "--force is for marking a whole goal");
		return recop_task(j, RT_MASK(R_GOAL), argv[0], match, action,
		    &o);
	}
	resolve_goal(j, argv[0], &r);
	gc.want = goal_status[action];
	gc.force = force;
	path = journal_path(j, r.rel);
	rc = file_update(j->abs, path, goal_status_cb, &gc);
	if (rc == 0 && !o.quiet)
		path_put(stdout, path, o.nul);
	free(path);
	rec_release(&r);
	return rc;
}

struct row {
	char	*path;
	char	*cells[7];
	int	 overdue;
};

static const struct col list_cols[] = {
	{ "id", COL_STR }, { "status", COL_STR }, { "term", COL_STR },
	{ "due", COL_DATE }, { "progress", COL_STR }, { "next", COL_DATE },
	{ "title", COL_STR }
};

static char *
date_str(mdate d)
{
	char	 ds[DATE_STRLEN];

	if (d == DATE_NONE)
		return NULL;
	date_format(d, ds);
	return xstrdup(ds);
}

static int
cmd_list(struct journal *j, int argc, char **argv)
{
	struct reclist		 args = { NULL, 0, 0 };
	const struct reclist	*l;
	struct lister		 ls;
	struct doc		 d;
	struct doc_error	 e;
	struct goalinfo		 gi;
	struct ure		*re = NULL;
	struct row		*rows = NULL;
	const char		*body, *colors[7];
	char			*path, *mid = NULL;
	size_t			 i, k, nrows = 0, blen, shown;
	mdate			 before = DATE_NONE;
	int			 rc = 0, st;

	check_term(term);
	if (status != NULL) {
		const char *p;

		for (p = status; p != NULL; p = strchr(p, ',') ?
		    strchr(p, ',') + 1 : NULL) {
			size_t n = strcspn(p, ",");
			char *w = xstrndup(p, n);

			if (!schema_in_set(w, "active|paused|done|dropped"))
				errx(EX_USAGE, "--status: unknown value '%s' "
				    "(one of: active, paused, done, dropped)",
				    w);
			free(w);
		}
	}
	if (due_before != NULL)
		before = date_arg("--due-before", due_before, today, j->set.week_start);
	if (mentor != NULL)
		mid = id_arg(j, R_PERSON, mentor);
	if (grep != NULL)
		re = ure_compile(grep, o.icase);
	if (argc > 0) {
		rc = journal_args(j, RT_MASK(R_GOAL), argc, argv, o.nul, &args);
		l = &args;
	} else
		l = journal_list(j, R_GOAL);

	for (i = 0; i < l->n; i++) {
		path = journal_path(j, l->v[i].rel);
		if ((st = doc_loadat(&d, j->dirfd, l->v[i].rel, path, &e)) !=
		    0) {
			diag(path, e.line, e.col, "%s", e.msg);
			rc = status_merge(rc, st);
			doc_free(&d);
			free(path);
			continue;
		}
		goal_info(&d, today, &gi);
		if ((status != NULL && !csv_has(status, gi.status)) ||
		    (term != NULL && (gi.term == NULL ||
		    strcmp(gi.term, term) != 0)) ||
		    (mid != NULL && (gi.mentor == NULL ||
		    strcmp(gi.mentor, mid) != 0)) ||
		    (nskills > 0 && !fm_has(&d, "skills", skills[0])) ||
		    (before != DATE_NONE && (gi.due == DATE_NONE ||
		    gi.due >= before)) ||
		    (overdue_flag && !gi.overdue))
			goto skip;
		if (re != NULL) {
			doc_body(&d, &body, &blen);
			if (!(gi.title != NULL && ure_match(re, gi.title,
			    strlen(gi.title))) && !ure_match(re, body, blen))
				goto skip;
		}
		rows = xreallocarray(rows, nrows + 1, sizeof(*rows));
		rows[nrows].path = path;
		path = NULL;
		rows[nrows].cells[0] = xstrdup(l->v[i].id);
		rows[nrows].cells[1] = xstrdup(gi.status);
		rows[nrows].cells[2] = gi.term ? xstrdup(gi.term) : NULL;
		rows[nrows].cells[3] = date_str(gi.due);
		xasprintf(&rows[nrows].cells[4], "%d/%d", gi.done, gi.total);
		rows[nrows].cells[5] = gi.next ? date_str(gi.next->due) : NULL;
		rows[nrows].cells[6] = xstrdup(gi.title ? gi.title : "");
		rows[nrows].overdue = gi.overdue;
		nrows++;
skip:
		doc_free(&d);
		free(path);
	}

	lister_begin(&ls, &o, FMT_PATHS, list_cols, 7);
	for (shown = 0, k = 0; k < nrows; k++) {
		struct row *rw = &rows[o.reverse ? nrows - 1 - k : k];

		if (o.limit >= 0 && shown >= (size_t)o.limit)
			break;
		memset(colors, 0, sizeof(colors));
		if (rw->overdue)
			colors[3] = "31";
		if (strcmp(rw->cells[1], "done") == 0)
			colors[1] = "32";
		else if (strcmp(rw->cells[1], "active") != 0)
			colors[1] = "2";
		lister_row(&ls, rw->path, (const char *const *)rw->cells,
		    colors);
		shown++;
	}
	st = lister_end(&ls);
	if (rc == 0)
		rc = st;
	for (k = 0; k < nrows; k++) {
		for (i = 0; i < 7; i++)
			free(rows[k].cells[i]);
		free(rows[k].path);
	}
	free(rows);
	free(mid);
	ure_free(re);
	reclist_release(&args);
	return rc;
}

/* One entry that cites the goal. */
struct cite {
	mdate	 date;
	char	*id, *path, *title;
};

static int
cite_cmp(const void *a, const void *b)
{
	const struct cite	*x = a, *y = b;

	if (x->date != y->date)
		return x->date > y->date ? -1 : 1;
	return -strcmp(x->id, y->id);
}

/* The entries whose goals: name id, newest first. */
static size_t
citing(struct journal *j, const char *id, struct cite **out)
{
	const struct reclist	*l = journal_list(j, R_ENTRY);
	struct doc		 d;
	struct doc_error	 e;
	struct cite		*v = NULL;
	const char		*ds;
	size_t			 i, n = 0;
	char			*path;

	for (i = 0; i < l->n; i++) {
		path = journal_path(j, l->v[i].rel);
		if (doc_loadat(&d, j->dirfd, l->v[i].rel, path, &e) != 0 ||
		    !fm_has(&d, "goals", id)) {
			doc_free(&d);
			free(path);
			continue;
		}
		v = xreallocarray(v, n + 1, sizeof(*v));
		ds = fm_str(&d, "date");
		if (ds == NULL || date_iso(ds, strlen(ds), &v[n].date) != 0)
			v[n].date = DATE_NONE;
		v[n].id = xstrdup(l->v[i].id);
		v[n].path = path;
		v[n].title = xstrdup(doc_title(&d));
		n++;
		doc_free(&d);
	}
	if (n > 1)
		qsort(v, n, sizeof(*v), cite_cmp);
	*out = v;
	return n;
}

static void
list_field_text(const struct doc *d, const char *key, struct buf *b)
{
	struct ynode	**items, *one;
	size_t		 i, n;

	n = ynode_items(fm_get(d, key), &items, &one);
	for (i = 0; i < n; i++)
		if (items[i]->type == Y_SCALAR)
			buf_addf(b, "%s%s", i ? ", " : "", items[i]->str);
}

/* "3 days left", "1 day overdue", "due today", in b. */
static const char *
days_str(mdate d, struct buf *b)
{
	int	 n = d - today;

	buf_reset(b);
	if (n == 0)
		buf_addstr(b, "due today");
	else
		buf_addf(b, "%d day%s %s", abs(n), abs(n) == 1 ? "" : "s",
		    n > 0 ? "left" : "overdue");
	return b->buf;
}

static int
cmd_show(struct journal *j, int argc, char **argv)
{
	struct rec		 r;
	struct doc		 d;
	struct doc_error	 e;
	struct goalinfo		 gi;
	struct cite		*cv;
	struct json		 js;
	struct buf		 b = BUF_INIT;
	const struct task	*t;
	char			 ds[DATE_STRLEN], *path;
	size_t			 i, nc;
	int			 rc, fmt = o.fmt == FMT_NONE ? FMT_TEXT : o.fmt;

	if (argc != 1)
		sub_usage(subs, NSUBS, &subs[9], 1);
	if (fmt != FMT_TEXT && fmt != FMT_JSON && fmt != FMT_MD)
		errx(EX_USAGE, "show prints text, json or md, not %s",
		    fmt_name(fmt));
	resolve_goal(j, argv[0], &r);
	path = journal_path(j, r.rel);
	if ((rc = doc_loadat(&d, j->dirfd, r.rel, path, &e)) != 0) {
		diag(path, e.line, e.col, "%s", e.msg);
		doc_free(&d);
		free(path);
		rec_release(&r);
		return rc;
	}
	goal_info(&d, today, &gi);
	nc = citing(j, r.id, &cv);

	if (fmt == FMT_JSON) {
		json_init(&js, stdout);
		json_obj(&js);
		json_key(&js, "id");
		json_str(&js, r.id);
		json_key(&js, "path");
		json_str(&js, path);
		json_key(&js, "title");
		json_str(&js, gi.title);
		json_key(&js, "status");
		json_str(&js, gi.status);
		json_key(&js, "term");
		json_str(&js, gi.term);
		json_key(&js, "mentor");
		json_str(&js, gi.mentor);
		json_key(&js, "created");
		json_date(&js, gi.created);
		json_key(&js, "due");
		json_date(&js, gi.due);
		json_key(&js, "days_left");
		if (gi.due == DATE_NONE)
			json_null(&js);
		else
			json_int(&js, gi.due - today);
		json_fm_list(&js, &d, "skills");
		json_fm_list(&js, &d, "tags");
		json_key(&js, "done");
		json_int(&js, gi.done);
		json_key(&js, "total");
		json_int(&js, gi.total);
		json_key(&js, "overdue");
		json_bool(&js, gi.overdue);
		json_key(&js, "next_due");
		json_date(&js, gi.next ? gi.next->due : DATE_NONE);
		json_key(&js, "milestones");
		json_arr(&js);
		for (i = 0; i < d.ntasks; i++) {
			t = &d.tasks[i];
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
			json_bool(&js, task_overdue(t, gi.live, today));
			json_obj_end(&js);
		}
		json_arr_end(&js);
		json_key(&js, "entries");
		json_arr(&js);
		for (i = 0; i < nc; i++) {
			json_obj(&js);
			json_key(&js, "id");
			json_str(&js, cv[i].id);
			json_key(&js, "path");
			json_str(&js, cv[i].path);
			json_key(&js, "date");
			json_date(&js, cv[i].date);
			json_key(&js, "title");
			json_str(&js, cv[i].title);
			json_obj_end(&js);
		}
		json_arr_end(&js);
		json_obj_end(&js);
		json_end(&js);
	} else if (fmt == FMT_MD) {
		printf("# %s\n\n", gi.title ? gi.title : r.id);
		printf("- status: %s\n", gi.status);
		if (gi.term != NULL)
			printf("- term: %s\n", gi.term);
		if (gi.mentor != NULL)
			printf("- mentor: %s\n", gi.mentor);
		if (gi.created != DATE_NONE) {
			date_format(gi.created, ds);
			printf("- created: %s\n", ds);
		}
		if (gi.due != DATE_NONE) {
			date_format(gi.due, ds);
			printf("- due: %s (%s)\n", ds, days_str(gi.due,
			    &b));
			buf_reset(&b);
		}
		list_field_text(&d, "skills", &b);
		if (b.len > 0)
			printf("- skills: %s\n", b.buf);
		buf_reset(&b);
		list_field_text(&d, "tags", &b);
		if (b.len > 0)
			printf("- tags: %s\n", b.buf);
		printf("- progress: %d/%d milestones done\n", gi.done,
		    gi.total);
		printf("\n## Milestones\n\n");
		for (i = 0; i < d.ntasks; i++) {
			t = &d.tasks[i];
			printf("- [%c] %s%s\n", t->status, t->text,
			    task_overdue(t, gi.live, today) ? " **overdue**" :
			    "");
		}
		printf("\n## Entries\n\n");
		for (i = 0; i < nc; i++) {
			date_format(cv[i].date, ds);
			printf("- %s [%s](%s)\n", ds, cv[i].title,
			    cv[i].path);
		}
	} else {
		printf("%s: %s\n", r.id, gi.title ? gi.title : "");
		printf("  status %s", gi.status);
		if (gi.term != NULL)
			printf(", %s term", gi.term);
		if (gi.mentor != NULL)
			printf(", mentor %s", gi.mentor);
		printf("\n");
		if (gi.created != DATE_NONE) {
			date_format(gi.created, ds);
			printf("  created %s", ds);
		}
		if (gi.due != DATE_NONE) {
			date_format(gi.due, ds);
			printf("%sdue %s (%s)", gi.created != DATE_NONE ?
			    ", " : "  ", ds, days_str(gi.due, &b));
			buf_reset(&b);
		}
		if (gi.created != DATE_NONE || gi.due != DATE_NONE)
			printf("\n");
		list_field_text(&d, "skills", &b);
		if (b.len > 0)
			printf("  skills %s\n", b.buf);
		buf_reset(&b);
		list_field_text(&d, "tags", &b);
		if (b.len > 0)
			printf("  tags %s\n", b.buf);
		printf("  progress %d/%d%s\n", gi.done, gi.total, gi.overdue ?
		    ", overdue" : "");
		printf("\nmilestones:\n");
		for (i = 0; i < d.ntasks; i++) {
			t = &d.tasks[i];
			printf("  %s:%u: [%c] %s%s\n", path, t->line,
			    t->status, t->text, task_overdue(t, gi.live,
			    today) ? "  (overdue)" : "");
		}
		if (d.ntasks == 0)
			printf("  (none)\n");
		printf("\nentries citing it, newest first:\n");
		for (i = 0; i < nc; i++) {
			date_format(cv[i].date, ds);
			printf("  %s  %s  %s\n", ds, cv[i].title, cv[i].path);
		}
		if (nc == 0)
			printf("  (none)\n");
	}
	for (i = 0; i < nc; i++) {
		free(cv[i].id);
		free(cv[i].path);
		free(cv[i].title);
	}
	free(cv);
	buf_release(&b);
	doc_free(&d);
	free(path);
	rec_release(&r);
	return 0;
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		COMMON_LONG,
		{ "due",	required_argument, NULL, OPT_DUE },
		{ "due-before",	required_argument, NULL, OPT_DUE_BEFORE },
		{ "force",	no_argument,	   NULL, OPT_FORCE },
		{ "grep",	required_argument, NULL, OPT_GREP },
		{ "ignore-case", no_argument,	   NULL, 'i' },
		{ "match",	required_argument, NULL, OPT_MATCH },
		{ "mentor",	required_argument, NULL, OPT_MENTOR },
		{ "overdue",	no_argument,	   NULL, OPT_OVERDUE },
		{ "reverse",	no_argument,	   NULL, 'r' },
		{ "skill",	required_argument, NULL, OPT_SKILL },
		{ "status",	required_argument, NULL, OPT_STATUS },
		{ "tag",	required_argument, NULL, OPT_TAG },
		{ "term",	required_argument, NULL, OPT_TERM },
		{ "why",	required_argument, NULL, OPT_WHY },
		{ NULL,		0,		   NULL, 0 }
	};
	struct journal	 j;
	const struct sub *s = NULL;
	unsigned	 seen = 0;
	int		 c, rc, help = 0;

	out_init();
	opts_init(&o);
	while ((c = getopt_long(argc, argv, COMMON_SHORT LISTING_SHORT, longopts,
	    NULL)) != -1) {
		if (opts_common(&o, c, optarg) ||
		    opts_listing(&o, c, optarg, &seen))
			continue;
		if (c >= OPT_FIRST_LOCAL && c < OPT_FIRST_LOCAL + 20)
			seen |= O(c);
		switch (c) {
		case 'h':
			help = 1;
			break;
		case OPT_DUE:
			due = optarg;
			break;
		case OPT_DUE_BEFORE:
			due_before = optarg;
			break;
		case OPT_FORCE:
			force = 1;
			break;
		case OPT_GREP:
			grep = optarg;
			break;
		case OPT_MATCH:
			match = optarg;
			break;
		case OPT_MENTOR:
			mentor = optarg;
			break;
		case OPT_OVERDUE:
			overdue_flag = 1;
			break;
		case OPT_SKILL:
			strv_push(&skills, &nskills, optarg);
			break;
		case OPT_STATUS:
			status = optarg;
			break;
		case OPT_TAG:
			strv_push(&tags, &ntags, optarg);
			break;
		case OPT_TERM:
			term = optarg;
			break;
		case OPT_WHY:
			why = optarg;
			break;
		default:
			sub_usage(subs, NSUBS, NULL, 1);
		}
	}
	argc -= optind;
	argv += optind;
	s = sub_select(subs, NSUBS, argc, argv, help, seen, optnames,
	    sizeof(optnames) / sizeof(optnames[0]));
	if (nskills > 1 && strcmp(s->name, "list") == 0)
		errx(EX_USAGE, "list takes one --skill");
	argc--;
	argv++;

	today = date_today();
	if ((rc = journal_find(&j, o.C, 0)) != 0)
		return rc;
	/* Writers commit what they write when autocommit is on. */
	if (strcmp(s->name, "list") != 0 && strcmp(s->name, "show") != 0)
		commit_setup(&j, s->name);
	if (strcmp(s->name, "add") == 0)
		rc = cmd_add(&j, argc, argv);
	else if (strcmp(s->name, "milestone") == 0)
		rc = cmd_milestone(&j, argc, argv);
	else if (strcmp(s->name, "done") == 0)
		rc = cmd_task(&j, TA_DONE, argc, argv, s);
	else if (strcmp(s->name, "start") == 0)
		rc = cmd_task(&j, TA_START, argc, argv, s);
	else if (strcmp(s->name, "drop") == 0)
		rc = cmd_task(&j, TA_DROP, argc, argv, s);
	else if (strcmp(s->name, "reopen") == 0)
		rc = cmd_task(&j, TA_REOPEN, argc, argv, s);
	else if (strcmp(s->name, "set") == 0) {
		struct rec r;

		if (argc < 2)
			sub_usage(subs, NSUBS, s, 1);
		resolve_goal(&j, argv[0], &r);
		rc = recop_set(&j, &r, argc - 1, argv + 1, &o);
		rec_release(&r);
	} else if (strcmp(s->name, "rename") == 0) {
		struct rec r;

		if (argc != 2)
			sub_usage(subs, NSUBS, s, 1);
		resolve_goal(&j, argv[0], &r);
		rc = recop_rename(&j, &r, argv[1], &o);
		rec_release(&r);
	} else if (strcmp(s->name, "list") == 0)
		rc = cmd_list(&j, argc, argv);
	else if (strcmp(s->name, "show") == 0)
		rc = cmd_show(&j, argc, argv);
	else {
		struct rec r;

		if (argc != 1)
			sub_usage(subs, NSUBS, s, 1);
		resolve_goal(&j, argv[0], &r);
		rc = recop_edit(&j, &r, &o);
		rec_release(&r);
	}
	journal_close(&j);
	free(skills);
	free(tags);
	return out_close(rc);
}
