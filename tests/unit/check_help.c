#include "config.h"

#include <check.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "mentor.h"
#include "fixture.h"

/*
 * help.c: options described once — getopt's tables made from them, a bad
 * option named in one line, --help — and the checks of a subcommand's
 * name and operands.  What exits runs in a child (fx_run).
 */

enum { OPT_DUE = OPT_FIRST_LOCAL, OPT_FORCE, OPT_MATCH };
#define BIT(x)	(1U << ((x) - OPT_FIRST_LOCAL))

static const struct optdef local[] = {
	{ OPT_DUE, "due", "date", BIT(OPT_DUE), "the due date" },
	{ OPT_FORCE, "force", NULL, BIT(OPT_FORCE), "do it anyway, even when "
	  "the milestones of the goal are still open and the goal is not "
	  "finished" },
	{ OPT_MATCH, "match", "text", BIT(OPT_MATCH), "the item holding text" },
	{ 'm', "message", "text", BIT(OPT_MATCH) << 8, "a paragraph" },
	{ 0, NULL, NULL, 0, NULL }
};

static const struct optdef *const tabs[] = { common_opts, listing_opts,
	local, NULL };

static const struct sub subs[] = {
	{ "add", NULL, SUB_WRITES, BIT(OPT_DUE) | (BIT(OPT_MATCH) << 8),
	  "add title [--due date]", "add a goal and print its path",
	  "a title", 1, 1 },
	{ "done", NULL, SUB_WRITES, BIT(OPT_FORCE) | BIT(OPT_MATCH),
	  "done goal [--force] [--match text]", "mark it done",
	  "a goal", 1, 1 },
	{ "list", NULL, 0, O_I | O_N | O_R | BIT(OPT_DUE),
	  "list [-inr] [goal ...]", "list goals", "goals", 0, -1 },
};

static const struct helpdoc doc = { "[options] command [argument ...]",
	"Goals, for the tests.", "Commands", "command", subs, 3, tabs };

/*
 * What a usage error prints: "PROG: msg", then where help is ("try 'PROG
 * --help'", or for a subcommand "try 'PROG sub --help'").  err is "msg"
 * or "msg|sub"; "" is nothing.
 */
static char *
said(const char *err)
{
	const char	*bar = strchr(err, '|');
	char		*s;

	if (err[0] == '\0')
		return xstrdup("");
	if (bar != NULL)
		xasprintf(&s, "%s: %.*s\ntry '%s %s --help'\n", progname(),
		    (int)(bar - err), err, progname(), bar + 1);
	else
		xasprintf(&s, "%s: %s\ntry '%s --help'\n", progname(), err,
		    progname());
	return s;
}

START_TEST(test_tables)
{
	struct getopts	 g;
	size_t		 n;

	getopts_init(&g, tabs);
	ck_assert_str_eq(g.shortopts.buf, ":C:f:0qhin:rm:");
	for (n = 0; g.longopts[n].name != NULL; n++)
		;
	/* -n has no long name; every other option has one. */
	ck_assert_uint_eq(n, 8 + 2 + 4);
	ck_assert_str_eq(g.longopts[0].name, "directory");
	ck_assert_int_eq(g.longopts[0].has_arg, required_argument);
	ck_assert_int_eq(g.longopts[0].val, 'C');
	ck_assert_str_eq(g.longopts[4].name, "color");
	ck_assert_int_eq(g.longopts[4].has_arg, optional_argument);
	ck_assert_str_eq(g.longopts[10].name, "due");
	ck_assert_int_eq(g.longopts[10].val, OPT_DUE);
	ck_assert_int_eq(g.longopts[11].has_arg, no_argument);
	getopts_stop(&g);
	ck_assert_str_eq(g.shortopts.buf, "+:C:f:0qhin:rm:");
	getopts_release(&g);
	ck_assert_ptr_eq(optdef_find(tabs, OPT_FORCE), &local[1]);
	ck_assert_ptr_eq(optdef_find(tabs, 'n'), &listing_opts[1]);
	ck_assert_ptr_null(optdef_find(tabs, 'z'));
}
END_TEST

START_TEST(test_optdef_name)
{
	char	 s[32];

	ck_assert_str_eq(optdef_name(&local[0], s, sizeof(s)), "--due");
	ck_assert_str_eq(optdef_name(&listing_opts[1], s, sizeof(s)), "-n");
	ck_assert_str_eq(optdef_name(&common_opts[0], s, sizeof(s)), "-C");
}
END_TEST

