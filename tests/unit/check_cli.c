#include "config.h"

#include <sys/stat.h>
#include <sys/wait.h>

#include <check.h>
#include <err.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "mentor.h"

/*
 * cli.c: what the subcommand programs share.  One scratch tree is made
 * before the tests fork (a small journal for id_arg, and files that
 * catch a child's output); functions that exit run in a child of the
 * test (run_child), so that the test can look at both the exit status
 * and what was printed.
 */
static char	 base[] = "/tmp/check_cli.XXXXXX";
static char	*jdir;

static void
put(const char *rel, const char *text)
{
	char	*p;
	FILE	*f;

	xasprintf(&p, "%s/%s", base, rel);
	if ((f = fopen(p, "w")) == NULL)
		err(1, "%s", p);
	fputs(text, f);
	if (fclose(f) != 0)
		err(1, "%s", p);
	free(p);
}

static void
mkdir_in(const char *rel)
{
	char	*p;

	xasprintf(&p, "%s/%s", base, rel);
	if (mkdir(p, 0755) == -1)
		err(1, "%s", p);
	free(p);
}

static void
tree_setup(void)
{
	static const char rec[] = "---\ntitle: x\n---\n";

	if (mkdtemp(base) == NULL)
		err(1, "mkdtemp");
	unsetenv("MENTOR_JOURNAL");
	mkdir_in("j");
	put("j/mentor.yaml", "owner: Alex Doe\n");
	mkdir_in("j/people");
	put("j/people/jane-smith.md", "---\nname: Jane Smith\n---\n");
	mkdir_in("j/goals");
	put("j/goals/public-speaking.md", rec);
	put("j/goals/public-relations.md", rec);
	put("j/goals/sql.md", rec);
	put("j/goals/sql-advanced.md", rec);
	mkdir_in("j/log");
	xasprintf(&jdir, "%s/j", base);
}

static int
rm_one(const char *p, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	return remove(p);
}

static void
tree_teardown(void)
{
	nftw(base, rm_one, 16, FTW_DEPTH | FTW_PHYS);
	free(jdir);
}

/* What a child printed, and how it ended. */
struct child {
	int	 status;	/* exit status, or -1 when killed */
	char	*out, *err;
};

static char *
slurp(const char *path)
{
	FILE	*f;
	char	*s;
	long	 n;

	f = fopen(path, "r");
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(fseek(f, 0, SEEK_END), 0);
	n = ftell(f);
	ck_assert_int_ge(n, 0);
	rewind(f);
	s = xmalloc((size_t)n + 1);
	ck_assert_uint_eq(fread(s, 1, (size_t)n, f), (size_t)n);
	s[n] = '\0';
	fclose(f);
	return s;
}

/*
 * Run fn(arg) in a child with stdout and stderr in files; a child whose
 * fn returns exits 100, so a function that should exit is seen not to.
 */
static void
run_child(void (*fn)(void *), void *arg, struct child *c)
{
	char	*po, *pe;
	pid_t	 pid;
	int	 fo, fe, st;

	xasprintf(&po, "%s/out.XXXXXX", base);
	xasprintf(&pe, "%s/err.XXXXXX", base);
	ck_assert_int_ne(fo = mkstemp(po), -1);
	ck_assert_int_ne(fe = mkstemp(pe), -1);
	fflush(stdout);
	fflush(stderr);
	ck_assert_int_ne(pid = fork(), -1);
	if (pid == 0) {
		dup2(fo, STDOUT_FILENO);
		dup2(fe, STDERR_FILENO);
		fn(arg);
		fflush(stdout);
		_exit(100);
	}
	close(fo);
	close(fe);
	ck_assert_int_eq(waitpid(pid, &st, 0), pid);
	c->status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
	c->out = slurp(po);
	c->err = slurp(pe);
	unlink(po);
	unlink(pe);
	free(po);
	free(pe);
}

static void
child_free(struct child *c)
{
	free(c->out);
	free(c->err);
}

/* "PROG: " and s, as err(3) prints it. */
static char *
with_prog(const char *s)
{
	char	*p;

	xasprintf(&p, "%s: %s", progname(), s);
	return p;
}

#define EXPECT_ERR(c, msg) do {						\
	char *w_ = with_prog(msg);					\
	ck_assert_str_eq((c)->err, w_);					\
	free(w_);							\
} while (0)

