#include "config.h"

#include <check.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mentor.h"
#include "render.h"
#include "fixture.h"

/*
 * render.c: one description of the output, rendered in every format.
 * Each test describes what a program prints and compares what each
 * format makes of it with the bytes it must be.  Output goes to a memory
 * stream: begin() readies the renderer (out_init) and points it there,
 * the JSON writer included; finish() ends the document (out_done) and
 * returns what was written.  The view is drawn in UTF-8 unless a test
 * says otherwise; today is 2026-11-21.
 */
#define D(y, m, dd)	date_from_ymd((y), (m), (dd))
#define TODAY		D(2026, 11, 21)

static struct out	 o;
static char		*mem;
static size_t		 memlen;
static FILE		*mf;

static void
begin(int fmt, const struct opts *opt)
{
	out_init(&o, fmt, opt);
	o.markdown = md_to_html;
	mem = NULL;
	memlen = 0;
	ck_assert_ptr_nonnull(mf = open_memstream(&mem, &memlen));
	o.f = mf;
	o.js.f = mf;
	o.utf8 = 1;
	o.width = 0;
}

static char *
finish(void)
{
	out_done(&o);
	ck_assert_int_eq(fclose(mf), 0);
	return mem;
}

#define OUTPUT_IS(want) do {						\
	char *got_ = finish();						\
	ck_assert_str_eq(got_, (want));					\
	free(got_);							\
} while (0)

static const char *const cols[] = { "id", "name", "count" };
static const char *const known[] = { "a", "b-c" };

/*
 * A report's JSON: one object, its report, period and today first; keys
 * in snake_case unless O_KEY; null for what is absent; view pieces and
 * what sits in a container not shown in JSON left out.
 */
static void
report_body(void)
{
	out_title(&o, "Summary: %s", "all time");
	out_str(&o, "owner", "Alex \"A\"\\ Doe\n\t\x01 \xc3\xa9", O_D);
	out_text(&o, O_V, "people: ");
	out_int(&o, "npeople", 3, O_ALL);
	/* Absent: null in JSON, nothing in the view. */
	out_intn(&o, "streak", 7, 0, O_ALL);
	out_date(&o, "next-due", DATE_NONE, O_ALL);
	out_nl(&o, O_V);
	out_intn(&o, "gap", -2, 1, O_D);
	out_date(&o, "since", D(2026, 9, 1), O_D);
	out_bool(&o, "shared", 0, O_J);
	out_str(&o, "contact", NULL, O_J);
	out_str(&o, "only-view", "view text", O_V);
	out_nl(&o, O_V);
	out_strv(&o, "known-for", known, 2, O_ALL);
	out_nl(&o, O_V);
	out_obj(&o, "ratings", O_J);
	out_int(&o, "public-speaking", 3, O_J | O_KEY);
	out_end(&o);
	out_list(&o, "people", O_J | O_S);
	out_row(&o);
	out_str(&o, "id", "jane", O_D);
	out_int(&o, "count", 2, O_D);
	out_end(&o);
	out_row(&o);
	out_str(&o, "id", "bob", O_D);
	out_end(&o);
	out_end(&o);
	/* Not in JSON, nor anything inside it; its tsv rows are rows. */
	out_obj(&o, "view", O_V);
	out_str(&o, "hidden", "x", O_J);
	out_list(&o, "inner", O_ALL);
	out_row(&o);
	out_str(&o, "id", "y", O_D);
	out_end(&o);
	out_end(&o);
	out_end(&o);
	out_list(&o, "empty", O_J);
	out_end(&o);
}

START_TEST(test_json_report)
{
	struct period	 p = { D(2026, 10, 1), D(2026, 10, 31) };

	begin(FMT_JSON, NULL);
	out_report(&o, "summary", &p, TODAY, cols, 3);
	report_body();
	OUTPUT_IS("{\"report\":\"summary\",\"period\":{\"since\":\"2026-10-01\","
	    "\"until\":\"2026-10-31\"},\"today\":\"2026-11-21\","
	    "\"owner\":\"Alex \\\"A\\\"\\\\ Doe\\n\\t\\u0001 \xc3\xa9\","
	    "\"npeople\":3,\"streak\":null,\"next_due\":null,\"gap\":-2,"
	    "\"since\":\"2026-09-01\",\"shared\":false,\"contact\":null,"
	    "\"known_for\":[\"a\",\"b-c\"],\"ratings\":{\"public-speaking\":3},"
	    "\"people\":[{\"id\":\"jane\",\"count\":2},{\"id\":\"bob\"}],"
	    "\"empty\":[]}\n");

	/* An open period: both ends null. */
	begin(FMT_JSON, NULL);
	out_report(&o, "wins", NULL, TODAY, NULL, 0);
	OUTPUT_IS("{\"report\":\"wins\",\"period\":{\"since\":null,"
	    "\"until\":null},\"today\":\"2026-11-21\"}\n");
}
END_TEST

