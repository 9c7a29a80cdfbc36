#include "config.h"

#include <check.h>
#include <err.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "mentor.h"
#include "fixture.h"

/*
 * cli.c: what the subcommand programs share.  One scratch journal is made
 * before the tests fork (for id_arg); functions that exit run in a child
 * of the test (fx_run), so that the test can look at both the exit
 * status and what was printed.
 */
static char	*jdir;

static void
tree_setup(void)
{
	static const char rec[] = "---\ntitle: x\n---\n";

	fx_setup();
	unsetenv("MENTOR_JOURNAL");
	fx_put("j/mentor.yaml", "owner: Alex Doe\n");
	fx_put("j/people/jane-smith.md", "---\nname: Jane Smith\n---\n");
	fx_put("j/goals/public-speaking.md", rec);
	fx_put("j/goals/public-relations.md", rec);
	fx_put("j/goals/sql.md", rec);
	fx_put("j/goals/sql-advanced.md", rec);
	fx_dir("j/log");
	jdir = fx_path("j");
}

static void
tree_teardown(void)
{
	fx_teardown();
	free(jdir);
}

#define EXPECT_ERR(c, msg) do {						\
	char *w_ = fx_said("%s", (msg));				\
	ck_assert_str_eq((c)->err, w_);					\
	free(w_);							\
} while (0)

static const struct sub subs[] = {
	{ "list", NULL, 0, 1, "list [-r] [record ...]", "list records",
	  "records", 0, -1 },
	{ "add", NULL, SUB_WRITES, 2, "add [-m text] title",
	  "add a record and print its path", "a title", 1, 1 },
	{ "show", NULL, 0, 4, "show record ...", "show records",
	  "records", 1, -1 },
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

/* For Check's exit tests: the output thrown away. */
static void
quiet(void)
{
	int	 fd = open("/dev/null", O_WRONLY);

	ck_assert_int_ne(fd, -1);
	dup2(fd, STDOUT_FILENO);
	dup2(fd, STDERR_FILENO);
	close(fd);
}

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
	struct fx_child		 c;
	char			*msg;
	size_t			 i;

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		dc.opt = "--since";
		dc.v = bad[i];
		fx_run(date_child, &dc, &c);
		ck_assert_int_eq(c.status, EX_USAGE);
		xasprintf(&msg, "--since: bad date '%s' (YYYY-MM-DD, today, "
		    "+3d, friday, eom...)\n", bad[i]);
		EXPECT_ERR(&c, msg);
		ck_assert_str_eq(c.out, "");
		free(msg);
		fx_child_free(&c);
	}
	/* A good one returns: the child falls off the end. */
	dc.v = "2026-11-21";
	fx_run(date_child, &dc, &c);
	ck_assert_int_eq(c.status, 100);
	ck_assert_str_eq(c.err, "");
	fx_child_free(&c);
}
END_TEST

START_TEST(test_date_arg_exit)
{
	quiet();
	(void)date_arg("--until", "someday", date_from_ymd(2026, 1, 1), 0);
}
END_TEST

/* period_args */

START_TEST(test_period_args)
{
	mdate		 today = date_from_ymd(2026, 11, 21);	/* a Saturday */
	struct period	 p;

	period_args(&p, NULL, NULL, NULL, today, WEEK_MONDAY);
	ck_assert_int_eq(p.since, DATE_NONE);
	ck_assert_int_eq(p.until, DATE_NONE);
	period_args(&p, "2026-Q4", NULL, NULL, today, WEEK_MONDAY);
	ck_assert_int_eq(p.since, date_from_ymd(2026, 10, 1));
	ck_assert_int_eq(p.until, date_from_ymd(2026, 12, 31));
	/* Weeks start on week-start. */
	period_args(&p, "this-week", NULL, NULL, today, WEEK_MONDAY);
	ck_assert_int_eq(p.since, date_from_ymd(2026, 11, 16));
	ck_assert_int_eq(p.until, date_from_ymd(2026, 11, 22));
	period_args(&p, "this-week", NULL, NULL, today, WEEK_SUNDAY);
	ck_assert_int_eq(p.since, date_from_ymd(2026, 11, 15));
	ck_assert_int_eq(p.until, date_from_ymd(2026, 11, 21));
	/* --since and --until: either may be open, both are inclusive. */
	period_args(&p, NULL, "2026-11-01", NULL, today, WEEK_MONDAY);
	ck_assert_int_eq(p.since, date_from_ymd(2026, 11, 1));
	ck_assert_int_eq(p.until, DATE_NONE);
	period_args(&p, NULL, NULL, "-1w", today, WEEK_MONDAY);
	ck_assert_int_eq(p.since, DATE_NONE);
	ck_assert_int_eq(p.until, date_from_ymd(2026, 11, 14));
	period_args(&p, NULL, "today", "today", today, WEEK_MONDAY);
	ck_assert_int_eq(p.since, today);
	ck_assert_int_eq(p.until, today);
}
END_TEST

struct period_call {
	const char	*period, *since, *until;
};

