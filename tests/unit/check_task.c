#include "config.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "mentor.h"

/* The three lines every test record starts with; its body is line 4. */
#define HEAD	"---\ntitle: t\n---\n"
#define HEADLEN	(sizeof(HEAD) - 1)

/* Parse a whole record from s; the test frees it with doc_free. */
static void
parse(struct doc *d, const char *s)
{
	struct doc_error e;
	size_t		 n = strlen(s);
	char		*data = xmalloc(n + 1);
	int		 rc;

	memcpy(data, s, n + 1);
	rc = doc_parse(d, "goals/g.md", data, n, &e);
	ck_assert_msg(rc == 0, "parse: %u:%u: %s", e.line, e.col, e.msg);
}

/* Parse HEAD followed by body. */
static void
parse_body(struct doc *d, const char *body)
{
	char	*s;

	xasprintf(&s, "%s%s", HEAD, body);
	parse(d, s);
	free(s);
}

#define TASK_IS(t, ln, st, txt) do {					\
	const struct task *t_ = (t);					\
	ck_assert_uint_eq(t_->line, (ln));				\
	ck_assert_int_eq(t_->status, (st));				\
	ck_assert_str_eq(t_->text, (txt));				\
} while (0)

START_TEST(test_status_words)
{
	ck_assert_str_eq(task_status_word(TASK_OPEN), "open");
	ck_assert_str_eq(task_status_word(TASK_STARTED), "started");
	ck_assert_str_eq(task_status_word(TASK_DONE), "done");
	ck_assert_str_eq(task_status_word('X'), "done");
	ck_assert_str_eq(task_status_word(TASK_DROPPED), "dropped");
	ck_assert_str_eq(task_status_word('?'), "unknown");
	ck_assert_str_eq(task_status_word(0), "unknown");
	ck_assert_int_eq(task_status_live(TASK_OPEN), 1);
	ck_assert_int_eq(task_status_live(TASK_STARTED), 1);
	ck_assert_int_eq(task_status_live(TASK_DONE), 0);
	ck_assert_int_eq(task_status_live('X'), 0);
	ck_assert_int_eq(task_status_live(TASK_DROPPED), 0);
	ck_assert_int_eq(task_status_live('?'), 0);
}
END_TEST

START_TEST(test_statuses)
{
	struct doc	 d;

	parse_body(&d,
	    "- [ ] open one\n"			/* 4 */
	    "- [/] started\n"			/* 5 */
	    "- [x] done\n"			/* 6 */
	    "- [X] done upper\n"		/* 7 */
	    "- [-] dropped\n"			/* 8 */
	    "* [ ] star\n"			/* 9 */
	    "+ [/] plus\n"			/* 10 */
	    "    - [ ] indented\n"		/* 11 */
	    "\t\t* [x] tabs\n"			/* 12 */
	    "- [ ]\n"				/* 13 */
	    "- [ ]   \n"			/* 14 */
	    "-\t[ ]\tafter tabs  \n");		/* 15 */
	ck_assert_uint_eq(d.ntasks, 12);
	TASK_IS(&d.tasks[0], 4, TASK_OPEN, "open one");
	TASK_IS(&d.tasks[1], 5, TASK_STARTED, "started");
	TASK_IS(&d.tasks[2], 6, TASK_DONE, "done");
	TASK_IS(&d.tasks[3], 7, TASK_DONE, "done upper");
	TASK_IS(&d.tasks[4], 8, TASK_DROPPED, "dropped");
	TASK_IS(&d.tasks[5], 9, TASK_OPEN, "star");
	TASK_IS(&d.tasks[6], 10, TASK_STARTED, "plus");
	TASK_IS(&d.tasks[7], 11, TASK_OPEN, "indented");
	TASK_IS(&d.tasks[8], 12, TASK_DONE, "tabs");
	TASK_IS(&d.tasks[9], 13, TASK_OPEN, "");
	TASK_IS(&d.tasks[10], 14, TASK_OPEN, "");
	TASK_IS(&d.tasks[11], 15, TASK_OPEN, "after tabs");
	/* The box still holds what the file says. */
	ck_assert_int_eq(d.data[d.tasks[3].box], 'X');
	ck_assert_int_eq(d.data[d.tasks[2].box], 'x');
	ck_assert_int_eq(d.tasks[0].due, DATE_NONE);
	ck_assert_int_eq(d.tasks[0].done, DATE_NONE);
	ck_assert_uint_eq(d.tasks[0].due_col, 0);
	ck_assert_uint_eq(d.tasks[0].npeople, 0);
	ck_assert_uint_eq(d.tasks[0].ntags, 0);
	ck_assert_uint_eq(d.tasks[0].badtok_col, 0);
	ck_assert_ptr_null(d.tasks[0].badtok);
	doc_free(&d);
}
END_TEST

