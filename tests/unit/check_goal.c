#include "config.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mentor.h"

/*
 * Goals are parsed from strings: the doc takes over a heap copy, and every
 * test frees it with doc_free.  Today is 2026-11-22 throughout.
 */
static mdate	 today;

static void
today_setup(void)
{
	today = date_from_ymd(2026, 11, 22);
}

static void
parse(struct doc *d, const char *s)
{
	struct doc_error	 e;
	size_t			 n = strlen(s);
	char			*data = xmalloc(n + 1);

	memcpy(data, s, n + 1);
	ck_assert_int_eq(doc_parse(d, "goals/g.md", data, n, &e), 0);
}

static mdate
ymd(int y, int m, int d)
{
	return date_from_ymd(y, m, d);
}

/* progress, next */

START_TEST(test_fields)
{
	struct doc	 d;
	struct goalinfo	 gi;

	parse(&d, "---\n"
	    "title: Speak in public\n"
	    "term: long\n"
	    "status: paused\n"
	    "mentor: jane-smith\n"
	    "created: 2026-09-01\n"
	    "due: 2027-06-30\n"
	    "---\n");
	goal_info(&d, today, &gi);
	ck_assert_str_eq(gi.title, "Speak in public");
	ck_assert_str_eq(gi.term, "long");
	ck_assert_str_eq(gi.status, "paused");
	ck_assert_str_eq(gi.mentor, "jane-smith");
	ck_assert_int_eq(gi.created, ymd(2026, 9, 1));
	ck_assert_int_eq(gi.due, ymd(2027, 6, 30));
	ck_assert_int_eq(gi.live, 0);
	ck_assert_int_eq(gi.done, 0);
	ck_assert_int_eq(gi.total, 0);
	ck_assert_int_eq(gi.noverdue, 0);
	ck_assert_int_eq(gi.overdue, 0);
	ck_assert_ptr_null(gi.next);
	doc_free(&d);
}
END_TEST

/* Absent keys: status reads as active, dates as DATE_NONE. */
START_TEST(test_fields_absent)
{
	struct doc	 d;
	struct goalinfo	 gi;

	parse(&d, "---\n"
	    "created: next week\n"
	    "due: 2026-02-30\n"
	    "---\n");
	goal_info(&d, today, &gi);
	ck_assert_ptr_null(gi.title);
	ck_assert_ptr_null(gi.term);
	ck_assert_ptr_null(gi.mentor);
	ck_assert_str_eq(gi.status, "active");
	ck_assert_int_eq(gi.live, 1);
	ck_assert_int_eq(gi.created, DATE_NONE);
	ck_assert_int_eq(gi.due, DATE_NONE);
	ck_assert_int_eq(gi.overdue, 0);
	doc_free(&d);
}
END_TEST

START_TEST(test_progress)
{
	struct doc	 d;
	struct goalinfo	 gi;

	parse(&d, "---\n"
	    "title: G\n"
	    "status: active\n"
	    "due: 2027-01-01\n"
	    "---\n"
	    "## Milestones\n"
	    "- [x] a due:2026-10-01 done:2026-10-01\n"	/* 7 */
	    "- [-] b due:2026-01-01\n"
	    "- [ ] c\n"
	    "- [/] d due:2026-12-10\n"			/* 10 */
	    "- [ ] e due:2026-12-01\n"			/* 11 */
	    "  - [X] f\n"
	    "- [-] g\n");
	goal_info(&d, today, &gi);
	ck_assert_int_eq(gi.done, 2);
	ck_assert_int_eq(gi.total, 5);
	ck_assert_int_eq(gi.noverdue, 0);
	ck_assert_int_eq(gi.overdue, 0);
	ck_assert_ptr_nonnull(gi.next);
	ck_assert_uint_eq(gi.next->line, 11);
	ck_assert_str_eq(gi.next->text, "e due:2026-12-01");
	doc_free(&d);
}
END_TEST

/* Every milestone dropped: 0/0, and nothing next. */
START_TEST(test_progress_all_dropped)
{
	struct doc	 d;
	struct goalinfo	 gi;

	parse(&d, "---\ntitle: G\n---\n- [-] a\n- [-] b due:2026-01-01\n");
	goal_info(&d, today, &gi);
	ck_assert_int_eq(gi.done, 0);
	ck_assert_int_eq(gi.total, 0);
	ck_assert_ptr_null(gi.next);
	doc_free(&d);
}
END_TEST

