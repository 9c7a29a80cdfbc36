/*
 * mentor-report: summary, progress, cadence, actions, skills, wins, agenda,
 * timeline, due and all reports over a journal, or over many journals at
 * once.
 * The reports themselves are lib/report/: this is their options.
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
#include "report/report.h"

enum {
	OPT_PERIOD = OPT_FIRST_LOCAL, OPT_SINCE, OPT_UNTIL, OPT_WITH,
	OPT_SHARE, OPT_JOURNAL, OPT_JOURNALS, OPT_AT, OPT_AUTHOR
};

static struct opts	 o;
static const char	*period_opt, *since_opt, *until_opt, *with_opt, *at_opt,
			*by;
static char		**withs;
static size_t		 nwiths;
static int		 share, journals_stdin;
static char		**jdirs;
static size_t		 njdirs;

/* The reports, for --help (lib/report/ has the reports themselves). */
static const struct sub reports[] = {
	{ "summary", NULL, 0, 0, "[summary] [record ... | -]",
	  "people, check-ins, goals, open items and wins (the default)",
	  NULL, 0, -1 },
	{ "progress", NULL, 0, 0, "progress [record ... | -]",
	  "each goal: milestones, the next one, the entries that are its "
	  "evidence", NULL, 0, -1 },
	{ "cadence", NULL, 0, 0, "cadence [record ... | -]",
	  "each relationship: check-ins held against expected, weeks with one",
	  NULL, 0, -1 },
	{ "actions", NULL, 0, 0, "actions [record ... | -]",
	  "the open action items by person, oldest first", NULL, 0, -1 },
	{ "skills", NULL, 0, 0, "skills [record ... | -]",
	  "each skill's ratings over time", NULL, 0, -1 },
	{ "wins", NULL, 0, 0, "wins [record ... | -]",
	  "goals and milestones done, skills that rose, win entries, "
	  "encouragement",
	  NULL, 0, -1 },
	{ "agenda", NULL, 0, 0, "agenda --with person",
	  "the next meeting's agenda: open items, last feedback and ratings",
	  NULL, 0, -1 },
	{ "timeline", NULL, 0, 0, "timeline [record ... | -]",
	  "a day a line: entries held and planned, what falls due (30 days "
	  "back, 14 ahead)",
	  NULL, 0, -1 },
	{ "due", NULL, 0, 0, "due [record ... | -]",
	  "what falls due: next check-ins, milestones, action items (-f ics: "
	  "a calendar)", NULL, 0, -1 },
	{ "all", NULL, 0, 0, "all [record ... | -]",
	  "every report on one page (-f html) or in one JSON object",
	  NULL, 0, -1 },
	{ "changes", NULL, 0, 0, "changes rev1..rev2 | rev",
	  "what happened between two git commits: records added, items "
	  "done, statuses changed", NULL, 1, 1 },
};

static const struct optdef opts[] = {
	{ OPT_PERIOD, "period", "period", 0,
	  "within a period: 2026, 2026-Q4, 2026-11, 2026-W47, this-month..." },
	{ OPT_SINCE, "since", "date", 0, "from date on" },
	{ OPT_UNTIL, "until", "date", 0, "up to date" },
	{ OPT_WITH, "with", "person", 0, "about one person" },
	{ OPT_AUTHOR, "author", "name", 0, "only the entries whose author is "
	  "name" },
	{ OPT_SHARE, "share", NULL, 0, "for sending: no prose, private "
	  "entries reduced to their numbers" },
	{ OPT_AT, "at", "rev", 0, "the journal as it was at a git commit "
	  "(HEAD~3, a tag, an id), read from git" },
	{ OPT_JOURNAL, "journal", "dir", 0, "a program-wide summary over "
	  "journals, repeatable" },
	{ OPT_JOURNALS, "journals", "-", 0, "the journals' folders from "
	  "standard input" },
	{ 0, NULL, NULL, 0, NULL }
};

static const struct optdef *const tabs[] = { common_opts, opts, NULL };

static const struct helpdoc help = {
	"[options] [report] [record ... | -]",
	"Reports over a mentor journal, or a summary over many.",
	"Reports", "report", reports, sizeof(reports) / sizeof(reports[0]),
	tabs
};

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
	errx(EX_USAGE, "unknown report '%s' (%s)", arg, report_names);
}