START_TEST(test_not_tasks)
{
	struct doc	 d;

	parse_body(&d,
	    "-[ ] x\n"
	    "- [a] x\n"
	    "- [ ]x\n"
	    "- [] x\n"
	    "- [  ] x\n"
	    "- ( ) x\n"
	    "1 [ ] x\n"
	    "[ ] x\n"
	    "x - [ ] x\n"
	    ">- [ ] x\n"
	    "\n"
	    "- [ ] real\n");
	ck_assert_uint_eq(d.ntasks, 2);
	/* ">- [ ] x" is a block quote's item: a task. */
	TASK_IS(&d.tasks[0], 13, TASK_OPEN, "x");
	TASK_IS(&d.tasks[1], 15, TASK_OPEN, "real");
	doc_free(&d);
}
END_TEST

START_TEST(test_nested)
{
	struct doc	 d;

	parse_body(&d,
	    "- plain bullet\n"			/* 4 */
	    "  - [ ] under plain\n"		/* 5 */
	    "- [/] parent\n"			/* 6 */
	    "  - [x] child\n"			/* 7 */
	    "    - [-] grandchild\n"		/* 8 */
	    "- [ ] next\n");			/* 9 */
	ck_assert_uint_eq(d.ntasks, 5);
	TASK_IS(&d.tasks[0], 5, TASK_OPEN, "under plain");
	TASK_IS(&d.tasks[1], 6, TASK_STARTED, "parent");
	TASK_IS(&d.tasks[2], 7, TASK_DONE, "child");
	TASK_IS(&d.tasks[3], 8, TASK_DROPPED, "grandchild");
	TASK_IS(&d.tasks[4], 9, TASK_OPEN, "next");
	doc_free(&d);
}
END_TEST

START_TEST(test_fences)
{
	struct doc	 d;

	parse_body(&d,
	    "```\n"				/* 4 */
	    "- [ ] in backticks\n"
	    "# not a heading\n"
	    "```\n"				/* 7 */
	    "- [ ] one\n"			/* 8 */
	    "~~~ md\n"
	    "- [ ] in tildes\n"
	    "```\n"				/* does not close ~~~ */
	    "- [ ] still in tildes\n"
	    "~~~~\n"				/* 13 */
	    "- [ ] two\n"			/* 14 */
	    "````\n"
	    "- [ ] in four\n"
	    "```\n"				/* too short to close */
	    "- [ ] still in four\n"
	    "``` x\n"
	    "````` \n"				/* 20: closes */
	    "- [ ] three\n"			/* 21 */
	    "   ```\n"				/* 22: in the item */
	    "- [ ] in item three's code\n"	/* 23: ends it */
	    "```\n"				/* 24: opens */
	    "    ```\n"				/* code */
	    "- [ ] four\n"
	    "``\n"
	    "- [ ] five\n");
	/*
	 * The fence on line 22 is in item three, and ends with it; the one
	 * on line 24 is never closed.
	 */
	ck_assert_uint_eq(d.ntasks, 4);
	TASK_IS(&d.tasks[0], 8, TASK_OPEN, "one");
	TASK_IS(&d.tasks[1], 14, TASK_OPEN, "two");
	TASK_IS(&d.tasks[2], 21, TASK_OPEN, "three");
	TASK_IS(&d.tasks[3], 23, TASK_OPEN, "in item three's code");
	ck_assert_uint_eq(d.nheads, 0);
	doc_free(&d);

	/* An unclosed fence hides the rest of the body. */
	parse_body(&d,
	    "- [ ] before\n"
	    "```\n"
	    "- [ ] hidden\n"
	    "# hidden too\n"
	    "- [x] hidden\n");
	ck_assert_uint_eq(d.ntasks, 1);
	TASK_IS(&d.tasks[0], 4, TASK_OPEN, "before");
	ck_assert_uint_eq(d.nheads, 0);
	doc_free(&d);

	/* A CRLF closing fence closes. */
	parse(&d, "---\r\n---\r\n```\r\n- [ ] no\r\n```\r\n- [ ] yes\r\n");
	ck_assert_uint_eq(d.ntasks, 1);
	TASK_IS(&d.tasks[0], 6, TASK_OPEN, "yes");
	doc_free(&d);
}
END_TEST

