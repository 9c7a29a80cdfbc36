#include "config.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "mentor.h"

/*
 * The lister prints to stdout: each test points descriptor 1 at a
 * tmpfile() for the time of the list (out_start), then puts it back and
 * reads what was written (out_end; the bytes stay valid until the next
 * out_start or the end of the test).  Going through the descriptor, not
 * the FILE, keeps this right whether Check forks or not.
 */
static FILE	*out_f;
static int	 out_saved = -1;
static char	*out_buf;
static size_t	 out_len;

static void
out_start(void)
{
	fflush(stdout);
	out_f = tmpfile();
	ck_assert_ptr_nonnull(out_f);
	out_saved = dup(STDOUT_FILENO);
	ck_assert_int_ne(out_saved, -1);
	ck_assert_int_eq(dup2(fileno(out_f), STDOUT_FILENO), STDOUT_FILENO);
}

static const char *
out_end(void)
{
	long	 n;

	ck_assert_int_eq(fflush(stdout), 0);
	ck_assert_int_eq(dup2(out_saved, STDOUT_FILENO), STDOUT_FILENO);
	close(out_saved);
	out_saved = -1;
	n = ftell(out_f);
	ck_assert_int_ge(n, 0);
	out_len = (size_t)n;
	free(out_buf);
	out_buf = xmalloc(out_len + 1);
	rewind(out_f);
	ck_assert_uint_eq(fread(out_buf, 1, out_len, out_f), out_len);
	out_buf[out_len] = '\0';
	fclose(out_f);
	out_f = NULL;
	return out_buf;
}

static void
out_teardown(void)
{
	free(out_buf);
	out_buf = NULL;
	out_len = 0;
}

static const struct col cols[] = {
	{ "id", COL_STR }, { "n", COL_INT }, { "due", COL_DATE },
	{ "ok", COL_BOOL }, { "title", COL_STR }
};
#define NCOLS	(sizeof(cols) / sizeof(cols[0]))

static const char *const row_a[] = { "a", "3", "2026-11-22", "true",
    "Alpha" };
static const char *const row_b[] = { "bb-long", "12", NULL, "no", NULL };
static const char *const row_c[] = { "c", "", "", "", "x\ty\\z" };

/* List rows a, b and c (as many as n) with the options given. */
static int
run(struct opts *o, int deflt, size_t n)
{
	static const char *const *rows[] = { row_a, row_b, row_c };
	static const char *const paths[] = { "goals/a.md", "goals/bb-long.md",
	    "goals/c.md" };
	struct lister	 l;
	size_t		 i;
	int		 rc;

	out_start();
	lister_begin(&l, o, deflt, cols, NCOLS);
	for (i = 0; i < n; i++)
		lister_row(&l, paths[i], rows[i], NULL);
	rc = lister_end(&l);
	out_end();
	return rc;
}

static struct opts *
opts_fmt_of(int fmt)
{
	static struct opts	 o;

	opts_init(&o);
	o.fmt = fmt;
	o.color = COLOR_NEVER;
	return &o;
}

START_TEST(test_text)
{
	ck_assert_int_eq(run(opts_fmt_of(FMT_TEXT), FMT_PATHS, 3), 0);
	ck_assert_str_eq(out_buf,
	    "id        n  due         ok    title\n"
	    "a         3  2026-11-22  true  Alpha\n"
	    "bb-long  12              no\n"
	    "c                              x y\\z\n");
}
END_TEST

START_TEST(test_text_no_header)
{
	struct opts	*o = opts_fmt_of(FMT_TEXT);

	o->no_header = 1;
	ck_assert_int_eq(run(o, FMT_PATHS, 2), 0);
	ck_assert_str_eq(out_buf,
	    "a         3  2026-11-22  true  Alpha\n"
	    "bb-long  12              no\n");
}
END_TEST

/* Colours go around the cells, padding outside them; the header bold. */
START_TEST(test_text_color)
{
	static const char *const colors[] = { NULL, NULL, "31", NULL, "2" };
	struct opts	*o = opts_fmt_of(FMT_TEXT);
	struct lister	 l;

	o->color = COLOR_ALWAYS;
	out_start();
	lister_begin(&l, o, FMT_PATHS, cols, NCOLS);
	lister_row(&l, "goals/a.md", row_a, colors);
	lister_row(&l, "goals/bb-long.md", row_b, colors);
	ck_assert_int_eq(lister_end(&l), 0);
	out_end();
	ck_assert_str_eq(out_buf,
	    "\033[1mid        n  due         ok    title\033[0m\n"
	    "a         3  \033[31m2026-11-22\033[0m  true  \033[2mAlpha\033[0m\n"
	    "bb-long  12              no\n");
}
END_TEST