/* A record parsed from text (the doc owns a copy). */
static void
parse(struct doc *d, const char *text)
{
	struct doc_error	 e;
	char			*s = xstrdup(text);

	ck_assert_int_eq(doc_parse(d, "t.md", s, strlen(s), &e), 0);
}

static const struct sub subs[] = {
	{ "list", 1, "list [-r] [record ...]" },
	{ "add", 2, "add [-m text] title" },
	{ "show", 4, "show record ..." },
};

/* sub_find */

START_TEST(test_sub_find)
{
	ck_assert_ptr_eq(sub_find(subs, 3, "list"), &subs[0]);
	ck_assert_ptr_eq(sub_find(subs, 3, "add"), &subs[1]);
	ck_assert_ptr_eq(sub_find(subs, 3, "show"), &subs[2]);
	ck_assert_uint_eq(sub_find(subs, 3, "add")->opts, 2);
	ck_assert_ptr_null(sub_find(subs, 3, "ad"));
	ck_assert_ptr_null(sub_find(subs, 3, "adds"));
	ck_assert_ptr_null(sub_find(subs, 3, "ADD"));
	ck_assert_ptr_null(sub_find(subs, 3, ""));
	/* Only the first n subcommands are looked at. */
	ck_assert_ptr_null(sub_find(subs, 2, "show"));
	ck_assert_ptr_null(sub_find(subs, 0, "list"));
}
END_TEST

/* sub_usage */

static void
usage_all(void *arg)
{
	sub_usage(subs, 3, NULL, *(int *)arg);
}

static void
usage_one(void *arg)
{
	sub_usage(subs, 3, &subs[1], *(int *)arg);
}

START_TEST(test_usage_output)
{
	struct child	 c;
	char		*want;
	const char	*p = progname();
	int		 st;

	xasprintf(&want, "usage: %s [-0hq] [-C dir] [-f format] command "
	    "[argument ...]\n"
	    "       %s list [-r] [record ...]\n"
	    "       %s add [-m text] title\n"
	    "       %s show record ...\n", p, p, p, p);

	st = 0;
	run_child(usage_all, &st, &c);
	ck_assert_int_eq(c.status, 0);
	ck_assert_str_eq(c.out, want);
	ck_assert_str_eq(c.err, "");
	child_free(&c);

	st = 1;
	run_child(usage_all, &st, &c);
	ck_assert_int_eq(c.status, EX_USAGE);
	ck_assert_str_eq(c.out, "");
	ck_assert_str_eq(c.err, want);
	child_free(&c);
	free(want);

	xasprintf(&want, "usage: %s add [-m text] title\n", p);
	st = 0;
	run_child(usage_one, &st, &c);
	ck_assert_int_eq(c.status, 0);
	ck_assert_str_eq(c.out, want);
	ck_assert_str_eq(c.err, "");
	child_free(&c);

	/* Any non-zero status is a usage error: exit 64, on stderr. */
	st = 3;
	run_child(usage_one, &st, &c);
	ck_assert_int_eq(c.status, EX_USAGE);
	ck_assert_str_eq(c.out, "");
	ck_assert_str_eq(c.err, want);
	child_free(&c);
	free(want);
}
END_TEST

/* The same, as Check's exit tests (the output thrown away). */
static void
quiet(void)
{
	int	 fd = open("/dev/null", O_WRONLY);

	ck_assert_int_ne(fd, -1);
	dup2(fd, STDOUT_FILENO);
	dup2(fd, STDERR_FILENO);
	close(fd);
}

START_TEST(test_usage_exit_0)
{
	quiet();
	sub_usage(subs, 3, NULL, 0);
}
END_TEST

START_TEST(test_usage_exit_64)
{
	quiet();
	sub_usage(subs, 3, &subs[0], 1);
}
END_TEST

/* strv_push, strv_free */

START_TEST(test_strv)
{
	char	**v = NULL;
	size_t	 n = 0, i;
	char	*s;

	for (i = 0; i < 40; i++) {
		xasprintf(&s, "item-%zu", i);
		strv_push(&v, &n, s);
		ck_assert_uint_eq(n, i + 1);
		/* The string itself is kept, not a copy. */
		ck_assert_ptr_eq(v[i], s);
	}
	ck_assert_str_eq(v[0], "item-0");
	ck_assert_str_eq(v[17], "item-17");
	ck_assert_str_eq(v[39], "item-39");
	strv_free(v, n);
	strv_free(NULL, 0);
}
END_TEST