/*
 * A report's tsv: only the rows of lists flagged O_S, under one header,
 * each value in the column of its name; a column with no value empty.
 */
START_TEST(test_tsv_report)
{
	struct opts	 opt;

	begin(FMT_TSV, NULL);
	out_report(&o, "summary", NULL, TODAY, cols, 3);
	report_body();
	out_list(&o, "more", O_J | O_S);
	out_row(&o);
	out_int(&o, "count", 5, O_ALL);
	out_str(&o, "other", "no such column", O_ALL);
	out_str(&o, "name", "Jane\tSmith\\n\nx\r", O_ALL);
	out_str(&o, "id", "jane", O_ALL);
	out_end(&o);
	/* A row that is not for tsv. */
	out_rowf(&o, O_J);
	out_str(&o, "id", "skip", O_ALL);
	out_end(&o);
	out_row(&o);
	out_str(&o, "id", "b", O_ALL);
	out_str(&o, "name", NULL, O_ALL);
	out_str(&o, "name", "later wins", O_ALL);
	out_end(&o);
	out_end(&o);
	/* Nor a list that is not. */
	out_list(&o, "goals", O_J);
	out_row(&o);
	out_str(&o, "id", "g", O_ALL);
	out_end(&o);
	out_end(&o);
	OUTPUT_IS("id\tname\tcount\n"
	    "jane\t\t2\n"
	    "bob\t\t\n"
	    "y\t\t\n"
	    "jane\tJane\\tSmith\\\\n\\nx\\r\t5\n"
	    "b\tlater wins\t\n");

	opts_init(&opt);
	opt.no_header = 1;
	begin(FMT_TSV, &opt);
	out_report(&o, "summary", NULL, TODAY, cols, 3);
	out_list(&o, "people", O_S);
	out_row(&o);
	out_str(&o, "name", "x", O_S);
	out_end(&o);
	out_end(&o);
	OUTPUT_IS("\tx\t\n");
}
END_TEST

/* The view of a report: text and md, with no data in it. */
START_TEST(test_view_report)
{
	begin(FMT_TEXT, NULL);
	out_report(&o, "summary", NULL, TODAY, cols, 3);
	report_body();
	OUTPUT_IS("Summary: all time\npeople: 3\nview text\na,b-c\n");
	begin(FMT_MD, NULL);
	out_report(&o, "summary", NULL, TODAY, cols, 3);
	report_body();
	OUTPUT_IS("# Summary: all time\npeople: 3\nview text\na,b-c\n");
	/* Paths show only path fields: a report has none. */
	begin(FMT_PATHS, NULL);
	out_report(&o, "summary", NULL, TODAY, cols, 3);
	report_body();
	OUTPUT_IS("");
}
END_TEST

static const struct ocol vcols[] = {
	{ "ID", 0 }, { "N", O_RIGHT }, { "TITLE", 0 }
};

/* A list of three records: view cells, data fields, a path each. */
static void
rows(const struct opts *opt, int fmt, int table)
{
	static const char *const ids[] = { "jane-smith", "bob", "x" };
	static const char *const titles[] = { "Jane", NULL,
	    "\xe6\x97\xa5\xe6\x9c\xac" };
	static const char *const paths[] = { "j/people/jane-smith.md",
	    "j/people/bob c.md", NULL };
	static const int n[] = { 7, 12, 3 };
	int	 i;

	begin(fmt, opt);
	out_rows(&o, cols, 3, table ? vcols : NULL, table ? 3 : 0);
	for (i = 0; i < 3; i++) {
		out_row(&o);
		out_str(&o, "id", ids[i], O_ALL);
		out_int(&o, "count", n[i], O_ALL);
		out_str(&o, "name", titles[i], O_ALL | O_DASH);
		out_str(&o, "path", paths[i], O_P | O_J);
		if (!table) {
			out_text(&o, O_V, " is #%d", i);
			out_nl(&o, O_V);
		}
		out_end(&o);
	}
}