static void
period_child(void *arg)
{
	struct period_call	*pc = arg;
	struct period		 p;

	period_args(&p, pc->period, pc->since, pc->until,
	    date_from_ymd(2026, 11, 21), WEEK_MONDAY);
}

static void
expect_period(const char *period, const char *since, const char *until,
    const char *err)
{
	struct period_call	 pc;
	struct fx_child		 c;

	pc.period = period;
	pc.since = since;
	pc.until = until;
	fx_run(period_child, &pc, &c);
	ck_assert_int_eq(c.status, EX_USAGE);
	ck_assert_str_eq(c.out, "");
	EXPECT_ERR(&c, err);
	fx_child_free(&c);
}

START_TEST(test_period_args_bad)
{
	struct period_call	 pc = { "2026-11", NULL, NULL };
	struct fx_child		 c;

	expect_period("2026-13", NULL, NULL, "--period: bad period '2026-13' "
	    "(2026, 2026-11, 2026-Q4, 2026-W47, this-month, last-week...)\n");
	expect_period("2026", "2026-01-01", NULL,
	    "--period does not go with --since or --until\n");
	expect_period("2026", NULL, "today",
	    "--period does not go with --since or --until\n");
	expect_period(NULL, "2026-11-22", "2026-11-21",
	    "--since 2026-11-22 is after --until 2026-11-21\n");
	expect_period(NULL, "someday", NULL, "--since: bad date 'someday' "
	    "(YYYY-MM-DD, today, +3d, friday, eom...)\n");
	/* A good one returns. */
	fx_run(period_child, &pc, &c);
	ck_assert_int_eq(c.status, 100);
	ck_assert_str_eq(c.err, "");
	fx_child_free(&c);
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
	struct fx_child	 c;

	ic.t = t;
	ic.v = v;
	fx_run(id_child, &ic, &c);
	ck_assert_msg(c.status == status, "id_arg '%s': exit %d, want %d",
	    v, c.status, status);
	ck_assert_str_eq(c.out, out);
	if (*err == '\0')
		ck_assert_str_eq(c.err, "");
	else
		EXPECT_ERR(&c, err);
	fx_child_free(&c);
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

/* Options given twice: opt_once, id_once, ids_each, words_each. */

struct twice {
	const char	*name;
	const char	*v[3];
	int		 ids;		/* id_once on people, else opt_once */
};

static void
twice_child(void *arg)
{
	struct twice	*tw = arg;
	struct journal	 j;
	const char	*slot = NULL;
	char		*id;
	size_t		 n, i;

	for (n = 0; n < 3 && tw->v[n] != NULL; n++)
		;
	if (!tw->ids) {
		for (i = 0; i < n; i++)
			opt_once(&slot, tw->name, tw->v[i]);
		printf("%s\n", slot ? slot : "(none)");
		return;
	}
	ck_assert_int_eq(journal_find(&j, jdir, 0), 0);
	id = id_once(&j, R_GOAL, tw->name, (char *const *)tw->v, n);
	printf("%s\n", id ? id : "(none)");
	free(id);
	journal_close(&j);
}

static void
expect_twice(struct twice *tw, int status, const char *out, const char *err)
{
	struct fx_child	 c;

	fx_run(twice_child, tw, &c);
	ck_assert_int_eq(c.status, status);
	ck_assert_str_eq(c.out, out);
	if (*err == '\0')
		ck_assert_str_eq(c.err, "");
	else
		EXPECT_ERR(&c, err);
	fx_child_free(&c);
}

START_TEST(test_opt_once)
{
	struct twice	 tw = { "--date", { NULL, NULL, NULL }, 0 };

	expect_twice(&tw, 100, "(none)\n", "");
	tw.v[0] = "today";
	expect_twice(&tw, 100, "today\n", "");
	tw.v[1] = "today";
	expect_twice(&tw, 100, "today\n", "");
	tw.v[1] = "tomorrow";
	expect_twice(&tw, EX_USAGE, "", "--date: given twice ('today', then "
	    "'tomorrow')\n");
	/* the same text only: another spelling is another value */
	tw.v[1] = "today";
	tw.v[2] = "Today";
	expect_twice(&tw, EX_USAGE, "", "--date: given twice ('today', then "
	    "'Today')\n");
}
END_TEST

START_TEST(test_id_once)
{
	struct twice	 tw = { "--goal", { NULL, NULL, NULL }, 1 };
	char		*path;

	expect_twice(&tw, 100, "(none)\n", "");
	tw.v[0] = "sql";
	expect_twice(&tw, 100, "sql\n", "");
	/* one goal, however it is named */
	xasprintf(&path, "%s/goals/public-speaking.md", jdir);
	tw.v[0] = "public-s";
	tw.v[1] = "public-speaking";
	tw.v[2] = path;
	expect_twice(&tw, 100, "public-speaking\n", "");
	free(path);
	tw.v[2] = "sql";
	expect_twice(&tw, EX_USAGE, "", "--goal: given twice "
	    "('public-speaking', then 'sql')\n");
	tw.v[1] = "nothing-like-it";
	tw.v[2] = NULL;
	expect_twice(&tw, EX_NOINPUT, "", "no goal 'nothing-like-it'\n");
}
END_TEST

START_TEST(test_ids_each)
{
	struct journal	 j;
	char		*v[5], *w[6];
	size_t		 n, i;

	ck_assert_int_eq(journal_find(&j, jdir, 0), 0);
	v[0] = "sql-a";
	v[1] = "public-s";
	v[2] = "sql-advanced";
	v[3] = "sql";
	v[4] = "public-speaking";
	n = ids_each(&j, R_GOAL, v, 5);
	ck_assert_uint_eq(n, 3);
	ck_assert_str_eq(v[0], "sql-advanced");
	ck_assert_str_eq(v[1], "public-speaking");
	ck_assert_str_eq(v[2], "sql");
	for (i = 0; i < n; i++)
		free(v[i]);
	ck_assert_uint_eq(ids_each(&j, R_GOAL, v, 0), 0);
	journal_close(&j);

	w[0] = "b";
	w[1] = "a";
	w[2] = "b";
	w[3] = "c";
	w[4] = "a";
	w[5] = "B";
	ck_assert_uint_eq(words_each(w, 6), 4);
	ck_assert_str_eq(w[0], "b");
	ck_assert_str_eq(w[1], "a");
	ck_assert_str_eq(w[2], "c");
	ck_assert_str_eq(w[3], "B");
	ck_assert_uint_eq(words_each(w, 0), 0);
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
	struct fx_child		 c;

	ec.opt = "--kind";
	ec.set = "check-in|meeting|note";
	ec.v = "meeting";
	fx_run(enum_child, &ec, &c);
	ck_assert_int_eq(c.status, 100);
	ck_assert_str_eq(c.err, "");
	fx_child_free(&c);
	ec.v = "check-in";
	fx_run(enum_child, &ec, &c);
	ck_assert_int_eq(c.status, 100);
	fx_child_free(&c);
	ec.v = "note";
	fx_run(enum_child, &ec, &c);
	ck_assert_int_eq(c.status, 100);
	fx_child_free(&c);
	/* No value is no problem. */
	ec.v = NULL;
	fx_run(enum_child, &ec, &c);
	ck_assert_int_eq(c.status, 100);
	fx_child_free(&c);

	ec.v = "Meeting";
	fx_run(enum_child, &ec, &c);
	ck_assert_int_eq(c.status, EX_USAGE);
	EXPECT_ERR(&c, "--kind: unknown value 'Meeting' (one of: check-in, "
	    "meeting, note)\n");
	fx_child_free(&c);
	ec.v = "check";
	fx_run(enum_child, &ec, &c);
	ck_assert_int_eq(c.status, EX_USAGE);
	EXPECT_ERR(&c, "--kind: unknown value 'check' (one of: check-in, "
	    "meeting, note)\n");
	fx_child_free(&c);
	ec.opt = "--status";
	ec.set = "active";
	ec.v = "";
	fx_run(enum_child, &ec, &c);
	ck_assert_int_eq(c.status, EX_USAGE);
	EXPECT_ERR(&c, "--status: unknown value '' (one of: active)\n");
	fx_child_free(&c);
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
	TCase	*ty = tcase_create("yaml");

	tcase_add_test(ts, test_sub_find);
	tcase_add_test(ts, test_strv);
	suite_add_tcase(s, ts);

	tcase_add_test(ta, test_date_arg);
	tcase_add_test(ta, test_date_arg_bad);
	tcase_add_exit_test(ta, test_date_arg_exit, EX_USAGE);
	tcase_add_test(ta, test_period_args);
	tcase_add_test(ta, test_period_args_bad);
	tcase_add_test(ta, test_id_arg);
	tcase_add_test(ta, test_id_arg_fail);
	tcase_add_exit_test(ta, test_id_arg_exit_66, EX_NOINPUT);
	tcase_add_exit_test(ta, test_id_arg_exit_64, EX_USAGE);
	tcase_add_test(ta, test_enum_arg);
	tcase_add_exit_test(ta, test_enum_arg_exit, EX_USAGE);
	tcase_add_test(ta, test_csv_has);
	tcase_add_test(ta, test_opt_once);
	tcase_add_test(ta, test_id_once);
	tcase_add_test(ta, test_ids_each);
	suite_add_tcase(s, ta);

	tcase_add_test(ty, test_yaml_scalar);
	tcase_add_test(ty, test_yaml_kv);
	tcase_add_test(ty, test_yaml_kvlist);
	tcase_add_test(ty, test_yaml_roundtrip);
	suite_add_tcase(s, ty);
	return s;
}

int
main(int argc, char *argv[])
{
	SRunner	*sr;
	int	 failed;

	(void)argc;
	progname_set(argv);

	tree_setup();
	sr = srunner_create(cli_suite());
	srunner_set_tap(sr, "-");
	srunner_run_all(sr, CK_SILENT);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	tree_teardown();
	return failed == 0 ? 0 : 1;
}
