#include "config.h"

#include <sys/stat.h>

#include <check.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "mentor.h"

/*
 * Parse n bytes of s as a record; the doc takes over a heap copy, so every
 * test frees it with doc_free whatever the outcome.
 */
static int
parse_n(struct doc *d, const char *s, size_t n, struct doc_error *e)
{
	char	*data = xmalloc(n + 1);

	memcpy(data, s, n);
	data[n] = '\0';
	return doc_parse(d, "t.md", data, n, e);
}

static int
parse(struct doc *d, const char *s, struct doc_error *e)
{
	return parse_n(d, s, strlen(s), e);
}

static int
parse_yaml(struct doc *d, const char *s, struct doc_error *e)
{
	size_t	 n = strlen(s);
	char	*data = xmalloc(n + 1);

	memcpy(data, s, n + 1);
	return doc_parse_yaml(d, "mentor.yaml", data, n, e);
}

/* A scalar node: its value, style, place, and its bytes in the file. */
#define SCALAR_IS(d, n, s, sty, ln, cl, o, e) do {			\
	const struct ynode *n_ = (n);					\
	ck_assert_ptr_nonnull(n_);					\
	ck_assert_int_eq(n_->type, Y_SCALAR);				\
	ck_assert_str_eq(n_->str, (s));					\
	ck_assert_uint_eq(n_->len, strlen(s));				\
	ck_assert_int_eq(n_->style, (sty));				\
	ck_assert_uint_eq(n_->line, (ln));				\
	ck_assert_uint_eq(n_->col, (cl));				\
	ck_assert_uint_eq(n_->off, (o));				\
	ck_assert_uint_eq(n_->end, (e));				\
} while (0)

/* The bytes [off, end) of a node are exactly text. */
#define BYTES_ARE(d, n, text) do {					\
	const struct ynode *b_ = (n);					\
	ck_assert_uint_eq(b_->end - b_->off, strlen(text));		\
	ck_assert_int_eq(memcmp((d)->data + b_->off, (text),		\
	    strlen(text)), 0);						\
} while (0)

#define FAILS(s, ln, cl, m) do {					\
	struct doc	  fd_;						\
	struct doc_error  fe_;						\
									\
	ck_assert_int_eq(parse(&fd_, (s), &fe_), EX_DATAERR);		\
	ck_assert_str_eq(fe_.msg, (m));					\
	ck_assert_uint_eq(fe_.line, (ln));				\
	ck_assert_uint_eq(fe_.col, (cl));				\
	doc_free(&fd_);							\
} while (0)

static const char plain[] =
    "---\n"				/* 0 */
    "title: Weekly check-in\n"		/* 4 */
    "date: 2026-11-21\n"		/* 27 */
    "with: [jane-smith, bob]\n"		/* 44 */
    "---\n"				/* 68 */
    "Body text\n";			/* 72 */

START_TEST(test_plain)
{
	struct doc	 d;
	struct doc_error e;
	struct ynode	*n;

	ck_assert_int_eq(parse(&d, plain, &e), 0);
	ck_assert_str_eq(d.path, "t.md");
	ck_assert_uint_eq(d.len, sizeof(plain) - 1);
	ck_assert_int_eq(d.bom, 0);
	ck_assert_int_eq(d.crlf, 0);
	ck_assert_uint_eq(d.fm_off, 4);
	ck_assert_uint_eq(d.fm_end, 68);
	ck_assert_uint_eq(d.close_end, 72);
	ck_assert_uint_eq(d.fm_line, 2);
	ck_assert_uint_eq(d.close_line, 5);
	ck_assert_uint_eq(d.body_line, 6);
	ck_assert_int_eq(d.fm->type, Y_MAP);
	ck_assert_int_eq(d.fm->style, YS_BLOCK);
	ck_assert_uint_eq(d.fm->nkids, 6);
	ck_assert_uint_eq(d.fm->line, 2);
	ck_assert_uint_eq(d.fm->col, 1);

	SCALAR_IS(&d, d.fm->kids[0], "title", YS_PLAIN, 2, 1, 4, 9);
	SCALAR_IS(&d, fm_get(&d, "title"), "Weekly check-in", YS_PLAIN,
	    2, 8, 11, 26);
	BYTES_ARE(&d, fm_get(&d, "title"), "Weekly check-in");
	ck_assert_ptr_eq(fm_key(&d, "title"), d.fm->kids[0]);
	SCALAR_IS(&d, fm_key(&d, "date"), "date", YS_PLAIN, 3, 1, 27, 31);
	SCALAR_IS(&d, fm_get(&d, "date"), "2026-11-21", YS_PLAIN,
	    3, 7, 33, 43);
	ck_assert_str_eq(fm_str(&d, "date"), "2026-11-21");
	SCALAR_IS(&d, fm_key(&d, "with"), "with", YS_PLAIN, 4, 1, 44, 48);

	n = fm_get(&d, "with");
	ck_assert_int_eq(n->type, Y_SEQ);
	ck_assert_int_eq(n->style, YS_FLOW);
	ck_assert_uint_eq(n->line, 4);
	ck_assert_uint_eq(n->col, 7);
	ck_assert_uint_eq(n->off, 50);
	ck_assert_uint_eq(n->end, 67);
	BYTES_ARE(&d, n, "[jane-smith, bob]");
	ck_assert_uint_eq(n->nkids, 2);
	SCALAR_IS(&d, n->kids[0], "jane-smith", YS_PLAIN, 4, 8, 51, 61);
	SCALAR_IS(&d, n->kids[1], "bob", YS_PLAIN, 4, 20, 63, 66);
	ck_assert_ptr_null(fm_str(&d, "with"));

	ck_assert_ptr_null(fm_get(&d, "missing"));
	ck_assert_ptr_null(fm_key(&d, "missing"));
	ck_assert_ptr_null(fm_str(&d, "missing"));
	ck_assert_ptr_null(fm_get(&d, "Title"));	/* keys are exact */
	ck_assert_uint_eq(d.ntasks, 0);
	ck_assert_uint_eq(d.nheads, 0);
	doc_free(&d);
	ck_assert_ptr_null(d.data);
	ck_assert_ptr_null(d.mem.head);
}
END_TEST

START_TEST(test_body)
{
	struct doc	 d;
	struct doc_error e;
	const char	*p;
	size_t		 n;

	ck_assert_int_eq(parse(&d, plain, &e), 0);
	ck_assert_int_eq(doc_body(&d, &p, &n), 0);
	ck_assert_ptr_eq(p, d.data + 72);
	ck_assert_uint_eq(n, 10);
	ck_assert_int_eq(memcmp(p, "Body text\n", 10), 0);
	doc_free(&d);

	/* No newline after the closing line: an empty body. */
	ck_assert_int_eq(parse(&d, "---\na: 1\n---", &e), 0);
	ck_assert_uint_eq(d.close_line, 3);
	ck_assert_uint_eq(d.close_end, 12);
	ck_assert_uint_eq(d.body_line, 4);
	doc_body(&d, &p, &n);
	ck_assert_uint_eq(n, 0);
	doc_free(&d);

	/* A body whose last line has no newline. */
	ck_assert_int_eq(parse(&d, "---\na: 1\n---\n# H\n- [ ] last", &e), 0);
	ck_assert_uint_eq(d.nheads, 1);
	ck_assert_str_eq(doc_heading_text(&d, 0), "H");
	ck_assert_ptr_null(doc_heading_text(&d, 1));
	ck_assert_ptr_null(doc_heading_text(&d, -1));
	ck_assert_uint_eq(d.ntasks, 1);
	ck_assert_str_eq(d.tasks[0].text, "last");
	ck_assert_uint_eq(d.tasks[0].line, 5);
	ck_assert_uint_eq(d.tasks[0].eol, d.len);
	doc_body(&d, &p, &n);
	ck_assert_uint_eq(n, 14);
	doc_free(&d);
}
END_TEST