START_TEST(test_rows_text)
{
	struct opts	 opt;

	rows(NULL, FMT_TEXT, 1);
	OUTPUT_IS("ID           N  TITLE\n"
	    "jane-smith   7  Jane\n"
	    "bob         12  -\n"
	    "x            3  \xe6\x97\xa5\xe6\x9c\xac\n");
	opts_init(&opt);
	opt.no_header = 1;
	rows(&opt, FMT_TEXT, 1);
	OUTPUT_IS("jane-smith   7  Jane\n"
	    "bob         12  -\n"
	    "x            3  \xe6\x97\xa5\xe6\x9c\xac\n");
	/* No rows: no table, not even its header. */
	begin(FMT_TEXT, NULL);
	out_rows(&o, cols, 3, vcols, 3);
	OUTPUT_IS("");
	/* In md a list of records is not a table: its rows are. */
	rows(NULL, FMT_MD, 1);
	OUTPUT_IS("| jane-smith | 7 | Jane |\n"
	    "| bob | 12 | - |\n"
	    "| x | 3 | \xe6\x97\xa5\xe6\x9c\xac |\n");
}
END_TEST

/* Without a table, each row is its lines, ended by NUL with -0. */
START_TEST(test_rows_lines)
{
	struct opts	 opt;
	char		*got;
	static const char want0[] = "jane-smith7Jane is #0\0"
	    "bob12- is #1\0x3\xe6\x97\xa5\xe6\x9c\xac is #2";

	rows(NULL, FMT_TEXT, 0);
	OUTPUT_IS("jane-smith7Jane is #0\nbob12- is #1\n"
	    "x3\xe6\x97\xa5\xe6\x9c\xac is #2\n");
	opts_init(&opt);
	opt.nul = 1;
	rows(&opt, FMT_TEXT, 0);
	got = finish();
	ck_assert_uint_eq(memlen, sizeof(want0));
	ck_assert_mem_eq(got, want0, sizeof(want0));
	free(got);
}
END_TEST

/* paths: the O_P field of each row, a line or a NUL each. */
START_TEST(test_rows_paths)
{
	struct opts	 opt;
	char		*got;
	static const char want0[] = "j/people/jane-smith.md\0"
	    "j/people/bob c.md";

	rows(NULL, FMT_PATHS, 1);
	OUTPUT_IS("j/people/jane-smith.md\nj/people/bob c.md\n");
	opts_init(&opt);
	opt.nul = 1;
	rows(&opt, FMT_PATHS, 1);
	got = finish();
	ck_assert_uint_eq(memlen, sizeof(want0));
	ck_assert_mem_eq(got, want0, sizeof(want0));
	free(got);
}
END_TEST

START_TEST(test_rows_data)
{
	struct opts	 opt;

	rows(NULL, FMT_JSON, 1);
	OUTPUT_IS("[{\"id\":\"jane-smith\",\"count\":7,\"name\":\"Jane\","
	    "\"path\":\"j/people/jane-smith.md\"},"
	    "{\"id\":\"bob\",\"count\":12,\"name\":null,"
	    "\"path\":\"j/people/bob c.md\"},"
	    "{\"id\":\"x\",\"count\":3,\"name\":\"\xe6\x97\xa5\xe6\x9c\xac\","
	    "\"path\":null}]\n");
	rows(NULL, FMT_JSONL, 1);
	OUTPUT_IS("{\"id\":\"jane-smith\",\"count\":7,\"name\":\"Jane\","
	    "\"path\":\"j/people/jane-smith.md\"}\n"
	    "{\"id\":\"bob\",\"count\":12,\"name\":null,"
	    "\"path\":\"j/people/bob c.md\"}\n"
	    "{\"id\":\"x\",\"count\":3,\"name\":\"\xe6\x97\xa5\xe6\x9c\xac\","
	    "\"path\":null}\n");
	rows(NULL, FMT_TSV, 1);
	OUTPUT_IS("id\tname\tcount\n"
	    "jane-smith\tJane\t7\n"
	    "bob\t\t12\n"
	    "x\t\xe6\x97\xa5\xe6\x9c\xac\t3\n");
	opts_init(&opt);
	opt.no_header = 1;
	rows(&opt, FMT_TSV, 1);
	OUTPUT_IS("jane-smith\tJane\t7\nbob\t\t12\n"
	    "x\t\xe6\x97\xa5\xe6\x9c\xac\t3\n");
	/* No rows at all. */
	begin(FMT_JSON, NULL);
	out_rows(&o, cols, 3, vcols, 3);
	OUTPUT_IS("[]\n");
	begin(FMT_JSONL, NULL);
	out_rows(&o, cols, 3, vcols, 3);
	OUTPUT_IS("");
}
END_TEST

/*
 * Rows inside a row: nested objects in JSON (one line a record in
 * jsonl), no line of their own in tsv, lines of their own in the view.
 */