/* Parse the words of arg (NULL-ended) and print what was seen. */
static void
parse(void *arg)
{
	char		**words = arg;
	struct getopts	 g;
	int		 argc, c;

	for (argc = 0; words[argc] != NULL; argc++)
		;
	getopts_init(&g, tabs);
	while ((c = getopts_next(&g, argc, words)) != -1)
		printf("%d=%s\n", c, optarg != NULL ? optarg : "-");
	for (; optind < argc; optind++)
		printf("operand %s\n", words[optind]);
	getopts_release(&g);
	exit(0);
}

static void
expect_parse(char **words, int status, const char *out, const char *err)
{
	struct fx_child	 c;
	char		*want;

	fx_run(parse, words, &c);
	ck_assert_int_eq(c.status, status);
	ck_assert_str_eq(c.out, out);
	want = said(err);
	ck_assert_str_eq(c.err, want);
	free(want);
	fx_child_free(&c);
}

START_TEST(test_parse)
{
	char	*ok[] = { "prog", "-C", "j", "add", "--due=2026-12-01", "x",
		    "--color", "-m", "hi", NULL };
	char	*unknown_long[] = { "prog", "--bogus", NULL };
	char	*unknown_short[] = { "prog", "add", "-z", NULL };
	char	*cluster[] = { "prog", "-qz", NULL };
	char	*missing_long[] = { "prog", "list", "--due", NULL };
	char	*missing_short[] = { "prog", "-n", NULL };
	char	*novalue[] = { "prog", "--force=yes", NULL };
	char	*novalue2[] = { "prog", "--help=x", NULL };
	char	 want[256];

	snprintf(want, sizeof(want), "%d=j\n%d=2026-12-01\n%d=-\n%d=hi\n"
	    "operand add\noperand x\n", 'C', OPT_DUE, OPT_COLOR, 'm');
	expect_parse(ok, 0, want, "");
	expect_parse(unknown_long, EX_USAGE, "",
	    "unknown option '--bogus'");
	expect_parse(unknown_short, EX_USAGE, "",
	    "unknown option '-z'");
	snprintf(want, sizeof(want), "%d=-\n", 'q');
	expect_parse(cluster, EX_USAGE, want,
	    "unknown option '-z'");
	expect_parse(missing_long, EX_USAGE, "",
	    "--due needs a value (date)");
	expect_parse(missing_short, EX_USAGE, "",
	    "-n needs a value (n)");
	expect_parse(novalue, EX_USAGE, "",
	    "--force takes no value");
	expect_parse(novalue2, EX_USAGE, "",
	    "--help takes no value");
}
END_TEST

static void
help_all(void *arg)
{
	(void)arg;
	help_print(&doc, NULL);
}

static void
help_one(void *arg)
{
	help_print(&doc, &subs[*(int *)arg]);
}

START_TEST(test_help)
{
	struct fx_child	 c;
	char		*want;
	const char	*p = progname();
	int		 k;

	fx_run(help_all, NULL, &c);
	ck_assert_int_eq(c.status, 0);
	ck_assert_str_eq(c.err, "");
	xasprintf(&want,
	    "usage: %s [options] command [argument ...]\n"
	    "\n"
	    "Goals, for the tests.\n"
	    "\n"
	    "Commands:\n"
	    "  add          add a goal and print its path\n"
	    "  done         mark it done\n"
	    "  list         list goals\n"
	    "\n"
	    "Options:\n"
	    "  -C, --directory dir     use the journal in dir (else "
	    "$MENTOR_JOURNAL, else\n"
	    "                          the folder holding mentor.yaml)\n", p);
	/* The start: usage, what it is, the commands, the first option. */
	ck_assert_int_eq(strncmp(c.out, want, strlen(want)), 0);
	free(want);
	/* Options only some commands take say which. */
	ck_assert_ptr_nonnull(strstr(c.out, "\n  -n n                    print "
	    "the first n records (the journal is still read\n"
	    "                          whole) (list)\n"));
	ck_assert_ptr_nonnull(strstr(c.out, "\n      --due date          the "
	    "due date (add, list)\n"));
	/* A long description wraps under itself. */
	ck_assert_ptr_nonnull(strstr(c.out, "\n      --force             do "
	    "it anyway, even when the milestones of the goal\n"
	    "                          are still open and the goal is not "
	    "finished (done)\n"));
	ck_assert_ptr_nonnull(strstr(c.out, "\n  -m, --message text      a "
	    "paragraph (add)\n"));
	xasprintf(&want, "\nRun '%s command --help' for one command.\n", p);
	ck_assert_str_eq(c.out + strlen(c.out) - strlen(want), want);
	free(want);
	fx_child_free(&c);

	k = 1;
	fx_run(help_one, &k, &c);
	ck_assert_int_eq(c.status, 0);
	xasprintf(&want,
	    "usage: %s done goal [--force] [--match text]\n"
	    "\n"
	    "Mark it done.\n"
	    "\n"
	    "Options:\n"
	    "      --force             do it anyway, even when the milestones "
	    "of the goal\n"
	    "                          are still open and the goal is not "
	    "finished\n"
	    "      --match text        the item holding text\n"
	    "\n"
	    "And the options of every command: see '%s --help'.\n", p, p);
	ck_assert_str_eq(c.out, want);
	free(want);
	fx_child_free(&c);
}
END_TEST