/* Every milestone done: nothing next. */
START_TEST(test_next_none)
{
	struct doc	 d;
	struct goalinfo	 gi;

	parse(&d, "---\ntitle: G\n---\n- [x] a\n- [x] b due:2026-12-01\n"
	    "- [-] c due:2026-11-30\n");
	goal_info(&d, today, &gi);
	ck_assert_int_eq(gi.done, 2);
	ck_assert_int_eq(gi.total, 2);
	ck_assert_ptr_null(gi.next);
	doc_free(&d);
}
END_TEST

/* Undated ones come last, whatever their place in the file. */
START_TEST(test_next_undated_last)
{
	struct doc	 d;
	struct goalinfo	 gi;

	parse(&d, "---\ntitle: G\n---\n"
	    "- [ ] first undated\n"			/* 4 */
	    "- [/] second undated\n"
	    "- [ ] late due:2027-05-01\n"		/* 6 */
	    "- [x] done early due:2026-01-01\n"
	    "- [ ] later due:2027-06-01\n");
	goal_info(&d, today, &gi);
	ck_assert_ptr_nonnull(gi.next);
	ck_assert_uint_eq(gi.next->line, 6);
	doc_free(&d);
}
END_TEST

/* No dated ones: the first open or started in file order. */
START_TEST(test_next_file_order)
{
	struct doc	 d;
	struct goalinfo	 gi;

	parse(&d, "---\ntitle: G\n---\n"
	    "- [x] done\n"
	    "- [-] dropped\n"
	    "- [/] started\n"				/* 6 */
	    "- [ ] open\n");
	goal_info(&d, today, &gi);
	ck_assert_ptr_nonnull(gi.next);
	ck_assert_uint_eq(gi.next->line, 6);
	ck_assert_str_eq(gi.next->text, "started");
	doc_free(&d);
}
END_TEST

/* Equal due dates: the first in the file wins; a past one counts too. */
START_TEST(test_next_ties)
{
	struct doc	 d;
	struct goalinfo	 gi;

	parse(&d, "---\ntitle: G\n---\n"
	    "- [ ] a due:2026-12-05\n"
	    "- [ ] b due:2026-12-01\n"			/* 5 */
	    "- [/] c due:2026-12-01\n"
	    "- [ ] d\n");
	goal_info(&d, today, &gi);
	ck_assert_uint_eq(gi.next->line, 5);
	doc_free(&d);

	parse(&d, "---\ntitle: G\n---\n"
	    "- [ ] a due:2026-12-05\n"
	    "- [/] b due:2026-10-01\n");		/* 5 */
	goal_info(&d, today, &gi);
	ck_assert_uint_eq(gi.next->line, 5);
	ck_assert_int_eq(gi.noverdue, 1);
	doc_free(&d);
}
END_TEST

/* overdue */

static const char overdue_ms[] =
    "## Milestones\n"
    "- [ ] yesterday due:2026-11-21\n"
    "- [/] started long ago due:2026-11-01\n"
    "- [ ] today due:2026-11-22\n"
    "- [x] done late due:2026-01-01 done:2026-03-01\n"
    "- [-] dropped late due:2026-01-01\n"
    "- [ ] undated\n";

static void
goal_with(struct doc *d, const char *status, const char *due)
{
	struct buf	 b = BUF_INIT;
	struct doc_error e;
	size_t		 n;
	char		*data;

	buf_addstr(&b, "---\ntitle: G\n");
	if (status != NULL)
		buf_addf(&b, "status: %s\n", status);
	if (due != NULL)
		buf_addf(&b, "due: %s\n", due);
	buf_addf(&b, "---\n%s", overdue_ms);
	data = buf_detach(&b, &n);
	ck_assert_int_eq(doc_parse(d, "goals/g.md", data, n, &e), 0);
}

START_TEST(test_overdue_active)
{
	struct doc	 d;
	struct goalinfo	 gi;

	goal_with(&d, "active", "2027-01-01");
	goal_info(&d, today, &gi);
	ck_assert_int_eq(gi.live, 1);
	ck_assert_int_eq(gi.noverdue, 2);
	ck_assert_int_eq(gi.overdue, 1);
	ck_assert_int_eq(gi.done, 1);
	ck_assert_int_eq(gi.total, 5);
	ck_assert_str_eq(gi.next->text, "started long ago due:2026-11-01");
	doc_free(&d);

	/* No status key reads as active. */
	goal_with(&d, NULL, NULL);
	goal_info(&d, today, &gi);
	ck_assert_int_eq(gi.noverdue, 2);
	ck_assert_int_eq(gi.overdue, 1);
	doc_free(&d);
}
END_TEST