static void
nested(int fmt)
{
	int	 i, k;

	begin(fmt, NULL);
	out_rows(&o, cols, 3, NULL, 0);
	for (i = 0; i < 2; i++) {
		out_row(&o);
		out_str(&o, "id", i ? "b" : "a", O_D);
		out_text(&o, O_V, "goal %d", i);
		out_nl(&o, O_V);
		out_list(&o, "items", O_J | O_S);
		for (k = 0; k < 2; k++) {
			out_row(&o);
			out_int(&o, "line", 10 + k, O_D);
			out_text(&o, O_V, "  item %d", k);
			out_nl(&o, O_V);
			out_end(&o);
		}
		out_end(&o);
		out_int(&o, "count", 2, O_D);
		out_end(&o);
	}
}

START_TEST(test_nested_rows)
{
	nested(FMT_JSON);
	OUTPUT_IS("[{\"id\":\"a\",\"items\":[{\"line\":10},{\"line\":11}],"
	    "\"count\":2},{\"id\":\"b\",\"items\":[{\"line\":10},"
	    "{\"line\":11}],\"count\":2}]\n");
	nested(FMT_JSONL);
	OUTPUT_IS("{\"id\":\"a\",\"items\":[{\"line\":10},{\"line\":11}],"
	    "\"count\":2}\n{\"id\":\"b\",\"items\":[{\"line\":10},"
	    "{\"line\":11}],\"count\":2}\n");
	nested(FMT_TSV);
	OUTPUT_IS("id\tname\tcount\na\t\t2\nb\t\t2\n");
	nested(FMT_TEXT);
	OUTPUT_IS("goal 0\n  item 0\n  item 1\ngoal 1\n  item 0\n  item 1\n");
}
END_TEST

/* One record alone: an object in JSON, its view in text and md. */
START_TEST(test_doc)
{
	begin(FMT_JSON, NULL);
	out_doc(&o);
	out_str(&o, "id", "jane", O_ALL);
	out_text(&o, O_V, "Jane");
	out_nl(&o, O_V);
	out_list(&o, "tags", O_J);
	out_end(&o);
	OUTPUT_IS("{\"id\":\"jane\",\"tags\":[]}\n");
	begin(FMT_TEXT, NULL);
	out_doc(&o);
	out_str(&o, "id", "jane", O_D);
	out_text(&o, O_T, "name: ");
	out_str(&o, "name", "Jane", O_ALL);
	out_nl(&o, O_V);
	out_raw(&o, O_V, "## Body\nno newline", 18);
	out_raw(&o, O_V, "x\n", 2);
	out_raw(&o, O_V, "", 0);
	OUTPUT_IS("name: Jane\n## Body\nno newline\nx\n");
}
END_TEST

/* Text lines cut to the width, with an ellipsis; md never. */
START_TEST(test_width)
{
	static const char *const lines[] = {
	    "short", "0123456789", "0123456789abc",
	    ("\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e\xe6\x97\xa5\xe6\x9c\xac"
	    "\xe8\xaa\x9e"), "abcdefgh ijkl", "trailing   ",
	    "\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e\xe6\x97\xa5" };
	size_t	 i;

	begin(FMT_TEXT, NULL);
	o.width = 10;
	for (i = 0; i < sizeof(lines) / sizeof(lines[0]); i++) {
		out_text(&o, O_V, "%s", lines[i]);
		out_nl(&o, O_V);
	}
	OUTPUT_IS("short\n0123456789\n012345678\xe2\x80\xa6\n"
	    "\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e\xe6\x97\xa5\xe2\x80\xa6\n"
	    "abcdefgh\xe2\x80\xa6\ntrailing\n"
	    "\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e\xe6\x97\xa5\n");
	/* Without UTF-8, three dots. */
	begin(FMT_TEXT, NULL);
	o.width = 10;
	o.utf8 = 0;
	out_text(&o, O_V, "0123456789abc");
	out_nl(&o, O_V);
	OUTPUT_IS("0123456...\n");
	/* No width, no cutting; md is never cut. */
	begin(FMT_TEXT, NULL);
	out_text(&o, O_V, "%0200d", 1);
	out_nl(&o, O_V);
	ck_assert_uint_eq(strlen(mem = finish()), 201);
	free(mem);
	begin(FMT_MD, NULL);
	o.width = 10;
	out_text(&o, O_V, "0123456789abc");
	out_nl(&o, O_V);
	OUTPUT_IS("0123456789abc\n");
}
END_TEST

