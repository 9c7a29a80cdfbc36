#include "config.h"

#include <check.h>
#include <fcntl.h>
#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "mentor.h"
#include "fixture.h"

/*
 * Output is captured with open_memstream: mem_open() starts a capture,
 * mem_close() ends it and returns what was written (freed by the next
 * mem_open or by the test's end).
 */
static char	*mem_buf;
static size_t	 mem_len;

static FILE *
mem_open(void)
{
	FILE	*f;

	free(mem_buf);
	mem_buf = NULL;
	mem_len = 0;
	f = open_memstream(&mem_buf, &mem_len);
	ck_assert_ptr_nonnull(f);
	return f;
}

static const char *
mem_close(FILE *f)
{
	ck_assert_int_eq(fclose(f), 0);
	return mem_buf;
}

static void
mem_teardown(void)
{
	free(mem_buf);
	mem_buf = NULL;
	mem_len = 0;
}

static size_t
w(const char *s)
{
	return utf8_width(s, strlen(s));
}

/* fmt */

START_TEST(test_fmt_round_trip)
{
	int	 i;

	for (i = FMT_TEXT; i <= FMT_ICS; i++)
		ck_assert_int_eq(fmt_parse(fmt_name(i)), i);
	ck_assert_int_eq(fmt_parse("text"), FMT_TEXT);
	ck_assert_int_eq(fmt_parse("paths"), FMT_PATHS);
	ck_assert_int_eq(fmt_parse("tsv"), FMT_TSV);
	ck_assert_int_eq(fmt_parse("json"), FMT_JSON);
	ck_assert_int_eq(fmt_parse("jsonl"), FMT_JSONL);
	ck_assert_int_eq(fmt_parse("md"), FMT_MD);
	ck_assert_int_eq(fmt_parse("html"), FMT_HTML);
	ck_assert_int_eq(fmt_parse("ics"), FMT_ICS);
	ck_assert_str_eq(fmt_name(FMT_JSONL), "jsonl");
	ck_assert_str_eq(fmt_name(FMT_MD), "md");
	ck_assert_int_eq(fmt_parse("JSON"), FMT_NONE);
	ck_assert_int_eq(fmt_parse("js"), FMT_NONE);
	ck_assert_int_eq(fmt_parse("jsonl "), FMT_NONE);
	ck_assert_int_eq(fmt_parse(""), FMT_NONE);
	ck_assert_int_eq(fmt_parse("none"), FMT_NONE);
	ck_assert_int_eq(fmt_parse(NULL), FMT_NONE);
	ck_assert_str_eq(fmt_name(FMT_NONE), "none");
	ck_assert_str_eq(fmt_name(FMT_ICS + 1), "none");
	ck_assert_str_eq(fmt_name(-1), "none");
}
END_TEST

/* utf8_width */

START_TEST(test_width_ascii)
{
	ck_assert_ptr_nonnull(setlocale(LC_ALL, "C"));
	ck_assert_uint_eq(w(""), 0);
	ck_assert_uint_eq(w("a"), 1);
	ck_assert_uint_eq(w("hello, world"), 12);
	ck_assert_uint_eq(utf8_width("hello", 3), 3);
	ck_assert_uint_eq(utf8_width("a\0b", 3), 2);
	/* C0 controls and DEL take no column */
	ck_assert_uint_eq(w("a\tb\n"), 2);
	ck_assert_uint_eq(w("\033[31m"), 4);
	ck_assert_uint_eq(w("\x7f"), 0);
}
END_TEST

START_TEST(test_width_latin)
{
	ck_assert_ptr_nonnull(setlocale(LC_ALL, "C"));
	ck_assert_uint_eq(w("caf\xc3\xa9"), 4);		/* precomposed é */
	ck_assert_uint_eq(w("cafe\xcc\x81"), 4);	/* e + U+0301 */
	ck_assert_uint_eq(w("\xc3\x85ngstr\xc3\xb6m"), 8);
	ck_assert_uint_eq(w("A\xcc\x8a\xcc\xa3"), 1);	/* two marks */
	ck_assert_uint_eq(w("\xc3\x9f\xc5\x82\xc3\xa6"), 3);	/* ßłæ */
	ck_assert_uint_eq(w("x\xc2\xady"), 3);		/* soft hyphen */
	ck_assert_uint_eq(w("\xc2\xa0"), 1);		/* no-break space */
	ck_assert_uint_eq(w("\xc2\x85"), 0);		/* C1 control */
	ck_assert_uint_eq(w("\xe2\x80\x8b"), 0);	/* zero width space */
	ck_assert_uint_eq(w("\xef\xbb\xbf"), 0);	/* BOM */
	ck_assert_uint_eq(w("\xd7\xa9\xd7\x81"), 1);	/* shin + shin dot */
	ck_assert_uint_eq(w("\xe0\xb8\x81\xe0\xb8\xb1"), 1);	/* Thai + U+0E31 */
	ck_assert_uint_eq(w("\xe2\x82\xac"), 1);	/* euro sign */
}
END_TEST

