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
#include "model.h"
#include "render.h"

enum {
	OPT_TERM = OPT_FIRST_LOCAL, OPT_DUE, OPT_MENTOR, OPT_SKILL, OPT_TAG,
	OPT_WHY, OPT_MATCH, OPT_FORCE, OPT_STATUS, OPT_DUE_BEFORE,
	OPT_OVERDUE, OPT_GREP, OPT_AUTHOR
};

/* Which options each subcommand takes, beyond the shared ones. */
#define O(x)	(1U << ((x) - OPT_FIRST_LOCAL))

static int cmd_add(const struct sub *, struct journal *, int, char **);
static int cmd_milestone(const struct sub *, struct journal *, int, char **);
static int cmd_task(const struct sub *, struct journal *, int, char **);
static int cmd_set(const struct sub *, struct journal *, int, char **);
static int cmd_list(const struct sub *, struct journal *, int, char **);
static int cmd_show(const struct sub *, struct journal *, int, char **);

static const struct sub subs[] = {
	{ "add", cmd_add, SUB_WRITES, O(OPT_TERM) | O(OPT_DUE) |
	    O(OPT_MENTOR) | O(OPT_SKILL) | O(OPT_TAG) | O(OPT_WHY),
	  "add title [--term short|long] [--due date] [--mentor id]\n"
	  "           [--skill skill]... [--tag tag]... [--why text]",
	  "make a new goal and print its path", "a title", 1, 1 },
	{ "milestone", cmd_milestone, SUB_WRITES, O(OPT_DUE),
	  "milestone goal text [--due date]",
	  "add an open milestone to a goal", "a goal and the text", 2, 2 },
	{ "done", cmd_task, SUB_WRITES, O(OPT_MATCH) | O(OPT_FORCE),
	  "done goal:line | goal#n | goal --match text | goal [--force]",
	  "mark a milestone done, or the whole goal", "a milestone or a goal",
	  1, 1 },
	{ "start", cmd_task, SUB_WRITES, O(OPT_MATCH),
	  "start goal:line | goal#n | goal --match text | goal",
	  "mark a milestone started, or make the goal active again",
	  "a milestone or a goal", 1, 1 },
	{ "drop", cmd_task, SUB_WRITES, O(OPT_MATCH),
	  "drop goal:line | goal#n | goal --match text | goal",
	  "mark a milestone dropped, or drop the whole goal",
	  "a milestone or a goal", 1, 1 },
	{ "reopen", cmd_task, SUB_WRITES, O(OPT_MATCH),
	  "reopen goal:line | goal#n | goal --match text | goal",
	  "mark a milestone open again, or make the goal active again",
	  "a milestone or a goal", 1, 1 },
	{ "set", cmd_set, SUB_WRITES, 0, "set goal key=value...",
	  "change front matter keys (key= removes one)",
	  "a goal and key=value", 2, -1 },
	{ "rename", cmd_set, SUB_WRITES, 0, "rename goal new-id",
	  "give a goal a new id, and every reference to it",
	  "a goal and its new id", 2, 2 },
	{ "list", cmd_list, 0, O(OPT_STATUS) | O(OPT_TERM) | O(OPT_MENTOR) |
	    O(OPT_SKILL) | O(OPT_DUE_BEFORE) | O(OPT_OVERDUE) | O(OPT_GREP) |
	    O(OPT_AUTHOR) | O_I | O_R | O_N,
	  "list [-iqr0] [--status s,...] [--term t] [--mentor id] "
	  "[--skill s]\n"
	  "           [--due-before date] [--overdue] [--author name]\n"
	  "           [--grep regex] [-n n] [-f format] [goal ... | -]",
	  "list goals, one a line, filtered", "goals", 0, -1 },
	{ "show", cmd_show, 0, 0, "show goal [-f text|json|md]",
	  "show a goal: its fields, milestones and evidence", "a goal", 1,
	  1 },
	{ "edit", cmd_set, SUB_WRITES, 0, "edit goal",
	  "edit a goal in $VISUAL or $EDITOR, checked before it is saved",
	  "a goal", 1, 1 },
};
#define NSUBS	(sizeof(subs) / sizeof(subs[0]))