/* Prose (O_WRAP) wrapped to the width, indented under its start. */
START_TEST(test_wrap)
{
	static const char fox[] = "The quick brown fox jumps over the "
	    "lazy dog and\n  runs away";

	begin(FMT_TEXT, NULL);
	o.width = 30;
	out_text(&o, O_V, "  note: ");
	out_str(&o, "text", fox, O_V | O_WRAP);
	out_nl(&o, O_V);
	out_text(&o, O_V, "next");
	out_nl(&o, O_V);
	OUTPUT_IS("  note: The quick brown fox\n"
	    "        jumps over the lazy\n"
	    "        dog and runs away\n"
	    "next\n");
	/* Too narrow to wrap: one line, cut. */
	begin(FMT_TEXT, NULL);
	o.width = 25;
	out_text(&o, O_V, "  note: ");
	out_str(&o, "text", fox, O_V | O_WRAP);
	out_nl(&o, O_V);
	OUTPUT_IS("  note: The quick brown\xe2\x80\xa6\n");
	/* md keeps prose as it is. */
	begin(FMT_MD, NULL);
	o.width = 30;
	out_str(&o, "text", "a b c", O_V | O_WRAP);
	out_nl(&o, O_V);
	OUTPUT_IS("a b c\n");
	/* Quoted text: "> " in md; indented and wrapped in text. */
	begin(FMT_MD, NULL);
	out_quote(&o, "one\n\ntwo | three");
	OUTPUT_IS("> one\n>\n> two | three\n");
	begin(FMT_TEXT, NULL);
	o.width = 24;
	out_quote(&o, "one two three four five six seven\n\nend");
	OUTPUT_IS("  one two three four\n  five six seven\n\n  end\n");
}
END_TEST

static const struct ocol tcols[] = { { "Skill", 0 }, { "Avg", O_RIGHT } };

static void
table(int fmt)
{
	begin(fmt, NULL);
	out_report(&o, "skills", NULL, TODAY, NULL, 0);
	out_title(&o, "Skills");
	out_table(&o, "skills", tcols, 2, 2, O_ALL);
	out_row(&o);
	out_str(&o, "skill", "a|b", O_ALL);
	out_str(&o, "avg", "3.5", O_ALL);
	out_end(&o);
	out_row(&o);
	out_str(&o, "skill", "c", O_ALL);
	out_str(&o, "avg", NULL, O_ALL | O_DASH);
	out_end(&o);
	out_end(&o);
	out_text(&o, O_V, "after");
	out_nl(&o, O_V);
}

/* A table of a report: aligned in text, a table in md ('|' escaped). */
START_TEST(test_table)
{
	table(FMT_TEXT);
	OUTPUT_IS("Skills\n  Skill  Avg\n  a|b    3.5\n  c        -\nafter\n");
	table(FMT_MD);
	OUTPUT_IS("# Skills\n| Skill | Avg |\n| --- | ---: |\n"
	    "| a\\|b | 3.5 |\n| c | - |\nafter\n");
	table(FMT_JSON);
	OUTPUT_IS("{\"report\":\"skills\",\"period\":{\"since\":null,"
	    "\"until\":null},\"today\":\"2026-11-21\",\"skills\":"
	    "[{\"skill\":\"a|b\",\"avg\":\"3.5\"},"
	    "{\"skill\":\"c\",\"avg\":null}]}\n");
}
END_TEST

/* A field in the view: cut and padded, aligned right, a dash for none. */
START_TEST(test_view_fields)
{
	begin(FMT_TEXT, NULL);
	out_str(&o, NULL, "abcdef", O_T | O_W(4));
	out_text(&o, O_T, "|");
	out_str(&o, NULL, "ab", O_T | O_W(4));
	out_text(&o, O_T, "|");
	out_str(&o, NULL, "ab", O_T | O_W(4) | O_RIGHT);
	out_text(&o, O_T, "|");
	out_str(&o, NULL, NULL, O_T | O_DASH);
	out_text(&o, O_T, "|");
	out_str(&o, NULL, NULL, O_T);
	out_date(&o, NULL, DATE_NONE, O_T);
	out_text(&o, O_T, "|");
	out_date(&o, NULL, D(2026, 2, 3), O_T);
	out_text(&o, O_T, "|");
	out_bool(&o, NULL, 1, O_T);
	out_text(&o, O_M, "md only");
	out_text(&o, O_T, "|");
	out_str(&o, NULL, "\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e",
	    O_T | O_W(5));
	out_nl(&o, O_T);
	OUTPUT_IS("abcd|ab  |  ab|-||2026-02-03|true|\xe6\x97\xa5\xe6\x9c\xac\n");
}
END_TEST