START_TEST(test_bom)
{
	struct doc	 d;
	struct doc_error e;
	static const char s[] = "\xEF\xBB\xBF---\nname: Jane\n---\nx\n";

	ck_assert_int_eq(parse(&d, s, &e), 0);
	ck_assert_int_eq(d.bom, 1);
	ck_assert_int_eq(d.crlf, 0);
	ck_assert_uint_eq(d.fm_off, 7);
	ck_assert_uint_eq(d.fm_line, 2);
	ck_assert_uint_eq(d.close_line, 3);
	ck_assert_uint_eq(d.body_line, 4);
	SCALAR_IS(&d, fm_key(&d, "name"), "name", YS_PLAIN, 2, 1, 7, 11);
	SCALAR_IS(&d, fm_get(&d, "name"), "Jane", YS_PLAIN, 2, 7, 13, 17);
	doc_free(&d);

	/* The BOM is not a column, even on the first line. */
	FAILS("\xEF\xBB\xBF-\xff-\n---\n", 1, 2, "invalid UTF-8 (byte 0xff)");
	ck_assert_int_eq(parse_n(&d, "\xEF\xBB\xBF--\0\n", 7, &e),
	    EX_DATAERR);
	ck_assert_str_eq(e.msg, "NUL byte in a text record");
	ck_assert_uint_eq(e.line, 1);
	ck_assert_uint_eq(e.col, 3);
	doc_free(&d);

	/* In a plain YAML file the first key is column 1 after a BOM. */
	ck_assert_int_eq(parse_yaml(&d, "\xEF\xBB\xBFowner: Alex\nrole: x\n",
	    &e), 0);
	ck_assert_int_eq(d.bom, 1);
	ck_assert_uint_eq(d.fm_off, 3);
	SCALAR_IS(&d, fm_key(&d, "owner"), "owner", YS_PLAIN, 1, 1, 3, 8);
	SCALAR_IS(&d, fm_get(&d, "owner"), "Alex", YS_PLAIN, 1, 8, 10, 14);
	SCALAR_IS(&d, fm_get(&d, "role"), "x", YS_PLAIN, 2, 7, 21, 22);
	doc_free(&d);

	/* A BOM alone is not an opening line. */
	FAILS("\xEF\xBB\xBF\n---\n---\n", 1, 1,
	    "no front matter: the first line must be '---'");
}
END_TEST

START_TEST(test_crlf)
{
	struct doc	 d;
	struct doc_error e;
	static const char s[] =
	    "---\r\n"			/* 0 */
	    "title: A b\r\n"		/* 5 */
	    "n: 2\r\n"			/* 17 */
	    "---\r\n"			/* 23 */
	    "body\r\n"			/* 28 */
	    "- [ ] t\r\n";		/* 34 */

	ck_assert_int_eq(parse(&d, s, &e), 0);
	ck_assert_int_eq(d.crlf, 1);
	ck_assert_uint_eq(d.fm_off, 5);
	ck_assert_uint_eq(d.fm_end, 23);
	ck_assert_uint_eq(d.close_end, 28);
	ck_assert_uint_eq(d.close_line, 4);
	ck_assert_uint_eq(d.body_line, 5);
	SCALAR_IS(&d, fm_get(&d, "title"), "A b", YS_PLAIN, 2, 8, 12, 15);
	SCALAR_IS(&d, fm_get(&d, "n"), "2", YS_PLAIN, 3, 4, 20, 21);
	ck_assert_uint_eq(d.ntasks, 1);
	ck_assert_uint_eq(d.tasks[0].line, 6);
	ck_assert_str_eq(d.tasks[0].text, "t");
	ck_assert_uint_eq(d.tasks[0].eol, 41);
	ck_assert_int_eq(d.data[d.tasks[0].eol], '\r');
	doc_free(&d);

	/* Only the first line decides. */
	ck_assert_int_eq(parse(&d, "---\na: 1\r\n---\r\n", &e), 0);
	ck_assert_int_eq(d.crlf, 0);
	ck_assert_str_eq(fm_str(&d, "a"), "1");
	doc_free(&d);

	/* A lone CR is not a line end of the opening line. */
	FAILS("---\rx\n---\n", 1, 1,
	    "no front matter: the first line must be '---'");
}
END_TEST

START_TEST(test_comments)
{
	struct doc	 d;
	struct doc_error e;
	static const char s[] =
	    "---\n"				/* 0 */
	    "# leading comment\n"		/* 4 */
	    "title: A   # trailing\n"		/* 22 */
	    "  # indented comment\n"		/* 44 */
	    "status: active # x: y\n"		/* 65 */
	    "# last\n"				/* 87 */
	    "---\n";

	ck_assert_int_eq(parse(&d, s, &e), 0);
	ck_assert_uint_eq(d.fm->nkids, 4);
	SCALAR_IS(&d, fm_key(&d, "title"), "title", YS_PLAIN, 3, 1, 22, 27);
	SCALAR_IS(&d, fm_get(&d, "title"), "A", YS_PLAIN, 3, 8, 29, 30);
	SCALAR_IS(&d, fm_get(&d, "status"), "active", YS_PLAIN, 5, 9, 73, 79);
	ck_assert_ptr_null(fm_get(&d, "x"));
	doc_free(&d);

	/* Only comments: an empty mapping. */
	ck_assert_int_eq(parse(&d, "---\n# nothing\n---\n", &e), 0);
	ck_assert_int_eq(d.fm->type, Y_MAP);
	ck_assert_uint_eq(d.fm->nkids, 0);
	doc_free(&d);
}
END_TEST