/* Each block context, as GitHub reads it (DESIGN.md §2 "Task items"). */
START_TEST(test_gfm_contexts)
{
	static const struct {
		const char	*body;
		unsigned	 line[3];	/* of its tasks, 0 after */
	} c[] = {
		/* Not a fence (a backtick in its info): nothing hidden. */
		{ "```foo``\n- [ ] real\n", { 5 } },
		/* A closing fence indented inside the list item. */
		{ "- a\n  ```\n  code\n    ```\n- [ ] real\n", { 8 } },
		/* Commented out. */
		{ "<!--\n- [ ] x due:2026-01-02\n-->\n", { 0 } },
		{ "<!-- - [ ] x -->\n- [ ] y\n", { 5 } },
		/* HTML blocks: raw text, up to their end. */
		{ "<pre>\n- [ ] x\n\n- [ ] x\n</pre>\n- [ ] y\n", { 9 } },
		{ "<script>\n- [ ] x\n</script>\n", { 0 } },
		{ "<details>\n- [ ] x\n\n- [ ] y\n</details>\n", { 7 } },
		/* Indented code, after a paragraph and in a list item. */
		{ "para\n\n    - [ ] x\n", { 0 } },
		{ "- step\n\n    ```\n    - [ ] code\n    ```\n", { 0 } },
		/* Ordered lists, block quotes. */
		{ "1. [ ] x\n2) [x] y\n", { 4, 5 } },
		{ "> - [ ] x\n> 1. [X] y\n", { 4, 5 } },
		/* Lazy continuation: a quote's paragraph goes on. */
		{ "> para\n- [ ] x\n", { 5 } },
		{ "> - a\nb - [ ] x\n", { 0 } },
		/* An ordered item other than 1 does not interrupt a paragraph. */
		{ "para\n2. [ ] x\n", { 0 } },
		/* Our leniency: nested deeper than CommonMark allows. */
		{ "- [ ] a\n      - [x] deep\n", { 4, 5 } },
		/* Five blanks after the marker: code in the item. */
		{ "-      [ ] x\n", { 0 } },
	};
	struct doc	 d;
	size_t		 i, k, n;

	for (i = 0; i < sizeof(c) / sizeof(c[0]); i++) {
		parse_body(&d, c[i].body);
		for (n = 0; n < 3 && c[i].line[n] != 0; n++)
			;
		ck_assert_msg(d.ntasks == n, "%zu: %zu tasks, want %zu", i,
		    d.ntasks, n);
		for (k = 0; k < n; k++)
			ck_assert_msg(d.tasks[k].line == c[i].line[k],
			    "%zu: task %zu on line %u, want %u", i, k,
			    d.tasks[k].line, c[i].line[k]);
		doc_free(&d);
	}
}
END_TEST

/* Headings: ATX and setext, not in code or block quotes. */
START_TEST(test_gfm_headings)
{
	struct doc	 d;
	struct buf	 b = BUF_INIT;

	parse_body(&d,
	    "Agenda\n"				/* 4 */
	    "------\n"
	    "- [ ] talk\n"			/* 6 */
	    "```\n# not\n```\n"
	    "> # quoted\n"
	    "Action\n"				/* 11 */
	    "items\n"
	    "===\n"
	    "- [ ] do\n");			/* 14 */
	ck_assert_uint_eq(d.nheads, 2);
	ck_assert_str_eq(d.heads[0].text, "Agenda");
	ck_assert_uint_eq(d.heads[0].line, 4);
	ck_assert_uint_eq(d.heads[0].end, 5);
	ck_assert_int_eq(d.heads[0].level, 2);
	ck_assert_str_eq(d.heads[1].text, "Action items");
	ck_assert_uint_eq(d.heads[1].line, 11);
	ck_assert_int_eq(d.heads[1].level, 1);
	ck_assert_uint_eq(d.ntasks, 2);
	ck_assert_int_eq(d.tasks[0].section, 0);
	ck_assert_int_eq(d.tasks[1].section, 1);
	ck_assert_int_eq(body_section(&d, "agenda", &b), 0);
	ck_assert_str_eq(b.buf, "- [ ] talk\n```\n# not\n```\n> # quoted");
	buf_release(&b);
	doc_free(&d);
}
END_TEST