/* Titles, headings and blank lines shape the view. */
START_TEST(test_headings)
{
	struct buf	 nothing = BUF_INIT;	/* an empty buf: NULL */
	char	 s[24];

	begin(FMT_TEXT, NULL);
	out_text(&o, O_V, "pending");
	out_title(&o, "Report: %s", "x");
	out_heading(&o, O_V, "People");
	out_text(&o, O_V, "one");
	out_blank(&o, O_V);
	out_heading(&o, O_M, "md only");
	out_text(&o, O_V, "two");
	OUTPUT_IS("pending\nReport: x\n\nPeople\none\n\ntwo\n");
	begin(FMT_MD, NULL);
	out_title(&o, "Report: %s", "x");
	out_heading(&o, O_V, "People");
	out_text(&o, O_V, "- one");
	/* One string is added as it is; an empty buf's NULL adds nothing. */
	out_text(&o, O_V, "%s", nothing.buf);
	out_text(&o, O_V, "%s", "%d");
	out_nl(&o, O_V);
	OUTPUT_IS("# Report: x\n\n## People\n\n- one%d\n");
	ck_assert_str_eq(out_days(s, sizeof(s), 1), "1 day");
	ck_assert_str_eq(out_days(s, sizeof(s), -1), "-1 day");
	ck_assert_str_eq(out_days(s, sizeof(s), 0), "0 days");
	ck_assert_str_eq(out_days(s, sizeof(s), 12), "12 days");
	ck_assert_str_eq(out_days(s, sizeof(s), -2), "-2 days");
	ck_assert_str_eq(out_days(s, sizeof(s), INT_MIN), "-2147483648 days");
	/* Cut to the room given, as snprintf does. */
	ck_assert_str_eq(out_days(s, 4, 1234), "123");
}
END_TEST

/* html: one page; text escaped everywhere, text-only and md-only pieces out. */
START_TEST(test_html_page)
{
	char	*got;

	begin(FMT_HTML, NULL);
	out_report(&o, "summary", NULL, TODAY, NULL, 0);
	out_title(&o, "A <b> & \"c\"");
	out_heading(&o, O_V, "H<");
	out_bullet(&o);
	out_text(&o, O_V, "x<y");
	out_nl(&o, O_V);
	out_text(&o, O_T, "text only");
	out_text(&o, O_M, "md only");
	out_nl(&o, O_V);
	out_str(&o, "k", "plain '&' text\x01", O_V | O_W(3));
	out_nl(&o, O_V);
	got = finish();
	ck_assert_ptr_nonnull(strstr(got, "<!DOCTYPE html>\n<html lang=\"en\">"));
	ck_assert_ptr_nonnull(strstr(got, "default-src 'none'; "
	    "style-src 'unsafe-inline'"));
	ck_assert_ptr_nonnull(strstr(got, "prefers-color-scheme:dark"));
	ck_assert_ptr_nonnull(strstr(got, "@media print"));
	ck_assert_ptr_nonnull(strstr(got,
	    "<title>A &lt;b&gt; &amp; &quot;c&quot;</title>"));
	ck_assert_ptr_nonnull(strstr(got, "<main>\n"
	    "<h1>A &lt;b&gt; &amp; &quot;c&quot;</h1>\n<h2>H&lt;</h2>\n"
	    "<ul>\n<li>x&lt;y</li>\n</ul>\n"
	    "<p>plain &#39;&amp;&#39; text</p>\n</main>\n</body>\n</html>\n"));
	ck_assert_ptr_null(strstr(got, "only"));
	ck_assert_ptr_null(strstr(got, "<script"));
	free(got);
}
END_TEST

/*
 * html: prose is Markdown made HTML by md4c, raw HTML escaped, an image
 * its text, a link kept only to the web, mail or a relative place.
 */