START_TEST(test_overdue_not_live)
{
	static const char *const st[] = { "paused", "done", "dropped",
	    "Active" };
	struct doc	 d;
	struct goalinfo	 gi;
	size_t		 i;

	for (i = 0; i < sizeof(st) / sizeof(st[0]); i++) {
		goal_with(&d, st[i], "2026-01-01");
		goal_info(&d, today, &gi);
		ck_assert_int_eq(gi.live, 0);
		ck_assert_int_eq(gi.noverdue, 0);
		ck_assert_int_eq(gi.overdue, 0);
		/* Progress and next do not depend on the status. */
		ck_assert_int_eq(gi.done, 1);
		ck_assert_int_eq(gi.total, 5);
		ck_assert_ptr_nonnull(gi.next);
		doc_free(&d);
	}
}
END_TEST

/* The goal's own due date: passed is overdue, today is not. */
START_TEST(test_overdue_goal_due)
{
	struct doc	 d;
	struct goalinfo	 gi;

	parse(&d, "---\ntitle: G\nstatus: active\ndue: 2026-11-21\n---\n"
	    "- [x] a\n");
	goal_info(&d, today, &gi);
	ck_assert_int_eq(gi.noverdue, 0);
	ck_assert_int_eq(gi.overdue, 1);
	doc_free(&d);

	parse(&d, "---\ntitle: G\nstatus: active\ndue: 2026-11-22\n---\n"
	    "- [ ] a due:2026-11-22\n");
	goal_info(&d, today, &gi);
	ck_assert_int_eq(gi.noverdue, 0);
	ck_assert_int_eq(gi.overdue, 0);
	doc_free(&d);

	parse(&d, "---\ntitle: G\nstatus: paused\ndue: 2026-11-21\n---\n");
	goal_info(&d, today, &gi);
	ck_assert_int_eq(gi.overdue, 0);
	doc_free(&d);

	/* The same goal a day earlier is not overdue yet. */
	parse(&d, "---\ntitle: G\nstatus: active\ndue: 2026-11-21\n---\n");
	goal_info(&d, ymd(2026, 11, 21), &gi);
	ck_assert_int_eq(gi.overdue, 0);
	goal_info(&d, ymd(2026, 11, 20), &gi);
	ck_assert_int_eq(gi.overdue, 0);
	goal_info(&d, ymd(2027, 1, 1), &gi);
	ck_assert_int_eq(gi.overdue, 1);
	doc_free(&d);
}
END_TEST

START_TEST(test_task_overdue)
{
	struct task	 t;

	memset(&t, 0, sizeof(t));
	t.status = TASK_OPEN;
	t.due = ymd(2026, 11, 21);
	t.done = DATE_NONE;
	ck_assert_int_eq(task_overdue(&t, 1, today), 1);
	ck_assert_int_eq(task_overdue(&t, 0, today), 0);
	t.status = TASK_STARTED;
	ck_assert_int_eq(task_overdue(&t, 1, today), 1);
	t.status = TASK_DONE;
	ck_assert_int_eq(task_overdue(&t, 1, today), 0);
	t.status = TASK_DROPPED;
	ck_assert_int_eq(task_overdue(&t, 1, today), 0);
	t.status = TASK_OPEN;
	t.due = today;
	ck_assert_int_eq(task_overdue(&t, 1, today), 0);
	t.due = ymd(2026, 11, 23);
	ck_assert_int_eq(task_overdue(&t, 1, today), 0);
	t.due = DATE_NONE;
	ck_assert_int_eq(task_overdue(&t, 1, today), 0);
	t.due = ymd(1999, 1, 1);
	ck_assert_int_eq(task_overdue(&t, 1, today), 1);
}
END_TEST

/* doc_title */

static void
title_is(const char *rec, const char *want)
{
	struct doc	 d;

	parse(&d, rec);
	ck_assert_str_eq(doc_title(&d), want);
	doc_free(&d);
}

START_TEST(test_title_key)
{
	title_is("---\ntitle: From the key\n---\n# A heading\nA line\n",
	    "From the key");
	title_is("---\ntitle: 'quoted: yes'\n---\n", "quoted: yes");
}
END_TEST

START_TEST(test_title_heading)
{
	title_is("---\ndate: 2026-11-21\n---\n\nSome text first\n"
	    "## Second level\n# First level\n", "Second level");
	title_is("---\ndate: 2026-11-21\n---\n#   Spaced out  \n",
	    "Spaced out");
}
END_TEST