START_TEST(test_empty)
{
	struct doc	 d;
	struct doc_error e;

	ck_assert_int_eq(parse(&d, "---\n---\n", &e), 0);
	ck_assert_ptr_nonnull(d.fm);
	ck_assert_int_eq(d.fm->type, Y_MAP);
	ck_assert_int_eq(d.fm->style, YS_BLOCK);
	ck_assert_uint_eq(d.fm->nkids, 0);
	ck_assert_uint_eq(d.fm->line, 2);
	ck_assert_uint_eq(d.fm->off, 4);
	ck_assert_uint_eq(d.fm->end, 4);
	ck_assert_uint_eq(d.fm_off, 4);
	ck_assert_uint_eq(d.fm_end, 4);
	ck_assert_uint_eq(d.close_end, 8);
	ck_assert_uint_eq(d.close_line, 2);
	ck_assert_uint_eq(d.body_line, 3);
	ck_assert_ptr_null(fm_get(&d, "title"));
	doc_free(&d);

	/* Blank lines only, and trailing blanks on the delimiters. */
	ck_assert_int_eq(parse(&d, "--- \n\n   \n---\t\nbody", &e), 0);
	ck_assert_uint_eq(d.fm->nkids, 0);
	ck_assert_uint_eq(d.close_line, 4);
	doc_free(&d);

	/* An explicit empty mapping is fine too. */
	ck_assert_int_eq(parse(&d, "---\n{}\n---\n", &e), 0);
	ck_assert_uint_eq(d.fm->nkids, 0);
	ck_assert_int_eq(d.fm->style, YS_FLOW);
	doc_free(&d);
}
END_TEST

START_TEST(test_dots)
{
	struct doc	 d;
	struct doc_error e;

	ck_assert_int_eq(parse(&d, "---\na: 1\n...\nbody\n", &e), 0);
	ck_assert_uint_eq(d.close_line, 3);
	ck_assert_uint_eq(d.fm_end, 9);
	ck_assert_uint_eq(d.close_end, 13);
	ck_assert_uint_eq(d.body_line, 4);
	ck_assert_str_eq(fm_str(&d, "a"), "1");
	doc_free(&d);

	/* "----" and "...." are not delimiters. */
	ck_assert_int_eq(parse(&d, "---\na: |\n  ----\n  ....\n---\n", &e),
	    0);
	ck_assert_uint_eq(d.close_line, 5);
	ck_assert_str_eq(fm_str(&d, "a"), "----\n....\n");
	doc_free(&d);
}
END_TEST

START_TEST(test_unclosed)
{
	FAILS("---\na: 1\nbody\n", 1, 1,
	    "front matter has no closing '---' line");
	FAILS("---\n", 1, 1, "front matter has no closing '---' line");
	FAILS("---", 1, 1, "front matter has no closing '---' line");
	FAILS("---\na: 1\n ---\n", 1, 1,
	    "front matter has no closing '---' line");
}
END_TEST

START_TEST(test_no_opening)
{
	FAILS("title: x\n---\n", 1, 1,
	    "no front matter: the first line must be '---'");
	FAILS("", 1, 1, "no front matter: the first line must be '---'");
	FAILS(" ---\n---\n", 1, 1,
	    "no front matter: the first line must be '---'");
	FAILS("---x\n---\n", 1, 1,
	    "no front matter: the first line must be '---'");
	FAILS("\n---\n---\n", 1, 1,
	    "no front matter: the first line must be '---'");
}
END_TEST

START_TEST(test_tabs)
{
	struct doc	 d;
	struct doc_error e;

	ck_assert_int_eq(parse(&d, "---\na:\n\tb: 1\n---\n", &e), EX_DATAERR);
	ck_assert_uint_eq(e.line, 3);
	ck_assert_uint_eq(e.col, 1);
	ck_assert_str_eq(e.msg, "bad YAML: a tab cannot indent YAML (use "
	    "spaces)");
	doc_free(&d);

	/* A tab after the colon is only a separator. */
	ck_assert_int_eq(parse(&d, "---\na:\tx\n---\n", &e), 0);
	SCALAR_IS(&d, fm_get(&d, "a"), "x", YS_PLAIN, 2, 4, 7, 8);
	doc_free(&d);
}
END_TEST

START_TEST(test_bad_yaml)
{
	/* Unclosed flow lists and quotes are reported where they open. */
	FAILS("---\na: 1\nb: [x\nc: 2\n---\n", 3, 4,
	    "bad YAML: did not find expected ',' or ']' while parsing a "
	    "flow sequence");
	FAILS("---\na: 1\n  b: 2\n---\n", 3, 4,
	    "bad YAML: mapping values are not allowed in this context");
	FAILS("---\na: b: c\n---\n", 2, 5,
	    "bad YAML: mapping values are not allowed in this context");
	FAILS("---\na: \"x\n---\n", 2, 4,
	    "bad YAML: found unexpected end of stream while scanning a "
	    "quoted scalar");
}
END_TEST

START_TEST(test_unicode)
{
	struct doc	 d;
	struct doc_error e;
	static const char s[] =
	    "---\n"				/* 0 */
	    "title: Été à Zürich\n"		/* 4: 12 chars, 16 bytes */
	    "tag: x\n"				/* 28 */
	    "ratings: {é: 3, b: 4}\n"		/* 35 */
	    "---\n";

	ck_assert_int_eq(parse(&d, s, &e), 0);
	SCALAR_IS(&d, fm_get(&d, "title"), "Été à Zürich", YS_PLAIN,
	    2, 8, 11, 27);
	SCALAR_IS(&d, fm_key(&d, "tag"), "tag", YS_PLAIN, 3, 1, 28, 31);
	SCALAR_IS(&d, fm_get(&d, "tag"), "x", YS_PLAIN, 3, 6, 33, 34);
	{
		struct ynode *r = fm_get(&d, "ratings");

		ck_assert_int_eq(r->type, Y_MAP);
		ck_assert_int_eq(r->style, YS_FLOW);
		ck_assert_uint_eq(r->nkids, 4);
		BYTES_ARE(&d, r, "{é: 3, b: 4}");
		SCALAR_IS(&d, r->kids[0], "é", YS_PLAIN, 4, 11, 45, 47);
		SCALAR_IS(&d, r->kids[1], "3", YS_PLAIN, 4, 14, 49, 50);
		SCALAR_IS(&d, r->kids[2], "b", YS_PLAIN, 4, 17, 52, 53);
		SCALAR_IS(&d, r->kids[3], "4", YS_PLAIN, 4, 20, 55, 56);
	}
	doc_free(&d);

	/* A key after a multibyte character on the same line. */
	ck_assert_int_eq(parse(&d, "---\n{日本: 語, k: v}\n---\n", &e), 0);
	SCALAR_IS(&d, fm_key(&d, "k"), "k", YS_PLAIN, 2, 9, 18, 19);
	SCALAR_IS(&d, fm_get(&d, "k"), "v", YS_PLAIN, 2, 12, 21, 22);
	doc_free(&d);
}
END_TEST

/*
 * libyaml also breaks lines at a lone CR, U+0085, U+2028 and U+2029;
 * places are still the file's lines (counted at LF) and bytes.
 */