START_TEST(test_dates)
{
	struct doc	 d;
	const struct task *t;

	parse_body(&d,
	    "- [ ] Send it due:2026-11-28\n"			/* 4 */
	    "- [x] Book done:2026-11-21 due:2026-11-20\n"	/* 5 */
	    "- [ ] Bad due:2026-02-30 done:2026-13-01\n"	/* 6 */
	    "- [ ] Dot due:2026-11-28.\n"			/* 7 */
	    "- [ ] due:2027-01-01 first\n"			/* 8 */
	    "- [ ] é due:2026-11-28\n"				/* 9 */
	    "- [ ] xdue:2026-11-28 (due:2026-11-28)\n"		/* 10 */
	    "- [ ] Short due:2026-1-2\n"			/* 11 */
	    "- [ ] Leap due:2028-02-29, done:2026-01-01;\n");	/* 12 */
	ck_assert_uint_eq(d.ntasks, 9);

	t = &d.tasks[0];
	ck_assert_int_eq(t->due, date_from_ymd(2026, 11, 28));
	ck_assert_uint_eq(t->due_col, 15);
	ck_assert_int_eq(t->done, DATE_NONE);
	ck_assert_uint_eq(t->done_col, 0);
	ck_assert_str_eq(t->text, "Send it due:2026-11-28");

	t = &d.tasks[1];
	ck_assert_int_eq(t->done, date_from_ymd(2026, 11, 21));
	ck_assert_uint_eq(t->done_col, 12);
	ck_assert_int_eq(t->due, date_from_ymd(2026, 11, 20));
	ck_assert_uint_eq(t->due_col, 28);

	t = &d.tasks[2];
	ck_assert_int_eq(t->due, DATE_NONE);
	ck_assert_int_eq(t->done, DATE_NONE);
	ck_assert_uint_eq(t->due_col, 0);
	ck_assert_uint_eq(t->badtok_col, 11);
	ck_assert_str_eq(t->badtok, "due:2026-02-30");

	t = &d.tasks[3];
	ck_assert_int_eq(t->due, date_from_ymd(2026, 11, 28));
	ck_assert_uint_eq(t->due_col, 11);
	ck_assert_uint_eq(t->badtok_col, 0);

	t = &d.tasks[4];
	ck_assert_int_eq(t->due, date_from_ymd(2027, 1, 1));
	ck_assert_uint_eq(t->due_col, 7);

	t = &d.tasks[5];		/* columns count characters */
	ck_assert_int_eq(t->due, date_from_ymd(2026, 11, 28));
	ck_assert_uint_eq(t->due_col, 9);

	t = &d.tasks[6];		/* only after whitespace */
	ck_assert_int_eq(t->due, DATE_NONE);
	ck_assert_uint_eq(t->due_col, 0);
	ck_assert_uint_eq(t->badtok_col, 0);

	t = &d.tasks[7];
	ck_assert_int_eq(t->due, DATE_NONE);
	ck_assert_uint_eq(t->badtok_col, 13);
	ck_assert_str_eq(t->badtok, "due:2026-1-2");

	t = &d.tasks[8];
	ck_assert_int_eq(t->due, date_from_ymd(2028, 2, 29));
	ck_assert_int_eq(t->done, date_from_ymd(2026, 1, 1));
	ck_assert_uint_eq(t->done_col, 28);
	ck_assert_uint_eq(t->badtok_col, 0);
	doc_free(&d);
}
END_TEST