/* date_arg */

START_TEST(test_date_arg)
{
	mdate	 today = date_from_ymd(2026, 11, 21);	/* a Saturday */

	ck_assert_int_eq(date_arg("--due", "2026-12-01", today, WEEK_MONDAY),
	    date_from_ymd(2026, 12, 1));
	ck_assert_int_eq(date_arg("--due", "today", today, WEEK_MONDAY),
	    today);
	ck_assert_int_eq(date_arg("--due", "+3d", today, WEEK_MONDAY),
	    date_from_ymd(2026, 11, 24));
	ck_assert_int_eq(date_arg("--due", "-1w", today, WEEK_MONDAY),
	    date_from_ymd(2026, 11, 14));
	ck_assert_int_eq(date_arg("--due", "friday", today, WEEK_MONDAY),
	    date_from_ymd(2026, 11, 27));
	ck_assert_int_eq(date_arg("--due", "eom", today, WEEK_MONDAY),
	    date_from_ymd(2026, 11, 30));
	/* The end of the week follows week-start. */
	ck_assert_int_eq(date_arg("--due", "eow", today, WEEK_MONDAY),
	    date_from_ymd(2026, 11, 22));
	ck_assert_int_eq(date_arg("--due", "eow", today, WEEK_SUNDAY),
	    date_from_ymd(2026, 11, 21));
}
END_TEST

struct date_call {
	const char	*opt, *v;
};

static void
date_child(void *arg)
{
	struct date_call	*dc = arg;

	(void)date_arg(dc->opt, dc->v, date_from_ymd(2026, 11, 21),
	    WEEK_MONDAY);
}

START_TEST(test_date_arg_bad)
{
	static const char *const bad[] = { "2026-02-30", "2026-13-01",
	    "tomorow", "", "+3x", "2026-1-5" };
	struct date_call	 dc;
	struct child		 c;
	char			*msg;
	size_t			 i;

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		dc.opt = "--since";
		dc.v = bad[i];
		run_child(date_child, &dc, &c);
		ck_assert_int_eq(c.status, EX_USAGE);
		xasprintf(&msg, "--since: bad date '%s' (YYYY-MM-DD, today, "
		    "+3d, friday, eom...)\n", bad[i]);
		EXPECT_ERR(&c, msg);
		ck_assert_str_eq(c.out, "");
		free(msg);
		child_free(&c);
	}
	/* A good one returns: the child falls off the end. */
	dc.v = "2026-11-21";
	run_child(date_child, &dc, &c);
	ck_assert_int_eq(c.status, 100);
	ck_assert_str_eq(c.err, "");
	child_free(&c);
}
END_TEST

START_TEST(test_date_arg_exit)
{
	quiet();
	(void)date_arg("--until", "someday", date_from_ymd(2026, 1, 1), 0);
}
END_TEST

/* id_arg */

struct id_call {
	enum rtype	 t;
	const char	*v;
};

static void
id_child(void *arg)
{
	struct id_call	*ic = arg;
	struct journal	 j;
	char		*id;

	if (journal_find(&j, jdir, 0) != 0)
		_exit(99);
	id = id_arg(&j, ic->t, ic->v);
	printf("%s\n", id);
	free(id);
	journal_close(&j);
}

static void
expect_id(enum rtype t, const char *v, int status, const char *out,
    const char *err)
{
	struct id_call	 ic;
	struct child	 c;

	ic.t = t;
	ic.v = v;
	run_child(id_child, &ic, &c);
	ck_assert_msg(c.status == status, "id_arg '%s': exit %d, want %d",
	    v, c.status, status);
	ck_assert_str_eq(c.out, out);
	if (*err == '\0')
		ck_assert_str_eq(c.err, "");
	else
		EXPECT_ERR(&c, err);
	child_free(&c);
}