START_TEST(test_yaml_breaks)
{
	struct doc	 d;
	struct doc_error e;
	static const char ls[] =
	    "---\n"				/* 0 */
	    "title: \"Caf\xc3\xa9\xe2\x80\xa8talk\"\n"	/* 4: 22 bytes */
	    "status: active\n"			/* 26 */
	    "mentor: jane\n"			/* 41 */
	    "---\n";
	static const char cr[] =
	    "---\n"				/* 0 */
	    "title: \"a\rb\"\n"			/* 4 */
	    "status: active\n"			/* 17 */
	    "---\n";
	static const char nel[] =
	    "---\n"				/* 0 */
	    "k: \"x\xc2\x85y\xe2\x80\xa9z\"\n"	/* 4: 14 bytes */
	    "j: [1, 2]\n"			/* 18 */
	    "---\n";

	ck_assert_int_eq(parse(&d, ls, &e), 0);
	SCALAR_IS(&d, fm_key(&d, "status"), "status", YS_PLAIN,
	    3, 1, 26, 32);
	SCALAR_IS(&d, fm_get(&d, "status"), "active", YS_PLAIN,
	    3, 9, 34, 40);
	SCALAR_IS(&d, fm_get(&d, "mentor"), "jane", YS_PLAIN,
	    4, 9, 49, 53);
	doc_free(&d);

	ck_assert_int_eq(parse(&d, cr, &e), 0);
	SCALAR_IS(&d, fm_get(&d, "status"), "active", YS_PLAIN,
	    3, 9, 25, 31);
	doc_free(&d);

	ck_assert_int_eq(parse(&d, nel, &e), 0);
	SCALAR_IS(&d, fm_key(&d, "j"), "j", YS_PLAIN, 3, 1, 18, 19);
	BYTES_ARE(&d, fm_get(&d, "j"), "[1, 2]");
	ck_assert_uint_eq(fm_get(&d, "j")->line, 3);
	ck_assert_uint_eq(fm_get(&d, "j")->col, 4);
	doc_free(&d);

	/* An error after such a break is reported on the file's line. */
	FAILS("---\ntitle: \"a\xe2\x80\xa8" "b\"\nk: [1\n---\n", 3, 4,
	    "bad YAML: did not find expected ',' or ']' while parsing a "
	    "flow sequence");
	FAILS("---\ntitle: \"a\rb\"\nk: [1\n---\n", 3, 4,
	    "bad YAML: did not find expected ',' or ']' while parsing a "
	    "flow sequence");
}
END_TEST

START_TEST(test_lists)
{
	struct doc	 d;
	struct doc_error e;
	struct ynode	**items, *one;
	static const char s[] =
	    "---\n"
	    "a: jane\n"
	    "b: [x, 'y z']\n"
	    "c:\n"
	    "  - p\n"
	    "  - q\n"
	    "  - r\n"
	    "with:\n"
	    "n: ~\n"
	    "m: []\n"
	    "u: null\n"
	    "v: ''\n"
	    "---\n";

	ck_assert_int_eq(parse(&d, s, &e), 0);
	ck_assert_uint_eq(ynode_items(fm_get(&d, "a"), &items, &one), 1);
	ck_assert_ptr_eq(items, &one);
	ck_assert_ptr_eq(one, fm_get(&d, "a"));
	ck_assert_str_eq(items[0]->str, "jane");

	ck_assert_uint_eq(ynode_items(fm_get(&d, "b"), &items, &one), 2);
	ck_assert_str_eq(items[0]->str, "x");
	ck_assert_str_eq(items[1]->str, "y z");
	ck_assert_int_eq(items[1]->style, YS_SINGLE);
	ck_assert_int_eq(fm_get(&d, "b")->style, YS_FLOW);

	ck_assert_int_eq(fm_get(&d, "c")->type, Y_SEQ);
	ck_assert_int_eq(fm_get(&d, "c")->style, YS_BLOCK);
	ck_assert_uint_eq(fm_get(&d, "c")->line, 5);
	ck_assert_uint_eq(fm_get(&d, "c")->col, 3);
	ck_assert_uint_eq(ynode_items(fm_get(&d, "c"), &items, &one), 3);
	SCALAR_IS(&d, items[0], "p", YS_PLAIN, 5, 5, 33, 34);
	SCALAR_IS(&d, items[2], "r", YS_PLAIN, 7, 5, 45, 46);
	ck_assert_uint_eq(fm_get(&d, "c")->off, 31);
	ck_assert_uint_eq(fm_get(&d, "c")->end, 46);

	/* "with:" is null: no items, and no string. */
	ck_assert_ptr_nonnull(fm_get(&d, "with"));
	ck_assert_int_eq(ynode_null(fm_get(&d, "with")), 1);
	ck_assert_uint_eq(fm_get(&d, "with")->len, 0);
	ck_assert_uint_eq(ynode_items(fm_get(&d, "with"), &items, &one), 0);
	ck_assert_ptr_null(items);
	ck_assert_ptr_null(fm_str(&d, "with"));
	ck_assert_int_eq(ynode_null(fm_get(&d, "n")), 1);
	ck_assert_uint_eq(ynode_items(fm_get(&d, "n"), &items, &one), 0);
	ck_assert_int_eq(ynode_null(fm_get(&d, "u")), 1);
	ck_assert_ptr_null(fm_str(&d, "u"));
	ck_assert_int_eq(ynode_null(fm_get(&d, "m")), 0);
	ck_assert_uint_eq(ynode_items(fm_get(&d, "m"), &items, &one), 0);

	/* A quoted empty string is a value, not null. */
	ck_assert_int_eq(ynode_null(fm_get(&d, "v")), 0);
	ck_assert_str_eq(fm_str(&d, "v"), "");
	ck_assert_uint_eq(ynode_items(fm_get(&d, "v"), &items, &one), 1);

	ck_assert_int_eq(ynode_null(NULL), 1);
	ck_assert_uint_eq(ynode_items(NULL, &items, &one), 0);
	ck_assert_uint_eq(ynode_items(fm_get(&d, "nope"), &items, &one), 0);
	doc_free(&d);
}
END_TEST

START_TEST(test_nested)
{
	struct doc	 d;
	struct doc_error e;
	struct ynode	*r, *in;
	static const char s[] =
	    "---\n"			/* 0 */
	    "ratings:\n"		/* 4 */
	    "  speaking: 3\n"		/* 13 */
	    "  inner:\n"		/* 27 */
	    "    deep: [1, 2]\n"	/* 36 */
	    "after: z\n"		/* 53 */
	    "---\n";

	ck_assert_int_eq(parse(&d, s, &e), 0);
	ck_assert_uint_eq(d.fm->nkids, 4);
	r = fm_get(&d, "ratings");
	ck_assert_int_eq(r->type, Y_MAP);
	ck_assert_int_eq(r->style, YS_BLOCK);
	ck_assert_uint_eq(r->line, 3);
	ck_assert_uint_eq(r->col, 3);
	ck_assert_uint_eq(r->off, 15);
	ck_assert_uint_eq(r->nkids, 4);
	SCALAR_IS(&d, r->kids[0], "speaking", YS_PLAIN, 3, 3, 15, 23);
	SCALAR_IS(&d, r->kids[1], "3", YS_PLAIN, 3, 13, 25, 26);
	SCALAR_IS(&d, r->kids[2], "inner", YS_PLAIN, 4, 3, 29, 34);
	in = r->kids[3];
	ck_assert_int_eq(in->type, Y_MAP);
	ck_assert_uint_eq(in->nkids, 2);
	ck_assert_str_eq(in->kids[0]->str, "deep");
	ck_assert_int_eq(in->kids[1]->type, Y_SEQ);
	BYTES_ARE(&d, in->kids[1], "[1, 2]");
	ck_assert_uint_eq(in->end, 52);
	ck_assert_uint_eq(r->end, 52);
	ck_assert_ptr_null(fm_str(&d, "ratings"));
	ck_assert_ptr_null(fm_get(&d, "speaking"));	/* top level only */
	SCALAR_IS(&d, fm_get(&d, "after"), "z", YS_PLAIN, 6, 8, 60, 61);
	doc_free(&d);
}
END_TEST