static const struct optdef opts[] = {
	{ OPT_TERM, "term", "short|long", O(OPT_TERM),
	  "the goal's term; list: goals of that term" },
	{ OPT_DUE, "due", "date", O(OPT_DUE),
	  "the due date (2027-06-30, +3m, eoy...)" },
	{ OPT_MENTOR, "mentor", "id", O(OPT_MENTOR),
	  "the person who helps with it; list: goals they help with" },
	{ OPT_SKILL, "skill", "skill", O(OPT_SKILL),
	  "a skill it grows, repeatable; list: goals growing it" },
	{ OPT_TAG, "tag", "tag", O(OPT_TAG), "a tag, repeatable" },
	{ OPT_WHY, "why", "text", O(OPT_WHY),
	  "the body's first paragraph: why the goal matters" },
	{ OPT_MATCH, "match", "text", O(OPT_MATCH),
	  "the milestone whose text holds text (case-insensitive)" },
	{ OPT_FORCE, "force", NULL, O(OPT_FORCE),
	  "mark the goal done although milestones are still open" },
	{ OPT_STATUS, "status", "status,...", O(OPT_STATUS),
	  "goals of one of these statuses" },
	{ OPT_DUE_BEFORE, "due-before", "date", O(OPT_DUE_BEFORE),
	  "goals due before date" },
	{ OPT_OVERDUE, "overdue", NULL, O(OPT_OVERDUE), "overdue goals" },
	{ OPT_AUTHOR, "author", "name", O(OPT_AUTHOR),
	  "goals whose author is name" },
	{ OPT_GREP, "grep", "regex", O(OPT_GREP),
	  "goals whose title or body matches (PCRE2)" },
	{ 0, NULL, NULL, 0, NULL }
};

static struct opts	 o;
static const char	*term, *due, *why, *match, *status,
			*due_before, *grep, *by;