START_TEST(test_id_arg)
{
	struct journal	 j;
	char		*id, *path;

	ck_assert_int_eq(journal_find(&j, jdir, 0), 0);
	id = id_arg(&j, R_GOAL, "public-speaking");
	ck_assert_str_eq(id, "public-speaking");
	free(id);
	id = id_arg(&j, R_GOAL, "public-s");
	ck_assert_str_eq(id, "public-speaking");
	free(id);
	/* An exact id beats a prefix of another. */
	id = id_arg(&j, R_GOAL, "sql");
	ck_assert_str_eq(id, "sql");
	free(id);
	id = id_arg(&j, R_GOAL, "sql-");
	ck_assert_str_eq(id, "sql-advanced");
	free(id);
	id = id_arg(&j, R_PERSON, "jane");
	ck_assert_str_eq(id, "jane-smith");
	free(id);
	xasprintf(&path, "%s/goals/sql.md", jdir);
	id = id_arg(&j, R_GOAL, path);
	ck_assert_str_eq(id, "sql");
	free(id);
	free(path);
	journal_close(&j);

	/* The same in a child, to see it print and exit nothing. */
	expect_id(R_GOAL, "public-r", 100, "public-relations\n", "");
}
END_TEST

START_TEST(test_id_arg_fail)
{
	char	*path, *msg;

	expect_id(R_GOAL, "public", EX_USAGE, "",
	    "'public' is ambiguous: public-relations public-speaking\n");
	expect_id(R_GOAL, "cooking", EX_NOINPUT, "", "no goal 'cooking'\n");
	expect_id(R_GOAL, "sqll", EX_NOINPUT, "",
	    "no goal 'sqll' (did you mean 'sql'?)\n");
	/* A record of another type is not found either. */
	expect_id(R_GOAL, "jane-smith", EX_NOINPUT, "",
	    "no goal 'jane-smith'\n");
	expect_id(R_PERSON, "", EX_USAGE, "", "empty person name\n");
	xasprintf(&path, "%s/goals/sql.md", jdir);
	xasprintf(&msg, "'%s' is not a person\n", path);
	expect_id(R_PERSON, path, EX_USAGE, "", msg);
	free(path);
	free(msg);
}
END_TEST

static void
id_exit_66(void)
{
	struct journal	 j;

	quiet();
	ck_assert_int_eq(journal_find(&j, jdir, 0), 0);
	(void)id_arg(&j, R_PERSON, "nobody-at-all");
}

static void
id_exit_64(void)
{
	struct journal	 j;

	quiet();
	ck_assert_int_eq(journal_find(&j, jdir, 0), 0);
	(void)id_arg(&j, R_GOAL, "publ");
}

START_TEST(test_id_arg_exit_66)
{
	id_exit_66();
}
END_TEST

START_TEST(test_id_arg_exit_64)
{
	id_exit_64();
}
END_TEST

/* enum_arg */

struct enum_call {
	const char	*opt, *v, *set;
};

static void
enum_child(void *arg)
{
	struct enum_call *ec = arg;

	enum_arg(ec->opt, ec->v, ec->set);
}

START_TEST(test_enum_arg)
{
	struct enum_call	 ec;
	struct child		 c;

	ec.opt = "--kind";
	ec.set = "check-in|meeting|note";
	ec.v = "meeting";
	run_child(enum_child, &ec, &c);
	ck_assert_int_eq(c.status, 100);
	ck_assert_str_eq(c.err, "");
	child_free(&c);
	ec.v = "check-in";
	run_child(enum_child, &ec, &c);
	ck_assert_int_eq(c.status, 100);
	child_free(&c);
	ec.v = "note";
	run_child(enum_child, &ec, &c);
	ck_assert_int_eq(c.status, 100);
	child_free(&c);
	/* No value is no problem. */
	ec.v = NULL;
	run_child(enum_child, &ec, &c);
	ck_assert_int_eq(c.status, 100);
	child_free(&c);

	ec.v = "Meeting";
	run_child(enum_child, &ec, &c);
	ck_assert_int_eq(c.status, EX_USAGE);
	EXPECT_ERR(&c, "--kind: unknown value 'Meeting' (one of: check-in, "
	    "meeting, note)\n");
	child_free(&c);
	ec.v = "check";
	run_child(enum_child, &ec, &c);
	ck_assert_int_eq(c.status, EX_USAGE);
	EXPECT_ERR(&c, "--kind: unknown value 'check' (one of: check-in, "
	    "meeting, note)\n");
	child_free(&c);
	ec.opt = "--status";
	ec.set = "active";
	ec.v = "";
	run_child(enum_child, &ec, &c);
	ck_assert_int_eq(c.status, EX_USAGE);
	EXPECT_ERR(&c, "--status: unknown value '' (one of: active)\n");
	child_free(&c);
}
END_TEST