START_TEST(test_width_cjk)
{
	ck_assert_ptr_nonnull(setlocale(LC_ALL, "C"));
	ck_assert_uint_eq(w("\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), 6);
	ck_assert_uint_eq(w("\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), 6);
	ck_assert_uint_eq(utf8_width("\xe6\x97\xa5\xe6\x9c\xac", 3), 2);
	ck_assert_uint_eq(w("a\xe4\xb8\xad" "b"), 4);
	ck_assert_uint_eq(w("\xe3\x80\x80"), 2);	/* ideographic space */
	ck_assert_uint_eq(w("\xe3\x81\x82"), 2);	/* hiragana a */
	ck_assert_uint_eq(w("\xef\xbc\xa1"), 2);	/* fullwidth A */
	ck_assert_uint_eq(w("\xef\xbd\xb1"), 1);	/* halfwidth katakana */
	ck_assert_uint_eq(w("\xef\xbf\xa5"), 2);	/* fullwidth yen */
	ck_assert_uint_eq(w("\xf0\xa0\x80\x80"), 2);	/* U+20000 */
	ck_assert_uint_eq(w("\xf0\xb0\x80\x80"), 2);	/* U+30000 */
	ck_assert_uint_eq(w("\xea\x80\x80"), 2);	/* U+A000 Yi */
	ck_assert_uint_eq(w("\xe4\xb7\x80"), 1);	/* U+4DC0 hexagram */
	/* the dakuten combining mark inside the kana block takes none */
	ck_assert_uint_eq(w("\xe3\x81\x8b\xe3\x82\x99"), 2);
}
END_TEST

/* utf8_fit: the longest prefix within a width, cut between characters */
static size_t
fitw(const char *s, size_t w, size_t *width)
{
	return utf8_fit(s, strlen(s), w, width);
}

START_TEST(test_fit)
{
	size_t	 cw = 99;

	ck_assert_uint_eq(fitw("hello", 10, &cw), 5);
	ck_assert_uint_eq(cw, 5);
	ck_assert_uint_eq(fitw("hello", 5, &cw), 5);
	ck_assert_uint_eq(fitw("hello", 3, &cw), 3);
	ck_assert_uint_eq(cw, 3);
	ck_assert_uint_eq(fitw("hello", 0, &cw), 0);
	ck_assert_uint_eq(cw, 0);
	ck_assert_uint_eq(fitw("", 4, NULL), 0);
	/* a wide character that would straddle the edge is left out */
	ck_assert_uint_eq(fitw("a\xe6\x97\xa5" "b", 2, &cw), 1);
	ck_assert_uint_eq(cw, 1);
	ck_assert_uint_eq(fitw("a\xe6\x97\xa5" "b", 3, &cw), 4);
	ck_assert_uint_eq(cw, 3);
	/* a combining mark stays with its letter */
	ck_assert_uint_eq(fitw("cafe\xcc\x81!", 4, &cw), 6);
	ck_assert_uint_eq(cw, 4);
	/* multi-byte characters are never split */
	ck_assert_uint_eq(fitw("\xc3\xa9t\xc3\xa9", 2, &cw), 3);
	ck_assert_uint_eq(fitw("\xf0\x9f\x98\x80x", 1, &cw), 0);
	ck_assert_uint_eq(cw, 0);
	/* controls take no column; invalid bytes one each */
	ck_assert_uint_eq(fitw("a\tb", 2, &cw), 3);
	ck_assert_uint_eq(fitw("\xff\xfe" "a", 2, &cw), 2);
	/* stops at n even without a NUL */
	ck_assert_uint_eq(utf8_fit("abcdef", 3, 10, &cw), 3);
	ck_assert_uint_eq(cw, 3);
}
END_TEST

/* fit agrees with width on every prefix of a mixed text */
START_TEST(test_fit_agrees)
{
	const char	*s = "x\xe4\xb8\xad\xcc\x81y \xc3\xa9\xf0\x9f\x98\x80z\t!";
	size_t		 n = strlen(s), w, k, cw;

	for (w = 0; w <= utf8_width(s, n) + 1; w++) {
		k = utf8_fit(s, n, w, &cw);
		ck_assert_uint_le(cw, w);
		ck_assert_uint_eq(cw, utf8_width(s, k));
		/* one more character would not fit */
		if (k < n) {
			size_t j = k + 1;

			while (j < n && ((unsigned char)s[j] & 0xC0) == 0x80)
				j++;
			ck_assert_uint_gt(utf8_width(s, j), w);
		}
	}
}
END_TEST

/*
 * Long lines: printable ASCII goes eight bytes at a time; any other byte
 * (a control, DEL, a tab, UTF-8, an invalid byte), at any place in the
 * word, and the boundaries of the printable range, must still count as
 * utf8_width has them.
 */
START_TEST(test_fit_long)
{
	static const char *const odd[] = { "\t", "\x7f", "\x01", "\x1f",
	    "\xc3\xa9", "\xe6\x97\xa5", "\xff", " ~", "\xf0\x9f\x98\x80",
	    "e\xcc\x81", "" };
	char		 s[64];
	size_t		 o, at, n, w, k, cw, j;

	for (o = 0; o < sizeof(odd) / sizeof(odd[0]); o++)
		for (at = 0; at <= 24; at++) {
			memset(s, 0, sizeof(s));
			memset(s, 'a' + (int)(at % 26), 24);
			memcpy(s + at, odd[o], strlen(odd[o]));
			memset(s + at + strlen(odd[o]), 'z', 24 - at);
			n = strlen(s);
			for (w = 0; w <= n + 1; w++) {
				k = utf8_fit(s, n, w, &cw);
				ck_assert_uint_le(cw, w);
				ck_assert_uint_eq(cw, utf8_width(s, k));
				if (k == n)
					continue;
				/* One more character would not fit. */
				for (j = k + 1; j < n &&
				    ((unsigned char)s[j] & 0xC0) == 0x80; j++)
					;
				ck_assert_msg(utf8_width(s, j) > w,
				    "odd %zu at %zu, width %zu: stopped at %zu",
				    o, at, w, k);
			}
		}
}
END_TEST

START_TEST(test_width_hangul)
{
	ck_assert_ptr_nonnull(setlocale(LC_ALL, "C"));
	ck_assert_uint_eq(w("\xed\x95\x9c\xea\xb5\xad\xec\x96\xb4"), 6);
	ck_assert_uint_eq(w("\xea\xb0\x80"), 2);	/* U+AC00 */
	ck_assert_uint_eq(w("\xed\x9e\xa3"), 2);	/* U+D7A3 */
	ck_assert_uint_eq(w("\xed\x9e\xa4"), 1);	/* U+D7A4 */
	/* a conjoining jamo syllable: leading consonant, vowel, final */
	ck_assert_uint_eq(w("\xe1\x84\x80\xe1\x85\xa1\xe1\x86\xa8"), 2);
	ck_assert_uint_eq(w("\xe3\x84\xb1"), 2);	/* compatibility jamo */
}
END_TEST

START_TEST(test_width_emoji)
{
	ck_assert_ptr_nonnull(setlocale(LC_ALL, "C"));
	ck_assert_uint_eq(w("\xf0\x9f\x98\x80"), 2);	/* U+1F600 */
	ck_assert_uint_eq(w("\xf0\x9f\x9a\x80"), 2);	/* U+1F680 */
	ck_assert_uint_eq(w("\xf0\x9f\xa4\x94"), 2);	/* U+1F914 */
	ck_assert_uint_eq(w("\xf0\x9f\x80\x84"), 2);	/* U+1F004 */
	ck_assert_uint_eq(w("\xe2\x8c\x9a"), 2);	/* U+231A watch */
	ck_assert_uint_eq(w("\xe2\x9c\x85"), 2);	/* U+2705 */
	ck_assert_uint_eq(w("\xe2\x98\x83"), 1);	/* U+2603 snowman */
	ck_assert_uint_eq(w("\xe2\x9d\xa4\xef\xb8\x8f"), 1);	/* ❤ + VS16 */
	/* ZWJ takes nothing; each joined emoji is measured on its own */
	ck_assert_uint_eq(w("\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x92\xbb"),
	    4);
	ck_assert_uint_eq(w("\xe2\x80\x8d"), 0);
	ck_assert_uint_eq(w("\xf3\xa0\x84\x80"), 0);	/* U+E0100 */
	ck_assert_uint_eq(w("\xe2\x96\x88\xe2\x96\x81"), 2);	/* blocks */
}
END_TEST

START_TEST(test_width_invalid)
{
	ck_assert_ptr_nonnull(setlocale(LC_ALL, "C"));
	ck_assert_uint_eq(w("a\xff" "b"), 3);
	ck_assert_uint_eq(w("\x80\x80\x80"), 3);
	ck_assert_uint_eq(w("\xc0\x80"), 2);		/* overlong */
	ck_assert_uint_eq(w("\xe0\x80\x80"), 3);	/* overlong */
	ck_assert_uint_eq(w("\xed\xa0\x80"), 3);	/* surrogate */
	ck_assert_uint_eq(w("\xf4\x90\x80\x80"), 4);	/* beyond U+10FFFF */
	ck_assert_uint_eq(w("\xe6\x97"), 2);		/* truncated */
	ck_assert_uint_eq(utf8_width("\xe6\x97\xa5", 2), 2);
	ck_assert_uint_eq(w("\xe6\x97x"), 3);
	ck_assert_uint_eq(w("\xe6\x97\xe6\x97\xa5"), 4);
}
END_TEST

/* utf8_valid */

static int
valid(const char *s, size_t n, size_t *bad)
{
	*bad = 999;
	return utf8_valid(s, n, bad);
}

START_TEST(test_utf8_valid)
{
	size_t	 bad;

	ck_assert_int_eq(valid("", 0, &bad), 1);
	ck_assert_uint_eq(bad, 999);
	ck_assert_int_eq(valid("plain", 5, &bad), 1);
	ck_assert_int_eq(valid("a\0b", 3, &bad), 1);
	ck_assert_int_eq(valid("caf\xc3\xa9", 5, &bad), 1);
	ck_assert_int_eq(valid("\xe6\x97\xa5", 3, &bad), 1);
	ck_assert_int_eq(valid("\xf0\x9f\x98\x80", 4, &bad), 1);
	ck_assert_int_eq(valid("\xf0\x90\x80\x80", 4, &bad), 1);	/* 10000 */
	ck_assert_int_eq(valid("\xf4\x8f\xbf\xbf", 4, &bad), 1);	/* 10FFFF */
	ck_assert_int_eq(valid("\xed\x9f\xbf", 3, &bad), 1);		/* D7FF */
	ck_assert_int_eq(valid("\xee\x80\x80", 3, &bad), 1);		/* E000 */
	ck_assert_int_eq(valid("\xc2\x80", 2, &bad), 1);
	ck_assert_int_eq(valid("\xe0\xa0\x80", 3, &bad), 1);		/* 0800 */
	ck_assert_int_eq(valid("\xef\xbf\xbf", 3, &bad), 1);		/* FFFF */

	ck_assert_int_eq(valid("\xc0\x80", 2, &bad), 0);
	ck_assert_uint_eq(bad, 0);
	ck_assert_int_eq(valid("\xc1\xbf", 2, &bad), 0);
	ck_assert_uint_eq(bad, 0);
	ck_assert_int_eq(valid("ab\xe0\x80\x80", 5, &bad), 0);
	ck_assert_uint_eq(bad, 2);
	ck_assert_int_eq(valid("\xe0\x9f\xbf", 3, &bad), 0);
	ck_assert_uint_eq(bad, 0);
	ck_assert_int_eq(valid("x\xed\xa0\x80", 4, &bad), 0);
	ck_assert_uint_eq(bad, 1);
	ck_assert_int_eq(valid("\xed\xbf\xbf", 3, &bad), 0);
	ck_assert_uint_eq(bad, 0);
	ck_assert_int_eq(valid("\xf0\x8f\xbf\xbf", 4, &bad), 0);
	ck_assert_uint_eq(bad, 0);
	ck_assert_int_eq(valid("abc\xf4\x90\x80\x80", 7, &bad), 0);
	ck_assert_uint_eq(bad, 3);
	ck_assert_int_eq(valid("\xf5\x80\x80\x80", 4, &bad), 0);
	ck_assert_uint_eq(bad, 0);
	ck_assert_int_eq(valid("\xff", 1, &bad), 0);
	ck_assert_uint_eq(bad, 0);
	ck_assert_int_eq(valid("abc\x80", 4, &bad), 0);
	ck_assert_uint_eq(bad, 3);
	/* truncated: at the end of the text, or cut short by another byte */
	ck_assert_int_eq(valid("a\xe6\x97", 3, &bad), 0);
	ck_assert_uint_eq(bad, 1);
	ck_assert_int_eq(valid("\xe6\x97\xa5\xe6", 4, &bad), 0);
	ck_assert_uint_eq(bad, 3);
	ck_assert_int_eq(valid("\xf0\x9f\x98" "a", 4, &bad), 0);
	ck_assert_uint_eq(bad, 0);
	ck_assert_int_eq(valid("\xf0\x9f\x98\x80", 3, &bad), 0);
	ck_assert_uint_eq(bad, 0);
	ck_assert_int_eq(valid("\xc3\xa9\xc3", 3, &bad), 0);
	ck_assert_uint_eq(bad, 2);
	/* the first bad byte is reported, not a later one */
	ck_assert_int_eq(valid("\xc3\xa9\xff\xff", 4, &bad), 0);
	ck_assert_uint_eq(bad, 2);
	/* bad may be NULL */
	ck_assert_int_eq(utf8_valid("\xff", 1, NULL), 0);
	ck_assert_int_eq(utf8_valid("ok", 2, NULL), 1);
}
END_TEST

/*
 * Long text is skipped 32 and 8 bytes at a time: a stray byte, a good
 * sequence and a truncated one at every offset of 100 bytes of ASCII.
 */
START_TEST(test_utf8_valid_long)
{
	char	 s[101];
	size_t	 i, bad;

	for (i = 0; i < 100; i++) {
		memset(s, 'a', 100);
		s[i] = (char)0x80;
		ck_assert_int_eq(valid(s, 100, &bad), 0);
		ck_assert_uint_eq(bad, i);
		s[i] = (char)0xff;
		ck_assert_int_eq(valid(s, 100, &bad), 0);
		ck_assert_uint_eq(bad, i);
		if (i + 2 <= 100) {
			memcpy(s + i, "\xc3\xa9", 2);
			ck_assert_int_eq(valid(s, 100, &bad), 1);
			/* ...and a bad byte after it, anywhere. */
			if (i + 40 < 100) {
				s[i + 40] = (char)0xc3;
				ck_assert_int_eq(valid(s, 100, &bad), 0);
				ck_assert_uint_eq(bad, i + 40);
			}
		}
		memset(s, 'a', 100);
		memcpy(s + 97, "\xe6\x97\xa5", 3);
		ck_assert_int_eq(valid(s, 100, &bad), 1);
		ck_assert_int_eq(valid(s, 99, &bad), 0);
		ck_assert_uint_eq(bad, 97);
	}
}
END_TEST

START_TEST(test_locale_utf8_yes)
{
	setenv("LC_ALL", "C.UTF-8", 1);
	ck_assert_int_eq(locale_utf8(), 1);
	/* the answer is cached: the locale is looked at once */
	setenv("LC_ALL", "C", 1);
	ck_assert_int_eq(locale_utf8(), 1);
}
END_TEST

START_TEST(test_locale_utf8_no)
{
	setenv("LC_ALL", "C", 1);
	ck_assert_int_eq(locale_utf8(), 0);
}
END_TEST

/* colour */

START_TEST(test_color_parse)
{
	ck_assert_int_eq(color_parse(NULL), COLOR_ALWAYS);
	ck_assert_int_eq(color_parse("always"), COLOR_ALWAYS);
	ck_assert_int_eq(color_parse("yes"), COLOR_ALWAYS);
	ck_assert_int_eq(color_parse("force"), COLOR_ALWAYS);
	ck_assert_int_eq(color_parse("auto"), COLOR_AUTO);
	ck_assert_int_eq(color_parse("tty"), COLOR_AUTO);
	ck_assert_int_eq(color_parse("if-tty"), COLOR_AUTO);
	ck_assert_int_eq(color_parse("never"), COLOR_NEVER);
	ck_assert_int_eq(color_parse("no"), COLOR_NEVER);
	ck_assert_int_eq(color_parse("none"), COLOR_NEVER);
	ck_assert_int_eq(color_parse(""), -1);
	ck_assert_int_eq(color_parse("Always"), -1);
	ck_assert_int_eq(color_parse("sometimes"), -1);
	ck_assert_int_eq(color_parse("alwaysx"), -1);
}
END_TEST

START_TEST(test_color_enabled)
{
	int	 p[2], tty, master;

	ck_assert_int_eq(pipe(p), 0);
	unsetenv("NO_COLOR");
	setenv("TERM", "xterm-256color", 1);

	ck_assert_int_eq(color_enabled(COLOR_NEVER, p[1]), 0);
	ck_assert_int_eq(color_enabled(COLOR_ALWAYS, p[1]), 1);
	ck_assert_int_eq(color_enabled(COLOR_AUTO, p[1]), 0);
	setenv("NO_COLOR", "1", 1);
	ck_assert_int_eq(color_enabled(COLOR_ALWAYS, p[1]), 1);
	ck_assert_int_eq(color_enabled(COLOR_AUTO, p[1]), 0);
	setenv("TERM", "dumb", 1);
	ck_assert_int_eq(color_enabled(COLOR_ALWAYS, p[1]), 1);

	if ((tty = fx_tty(&master)) != -1) {
		ck_assert_int_eq(isatty(tty), 1);
		setenv("TERM", "xterm", 1);
		unsetenv("NO_COLOR");
		ck_assert_int_eq(color_enabled(COLOR_AUTO, tty), 1);
		ck_assert_int_eq(color_enabled(COLOR_NEVER, tty), 0);
		setenv("NO_COLOR", "", 1);		/* empty: not set */
		ck_assert_int_eq(color_enabled(COLOR_AUTO, tty), 1);
		setenv("NO_COLOR", "0", 1);		/* any value counts */
		ck_assert_int_eq(color_enabled(COLOR_AUTO, tty), 0);
		unsetenv("NO_COLOR");
		setenv("TERM", "dumb", 1);
		ck_assert_int_eq(color_enabled(COLOR_AUTO, tty), 0);
		unsetenv("TERM");
		ck_assert_int_eq(color_enabled(COLOR_AUTO, tty), 0);
		setenv("TERM", "", 1);
		ck_assert_int_eq(color_enabled(COLOR_AUTO, tty), 0);
		ck_assert_int_eq(color_enabled(COLOR_ALWAYS, tty), 1);
		close(tty);
		close(master);
	}
	close(p[0]);
	close(p[1]);
}
END_TEST

/* table */

/* Fail when any line of s ends in white space. */
static void
no_trailing_space(const char *s)
{
	const char	*nl;

	for (; (nl = strchr(s, '\n')) != NULL; s = nl + 1)
		if (nl > s)
			ck_assert_msg(nl[-1] != ' ' && nl[-1] != '\t',
			    "trailing white space in '%.*s'", (int)(nl - s), s);
}

static void
mixed_table(struct table *t)
{
	static const char *const head[] = { "ID", "NAME", "N" };
	static const char *const r1[] = { "a",
	    "\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e", "5" };
	static const char *const r2[] = { "bb", "x", "120" };
	static const char *const r3[] = { "c", ("\xef\xbc\xa1" "b"), "" };
	static const char *const r4[] = { "caf\xc3\xa9", "", "7" };

	table_init(t, 3, head);
	t->right[2] = 1;
	table_add(t, r1);
	table_add(t, r2);
	table_add(t, r3);
	table_add(t, r4);
}

START_TEST(test_table_mixed)
{
	struct table	 t;
	FILE		*f;
	const char	*out;

	mixed_table(&t);
	f = mem_open();
	table_print(&t, f, 0);
	out = mem_close(f);
	ck_assert_str_eq(out,
	    "ID    NAME      N\n"
	    "a     \xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e    5\n"
	    "bb    x       120\n"
	    "c     \xef\xbc\xa1" "b\n"
	    "caf\xc3\xa9            7\n");
	no_trailing_space(out);
	table_release(&t);
	ck_assert_ptr_null(t.cells);
	ck_assert_uint_eq(t.nrows, 0);
}
END_TEST

START_TEST(test_table_color)
{
	static const char *const head[] = { "WHO", "STATUS", "NOTE" };
	static const char *const r1[] = { "jane", "active", "ok" };
	static const char *const r2[] = { "bob", "paused", "" };
	static const char *const r3[] = { "al", "", "x" };
	struct table	 t;
	FILE		*f;

	table_init(&t, 3, head);
	table_add(&t, r1);
	table_color(&t, 1, "32");
	table_add(&t, r2);
	table_color(&t, 1, "1;33");
	table_color(&t, 2, "31");	/* an empty cell stays plain */
	table_add(&t, r3);
	table_color(&t, 1, "35");
	table_color(&t, 9, "35");	/* no such column: ignored */

	f = mem_open();
	table_print(&t, f, 1);
	ck_assert_str_eq(mem_close(f),
	    "\033[1mWHO   STATUS  NOTE\033[0m\n"
	    "jane  \033[32mactive\033[0m  ok\n"
	    "bob   \033[1;33mpaused\033[0m\n"
	    "al            x\n");
	no_trailing_space(mem_buf);

	f = mem_open();
	table_print(&t, f, 0);
	ck_assert_str_eq(mem_close(f),
	    "WHO   STATUS  NOTE\n"
	    "jane  active  ok\n"
	    "bob   paused\n"
	    "al            x\n");
	table_release(&t);
}
END_TEST

START_TEST(test_table_right_color)
{
	static const char *const r1[] = { "a", "7" };
	static const char *const r2[] = { "bbb", "1234" };
	struct table	 t;
	FILE		*f;

	/* no header; a right-aligned last column pads on its left only */
	table_init(&t, 2, NULL);
	t.right[1] = 1;
	table_add(&t, r1);
	table_color(&t, 1, "31");
	table_add(&t, r2);
	f = mem_open();
	table_print(&t, f, 1);
	ck_assert_str_eq(mem_close(f),
	    "a       \033[31m7\033[0m\n"
	    "bbb  1234\n");
	table_release(&t);
}
END_TEST

START_TEST(test_table_controls)
{
	static const char *const head[] = { "A", "B" };
	static const char *const r1[] = { "x\ty", "1\n2\r3" };
	static const char *const r2[] = { "\033[31mred", "tail\t\n" };
	static const char *const r3[] = { "c1\xc2\x9b" "z\x7f", NULL };
	static const char *const r4[] = { NULL, "  " };
	struct table	 t;
	FILE		*f;

	table_init(&t, 2, head);
	table_add(&t, r1);
	table_add(&t, r2);
	table_add(&t, r3);
	table_add(&t, r4);
	f = mem_open();
	table_print(&t, f, 0);
	ck_assert_str_eq(mem_close(f),
	    "A         B\n"
	    "x y       1 2 3\n"
	    " [31mred  tail\n"
	    "c1 z\n"
	    "\n");
	no_trailing_space(mem_buf);
	ck_assert_ptr_null(strchr(mem_buf, '\033'));
	ck_assert_ptr_null(strchr(mem_buf, '\t'));
	table_release(&t);
}
END_TEST

START_TEST(test_table_reuse)
{
	static const char *const head[] = { "K", "V" };
	static const char *const row[] = { "key", "value" };
	struct table	 t;
	FILE		*f;
	char		 cell[16];
	const char	*r[2];
	size_t		 i;

	/* the header is copied, so the caller's strings may change */
	table_init(&t, 2, head);
	table_release(&t);
	table_init(&t, 2, NULL);
	table_add(&t, row);
	table_release(&t);

	table_init(&t, 2, head);
	r[0] = cell;
	r[1] = "v";
	for (i = 0; i < 100; i++) {
		snprintf(cell, sizeof(cell), "%zu", i * 10);
		table_add(&t, r);
	}
	ck_assert_uint_eq(t.nrows, 100);
	ck_assert_str_eq(t.cells[0], "0");
	ck_assert_str_eq(t.cells[99 * 2], "990");
	f = mem_open();
	table_print(&t, f, 0);
	mem_close(f);
	ck_assert_int_eq(strncmp(mem_buf, "K    V\n0    v\n10   v\n", 21), 0);
	ck_assert_str_eq(mem_buf + mem_len - 7, "990  v\n");
	table_release(&t);

	/* an empty table with a header prints the header alone */
	table_init(&t, 2, head);
	f = mem_open();
	table_print(&t, f, 1);
	ck_assert_str_eq(mem_close(f), "\033[1mK  V\033[0m\n");
	table_release(&t);

	table_init(&t, 2, NULL);
	f = mem_open();
	table_print(&t, f, 1);
	ck_assert_str_eq(mem_close(f), "");
	table_release(&t);
}
END_TEST

/* tsv, paths */

START_TEST(test_tsv)
{
	static const char *const row[] = { "a", NULL, "b c", "t\tn\nr\rs\\" };
	FILE	*f;

	f = mem_open();
	tsv_put(f, "plain");
	ck_assert_str_eq(mem_close(f), "plain");
	f = mem_open();
	tsv_put(f, "a\\b\tc\nd\re\\\\");
	ck_assert_str_eq(mem_close(f), "a\\\\b\\tc\\nd\\re\\\\\\\\");
	f = mem_open();
	tsv_put(f, NULL);
	tsv_put(f, "");
	ck_assert_str_eq(mem_close(f), "");
	f = mem_open();
	tsv_put(f, "caf\xc3\xa9 \xe6\x97\xa5");
	ck_assert_str_eq(mem_close(f), "caf\xc3\xa9 \xe6\x97\xa5");
	f = mem_open();
	tsv_row(f, row, 4);
	tsv_row(f, row, 1);
	tsv_row(f, row, 0);
	ck_assert_str_eq(mem_close(f),
	    "a\t\tb c\tt\\tn\\nr\\rs\\\\\n" "a\n" "\n");
}
END_TEST

START_TEST(test_path_put)
{
	FILE	*f;

	f = mem_open();
	path_put(f, "log/2026/a b.md", 0);
	path_put(f, "people/x.md", 0);
	ck_assert_str_eq(mem_close(f), "log/2026/a b.md\npeople/x.md\n");
	f = mem_open();
	path_put(f, "a\nb", 1);
	path_put(f, "c", 1);
	mem_close(f);
	ck_assert_uint_eq(mem_len, 6);
	ck_assert_int_eq(memcmp(mem_buf, "a\nb\0c\0", 6), 0);
}
END_TEST

/* json */

START_TEST(test_json_nesting)
{
	struct json	 j;
	FILE		*f;

	f = mem_open();
	json_init(&j, f);
	json_obj(&j);
	json_key(&j, "a");
	json_int(&j, 1);
	json_key(&j, "b");
	json_arr(&j);
	json_bool(&j, 1);
	json_null(&j);
	json_str(&j, "x");
	json_arr_end(&j);
	json_key(&j, "c");
	json_obj(&j);
	json_key(&j, "d");
	json_bool(&j, 0);
	json_key(&j, "e");
	json_arr(&j);
	json_arr_end(&j);
	json_key(&j, "f");
	json_arr(&j);
	json_obj(&j);
	json_obj_end(&j);
	json_obj(&j);
	json_key(&j, "g");
	json_int(&j, -42);
	json_obj_end(&j);
	json_arr(&j);
	json_int(&j, 0);
	json_arr_end(&j);
	json_arr_end(&j);
	json_obj_end(&j);
	json_key(&j, "h");
	json_obj(&j);
	json_obj_end(&j);
	json_key(&j, "i");
	json_int(&j, LLONG_MIN);
	json_key(&j, "k");
	json_int(&j, LLONG_MAX);
	json_obj_end(&j);
	json_end(&j);
	ck_assert_int_eq(j.depth, 0);
	ck_assert_str_eq(mem_close(f),
	    "{\"a\":1,\"b\":[true,null,\"x\"],\"c\":{\"d\":false,\"e\":[],"
	    "\"f\":[{},{\"g\":-42},[0]]},\"h\":{},"
	    "\"i\":-9223372036854775808,\"k\":9223372036854775807}\n");
}
END_TEST

START_TEST(test_json_lines)
{
	struct json	 j;
	FILE		*f;
	int		 i;

	f = mem_open();
	json_init(&j, f);
	for (i = 1; i <= 3; i++) {
		json_obj(&j);
		json_key(&j, "n");
		json_int(&j, i);
		json_obj_end(&j);
		json_end(&j);
	}
	json_arr(&j);
	json_arr_end(&j);
	json_end(&j);
	json_str(&j, "top");
	json_end(&j);
	ck_assert_str_eq(mem_close(f),
	    "{\"n\":1}\n{\"n\":2}\n{\"n\":3}\n[]\n\"top\"\n");
}
END_TEST

START_TEST(test_json_escape)
{
	struct json	 j;
	FILE		*f;
	const char	 raw[] = "\"q\" \\ / \b\f\n\r\t \x01\x1b\x1f \x7f "
	    "caf\xc3\xa9 \xe6\x97\xa5 \xf0\x9f\x98\x80 \xe2\x80\xa8";

	f = mem_open();
	json_init(&j, f);
	json_str(&j, raw);
	json_end(&j);
	ck_assert_str_eq(mem_close(f),
	    "\"\\\"q\\\" \\\\ / \\b\\f\\n\\r\\t \\u0001\\u001b\\u001f "
	    "\\u007f caf\xc3\xa9 \xe6\x97\xa5 \xf0\x9f\x98\x80 \xe2\x80\xa8\"\n");

	/* json_escape writes the inside of a string, quotes not included */
	f = mem_open();
	json_escape(f, "a\"b", 3);
	json_escape(f, "", 0);
	ck_assert_str_eq(mem_close(f), "a\\\"b");

	/* json_strn: exactly n bytes, NUL included */
	f = mem_open();
	json_init(&j, f);
	json_arr(&j);
	json_strn(&j, "a\0b", 3);
	json_strn(&j, "abcdef", 2);
	json_strn(&j, "", 0);
	json_arr_end(&j);
	json_end(&j);
	ck_assert_str_eq(mem_close(f), "[\"a\\u0000b\",\"ab\",\"\"]\n");
}
END_TEST

START_TEST(test_json_invalid_utf8)
{
	FILE	*f;

	f = mem_open();
	json_escape(f, "a\xff" "b", 3);
	ck_assert_str_eq(mem_close(f), "a\\ufffdb");
	f = mem_open();
	json_escape(f, "\xc0\x80|\xed\xa0\x80|\xf4\x90\x80\x80", 11);
	ck_assert_str_eq(mem_close(f),
	    "\\ufffd\\ufffd|\\ufffd\\ufffd\\ufffd|"
	    "\\ufffd\\ufffd\\ufffd\\ufffd");
	/* truncated at the end, and cut short before valid text */
	f = mem_open();
	json_escape(f, "\xe6\x97\xa5\xe6\x97", 5);
	ck_assert_str_eq(mem_close(f), "\xe6\x97\xa5\\ufffd\\ufffd");
	f = mem_open();
	json_escape(f, "\xe6\x97\xe6\x97\xa5\n\x80", 7);
	ck_assert_str_eq(mem_close(f),
	    "\\ufffd\\ufffd\xe6\x97\xa5\\n\\ufffd");
	/* n bounds the input: a sequence cut by n is invalid */
	f = mem_open();
	json_escape(f, "\xc3\xa9", 1);
	ck_assert_str_eq(mem_close(f), "\\ufffd");
}
END_TEST

START_TEST(test_json_keys_null)
{
	struct json	 j;
	FILE		*f;

	f = mem_open();
	json_init(&j, f);
	json_obj(&j);
	json_key(&j, "known-for");
	json_str(&j, NULL);
	json_key(&j, "week-start-day");
	json_strn(&j, NULL, 4);
	json_key(&j, "-x-");
	json_str(&j, "a-b");
	json_key(&j, "plain_key");
	json_str(&j, "");
	json_key(&j, "q\"-\n");
	json_int(&j, 1);
	json_obj_end(&j);
	json_end(&j);
	ck_assert_str_eq(mem_close(f),
	    "{\"known_for\":null,\"week_start_day\":null,\"_x_\":\"a-b\","
	    "\"plain_key\":\"\",\"q\\\"_\\n\":1}\n");
}
END_TEST

START_TEST(test_json_date)
{
	struct json	 j;
	FILE		*f;

	f = mem_open();
	json_init(&j, f);
	json_obj(&j);
	json_key(&j, "date");
	json_date(&j, 20778);		/* days from 1970-01-01 */
	json_key(&j, "due");
	json_date(&j, DATE_NONE);
	json_key(&j, "epoch");
	json_arr(&j);
	json_date(&j, 0);
	json_date(&j, -1);
	json_arr_end(&j);
	json_obj_end(&j);
	json_end(&j);
	ck_assert_str_eq(mem_close(f),
	    "{\"date\":\"2026-11-21\",\"due\":null,"
	    "\"epoch\":[\"1970-01-01\",\"1969-12-31\"]}\n");
}
END_TEST

static Suite *
format_suite(void)
{
	Suite	*s;
	TCase	*tc;

	s = suite_create("format");

	tc = tcase_create("fmt");
	tcase_add_test(tc, test_fmt_round_trip);
	suite_add_tcase(s, tc);

	tc = tcase_create("utf8");
	tcase_add_test(tc, test_width_ascii);
	tcase_add_test(tc, test_width_latin);
	tcase_add_test(tc, test_width_cjk);
	tcase_add_test(tc, test_width_hangul);
	tcase_add_test(tc, test_width_emoji);
	tcase_add_test(tc, test_width_invalid);
	tcase_add_test(tc, test_fit);
	tcase_add_test(tc, test_fit_agrees);
	tcase_add_test(tc, test_fit_long);
	tcase_add_test(tc, test_utf8_valid);
	tcase_add_test(tc, test_utf8_valid_long);
	tcase_add_test(tc, test_locale_utf8_yes);
	tcase_add_test(tc, test_locale_utf8_no);
	suite_add_tcase(s, tc);

	tc = tcase_create("color");
	tcase_add_test(tc, test_color_parse);
	tcase_add_test(tc, test_color_enabled);
	suite_add_tcase(s, tc);

	tc = tcase_create("table");
	tcase_add_checked_fixture(tc, NULL, mem_teardown);
	tcase_add_test(tc, test_table_mixed);
	tcase_add_test(tc, test_table_color);
	tcase_add_test(tc, test_table_right_color);
	tcase_add_test(tc, test_table_controls);
	tcase_add_test(tc, test_table_reuse);
	suite_add_tcase(s, tc);

	tc = tcase_create("tsv");
	tcase_add_checked_fixture(tc, NULL, mem_teardown);
	tcase_add_test(tc, test_tsv);
	tcase_add_test(tc, test_path_put);
	suite_add_tcase(s, tc);

	tc = tcase_create("json");
	tcase_add_checked_fixture(tc, NULL, mem_teardown);
	tcase_add_test(tc, test_json_nesting);
	tcase_add_test(tc, test_json_lines);
	tcase_add_test(tc, test_json_escape);
	tcase_add_test(tc, test_json_invalid_utf8);
	tcase_add_test(tc, test_json_keys_null);
	tcase_add_test(tc, test_json_date);
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

	sr = srunner_create(format_suite());
	srunner_set_tap(sr, "-");
	srunner_run_all(sr, CK_SILENT);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