START_TEST(test_anchors)
{
	FAILS("---\na: &x 1\nb: *x\n---\n", 2, 4,
	    "YAML anchors are not allowed");
	FAILS("---\na: 1\nb: *x\n---\n", 3, 4,
	    "YAML aliases are not allowed");
	FAILS("---\nm: &m\n  k: 1\n---\n", 2, 4,
	    "YAML anchors are not allowed");
	FAILS("---\ns: &s [1]\n---\n", 2, 4, "YAML anchors are not allowed");
	FAILS("---\ns: [a, *b]\n---\n", 2, 8, "YAML aliases are not allowed");
	FAILS("---\n&top\nk: v\n---\n", 2, 1, "YAML anchors are not allowed");
}
END_TEST

/* Tags and a second document are refused at their place. */
START_TEST(test_tags_documents)
{
	FAILS("---\na: !foo 1\n---\n", 2, 4, "YAML tags are not allowed");
	FAILS("---\na: !!python/object:x 1\n---\n", 2, 4,
	    "YAML tags are not allowed");
	FAILS("---\na: !!str 1\n---\n", 2, 4, "YAML tags are not allowed");
	FAILS("---\ns: !t [1]\n---\n", 2, 4, "YAML tags are not allowed");
	FAILS("---\nm: !t\n  k: 1\n---\n", 2, 4, "YAML tags are not allowed");
	FAILS("---\n!t\nk: v\n---\n", 2, 1, "YAML tags are not allowed");
	FAILS("---\ntitle: First\ndate: 2026-01-01\n--- {title: Second}\n"
	    "---\n", 4, 1, "a second YAML document is not allowed (the front "
	    "matter ends at a line of its own '---')");
	FAILS("---\na: 1\n--- b\n---\n", 3, 1, "a second YAML document is "
	    "not allowed (the front matter ends at a line of its own '---')");
}
END_TEST

/* A record whose front matter nests depth collections (the top one too). */
static char *
nested(int depth)
{
	struct buf	 b = BUF_INIT;
	int		 i;

	buf_addstr(&b, "---\na: ");
	for (i = 1; i < depth; i++)
		buf_addch(&b, '[');
	buf_addch(&b, 'x');
	for (i = 1; i < depth; i++)
		buf_addch(&b, ']');
	buf_addstr(&b, "\n---\n");
	return buf_detach(&b, NULL);
}

START_TEST(test_depth)
{
	struct doc	 d;
	struct doc_error e;
	struct ynode	*n;
	char		*s;
	int		 k;

	s = nested(YAML_DEPTH_MAX);
	ck_assert_int_eq(parse(&d, s, &e), 0);
	free(s);
	for (n = fm_get(&d, "a"), k = 1; n->type == Y_SEQ; n = n->kids[0])
		k++;
	ck_assert_int_eq(k, YAML_DEPTH_MAX);
	ck_assert_str_eq(n->str, "x");
	ck_assert_uint_eq(n->col, 4 + YAML_DEPTH_MAX - 1);
	doc_free(&d);

	s = nested(YAML_DEPTH_MAX + 1);
	ck_assert_int_eq(parse(&d, s, &e), EX_DATAERR);
	free(s);
	ck_assert_str_eq(e.msg, "front matter is nested deeper than 32 levels");
	ck_assert_uint_eq(e.line, 2);
	ck_assert_uint_eq(e.col, 4 + YAML_DEPTH_MAX - 1);
	doc_free(&d);

	s = nested(200);
	ck_assert_int_eq(parse(&d, s, &e), EX_DATAERR);
	free(s);
	ck_assert_str_eq(e.msg, "front matter is nested deeper than 32 levels");
	doc_free(&d);
}
END_TEST

START_TEST(test_duplicate)
{
	FAILS("---\na: 1\nb: 2\na: 3\n---\n", 4, 1,
	    "duplicate key 'a' (first on line 2)");
	FAILS("---\nm:\n  k: 1\n  j: 2\n  k: 3\n---\n", 5, 3,
	    "duplicate key 'k' (first on line 3)");
	FAILS("---\nm: {x: 1, x: 2}\n---\n", 2, 11,
	    "duplicate key 'x' (first on line 2)");
}
END_TEST

/*
 * A mapping of n keys k0..k{n-1} (at indent, under "m:" when nested),
 * with dup, when not negative, given again as the last key.
 */
static char *
many_keys(size_t n, long dup, int nested)
{
	struct buf	 b = BUF_INIT;
	size_t		 i;

	buf_addstr(&b, "---\n");
	if (nested)
		buf_addstr(&b, "m:\n");
	for (i = 0; i < n; i++)
		buf_addf(&b, "%sk%zu: v\n", nested ? "  " : "", i);
	if (dup >= 0)
		buf_addf(&b, "%sk%ld: again\n", nested ? "  " : "", dup);
	buf_addstr(&b, "---\nbody\n");
	return buf_detach(&b, NULL);
}

/* Big mappings find their duplicates too, at the first one's line. */
START_TEST(test_duplicate_many)
{
	static const size_t sizes[] = { 7, 8, 9, 16, 17, 100, 1000, 5000 };
	struct doc		 d;
	struct doc_error	 e;
	char			*s, want[128];
	size_t			 i, k;

	for (i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
		for (k = 0; k < 2; k++) {
			s = many_keys(sizes[i], -1, (int)k);
			ck_assert_int_eq(parse(&d, s, &e), 0);
			ck_assert_uint_eq(d.fm->nkids, k ? 2 : 2 * sizes[i]);
			doc_free(&d);
			free(s);

			/* the first key, a middle one, the last one again */
			s = many_keys(sizes[i], 0, (int)k);
			ck_assert_int_eq(parse(&d, s, &e), EX_DATAERR);
			snprintf(want, sizeof(want), "duplicate key 'k0' (first "
			    "on line %zu)", 2 + k);
			ck_assert_str_eq(e.msg, want);
			ck_assert_uint_eq(e.line, 2 + k + sizes[i]);
			doc_free(&d);
			free(s);
			s = many_keys(sizes[i], (long)sizes[i] / 2, (int)k);
			ck_assert_int_eq(parse(&d, s, &e), EX_DATAERR);
			snprintf(want, sizeof(want), "duplicate key 'k%zu' (first "
			    "on line %zu)", sizes[i] / 2, 2 + k + sizes[i] / 2);
			ck_assert_str_eq(e.msg, want);
			doc_free(&d);
			free(s);
			s = many_keys(sizes[i], (long)sizes[i] - 1, (int)k);
			ck_assert_int_eq(parse(&d, s, &e), EX_DATAERR);
			doc_free(&d);
			free(s);
		}
	}
	/* keys that differ in their last byte, or a prefix, are not the same */
	FAILS("---\nab: 1\naa: 2\na: 3\nb: 4\nabc: 5\nc: 6\nd: 7\ne: 8\n"
	    "f: 9\ng: 10\nab: 11\n---\n", 12, 1,
	    "duplicate key 'ab' (first on line 2)");
	/* a mapping nested in a big one has keys of its own */
	s = many_keys(50, -1, 0);
	ck_assert_int_eq(parse(&d, s, &e), 0);
	doc_free(&d);
	free(s);
	FAILS("---\nk0: 1\nk1: 2\nk2: 3\nk3: 4\nk4: 5\nk5: 6\nk6: 7\n"
	    "k7: 8\nk8: 9\nm: {k0: 1, k1: 2}\nn:\n  k8: 1\n  k8: 2\n---\n",
	    14, 3, "duplicate key 'k8' (first on line 13)");
}
END_TEST