START_TEST(test_enum_arg_exit)
{
	quiet();
	enum_arg("--term", "medium", "short|long");
}
END_TEST

/* csv_has */

START_TEST(test_csv_has)
{
	ck_assert_int_eq(csv_has("a,b,c", "a"), 1);
	ck_assert_int_eq(csv_has("a,b,c", "b"), 1);
	ck_assert_int_eq(csv_has("a,b,c", "c"), 1);
	ck_assert_int_eq(csv_has("a,b,c", "d"), 0);
	ck_assert_int_eq(csv_has("one", "one"), 1);
	/* Whole words only: no prefixes, no suffixes. */
	ck_assert_int_eq(csv_has("abc,de", "ab"), 0);
	ck_assert_int_eq(csv_has("abc,de", "bc"), 0);
	ck_assert_int_eq(csv_has("ab,de", "abc"), 0);
	ck_assert_int_eq(csv_has("ab,de", "ab,de"), 0);
	ck_assert_int_eq(csv_has("ab,de", "b,d"), 0);
	/* Case and blanks count. */
	ck_assert_int_eq(csv_has("Done,open", "done"), 0);
	ck_assert_int_eq(csv_has("a, b", "b"), 0);
	ck_assert_int_eq(csv_has("a, b", " b"), 1);
	/* Empty words: an empty list holds the empty word only. */
	ck_assert_int_eq(csv_has("", ""), 1);
	ck_assert_int_eq(csv_has("", "a"), 0);
	ck_assert_int_eq(csv_has("a,b", ""), 0);
	ck_assert_int_eq(csv_has("a,,b", ""), 1);
	ck_assert_int_eq(csv_has("a,b,", ""), 1);
	ck_assert_int_eq(csv_has(",a", ""), 1);
	ck_assert_int_eq(csv_has(",a", "a"), 1);
	ck_assert_int_eq(csv_has("a,b,", "b"), 1);
}
END_TEST

/* fm_has, fm_join, fm_strv */

static const char listrec[] =
    "---\n"
    "title: Lists\n"
    "with: [jane-smith, bob, 'quoted one']\n"
    "goals:\n"
    "  - public-speaking\n"
    "  - [nested, list]\n"
    "  - {a: map}\n"
    "  - sql\n"
    "skills: solo\n"
    "tags:\n"
    "areas: ~\n"
    "needs: []\n"
    "known-for: \"null\"\n"
    "ratings: {a: 1}\n"
    "---\n"
    "Body with: jane\n";

START_TEST(test_fm_has)
{
	struct doc	 d;

	parse(&d, listrec);
	ck_assert_int_eq(fm_has(&d, "with", "jane-smith"), 1);
	ck_assert_int_eq(fm_has(&d, "with", "bob"), 1);
	ck_assert_int_eq(fm_has(&d, "with", "quoted one"), 1);
	ck_assert_int_eq(fm_has(&d, "with", "jane"), 0);
	ck_assert_int_eq(fm_has(&d, "with", "Bob"), 0);
	ck_assert_int_eq(fm_has(&d, "with", ""), 0);
	ck_assert_int_eq(fm_has(&d, "goals", "public-speaking"), 1);
	ck_assert_int_eq(fm_has(&d, "goals", "sql"), 1);
	/* Items that are not single values hold nothing. */
	ck_assert_int_eq(fm_has(&d, "goals", "nested"), 0);
	ck_assert_int_eq(fm_has(&d, "goals", "a"), 0);
	ck_assert_int_eq(fm_has(&d, "goals", "map"), 0);
	/* A scalar is a list of one. */
	ck_assert_int_eq(fm_has(&d, "skills", "solo"), 1);
	ck_assert_int_eq(fm_has(&d, "skills", "sol"), 0);
	ck_assert_int_eq(fm_has(&d, "title", "Lists"), 1);
	/* Null, empty and missing lists hold nothing. */
	ck_assert_int_eq(fm_has(&d, "tags", ""), 0);
	ck_assert_int_eq(fm_has(&d, "areas", "~"), 0);
	ck_assert_int_eq(fm_has(&d, "needs", ""), 0);
	ck_assert_int_eq(fm_has(&d, "nothere", "x"), 0);
	/* A quoted "null" is a string. */
	ck_assert_int_eq(fm_has(&d, "known-for", "null"), 1);
	/* A mapping is no list. */
	ck_assert_int_eq(fm_has(&d, "ratings", "a"), 0);
	/* The body is not front matter. */
	ck_assert_int_eq(fm_has(&d, "Body with", "jane"), 0);
	doc_free(&d);
}
END_TEST