START_TEST(test_people_tags)
{
	struct doc	 d;
	const struct task *t;

	parse_body(&d,
	    "- [ ] Send to @jane-smith\n"			/* 4 */
	    "- [ ] Ask @jane-smith, then @bob.\n"		/* 5 */
	    "- [ ] Mail jane@example.com\n"			/* 6 */
	    "- [ ] Fix issue#3 #bug #ops-team\n"		/* 7 */
	    "- [ ] @a @b #x @c #y\n"				/* 8 */
	    "- [ ] Ping @józef-ł and @trailing-\n"		/* 9 */
	    "- [ ] (@paren) a@b #\n");				/* 10 */
	ck_assert_uint_eq(d.ntasks, 7);

	t = &d.tasks[0];
	ck_assert_uint_eq(t->npeople, 1);
	ck_assert_str_eq(t->people[0], "jane-smith");
	ck_assert_uint_eq(t->people_col[0], 15);
	ck_assert_uint_eq(t->ntags, 0);

	t = &d.tasks[1];
	ck_assert_uint_eq(t->npeople, 2);
	ck_assert_str_eq(t->people[0], "jane-smith");
	ck_assert_uint_eq(t->people_col[0], 11);
	ck_assert_str_eq(t->people[1], "bob");
	ck_assert_uint_eq(t->people_col[1], 29);

	t = &d.tasks[2];
	ck_assert_uint_eq(t->npeople, 0);
	ck_assert_ptr_null(t->people);

	t = &d.tasks[3];
	ck_assert_uint_eq(t->npeople, 0);
	ck_assert_uint_eq(t->ntags, 2);
	ck_assert_str_eq(t->tags[0], "bug");
	ck_assert_str_eq(t->tags[1], "ops-team");

	t = &d.tasks[4];
	ck_assert_uint_eq(t->npeople, 3);
	ck_assert_str_eq(t->people[0], "a");
	ck_assert_str_eq(t->people[1], "b");
	ck_assert_str_eq(t->people[2], "c");
	ck_assert_uint_eq(t->people_col[0], 7);
	ck_assert_uint_eq(t->people_col[1], 10);
	ck_assert_uint_eq(t->people_col[2], 16);
	ck_assert_uint_eq(t->ntags, 2);
	ck_assert_str_eq(t->tags[0], "x");
	ck_assert_str_eq(t->tags[1], "y");

	t = &d.tasks[5];
	ck_assert_uint_eq(t->npeople, 2);
	ck_assert_str_eq(t->people[0], "józef-ł");
	ck_assert_uint_eq(t->people_col[0], 12);
	ck_assert_str_eq(t->people[1], "trailing");
	ck_assert_uint_eq(t->people_col[1], 25);

	t = &d.tasks[6];
	ck_assert_uint_eq(t->npeople, 0);
	ck_assert_uint_eq(t->ntags, 0);
	doc_free(&d);
}
END_TEST

START_TEST(test_headings)
{
	struct doc	 d;

	parse_body(&d,
	    "- [ ] before any\n"		/* 4 */
	    "# One\n"				/* 5: 0 */
	    "- [ ] in one\n"			/* 6 */
	    "###### Six\n"			/* 7: 1 */
	    "####### Seven\n"
	    "#x\n"
	    "- [ ] still six\n"			/* 10 */
	    "## Closing ##   \n"		/* 11: 2 */
	    "   ### Three spaces\n"		/* 12: 3 */
	    "    #### Four spaces\n"
	    "## C#\n"				/* 14: 4 */
	    "#\n"				/* 15: 5 */
	    "##\tTabbed\t#\n"			/* 16: 6 */
	    "# Été #\n"				/* 17: 7 */
	    "- [ ] last\n");			/* 18 */
	ck_assert_uint_eq(d.nheads, 8);
	ck_assert_uint_eq(d.heads[0].line, 5);
	ck_assert_int_eq(d.heads[0].level, 1);
	ck_assert_str_eq(d.heads[0].text, "One");
	ck_assert_uint_eq(d.heads[1].line, 7);
	ck_assert_int_eq(d.heads[1].level, 6);
	ck_assert_str_eq(d.heads[1].text, "Six");
	ck_assert_uint_eq(d.heads[2].line, 11);
	ck_assert_int_eq(d.heads[2].level, 2);
	ck_assert_str_eq(d.heads[2].text, "Closing");
	ck_assert_uint_eq(d.heads[3].line, 12);
	ck_assert_int_eq(d.heads[3].level, 3);
	ck_assert_str_eq(d.heads[3].text, "Three spaces");
	ck_assert_uint_eq(d.heads[4].line, 14);
	ck_assert_str_eq(d.heads[4].text, "C#");
	ck_assert_uint_eq(d.heads[5].line, 15);
	ck_assert_int_eq(d.heads[5].level, 1);
	ck_assert_str_eq(d.heads[5].text, "");
	ck_assert_uint_eq(d.heads[6].line, 16);
	ck_assert_int_eq(d.heads[6].level, 2);
	ck_assert_str_eq(d.heads[6].text, "Tabbed");
	ck_assert_str_eq(d.heads[7].text, "Été");
	ck_assert_str_eq(doc_heading_text(&d, 7), "Été");

	ck_assert_uint_eq(d.ntasks, 4);
	ck_assert_int_eq(d.tasks[0].section, -1);
	ck_assert_int_eq(d.tasks[1].section, 0);
	ck_assert_int_eq(d.tasks[2].section, 1);
	ck_assert_int_eq(d.tasks[3].section, 7);
	ck_assert_ptr_null(doc_heading_text(&d, d.tasks[0].section));
	doc_free(&d);

	/* A task after a heading's section, under the nearest heading. */
	parse_body(&d, "## Milestones\n- [ ] a\n\ntext\n\n- [ ] b\n");
	ck_assert_int_eq(d.tasks[0].section, 0);
	ck_assert_int_eq(d.tasks[1].section, 0);
	doc_free(&d);
}
END_TEST