START_TEST(test_title_body_line)
{
	title_is("---\ndate: 2026-11-21\n---\n\n   \n\t  First line  \n"
	    "second\n", "First line");
	title_is("---\r\ndate: 2026-11-21\r\n---\r\n\r\nWindows line\t \r\n"
	    "next\r\n", "Windows line");
	title_is("---\ndate: 2026-11-21\n---\nno newline at the end",
	    "no newline at the end");
	title_is("---\ndate: 2026-11-21\n---\n- [ ] a task\n",
	    "- [ ] a task");
}
END_TEST

START_TEST(test_title_empty)
{
	title_is("---\ndate: 2026-11-21\n---\n", "");
	title_is("---\ndate: 2026-11-21\n---\n\n  \n\t\n\r\n", "");
	title_is("---\n---\n", "");
}
END_TEST

/* A long first line is cut at 80 bytes, never inside a character. */
START_TEST(test_title_cut)
{
	struct buf	 rec = BUF_INIT, want = BUF_INIT;
	size_t		 i;

	/* ASCII: exactly 80 bytes. */
	buf_addstr(&rec, "---\n---\n");
	for (i = 0; i < 100; i++)
		buf_addch(&rec, 'a' + (int)(i % 26));
	buf_addch(&rec, '\n');
	for (i = 0; i < 80; i++)
		buf_addch(&want, 'a' + (int)(i % 26));
	title_is(rec.buf, want.buf);

	/* An 80-byte line is kept whole, an 81-byte one loses a byte. */
	buf_reset(&rec);
	buf_addf(&rec, "---\n---\n%s\n", want.buf);
	title_is(rec.buf, want.buf);
	buf_reset(&rec);
	buf_addf(&rec, "---\n---\n%s!\n", want.buf);
	title_is(rec.buf, want.buf);

	/* "é" at bytes 79-80 would be cut in two: it goes. */
	buf_reset(&rec);
	buf_reset(&want);
	for (i = 0; i < 79; i++)
		buf_addch(&want, 'x');
	buf_addf(&rec, "---\n---\n%s\xc3\xa9tail\n", want.buf);
	title_is(rec.buf, want.buf);

	/* "é" at bytes 78-79 fits. */
	buf_reset(&rec);
	buf_reset(&want);
	for (i = 0; i < 78; i++)
		buf_addch(&want, 'x');
	buf_addstr(&want, "\xc3\xa9");
	buf_addf(&rec, "---\n---\n%stail\n", want.buf);
	title_is(rec.buf, want.buf);

	/* A three-byte "€" at bytes 78-80 goes too. */
	buf_reset(&rec);
	buf_reset(&want);
	for (i = 0; i < 78; i++)
		buf_addch(&want, 'x');
	buf_addf(&rec, "---\n---\n%s\xe2\x82\xactail\n", want.buf);
	title_is(rec.buf, want.buf);

	/* Leading blanks do not count toward the 80. */
	buf_reset(&rec);
	buf_reset(&want);
	for (i = 0; i < 80; i++)
		buf_addch(&want, 'y');
	buf_addf(&rec, "---\n---\n    %szzz\n", want.buf);
	title_is(rec.buf, want.buf);

	buf_release(&rec);
	buf_release(&want);
}
END_TEST

static Suite *
goal_suite(void)
{
	Suite	*s = suite_create("goal");
	TCase	*tc;

	tc = tcase_create("info");
	tcase_add_checked_fixture(tc, today_setup, NULL);
	tcase_add_test(tc, test_fields);
	tcase_add_test(tc, test_fields_absent);
	tcase_add_test(tc, test_progress);
	tcase_add_test(tc, test_progress_all_dropped);
	tcase_add_test(tc, test_next_none);
	tcase_add_test(tc, test_next_undated_last);
	tcase_add_test(tc, test_next_file_order);
	tcase_add_test(tc, test_next_ties);
	suite_add_tcase(s, tc);

	tc = tcase_create("overdue");
	tcase_add_checked_fixture(tc, today_setup, NULL);
	tcase_add_test(tc, test_overdue_active);
	tcase_add_test(tc, test_overdue_not_live);
	tcase_add_test(tc, test_overdue_goal_due);
	tcase_add_test(tc, test_task_overdue);
	suite_add_tcase(s, tc);

	tc = tcase_create("title");
	tcase_add_test(tc, test_title_key);
	tcase_add_test(tc, test_title_heading);
	tcase_add_test(tc, test_title_body_line);
	tcase_add_test(tc, test_title_empty);
	tcase_add_test(tc, test_title_cut);
	suite_add_tcase(s, tc);

	return s;
}

int
main(void)
{
	SRunner	*sr;
	int	 failed;

	sr = srunner_create(goal_suite());
	srunner_set_tap(sr, "-");
	srunner_run_all(sr, CK_SILENT);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