/* Without rows, text prints nothing at all, not even the header. */
START_TEST(test_text_empty)
{
	ck_assert_int_eq(run(opts_fmt_of(FMT_TEXT), FMT_PATHS, 0),
	    EX_PROBLEM);
	ck_assert_str_eq(out_buf, "");
	ck_assert_uint_eq(out_len, 0);
}
END_TEST

START_TEST(test_tsv)
{
	ck_assert_int_eq(run(opts_fmt_of(FMT_TSV), FMT_PATHS, 3), 0);
	ck_assert_str_eq(out_buf,
	    "id\tn\tdue\tok\ttitle\n"
	    "a\t3\t2026-11-22\ttrue\tAlpha\n"
	    "bb-long\t12\t\tno\t\n"
	    "c\t\t\t\tx\\ty\\\\z\n");
}
END_TEST

START_TEST(test_tsv_no_header)
{
	struct opts	*o = opts_fmt_of(FMT_TSV);

	o->no_header = 1;
	ck_assert_int_eq(run(o, FMT_PATHS, 1), 0);
	ck_assert_str_eq(out_buf, "a\t3\t2026-11-22\ttrue\tAlpha\n");
	ck_assert_int_eq(run(o, FMT_PATHS, 0), EX_PROBLEM);
	ck_assert_str_eq(out_buf, "");
}
END_TEST

/* The header goes out even when no row follows. */
START_TEST(test_tsv_empty)
{
	ck_assert_int_eq(run(opts_fmt_of(FMT_TSV), FMT_PATHS, 0),
	    EX_PROBLEM);
	ck_assert_str_eq(out_buf, "id\tn\tdue\tok\ttitle\n");
}
END_TEST

START_TEST(test_json)
{
	ck_assert_int_eq(run(opts_fmt_of(FMT_JSON), FMT_PATHS, 3), 0);
	ck_assert_str_eq(out_buf,
	    "[{\"path\":\"goals/a.md\",\"id\":\"a\",\"n\":3,"
	    "\"due\":\"2026-11-22\",\"ok\":true,\"title\":\"Alpha\"},"
	    "{\"path\":\"goals/bb-long.md\",\"id\":\"bb-long\",\"n\":12,"
	    "\"due\":null,\"ok\":false,\"title\":null},"
	    "{\"path\":\"goals/c.md\",\"id\":\"c\",\"n\":null,\"due\":null,"
	    "\"ok\":null,\"title\":\"x\\ty\\\\z\"}]\n");
}
END_TEST

START_TEST(test_json_empty)
{
	ck_assert_int_eq(run(opts_fmt_of(FMT_JSON), FMT_PATHS, 0),
	    EX_PROBLEM);
	ck_assert_str_eq(out_buf, "[]\n");
}
END_TEST

/*
 * Typing by column: an int column that does not hold a whole number stays
 * a string, an empty string column stays "", a column named "path" is not
 * given twice, and a row without a path has no "path".
 */
START_TEST(test_json_types)
{
	static const struct col c2[] = { { "path", COL_STR },
	    { "progress", COL_INT }, { "k", COL_INT }, { "s", COL_STR },
	    { "b", COL_BOOL } };
	static const char *const r1[] = { "ignored", "2/4", "-7", "", "yes" };
	static const char *const r2[] = { "p", "12abc", "0", NULL, "false" };
	struct lister	 l;

	out_start();
	lister_begin(&l, opts_fmt_of(FMT_JSONL), FMT_PATHS, c2, 5);
	lister_row(&l, "goals/x.md", r1, NULL);
	lister_row(&l, NULL, r2, NULL);
	ck_assert_int_eq(lister_end(&l), 0);
	out_end();
	ck_assert_str_eq(out_buf,
	    "{\"path\":\"goals/x.md\",\"progress\":\"2/4\",\"k\":-7,"
	    "\"s\":\"\",\"b\":true}\n"
	    "{\"path\":\"p\",\"progress\":\"12abc\",\"k\":0,\"s\":null,"
	    "\"b\":false}\n");
}
END_TEST