START_TEST(test_fm_join)
{
	struct doc	 d;
	struct buf	 b = BUF_INIT;

	parse(&d, listrec);
	fm_join(&d, "with", ", ", &b);
	ck_assert_str_eq(b.buf, "jane-smith, bob, quoted one");
	buf_reset(&b);
	fm_join(&d, "with", "", &b);
	ck_assert_str_eq(b.buf, "jane-smithbobquoted one");
	buf_reset(&b);
	fm_join(&d, "with", "\t", &b);
	ck_assert_str_eq(b.buf, "jane-smith\tbob\tquoted one");
	buf_reset(&b);
	/* Items that are not single values are left out, with their sep. */
	fm_join(&d, "goals", ",", &b);
	ck_assert_str_eq(b.buf, "public-speaking,sql");
	buf_reset(&b);
	fm_join(&d, "skills", " | ", &b);
	ck_assert_str_eq(b.buf, "solo");
	buf_reset(&b);
	/* fm_join appends. */
	buf_addstr(&b, "with=");
	fm_join(&d, "with", ";", &b);
	ck_assert_str_eq(b.buf, "with=jane-smith;bob;quoted one");
	buf_reset(&b);
	fm_join(&d, "tags", ",", &b);
	fm_join(&d, "areas", ",", &b);
	fm_join(&d, "needs", ",", &b);
	fm_join(&d, "nothere", ",", &b);
	fm_join(&d, "ratings", ",", &b);
	ck_assert_str_eq(b.buf, "");
	ck_assert_uint_eq(b.len, 0);
	buf_release(&b);
	doc_free(&d);
}
END_TEST

START_TEST(test_fm_strv)
{
	struct doc	 d;
	char		**v;
	size_t		 n = 99;

	parse(&d, listrec);
	v = fm_strv(&d, "with", &n);
	ck_assert_uint_eq(n, 3);
	ck_assert_str_eq(v[0], "jane-smith");
	ck_assert_str_eq(v[1], "bob");
	ck_assert_str_eq(v[2], "quoted one");
	ck_assert_ptr_null(v[3]);
	strv_free(v, n);

	v = fm_strv(&d, "goals", &n);
	ck_assert_uint_eq(n, 2);
	ck_assert_str_eq(v[0], "public-speaking");
	ck_assert_str_eq(v[1], "sql");
	ck_assert_ptr_null(v[2]);
	strv_free(v, n);

	v = fm_strv(&d, "skills", &n);
	ck_assert_uint_eq(n, 1);
	ck_assert_str_eq(v[0], "solo");
	ck_assert_ptr_null(v[1]);
	strv_free(v, n);

	v = fm_strv(&d, "known-for", &n);
	ck_assert_uint_eq(n, 1);
	ck_assert_str_eq(v[0], "null");
	strv_free(v, n);

	n = 99;
	v = fm_strv(&d, "tags", &n);
	ck_assert_uint_eq(n, 0);
	ck_assert_ptr_nonnull(v);
	ck_assert_ptr_null(v[0]);
	strv_free(v, n);
	n = 99;
	v = fm_strv(&d, "areas", &n);
	ck_assert_uint_eq(n, 0);
	ck_assert_ptr_null(v[0]);
	strv_free(v, n);
	n = 99;
	v = fm_strv(&d, "needs", &n);
	ck_assert_uint_eq(n, 0);
	ck_assert_ptr_null(v[0]);
	strv_free(v, n);
	n = 99;
	v = fm_strv(&d, "nothere", &n);
	ck_assert_uint_eq(n, 0);
	ck_assert_ptr_null(v[0]);
	strv_free(v, n);
	n = 99;
	v = fm_strv(&d, "ratings", &n);
	ck_assert_uint_eq(n, 0);
	ck_assert_ptr_null(v[0]);
	strv_free(v, n);
	doc_free(&d);
}
END_TEST

/* json_fm_list */