static void
operands(void *arg)
{
	const char	*v = arg;
	char		*args[] = { "x", "y", "z" };

	/* "add 2": add with two operands. */
	sub_operands(&subs[v[0] - '0'], v[2] - '0', args);
	exit(0);
}

static void
expect_operands(const char *v, int status, const char *err)
{
	struct fx_child	 c;
	char		*want;

	fx_run(operands, (void *)v, &c);
	ck_assert_int_eq(c.status, status);
	want = said(err);
	ck_assert_str_eq(c.err, want);
	free(want);
	fx_child_free(&c);
}

START_TEST(test_operands)
{
	expect_operands("0 1", 0, "");
	expect_operands("0 0", EX_USAGE, "add: missing arguments (want a "
	    "title)|add");
	expect_operands("0 2", EX_USAGE, "add: unexpected argument 'y' (want "
	    "a title)|add");
	expect_operands("1 3", EX_USAGE, "done: unexpected argument 'y' "
	    "(want a goal)|done");
	expect_operands("2 0", 0, "");
	expect_operands("2 3", 0, "");
}
END_TEST

struct pick {
	int		 argc;
	char		*argv[3];
	unsigned	 seen;
};

static void
pick(void *arg)
{
	struct pick	*p = arg;

	printf("%s\n", sub_select(subs, 3, p->argc, p->argv, p->seen,
	    tabs)->name);
	exit(0);
}

START_TEST(test_select)
{
	struct pick	 p[] = {
		{ 1, { "list" }, O_N },
		{ 0, { NULL }, 0 },
		{ 1, { "lis" }, 0 },
		{ 2, { "done", "g" }, BIT(OPT_DUE) },
		{ 1, { "add" }, O_R },
	};
	static const char *const err[] = {
		"",
		"no command (add, done, list)",
		"unknown command 'lis' (add, done, list)",
		"--due does not go with done|done",
		"-r does not go with add|add",
	};
	struct fx_child	 c;
	char		*want;
	size_t		 i;

	for (i = 0; i < sizeof(p) / sizeof(p[0]); i++) {
		fx_run(pick, &p[i], &c);
		ck_assert_int_eq(c.status, i == 0 ? 0 : EX_USAGE);
		ck_assert_str_eq(c.out, i == 0 ? "list\n" : "");
		want = said(err[i]);
		ck_assert_str_eq(c.err, want);
		free(want);
		fx_child_free(&c);
	}
}
END_TEST

static Suite *
help_suite(void)
{
	Suite	*s = suite_create("help");
	TCase	*tc = tcase_create("help");

	tcase_add_test(tc, test_tables);
	tcase_add_test(tc, test_optdef_name);
	tcase_add_test(tc, test_parse);
	tcase_add_test(tc, test_help);
	tcase_add_test(tc, test_operands);
	tcase_add_test(tc, test_select);
	suite_add_tcase(s, tc);
	return s;
}

int
main(int argc, char *argv[])
{
	SRunner	*sr;
	int	 failed;

	(void)argc;
	progname_set(argv);
	sr = srunner_create(help_suite());
	srunner_set_tap(sr, "-");
	srunner_run_all(sr, CK_SILENT);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? 0 : 1;
}