/* A journal's folder for a program-wide report: the same one only once. */
static void
dir_add(const char *dir)
{
	size_t	 i;

	for (i = 0; i < njdirs; i++)
		if (strcmp(jdirs[i], dir) == 0)
			return;
	strv_push(&jdirs, &njdirs, xstrdup(dir));
}

/* The folders of --journal and, with --journals -, of standard input. */
static void
program_dirs(void)
{
	char	*line = NULL;
	size_t	 cap = 0;
	ssize_t	 n;

	while (journals_stdin && (n = getdelim(&line, &cap, o.nul ? '\0' :
	    '\n', stdin)) != -1) {
		while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r' ||
		    line[n - 1] == '\0'))
			line[--n] = '\0';
		if (n > 0)
			dir_add(line);
	}
	free(line);
	if (njdirs == 0)
		errx(EX_USAGE, "--journals -: no folders on standard input");
}

/* The journal, as it is or as it was at --at. */
static int
open_journal(struct journal *j)
{
	int	 rc;

	if ((rc = journal_find(j, o.C, JF_QUIET)) != 0)
		return rc;
	if (at_opt != NULL && (rc = journal_git(j, at_opt, JF_QUIET)) != 0)
		journal_close(j);
	return rc;
}

/* A report being made: the report, its state, what it knows. */
struct run {
	const struct report	*r;
	void			*st;
	struct rctx		*rc;
};

/* The people and goals are read: the report begins. */
static void
ready(void *ctx)
{
	struct run	*run = ctx;

	run->st = run->r->new(run->rc);
}

/* --author: the entries of one author (people and goals stay). */
static int
keep(void *ctx, const struct rec *r, void *m, const struct doc *d)
{
	const struct entry	*e = m;

	return r->type != R_ENTRY || (e->author != NULL &&
	    strcmp(e->author, by) == 0);
}

static void
entry(void *ctx, const struct entry *e)
{
	struct run	*run = ctx;

	if (run->r->entry != NULL)
		run->r->entry(run->st, run->rc, e);
}

/* One report over one journal (or the records given). */
static int
report(const struct report *r, int argc, char **argv, mdate today)
{
	struct journal	 j;
	struct reclist	 l = { NULL, 0, 0 };
	struct scan	 s;
	struct rctx	 rc;
	struct out	 out;
	struct run	 run;
	size_t		 rows;
	int		 rc_find, status = 0;

	if ((rc_find = open_journal(&j)) != 0)
		return rc_find;
	memset(&rc, 0, sizeof(rc));
	rc.j = &j;
	rc.today = today;
	rc.share = share;
	rc.fmt = o.fmt == FMT_NONE ? FMT_TEXT : o.fmt;
	period_args(&rc.per, period_opt, since_opt, until_opt, today,
	    j.set.week_start);
	/*
	 * The timeline, unless told: 30 days up to today (or --until), and
	 * two weeks ahead, where the planned check-ins and those due are.
	 */
	if (r == &report_timeline) {
		if (rc.per.since == DATE_NONE)
			rc.per.since = (rc.per.until != DATE_NONE ?
			    rc.per.until : today) - 29;
		if (rc.per.until == DATE_NONE)
			rc.per.until = today + 14;
	}
	/* --with again is fine for the same person, a usage error else. */
	rc.with = id_once(&j, R_PERSON, "--with", withs, nwiths);
	if (argc > 0)
		status = journal_args(&j, RT_ALL, argc, argv, o.nul, &l);
	rc.given = argc > 0;
	scan_init(&s, &j, today);
	s.flags = r->scan | SCAN_SORT | (share ? SCAN_SHARE : 0);
	s.only = argc > 0 ? &l : NULL;
	run.r = r;
	run.st = NULL;
	run.rc = &rc;
	s.ctx = &run;
	s.ready = ready;
	s.entry = entry;
	s.keep = by != NULL ? keep : NULL;
	rc.s = &s;
	status = status_merge(status, scan_run(&s));
	out_init(&out, rc.fmt, &o);
	rows = r->print(run.st, &rc, &out);
	out_done(&out);
	r->free(run.st);
	if (o.quiet && rows == 0)
		status = status_merge(status, EX_PROBLEM);
	scan_release(&s);
	free((char *)rc.with);
	reclist_release(&l);
	journal_close(&j);
	return status;
}