static char		**skills, **tags, **mentors;
static size_t		 nskills, ntags, nmentors;
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
cmd_add(const struct sub *s, struct journal *j, int argc, char **argv)
{
	struct buf	 b = BUF_INIT, slug = BUF_INIT;
	char		 ds[DATE_STRLEN], *dir, *made = NULL, *author, *m = NULL;
	int		 rc;

	one_line("title", argv[0]);
	check_term(term);
	if (why != NULL && !utf8_valid(why, strlen(why), NULL))
		errx(EX_USAGE, "--why is not valid UTF-8");
	buf_addstr(&b, "---\n");
	yaml_kv(&b, "title", argv[0]);
	if (term != NULL)
		yaml_kv(&b, "term", term);
	yaml_kv(&b, "status", "active");
	/* Given twice, --mentor must name the same person. */
	if ((m = id_once(j, R_PERSON, "--mentor", mentors, nmentors)) !=
	    NULL) {
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
	rc = file_create(j, "goals", slug.buf, ".md", b.buf, b.len, &made);
	if (rc == 0 && !o.quiet) {
		dir = journal_path(j, made);
		path_put(stdout, dir, o.nul);
		free(dir);
	}
	free(made);
	free(m);
	buf_release(&b);
	buf_release(&slug);
	return rc;
}

static int
cmd_milestone(const struct sub *s, struct journal *j, int argc, char **argv)
{
	struct buf	 text = BUF_INIT;
	struct rec	 r;
	char		 ds[DATE_STRLEN], *path;
	unsigned	 line = 0;
	int		 rc;

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
	path = journal_path(j, r.rel);
	rc = goal_milestone(j, r.rel, text.buf, &line);
	if (rc == 0 && !o.quiet)
		printf("%s:%u: [ ] %s\n", path, line, text.buf);
	free(path);
	rec_release(&r);
	buf_release(&text);
	return rc;
}

static int
cmd_task(const struct sub *s, struct journal *j, int argc, char **argv)
{
	static const char *const acts[] = { "done", "start", "drop",
	    "reopen" };
	static const char *const statuses[] = { "done", "active",
	    "dropped", "active" };
	struct rec	 r;
	unsigned long	 line, idx;
	char		*name, *path;
	int		 rc, action;

	for (action = 0; strcmp(acts[action], s->name) != 0; action++)
		;
	name = task_addr_split(argv[0], &line, &idx);
	free(name);
	if (line != 0 || idx != 0 || match != NULL) {
		if (force)
			errx(EX_USAGE, "--force is for marking a whole goal");
		return recop_task(j, RT_MASK(R_GOAL), argv[0], match, action,
		    &o);
	}
	resolve_goal(j, argv[0], &r);
	path = journal_path(j, r.rel);
	rc = goal_status(j, r.rel, statuses[action], force, today);
	if (rc == 0 && !o.quiet)
		path_put(stdout, path, o.nul);
	free(path);
	rec_release(&r);
	return rc;
}

/* What list filters on. */
static struct ure	*re;
static char		*mentor_id;
static mdate		 before = DATE_NONE;

/* Does the goal pass the filters?  --grep reads its title or body. */
static int
list_keep(void *ctx, const struct rec *r, void *m, const struct doc *d)
{
	const struct goal	*g = m;
	const char		*body;
	size_t			 blen;

	(void)ctx;
	if (r->type != R_GOAL)
		return 1;
	if ((status != NULL && !csv_has(status, g->status)) ||
	    (term != NULL && (g->term == NULL || strcmp(g->term, term) != 0)) ||
	    (mentor_id != NULL && (g->mentor == NULL ||
	    strcmp(g->mentor, mentor_id) != 0)) ||
	    (nskills > 0 && !strv_has(g->skills, g->nskills, skills[0])) ||
	    (before != DATE_NONE && (g->due == DATE_NONE ||
	    g->due >= before)) ||
	    (overdue_flag && !g->overdue) || (by != NULL &&
	    (g->author == NULL || strcmp(g->author, by) != 0)))
		return 0;
	if (re == NULL)
		return 1;
	doc_body(d, &body, &blen);
	return ure_match(re, g->title, strlen(g->title)) ||
	    ure_match(re, body, blen);
}

static const char *const list_tsv[] = { "id", "status", "term", "due",
	"progress", "next", "overdue", "title" };
static const struct ocol list_cols[] = {
	{ "id", 0 }, { "status", O_DROP(2) }, { "term", O_DROP(1) },
	{ "due", 0 }, { "progress", 0 }, { "next", O_DROP(3) },
	{ "overdue", O_DROP(4) }, { "title", O_FLEX }
};

/*
 * A goal a line.  In colour, red marks what is late: the due date when
 * the goal's own has passed, the next milestone's when it is overdue
 * (the next is the earliest due, so a late milestone makes it late).
 */
static void
list_row(struct out *out, const struct goal *g)
{
	char	 prog[32];
	int	 late_due = g->live && g->due != DATE_NONE && g->due < today;
	int	 late_next = g->next >= 0 && g->ms[g->next].overdue;

	snprintf(prog, sizeof(prog), "%d/%d", g->done, g->total);
	out_row(out);
	out_str(out, "path", g->path, O_J | O_P);
	out_str(out, "id", g->id, O_ALL);
	out_color(out, g->status_v == GS_DONE ? "32" : g->status_v !=
	    GS_ACTIVE ? "2" : NULL);
	out_str(out, "status", g->status, O_ALL);
	out_str(out, "term", g->term, O_ALL);
	out_color(out, late_due ? "31" : NULL);
	out_date(out, "due", g->due, O_ALL);
	out_str(out, "progress", prog, O_ALL);
	out_color(out, late_next ? "31" : NULL);
	out_date(out, "next", g->next >= 0 ? g->ms[g->next].due : DATE_NONE,
	    O_ALL);
	out_bool(out, "overdue", g->overdue, O_J);
	out_color(out, g->overdue ? "31" : NULL);
	out_str(out, "overdue", g->overdue ? "yes" : "no", O_V | O_S);
	out_str(out, "title", g->title, O_ALL);
	out_end(out);
}

static int
cmd_list(const struct sub *sub, struct journal *j, int argc, char **argv)
{
	struct reclist		 args = { NULL, 0, 0 };
	struct scan		 s;
	struct out		 out;
	const struct goal	*g;
	size_t			 i, k, n, shown;
	int			 rc = 0;

	(void)sub;
	check_term(term);
	if (status != NULL) {
		const char *p;

		for (p = status; p != NULL; p = strchr(p, ',') ?
		    strchr(p, ',') + 1 : NULL) {
			size_t	 len = strcspn(p, ",");
			char	*w = xstrndup(p, len);

			if (!schema_in_set(w, "active|paused|done|dropped"))
				errx(EX_USAGE, "--status: unknown value '%s' "
				    "(one of: active, paused, done, dropped)",
				    w);
			free(w);
		}
	}
	/* "Before the end of the year" holds its last day. */
	if (due_before != NULL)
		before = date_arg("--due-before", due_before, today,
		    j->set.week_start) + date_period_end(due_before);
	mentor_id = id_once(j, R_PERSON, "--mentor", mentors, nmentors);
	if (grep != NULL)
		re = ure_compile(grep, o.icase);
	if (argc > 0)
		rc = journal_args(j, RT_MASK(R_GOAL), argc, argv, o.nul, &args);
	scan_init(&s, j, today);
	s.keep = list_keep;
	rc = status_merge(rc, scan_run(&s));
	out_init(&out, opts_fmt(&o, FMT_PATHS), &o);
	if (out.fmt == FMT_MD)
		errx(EX_USAGE, "lists print text, paths, tsv, json or jsonl, "
		    "not md");
	out_rows(&out, list_tsv, 8, list_cols, 8);
	/* The goals given in their order, else the journal's by id. */
	n = argc > 0 ? args.n : s.ngoals;
	for (shown = 0, k = 0; k < n; k++) {
		i = o.reverse ? n - 1 - k : k;
		g = argc > 0 ? scan_goal(&s, args.v[i].id) : s.goals[i];
		if (g == NULL)
			continue;
		if (o.limit >= 0 && shown >= (size_t)o.limit)
			break;
		list_row(&out, g);
		shown++;
	}
	out_done(&out);
	if (rc == 0 && shown == 0)
		rc = EX_PROBLEM;
	scan_release(&s);
	free(mentor_id);
	ure_free(re);
	reclist_release(&args);
	return rc;
}

/* One entry that cites the goal. */
struct cite {
	mdate	 date;
	char	*id, *path, *title;
};

struct citing {
	const char	*id;
	struct cite	*v;
	size_t		 n;
};

static void
cite_entry(void *ctx, const struct entry *e)
{
	struct citing	*c = ctx;

	if (!strv_has(e->goals, e->ngoals, c->id))
		return;
	c->v = xreallocarray(c->v, c->n + 1, sizeof(*c->v));
	c->v[c->n].date = e->date;
	c->v[c->n].id = xstrdup(e->id);
	c->v[c->n].path = xstrdup(e->path);
	c->v[c->n].title = xstrdup(e->title);
	c->n++;
}

static int
cite_cmp(const void *a, const void *b)
{
	const struct cite	*x = a, *y = b;

	if (x->date != y->date)
		return x->date > y->date ? -1 : 1;
	return -strcmp(x->id, y->id);
}

/* "3 days left", "1 day overdue", "due today". */
static const char *
days_str(mdate d, char *s, size_t n)
{
	int	 k = d - today;

	if (k == 0)
		snprintf(s, n, "due today");
	else
		snprintf(s, n, "%d day%s %s", abs(k), abs(k) == 1 ? "" : "s",
		    k > 0 ? "left" : "overdue");
	return s;
}

/* A list field in the view: "lead: a, b", or nothing when empty. */
static void
view_list(struct out *out, const char *text_lead, const char *md_lead,
    const char *const *v, size_t n)
{
	size_t	 i;

	if (n == 0)
		return;
	out_text(out, O_T, "%s", text_lead);
	out_text(out, O_M, "%s", md_lead);
	for (i = 0; i < n; i++)
		out_text(out, O_V, "%s%s", i ? ", " : "", v[i]);
	out_nl(out, O_V);
}

/* The day the goal was done or dropped: "  done 2026-11-20". */
static void
show_finished(struct out *out, const char *what, mdate d)
{
	char	 key[16];

	snprintf(key, sizeof(key), "%s_on", what);
	if (d != DATE_NONE) {
		out_text(out, O_T, "  %s ", what);
		out_text(out, O_M, "- %s: ", what);
	}
	out_date(out, key, d, O_ALL);
	if (d != DATE_NONE)
		out_nl(out, O_V);
}

/* The goal shown alone, with its milestones and the entries citing it. */
static void
show(struct out *out, const struct goal *g, const struct citing *c)
{
	const struct item	*m;
	char			 d[32];
	size_t			 i;

	out_doc(out);
	out_str(out, "id", g->id, O_J);
	out_str(out, "path", g->path, O_J);
	out_text(out, O_T, "%s: ", g->id);
	out_text(out, O_M, "# ");
	out_str(out, "title", g->title, O_ALL);
	out_nl(out, O_V);
	out_blank(out, O_M);
	out_text(out, O_T, "  status ");
	out_text(out, O_M, "- status: ");
	out_str(out, "status", g->status, O_ALL);
	out_nl(out, O_M);
	if (g->term != NULL) {
		out_text(out, O_T, ", %s term", g->term);
		out_text(out, O_M, "- term: %s", g->term);
		out_nl(out, O_M);
	}
	out_str(out, "term", g->term, O_J);
	if (g->mentor != NULL) {
		out_text(out, O_T, ", mentor %s", g->mentor);
		out_text(out, O_M, "- mentor: %s", g->mentor);
		out_nl(out, O_M);
	}
	out_str(out, "mentor", g->mentor, O_J);
	out_nl(out, O_T);
	if (g->created != DATE_NONE) {
		out_text(out, O_T, "  created ");
		out_text(out, O_M, "- created: ");
	}
	out_date(out, "created", g->created, O_ALL);
	out_nl(out, O_M);
	if (g->due != DATE_NONE) {
		out_text(out, O_T, "%s", g->created != DATE_NONE ? ", due " :
		    "  due ");
		out_text(out, O_M, "- due: ");
	}
	out_date(out, "due", g->due, O_ALL);
	/* Days left or overdue mean something only while it is active. */
	if (g->due != DATE_NONE && g->live)
		out_text(out, O_V, " (%s)", days_str(g->due, d, sizeof(d)));
	out_nl(out, O_V);
	out_intn(out, "days_left", g->due - today, g->due != DATE_NONE, O_J);
	show_finished(out, "done", g->done_on);
	show_finished(out, "dropped", g->dropped_on);
	view_list(out, "  skills ", "- skills: ", g->skills, g->nskills);
	out_strv(out, "skills", g->skills, g->nskills, O_J);
	view_list(out, "  tags ", "- tags: ", g->tags, g->ntags);
	out_strv(out, "tags", g->tags, g->ntags, O_J);
	out_text(out, O_T, "  progress ");
	out_text(out, O_M, "- progress: ");
	out_int(out, "done", g->done, O_ALL);
	out_text(out, O_V, "/");
	out_int(out, "total", g->total, O_ALL);
	out_text(out, O_T, "%s", g->overdue ? ", overdue" : "");
	out_text(out, O_M, " milestones done");
	out_nl(out, O_V);
	out_bool(out, "overdue", g->overdue, O_J);
	out_date(out, "next_due", g->next >= 0 ? g->ms[g->next].due :
	    DATE_NONE, O_J);

	out_blank(out, O_V);
	out_text(out, O_T, "milestones:");
	out_text(out, O_M, "## Milestones");
	out_nl(out, O_V);
	out_blank(out, O_M);
	out_list(out, "milestones", O_J);
	for (i = 0; i < g->nms; i++) {
		m = &g->ms[i];
		out_row(out);
		out_text(out, O_T, "  %s:", g->path);
		out_int(out, "line", m->line, O_J | O_T);
		out_text(out, O_T, ":");
		out_text(out, O_T, " [%c] ", m->status);
		out_text(out, O_M, "- [%c] ", m->status);
		out_str(out, "status", task_status_word(m->status), O_J);
		out_str(out, "text", m->text, O_ALL);
		out_date(out, "due", m->due, O_J);
		out_date(out, "done", m->done, O_J);
		out_bool(out, "overdue", m->overdue, O_J);
		out_text(out, O_T, "%s", m->overdue ? "  (overdue)" : "");
		out_text(out, O_M, "%s", m->overdue ? " **overdue**" : "");
		out_nl(out, O_V);
		out_end(out);
	}
	out_end(out);
	if (g->nms == 0) {
		out_text(out, O_T, "  (none)");
		out_nl(out, O_T);
	}
	out_blank(out, O_V);
	out_text(out, O_T, "entries citing it, newest first:");
	out_text(out, O_M, "## Entries");
	out_nl(out, O_V);
	out_blank(out, O_M);
	out_list(out, "entries", O_J);
	for (i = 0; i < c->n; i++) {
		out_row(out);
		out_str(out, "id", c->v[i].id, O_J);
		out_str(out, "path", c->v[i].path, O_J);
		out_bullet(out);
		out_date(out, "date", c->v[i].date, O_ALL);
		out_text(out, O_T, "  %s  %s", c->v[i].title, c->v[i].path);
		out_text(out, O_M, " [%s](%s)", c->v[i].title, c->v[i].path);
		out_str(out, "title", c->v[i].title, O_J);
		out_nl(out, O_V);
		out_end(out);
	}
	out_end(out);
	if (c->n == 0) {
		out_text(out, O_T, "  (none)");
		out_nl(out, O_T);
	}
}

static int
cmd_show(const struct sub *sub, struct journal *j, int argc, char **argv)
{
	struct rec		 r;
	struct scan		 s;
	struct citing		 c;
	struct out		 out;
	const struct goal	*g;
	size_t			 i;
	int			 rc, fmt = o.fmt == FMT_NONE ? FMT_TEXT : o.fmt;

	if (fmt != FMT_TEXT && fmt != FMT_JSON && fmt != FMT_MD)
		errx(EX_USAGE, "show prints text, json or md, not %s",
		    fmt_name(fmt));
	resolve_goal(j, argv[0], &r);
	memset(&c, 0, sizeof(c));
	c.id = r.id;
	scan_init(&s, j, today);
	s.ctx = &c;
	s.entry = cite_entry;
	rc = scan_run(&s);
	if ((g = scan_goal(&s, r.id)) != NULL) {
		if (c.n > 1)
			qsort(c.v, c.n, sizeof(*c.v), cite_cmp);
		out_init(&out, fmt, &o);
		show(&out, g, &c);
		out_done(&out);
	}
	for (i = 0; i < c.n; i++) {
		free(c.v[i].id);
		free(c.v[i].path);
		free(c.v[i].title);
	}
	free(c.v);
	scan_release(&s);
	rec_release(&r);
	/* A broken record anywhere is 65, as for every reader. */
	return rc;
}

static int
cmd_set(const struct sub *sub, struct journal *j, int argc, char **argv)
{
	return recop_cmd(sub, j, R_GOAL, argc, argv, &o);
}

/* A local option: its bit for the subcommand's check, 0 if not ours. */
static unsigned
option(int c, const char *arg)
{
	switch (c) {
	case OPT_DUE:
		opt_once(&due, "--due", arg);
		break;
	case OPT_DUE_BEFORE:
		opt_once(&due_before, "--due-before", arg);
		break;
	case OPT_FORCE:
		force = 1;
		break;
	case OPT_GREP:
		opt_once(&grep, "--grep", arg);
		break;
	case OPT_AUTHOR:
		by = arg;
		break;
	case OPT_MATCH:
		opt_once(&match, "--match", arg);
		break;
	case OPT_MENTOR:
		strv_push(&mentors, &nmentors, arg);
		break;
	case OPT_OVERDUE:
		overdue_flag = 1;
		break;
	case OPT_SKILL:
		strv_push(&skills, &nskills, arg);
		break;
	case OPT_STATUS:
		opt_once(&status, "--status", arg);
		break;
	case OPT_TAG:
		strv_push(&tags, &ntags, arg);
		break;
	case OPT_TERM:
		opt_once(&term, "--term", arg);
		break;
	case OPT_WHY:
		opt_once(&why, "--why", arg);
		break;
	default:
		return 0;
	}
	return O(c);
}

/*
 * --skill and --tag: each word once in add; list filters on one skill
 * (again is fine when it is the same).
 */
static void
check(const struct sub *s)
{
	const char	*skill = NULL;
	size_t		 i;

	nskills = words_each(skills, nskills);
	ntags = words_each(tags, ntags);
	if (strcmp(s->name, "list") == 0)
		for (i = 0; i < nskills; i++)
			opt_once(&skill, "--skill", skills[i]);
}

int
main(int argc, char *argv[])
{
	static const struct program prog = {
		"Goals and their milestones in a mentor journal.",
		subs, NSUBS, opts, option, check
	};
	int	 rc;

	today = date_today();
	rc = prog_main(&prog, &o, argc, argv);
	free(skills);
	free(tags);
	free(mentors);
	return rc;
}