START_TEST(test_json_fm_list)
{
	struct doc	 d;
	struct json	 js;
	char		*s = NULL;
	size_t		 n = 0;
	FILE		*f;

	parse(&d, "---\nwith: [jane-smith, \"say \\\"hi\\\"\"]\n"
	    "known-for: [a, [b], c]\nskills: one\nareas:\n---\n");
	f = open_memstream(&s, &n);
	ck_assert_ptr_nonnull(f);
	json_init(&js, f);
	json_obj(&js);
	json_fm_list(&js, &d, "with");
	json_fm_list(&js, &d, "known-for");
	json_fm_list(&js, &d, "skills");
	json_fm_list(&js, &d, "areas");
	json_fm_list(&js, &d, "nothere");
	json_obj_end(&js);
	json_end(&js);
	ck_assert_int_eq(fclose(f), 0);
	ck_assert_str_eq(s, "{\"with\":[\"jane-smith\",\"say \\\"hi\\\"\"],"
	    "\"known_for\":[\"a\",\"c\"],\"skills\":[\"one\"],"
	    "\"areas\":[],\"nothere\":[]}\n");
	free(s);
	doc_free(&d);
}
END_TEST

/* yaml_scalar, yaml_kv, yaml_kvlist */

START_TEST(test_yaml_scalar)
{
	struct buf	 b = BUF_INIT;

	yaml_scalar(&b, "plain text");
	ck_assert_str_eq(b.buf, "plain text");
	buf_reset(&b);
	yaml_scalar(&b, "a: b");
	ck_assert_str_eq(b.buf, "\"a: b\"");
	buf_reset(&b);
	yaml_scalar(&b, "say \"hi\"\\");
	ck_assert_str_eq(b.buf, "say \"hi\"\\");
	buf_reset(&b);
	yaml_scalar(&b, "\"hi\"");
	ck_assert_str_eq(b.buf, "\"\\\"hi\\\"\"");
	buf_reset(&b);
	yaml_scalar(&b, "tab\there");
	ck_assert_str_eq(b.buf, "\"tab\\there\"");
	buf_reset(&b);
	yaml_scalar(&b, "2026-11-21");
	ck_assert_str_eq(b.buf, "2026-11-21");
	buf_release(&b);
}
END_TEST

START_TEST(test_yaml_kv)
{
	struct buf	 b = BUF_INIT;

	yaml_kv(&b, "title", "Weekly check-in");
	yaml_kv(&b, "title", "a: b");
	yaml_kv(&b, "private", "yes");
	yaml_kv(&b, "private", "no");
	yaml_kv(&b, "x", "null");
	yaml_kv(&b, "x", "~");
	yaml_kv(&b, "x", "");
	yaml_kv(&b, "tag", "#x");
	yaml_kv(&b, "tag", "a#x");
	yaml_kv(&b, "tag", "a #x");
	yaml_kv(&b, "n", "-1");
	yaml_kv(&b, "n", "- a");
	yaml_kv(&b, "n", "[a]");
	yaml_kv(&b, "n", "a, b");
	yaml_kv(&b, "n", "trail ");
	yaml_kv(&b, "n", "end:");
	yaml_kv(&b, "n", "@jane");
	yaml_kv(&b, "n", "---");
	yaml_kv(&b, "absent", NULL);
	ck_assert_str_eq(b.buf,
	    "title: Weekly check-in\n"
	    "title: \"a: b\"\n"
	    "private: \"yes\"\n"
	    "private: \"no\"\n"
	    "x: \"null\"\n"
	    "x: \"~\"\n"
	    "x: \"\"\n"
	    "tag: \"#x\"\n"
	    "tag: a#x\n"
	    "tag: \"a #x\"\n"
	    "n: -1\n"
	    "n: \"- a\"\n"
	    "n: \"[a]\"\n"
	    "n: \"a, b\"\n"
	    "n: \"trail \"\n"
	    "n: \"end:\"\n"
	    "n: \"@jane\"\n"
	    "n: \"---\"\n");
	buf_release(&b);
}
END_TEST

START_TEST(test_yaml_kvlist)
{
	struct buf	 b = BUF_INIT;
	char		*v[] = { "jane-smith", "b c", "x,y", "yes", "" };

	yaml_kvlist(&b, "with", v, 5);
	ck_assert_str_eq(b.buf, "with: [jane-smith, b c, \"x,y\", \"yes\", "
	    "\"\"]\n");
	buf_reset(&b);
	yaml_kvlist(&b, "goals", v, 1);
	ck_assert_str_eq(b.buf, "goals: [jane-smith]\n");
	buf_reset(&b);
	yaml_kvlist(&b, "tags", v, 0);
	ck_assert_str_eq(b.buf, "");
	ck_assert_uint_eq(b.len, 0);
	buf_release(&b);
}
END_TEST