START_TEST(test_html_prose)
{
	char	*got;

	begin(FMT_HTML, NULL);
	out_report(&o, "wins", NULL, TODAY, NULL, 0);
	out_bullet(&o);
	out_str(&o, "t", "**b** <script>x</script> ![alt *t*](http://h/i.png) "
	    "[j](javascript:alert(1)) [w](https://e.com/?a=1&b) [r](notes.md) "
	    "[d](data:text/html,x) [m](MAILTO:a@b.c)", O_V | O_WRAP);
	out_nl(&o, O_V);
	out_quote(&o, "line1\n\npara2 <img src=x onerror=y>");
	got = finish();
	ck_assert_ptr_nonnull(strstr(got, "<ul>\n<li><strong>b</strong> "
	    "&lt;script&gt;x&lt;/script&gt; <span class=\"img\">alt t</span> "
	    "<a>j</a> <a href=\"https://e.com/?a=1&amp;b\">w</a> "
	    "<a href=\"notes.md\">r</a> <a>d</a> "
	    "<a href=\"MAILTO:a@b.c\">m</a></li>\n</ul>\n"));
	ck_assert_ptr_nonnull(strstr(got, "<blockquote>\n<p>line1</p>\n"
	    "<p>para2 &lt;img src=x onerror=y&gt;</p>\n</blockquote>\n"));
	ck_assert_ptr_null(strstr(got, "<img"));
	ck_assert_ptr_null(strstr(got, "http://h"));
	free(got);
}
END_TEST

/* Charts: blocks in text, in html an SVG and a table of the numbers. */
START_TEST(test_charts)
{
	static const struct opoint pts[] = { { 20400, 2 }, { 20410, 4 } };
	char	*got;

	begin(FMT_TEXT, NULL);
	o.utf8 = 0;
	out_chart(&o, OC_BARS, "Done", "goal");
	out_text(&o, O_V, "g ");
	out_bar(&o, "g", 1, 4, 8);
	out_nl(&o, O_V);
	out_chart_end(&o);
	out_chart(&o, OC_WEEKS, "Weeks", "week of");
	out_week(&o, D(2026, 11, 9), 0, OW_DUE | OW_OVERDUE);
	out_week(&o, D(2026, 11, 16), 2, 0);
	out_nl(&o, O_V);
	out_chart_end(&o);
	out_chart(&o, OC_LINES, "Lines", "skill");
	out_series(&o, "s", pts, 2, 4);
	out_nl(&o, O_V);
	out_chart_end(&o);
	OUTPUT_IS("g ##......\n.#\n24\n");

	begin(FMT_HTML, NULL);
	out_report(&o, "x", NULL, TODAY, NULL, 0);
	out_chart(&o, OC_BARS, "Done", "goal");
	out_bar(&o, "g<", 1, 4, 8);
	out_chart_end(&o);
	out_chart(&o, OC_WEEKS, "Weeks", "week of");
	out_week(&o, D(2026, 11, 9), 0, OW_DUE | OW_OVERDUE);
	out_week(&o, D(2026, 11, 16), 2, 0);
	out_week(&o, D(2026, 11, 23), 0, 0);
	out_chart_end(&o);
	out_chart(&o, OC_LINES, "Lines", "skill");
	out_series(&o, "s", pts, 2, 4);
	out_chart_end(&o);
	got = finish();
	ck_assert_ptr_nonnull(strstr(got, "<figure class=\"bars\">\n"
	    "<figcaption>Done</figcaption>\n<div class=\"wide\">"
	    "<svg viewBox=\"0 0 400 36\" role=\"img\" aria-label=\"Done\">"
	    "<title>Done</title>\n<text x=\"0\" y=\"12\">g&lt;: 1 of 4</text>"));
	ck_assert_ptr_nonnull(strstr(got, "<rect class=\"done\" x=\"0\" "
	    "y=\"18\" width=\"100\" height=\"10\" rx=\"3\"/>"));
	ck_assert_ptr_nonnull(strstr(got, "<tr><td>g&lt;</td><td class=\"n\">"
	    "1</td><td class=\"n\">4</td><td class=\"n\">25</td></tr>"));
	ck_assert_ptr_nonnull(strstr(got, "<title>week of 2026-11-09: "
	    "0 check-ins, due, overdue</title>"));
	ck_assert_ptr_nonnull(strstr(got, "<rect class=\"c2\" x=\"14\""));
	/* The table: the weeks with something, not the empty one. */
	ck_assert_ptr_nonnull(strstr(got, "<tr><td class=\"d\">2026-11-16"
	    "</td><td class=\"n\">2</td><td class=\"n\"></td><td class=\"n\">"
	    "</td></tr>\n</tbody>"));
	ck_assert_ptr_null(strstr(got, "<td class=\"d\">2026-11-23"));
	ck_assert_ptr_nonnull(strstr(got, "<polyline class=\"l l0 k0\" "
	    "points=\"30,114 390,46\"/>"));
	ck_assert_ptr_nonnull(strstr(got, "<tr><td>s</td><td class=\"n\">"
	    "2025-11-08</td><td class=\"n\">2</td></tr>"));
	free(got);
}
END_TEST

/*
 * ics: CRLF lines folded at 75 octets between UTF-8 characters, text
 * escaped, DTSTAMP from today; a row without uid or date is no event.
 */