START_TEST(test_offsets)
{
	struct doc	 d;
	const struct task *t;
	static const char s[] =
	    HEAD			/* 0..16 */
	    "intro\n"			/* 17 */
	    "  - [x] done it\n"		/* 23 */
	    "- [ ] last";		/* 39 */

	parse(&d, s);
	ck_assert_uint_eq(HEADLEN, 17);
	ck_assert_uint_eq(d.ntasks, 2);
	t = &d.tasks[0];
	ck_assert_uint_eq(t->line, 5);
	ck_assert_uint_eq(t->off, 23);
	ck_assert_uint_eq(t->box, 28);
	ck_assert_uint_eq(t->eol, 38);
	ck_assert_int_eq(d.data[t->box], 'x');
	ck_assert_int_eq(d.data[t->eol], '\n');
	t = &d.tasks[1];
	ck_assert_uint_eq(t->line, 6);
	ck_assert_uint_eq(t->off, 39);
	ck_assert_uint_eq(t->box, 42);
	ck_assert_uint_eq(t->eol, 49);
	ck_assert_uint_eq(t->eol, d.len);
	doc_free(&d);
}
END_TEST

START_TEST(test_crlf_bom)
{
	struct doc	 d;
	const struct task *t;
	static const char s[] =
	    "\xEF\xBB\xBF---\r\n"	/* 0 */
	    "a: 1\r\n"			/* 8 */
	    "---\r\n"			/* 14 */
	    "\r\n"			/* 19 */
	    "## Items\r\n"		/* 21 */
	    "- [/] t @jo due:2026-11-28\r\n"	/* 31 */
	    "- [ ] u  \r\n";		/* 59 */

	parse(&d, s);
	ck_assert_int_eq(d.bom, 1);
	ck_assert_int_eq(d.crlf, 1);
	ck_assert_uint_eq(d.nheads, 1);
	ck_assert_uint_eq(d.heads[0].line, 5);
	ck_assert_str_eq(d.heads[0].text, "Items");
	ck_assert_uint_eq(d.ntasks, 2);
	t = &d.tasks[0];
	ck_assert_uint_eq(t->line, 6);
	ck_assert_uint_eq(t->off, 31);
	ck_assert_uint_eq(t->box, 34);
	ck_assert_uint_eq(t->eol, 57);
	ck_assert_int_eq(d.data[t->eol], '\r');
	ck_assert_int_eq(t->status, TASK_STARTED);
	ck_assert_str_eq(t->text, "t @jo due:2026-11-28");
	ck_assert_int_eq(t->due, date_from_ymd(2026, 11, 28));
	ck_assert_uint_eq(t->due_col, 13);
	ck_assert_str_eq(t->people[0], "jo");
	ck_assert_int_eq(t->section, 0);
	t = &d.tasks[1];
	ck_assert_uint_eq(t->line, 7);
	ck_assert_uint_eq(t->off, 59);
	ck_assert_uint_eq(t->eol, 68);
	ck_assert_str_eq(t->text, "u");
	doc_free(&d);
}
END_TEST

START_TEST(test_many_tasks)
{
	struct buf	 b = BUF_INIT;
	struct doc	 d;
	size_t		 i;

	buf_addstr(&b, HEAD);
	for (i = 0; i < 1000; i++)
		buf_addf(&b, "- [%c] item %zu\n", i % 2 ? 'x' : ' ', i);
	parse(&d, b.buf);
	buf_release(&b);
	ck_assert_uint_eq(d.ntasks, 1000);
	for (i = 0; i < 1000; i++) {
		char want[32];

		snprintf(want, sizeof(want), "item %zu", i);
		ck_assert_str_eq(d.tasks[i].text, want);
		ck_assert_uint_eq(d.tasks[i].line, 4 + i);
		ck_assert_int_eq(d.tasks[i].status, i % 2 ? 'x' : ' ');
	}
	doc_free(&d);
}
END_TEST

#define SPLIT_IS(arg, rec, ln, ix) do {					\
	unsigned long	 l_ = 99, i_ = 99;				\
	char		*r_ = task_addr_split((arg), &l_, &i_);		\
									\
	ck_assert_str_eq(r_, (rec));					\
	ck_assert_uint_eq(l_, (ln));					\
	ck_assert_uint_eq(i_, (ix));					\
	free(r_);							\
} while (0)