START_TEST(test_jsonl)
{
	ck_assert_int_eq(run(opts_fmt_of(FMT_JSONL), FMT_PATHS, 2), 0);
	ck_assert_str_eq(out_buf,
	    "{\"path\":\"goals/a.md\",\"id\":\"a\",\"n\":3,"
	    "\"due\":\"2026-11-22\",\"ok\":true,\"title\":\"Alpha\"}\n"
	    "{\"path\":\"goals/bb-long.md\",\"id\":\"bb-long\",\"n\":12,"
	    "\"due\":null,\"ok\":false,\"title\":null}\n");
	ck_assert_int_eq(run(opts_fmt_of(FMT_JSONL), FMT_PATHS, 0),
	    EX_PROBLEM);
	ck_assert_str_eq(out_buf, "");
}
END_TEST

START_TEST(test_paths)
{
	ck_assert_int_eq(run(opts_fmt_of(FMT_PATHS), FMT_TEXT, 3), 0);
	ck_assert_str_eq(out_buf,
	    "goals/a.md\ngoals/bb-long.md\ngoals/c.md\n");
}
END_TEST

START_TEST(test_paths_nul)
{
	static const char want[] = "goals/a.md\0goals/bb-long.md\0";
	struct opts	*o = opts_fmt_of(FMT_PATHS);

	o->nul = 1;
	ck_assert_int_eq(run(o, FMT_TEXT, 2), 0);
	ck_assert_uint_eq(out_len, sizeof(want) - 1);
	ck_assert_int_eq(memcmp(out_buf, want, sizeof(want) - 1), 0);
}
END_TEST

/* With no -f and stdout not a terminal, the default format is used. */
START_TEST(test_default_format)
{
	struct opts	*o = opts_fmt_of(FMT_NONE);
	struct lister	 l;

	ck_assert_int_eq(run(o, FMT_PATHS, 1), 0);
	ck_assert_str_eq(out_buf, "goals/a.md\n");
	ck_assert_int_eq(run(o, FMT_TSV, 1), 0);
	ck_assert_str_eq(out_buf,
	    "id\tn\tdue\tok\ttitle\na\t3\t2026-11-22\ttrue\tAlpha\n");

	out_start();
	lister_begin(&l, o, FMT_JSONL, cols, NCOLS);
	ck_assert_int_eq(l.fmt, FMT_JSONL);
	ck_assert_int_eq(l.color, 0);
	ck_assert_int_eq(lister_end(&l), EX_PROBLEM);
	out_end();
}
END_TEST

/* -q prints nothing in any format; the status says whether rows came. */
START_TEST(test_quiet)
{
	int	 fmt;

	for (fmt = FMT_TEXT; fmt <= FMT_JSONL; fmt++) {
		struct opts *o = opts_fmt_of(fmt);

		o->quiet = 1;
		ck_assert_int_eq(run(o, FMT_PATHS, 3), 0);
		ck_assert_uint_eq(out_len, 0);
		ck_assert_int_eq(run(o, FMT_PATHS, 0), EX_PROBLEM);
		ck_assert_uint_eq(out_len, 0);
	}
}
END_TEST

static Suite *
list_suite(void)
{
	Suite	*s = suite_create("list");
	TCase	*tc;

	tc = tcase_create("text");
	tcase_add_checked_fixture(tc, NULL, out_teardown);
	tcase_add_test(tc, test_text);
	tcase_add_test(tc, test_text_no_header);
	tcase_add_test(tc, test_text_color);
	tcase_add_test(tc, test_text_empty);
	suite_add_tcase(s, tc);

	tc = tcase_create("tsv");
	tcase_add_checked_fixture(tc, NULL, out_teardown);
	tcase_add_test(tc, test_tsv);
	tcase_add_test(tc, test_tsv_no_header);
	tcase_add_test(tc, test_tsv_empty);
	suite_add_tcase(s, tc);

	tc = tcase_create("json");
	tcase_add_checked_fixture(tc, NULL, out_teardown);
	tcase_add_test(tc, test_json);
	tcase_add_test(tc, test_json_empty);
	tcase_add_test(tc, test_json_types);
	tcase_add_test(tc, test_jsonl);
	suite_add_tcase(s, tc);

	tc = tcase_create("paths");
	tcase_add_checked_fixture(tc, NULL, out_teardown);
	tcase_add_test(tc, test_paths);
	tcase_add_test(tc, test_paths_nul);
	tcase_add_test(tc, test_default_format);
	tcase_add_test(tc, test_quiet);
	suite_add_tcase(s, tc);

	return s;
}

int
main(void)
{
	SRunner	*sr;
	int	 failed;

	sr = srunner_create(list_suite());
	srunner_set_tap(sr, "-");
	srunner_run_all(sr, CK_SILENT);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