START_TEST(test_ics)
{
	struct buf	 b = BUF_INIT;
	int		 i;

	for (i = 0; i < 40; i++)
		buf_addstr(&b, "\xc3\xa9");
	begin(FMT_ICS, NULL);
	out_report(&o, "due", NULL, TODAY, NULL, 0);
	out_str(&o, "name", "N, a; b\\c\nd\r", O_C);
	out_rowf(&o, O_ALL | O_C);
	out_str(&o, "uid", "u1", O_C);
	out_date(&o, "date", D(2026, 12, 31), O_C);
	out_str(&o, "summary", b.buf, O_C);
	out_str(&o, "kind", "action", O_C);
	out_str(&o, "other", "left out", O_C);
	out_end(&o);
	out_rowf(&o, O_ALL | O_C);
	out_str(&o, "summary", "no uid", O_C);
	out_end(&o);
	/* 8 octets of name, 33 characters of 2 octets: 74; then 7 more. */
	buf_reset(&b);
	buf_addstr(&b, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
	    "PRODID:-//mentor//mentor-report//EN\r\nCALSCALE:GREGORIAN\r\n"
	    "METHOD:PUBLISH\r\nX-WR-CALNAME:N\\, a\\; b\\\\c\\nd\r\n"
	    "BEGIN:VEVENT\r\nUID:u1\r\nDTSTAMP:20261121T000000Z\r\n"
	    "DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n"
	    "SUMMARY:");
	for (i = 0; i < 40; i++)
		buf_addstr(&b, i == 33 ? "\r\n \xc3\xa9" : "\xc3\xa9");
	buf_addstr(&b, "\r\nCATEGORIES:action\r\nTRANSP:TRANSPARENT\r\n"
	    "END:VEVENT\r\nEND:VCALENDAR\r\n");
	OUTPUT_IS(b.buf);
	buf_release(&b);
}
END_TEST

/* -q: the same work, and nothing on stdout. */
START_TEST(test_quiet)
{
	struct opts	 opt;
	struct fx_cap	 c;
	char		*said;

	opts_init(&opt);
	opt.quiet = 1;
	fx_cap_start(&c, 1);
	out_init(&o, FMT_JSON, &opt);
	out_rows(&o, cols, 3, NULL, 0);
	out_row(&o);
	out_str(&o, "id", "x", O_ALL);
	out_end(&o);
	out_done(&o);
	fflush(stdout);
	said = fx_cap_end(&c);
	ck_assert_str_eq(said, "");
	free(said);
}
END_TEST

/* What each format shows. */
START_TEST(test_out_view)
{
	begin(FMT_TEXT, NULL);
	ck_assert_int_eq(out_view(&o, O_T), 1);
	ck_assert_int_eq(out_view(&o, O_M), 0);
	ck_assert_int_eq(out_view(&o, O_V), 1);
	ck_assert_int_eq(out_view(&o, O_ALL & ~O_T), 0);
	free(finish());
	begin(FMT_MD, NULL);
	ck_assert_int_eq(out_view(&o, O_M), 1);
	ck_assert_int_eq(out_view(&o, O_T), 0);
	free(finish());
	begin(FMT_JSON, NULL);
	ck_assert_int_eq(out_view(&o, O_ALL), 0);
	free(finish());
}
END_TEST

static Suite *
render_suite(void)
{
	Suite	*s = suite_create("render");
	TCase	*tc = tcase_create("render");

	tcase_add_test(tc, test_json_report);
	tcase_add_test(tc, test_tsv_report);
	tcase_add_test(tc, test_view_report);
	tcase_add_test(tc, test_rows_text);
	tcase_add_test(tc, test_rows_lines);
	tcase_add_test(tc, test_rows_paths);
	tcase_add_test(tc, test_rows_data);
	tcase_add_test(tc, test_nested_rows);
	tcase_add_test(tc, test_doc);
	tcase_add_test(tc, test_width);
	tcase_add_test(tc, test_wrap);
	tcase_add_test(tc, test_table);
	tcase_add_test(tc, test_view_fields);
	tcase_add_test(tc, test_headings);
	tcase_add_test(tc, test_quiet);
	tcase_add_test(tc, test_html_page);
	tcase_add_test(tc, test_html_prose);
	tcase_add_test(tc, test_charts);
	tcase_add_test(tc, test_ics);
	tcase_add_test(tc, test_out_view);
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

	sr = srunner_create(render_suite());
	srunner_set_tap(sr, "-");
	srunner_run_all(sr, CK_SILENT);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? 0 : 1;
}