static double
seconds(void)
{
	struct timespec	 ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/*
 * A record of 100,000 keys (about 1 MB) is read in time linear in its
 * size: well under a second (comparing each key with those before it
 * took over 20 s), here with room to spare for a slow or loaded machine.
 */
START_TEST(test_many_keys_linear)
{
	struct doc		 d;
	struct doc_error	 e;
	char			*s = many_keys(100000, -1, 0);
	double			 t0, dt;

	t0 = seconds();
	ck_assert_int_eq(parse(&d, s, &e), 0);
	dt = seconds() - t0;
	ck_assert_uint_eq(d.fm->nkids, 200000);
	ck_assert_ptr_nonnull(fm_get(&d, "k99999"));
	doc_free(&d);
	free(s);
	ck_assert_msg(dt < 3.0, "100,000 keys took %.2f s", dt);

	s = many_keys(100000, 99999, 0);
	ck_assert_int_eq(parse(&d, s, &e), EX_DATAERR);
	ck_assert_str_eq(e.msg, "duplicate key 'k99999' (first on line "
	    "100001)");
	doc_free(&d);
	free(s);

	/* mentor.yaml is read by every program: the same there */
	s = many_keys(100000, -1, 0);
	*strstr(s, "---\nbody") = '\0';
	t0 = seconds();
	ck_assert_int_eq(parse_yaml(&d, s + 4, &e), 0);
	dt = seconds() - t0;
	ck_assert_uint_eq(d.fm->nkids, 200000);
	doc_free(&d);
	free(s);
	ck_assert_msg(dt < 3.0, "a mentor.yaml of 100,000 keys took %.2f s",
	    dt);
}
END_TEST

START_TEST(test_not_mapping)
{
	FAILS("---\n- a\n- b\n---\n", 2, 1,
	    "front matter is not a mapping of keys to values");
	FAILS("---\njust text\n---\n", 2, 1,
	    "front matter is not a mapping of keys to values");
	FAILS("---\n[a, b]\n---\n", 2, 1,
	    "front matter is not a mapping of keys to values");
	FAILS("---\n~\n---\n", 2, 1,
	    "front matter is not a mapping of keys to values");
	FAILS("---\n'quoted'\n---\n", 2, 1,
	    "front matter is not a mapping of keys to values");
	FAILS("---\n[a]: 1\n---\n", 2, 1, "a key must be a plain string");
}
END_TEST

START_TEST(test_nul)
{
	struct doc	 d;
	struct doc_error e;
	static const char s[] = "---\na: b\0c\n---\n";

	ck_assert_int_eq(parse_n(&d, s, sizeof(s) - 1, &e), EX_DATAERR);
	ck_assert_str_eq(e.msg, "NUL byte in a text record");
	ck_assert_uint_eq(e.line, 2);
	ck_assert_uint_eq(e.col, 5);
	doc_free(&d);

	/* Columns count characters, not bytes. */
	static const char t[] = "---\né: \0\n---\n";

	ck_assert_int_eq(parse_n(&d, t, sizeof(t) - 1, &e), EX_DATAERR);
	ck_assert_uint_eq(e.line, 2);
	ck_assert_uint_eq(e.col, 4);
	doc_free(&d);

	/* Nor may an escape make one, in a key or a value. */
	FAILS("---\n\"title\\0junk\": Old\n---\n", 2, 1,
	    "a key or value cannot hold a NUL character");
	FAILS("---\na: [x, 'y', \"z\\x00\"]\n---\n", 2, 13,
	    "a key or value cannot hold a NUL character");
	FAILS("---\na: \"\\u0000\"\n---\n", 2, 4,
	    "a key or value cannot hold a NUL character");

	/* In the body too. */
	static const char u[] = "---\n---\nok\n\0";

	ck_assert_int_eq(parse_n(&d, u, sizeof(u) - 1, &e), EX_DATAERR);
	ck_assert_uint_eq(e.line, 4);
	ck_assert_uint_eq(e.col, 1);
	doc_free(&d);
}
END_TEST

START_TEST(test_utf8)
{
	FAILS("---\ntitle: \xC3\x28\n---\n", 2, 8, "invalid UTF-8 (byte 0xc3)");
	FAILS("---\ntitle: é\xC0\xAF\n---\n", 2, 9,
	    "invalid UTF-8 (byte 0xc0)");		/* overlong '/' */
	FAILS("---\nt: \xE0\x80\xAF\n---\n", 2, 4,
	    "invalid UTF-8 (byte 0xe0)");		/* overlong, 3 bytes */
	FAILS("---\nt: \xED\xA0\x80\n---\n", 2, 4,
	    "invalid UTF-8 (byte 0xed)");		/* a surrogate */
	FAILS("---\nt: x\n---\nbody \xFF\n", 4, 6,
	    "invalid UTF-8 (byte 0xff)");
	FAILS("---\nt: x\n---\n\xE2\x82", 4, 1,
	    "invalid UTF-8 (byte 0xe2)");		/* cut at the end */
}
END_TEST

/* A scratch directory for file tests, removed by rmdir_all. */
static char *
scratch(void)
{
	char	*t = xstrdup("/tmp/check_record.XXXXXX");

	ck_assert_ptr_nonnull(mkdtemp(t));
	return t;
}

static char *
write_file(const char *dir, const char *name, const char *s, size_t n)
{
	char	*p;
	FILE	*f;

	xasprintf(&p, "%s/%s", dir, name);
	ck_assert_ptr_nonnull(f = fopen(p, "w"));
	ck_assert_uint_eq(fwrite(s, 1, n, f), n);
	ck_assert_int_eq(fclose(f), 0);
	return p;
}

START_TEST(test_load)
{
	struct doc	 d;
	struct doc_error e;
	char		*dir = scratch(), *p, *q;
	int		 fd;

	p = write_file(dir, "a.md", plain, sizeof(plain) - 1);
	ck_assert_int_eq(doc_load(&d, p, &e), 0);
	ck_assert_ptr_eq(d.path, p);
	ck_assert_uint_eq(d.len, sizeof(plain) - 1);
	ck_assert_int_eq(memcmp(d.data, plain, d.len), 0);
	ck_assert_int_eq(d.data[d.len], '\0');
	ck_assert_str_eq(fm_str(&d, "title"), "Weekly check-in");
	doc_free(&d);

	fd = open(dir, O_RDONLY | O_DIRECTORY);
	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(doc_loadat(&d, fd, "a.md", "shown/a.md", &e), 0);
	ck_assert_str_eq(d.path, "shown/a.md");
	ck_assert_str_eq(fm_str(&d, "date"), "2026-11-21");
	doc_free(&d);

	/* Missing: 66, with the system's reason. */
	ck_assert_int_eq(doc_loadat(&d, fd, "nope.md", "nope.md", &e),
	    EX_NOINPUT);
	ck_assert_str_eq(e.msg, "No such file or directory");
	ck_assert_uint_eq(e.line, 0);
	doc_free(&d);
	xasprintf(&q, "%s/none/x.md", dir);
	ck_assert_int_eq(doc_load(&d, q, &e), EX_NOINPUT);
	doc_free(&d);
	free(q);

	/* A directory cannot be read as a record. */
	ck_assert_int_eq(doc_load(&d, dir, &e), EX_IOERR);
	ck_assert_str_eq(e.msg, "Is a directory");
	doc_free(&d);

	/* A bad record read from a file. */
	q = write_file(dir, "bad.md", "---\na: [\n", 9);
	ck_assert_int_eq(doc_load(&d, q, &e), EX_DATAERR);
	ck_assert_str_eq(e.msg, "front matter has no closing '---' line");
	doc_free(&d);
	unlink(q);
	free(q);

	/* The plain YAML loader. */
	q = write_file(dir, "mentor.yaml", "owner: A\nweek-start: sunday\n", 28);
	ck_assert_int_eq(doc_loadat_yaml(&d, fd, "mentor.yaml", "m.yaml", &e),
	    0);
	ck_assert_str_eq(fm_str(&d, "week-start"), "sunday");
	ck_assert_uint_eq(fm_get(&d, "week-start")->line, 2);
	doc_free(&d);
	unlink(q);
	free(q);

	close(fd);
	unlink(p);
	free(p);
	rmdir(dir);
	free(dir);
}
END_TEST

START_TEST(test_too_big)
{
	struct doc	 d;
	struct doc_error e;
	char		*dir = scratch(), *p, *big;
	size_t		 n = RECORD_MAX;
	FILE		*f;

	/* Exactly 16 MiB is accepted. */
	big = xmalloc(n);
	memset(big, 'a', n);
	memcpy(big, "---\nt: x\n---\n", 13);
	big[n - 1] = '\n';
	p = write_file(dir, "big.md", big, n);
	free(big);
	ck_assert_int_eq(doc_load(&d, p, &e), 0);
	ck_assert_uint_eq(d.len, RECORD_MAX);
	ck_assert_str_eq(fm_str(&d, "t"), "x");
	doc_free(&d);

	/* One byte more is not. */
	ck_assert_ptr_nonnull(f = fopen(p, "a"));
	ck_assert_int_eq(fputc('\n', f), '\n');
	ck_assert_int_eq(fclose(f), 0);
	ck_assert_int_eq(doc_load(&d, p, &e), EX_DATAERR);
	ck_assert_str_eq(e.msg, "record is larger than 16 MiB");
	ck_assert_ptr_null(d.data);
	doc_free(&d);

	/* Nor a sparse file far over the limit. */
	ck_assert_int_eq(truncate(p, (off_t)RECORD_MAX * 4), 0);
	ck_assert_int_eq(doc_load(&d, p, &e), EX_DATAERR);
	ck_assert_str_eq(e.msg, "record is larger than 16 MiB");
	doc_free(&d);

	unlink(p);
	free(p);
	rmdir(dir);
	free(dir);
}
END_TEST

START_TEST(test_block_scalars)
{
	struct doc	 d;
	struct doc_error e;
	struct ynode	*n;
	static const char s[] =
	    "---\n"			/* 0 */
	    "note: |\n"		/* 4 */
	    "  line one\n"		/* 12 */
	    "  line two\n"		/* 23 */
	    "tail: >-\n"		/* 34 */
	    "  folded\n"		/* 43 */
	    "  text\n"			/* 52 */
	    "end: 1\n"			/* 59 */
	    "---\n";

	ck_assert_int_eq(parse(&d, s, &e), 0);
	n = fm_get(&d, "note");
	SCALAR_IS(&d, n, "line one\nline two\n", YS_LITERAL, 2, 7, 10, 34);
	BYTES_ARE(&d, n, "|\n  line one\n  line two\n");
	n = fm_get(&d, "tail");
	SCALAR_IS(&d, n, "folded text", YS_FOLDED, 5, 7, 40, 59);
	BYTES_ARE(&d, n, ">-\n  folded\n  text\n");
	SCALAR_IS(&d, fm_get(&d, "end"), "1", YS_PLAIN, 8, 6, 64, 65);
	ck_assert_int_eq(ynode_null(fm_get(&d, "note")), 0);
	doc_free(&d);

	/* A block scalar last in the front matter ends at the delimiter. */
	ck_assert_int_eq(parse(&d, "---\nn: |\n  x\n---\n", &e), 0);
	SCALAR_IS(&d, fm_get(&d, "n"), "x\n", YS_LITERAL, 2, 4, 7, 13);
	ck_assert_uint_eq(d.fm_end, 13);
	doc_free(&d);
}
END_TEST

START_TEST(test_quoted)
{
	struct doc	 d;
	struct doc_error e;
	static const char s[] =
	    "---\n"			/* 0 */
	    "a: 'it''s'\n"		/* 4 */
	    "b: \"x\\ty \\u00e9\"\n"	/* 15 */
	    "c: ''\n"			/* 32 */
	    "d: 'null'\n"		/* 38 */
	    "---\n";

	ck_assert_int_eq(parse(&d, s, &e), 0);
	SCALAR_IS(&d, fm_get(&d, "a"), "it's", YS_SINGLE, 2, 4, 7, 14);
	BYTES_ARE(&d, fm_get(&d, "a"), "'it''s'");
	SCALAR_IS(&d, fm_get(&d, "b"), "x\ty é", YS_DOUBLE, 3, 4, 18, 31);
	BYTES_ARE(&d, fm_get(&d, "b"), "\"x\\ty \\u00e9\"");
	SCALAR_IS(&d, fm_get(&d, "c"), "", YS_SINGLE, 4, 4, 35, 37);
	SCALAR_IS(&d, fm_get(&d, "d"), "null", YS_SINGLE, 5, 4, 41, 47);
	ck_assert_str_eq(fm_str(&d, "d"), "null");
	ck_assert_int_eq(ynode_null(fm_get(&d, "d")), 0);
	doc_free(&d);
}
END_TEST

START_TEST(test_plain_yaml)
{
	struct doc	 d;
	struct doc_error e;
	static const char s[] =
	    "owner: Alex Doe          # whose journal\n"	/* 0 */
	    "role: mentee\n"					/* 41 */
	    "\n"						/* 54 */
	    "needs: [public-speaking, sql]\n";			/* 55 */

	ck_assert_int_eq(parse_yaml(&d, s, &e), 0);
	ck_assert_uint_eq(d.fm_line, 1);
	ck_assert_uint_eq(d.fm_off, 0);
	ck_assert_uint_eq(d.fm_end, sizeof(s) - 1);
	SCALAR_IS(&d, fm_key(&d, "owner"), "owner", YS_PLAIN, 1, 1, 0, 5);
	SCALAR_IS(&d, fm_get(&d, "owner"), "Alex Doe", YS_PLAIN, 1, 8, 7, 15);
	SCALAR_IS(&d, fm_key(&d, "role"), "role", YS_PLAIN, 2, 1, 41, 45);
	SCALAR_IS(&d, fm_get(&d, "role"), "mentee", YS_PLAIN, 2, 7, 47, 53);
	ck_assert_uint_eq(fm_get(&d, "needs")->line, 4);
	ck_assert_uint_eq(fm_get(&d, "needs")->nkids, 2);
	ck_assert_uint_eq(d.ntasks, 0);
	doc_free(&d);

	/* Errors count lines from 1 too. */
	ck_assert_int_eq(parse_yaml(&d, "a: 1\nb: 2\na: 3\n", &e), EX_DATAERR);
	ck_assert_str_eq(e.msg, "duplicate key 'a' (first on line 1)");
	ck_assert_uint_eq(e.line, 3);
	ck_assert_uint_eq(e.col, 1);
	doc_free(&d);

	ck_assert_int_eq(parse_yaml(&d, "a: 1\n\tb: 2\n", &e), EX_DATAERR);
	ck_assert_uint_eq(e.line, 2);
	ck_assert_uint_eq(e.col, 1);
	doc_free(&d);

	/* An empty file is an empty mapping; a list is not a mapping. */
	ck_assert_int_eq(parse_yaml(&d, "", &e), 0);
	ck_assert_uint_eq(d.fm->nkids, 0);
	doc_free(&d);
	ck_assert_int_eq(parse_yaml(&d, "- a\n", &e), EX_DATAERR);
	ck_assert_str_eq(e.msg,
	    "front matter is not a mapping of keys to values");
	doc_free(&d);

	/* CRLF is noticed. */
	ck_assert_int_eq(parse_yaml(&d, "a: 1\r\nb: 2\r\n", &e), 0);
	ck_assert_int_eq(d.crlf, 1);
	ck_assert_str_eq(fm_str(&d, "b"), "2");
	ck_assert_uint_eq(fm_get(&d, "b")->line, 2);
	doc_free(&d);
}
END_TEST

START_TEST(test_line_at)
{
	struct doc	 d;
	struct doc_error e;

	ck_assert_int_eq(parse(&d, "---\na: 1\r\n---\nx\n\ny", &e), 0);
	ck_assert_uint_eq(doc_line_at(&d, 0), 1);
	ck_assert_uint_eq(doc_line_at(&d, 3), 1);	/* the \n itself */
	ck_assert_uint_eq(doc_line_at(&d, 4), 2);
	ck_assert_uint_eq(doc_line_at(&d, 9), 2);	/* the \n after \r */
	ck_assert_uint_eq(doc_line_at(&d, 10), 3);
	ck_assert_uint_eq(doc_line_at(&d, 14), 4);
	ck_assert_uint_eq(doc_line_at(&d, 16), 5);
	ck_assert_uint_eq(doc_line_at(&d, 17), 6);
	ck_assert_uint_eq(doc_line_at(&d, d.len), 6);
	doc_free(&d);
}
END_TEST

START_TEST(test_arena)
{
	struct doc	 d;
	struct doc_error e;
	char		*p, *big;
	size_t		 i;

	ck_assert_int_eq(parse(&d, "---\n---\n", &e), 0);
	p = doc_strndup(&d, "abcdef", 3);
	ck_assert_str_eq(p, "abc");
	/* Larger than a chunk, then many small ones. */
	big = doc_alloc(&d, 100000);
	memset(big, 'z', 100000);
	for (i = 0; i < 10000; i++) {
		char *q = doc_strndup(&d, "0123456789", i % 11);
		void *o = doc_alloc(&d, i % 13 + 1);

		ck_assert_uint_eq(strlen(q), i % 11);
		/* Objects are aligned for pointers and doubles; text packs. */
		ck_assert_uint_eq((uintptr_t)o % _Alignof(void *), 0);
		ck_assert_uint_eq((uintptr_t)o % _Alignof(double), 0);
		memset(o, 'o', i % 13 + 1);
	}
	ck_assert_str_eq(p, "abc");
	ck_assert_int_eq(big[99999], 'z');
	doc_free(&d);
}
END_TEST

static Suite *
record_suite(void)
{
	Suite	*s = suite_create("record");
	TCase	*tc = tcase_create("parse");
	TCase	*tl = tcase_create("load");

	tcase_add_test(tc, test_plain);
	tcase_add_test(tc, test_body);
	tcase_add_test(tc, test_bom);
	tcase_add_test(tc, test_crlf);
	tcase_add_test(tc, test_comments);
	tcase_add_test(tc, test_empty);
	tcase_add_test(tc, test_dots);
	tcase_add_test(tc, test_unclosed);
	tcase_add_test(tc, test_no_opening);
	tcase_add_test(tc, test_tabs);
	tcase_add_test(tc, test_bad_yaml);
	tcase_add_test(tc, test_unicode);
	tcase_add_test(tc, test_yaml_breaks);
	tcase_add_test(tc, test_lists);
	tcase_add_test(tc, test_nested);
	tcase_add_test(tc, test_anchors);
	tcase_add_test(tc, test_tags_documents);
	tcase_add_test(tc, test_depth);
	tcase_add_test(tc, test_duplicate);
	tcase_add_test(tc, test_duplicate_many);
	tcase_add_test(tc, test_not_mapping);
	tcase_add_test(tc, test_nul);
	tcase_add_test(tc, test_utf8);
	tcase_add_test(tc, test_block_scalars);
	tcase_add_test(tc, test_quoted);
	tcase_add_test(tc, test_plain_yaml);
	tcase_add_test(tc, test_line_at);
	tcase_add_test(tc, test_arena);
	suite_add_tcase(s, tc);
	tcase_add_test(tl, test_load);
	tcase_add_test(tl, test_too_big);
	tcase_add_test(tl, test_many_keys_linear);
	tcase_set_timeout(tl, 30);
	suite_add_tcase(s, tl);
	return s;
}

int
main(int argc, char *argv[])
{
	SRunner	*sr = srunner_create(record_suite());
	int	 failed;

	(void)argc;
	progname_set(argv);

	srunner_set_tap(sr, "-");
	srunner_run_all(sr, CK_SILENT);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? 0 : 1;
}