START_TEST(test_addr_split)
{
	SPLIT_IS("goal:12", "goal", 12, 0);
	SPLIT_IS("goal#3", "goal", 0, 3);
	SPLIT_IS("log/2026/x.md:7", "log/2026/x.md", 7, 0);
	SPLIT_IS("goals/a.md#10", "goals/a.md", 0, 10);
	SPLIT_IS("plain", "plain", 0, 0);
	SPLIT_IS("a:b", "a:b", 0, 0);
	SPLIT_IS("x#0", "x#0", 0, 0);
	SPLIT_IS("x:0", "x:0", 0, 0);
	SPLIT_IS("#3", "#3", 0, 0);
	SPLIT_IS(":3", ":3", 0, 0);
	SPLIT_IS("goal:", "goal:", 0, 0);
	SPLIT_IS("goal:12x", "goal:12x", 0, 0);
	SPLIT_IS("a:1:2", "a:1", 2, 0);
	SPLIT_IS("2026-11-21", "2026-11-21", 0, 0);
	SPLIT_IS("goal:007", "goal", 7, 0);
	SPLIT_IS("", "", 0, 0);
	SPLIT_IS("goal:99999999999999999999999", "goal:99999999999999999999999",
	    0, 0);
}
END_TEST

/*
 * Capture what task_find says on stderr: err_start() points fd 2 at a
 * temporary file, err_end() restores it and returns the text (to free).
 */
static FILE	*err_file;
static int	 err_saved = -1;

static void
err_start(void)
{
	fflush(stderr);
	ck_assert_ptr_nonnull(err_file = tmpfile());
	ck_assert_int_ge(err_saved = dup(2), 0);
	ck_assert_int_eq(dup2(fileno(err_file), 2), 2);
}

static char *
err_end(void)
{
	struct buf	 b = BUF_INIT;
	char		 chunk[512];
	size_t		 n;

	fflush(stderr);
	dup2(err_saved, 2);
	close(err_saved);
	rewind(err_file);
	while ((n = fread(chunk, 1, sizeof(chunk), err_file)) > 0)
		buf_add(&b, chunk, n);
	fclose(err_file);
	return buf_detach(&b, NULL);
}

/* Run call with stderr captured and check that it said exactly want. */
#define SAYS(call, want) do {							char	*said_;								char	*exp_;																	err_start();								(call);									said_ = err_end();							xasprintf(&exp_, "%s: %s", progname(), (want));				ck_assert_str_eq(said_, exp_);						free(said_);								free(exp_);							} while (0)

static const char find_rec[] =
    HEAD
    "## Milestones\n"				/* 4 */
    "- [x] Complete first talk\n"		/* 5: #1 */
    "- [/] Host a webinar due:2026-12-15\n"	/* 6: #2 */
    "text\n"					/* 7 */
    "- [ ] Get a rating of 4/5 (or more)\n"	/* 8: #3 */
    "- [ ] Plan l'été trip\n"			/* 9: #4 */
    "- [ ] Host a workshop\n";			/* 10: #5 */