/* What yaml_kv and yaml_kvlist write reads back as the same strings. */
START_TEST(test_yaml_roundtrip)
{
	static const char *const vals[] = { "a: b", "yes", "", "#x", "x,y",
	    "[a]", "\"q\"", "back\\slash", "tab\tin", "null", "- a",
	    "trail ", "ünïcödé", "it's" };
	struct buf	 b = BUF_INIT;
	struct doc	 d;
	struct doc_error e;
	struct ynode	*n;
	char		 key[16];
	char		*lv[sizeof(vals) / sizeof(vals[0])];
	size_t		 i, nv = sizeof(vals) / sizeof(vals[0]);

	buf_addstr(&b, "---\n");
	for (i = 0; i < nv; i++) {
		snprintf(key, sizeof(key), "k%zu", i);
		yaml_kv(&b, key, vals[i]);
		lv[i] = (char *)vals[i];
	}
	yaml_kvlist(&b, "list", lv, nv);
	buf_addstr(&b, "---\n");
	ck_assert_int_eq(doc_parse(&d, "rt.md", xstrdup(b.buf), b.len, &e),
	    0);
	for (i = 0; i < nv; i++) {
		snprintf(key, sizeof(key), "k%zu", i);
		n = fm_get(&d, key);
		ck_assert_ptr_nonnull(n);
		ck_assert_int_eq(n->type, Y_SCALAR);
		ck_assert_str_eq(n->str, vals[i]);
		ck_assert_int_eq(ynode_null(n), 0);
	}
	n = fm_get(&d, "list");
	ck_assert_int_eq(n->type, Y_SEQ);
	ck_assert_uint_eq(n->nkids, nv);
	for (i = 0; i < nv; i++)
		ck_assert_str_eq(n->kids[i]->str, vals[i]);
	doc_free(&d);
	buf_release(&b);
}
END_TEST

static Suite *
cli_suite(void)
{
	Suite	*s = suite_create("cli");
	TCase	*ts = tcase_create("subcommands");
	TCase	*ta = tcase_create("arguments");
	TCase	*tf = tcase_create("front matter");
	TCase	*ty = tcase_create("yaml");

	tcase_add_test(ts, test_sub_find);
	tcase_add_test(ts, test_usage_output);
	tcase_add_exit_test(ts, test_usage_exit_0, 0);
	tcase_add_exit_test(ts, test_usage_exit_64, EX_USAGE);
	tcase_add_test(ts, test_strv);
	suite_add_tcase(s, ts);

	tcase_add_test(ta, test_date_arg);
	tcase_add_test(ta, test_date_arg_bad);
	tcase_add_exit_test(ta, test_date_arg_exit, EX_USAGE);
	tcase_add_test(ta, test_id_arg);
	tcase_add_test(ta, test_id_arg_fail);
	tcase_add_exit_test(ta, test_id_arg_exit_66, EX_NOINPUT);
	tcase_add_exit_test(ta, test_id_arg_exit_64, EX_USAGE);
	tcase_add_test(ta, test_enum_arg);
	tcase_add_exit_test(ta, test_enum_arg_exit, EX_USAGE);
	tcase_add_test(ta, test_csv_has);
	suite_add_tcase(s, ta);

	tcase_add_test(tf, test_fm_has);
	tcase_add_test(tf, test_fm_join);
	tcase_add_test(tf, test_fm_strv);
	tcase_add_test(tf, test_json_fm_list);
	suite_add_tcase(s, tf);

	tcase_add_test(ty, test_yaml_scalar);
	tcase_add_test(ty, test_yaml_kv);
	tcase_add_test(ty, test_yaml_kvlist);
	tcase_add_test(ty, test_yaml_roundtrip);
	suite_add_tcase(s, ty);
	return s;
}

int
main(void)
{
	SRunner	*sr;
	int	 failed;

	tree_setup();
	sr = srunner_create(cli_suite());
	srunner_set_tap(sr, "-");
	srunner_run_all(sr, CK_SILENT);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	tree_teardown();
	return failed == 0 ? 0 : 1;
}