/* mentor-report changes A..B: two journals read from git, compared. */
static int
changes(int argc, char **argv, mdate today)
{
	size_t	 rows;
	int	 rc = 0;

	if (argc != 2)
		usage_error(NULL, "changes takes one range of commits: A..B, "
		    "or A for A..HEAD");
	if (at_opt != NULL || njdirs > 0 || journals_stdin || with_opt !=
	    NULL || period_opt != NULL || since_opt != NULL || until_opt !=
	    NULL || by != NULL)
		errx(EX_USAGE, "changes takes no --at, --journal, --with, "
		    "--author or period");
	rows = report_changes(argv[1], &o, today, share, &rc);
	if (o.quiet && rows == 0)
		rc = status_merge(rc, EX_PROBLEM);
	return out_close(rc);
}

int
main(int argc, char *argv[])
{
	const struct report	*r = NULL;
	struct journal		 j;
	struct getopts		 g;
	size_t			 i, rows;
	int			 c, rc = 0, help_asked = 0;
	mdate			 today;

	cli_init(argv);
	opts_init(&o);
	o.docs = 1U << FMT_HTML | 1U << FMT_ICS;
	o.markdown = md_to_html;
	getopts_init(&g, tabs);
	while ((c = getopts_next(&g, argc, argv)) != -1) {
		if (opts_common(&o, c, optarg))
			continue;
		switch (c) {
		case 'h':
			help_asked = 1;
			break;
		case OPT_JOURNAL:
			dir_add(optarg);
			break;
		case OPT_AT:
			at_opt = optarg;
			break;
		case OPT_AUTHOR:
			by = optarg;
			break;
		case OPT_JOURNALS:
			if (strcmp(optarg, "-") != 0)
				usage_error(NULL, "--journals takes '-' "
				    "(folders on standard input)");
			journals_stdin = 1;
			break;
		case OPT_PERIOD:
			opt_once(&period_opt, "--period", optarg);
			break;
		case OPT_SHARE:
			share = 1;
			break;
		case OPT_SINCE:
			opt_once(&since_opt, "--since", optarg);
			break;
		case OPT_UNTIL:
			opt_once(&until_opt, "--until", optarg);
			break;
		case OPT_WITH:
			strv_push(&withs, &nwiths, optarg);
			with_opt = optarg;
			break;
		}
	}
	getopts_release(&g);
	argc -= optind;
	argv += optind;
	if (argc > 0 && (r = report_find(argv[0])) != NULL) {
		argc--;
		argv++;
	}
	if (help_asked)
		help_print(&help, sub_find(reports, sizeof(reports) /
		    sizeof(reports[0]), r != NULL ? r->name : argc > 0 ?
		    argv[0] : ""));
	if (o.fmt == FMT_PATHS || o.fmt == FMT_JSONL)
		errx(EX_USAGE, "reports print text, md, tsv, json or html, "
		    "not %s", fmt_name(o.fmt));
	if (o.fmt == FMT_ICS && r != &report_due)
		errx(EX_USAGE, "ics is the due report's format (mentor-report "
		    "due -f ics)");
	if (o.fmt == FMT_TSV && r == &report_all)
		errx(EX_USAGE, "all prints text, md, json or html: tsv has a "
		    "table a report");
	today = date_today();
	if (r == NULL && argc > 0 && strcmp(argv[0], "changes") == 0)
		return changes(argc, argv, today);
	for (i = 0; i < (size_t)argc; i++)
		if (strcmp(argv[i], "-") == 0 && journals_stdin)
			errx(EX_USAGE, "--journals - and - both read standard "
			    "input");
	if (njdirs > 0 || journals_stdin) {
		if (argc > 0 || o.C != NULL || with_opt != NULL ||
		    at_opt != NULL || by != NULL)
			errx(EX_USAGE, "--journal and --journals take no "
			    "records, no -C, --with, --at or --author");
		if (r != NULL && r != &report_summary)
			errx(EX_USAGE, "a program-wide report is a summary, "
			    "not %s", r->name);
		program_dirs();
		rows = report_program(jdirs, njdirs, &o, period_opt, since_opt,
		    until_opt, today, &rc);
		if (o.quiet && rows == 0)
			rc = status_merge(rc, EX_PROBLEM);
		strv_free(jdirs, njdirs);
		return out_close(rc);
	}
	if (r == &report_agenda && with_opt == NULL)
		errx(EX_USAGE, "the agenda is for one person: give --with ID");
	if (r == NULL && argc > 0) {
		if ((rc = open_journal(&j)) != 0)
			return rc;
		check_report_name(&j, argv[0]);
		journal_close(&j);
	}
	rc = report(r != NULL ? r : &report_summary, argc, argv, today);
	free(withs);
	return out_close(rc);
}