START_TEST(test_find)
{
	struct doc	 d;
	const struct task *t = (const struct task *)&d;

	parse(&d, find_rec);
	ck_assert_uint_eq(d.ntasks, 5);

	/* By line. */
	ck_assert_int_eq(task_find(&d, 6, 0, NULL, &t), 0);
	ck_assert_ptr_eq(t, &d.tasks[1]);
	ck_assert_int_eq(task_find(&d, 10, 0, NULL, &t), 0);
	ck_assert_ptr_eq(t, &d.tasks[4]);
	ck_assert_int_eq(task_find(&d, 7, 0, NULL, &t), EX_PROBLEM);
	ck_assert_ptr_null(t);
	ck_assert_int_eq(task_find(&d, 4, 0, NULL, &t), EX_PROBLEM);
	ck_assert_int_eq(task_find(&d, 1000, 0, NULL, &t), EX_PROBLEM);

	/* By index, from 1. */
	ck_assert_int_eq(task_find(&d, 0, 1, NULL, &t), 0);
	ck_assert_ptr_eq(t, &d.tasks[0]);
	ck_assert_int_eq(task_find(&d, 0, 5, NULL, &t), 0);
	ck_assert_ptr_eq(t, &d.tasks[4]);
	ck_assert_int_eq(task_find(&d, 0, 6, NULL, &t), EX_PROBLEM);
	ck_assert_ptr_null(t);

	/* By match: unique, case-insensitive, literal. */
	ck_assert_int_eq(task_find(&d, 0, 0, "WEBINAR", &t), 0);
	ck_assert_ptr_eq(t, &d.tasks[1]);
	ck_assert_int_eq(task_find(&d, 0, 0, "4/5 (or", &t), 0);
	ck_assert_ptr_eq(t, &d.tasks[2]);
	ck_assert_int_eq(task_find(&d, 0, 0, "ÉTÉ", &t), 0);
	ck_assert_ptr_eq(t, &d.tasks[3]);
	ck_assert_int_eq(task_find(&d, 0, 0, "l'Été", &t), 0);
	ck_assert_ptr_eq(t, &d.tasks[3]);
	ck_assert_int_eq(task_find(&d, 0, 0, "due:2026-12", &t), 0);
	ck_assert_ptr_eq(t, &d.tasks[1]);
	ck_assert_int_eq(task_find(&d, 0, 0, ".*", &t), EX_PROBLEM);
	ck_assert_ptr_null(t);
	ck_assert_int_eq(task_find(&d, 0, 0, "nothing here", &t), EX_PROBLEM);
	ck_assert_ptr_null(t);
	t = &d.tasks[0];
	ck_assert_int_eq(task_find(&d, 0, 0, "host a", &t), EX_PROBLEM);
	ck_assert_ptr_null(t);

	/* Nothing to go by. */
	t = &d.tasks[0];
	ck_assert_int_eq(task_find(&d, 0, 0, NULL, &t), EX_USAGE);
	ck_assert_ptr_null(t);

	/* What it says. */
	SAYS(task_find(&d, 7, 0, NULL, &t), "goals/g.md:7: not a task item\n");
	SAYS(task_find(&d, 0, 6, NULL, &t),
	    "goals/g.md: no task item #6 (it has 5)\n");
	SAYS(task_find(&d, 0, 0, "zzz", &t),
	    "goals/g.md: no task item matches 'zzz'\n");
	SAYS(task_find(&d, 0, 0, "host A", &t),
	    "goals/g.md: 'host A' matches 2 task items:\n"
	    "  goals/g.md:6: [/] Host a webinar due:2026-12-15\n"
	    "  goals/g.md:10: [ ] Host a workshop\n");
	SAYS(task_find(&d, 0, 0, NULL, &t), "'goals/g.md': which task item? "
	    "(use REC:LINE, REC#N or --match TEXT)\n");
	{
		char	*said;

		err_start();
		ck_assert_int_eq(task_find(&d, 0, 0, "workshop", &t), 0);
		said = err_end();
		ck_assert_str_eq(said, "");	/* success is silent */
		free(said);
	}
	doc_free(&d);

	/* A record without tasks. */
	parse(&d, HEAD "no tasks\n");
	ck_assert_int_eq(task_find(&d, 0, 1, NULL, &t), EX_PROBLEM);
	ck_assert_int_eq(task_find(&d, 0, 0, "x", &t), EX_PROBLEM);
	ck_assert_int_eq(task_find(&d, 4, 0, NULL, &t), EX_PROBLEM);
	doc_free(&d);
}
END_TEST

static Suite *
task_suite(void)
{
	Suite	*s = suite_create("task");
	TCase	*tb = tcase_create("scan");
	TCase	*ta = tcase_create("address");

	tcase_add_test(tb, test_status_words);
	tcase_add_test(tb, test_statuses);
	tcase_add_test(tb, test_not_tasks);
	tcase_add_test(tb, test_nested);
	tcase_add_test(tb, test_fences);
	tcase_add_test(tb, test_gfm_contexts);
	tcase_add_test(tb, test_gfm_headings);
	tcase_add_test(tb, test_dates);
	tcase_add_test(tb, test_people_tags);
	tcase_add_test(tb, test_headings);
	tcase_add_test(tb, test_offsets);
	tcase_add_test(tb, test_crlf_bom);
	tcase_add_test(tb, test_many_tasks);
	suite_add_tcase(s, tb);
	tcase_add_test(ta, test_addr_split);
	tcase_add_test(ta, test_find);
	suite_add_tcase(s, ta);
	return s;
}

int
main(int argc, char *argv[])
{
	SRunner	*sr = srunner_create(task_suite());
	int	 failed;

	(void)argc;
	progname_set(argv);

	srunner_set_tap(sr, "-");
	srunner_run_all(sr, CK_SILENT);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? 0 : 1;
}
